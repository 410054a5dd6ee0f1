"""``marsad dates`` (extract time expressions) and ``marsad eval dates`` (score them).

The evaluation reads the Recognizers-Text Arabic specs and the annotated ANT news_dev set from
``../shared/data/dates``, plus the blind news sets in ``docs/dates_annotations``, and prints our
scores next to dateparser's (``search_dates`` with ``languages=['ar']`` and ``RELATIVE_BASE`` = the
reference) computed in the same run.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import typer

SPECS = Path("../shared/data/dates/recognizers_text_ar")
NEWS = Path("../shared/data/dates/news_dev")
# the blind real-news sets of issue 7 round 4 (docs/dates_annotations/README.md); read from the repo root
BLIND = Path("docs/dates_annotations/news_blind_timex.jsonl")
BLIND2 = Path("docs/dates_annotations/news_blind2_timex.jsonl")
BLIND3 = Path("docs/dates_annotations/news_blind3_timex.jsonl")
BLIND4 = Path("docs/dates_annotations/news_blind4_timex.jsonl")
BLIND5 = Path("docs/dates_annotations/news_blind5_timex.jsonl")
BLIND6 = Path("docs/dates_annotations/news_blind6_timex.jsonl")
BLIND7 = Path("docs/dates_annotations/news_blind7_timex.jsonl")
BLIND8 = Path("docs/dates_annotations/news_blind8_timex.jsonl")
BLIND9 = Path("docs/dates_annotations/news_blind9_timex.jsonl")
CORPUS = Path("../shared/data/corpora/ant_multisource_v2.1.jsonl.gz")
SILVER = Path("../shared/data/dates/heideltime_ar_news_silver")
SPEC_DEFAULT_REF = datetime(2016, 11, 7)
_TIMEX_TAG = re.compile(r"<TIMEX3\b[^>]*>(.*?)</TIMEX3>", re.S)


def _parse_ref(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError as exc:
        raise typer.BadParameter(f"not an ISO date/time: {value!r}") from exc


def _expr_dict(e: Any) -> dict[str, Any]:
    return {"start": e.start, "end": e.end, "text": e.text, "type": e.type, "value": e.value}


# ---------------------------------------------------------------------------------------------
# spec loading
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class GoldItem:
    start: int
    end: int
    text: str
    timex: set[str] = field(default_factory=set)
    resolutions: set[str] = field(default_factory=set)


@dataclass(slots=True)
class SpecCase:
    file: str
    input: str
    reference: datetime | None
    gold: list[GoldItem]
    unlocated: int = 0


def _locate(inp: str, text: str, start: int | None) -> tuple[int, int] | None:
    stripped = text.strip()
    if not stripped:
        return None
    if start is not None and start >= 0:
        lead = len(text) - len(text.lstrip())
        s0 = start + lead
        if inp[s0 : s0 + len(stripped)] == stripped:
            return s0, s0 + len(stripped)
    idx = inp.find(stripped)
    return (idx, idx + len(stripped)) if idx >= 0 else None


def _gold_values(result: dict[str, Any]) -> tuple[set[str], set[str]]:
    timex: set[str] = set()
    res: set[str] = set()
    value = result.get("Value") or result.get("Resolution") or {}
    if isinstance(value, dict):
        if value.get("Timex"):
            timex.add(str(value["Timex"]))
        for key in ("FutureResolution", "PastResolution"):
            for v in (value.get(key) or {}).values():
                res.add(str(v))
        for v in value.get("values") or []:
            if v.get("timex"):
                timex.add(str(v["timex"]))
            for key in ("value", "start"):
                if v.get(key):
                    res.add(str(v[key]))
    return timex, res


def load_specs(folder: Path) -> list[SpecCase]:
    cases: list[SpecCase] = []
    for path in sorted(folder.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8-sig")):
            inp = item["Input"]
            ref = _parse_ref((item.get("Context") or {}).get("ReferenceDateTime"))
            gold: list[GoldItem] = []
            unlocated = 0
            for r in item.get("Results") or []:
                loc = _locate(inp, r.get("Text", ""), r.get("Start"))
                if loc is None:
                    unlocated += 1
                    continue
                timex, res = _gold_values(r)
                gold.append(GoldItem(loc[0], loc[1], inp[loc[0] : loc[1]], timex, res))
            cases.append(SpecCase(path.stem, inp, ref, gold, unlocated))
    return cases


# ---------------------------------------------------------------------------------------------
# systems under comparison
# ---------------------------------------------------------------------------------------------

# span, the value strings it claims (TIMEX), and the looser readings (resolved dates) it stands for
SystemOut = list[tuple[int, int, set[str], set[str]]]


def _ours(text: str, ref: datetime | None, news: bool = False) -> SystemOut:
    from marsad.extract.time import extract_resolved

    out: SystemOut = []
    for f in extract_resolved(text, ref):
        e = f.expr
        loose = {v for v in (e.value, f.concrete, e.resolved_start) if v}
        if news:
            value = f.duration or f.concrete or e.value
            out.append((e.start, e.end, {value}, loose | {value}))
        else:
            out.append((e.start, e.end, {e.value}, loose))
    return out


def _dateparser(text: str, ref: datetime | None) -> SystemOut:
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"RELATIVE_BASE": ref or SPEC_DEFAULT_REF}
    try:
        found = search_dates(text, languages=["ar"], settings=settings) or []
    except Exception:  # dateparser raises on odd inputs; a baseline must not stop the run
        found = []
    out: SystemOut = []
    pos = 0
    for sub, dt in found:
        idx = text.find(sub, pos)
        if idx < 0:
            idx = text.find(sub)
        if idx < 0:
            continue
        pos = idx + len(sub)
        lo, hi = idx + len(sub) - len(sub.lstrip()), idx + len(sub.rstrip())
        vals = {dt.date().isoformat(), dt.strftime("%Y-%m-%dT%H:%M"), dt.strftime("%Y-%m")}
        out.append((lo, hi, vals, vals))
    return out


def _ours_with_fallback(text: str, ref: datetime | None, news: bool = False) -> SystemOut:
    """Ours, plus dateparser's finds where ours found nothing (to measure whether it helps)."""
    ours = _ours(text, ref, news)
    extra = [d for d in _dateparser(text, ref) if all(d[1] <= o[0] or d[0] >= o[1] for o in ours)]
    return ours + extra


