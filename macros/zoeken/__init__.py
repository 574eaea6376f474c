"""Site search: the index (index.py), the search worker (werker.py, zoekwerker.js)."""
