"""The neural tagger: a character-aware BiLSTM-CRF, run in plain numpy (no torch at inference).

Inputs per token: PPMI-SVD word vectors of the form and of its clitic-stripped core
(learnt from 72k news articles by :mod:`clusters`), a trainable embedding of frequent training
cores, a character CNN over the normalised form (clitics, affixes, transliterated foreign
names), and the CRF's symbolic features as small embeddings: word clusters at 3 granularities,
the gazetteer IOB label, the trigger class, shape, frequency bucket and the stripped clitic.
Output scores are a shared projection plus a per-corpus one (the neural counterpart of the
CRF's domain copies), decoded with learnt transitions under IOB2 constraints.  Several models
(the shipped ensemble's members) can be loaded together; their scores are averaged.

Training lives in :mod:`neural_train` (needs torch); this module only reads the exported
``.npz`` weights.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController

from marsad.extract.entities.features import Resources, _freq_bucket, _shape, stripped_core
from marsad.extract.entities.gazetteer import core, match
from marsad.extract.entities.tokenize import split_at_periods
from marsad.text import normalize

TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}
DOMAINS = ("aner", "aqmar", "wiki", "wojood")
TRIGGERS = ("", "PER", "ORG", "LOC")
SHAPES = ("ar", "Aa", "a", "d")  # anything else (punctuation) → index len(SHAPES)
FREQ = ("x", "0", "1", "2", "3", "4", "5", "6")
CLITICS = ("", "ال", "وال", "بال", "فال", "كال", "لل", "ولل", "فلل", "وبال", "و", "ب", "ل", "ف", "ك")
MAX_CHARS = 20
# Categorical inputs, in the order of the embedding tables (name, table size).
CATEGORICAL = ("k64", "k256", "k1k", "gz", "tr", "sh", "fq", "cl")


@dataclass(slots=True)
class Vocab:
    """Index tables of one trained model (stored with its weights)."""

    vectors: dict[str, int]  # word → row of the frozen vectors (row 0 = unknown)
    words: dict[str, int]  # trainable core vocabulary (0 padding, 1 unknown)
    chars: dict[str, int]  # character vocabulary (0 padding, 1 unknown)
    # Vector of a word outside ``vectors`` from its character n-grams (models with subword vectors).
    compose: Callable[[str], np.ndarray] | None = None


@functools.cache
def _blas_threads() -> ThreadpoolController:
    """The process's BLAS thread pools, found once (a lookup per call costs ~1 ms).

    The limit set through it is process-wide while a batch is tagged: tagging from several threads
    at once may leave BLAS at one thread (what this workload wants; other numpy work shares it)."""
    return ThreadpoolController()


def encode_sentence(tokens: Sequence[str], res: Resources, vocab: Vocab) -> dict[str, np.ndarray]:
    """Integer inputs of one sentence: one array per input kind (chars: tokens × MAX_CHARS)."""
    n = len(tokens)
    forms = [normalize(t) for t in tokens]
    stripped = [stripped_core(f, res.counts) for f in forms]
    gaz = match([core(f) for f in forms], res.gazetteer)
    out = {k: np.zeros(n, dtype=np.int64) for k in ("wf", "wc", "wt", *CATEGORICAL)}
    chars = np.zeros((n, MAX_CHARS), dtype=np.int64)
    clitic_index = {c: i for i, c in enumerate(CLITICS)}
    for i, (token, form, base) in enumerate(zip(tokens, forms, stripped, strict=True)):
        out["wf"][i] = vocab.vectors.get(form, 0)
        out["wc"][i] = vocab.vectors.get(base, 0)
        out["wt"][i] = vocab.words.get(base, 1)
        cl = res.clusters.get(form) or res.clusters.get(base)
        if cl:
            out["k64"][i], out["k256"][i], out["k1k"][i] = cl[0] + 1, cl[1] + 1, cl[2] + 1
        out["gz"][i] = TAG_INDEX.get(gaz[i], 0)
        trig = res.triggers.get(base) or res.triggers.get(form) or ""
        out["tr"][i] = TRIGGERS.index(trig) if trig in TRIGGERS else 0
        shape = _shape(token)
        out["sh"][i] = SHAPES.index(shape) if shape in SHAPES else len(SHAPES)
        out["fq"][i] = FREQ.index(_freq_bucket(res.counts.get(form, 0)))
        out["cl"][i] = clitic_index.get(form[: len(form) - len(base)], len(CLITICS))
        # Both ends of long words matter (proclitics, gentilic and plural suffixes).
        text = "<" + form + ">"
        if len(text) > MAX_CHARS:
            text = text[: MAX_CHARS // 2] + text[-(MAX_CHARS // 2) :]
        for j, ch in enumerate(text):
            chars[i, j] = vocab.chars.get(ch, 1)
    out["chars"] = chars
    if vocab.compose is not None:
        # Rows 0 (unknown) of the vector table are replaced by these composed vectors in _embed.
        for row_key, key, words in (("wf", "xf", forms), ("wc", "xc", stripped)):
            missing = np.flatnonzero(out[row_key] == 0)
            if len(missing):
                composed = [vocab.compose(words[i]) for i in missing]
                extra = np.zeros((n, len(composed[0])), np.float32)
                extra[missing] = composed
                out[key] = extra
    return out


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


def allowed_transitions() -> np.ndarray:
    """(from, to) mask of IOB2-legal moves: I-X only after B-X or I-X."""
    ok = np.ones((len(TAGS), len(TAGS)), dtype=bool)
    for j, to in enumerate(TAGS):
        if to.startswith("I-"):
            for i, frm in enumerate(TAGS):
                ok[i, j] = frm[2:] == to[2:]
    return ok


class NeuralTagger:
    """Same interface as the CRF tagger (``tag``, ``tag_sentence``, ``resources``, ``domain``)."""

    def __init__(
        self,
        weights_path: Path | Sequence[Path],
        resources: Resources,
        domain: str = "aner",
        lm_path: Path | None = None,
    ) -> None:
        paths = [weights_path] if isinstance(weights_path, (str, Path)) else list(weights_path)
        members = []
        for path in paths:
            with np.load(path) as data:
                members.append({k: data[k] for k in data.files})
        self.resources = resources
        self.domain = domain
        w = members[0]
        self.vocab = Vocab(
            vectors={word: i + 1 for i, word in enumerate(str(w["vector_words"]).split("\n"))},
            words={word: i + 2 for i, word in enumerate(str(w["train_words"]).split("\n"))},
            chars={ch: i + 2 for i, ch in enumerate(str(w["char_list"]))},
        )
        # Differently seeded members trained on the same mix share the index tables, so one
        # encoding feeds them all; their scores and transitions are averaged.
        for m in members[1:]:
            if any(str(m[k]) != str(w[k]) for k in ("vector_words", "train_words", "char_list")):
                raise ValueError(f"{paths}: ensemble members must share their vocabularies")
        index = ("vector_words", "train_words", "char_list", "vector_ngrams")
        if "vector_ngrams" in w:
            from marsad.extract.entities.wordvectors import Composer

            self.vocab.compose = Composer(
                w["vector_ngrams"].astype(np.float32), width=w["vectors"].shape[1]
            ).vector
        self.members = [{k: v.astype(np.float32) for k, v in m.items() if k not in index} for m in members]
        # Members with frozen vectors are stored without them (the same 15 MB as the first's).
        for m in self.members[1:]:
            m.setdefault("vectors", self.members[0]["vectors"])
        self.w = self.members[0]  # the first member's weights (its vectors are shared)
        self.d = DOMAINS.index(domain)
        self.start_ok = np.array([not t.startswith("I-") for t in TAGS])
        mean = {k: np.mean([m[k] for m in self.members], axis=0) for k in ("trans", "start", "end")}
        self.trans = np.where(allowed_transitions(), mean["trans"], -1e4)
        self.start = np.where(self.start_ok, mean["start"], -1e4)
        self.end = mean["end"]
        # The frozen language model (:mod:`langmodel`), run once per batch for the members that
        # take its states; it reads the first member's (frozen) vectors, those it was trained on.
        self.lm = None
        if lm_path is not None and any("lm_proj_w" in m for m in self.members):
            from marsad.extract.entities.langmodel import LanguageModel

            self.lm = LanguageModel(lm_path)
        elif any("lm_proj_w" in m for m in self.members):
            raise ValueError(f"{paths}: a member takes language-model states but no LM was given")

    # -- forward pass ---------------------------------------------------------------------
    def _embed(self, enc: dict[str, np.ndarray], w: dict[str, np.ndarray]) -> np.ndarray:
        vec = w["vectors"]
        chars = enc["chars"]
        ce = w["char_emb"][chars]  # tokens × L × C
        n, length, dim = ce.shape
        padded = np.concatenate([np.zeros((n, 1, dim), np.float32), ce, np.zeros((n, 1, dim), np.float32)], 1)
        windows = np.concatenate([padded[:, k : k + length] for k in range(3)], axis=2)  # n × L × 3C
        conv = windows @ w["char_conv_w"] + w["char_conv_b"]
        conv = np.where((chars > 0)[:, :, None], np.maximum(conv, 0.0), 0.0)
        vf, vc = vec[enc["wf"]], vec[enc["wc"]]
        if "xf" in enc:
            vf = np.where((enc["wf"] == 0)[:, None], enc["xf"], vf)
        if "xc" in enc:
            vc = np.where((enc["wc"] == 0)[:, None], enc["xc"], vc)
        parts = [vf, vc, w["word_emb"][enc["wt"]], conv.max(axis=1)]
        parts += [w[f"emb_{name}"][enc[name]] for name in CATEGORICAL]
        if "lm_proj_w" in w:
            parts.append(enc["lm"] @ w["lm_proj_w"].T + w["lm_proj_b"])
        return np.concatenate(parts, axis=1)

    def _lstm_batch(self, x: np.ndarray, w: dict[str, np.ndarray], prefix: str) -> np.ndarray:
        """One direction over a padded (B × T × in) batch; padding sits after each sequence."""
        b, steps, _ = x.shape
        gates_x = x @ w[f"{prefix}_ih"].T + w[f"{prefix}_b"]
        whh = w[f"{prefix}_hh"].T
        hid = w[f"{prefix}_hh"].shape[1]
        h = np.zeros((b, hid), np.float32)
        c = np.zeros((b, hid), np.float32)
        out = np.empty((b, steps, hid), np.float32)
        for t in range(steps):
            g = gates_x[:, t] + h @ whh
            i, f = _sigmoid(g[:, :hid]), _sigmoid(g[:, hid : 2 * hid])
            cand, o = np.tanh(g[:, 2 * hid : 3 * hid]), _sigmoid(g[:, 3 * hid :])
            c = f * c + i * cand
            h = o * np.tanh(c)
            out[:, t] = h
        return out

    def emissions_batch(self, encs: Sequence[dict[str, np.ndarray]]) -> list[np.ndarray]:
        """Tag scores (T × tags) of several sentences, run as one padded batch (averaged over members)."""
        lengths = np.array([len(e["wf"]) for e in encs])
        if self.lm is not None:
            states = self.lm.states(encs, self.w["vectors"])
            encs = [{**e, "lm": st} for e, st in zip(encs, states, strict=True)]
        total = [np.zeros((n, len(TAGS)), np.float32) for n in lengths]
        for w in self.members:
            for k, em in enumerate(self._member_batch(encs, lengths, w)):
                total[k] += em
        if len(self.members) > 1:
            total = [t / len(self.members) for t in total]
        return total

    def _member_batch(
        self, encs: Sequence[dict[str, np.ndarray]], lengths: np.ndarray, w: dict[str, np.ndarray]
    ) -> list[np.ndarray]:
        hs = [self._embed(e, w) for e in encs]
        layer = 1
        while True:
            prefix = "lstm" if layer == 1 else f"lstm{layer}"
            hs = self._bilstm(hs, lengths, w, prefix)
            layer += 1
            if f"lstm{layer}_f_ih" not in w:
                break
        return [self._project(h, w) for h in hs]

    def _bilstm(
        self, xs: Sequence[np.ndarray], lengths: np.ndarray, w: dict[str, np.ndarray], prefix: str
    ) -> list[np.ndarray]:
        steps = int(lengths.max())
        dim = xs[0].shape[1]
        fwd_in = np.zeros((len(xs), steps, dim), np.float32)
        bwd_in = np.zeros((len(xs), steps, dim), np.float32)
        for k, x in enumerate(xs):
            fwd_in[k, : len(x)] = x
            bwd_in[k, : len(x)] = x[::-1]
        fwd = self._lstm_batch(fwd_in, w, f"{prefix}_f")
        bwd = self._lstm_batch(bwd_in, w, f"{prefix}_b")
        return [np.concatenate([fwd[k, :n], bwd[k, :n][::-1]], axis=1) for k, n in enumerate(lengths)]

    def _project(self, h: np.ndarray, w: dict[str, np.ndarray]) -> np.ndarray:
        return h @ w["out_w"].T + w["out_b"] + h @ w["dom_w"][self.d].T + w["dom_b"][self.d]

    def emissions(self, tokens: Sequence[str]) -> np.ndarray:
        return self.emissions_batch([encode_sentence(tokens, self.resources, self.vocab)])[0]

    def viterbi(self, scores: np.ndarray) -> list[str]:
        score = self.start + scores[0]
        back = []
        for t in range(1, len(scores)):
            cand = score[:, None] + self.trans
            back.append(cand.argmax(axis=0))
            score = cand.max(axis=0) + scores[t]
        score = score + self.end
        best = [int(score.argmax())]
        for ptr in reversed(back):
            best.append(int(ptr[best[-1]]))
        return [TAGS[i] for i in reversed(best)]

    # -- public interface -------------------------------------------------------------------
    def tag_sentence(self, tokens: Sequence[str]) -> list[str]:
        if not tokens:
            return []
        return self.viterbi(self.emissions(tokens))

    def sentence_emissions(
        self, tokens: Sequence[str], batch_size: int = 32
    ) -> list[tuple[int, int, np.ndarray]]:
        """(start, end, scores) per sentence of a token run cut at '.', run in length-sorted batches."""
        # The LSTM's matrices are small: a second BLAS thread gains nothing, and when the cores are
        # busy (other workers, a loaded server) its spin-waiting made tagging 7-14x slower.
        with _blas_threads().limit(limits=1, user_api="blas"):
            return self._sentence_emissions(tokens, batch_size)

    def _sentence_emissions(
        self, tokens: Sequence[str], batch_size: int
    ) -> list[tuple[int, int, np.ndarray]]:
        bounds = [(s, e) for s, e in split_at_periods(tokens) if e > s]
        encs = [encode_sentence(tokens[s:e], self.resources, self.vocab) for s, e in bounds]
        order = sorted(range(len(bounds)), key=lambda k: bounds[k][1] - bounds[k][0])
        scores: list[np.ndarray] = [np.empty(0)] * len(bounds)
        for i in range(0, len(order), batch_size):
            chunk = order[i : i + batch_size]
            for k, em in zip(chunk, self.emissions_batch([encs[k] for k in chunk]), strict=True):
                scores[k] = em
        return [(s, e, em) for (s, e), em in zip(bounds, scores, strict=True)]

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """Tags of a token run of any length (cut into sentences at '.', as in ANERcorp)."""
        return [t for _, _, em in self.sentence_emissions(tokens) for t in self.viterbi(em)]


class EnsembleTagger:
    """The neural tagger's scores plus ``weight`` × the log CRF marginals, decoded with the
    neural transitions: the CRF's sparse lexical features and the network's dense ones err on
    different names."""

    def __init__(self, neural: NeuralTagger, crf, weight: float) -> None:
        self.neural = neural
        self.crf = crf
        self.weight = weight
        self.resources = crf.resources
        self.domain = crf.domain

    def _combine(self, tokens: Sequence[str], scores: np.ndarray) -> list[str]:
        if self.weight:
            scores = scores + self.weight * np.log(self.crf.marginals(tokens) + 1e-4)
        return self.neural.viterbi(scores)

    def tag_sentence(self, tokens: Sequence[str]) -> list[str]:
        if not tokens:
            return []
        return self._combine(tokens, self.neural.emissions(tokens))

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return [
            t for s, e, em in self.neural.sentence_emissions(tokens) for t in self._combine(tokens[s:e], em)
        ]