# ---------------------------------------------------------------------------------------------
# evaluation
# ---------------------------------------------------------------------------------------------


def _eval_specs(cases: list[Any], system: Callable[[str, datetime | None], SystemOut]) -> dict[str, Any]:
    from marsad.extract.time.scoring import PRF, Accuracy, match_spans, split_of

    res: dict[str, Any] = {}
    for part in ("dev", "heldout", "all"):
        res[part] = {
            "overlap": PRF(),
            "strict": PRF(),
            "value": Accuracy(),
            "matched": Accuracy(),
            "lenient": Accuracy(),
        }
    for case in cases:
        part = split_of(f"{case.file}:{case.input}")
        sys_out = system(case.input, case.reference or SPEC_DEFAULT_REF)  # extractor specs carry no date
        sys_spans = [(s, e) for s, e, _, _ in sys_out]
        gold_spans = [(g.start, g.end) for g in case.gold]
        extractor = case.file.endswith("Extractor")
        for p in (part, "all"):
            r = res[p]
            if extractor:
                from marsad.extract.time.scoring import span_prf

                r["overlap"].add(span_prf(gold_spans, sys_spans))
                r["strict"].add(span_prf(gold_spans, sys_spans, strict=True))
                continue
            pairs = dict(match_spans(gold_spans, sys_spans))
            for gi, g in enumerate(case.gold):
                if not g.timex or g.timex == {""}:
                    continue
                r["value"].total += 1
                r["lenient"].total += 1
                si = pairs.get(gi)
                if si is None:
                    continue
                r["matched"].total += 1
                if sys_out[si][2] & g.timex:
                    r["value"].correct += 1
                    r["matched"].correct += 1
                if sys_out[si][3] & (g.timex | g.resolutions):
                    r["lenient"].correct += 1
    return res


