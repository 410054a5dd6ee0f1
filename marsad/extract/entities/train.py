"""Training the shipped tagger from ../shared/data (used by ``marsad train ner``).

Deterministic: fixed corpus order, fixed crfsuite settings, no random sampling.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from marsad.extract.entities.data import Sentence
from marsad.extract.entities.features import Resources, sentence_features
from marsad.extract.entities.gazetteer import (
    Gazetteer,
    build_gazetteer,
    cldr_places,
    mine_names,
    read_list,
)

CRF_PARAMS = {"c1": 0.05, "c2": 0.02, "max_iterations": 150, "feature.possible_transitions": True}


def make_gazetteer(
    labelled: Sequence[Sentence], curated_dir: Path, extra: Sequence[tuple[str, str]] = ()
) -> Gazetteer:
    """CLDR places, ``extra`` names (mined from WikiFANE), names mined from ``labelled``, then the
    curated outlets (most trusted, last)."""
    entries = list(cldr_places())
    entries += list(extra)
    entries += mine_names(labelled)
    entries += read_list(curated_dir / "outlets.txt", "ORG")
    return build_gazetteer(entries)


def read_triggers(curated_dir: Path) -> dict[str, str]:
    from marsad.extract.entities.gazetteer import core
    from marsad.text import normalize

    return {core(normalize(w)): t for w, t in read_list(curated_dir / "triggers.tsv")}


def jackknife_gazetteers(
    sentences: Sequence[Sentence],
    curated_dir: Path,
    extra: Sequence[tuple[str, str]] = (),
    folds: int = 5,
) -> list[Gazetteer]:
    """One gazetteer per training sentence, mined *without* that sentence's fold.

    With a gazetteer mined from all training data every training name is a hit, the CRF learns
    to trust the gazetteer blindly and recall collapses on unseen names; jackknifing makes the
    training-time hit rate look like the test-time one.
    """
    n = len(sentences)
    bounds = [n * k // folds for k in range(folds + 1)]
    per_fold = [
        make_gazetteer(list(sentences[: bounds[k]]) + list(sentences[bounds[k + 1] :]), curated_dir, extra)
        for k in range(folds)
    ]
    return [per_fold[min(k, folds - 1)] for k in range(folds) for _ in range(bounds[k], bounds[k + 1])]


def train_crf(
    sentences: Sequence[Sentence],
    domains: Sequence[str],
    res: Resources,
    gazetteers: Sequence[Gazetteer],
    model_path: Path,
    params: dict | None = None,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Fit a linear-chain CRF (L-BFGS, elastic net) and write the crfsuite model file."""
    import dataclasses

    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for n, sentence in enumerate(sentences):
        tokens = [t for t, _ in sentence]
        fold_res = dataclasses.replace(res, gazetteer=gazetteers[n])
        trainer.append(sentence_features(tokens, fold_res, domains[n]), [tag for _, tag in sentence])
        if progress and n % 1000 == 0:
            progress(n)
    trainer.set_params(params or CRF_PARAMS)
    trainer.train(str(model_path))


def training_sentences(
    data: Path, holdout: bool = False
) -> tuple[list[Sentence], list[str], list[tuple[str, str]]]:
    """The fixed training mix, each sentence's domain, and the extra gazetteer names.

    ANERcorp (minus its last sixth with ``holdout``), AQMAR train, the first
    :data:`WIKIFANE_SENTENCES` WikiFANE sentences of at most :data:`WIKIFANE_MAX_LEN` tokens and
    the Wojood sample (PER/ORG/LOC only), each corpus with its own domain copy of the features.
    Plainly pooled, WikiFANE lowered F1 on the ANERcorp dev split (0.697 → 0.656: its fine
    classes map loosely onto MISC and it dominates by size); with domain copies it raised it
    (0.69 → 0.71; 8,000 sentences plus Wojood: 0.716).  All of WikiFANE and Wojood also feed
    the gazetteer.
    """
    from marsad.extract.entities.data import anercorp_split, load_corpora

    corpora = load_corpora(data)
    anercorp = corpora["anercorp"]
    if holdout:
        anercorp, _ = anercorp_split(anercorp)
    wikifane = [s for s in corpora["wikifane"] if len(s) <= WIKIFANE_MAX_LEN][:WIKIFANE_SENTENCES]
    selected: list[Sentence] = list(anercorp) + corpora["aqmar_train"] + wikifane
    domains = ["aner"] * len(anercorp) + ["aqmar"] * len(corpora["aqmar_train"]) + ["wiki"] * len(wikifane)
    if TRAIN_ON_WOJOOD:
        selected += corpora["wojood"]
        domains += ["wojood"] * len(corpora["wojood"])
    extra = mine_names(corpora["wikifane"]) + mine_names(corpora["wojood"])
    return selected, domains, extra


