"""Tagging speed of the NER taggers on one core: the shipped tagger, its neural part (the numpy
BiLSTM-CRF members, averaged) and the CRF, over the same tokens.

Tokens come from a labelled CoNLL file (default: the ANERcorp dev split, the last sixth of
anercorp_train.txt); each system tags them the way ``marsad ner --format conll`` does (features,
decoding and one-sense-per-discourse propagation included), after one warm-up pass.  Threads of
the numeric libraries are pinned to one, so the figure is per core.

    python benchmarks/ner_throughput.py [--test ../shared/data/ner/anercorp_train.txt] [--repeat 3]
"""

from __future__ import annotations

import os

# One core: set before numpy loads its BLAS.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--test", type=Path, default=Path("../shared/data/ner/anercorp_train.txt"))
    parser.add_argument("--full", action="store_true", help="Whole file instead of its last sixth.")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from marsad.extract.entities.conll import tag_conll
    from marsad.extract.entities.data import anercorp_split
    from marsad.extract.entities.evaluation import read_labelled, systems_of
    from marsad.extract.entities.model import get_tagger

    sentences = read_labelled(args.test)
    if not args.full:
        _, sentences = anercorp_split(sentences)
    raw = "\n".join(f"{w} O" for s in sentences for w, _ in s) + "\n"
    n_tokens = sum(len(s) for s in sentences)
    print(f"{args.test.name}{'' if args.full else ' (last sixth)'}: {n_tokens} tokens, best of {args.repeat}")
    for name, tagger in systems_of(get_tagger()).items():
        tag_conll(raw, tagger)  # warm-up: lazy loads, caches
        best = min(_timed(tag_conll, raw, tagger) for _ in range(args.repeat))
        print(f"{name:>9}: {n_tokens / best:10,.0f} tokens/s  ({best:.2f} s)")


def _timed(fn, *args) -> float:
    started = time.perf_counter()
    fn(*args)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
