"""Print HTML -> tagged, deterministic PDF with WeasyPrint, and the checks around it.

The same recipe as the help-question PDF (macros/uitvoer/exports/naar_pdf.py):
``pdf_variant="pdf/ua-1"``, fixed creation/modification dates through ``dcterms``
meta elements, and a file identifier derived from the finished content (after the
PDF/UA post-processing, ``nabewerking.py``), so the same document gives the same
bytes. On top of that, for documents assembled from site pages:

* resources load only from files inside one folder (the built site): no request
  leaves the machine, and a missing image stops the build;
* every internal link must land on an anchor in the document;
* no box may stick out of the right edge of the page area (tables, long URLs);
* an optional cache folder: the same HTML (and the same local images, font files,
  WeasyPrint, pydyf and pikepdf versions and post-processing code) gives the same bytes, so they are reused instead of being
  laid out again (a 130-page document takes WeasyPrint 15–25 s of CPU).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from macros.uitvoer.drukbasis import css_tekst  # noqa: F401  (shared with the hulpvragen PDF)
from . import lettertypen

TOLERANTIE_PX = 1.0  # rounding in WeasyPrint's layout
CACHE_BEWAAR = 40  # PDFs kept in the cache folder (newest first)


class PdfFout(RuntimeError):
    """The PDF could not be made as promised (missing anchor, overflow, resource)."""


@dataclass(frozen=True)
class Resultaat:
    pdf: bytes
    paginas: int
    als_tekst: tuple[str, ...] = ()  # links that became plain text (target not in the PDF)
    uit_cache: bool = False


def _ophaler(map_: Path):
    """A WeasyPrint URL fetcher that only reads files inside ``map_``."""
    from weasyprint.urls import URLFetcher

    grens = map_.resolve()

    class AlleenLokaal(URLFetcher):
        def __init__(self) -> None:
            super().__init__(allowed_protocols={"file", "data"}, fail_on_errors=True)

        def fetch(self, url, headers=None):
            if url.startswith("file:"):
                pad = Path(unquote(urlsplit(url).path)).resolve()
                if grens not in pad.parents:
                    raise ValueError(f"bestand buiten {grens}: {url}")
            return super().fetch(url, headers)

    return AlleenLokaal()


def _controleer_ankers(document) -> list[str]:
    ankers = {naam for pagina in document.pages for naam in pagina.anchors}
    fouten = []
    for nummer, pagina in enumerate(document.pages, 1):
        for soort, doel, *_ in pagina.links:
            if soort == "internal" and doel not in ankers:
                fouten.append(f"pagina {nummer}: link naar #{doel}, dat anker bestaat niet")
    return fouten


def _beschrijf(box) -> str:
    element = getattr(box, "element", None)
    tag = getattr(box, "element_tag", "?")
    tekst = " ".join("".join(element.itertext()).split())[:60] if element is not None else ""
    return f"<{tag}> {tekst!r}"


def _controleer_breedte(document) -> list[str]:
    """Boxes whose right edge lies beyond the page's content area."""
    from weasyprint.formatting_structure import boxes

    fouten: list[str] = []
    for nummer, pagina in enumerate(document.pages, 1):
        pagina_box = pagina._page_box
        rechts = pagina_box.content_box_x() + pagina_box.width + TOLERANTIE_PX
        stapel = [c for c in pagina_box.children if not isinstance(c, boxes.MarginBox)]
        while stapel:
            box = stapel.pop()
            if isinstance(box, boxes.LineBox):  # as wide as its block: measure what is on it
                eind = max((c.position_x + c.margin_width() for c in box.children), default=0)
            elif isinstance(box, (boxes.BlockLevelBox, boxes.ReplacedBox)):
                eind = box.position_x + box.margin_width()
            else:
                eind = 0
            if eind > rechts:
                fouten.append(f"pagina {nummer}: {_beschrijf(box)} steekt {eind - rechts:.0f}px buiten de pagina")
                break  # one message per page is enough to find it
            stapel.extend(getattr(box, "children", ()))
    return fouten


ZLIB_NIVEAU = 6  # pydyf compresses with level 9: ~7x the CPU time for a file ~4 % smaller


