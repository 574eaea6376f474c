"""The language of a passage in the PDF's tags (PDF/UA, WCAG 3.1.2): an element with a
``lang`` attribute in the print HTML (an English title: ``<span lang="en">``) gets ``/Lang``
on its structure element, so a screen reader reads it in that language.

WeasyPrint 70 writes the document language (``/Lang`` of the catalog, from ``<html lang>``)
but drops ``lang`` on other elements; it has no option for it. While ``talen_in_tags()`` is
active, its tag builder (``weasyprint.pdf.tags._build_box_tree``, a generator that yields
the structure elements of a box) is wrapped: the element made for a box whose HTML element
has ``lang`` gets ``/Lang`` (children yielded for ``html``/``body``, which get no element of
their own, are left alone). Part of the PDF recipe: the cache key (weasy._sleutel) hashes
this file.
"""

from __future__ import annotations

import contextlib


@contextlib.contextmanager
def talen_in_tags():
    import pydyf
    from weasyprint.pdf import tags

    origineel = tags._build_box_tree

    def met_taal(box, parent, pdf, *rest):
        element = getattr(box, "_box", box).element  # AbsolutePlaceholder wraps its box
        taal = element.get("lang") if element is not None and getattr(box, "element_tag", None) not in ("html", "body") else None
        for struct in origineel(box, parent, pdf, *rest):
            if taal and struct.get("P") == parent.reference and "Lang" not in struct:
                struct["Lang"] = pydyf.String(taal)
            yield struct

    tags._build_box_tree = met_taal
    try:
        yield
    finally:
        tags._build_box_tree = origineel
