"""Single-member experiments for the neural NER tagger on the ANERcorp dev split (docs/ner.md,
development log, rounds 3 and 4): other word vectors (fastText skip-gram with subwords, alone or
beside the PPMI-SVD ones), self-training on confidently tagged news sentences, and contextual
features from forward/backward word-level language models learnt on the news corpora (``lm``,
:mod:`marsad.extract.entities.langmodel`).

Each run trains one BiLSTM-CRF member (``HPARAMS``, seed 7, 5 epochs, one torch thread) on the
``--holdout`` mix with one change and scores it like ``marsad eval ner --dev-split`` (with
propagation) and sentence by sentence (without).  Needs torch, and gensim for the fastText
vectors (``pip install gensim==4.4.0``); a ``--holdout`` model directory provides the clusters,
gazetteer and (for self-training) the ensemble that tags the news.

    python benchmarks/ner_member_experiments.py --model-dir /tmp/ner_trio_hold --work /tmp/mx \\
        --runs ppmi fasttext concat silver silver2 silver3
    python benchmarks/ner_member_experiments.py --model-dir /tmp/ner_trio_hold --work /tmp/mlm --runs lm ppmi
    python benchmarks/ner_member_experiments.py --model-dir /tmp/ner_trio_hold --work /tmp/mlm --score-only \\
        --runs lm ppmi

The language model is trained once into ``WORK/lm.npz`` (reused when present).  One torch thread
makes a run repeatable: the reference (``ppmi``) member scored the same per epoch in rounds 3 and 4.
``--score-only`` trains nothing and scores the stored members alone and combined with the
``--model-dir`` ensemble.
"""

from __future__ import annotations

import argparse
import itertools
import time
from pathlib import Path

import numpy as np

DATA = Path("../shared/data/ner")
CORPORA = Path("../shared/data/corpora")
NEWS = ("ant_multisource_v2.1.jsonl.gz", "saudinewsnet.jsonl.gz", "ant_jawharafm_v1.1.jsonl.gz")


def prepare(
    model_dir: Path, words: list[str], silver: list | None = None, ngrams: np.ndarray | None = None
) -> dict:
    """The encoded ``--holdout`` mix (plus silver sentences, domain ``aner``) and the dev split,
    indexed by the vector vocabulary ``words``."""
    from marsad.extract.entities.data import anercorp_split
    from marsad.extract.entities.evaluation import read_labelled
    from marsad.extract.entities.model import CURATED_DIR, load_resources
    from marsad.extract.entities.neural import encode_sentence
    from marsad.extract.entities.neural_train import _vocab, prepare_inputs
    from marsad.extract.entities.train import jackknife_gazetteers, training_sentences

    res = load_resources(model_dir)
    sentences, domains, extra = training_sentences(DATA, holdout=True)
    folds = jackknife_gazetteers(sentences, CURATED_DIR, extra)
    silver = silver or []
    data = prepare_inputs(
        sentences + silver,
        domains + ["aner"] * len(silver),
        res,
        folds + [res.gazetteer] * len(silver),
        words,
        ngrams,
    )
    _, dev = anercorp_split(read_labelled(DATA / "anercorp_train.txt"))
    vocab = _vocab(data)
    data["dev"] = (
        [encode_sentence([t for t, _ in s], res, vocab) for s in dev],
        [[t for _, t in s] for s in dev],
    )
    return {"data": data, "res": res, "dev_sentences": dev}


def silver_sentences(model_dir: Path, res, want: int = 8000, min_prob: float = 0.9) -> list:
    """News sentences (6–60 tokens, a quarter of the articles) that the ``model_dir`` ensemble tags
    with at least one name and a Viterbi path probability ≥ ``min_prob``."""
    from marsad.extract.entities.clusters import corpus_texts
    from marsad.extract.entities.model import neural_files
    from marsad.extract.entities.neural import TAG_INDEX, NeuralTagger, encode_sentence
    from marsad.extract.entities.tokenize import split_at_periods, token_spans

    tagger = NeuralTagger(neural_files(model_dir), res, "aner")
    rng = np.random.default_rng(5)
    pool: list[list[str]] = []
    for text in corpus_texts([CORPORA / NEWS[0], CORPORA / NEWS[1]]):
        if rng.random() > 0.25:
            continue
        toks = [text[s:e] for s, e in token_spans(text)]
        toks = [t for t in toks if "\n" not in t and t.strip()]
        pool += [toks[s:e] for s, e in split_at_periods(toks) if 6 <= e - s <= 60]
        if len(pool) >= 4 * want:
            break
    kept = []
    order = sorted(range(len(pool)), key=lambda k: len(pool[k]))
    for i in range(0, len(order), 64):
        chunk = [pool[k] for k in order[i : i + 64]]
        ems = tagger.emissions_batch([encode_sentence(s, res, tagger.vocab) for s in chunk])
        for sent, em in zip(chunk, ems, strict=True):
            tags = tagger.viterbi(em)
            if all(t == "O" for t in tags):
                continue
            idx = [TAG_INDEX[t] for t in tags]
            path = tagger.start[idx[0]] + tagger.end[idx[-1]] + em[np.arange(len(idx)), idx].sum()
            path += sum(tagger.trans[a, b] for a, b in itertools.pairwise(idx))
            alpha = tagger.start + em[0]
            for t in range(1, len(em)):
                alpha = np.logaddexp.reduce(alpha[:, None] + tagger.trans, axis=0) + em[t]
            if np.exp(path - np.logaddexp.reduce(alpha + tagger.end)) >= min_prob:
                kept.append(list(zip(sent, tags, strict=True)))
    rng.shuffle(kept)
    return kept[:want]


