"""Stage 3b, site search: the index and the search worker behind Material's search UI.

What it does: one index entry per heading of the built pages, parsed with a real HTML parser
(``index``), and the worker script bundled from ``zoekwerker.js`` with the vendored MiniSearch
and Dutch Snowball stemmer (``werker``, ``vendor/``). May import: ``macros.inhoud``,
``macros.weergave``, bs4, rjsmin. Must not import: outputs, duties, the MkDocs layer or MkDocs.
"""
