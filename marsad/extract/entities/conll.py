"""The CoNLL contract of ``marsad ner --format conll``: one token per line in (first column,
blank line ends a sentence), ``token<TAB>tag`` per line out, blank lines kept, line for line.

Blank-line-free input (ANERcorp) is cut into sentences at '.' inside the tagger, so the output
never depends on how the input happens to be chunked.
"""

from __future__ import annotations

from marsad.extract.entities.consistency import propagate
from marsad.extract.entities.data import parse_conll_line
from marsad.extract.entities.model import Tagger, get_tagger

PROPAGATION_WINDOW = 1000


def tag_conll(raw: str, tagger: Tagger | None = None) -> str:
    """Tagged output for a CoNLL-like input string (same number of lines)."""
    tagger = tagger or get_tagger()
    lines = raw.splitlines()
    out: list[str] = []
    block: list[str] = []

    def flush() -> None:
        if block:
            tags = tagger.tag(block)
            # One sense per discourse, over windows about the size of a few news articles.
            tags = [
                tag
                for start in range(0, len(block), PROPAGATION_WINDOW)
                for tag in propagate(
                    block[start : start + PROPAGATION_WINDOW], tags[start : start + PROPAGATION_WINDOW]
                )
            ]
            out.extend(f"{tok}\t{tag}" for tok, tag in zip(block, tags, strict=True))
            block.clear()

    for line in lines:
        if not line.strip():
            flush()
            out.append("")
            continue
        block.append(parse_conll_line(line)[0])
    flush()
    return "\n".join(out) + ("\n" if lines else "")
