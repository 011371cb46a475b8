"""The knowledge engine: markdown articles -> chunks -> dense (FAISS) and lexical (BM25) search."""
