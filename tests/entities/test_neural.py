"""The neural tagger: numpy inference reproduces the torch model it was exported from, decoding
respects IOB2, and the shipped ensemble tags like its members do on clear cases."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from marsad.extract.entities.features import Resources
from marsad.extract.entities.neural import TAGS, allowed_transitions

SENTENCES = [
    [
        ("قال", "O"),
        ("الرئيس", "O"),
        ("فلاديمير", "B-PER"),
        ("بوتين", "I-PER"),
        ("في", "O"),
        ("موسكو", "B-LOC"),
    ],
    [("وصل", "O"), ("بوتين", "B-PER"), ("إلى", "O"), ("دمشق", "B-LOC"), (".", "O")],
    [("أعلنت", "O"), ("وزارة", "B-ORG"), ("الخارجية", "I-ORG"), ("في", "O"), ("باريس", "B-LOC")],
    [("فاز", "O"), ("نادي", "B-ORG"), ("الهلال", "I-ORG"), ("بكأس", "O"), ("آسيا", "B-MISC")],
]


def _tiny_resources() -> Resources:
    words = sorted({t for s in SENTENCES for t, _ in s})
    clusters = {w: (i % 64, i % 256, i % 1024) for i, w in enumerate(words)}
    return Resources(clusters, dict.fromkeys(words, 5), {("موسكو",): "LOC"}, {"رئيس": "PER"})


def test_iob2_constraints() -> None:
    ok = allowed_transitions()
    index = {t: i for i, t in enumerate(TAGS)}
    assert ok[index["B-PER"], index["I-PER"]] and ok[index["I-PER"], index["I-PER"]]
    assert not ok[index["O"], index["I-PER"]]
    assert not ok[index["B-LOC"], index["I-PER"]]
    assert ok[index["I-ORG"], index["B-ORG"]]


def _train_tiny(
    res: Resources,
    words: list[str],
    vectors: np.ndarray,
    out: Path,
    hp: dict,
    domains: list[str],
    **extra: object,
) -> None:
    """Train a tiny model on SENTENCES (one domain per sentence) into ``out``, quietly, one thread."""
    from marsad.extract.entities import neural_train

    neural_train.train_neural(
        SENTENCES,
        domains,
        res,
        [res.gazetteer] * len(SENTENCES),
        words,
        vectors,
        out,
        hp=hp,
        log=lambda _: None,
        threads=1,
        **extra,
    )


@pytest.mark.parametrize("layers", [1, 2])
def test_numpy_inference_matches_torch(tmp_path: Path, layers: int) -> None:
    torch = pytest.importorskip("torch")
    from marsad.extract.entities import neural_train
    from marsad.extract.entities.neural import NeuralTagger, encode_sentence

    res = _tiny_resources()
    rng = np.random.default_rng(0)
    words = sorted(res.clusters)
    vectors = rng.normal(size=(len(words), 8)).astype(np.float32)
    hp = {
        "hidden": 8,
        "word_dim": 4,
        "char_dim": 4,
        "char_filters": 6,
        "epochs": 2,
        "batch": 2,
        "layers": layers,
    }
    out = tmp_path / "tiny.npz"
    _train_tiny(res, words, vectors, out, hp, ["aner", "aqmar", "wiki", "aner"])
    tagger = NeuralTagger(out, res)
    # Rebuild the torch side from the exported (float16) weights and compare emissions.
    vocab, train_words, char_list = neural_train.build_vocab(SENTENCES, words, res.counts)
    assert tagger.vocab.words == vocab.words and tagger.vocab.chars == vocab.chars
    net = neural_train._make_net(
        tagger.w["vectors"][1:], len(train_words), len(char_list), {**neural_train.HPARAMS, **hp}
    )
    with np.load(out) as data:
        state = neural_train.import_state(data, net)
    net.load_state_dict(state)
    net.eval()
    tokens = [t for t, _ in SENTENCES[0]]
    enc = encode_sentence(tokens, res, tagger.vocab)
    batch, lengths, _, _ = neural_train._collate([enc], None, [0])
    with torch.no_grad():
        expected = net.emissions(batch, lengths)[0].numpy()
    np.testing.assert_allclose(tagger.emissions(tokens), expected, atol=1e-3)
    # Batched tagging of a run equals sentence-by-sentence tagging.
    run = [t for s in SENTENCES for t, _ in s]
    assert tagger.tag(run)[: len(tokens)] == tagger.tag_sentence(tokens)
    assert all(tag in TAGS for tag in tagger.tag(run))
    # Two members: emissions are the members' mean (here one model twice, with a second seed
    # trained on the same sentences, hence the same vocabularies).
    second = tmp_path / "tiny2.npz"
    _train_tiny(
        res, words, vectors, second, {**hp, "seed": 8, "aner_repeat": 2}, ["aner", "aqmar", "wiki", "aner"]
    )
    pair = NeuralTagger([out, second], res)
    mean = (tagger.emissions(tokens) + NeuralTagger(second, res).emissions(tokens)) / 2
    np.testing.assert_allclose(pair.emissions(tokens), mean, atol=1e-5)
    assert all(tag in TAGS for tag in pair.tag(run))


def test_viterbi_never_starts_inside_a_name(tmp_path: Path) -> None:
    from marsad.extract.entities.model import MODELS_DIR, NEURAL_FILE

    if not (MODELS_DIR / NEURAL_FILE).exists():
        pytest.skip("neural model not built")
    from marsad.extract.entities import get_tagger

    neural = get_tagger().neural
    scores = np.zeros((3, len(TAGS)))
    scores[:, TAGS.index("I-PER")] = 50.0  # the emissions alone would say I-PER everywhere
    tags = neural.viterbi(scores)
    assert tags[0] != "I-PER"
    assert tags[1:] == ["I-PER", "I-PER"] and tags[0] == "B-PER"


def test_shipped_ensemble_members_on_a_clear_sentence() -> None:
    from marsad.extract.entities.model import MODELS_DIR, NEURAL_FILE

    if not (MODELS_DIR / NEURAL_FILE).exists():
        pytest.skip("neural model not built")
    from marsad.extract.entities import get_tagger, tag_tokens

    tokens = ["وقال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "في", "موسكو", "."]
    expected = ["O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]
    assert tag_tokens(tokens) == expected
    assert get_tagger().neural.tag(tokens) == expected


def test_shipped_neural_ensemble_has_every_member() -> None:
    from marsad.extract.entities.model import MODELS_DIR, NEURAL_FILE, neural_files
    from marsad.extract.entities.neural_train import MEMBERS

    if not (MODELS_DIR / NEURAL_FILE).exists():
        pytest.skip("neural model not built")
    from marsad.extract.entities import get_tagger

    assert len(neural_files(MODELS_DIR)) == len(MEMBERS)
    assert len(get_tagger().neural.members) == len(MEMBERS)


def test_ngram_hashing_matches_gensim() -> None:
    fasttext = pytest.importorskip("gensim.models.fasttext")
    from marsad.extract.entities.wordvectors import ngram_rows

    for word in ("بوتين", "ستيوا", "x", "Moscow", "é漢字"):
        assert sorted(ngram_rows(word, 1000)) == sorted(fasttext.ft_ngram_hashes(word, 3, 5, 1000))


def test_unknown_words_get_composed_subword_vectors(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from marsad.extract.entities.neural import NeuralTagger, encode_sentence
    from marsad.extract.entities.wordvectors import Composer

    res = _tiny_resources()
    rng = np.random.default_rng(1)
    # Half the words have vocabulary vectors; the rest (e.g. بوتين) must be composed from n-grams.
    words = sorted(res.clusters)[::2]
    vectors = rng.normal(size=(len(words), 8)).astype(np.float32)
    ngrams = rng.normal(size=(50, 8)).astype(np.float32)
    out = tmp_path / "sub.npz"
    hp = {"hidden": 8, "word_dim": 4, "char_dim": 4, "char_filters": 6, "epochs": 1, "batch": 2}
    _train_tiny(res, words, vectors, out, hp, ["aner"] * 4, ngrams=ngrams)
    tagger = NeuralTagger(out, res)
    assert len(tagger.w["vectors"]) == len(words) + 1  # training words' composed rows are not stored
    tokens = ["وصل", "بوتين", "إلى", "دمشق", "."]
    assert "بوتين" not in tagger.vocab.vectors
    enc = encode_sentence(tokens, res, tagger.vocab)
    composed = Composer(ngrams.astype(np.float16).astype(np.float32)).vector("بوتين")
    np.testing.assert_allclose(enc["xf"][1], composed, atol=1e-6)
    assert abs(np.linalg.norm(composed) - 1) < 1e-5
    # Beside other (e.g. PPMI) columns, an unknown word's subword vector fills only the tail.
    wide = Composer(ngrams.astype(np.float16).astype(np.float32), width=12).vector("بوتين")
    assert wide.shape == (12,) and not wide[:4].any()
    np.testing.assert_allclose(wide[4:], composed, atol=1e-6)
    # Same scores as a model whose vocabulary holds that composed vector as a row of its own …
    with_row = NeuralTagger(out, res)
    with_row.vocab.vectors["بوتين"] = len(with_row.w["vectors"])
    for m in with_row.members:
        m["vectors"] = np.vstack([m["vectors"], composed])
    np.testing.assert_allclose(tagger.emissions(tokens), with_row.emissions(tokens), atol=1e-5)
    # … and different ones from treating it as unknown.
    tagger.vocab.compose = None
    assert not np.allclose(tagger.emissions(tokens), with_row.emissions(tokens), atol=1e-3)


def test_language_model_features_match_torch(tmp_path: Path) -> None:
    """The numpy LMs reproduce torch's states, and a member fed their projection (``lm_proj``)
    tags with the same scores in numpy as in torch."""
    torch = pytest.importorskip("torch")
    from marsad.extract.entities import langmodel, neural_train
    from marsad.extract.entities.neural import NeuralTagger, encode_sentence

    res = _tiny_resources()
    rng = np.random.default_rng(2)
    words = sorted(res.clusters)
    vectors = rng.normal(size=(len(words), 8)).astype(np.float32)
    index = {w: i + 1 for i, w in enumerate(words)}
    text = "\n".join(" ".join(t for t, _ in s) for s in SENTENCES * 3)
    news = langmodel.news_sentences([text], res, index, 1000, keep=1.0)
    assert len(news) == 12 and news[0][0][2] == index["فلاديمير"]
    assert news[0][2][2] == res.clusters["فلاديمير"][2]
    lm_path = tmp_path / "lm.npz"
    langmodel.train_lm(news, vectors, lm_path, hp={"hidden": 6, "batch": 4}, log=lambda _: None)
    lm = langmodel.LanguageModel(lm_path)
    assert lm.dim == 12
    # Torch LMs rebuilt from the exported weights give the numpy states.
    net = langmodel._make_lm(vectors.astype(np.float16).astype(np.float32), 6)
    state = dict(net.state_dict())
    for d, name in (("f", "fwd"), ("b", "bwd")):
        state[f"{name}.weight_ih_l0"] = torch.tensor(lm.w[f"lm_{d}_ih"])
        state[f"{name}.weight_hh_l0"] = torch.tensor(lm.w[f"lm_{d}_hh"])
        state[f"{name}.bias_ih_l0"] = torch.tensor(lm.w[f"lm_{d}_b"])
        state[f"{name}.bias_hh_l0"] = torch.zeros(24)
    net.load_state_dict(state)
    table = np.concatenate([np.zeros((1, 8), np.float32), vectors.astype(np.float16).astype(np.float32)])
    encs = [{"wf": wf, "wc": wc} for wf, wc, _ in news[:4]]
    for got, want in zip(lm.states(encs, table), langmodel.torch_states(net, encs), strict=True):
        np.testing.assert_allclose(got, want, atol=1e-5)
    # A tagger member with the LM input: numpy inference matches torch.
    hp = {"hidden": 8, "word_dim": 4, "char_dim": 4, "char_filters": 6, "epochs": 2, "batch": 2, "lm_proj": 5}
    data = neural_train.prepare_inputs(
        SENTENCES, ["aner", "aqmar", "wiki", "aner"], res, [res.gazetteer] * len(SENTENCES), words
    )
    neural_train.add_lm_states(data["encs"], lm, vectors)
    out = tmp_path / "lm_member.npz"
    neural_train.fit(data, vectors, out, hp=hp, log=lambda _: None, threads=1)
    with pytest.raises(ValueError):
        NeuralTagger(out, res)  # its LM is required
    tagger = NeuralTagger(out, res, lm_path=lm_path)
    full_hp = {**neural_train.HPARAMS, **hp}
    tnet = neural_train._make_net(
        tagger.w["vectors"][1:], len(data["train_words"]), len(data["char_list"]), full_hp, lm.dim
    )
    with np.load(out) as weights:
        tnet.load_state_dict(neural_train.import_state(weights, tnet))
    tnet.eval()
    tokens = [t for t, _ in SENTENCES[0]]
    enc = encode_sentence(tokens, res, tagger.vocab)
    neural_train.add_lm_states([enc], lm, vectors)
    batch, lengths, _, _ = neural_train._collate([enc], None, [0])
    with torch.no_grad():
        expected = tnet.emissions(batch, lengths)[0].numpy()
    np.testing.assert_allclose(tagger.emissions(tokens), expected, atol=2e-3)
    # The LM input matters: zeroing the projection changes the scores.
    assert np.abs(tagger.w["lm_proj_w"]).sum() > 0
