"""Training the neural tagger of :mod:`neural` with torch (a training-only dependency).

Same training mix, jackknifed gazetteers and per-corpus domains as the CRF; the trained weights
are exported to a float16 ``.npz`` that :class:`neural.NeuralTagger` runs in numpy.
Seeded (weights, batch order, word dropout), but multi-threaded float reductions make reruns
differ slightly.  :func:`prepare_inputs` and :func:`fit` are separate so that the encoded mix can
be built once for several ensemble members (:data:`MEMBERS`).
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from marsad.extract.entities.data import Sentence
from marsad.extract.entities.features import Resources, stripped_core
from marsad.extract.entities.gazetteer import Gazetteer
from marsad.extract.entities.neural import (
    CATEGORICAL,
    CLITICS,
    DOMAINS,
    FREQ,
    SHAPES,
    TAG_INDEX,
    TAGS,
    TRIGGERS,
    Vocab,
    allowed_transitions,
    encode_sentence,
)
from marsad.text import normalize

# Chosen on the ANERcorp dev split (see docs/ner.md); the shipped model reuses them as they are.
HPARAMS = {
    "word_dim": 48,
    "char_dim": 24,
    "char_filters": 64,
    "hidden": 128,
    "dropout_in": 0.5,
    "dropout_out": 0.3,
    "word_dropout": 0.15,
    "lr": 2e-3,
    "epochs": 5,
    "batch": 32,
    "seed": 7,
    "layers": 1,  # stacked BiLSTM layers
    "vector_lr": 0.0,  # learning rate of the PPMI-SVD vectors (0: frozen)
    "aner_repeat": 1,  # ANERcorp sentences seen this many times per epoch
    "lm_proj": 0,  # width of the projected language-model states (0: no LM input; :mod:`langmodel`)
}
# The shipped neural ensemble: one model per entry, each entry overriding HPARAMS; their
# emissions are averaged at inference (see docs/ner.md for the dev-split numbers behind it).
MEMBERS: tuple[dict, ...] = ({}, {"vector_lr": 2e-4}, {"seed": 8, "aner_repeat": 2})
CATEGORICAL_DIMS = {"k64": 16, "k256": 16, "k1k": 24, "gz": 16, "tr": 8, "sh": 4, "fq": 4, "cl": 8}


def categorical_sizes() -> dict[str, int]:
    return {
        "k64": 65,
        "k256": 257,
        "k1k": 1025,
        "gz": len(TAGS),
        "tr": len(TRIGGERS),
        "sh": len(SHAPES) + 1,
        "fq": len(FREQ),
        "cl": len(CLITICS) + 1,
    }


def build_vocab(
    sentences: Sequence[Sentence], vector_words: Sequence[str], counts: dict[str, int]
) -> tuple[Vocab, list[str], str]:
    """Index tables: frozen-vector words, training cores seen twice or more, characters seen 5+ times."""
    cores: Counter = Counter()
    chars: Counter = Counter()
    for sentence in sentences:
        for token, _ in sentence:
            form = normalize(token)
            cores[stripped_core(form, counts)] += 1
            chars.update("<" + form + ">")
    train_words = sorted(w for w, c in cores.items() if c >= 2 and "\n" not in w)
    char_list = "".join(sorted(ch for ch, c in chars.items() if c >= 5 and ch != "\n"))
    vocab = Vocab(
        vectors={w: i + 1 for i, w in enumerate(vector_words)},
        words={w: i + 2 for i, w in enumerate(train_words)},
        chars={ch: i + 2 for i, ch in enumerate(char_list)},
    )
    return vocab, train_words, char_list


def _make_net(vectors: np.ndarray, n_words: int, n_chars: int, hp: dict, lm_dim: int = 0):
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            padded = np.concatenate([np.zeros((1, vectors.shape[1]), np.float32), vectors], axis=0)
            self.vectors = nn.Embedding.from_pretrained(torch.tensor(padded), freeze=not hp["vector_lr"])
            self.word_emb = nn.Embedding(n_words + 2, hp["word_dim"], padding_idx=0)
            self.char_emb = nn.Embedding(n_chars + 2, hp["char_dim"], padding_idx=0)
            self.char_conv = nn.Conv1d(hp["char_dim"], hp["char_filters"], 3, padding=1)
            sizes = categorical_sizes()
            self.cats = nn.ModuleDict({k: nn.Embedding(sizes[k], CATEGORICAL_DIMS[k]) for k in CATEGORICAL})
            dim = 2 * vectors.shape[1] + hp["word_dim"] + hp["char_filters"] + sum(CATEGORICAL_DIMS.values())
            # The frozen LM states enter through a learnt projection (ELMo's task-specific mix).
            self.lm_proj = nn.Linear(lm_dim, hp["lm_proj"]) if lm_dim and hp["lm_proj"] else None
            dim += hp["lm_proj"] if self.lm_proj is not None else 0
            self.lstm = nn.LSTM(dim, hp["hidden"], batch_first=True, bidirectional=True)
            # Further layers are separate modules so that dropout sits between them as at the input.
            self.upper = nn.ModuleList(
                nn.LSTM(2 * hp["hidden"], hp["hidden"], batch_first=True, bidirectional=True)
                for _ in range(hp["layers"] - 1)
            )
            self.out = nn.Linear(2 * hp["hidden"], len(TAGS))
            self.dom_w = nn.Parameter(torch.zeros(len(DOMAINS), len(TAGS), 2 * hp["hidden"]))
            self.dom_b = nn.Parameter(torch.zeros(len(DOMAINS), len(TAGS)))
            self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
            self.start = nn.Parameter(torch.zeros(len(TAGS)))
            self.end = nn.Parameter(torch.zeros(len(TAGS)))
            self.drop_in = nn.Dropout(hp["dropout_in"])
            self.drop_out = nn.Dropout(hp["dropout_out"])
            self.register_buffer("illegal", torch.tensor(~allowed_transitions()))
            self.register_buffer("start_illegal", torch.tensor([t.startswith("I-") for t in TAGS]))

        def emissions(self, batch: dict, lengths) -> torch.Tensor:
            chars = batch["chars"]  # B × T × L
            b, t, length = chars.shape
            ce = self.char_emb(chars.view(b * t, length)).transpose(1, 2)
            conv = torch.relu(self.char_conv(ce)) * (chars.view(b * t, length) > 0).unsqueeze(1)
            char_vec = conv.max(dim=2).values.view(b, t, -1)
            parts = [self.vectors(batch["wf"]), self.vectors(batch["wc"]), self.word_emb(batch["wt"])]
            parts.append(char_vec)
            parts += [self.cats[k](batch[k]) for k in CATEGORICAL]
            if self.lm_proj is not None:
                parts.append(self.lm_proj(batch["lm"]))
            x = self.drop_in(torch.cat(parts, dim=2))
            h = self._bilstm(self.lstm, x, lengths, t)
            for layer in self.upper:
                h = self._bilstm(layer, self.drop_out(h), lengths, t)
            h = self.drop_out(h)
            dom = batch["domain"]
            return self.out(h) + torch.einsum("bth,bkh->btk", h, self.dom_w[dom]) + self.dom_b[dom][:, None]

        @staticmethod
        def _bilstm(lstm, x: torch.Tensor, lengths, t: int) -> torch.Tensor:
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            h, _ = lstm(packed)
            return nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)[0]

        def constrained(self):
            trans = self.trans.masked_fill(self.illegal, -1e4)
            start = self.start.masked_fill(self.start_illegal, -1e4)
            return trans, start

        def nll(self, em: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor, lengths) -> torch.Tensor:
            trans, start = self.constrained()
            t = em.shape[1]
            gold = em.gather(2, tags.unsqueeze(2)).squeeze(2)
            score = start[tags[:, 0]] + gold[:, 0]
            if t > 1:
                step = trans[tags[:, :-1], tags[:, 1:]] + gold[:, 1:]
                score = score + (step * mask[:, 1:]).sum(1)
            last = tags.gather(1, (lengths.to(tags.device) - 1).unsqueeze(1)).squeeze(1)
            score = score + self.end[last]
            alpha = start + em[:, 0]
            for i in range(1, t):
                nxt = torch.logsumexp(alpha.unsqueeze(2) + trans.unsqueeze(0), dim=1) + em[:, i]
                alpha = torch.where(mask[:, i].unsqueeze(1) > 0, nxt, alpha)
            log_z = torch.logsumexp(alpha + self.end, dim=1)
            return (log_z - score).sum()

    return Net()


def _collate(encs: Sequence[dict], tags: Sequence[np.ndarray] | None, domains: Sequence[int]):
    import torch

    lengths = np.array([len(e["wf"]) for e in encs])
    steps = int(lengths.max())
    batch = {}
    for key in ("wf", "wc", "wt", *CATEGORICAL):
        arr = np.zeros((len(encs), steps), np.int64)
        for k, e in enumerate(encs):
            arr[k, : lengths[k]] = e[key]
        batch[key] = torch.from_numpy(arr)
    chars = np.zeros((len(encs), steps, encs[0]["chars"].shape[1]), np.int64)
    for k, e in enumerate(encs):
        chars[k, : lengths[k]] = e["chars"]
    batch["chars"] = torch.from_numpy(chars)
    if "lm" in encs[0]:
        lm = np.zeros((len(encs), steps, encs[0]["lm"].shape[1]), np.float32)
        for k, e in enumerate(encs):
            lm[k, : lengths[k]] = e["lm"]
        batch["lm"] = torch.from_numpy(lm)
    batch["domain"] = torch.tensor(list(domains))
    mask = torch.from_numpy((np.arange(steps)[None] < lengths[:, None]).astype(np.float32))
    tag_tensor = None
    if tags is not None:
        arr = np.zeros((len(encs), steps), np.int64)
        for k, tg in enumerate(tags):
            arr[k, : lengths[k]] = tg
        tag_tensor = torch.from_numpy(arr)
    return batch, torch.from_numpy(lengths), mask, tag_tensor


def export(
    net,
    vector_words: Sequence[str],
    train_words: Sequence[str],
    char_list: str,
    path: Path,
    with_vectors: bool = True,
    ngrams: np.ndarray | None = None,
) -> None:
    """Weights as float16 arrays, named as :class:`neural.NeuralTagger` reads them (without the
    word vectors, a further ensemble member takes the first member's; ``ngrams``, the subword
    vectors unknown words are composed from, are stored with the first member's)."""
    sd = {k: v.detach().cpu().numpy().astype(np.float32) for k, v in net.state_dict().items()}
    conv = sd["char_conv.weight"]  # filters × C × 3 → (3·C) × filters, window-major as in numpy
    arrays = {
        # Training words' composed rows (after the vocabulary's) are recomposed at inference.
        "vectors": sd["vectors.weight"][: len(vector_words) + 1],
        "word_emb": sd["word_emb.weight"],
        "char_emb": sd["char_emb.weight"],
        "char_conv_w": conv.transpose(2, 1, 0).reshape(-1, conv.shape[0]),
        "char_conv_b": sd["char_conv.bias"],
        "lstm_f_ih": sd["lstm.weight_ih_l0"],
        "lstm_f_hh": sd["lstm.weight_hh_l0"],
        "lstm_f_b": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
        "lstm_b_ih": sd["lstm.weight_ih_l0_reverse"],
        "lstm_b_hh": sd["lstm.weight_hh_l0_reverse"],
        "lstm_b_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
        "out_w": sd["out.weight"],
        "out_b": sd["out.bias"],
        "dom_w": sd["dom_w"],
        "dom_b": sd["dom_b"],
        "trans": sd["trans"],
        "start": sd["start"],
        "end": sd["end"],
    }
    arrays.update({f"emb_{k}": sd[f"cats.{k}.weight"] for k in CATEGORICAL})
    if net.lm_proj is not None:
        arrays["lm_proj_w"], arrays["lm_proj_b"] = sd["lm_proj.weight"], sd["lm_proj.bias"]
    for n in range(len(net.upper)):
        for d, sfx in (("f", ""), ("b", "_reverse")):
            arrays[f"lstm{n + 2}_{d}_ih"] = sd[f"upper.{n}.weight_ih_l0{sfx}"]
            arrays[f"lstm{n + 2}_{d}_hh"] = sd[f"upper.{n}.weight_hh_l0{sfx}"]
            arrays[f"lstm{n + 2}_{d}_b"] = sd[f"upper.{n}.bias_ih_l0{sfx}"] + sd[f"upper.{n}.bias_hh_l0{sfx}"]
    if not with_vectors:
        del arrays["vectors"]
    if ngrams is not None:
        arrays["vector_ngrams"] = ngrams
    out = {k: v.astype(np.float16) for k, v in arrays.items()}
    with open(path, "wb") as handle:
        np.savez_compressed(
            handle,
            vector_words=np.array("\n".join(vector_words)),
            train_words=np.array("\n".join(train_words)),
            char_list=np.array(char_list),
            **out,
        )


def prepare_inputs(
    sentences: Sequence[Sentence],
    domains: Sequence[str],
    res: Resources,
    gazetteers: Sequence[Gazetteer],
    vector_words: Sequence[str],
    ngrams: np.ndarray | None = None,
) -> dict:
    """Encoded training data and index tables: everything :func:`fit` needs besides the vectors
    (plain arrays, so that it can be pickled and trained elsewhere).

    With ``ngrams`` (subword vectors, :mod:`wordvectors`), training words outside ``vector_words``
    get rows of their own holding the vectors composed from their n-grams — what inference
    composes for them — appended after the vocabulary's rows (``extra_vectors``).
    """
    vocab, train_words, char_list = build_vocab(sentences, vector_words, res.counts)
    extra_words: list[str] = []
    if ngrams is not None:
        from marsad.extract.entities.wordvectors import Composer

        for sentence in sentences:
            for token, _ in sentence:
                form = normalize(token)
                for word in (form, stripped_core(form, res.counts)):
                    if word not in vocab.vectors:
                        vocab.vectors[word] = len(vocab.vectors) + 1
                        extra_words.append(word)
        compose = Composer(ngrams.astype(np.float16).astype(np.float32)).vector
    encs = [
        encode_sentence([t for t, _ in s], dataclasses.replace(res, gazetteer=gazetteers[n]), vocab)
        for n, s in enumerate(sentences)
    ]
    data = {
        "encs": encs,
        "tags": [np.array([TAG_INDEX[t] for _, t in s]) for s in sentences],
        "domains": [DOMAINS.index(d) for d in domains],
        "vector_words": list(vector_words),
        "train_words": train_words,
        "char_list": char_list,
    }
    if ngrams is not None:
        data["extra_words"] = extra_words
        data["extra_vectors"] = (
            np.stack([compose(w) for w in extra_words]) if extra_words else np.zeros((0, ngrams.shape[1]))
        ).astype(np.float32)
        data["vector_ngrams"] = ngrams.astype(np.float16)
    return data


def train_neural(
    sentences: Sequence[Sentence],
    domains: Sequence[str],
    res: Resources,
    gazetteers: Sequence[Gazetteer],
    vector_words: Sequence[str],
    vectors: np.ndarray,
    out_path: Path,
    hp: dict | None = None,
    dev: Sequence[Sentence] | None = None,
    log: Callable[[str], None] = print,
    threads: int = 2,
    snapshots: bool = False,
    with_vectors: bool = True,
    ngrams: np.ndarray | None = None,
) -> None:
    """Fit the BiLSTM-CRF and export it to ``out_path`` (``dev``, if given, is scored per epoch)."""
    data = prepare_inputs(sentences, domains, res, gazetteers, vector_words, ngrams)
    dev_data = None
    if dev:
        vocab = _vocab(data)
        dev_data = (
            [encode_sentence([t for t, _ in s], res, vocab) for s in dev],
            [[t for _, t in s] for s in dev],
        )
    fit(
        data,
        vectors,
        out_path,
        hp=hp,
        dev=dev_data,
        log=log,
        threads=threads,
        snapshots=snapshots,
        with_vectors=with_vectors,
    )


def add_lm_states(encs: Sequence[dict], lm, vectors: np.ndarray, batch: int = 64) -> None:
    """Store the frozen language model's states (float16, as the numpy tagger computes them from
    its float16 vectors) in each encoding under ``lm``, for members with ``lm_proj``."""
    table = np.concatenate([np.zeros((1, vectors.shape[1]), np.float32), vectors.astype(np.float16)])
    table = table.astype(np.float32)
    order = sorted(range(len(encs)), key=lambda k: len(encs[k]["wf"]))
    for i in range(0, len(order), batch):
        chunk = order[i : i + batch]
        for k, states in zip(chunk, lm.states([encs[k] for k in chunk], table), strict=True):
            encs[k]["lm"] = states.astype(np.float16)


def _vocab(data: dict) -> Vocab:
    """Index tables of :func:`prepare_inputs` output (training words' composed rows included;
    other unknown words stay unknown, so per-epoch dev scores are a little pessimistic)."""
    return Vocab(
        vectors={w: i + 1 for i, w in enumerate([*data["vector_words"], *data.get("extra_words", ())])},
        words={w: i + 2 for i, w in enumerate(data["train_words"])},
        chars={ch: i + 2 for i, ch in enumerate(data["char_list"])},
    )


def fit(
    data: dict,
    vectors: np.ndarray,
    out_path: Path,
    hp: dict | None = None,
    dev: tuple[Sequence[dict], Sequence[Sequence[str]]] | None = None,
    log: Callable[[str], None] = print,
    threads: int = 2,
    snapshots: bool = False,
    device: str = "cpu",
    with_vectors: bool = True,
) -> None:
    """Train on :func:`prepare_inputs` output; ``dev`` = (encoded sentences, gold tags)."""
    import torch

    hp = {**HPARAMS, **(hp or {})}
    torch.manual_seed(hp["seed"])
    torch.set_num_threads(threads)
    rng = np.random.default_rng(hp["seed"])
    # Trained on the float16 values it is shipped with, so inference sees the vectors it learnt on.
    vectors = vectors.astype(np.float16).astype(np.float32)
    if "extra_vectors" in data:
        extra = data["extra_vectors"]
        # Subword vectors may fill only the last columns (beside PPMI ones, which unknown words lack).
        extra = np.pad(extra, ((0, 0), (vectors.shape[1] - extra.shape[1], 0)))
        vectors = np.concatenate([vectors, extra])
    ngrams = data.get("vector_ngrams")
    encs, tags, dom = data["encs"], data["tags"], data["domains"]
    vector_words, train_words, char_list = data["vector_words"], data["train_words"], data["char_list"]
    lm_dim = encs[0]["lm"].shape[1] if "lm" in encs[0] else 0
    if hp["lm_proj"] and not lm_dim:
        raise ValueError("lm_proj needs encodings with language-model states (add_lm_states)")
    net = _make_net(vectors, len(train_words), len(char_list), hp, lm_dim).to(device)
    groups = [{"params": [p for n, p in net.named_parameters() if p.requires_grad and n != "vectors.weight"]}]
    if hp["vector_lr"]:
        groups.append({"params": [net.vectors.weight], "lr": hp["vector_lr"]})
    optim = torch.optim.Adam(groups, lr=hp["lr"])
    sched = torch.optim.lr_scheduler.LambdaLR(optim, lambda e: 1.0 / (1.0 + 0.1 * e))
    aner = DOMAINS.index("aner")
    pool = np.concatenate(
        [np.arange(len(encs))]
        + [
            np.array([k for k in range(len(encs)) if dom[k] == aner], dtype=np.int64)
            for _ in range(hp["aner_repeat"] - 1)
        ]
    )
    for epoch in range(hp["epochs"]):
        started = time.time()
        net.train()
        order = pool[rng.permutation(len(pool))]
        # Length-sorted chunks keep padding (and the CRF's time loop) short.
        batches = []
        for i in range(0, len(order), hp["batch"] * 50):
            chunk = sorted(order[i : i + hp["batch"] * 50], key=lambda k: len(tags[k]))
            batches += [chunk[j : j + hp["batch"]] for j in range(0, len(chunk), hp["batch"])]
        total = 0.0
        for bi in rng.permutation(len(batches)):
            idx = batches[bi]
            bencs = [encs[k] for k in idx]
            if hp["word_dropout"]:
                bencs = [dict(e) for e in bencs]
                for e in bencs:
                    drop = rng.random(len(e["wt"])) < hp["word_dropout"]
                    e["wt"] = np.where(drop, 1, e["wt"])
            batch, lengths, mask, tag_t = _collate(bencs, [tags[k] for k in idx], [dom[k] for k in idx])
            batch = {k: v.to(device) for k, v in batch.items()}
            em = net.emissions(batch, lengths)
            loss = net.nll(em, tag_t.to(device), mask.to(device), lengths)
            optim.zero_grad()
            (loss / len(idx)).backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            optim.step()
            total += float(loss.detach())
        sched.step()
        msg = f"epoch {epoch + 1}: loss {total / len(pool):.3f}, {time.time() - started:.0f} s"
        if dev:
            msg += f", dev F1 {_dev_f1(net, dev[1], dev[0], device):.4f}"
        log(msg)
        own_vectors = with_vectors or bool(hp["vector_lr"])
        own_ngrams = ngrams if with_vectors else None
        export(net, vector_words, train_words, char_list, out_path, own_vectors, own_ngrams)
        if snapshots:
            snap = out_path.with_suffix(f".e{epoch + 1}.npz")
            export(net, vector_words, train_words, char_list, snap, True, ngrams)


def _dev_f1(net, gold: Sequence[Sequence[str]], dev_encs: Sequence[dict], device: str = "cpu") -> float:
    import torch

    from marsad.extract.entities.metrics import score

    net.eval()
    trans, start = net.constrained()
    trans_np, start_np, end_np = (x.detach().cpu().numpy() for x in (trans, start, net.end))
    pred = []
    with torch.no_grad():
        for i in range(0, len(dev_encs), 64):
            chunk = dev_encs[i : i + 64]
            batch, lengths, _, _ = _collate(chunk, None, [0] * len(chunk))
            em = net.emissions({k: v.to(device) for k, v in batch.items()}, lengths).cpu().numpy()
            for k, n in enumerate(lengths.tolist()):
                pred.append(_viterbi(em[k, :n], trans_np, start_np, end_np))
    return score([list(g) for g in gold], pred)["ALL"]["f1"]


def _viterbi(scores: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[str]:
    score = start + scores[0]
    back = []
    for t in range(1, len(scores)):
        cand = score[:, None] + trans
        back.append(cand.argmax(axis=0))
        score = cand.max(axis=0) + scores[t]
    best = [int((score + end).argmax())]
    for ptr in reversed(back):
        best.append(int(ptr[best[-1]]))
    return [TAGS[i] for i in reversed(best)]


def import_state(data, net) -> dict:
    """The inverse of :func:`export`: a torch state dict from the exported arrays (for tests and
    for resuming from a shipped model)."""
    import torch

    def t(name: str):
        return torch.tensor(np.asarray(data[name], dtype=np.float32))

    conv = np.asarray(data["char_conv_w"], dtype=np.float32)  # (3·C) × filters
    filters = conv.shape[1]
    state = dict(net.state_dict())
    state.update(
        {
            "vectors.weight": t("vectors"),
            "word_emb.weight": t("word_emb"),
            "char_emb.weight": t("char_emb"),
            "char_conv.weight": torch.tensor(conv.reshape(3, -1, filters).transpose(2, 1, 0).copy()),
            "char_conv.bias": t("char_conv_b"),
            "lstm.weight_ih_l0": t("lstm_f_ih"),
            "lstm.weight_hh_l0": t("lstm_f_hh"),
            "lstm.bias_ih_l0": t("lstm_f_b"),
            "lstm.bias_hh_l0": torch.zeros_like(t("lstm_f_b")),
            "lstm.weight_ih_l0_reverse": t("lstm_b_ih"),
            "lstm.weight_hh_l0_reverse": t("lstm_b_hh"),
            "lstm.bias_ih_l0_reverse": t("lstm_b_b"),
            "lstm.bias_hh_l0_reverse": torch.zeros_like(t("lstm_b_b")),
            "out.weight": t("out_w"),
            "out.bias": t("out_b"),
            "dom_w": t("dom_w"),
            "dom_b": t("dom_b"),
            "trans": t("trans"),
            "start": t("start"),
            "end": t("end"),
        }
    )
    state.update({f"cats.{k}.weight": t(f"emb_{k}") for k in CATEGORICAL})
    if "lm_proj_w" in data:
        state["lm_proj.weight"], state["lm_proj.bias"] = t("lm_proj_w"), t("lm_proj_b")
    for n in range(len(net.upper)):
        for d, sfx in (("f", ""), ("b", "_reverse")):
            state[f"upper.{n}.weight_ih_l0{sfx}"] = t(f"lstm{n + 2}_{d}_ih")
            state[f"upper.{n}.weight_hh_l0{sfx}"] = t(f"lstm{n + 2}_{d}_hh")
            state[f"upper.{n}.bias_ih_l0{sfx}"] = t(f"lstm{n + 2}_{d}_b")
            state[f"upper.{n}.bias_hh_l0{sfx}"] = torch.zeros_like(t(f"lstm{n + 2}_{d}_b"))
    return state
