"""Stage 4, the MkDocs layer: the only package that imports MkDocs (and mkdocs-macros).

What it does: the macros entry point (``main``: registers ``macros.weergave.MACROS``), the hooks
that add generated pages and files and run the other stages at the right build events
(``hooks``, ``hooks_verkleinen``, ``hooks_zoeken``, ``hooks_plichten``), the glue that caches
the knowledge object per build (``mkdocs_glue``), and ``make check`` (``controleer``). May
import every other stage. Nothing imports it. A later port to another generator replaces
this package alone. Hook files are loaded by path, so they use absolute imports.
"""
