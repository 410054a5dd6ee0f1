"""Contextual token features from word-level language models learnt on unlabelled news ("ELMo-lite").

A forward and a backward LSTM read the frozen PPMI-SVD vectors (:mod:`clusters`) of each token's
form and clitic-stripped core and learn to predict the 1024-way word cluster of the next (resp.
previous) token — a cheap softmax instead of an 80,000-word one.  Trained once on news sentences
and then frozen, their hidden states at a token (the forward state after reading it, the backward
one after reading it from the right) summarise its whole sentence as millions of news sentences
taught them, which the tagger's own BiLSTM, trained on 480k labelled tokens, cannot learn.
A tagger member with ``lm_proj`` in its hyper-parameters takes a learnt projection of them as an
extra input (:mod:`neural_train`).

Training needs torch (:func:`train_lm`); :class:`LanguageModel` runs the exported float16
weights in numpy, as the tagger does.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np

from marsad.extract.entities.features import Resources, stripped_core
from marsad.extract.entities.tokenize import split_at_periods, token_spans
from marsad.text import normalize

LM_HPARAMS = {
    "hidden": 256,
    "lr": 2e-3,
    "batch": 64,
    "tokens": 8_000_000,  # news tokens read (one pass): about 12 min on one idle core at hidden 256
    "seed": 11,
    "min_len": 4,
    "max_len": 60,
}
UNKNOWN_CLASS = 1024  # a word without a cluster
BOUNDARY_CLASS = 1025  # past either end of the sentence
N_CLASSES = 1026


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


def lstm_batch(x: np.ndarray, w_ih: np.ndarray, w_hh: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """One LSTM direction over a padded (B × T × in) batch, padding after each sequence (torch's
    gate order i, f, g, o); returns B × T × hidden."""
    b, steps, _ = x.shape
    gates_x = x @ w_ih.T + bias
    whh = w_hh.T
    hid = w_hh.shape[1]
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


def _reverse_padded(arr: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Each row's first ``length`` steps reversed in place of the originals (padding stays last)."""
    out = np.zeros_like(arr)
    for k, n in enumerate(lengths):
        out[k, :n] = arr[k, :n][::-1]
    return out


class LanguageModel:
    """The exported forward/backward LMs, run in numpy over the tagger's own encodings."""

    def __init__(self, path: Path) -> None:
        with np.load(path) as data:
            self.w = {k: data[k].astype(np.float32) for k in data.files}
        self.hidden = self.w["lm_f_hh"].shape[1]

    @property
    def dim(self) -> int:
        return 2 * self.hidden

    def states(self, encs: Sequence[dict[str, np.ndarray]], vectors: np.ndarray) -> list[np.ndarray]:
        """Per sentence, T × 2·hidden states (forward then backward) for encodings with the
        ``wf``/``wc`` rows of ``vectors`` (the tagger's frozen PPMI table, row 0 = unknown)."""
        lengths = np.array([len(e["wf"]) for e in encs])
        steps = int(lengths.max())
        x = np.zeros((len(encs), steps, 2 * vectors.shape[1]), np.float32)
        for k, e in enumerate(encs):
            x[k, : lengths[k]] = np.concatenate([vectors[e["wf"]], vectors[e["wc"]]], axis=1)
        w = self.w
        fwd = lstm_batch(x, w["lm_f_ih"], w["lm_f_hh"], w["lm_f_b"])
        bwd = lstm_batch(_reverse_padded(x, lengths), w["lm_b_ih"], w["lm_b_hh"], w["lm_b_b"])
        return [np.concatenate([fwd[k, :n], bwd[k, :n][::-1]], axis=1) for k, n in enumerate(lengths)]


# -- training (torch) ----------------------------------------------------------------------------


def news_sentences(
    texts: Iterable[str],
    res: Resources,
    vector_index: dict[str, int],
    tokens: int,
    hp: dict | None = None,
    keep: float = 0.75,
) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """(form rows, core rows, cluster classes) of news sentences, tokenised as the tagger
    tokenises raw text, from a seeded ``keep`` share of the articles until ``tokens`` are read.
    ``vector_index`` maps a word to its row of the tagger's vector table (0 = unknown)."""
    hp = {**LM_HPARAMS, **(hp or {})}
    rng = np.random.default_rng(hp["seed"])
    memo: dict[str, tuple[int, int, int]] = {}

    def encode(token: str) -> tuple[int, int, int]:
        hit = memo.get(token)
        if hit is None:
            form = normalize(token)
            base = stripped_core(form, res.counts)
            cl = res.clusters.get(form) or res.clusters.get(base)
            hit = (vector_index.get(form, 0), vector_index.get(base, 0), cl[2] if cl else UNKNOWN_CLASS)
            memo[token] = hit
        return hit

    out = []
    seen = 0
    for text in texts:
        if rng.random() >= keep:
            continue
        for line in text.split("\n"):
            toks = [line[s:e] for s, e in token_spans(line)]
            for s, e in split_at_periods(toks, hp["max_len"]):
                if e - s < hp["min_len"]:
                    continue
                arr = np.array([encode(t) for t in toks[s:e]], dtype=np.int64)
                out.append((arr[:, 0], arr[:, 1], arr[:, 2]))
                seen += e - s
        if seen >= tokens:
            break
    return out