def evaluate(path: Path | list[Path], res, dev, lm_path: Path | None = None) -> tuple[float, float]:
    """(F1 with propagation, as ``marsad eval ner --dev-split``; F1 sentence by sentence) of one
    member or of several averaged."""
    from marsad.extract.entities.conll import tag_conll
    from marsad.extract.entities.metrics import score
    from marsad.extract.entities.neural import NeuralTagger

    tagger = NeuralTagger([path] if isinstance(path, Path) else path, res, "aner", lm_path)
    tokens = [[w for w, _ in s] for s in dev]
    gold = [[t for _, t in s] for s in dev]
    flat = [
        line.split("\t")[1]
        for line in tag_conll("\n".join(f"{w} O" for s in tokens for w in s) + "\n", tagger).splitlines()
    ]
    pred, k = [], 0
    for s in tokens:
        pred.append(flat[k : k + len(s)])
        k += len(s)
    return score(gold, pred)["ALL"]["f1"], score(gold, [tagger.tag_sentence(s) for s in tokens])["ALL"]["f1"]


# Self-training runs: the shipped members' settings (neural_train.MEMBERS) on the mix + silver.
RUN_HP: dict[str, dict] = {
    "silver": {},
    "silver2": {"vector_lr": 2e-4},
    "silver3": {"seed": 8, "aner_repeat": 2},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model-dir", type=Path, required=True, help="a `marsad train ner --holdout` output")
    parser.add_argument("--work", type=Path, default=Path("/tmp/ner_member_experiments"))
    parser.add_argument(
        "--runs",
        nargs="+",
        default=["ppmi", "fasttext", "concat", "silver"],
        choices=["ppmi", "fasttext", "concat", "lm", *RUN_HP],
    )
    parser.add_argument("--lm-hidden", type=int, default=256, help="LSTM units of each language model")
    parser.add_argument("--lm-tokens", type=int, default=8_000_000, help="news tokens the LMs read")
    parser.add_argument("--lm-proj", type=int, default=64, help="width of the tagger's LM projection")
    parser.add_argument("--seed", type=int, help="seed of every member (default: HPARAMS' or the run's)")
    parser.add_argument("--epochs", type=int, default=5, help="per member (5 as shipped; 1 for a smoke run)")
    parser.add_argument(
        "--score-only",
        action="store_true",
        help="train nothing: score the runs' members in WORK alone and in place of / beside the "
        "model dir's ensemble members",
    )
    args = parser.parse_args()
    if args.score_only:
        score_members(args)
        return

    from marsad.extract.entities.clusters import build_vectors, corpus_texts
    from marsad.extract.entities.neural_train import fit

    args.work.mkdir(parents=True, exist_ok=True)
    # The PPMI-SVD vectors exactly as `marsad train ner` builds them for the shipped members.
    words, _, ppmi = build_vectors(corpus_texts([CORPORA / f for f in NEWS]))
    ppmi = ppmi.astype(np.float32)
    base = prepare(args.model_dir, words)
    vectors: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    if {"fasttext", "concat"} & set(args.runs):
        from marsad.extract.entities.wordvectors import CorpusTokens, train_fasttext

        started = time.time()
        ft, ngrams = train_fasttext(CorpusTokens([CORPORA / f for f in NEWS]), words)
        print(f"fastText vectors: {time.time() - started:.0f} s", flush=True)
        sub = prepare(args.model_dir, words, ngrams=ngrams)
        vectors["fasttext"] = (ft, sub["data"])
        vectors["concat"] = (np.hstack([ppmi, ft]), sub["data"])
    vectors["ppmi"] = (ppmi, base["data"])
    lm_path = args.work / "lm.npz"
    if "lm" in args.runs:
        vectors["lm"] = (ppmi, lm_data(base["data"], base["res"], ppmi, words, lm_path, args))
    if any(run.startswith("silver") for run in args.runs):
        silver = silver_sentences(args.model_dir, base["res"])
        print(f"silver sentences: {len(silver)} ({sum(map(len, silver))} tokens)", flush=True)
        silver_data = prepare(args.model_dir, words, silver=silver)["data"]
        vectors.update({run: (ppmi, silver_data) for run in RUN_HP})
    for run in args.runs:
        matrix, data = vectors[run]
        data = dict(data)
        dev = data.pop("dev")
        out = args.work / f"member_{run}.npz"
        log = lambda m, r=run: print(f"{r}: {m}", flush=True)  # noqa: E731
        hp = {**RUN_HP.get(run, {}), "epochs": args.epochs}
        if run == "lm":
            hp["lm_proj"] = args.lm_proj
        if args.seed is not None:
            hp["seed"] = args.seed
        started = time.time()
        fit(data, matrix, out, hp=hp, dev=dev, threads=1, log=log)
        print(f"{run}: trained in {time.time() - started:.0f} s", flush=True)
        with_prop, without = evaluate(
            out, base["res"], base["dev_sentences"], lm_path if run == "lm" else None
        )
        print(f"{run}: dev F1 {with_prop:.4f} with propagation, {without:.4f} without", flush=True)
    trio = [args.work / f"member_{run}.npz" for run in RUN_HP if run in args.runs]
    if len(trio) > 1:
        with_prop, without = evaluate(trio, base["res"], base["dev_sentences"])
        print(f"silver members averaged: dev F1 {with_prop:.4f} with propagation, {without:.4f} without")


def score_members(args) -> None:
    """Each run's stored member alone, beside the ``--model-dir`` ensemble, and in place of its
    first member (the one trained with ``HPARAMS``, which the ``ppmi`` and ``lm`` runs vary)."""
    from marsad.extract.entities.data import anercorp_split
    from marsad.extract.entities.evaluation import read_labelled
    from marsad.extract.entities.model import load_resources, neural_files

    res = load_resources(args.model_dir)
    _, dev = anercorp_split(read_labelled(DATA / "anercorp_train.txt"))
    lm_path = args.work / "lm.npz"
    members = neural_files(args.model_dir)
    combos: list[tuple[str, list[Path]]] = [("model dir ensemble", members)]
    for run in args.runs:
        own = args.work / f"member_{run}.npz"
        combos += [
            (run, [own]),
            (f"ensemble + {run}", [*members, own]),
            (f"{run} + members 2…", [*members[1:], own]),
        ]
    for name, paths in combos:
        with_prop, without = evaluate(paths, res, dev, lm_path if lm_path.exists() else None)
        print(f"{name}: dev F1 {with_prop:.4f} with propagation, {without:.4f} without", flush=True)


def lm_data(data: dict, res, ppmi: np.ndarray, words: list[str], lm_path: Path, args) -> dict:
    """A copy of the encoded mix and dev split whose encodings carry the frozen language model's
    states (the LM is trained first unless ``lm_path`` exists)."""
    from marsad.extract.entities.clusters import corpus_texts
    from marsad.extract.entities.langmodel import LanguageModel, news_sentences, train_lm
    from marsad.extract.entities.neural_train import add_lm_states

    if not lm_path.exists():
        started = time.time()
        index = {w: i + 1 for i, w in enumerate(words)}
        news = news_sentences(corpus_texts([CORPORA / f for f in NEWS]), res, index, args.lm_tokens)
        print(
            f"LM sentences: {len(news)} ({sum(len(s[0]) for s in news)} tokens), "
            f"{time.time() - started:.0f} s",
            flush=True,
        )
        train_lm(news, ppmi, lm_path, hp={"hidden": args.lm_hidden}, log=lambda m: print(m, flush=True))
        print(f"LM trained in {time.time() - started:.0f} s", flush=True)
    lm = LanguageModel(lm_path)
    out = dict(data)
    out["encs"] = [dict(e) for e in data["encs"]]
    dev_encs, dev_gold = data["dev"]
    out["dev"] = ([dict(e) for e in dev_encs], dev_gold)
    started = time.time()
    add_lm_states(out["encs"], lm, ppmi)
    add_lm_states(out["dev"][0], lm, ppmi)
    print(f"LM states of the mix and dev split: {time.time() - started:.0f} s", flush=True)
    return out


if __name__ == "__main__":
    main()
