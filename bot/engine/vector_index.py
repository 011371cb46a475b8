"""The dense vector index: exact inner-product search for small knowledge bases, an
approximate HNSW graph (FAISS) above a size threshold, and one search function for both.

Vectors are L2-normalised float32 rows (shape (n, dim)), so the inner product is the
cosine similarity. Below `ANN_THRESHOLD` rows every vector is scored exactly (inside
FAISS, in C++); at or above it an HNSW graph answers in roughly logarithmic time with a
recall@10 of >= 0.95 against exact search (benchmarks/bench_scale.py measures it on
100,000 vectors, tests/unit/test_vector_index.py on 20,000)."""

from __future__ import annotations

import os

import faiss
import numpy as np

# Below this many dense units exact search is fast enough (100,000 exact scores take
# ~10 ms on 2 cores) and costs no build time; the bundled knowledge has a few hundred.
ANN_THRESHOLD = 20_000
HNSW_M = 32  # graph neighbours per node: more = better recall, more memory and build time
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 256  # candidate list while searching (raised to k when k is larger)
# One query is searched on one thread: OpenMP's hand-off costs more than it saves for a
# single vector, ten times more on a busy 2-core machine (40 ms vs 4 ms for 10,000 rows).
# Building (many vectors) uses every core. FAISS's thread count is process-wide.
QUERY_THREADS = 1


def build_vector_index(vectors: np.ndarray, threshold: int = ANN_THRESHOLD) -> faiss.Index:
    """An index over `vectors` (float32, shape (n, dim), L2-normalised): IndexFlatIP when
    n < threshold, IndexHNSWFlat (inner product) otherwise."""
    vectors = np.ascontiguousarray(vectors, dtype="float32")
    dim = vectors.shape[1]
    if len(vectors) < threshold:
        index: faiss.Index = faiss.IndexFlatIP(dim)
    else:
        index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    faiss.omp_set_num_threads(os.cpu_count() or 1)
    try:
        index.add(vectors)
    finally:
        faiss.omp_set_num_threads(QUERY_THREADS)
    return index


def is_approximate(index: faiss.Index) -> bool:
    """True for the HNSW graph, False for exact (flat) search."""
    return isinstance(faiss.downcast_index(index), faiss.IndexHNSW)


def search_vectors(index: faiss.Index, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The k best rows per query as (scores, rows), each of shape (len(queries), k), best
    first; rows are -1 where fewer than k exist. k is capped at the index size."""
    k = max(1, min(k, index.ntotal))
    if faiss.omp_get_max_threads() != QUERY_THREADS:
        faiss.omp_set_num_threads(QUERY_THREADS)
    queries = np.ascontiguousarray(queries, dtype="float32")
    if is_approximate(index):
        params = faiss.SearchParametersHNSW()
        params.efSearch = max(HNSW_EF_SEARCH, k)
        return index.search(queries, k, params=params)
    return index.search(queries, k)
