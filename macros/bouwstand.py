"""What the running build leaves out, for pages that must say so.

Set by macros/hooks.py at startup (``mkdocs serve`` and ``SW_PDF=0`` skip the PDFs and
the site zip; their links then point at empty placeholders); read by the downloads
page. Plain module state: one build process, one value.
"""

from __future__ import annotations

#: Why the PDFs and the site zip are not made in this build (Dutch), or None.
pdf_overgeslagen: str | None = None
