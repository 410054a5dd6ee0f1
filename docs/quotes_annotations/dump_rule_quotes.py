"""Dump one extractor's quotes on annotated batches, for ``crf_boundary_experiment.py --blind``.

Run it with an older extractor first on the path, e.g. the one each batch's first run used (the git
parent of the commit that added the batch)::

    git archive 9666244^ marsad | tar -x -C /tmp/heads/9666244
    PYTHONPATH=/tmp/heads/9666244 \
        python docs/quotes_annotations/dump_rule_quotes.py CACHE.pkl OUT.json batch16

``CACHE.pkl`` is the texts-and-mentions cache written by ``crf_boundary_experiment.py --cache`` (the same
tagger mentions for every extractor).  Output: ``{docno: [quote dicts]}``.
"""

from __future__ import annotations

import inspect
import json
import pickle
import sys

from marsad.extract.quotes import extract_quotes


def main() -> None:
    cache, out_path, *groups = sys.argv[1:]
    with open(cache, "rb") as handle:
        data = pickle.load(handle)
    docs = {r["docno"] for name, recs in data["sets"].items() if name.split("_")[0] in groups for r in recs}
    has_mentions = "mentions" in inspect.signature(extract_quotes).parameters
    out = {}
    for d in sorted(docs):
        text, outlet, mentions = data["docs"][d]
        kw = {"outlet": outlet, **({"mentions": mentions} if has_mentions else {})}
        out[d] = [
            {
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "direct": q.direct,
                "speaker": q.speaker,
                "speaker_full": q.speaker_full,
                "cue": q.cue,
                "channel": q.channel,
            }
            for q in extract_quotes(text, d, **kw)
        ]
    with open(out_path, "w", encoding="utf-8") as handle:
        json.dump(out, handle, ensure_ascii=False)


if __name__ == "__main__":
    main()