WIKIFANE_SENTENCES = 12000
WIKIFANE_MAX_LEN = 80
TRAIN_ON_WOJOOD = True


def train_all(
    data: Path,
    corpora: Path,
    out: Path,
    holdout: bool = False,
    rebuild_clusters: bool = True,
    neural: bool = True,
    log: Callable[[str], None] = print,
) -> None:
    """Rebuild clusters (optional), gazetteer, CRF and (with ``neural``, needs torch) the neural
    tagger into ``out`` from ../shared/data."""
    from marsad.extract.entities.clusters import (
        build_vectors,
        clusters_from_vectors,
        corpus_texts,
        load_clusters,
        save_clusters,
    )
    from marsad.extract.entities.gazetteer import save_gazetteer
    from marsad.extract.entities.model import (
        CLUSTERS_FILE,
        CURATED_DIR,
        GAZETTEER_FILE,
        LM_FILE,
        MODEL_FILE,
        NEURAL_FILE,
    )

    if neural:
        try:
            import torch  # noqa: F401
        except ImportError as exc:
            raise SystemExit(
                "training the neural tagger needs torch (pip install torch==2.13.0); "
                "use --no-neural for the CRF alone"
            ) from exc
    clusters_path = out / CLUSTERS_FILE
    vectors = None
    files = [
        corpora / "ant_multisource_v2.1.jsonl.gz",
        corpora / "saudinewsnet.jsonl.gz",
        corpora / "ant_jawharafm_v1.1.jsonl.gz",
    ]
    if neural or rebuild_clusters or not clusters_path.exists():
        log("learning word vectors from " + ", ".join(f.name for f in files))
        vectors = build_vectors(corpus_texts(files))
        if rebuild_clusters or not clusters_path.exists():
            log("clustering word vectors")
            save_clusters(clusters_from_vectors(*vectors), clusters_path)
    clusters, counts = load_clusters(clusters_path)
    sentences, domains, extra = training_sentences(data, holdout)
    log(f"training sentences: {len(sentences)} ({sum(len(s) for s in sentences)} tokens)")
    gazetteer = make_gazetteer(sentences, CURATED_DIR, extra)
    save_gazetteer(gazetteer, out / GAZETTEER_FILE)
    res = Resources(clusters, counts, gazetteer, read_triggers(CURATED_DIR))
    log(f"gazetteer entries: {len(gazetteer)}; training the CRF")
    folds = jackknife_gazetteers(sentences, CURATED_DIR, extra)
    train_crf(sentences, domains, res, folds, out / MODEL_FILE)
    log(f"model written to {out / MODEL_FILE}")
    if neural and vectors is not None:
        from marsad.extract.entities.model import member_file
        from marsad.extract.entities.neural_train import MEMBERS, fit, prepare_inputs

        words, _, matrix = vectors
        encoded = prepare_inputs(sentences, domains, res, folds, words)
        if any(member.get("lm_proj") for member in MEMBERS):
            from marsad.extract.entities.langmodel import LM_HPARAMS, LanguageModel, news_sentences, train_lm
            from marsad.extract.entities.neural_train import add_lm_states

            log("training the forward/backward news language models")
            index = {w: i + 1 for i, w in enumerate(words)}
            news = news_sentences(corpus_texts(files), res, index, LM_HPARAMS["tokens"])
            train_lm(news, matrix, out / LM_FILE, log=log)
            del news
            add_lm_states(encoded["encs"], LanguageModel(out / LM_FILE), matrix)
        # Members of an earlier, larger ensemble must not be picked up beside the new ones.
        for stale in out.glob(NEURAL_FILE.replace(".npz", "_*.npz")):
            stale.unlink()
        for k, member in enumerate(MEMBERS, start=1):
            path = out / member_file(k)
            log(f"training neural ensemble member {k}/{len(MEMBERS)} ({member or 'HPARAMS'})")
            fit(encoded, matrix, path, hp=member, log=log, with_vectors=k == 1)
            log(f"neural model written to {path}")
