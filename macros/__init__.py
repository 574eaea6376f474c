"""Samen Weerbaar's build, as a pipeline of stage packages (each imports only the ones below it).

    koppeling   the MkDocs layer: hooks, the macros entry point, `make check`; the only package
                that imports MkDocs
    uitvoer | zoeken | plichten
                outputs (exports, PDF, downloads, open data, minifying) | site search | a
                government site's duties (feedback route, security.txt, security headers)
    weergave    views: page fragments by subject, templates, labels, places of entities
    inhoud      content: model, loading and validation, Dutch messages, the knowledge object,
                cross-references, citations, change dates

The direction is checked by import-linter (``.importlinter``, ``tests/unit/test_architectuur.py``).
"""