@contextlib.contextmanager
def _snelle_pydyf():
    """Make pydyf's writing cheaper while ``write_pdf`` runs; the PDF stays the same
    apart from the compression level of its streams.

    * pydyf rebuilds the tuple of all page references on every access, and WeasyPrint's
      tagging asks for it once per tagged element: quadratic, seconds for a long
      document. Answer from a copy that is renewed whenever a page is added.
    * With a file identifier, ``PDF.write`` serialises (and compresses) every object a
      second time to hash it. Inside ``write`` nothing changes any more, so each
      object's bytes are kept and reused (same bytes, half the work).
    * Streams are compressed with zlib level ``ZLIB_NIVEAU`` instead of 9.
    """
    import zlib

    import pydyf

    origineel_refs = pydyf.PDF.page_references
    origineel_write = pydyf.PDF.write
    klassen = (pydyf.Dictionary, pydyf.Array, pydyf.Stream)
    origineel_data = {k: k.__dict__["data"] for k in klassen}
    onthouden: dict = {}
    # id(object) -> (object, bytes), only during PDF.write; holding the object keeps
    # its id from being reused by a temporary object.
    bewaard: dict[int, tuple] = {}
    schrijvend = [False]

    def page_references(pdf):
        sleutel = (id(pdf), len(pdf.pages["Kids"]))
        if onthouden.get("sleutel") != sleutel:
            onthouden["sleutel"], onthouden["waarde"] = sleutel, origineel_refs.fget(pdf)
        return onthouden["waarde"]

    def stream_data(stream):  # pydyf 0.13 Stream.data, with another zlib level
        inhoud = b"\n".join(pydyf._to_bytes(item) for item in stream.stream)
        extra = pydyf.Dictionary(stream.extra.copy())
        if stream.compress:
            extra["Filter"] = "/FlateDecode"
            inhoud = zlib.compress(inhoud, ZLIB_NIVEAU)
        extra["Length"] = len(inhoud)
        return b"\n".join((extra.data, b"stream", inhoud, b"endstream"))

    def onthoud(maak):
        def data(obj):
            if not schrijvend[0]:
                return maak(obj)
            treffer = bewaard.get(id(obj))
            if treffer is None:
                treffer = bewaard[id(obj)] = (obj, maak(obj))
            return treffer[1]

        return property(data)

    def write(pdf, *args, **kwargs):
        schrijvend[0] = True
        try:
            return origineel_write(pdf, *args, **kwargs)
        finally:
            schrijvend[0] = False
            bewaard.clear()

    pydyf.PDF.page_references = property(page_references)
    pydyf.PDF.write = write
    for k in klassen:
        k.data = onthoud(stream_data if k is pydyf.Stream else origineel_data[k].fget)
    try:
        yield
    finally:
        pydyf.PDF.page_references = origineel_refs
        pydyf.PDF.write = origineel_write
        for k in klassen:
            k.data = origineel_data[k]


_SRC = re.compile(r'\ssrc="([^"#?]+)')


def _sleutel(html: str, map_: Path) -> str:
    import pydyf
    import weasyprint

    import pikepdf

    from . import layout, nabewerking, structuurboom

    from .lettertypen import vingerafdruk

    h = hashlib.sha256(
        f"weasyprint {weasyprint.__version__} pydyf {pydyf.__version__} pikepdf {pikepdf.__version__} zlib {ZLIB_NIVEAU}\n".encode()
    )
    h.update(vingerafdruk().encode())  # the same HTML in other font files is another PDF
    for deel in (layout, structuurboom, nabewerking):  # the post-processing is part of the recipe
        h.update(Path(deel.__file__).read_bytes())
    h.update(html.encode("utf-8"))
    for src in sorted(set(_SRC.findall(html))):
        pad = map_ / unquote(src)
        if not urlsplit(src).scheme and pad.is_file():
            h.update(src.encode() + b"\0" + pad.read_bytes())
    return h.hexdigest()


def _uit_cache(cache: Path, sleutel: str) -> Resultaat | None:
    for pad in cache.glob(f"{sleutel}-*.pdf"):
        with contextlib.suppress(OSError, ValueError):
            pdf = pad.read_bytes()
            os.utime(pad)  # recently used: kept longest
            return Resultaat(pdf, int(pad.stem.rsplit("-", 1)[1]), uit_cache=True)
    return None


def _in_cache(cache: Path, sleutel: str, resultaat: Resultaat) -> None:
    with contextlib.suppress(OSError):
        cache.mkdir(parents=True, exist_ok=True)
        tijdelijk = cache / f"{sleutel}.tmp{os.getpid()}"
        tijdelijk.write_bytes(resultaat.pdf)
        tijdelijk.replace(cache / f"{sleutel}-{resultaat.paginas}.pdf")
        oud = sorted(cache.glob("*.pdf"), key=lambda p: p.stat().st_mtime, reverse=True)[CACHE_BEWAAR:]
        for pad in oud:
            pad.unlink(missing_ok=True)


def controleer_lettertypen() -> None:
    """Raises ``PdfFout`` (Dutch, names the Debian package) when a font the PDF stylesheets
    ask for is not installed, instead of laying out in a fallback font."""
    try:
        lettertypen.controleer()
    except lettertypen.LettertypeFout as e:
        raise PdfFout(str(e)) from None


def schrijf_getagd(document, opties: dict) -> bytes:
    """Write a rendered WeasyPrint document as PDF and repair its tags
    (``nabewerking.verbeter``): the one way every PDF of the site is written."""
    from .layout import vervolg_uit_layout
    from .nabewerking import verbeter

    layout = vervolg_uit_layout(document)
    with _snelle_pydyf():
        ruw = document.write_pdf(**opties)
    return verbeter(ruw, layout)


def schrijf_pdf(html: str, map_: Path, cache: Path | None = None) -> Resultaat:
    """Render ``html`` (relative URLs resolve inside ``map_``) to tagged PDF/UA-1 bytes.

    Raises ``PdfFout`` when an internal link has no target or content overflows
    the page width. With ``cache``, an identical earlier result is reused.
    """
    controleer_lettertypen()
    sleutel = _sleutel(html, map_) if cache else ""
    if cache and (bewaard := _uit_cache(cache, sleutel)):
        return bewaard

    from weasyprint import HTML  # imported late: heavy, and only needed for PDF

    kenmerk = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")
    opties = {"pdf_variant": "pdf/ua-1", "pdf_identifier": kenmerk}
    document = HTML(string=html, base_url=str(map_.resolve()) + "/", url_fetcher=_ophaler(map_)).render(**opties)
    fouten = _controleer_ankers(document) + _controleer_breedte(document)
    if fouten:
        raise PdfFout("\n  ".join(["PDF niet gemaakt:"] + fouten[:20]))
    resultaat = Resultaat(schrijf_getagd(document, opties), len(document.pages))
    if cache:
        _in_cache(cache, sleutel, resultaat)
    return resultaat