@dataclass(slots=True)
class NewsDoc:
    docno: str
    text: str
    reference: datetime
    gold: list[tuple[int, int, str]]


def _news_rows(path: Path) -> list[dict[str, Any]]:
    """Gold rows of a news set: a news_dev-style folder (ant_dev_timex.jsonl) or a .jsonl file."""
    file = path / "ant_dev_timex.jsonl" if path.is_dir() else path
    return [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]


def _corpus_texts(wanted: set[str], corpus: Path) -> dict[str, str]:
    """Article bodies by docno from the ANT corpus, then (only if some are still missing) Jawhara FM
    and SaudiNewsNet beside it; SaudiNewsNet has no docno, its articles are SNN-<source>-<line>."""
    texts: dict[str, str] = {}
    sources = (
        (corpus, "text"),
        (corpus.parent / "ant_jawharafm_v1.1.jsonl.gz", "text"),
        (corpus.parent / "saudinewsnet.jsonl.gz", "content"),
    )
    for path, body in sources:
        if not wanted - texts.keys():
            break
        if not path.exists():
            continue
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                doc = json.loads(line)
                docno = doc.get("docno") or f"SNN-{doc.get('source')}-{i}"
                if docno in wanted and docno not in texts:
                    texts[docno] = doc.get(body) or ""
    return texts


def load_news(path: Path, corpus: Path) -> list[NewsDoc]:
    rows = _news_rows(path)
    texts = _corpus_texts({r["docno"] for r in rows}, corpus)
    docs: dict[str, NewsDoc] = {}
    for r in rows:
        if r["docno"] not in texts:
            continue
        doc = docs.setdefault(
            r["docno"], NewsDoc(r["docno"], texts[r["docno"]], datetime.fromisoformat(r["reference"]), [])
        )
        doc.gold.append((r["start"], r["end"], r["value"]))
    return list(docs.values())


def load_silver(folder: Path) -> list[tuple[str, list[tuple[int, int]]]]:
    """HeidelTime's automatic (silver) annotation of Arabic news: plain text and TIMEX3 spans."""
    docs: list[tuple[str, list[tuple[int, int]]]] = []
    for path in sorted(folder.glob("*.tml")):
        raw = path.read_text(encoding="utf-8-sig")
        body = raw.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
        text_parts: list[str] = []
        spans: list[tuple[int, int]] = []
        pos = 0
        length = 0
        for m in _TIMEX_TAG.finditer(body):
            before = re.sub(r"<[^>]+>", "", body[pos : m.start()])
            text_parts.append(before)
            length += len(before)
            inner = re.sub(r"<[^>]+>", "", m.group(1))
            spans.append((length, length + len(inner)))
            text_parts.append(inner)
            length += len(inner)
            pos = m.end()
        text_parts.append(re.sub(r"<[^>]+>", "", body[pos:]))
        docs.append(("".join(text_parts), spans))
    return docs


