"""What the running build leaves out, for pages that must say so.

Set by macros/koppeling/hooks.py (``mkdocs serve`` and ``SW_PDF=0`` skip the PDFs and the site
zip; their links then point at empty placeholders); read by the downloads page and
the macros. Plain module state: one build process, one value. MkDocs loads the hooks
module afresh for every rebuild under ``serve`` (and calls ``on_startup`` only once),
so what must last across rebuilds lives here.
"""

from __future__ import annotations

#: Why the PDFs and the site zip are not made in this build (Dutch), or None.
pdf_overgeslagen: str | None = None

#: True under ``mkdocs serve`` (the preview).
serve: bool = False

#: Under serve, when the data has errors: the errors, shown as the only page of the
#: preview (instead of a build that stops and a browser that waits). None otherwise.
datafouten: "list | None" = None