def _make_lm(vectors: np.ndarray, hidden: int):
    import torch
    from torch import nn

    class BiLM(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            padded = np.concatenate([np.zeros((1, vectors.shape[1]), np.float32), vectors], axis=0)
            self.vectors = nn.Embedding.from_pretrained(torch.tensor(padded), freeze=True)
            dim = 2 * vectors.shape[1]
            self.fwd = nn.LSTM(dim, hidden, batch_first=True)
            self.bwd = nn.LSTM(dim, hidden, batch_first=True)
            self.out_f = nn.Linear(hidden, N_CLASSES)
            self.out_b = nn.Linear(hidden, N_CLASSES)

        def embed(self, wf, wc):
            return torch.cat([self.vectors(wf), self.vectors(wc)], dim=2)

    return BiLM()


def _lm_batch(sents: Sequence[tuple[np.ndarray, np.ndarray, np.ndarray]]):
    """Padded forward and reversed inputs and their next-token targets (-100 on padding)."""
    import torch

    lengths = np.array([len(s[0]) for s in sents])
    steps = int(lengths.max())
    wf = np.zeros((len(sents), steps), np.int64)
    wc = np.zeros_like(wf)
    cls = np.full_like(wf, -100)
    for k, (f, c, y) in enumerate(sents):
        wf[k, : len(f)], wc[k, : len(f)], cls[k, : len(f)] = f, c, y
    rwf, rwc = _reverse_padded(wf, lengths), _reverse_padded(wc, lengths)

    def targets(seq: np.ndarray) -> np.ndarray:
        tgt = np.full_like(seq, -100)
        tgt[:, :-1] = seq[:, 1:]
        for k, n in enumerate(lengths):
            tgt[k, n - 1] = BOUNDARY_CLASS
            tgt[k, n:] = -100
        return tgt

    t = torch.from_numpy
    return t(wf), t(wc), t(targets(cls)), t(rwf), t(rwc), t(targets(_reverse_padded(cls, lengths)))


def train_lm(
    sentences: Sequence[tuple[np.ndarray, np.ndarray, np.ndarray]],
    vectors: np.ndarray,
    out_path: Path,
    hp: dict | None = None,
    log: Callable[[str], None] = print,
    threads: int = 1,
) -> None:
    """One pass over ``sentences`` (length-sorted batches in seeded order); exports float16
    weights to ``out_path`` (also every 500 batches, so a stopped run still leaves a model)."""
    import torch
    from torch import nn

    hp = {**LM_HPARAMS, **(hp or {})}
    torch.manual_seed(hp["seed"])
    torch.set_num_threads(threads)
    rng = np.random.default_rng(hp["seed"])
    # The tagger reads the float16 vectors it ships, so the LM learns on the same values.
    net = _make_lm(vectors.astype(np.float16).astype(np.float32), hp["hidden"])
    params = [p for p in net.parameters() if p.requires_grad]
    optim = torch.optim.Adam(params, lr=hp["lr"])
    order = rng.permutation(len(sentences))
    batches = []
    for i in range(0, len(order), hp["batch"] * 50):
        chunk = sorted(order[i : i + hp["batch"] * 50], key=lambda k: len(sentences[k][0]))
        batches += [chunk[j : j + hp["batch"]] for j in range(0, len(chunk), hp["batch"])]
    batches = [batches[k] for k in rng.permutation(len(batches))]
    # Linear decay to a tenth over the single pass.
    sched = torch.optim.lr_scheduler.LambdaLR(optim, lambda s: 1.0 - 0.9 * s / max(1, len(batches)))
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
    started = time.time()
    running, count = 0.0, 0
    for n, idx in enumerate(batches, start=1):
        wf, wc, tf, rwf, rwc, tb = _lm_batch([sentences[k] for k in idx])
        hf, _ = net.fwd(net.embed(wf, wc))
        hb, _ = net.bwd(net.embed(rwf, rwc))
        loss = loss_fn(net.out_f(hf).flatten(0, 1), tf.flatten()) + loss_fn(
            net.out_b(hb).flatten(0, 1), tb.flatten()
        )
        optim.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 5.0)
        optim.step()
        sched.step()
        running += float(loss.detach()) / 2
        count += 1
        if n % 500 == 0 or n == len(batches):
            elapsed = time.time() - started
            log(f"LM batch {n}/{len(batches)}: loss {running / count:.3f} per direction, {elapsed:.0f} s")
            running, count = 0.0, 0
            export_lm(net, out_path)


def export_lm(net, path: Path) -> None:
    """Forward/backward LSTM weights as float16 (the vectors are the tagger's, not stored)."""
    sd = {k: v.detach().cpu().numpy().astype(np.float32) for k, v in net.state_dict().items()}
    arrays = {}
    for d, name in (("f", "fwd"), ("b", "bwd")):
        arrays[f"lm_{d}_ih"] = sd[f"{name}.weight_ih_l0"]
        arrays[f"lm_{d}_hh"] = sd[f"{name}.weight_hh_l0"]
        arrays[f"lm_{d}_b"] = sd[f"{name}.bias_ih_l0"] + sd[f"{name}.bias_hh_l0"]
    with open(path, "wb") as handle:
        np.savez_compressed(handle, **{k: v.astype(np.float16) for k, v in arrays.items()})


def torch_states(net, encs: Sequence[dict[str, np.ndarray]]) -> list[np.ndarray]:
    """The torch counterpart of :meth:`LanguageModel.states` (for the parity test)."""
    import torch

    lengths = np.array([len(e["wf"]) for e in encs])
    sents = [(e["wf"], e["wc"], np.zeros(len(e["wf"]), np.int64)) for e in encs]
    wf, wc, _, rwf, rwc, _ = _lm_batch(sents)
    with torch.no_grad():
        hf, _ = net.fwd(net.embed(wf, wc))
        hb, _ = net.bwd(net.embed(rwf, rwc))
    hf, hb = hf.numpy(), _reverse_padded(hb.numpy(), lengths)
    return [np.concatenate([hf[k, :n], hb[k, :n]], axis=1) for k, n in enumerate(lengths)]