def _eval_news(docs: list[NewsDoc], system: Callable[[str, datetime | None], SystemOut]) -> dict[str, Any]:
    from marsad.extract.time.scoring import PRF, Accuracy, match_spans, span_prf

    overlap, strict, acc = PRF(), PRF(), Accuracy()
    errors: list[tuple[str, str, str, str, str]] = []  # docno, kind, text, gold value, system values
    for doc in docs:
        out = system(doc.text, doc.reference)
        sys_spans = [(s, e) for s, e, _, _ in out]
        gold_spans = [(s, e) for s, e, _ in doc.gold]
        overlap.add(span_prf(gold_spans, sys_spans))
        strict.add(span_prf(gold_spans, sys_spans, strict=True))
        pairs = match_spans(gold_spans, sys_spans)
        for gi, si in pairs:
            acc.total += 1
            if doc.gold[gi][2] in out[si][2]:
                acc.correct += 1
            else:
                g, o = doc.gold[gi], out[si]
                shown = f"{doc.text[g[0] : g[1]]} ~ {doc.text[o[0] : o[1]]}"
                errors.append((doc.docno, "value", shown, g[2], " ".join(sorted(o[2]))))
        matched_g, matched_s = {gi for gi, _ in pairs}, {si for _, si in pairs}
        for gi, g in enumerate(doc.gold):
            if gi not in matched_g:
                errors.append((doc.docno, "missed", doc.text[g[0] : g[1]], g[2], ""))
        for si, o in enumerate(out):
            if si not in matched_s:
                errors.append((doc.docno, "spurious", doc.text[o[0] : o[1]], "", " ".join(sorted(o[2]))))
    return {"overlap": overlap, "strict": strict, "value": acc, "errors": errors}


def _news_system(
    name: str, fn: Callable[[str, datetime | None], SystemOut]
) -> Callable[[str, datetime | None], SystemOut]:
    """Our systems scored in the news convention (offsets as durations, values fully resolved)."""

    def ours(text: str, ref: datetime | None) -> SystemOut:
        return _ours(text, ref, news=True)

    def ours_fallback(text: str, ref: datetime | None) -> SystemOut:
        return _ours_with_fallback(text, ref, news=True)

    if name == "marsad":
        return ours
    if name.startswith("marsad +"):
        return ours_fallback
    return fn


