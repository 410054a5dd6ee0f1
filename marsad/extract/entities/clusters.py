"""Word clusters learnt from unlabelled Arabic news: the tagger's main lever for recall.

Names unseen in the labelled data still share contexts with seen ones ("قال X", "في X"), so
every word of a large news corpus is mapped to a cluster id at several granularities.
Method (deterministic, minutes on one core): directional ±1/±2 context counts over the most
frequent context words → PPMI → truncated SVD → spherical k-means at 3 sizes.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from marsad.extract.entities.tokenize import token_spans
from marsad.text import normalize

CLUSTER_SIZES = (64, 256, 1024)


def corpus_texts(paths: Iterable[Path], limit_per_file: int | None = None) -> Iterator[str]:
    """Article texts (title + body) from the gzip JSON-lines news corpora."""
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                if limit_per_file is not None and n >= limit_per_file:
                    break
                record = json.loads(line)
                yield (record.get("title") or "") + " .\n" + (record.get("text") or "")


def tokenize_norm(text: str) -> list[str]:
    """Normalised tokens (the keys the tagger looks clusters up by)."""
    return [normalize(text[s:e]) for s, e in token_spans(text)]


def build_vectors(
    texts: Iterable[str], vocab_size: int = 80000, context_size: int = 4000, dims: int = 96, seed: int = 13
) -> tuple[list[str], Counter, np.ndarray]:
    """(vocabulary, corpus counts, unit-length PPMI-SVD word vectors), one row per vocabulary word.

    The same vectors feed the k-means clusters (CRF features) and the neural tagger's frozen
    word embeddings.
    """
    from scipy import sparse
    from sklearn.utils.extmath import randomized_svd

    docs = [tokenize_norm(t) for t in texts]
    counts = Counter(tok for doc in docs for tok in doc)
    vocab = [w for w, c in counts.most_common(vocab_size) if c >= 3]
    index = {w: i for i, w in enumerate(vocab)}
    ctx_index = {w: i for i, w in enumerate(vocab[:context_size])}
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for doc in docs:
        ids = np.array([index.get(t, -1) for t in doc], dtype=np.int64)
        cids = np.array([ctx_index.get(t, -1) for t in doc], dtype=np.int64)
        for slot, offset in enumerate((-2, -1, 1, 2)):
            if len(doc) <= abs(offset):
                continue
            if offset < 0:
                w, c = ids[-offset:], cids[:offset]
            else:
                w, c = ids[:-offset], cids[offset:]
            keep = (w >= 0) & (c >= 0)
            rows.append(w[keep])
            cols.append(c[keep] + slot * context_size)
    del docs
    r = np.concatenate(rows)
    c = np.concatenate(cols)
    matrix = sparse.coo_matrix(
        (np.ones(len(r), dtype=np.float64), (r, c)), shape=(len(vocab), 4 * context_size)
    ).tocsr()
    matrix.sum_duplicates()
    total = matrix.sum()
    row_sum = np.asarray(matrix.sum(axis=1)).ravel()
    col_sum = np.asarray(matrix.sum(axis=0)).ravel() ** 0.75
    col_sum = col_sum / col_sum.sum() * total
    coo = matrix.tocoo()
    pmi = np.log(coo.data * total / (row_sum[coo.row] * col_sum[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=matrix.shape)
    u, s, _ = randomized_svd(ppmi, n_components=dims, random_state=seed, n_iter=4)
    vectors = u * np.sqrt(s)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    return vocab, counts, vectors


def clusters_from_vectors(
    vocab: list[str], counts: Counter, vectors: np.ndarray, seed: int = 13
) -> dict[str, tuple[int, ...]]:
    """Cluster ids per word, one per size in :data:`CLUSTER_SIZES`."""
    from sklearn.cluster import MiniBatchKMeans

    labels = []
    for k in CLUSTER_SIZES:
        km = MiniBatchKMeans(n_clusters=k, random_state=seed, batch_size=4096, n_init=1, max_iter=60)
        labels.append(km.fit_predict(vectors))
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(vocab)} | {
        "__count__" + w: (counts[w],) for w in vocab
    }


def build_clusters(texts: Iterable[str], seed: int = 13) -> dict[str, tuple[int, ...]]:
    """Cluster ids per word, one per size in :data:`CLUSTER_SIZES`."""
    vocab, counts, vectors = build_vectors(texts, seed=seed)
    return clusters_from_vectors(vocab, counts, vectors, seed)


def save_vectors(vocab: list[str], vectors: np.ndarray, path: Path) -> None:
    """Word vectors as float16 (the tagger needs no more precision) plus the word list."""
    np.savez_compressed(path, words=np.array("\n".join(vocab)), vectors=vectors.astype(np.float16))


def load_vectors(path: Path) -> tuple[dict[str, int], np.ndarray]:
    """(word → row, float32 matrix) from :func:`save_vectors` output."""
    with np.load(path) as data:
        words = str(data["words"]).split("\n")
        vectors = data["vectors"].astype(np.float32)
    return {w: i for i, w in enumerate(words)}, vectors


def save_clusters(clusters: dict[str, tuple[int, ...]], path: Path) -> None:
    """One ``word<TAB>count<TAB>id64<TAB>id256<TAB>id1024`` line per word, gzip, sorted for stability."""
    lines = []
    for word in sorted(w for w in clusters if not w.startswith("__count__")):
        count = clusters["__count__" + word][0]
        ids = "\t".join(str(i) for i in clusters[word])
        lines.append(f"{word}\t{count}\t{ids}")
    with gzip.GzipFile(path, "wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))


def load_clusters(path: Path) -> tuple[dict[str, tuple[int, ...]], dict[str, int]]:
    """(word → cluster ids, word → corpus count) from :func:`save_clusters` output."""
    clusters: dict[str, tuple[int, ...]] = {}
    counts: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                continue
            counts[parts[0]] = int(parts[1])
            clusters[parts[0]] = tuple(int(x) for x in parts[2:])
    return clusters, counts