def register(app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer) -> None:
    @app.command("dates")
    def dates_cmd(
        text: str = typer.Argument(None, help="Text to scan (omit with --batch)."),
        ref: str = typer.Option(None, "--ref", help="Publication date/time, ISO 8601 (2024-12-08T22:43)."),
        batch: Path = typer.Option(None, "--batch", help='JSONL input: {"id", "text", "reference"}.'),
        out: Path = typer.Option(None, "--out", help="JSONL output for --batch (default: stdout)."),
    ) -> None:
        """Find Arabic/English time expressions and resolve them against the publication date."""
        from marsad.extract.time import extract_times

        if batch is not None:
            lines = []
            for raw in batch.read_text(encoding="utf-8").splitlines():
                if not raw.strip():
                    continue
                rec = json.loads(raw)
                exprs = extract_times(
                    rec.get("text") or "", _parse_ref(rec.get("reference")), str(rec.get("id", ""))
                )
                lines.append(
                    json.dumps(
                        {"id": rec.get("id"), "expressions": [_expr_dict(e) for e in exprs]},
                        ensure_ascii=False,
                    )
                )
            payload = "\n".join(lines) + ("\n" if lines else "")
            if out is None:
                typer.echo(payload, nl=False)
            else:
                out.write_text(payload, encoding="utf-8")
            return
        if text is None:
            raise typer.BadParameter("give TEXT or --batch")
        from rich.console import Console
        from rich.table import Table

        table = Table(title="time expressions")
        for col in ("start", "end", "text", "type", "value", "resolved"):
            table.add_column(col)
        for e in extract_times(text, _parse_ref(ref)):
            span = (
                e.resolved_start
                if e.resolved_start == e.resolved_end
                else f"{e.resolved_start} → {e.resolved_end}"
            )
            table.add_row(str(e.start), str(e.end), e.text, e.type, e.value, span or "")
        Console().print(table)

    @eval_app.command("dates")
    def eval_dates(
        specs: Path = typer.Option(SPECS, help="Recognizers-Text Arabic spec folder."),
        news: list[Path] = typer.Option(
            [NEWS, BLIND, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9],
            help="Annotated news sets, repeatable: a news_dev-style folder or a .jsonl file "
            "(docno, start, end, text, type, value, reference).",
        ),
        corpus: Path = typer.Option(
            CORPUS, help="ANT corpus holding the article texts (Jawhara FM, SaudiNewsNet read beside it)."
        ),
        errors: bool = typer.Option(False, help="Print our value errors, misses and spurious spans on news."),
        silver: Path = typer.Option(SILVER, help="HeidelTime silver .tml folder (span agreement only)."),
        baseline: bool = typer.Option(True, help="Also score dateparser in the same run."),
        sample: int = typer.Option(
            0, help="Also spot-check N ANT + N SaudiNewsNet articles (no gold): crashes, اليوم, odd years."
        ),
    ) -> None:
        """Span P/R/F1 and TIMEX value accuracy on the specs and on news_dev, next to dateparser."""
        from rich.console import Console
        from rich.table import Table

        console = Console(width=150)
        if sample:
            _print_spot_check(console, sample)
        systems: list[tuple[str, Callable[[str, datetime | None], SystemOut]]] = [("marsad", _ours)]
        if baseline:
            systems.append(("dateparser", _dateparser))
            systems.append(("marsad + dateparser fallback", _ours_with_fallback))
        if specs.exists():
            cases = load_specs(specs)
            unlocated = sum(c.unlocated for c in cases)
            table = Table(
                title=f"Recognizers-Text Arabic specs ({len(cases)} cases; "
                f"{unlocated} gold spans not found in their input, skipped)"
            )
            cols = (
                "system",
                "half",
                "span P",
                "span R",
                "span F1",
                "strict F1",
                "value acc",
                "value acc (matched)",
                "lenient acc",
                "gold values",
            )
            for col in cols:
                table.add_column(col)
            for name, fn in systems:
                res = _eval_specs(cases, fn)
                for part in ("dev", "heldout", "all"):
                    r = res[part]
                    table.add_row(
                        name,
                        part,
                        f"{r['overlap'].precision:.3f}",
                        f"{r['overlap'].recall:.3f}",
                        f"{r['overlap'].f1:.3f}",
                        f"{r['strict'].f1:.3f}",
                        f"{r['value'].value:.3f}",
                        f"{r['matched'].value:.3f} ({r['matched'].total})",
                        f"{r['lenient'].value:.3f}",
                        str(r["value"].total),
                    )
            console.print(table)
        else:
            console.print(f"[yellow]no specs at {specs}[/yellow]")
        for news_path in news:
            if not (news_path.exists() and corpus.exists()):
                console.print(f"[yellow]no news set at {news_path} or corpus at {corpus}[/yellow]")
                continue
            docs = load_news(news_path, corpus)
            label = "news_dev" if news_path.is_dir() and news_path.name == "news_dev" else news_path.stem
            n_gold = sum(len(d.gold) for d in docs)
            table = Table(title=f"{label} ({len(docs)} articles, {n_gold} expressions)")
            for col in ("system", "span P", "span R", "span F1", "strict F1", "value acc", "matched"):
                table.add_column(col)
            mistakes: list[tuple[str, str, str, str, str]] = []
            for name, fn in systems:
                wrapped = _news_system(name, fn)
                r = _eval_news(docs, wrapped)
                if name == "marsad":
                    mistakes = r["errors"]
                table.add_row(
                    name,
                    f"{r['overlap'].precision:.3f}",
                    f"{r['overlap'].recall:.3f}",
                    f"{r['overlap'].f1:.3f}",
                    f"{r['strict'].f1:.3f}",
                    f"{r['value'].value:.3f}",
                    str(r["value"].total),
                )
            console.print(table)
            if errors:
                for docno, kind, text, gold, got in mistakes:
                    line = f"  {kind:8} {docno[:26]:26} {text!r:60} gold={gold} ours={got}"
                    console.print(line, markup=False, highlight=False)
        if silver.exists():
            from marsad.extract.time.scoring import PRF, span_prf

            sdocs = load_silver(silver)
            table = Table(
                title=f"HeidelTime silver Arabic news ({len(sdocs)} docs, {sum(len(d[1]) for d in sdocs)} "
                "automatic spans; agreement, not accuracy; no publication dates)"
            )
            for col in ("system", "agreement P", "agreement R", "agreement F1"):
                table.add_column(col)
            for name, fn in systems:
                prf = PRF()
                for text, spans in sdocs:
                    prf.add(span_prf(spans, [(a, b) for a, b, _, _ in fn(text, None)]))
                table.add_row(name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}")
            console.print(table)


SNN = Path("../shared/data/corpora/saudinewsnet.jsonl.gz")


def spot_check_sample(n: int, seed: int = 7) -> list[tuple[str, str, datetime | None]]:
    """(outlet, text, publication date) of n ANT and n SaudiNewsNet articles, a fixed sample."""
    import random
    from email.utils import parsedate_to_datetime

    rng = random.Random(seed)
    out: list[tuple[str, str, datetime | None]] = []
    for path, every, body, when in ((CORPUS, 37, "text", "time"), (SNN, 41, "content", "date_extracted")):
        if not path.exists():
            continue
        pool = []
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i % every == 0:
                    pool.append(json.loads(line))
                if len(pool) >= 3 * n:
                    break
        for doc in rng.sample(pool, min(n, len(pool))):
            raw = doc.get(when) or ""
            try:
                ref = parsedate_to_datetime(raw) if when == "time" else datetime.fromisoformat(raw)
                ref = ref.replace(tzinfo=None)
            except (TypeError, ValueError):
                ref = None
            text = (doc.get("title") or "") + "\n" + (doc.get(body) or "")
            out.append((path.name.split("_")[0].split(".")[0], text, ref))
    return out


def spot_check(docs: list[tuple[str, str, datetime | None]]) -> dict[str, int]:
    """Counts a reader checks by eye on real news: crashes, bare اليوم and its nowadays reading,
    resolved years far from the publication date (resolution numbers, prices, Hijri years)."""
    from marsad.extract.time import extract_resolved

    counts = {"articles": len(docs), "expressions": 0, "crashes": 0, "bare اليوم": 0}
    counts.update({"اليوم = nowadays (PRESENT_REF)": 0, "resolved year > publication + 6 or < 1800": 0})
    for _, text, ref in docs:
        try:
            found = extract_resolved(text, ref)
        except Exception:  # a spot check reports crashes instead of stopping on the first
            counts["crashes"] += 1
            continue
        for f in found:
            e = f.expr
            counts["expressions"] += 1
            if re.fullmatch(r"[وفبل]?[اأ]?ل?اليوم", e.text):
                counts["bare اليوم"] += 1
                counts["اليوم = nowadays (PRESENT_REF)"] += e.value == "PRESENT_REF"
            year = int(e.resolved_start[:4]) if e.resolved_start and e.resolved_start[:4].isdigit() else None
            if year is not None and ref is not None and (year > ref.year + 6 or year < 1800):
                counts["resolved year > publication + 6 or < 1800"] += 1
    return counts


def _print_spot_check(console: Any, n: int) -> None:
    import time

    from rich.table import Table

    docs = spot_check_sample(n)
    t0 = time.perf_counter()
    counts = spot_check(docs)
    table = Table(title=f"spot check on real news (fixed sample, {time.perf_counter() - t0:.1f} s)")
    table.add_column("count")
    table.add_column("value")
    for key, value in counts.items():
        table.add_row(key, str(value))
    console.print(table)


__all__ = [
    "GoldItem",
    "NewsDoc",
    "SpecCase",
    "load_news",
    "load_specs",
    "register",
    "spot_check",
    "spot_check_sample",
]
