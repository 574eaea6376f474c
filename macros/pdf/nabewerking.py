"""PDF/UA repairs of WeasyPrint 70's tagged PDF that only a post-processing step can
make (pikepdf). What can be fixed in HTML/CSS is fixed there (``scope`` on header
cells, link texts); this module does the rest, on the finished bytes:

* **split elements merged**: WeasyPrint tags page by page (``pdf/tags.py``), so an
  element that runs over a page break becomes two structure elements (upstream issue
  #2902): a table, a list, a section, a paragraph. Which elements continue is known
  from the layout (``Vervolg``, made by ``vervolg_uit_layout``): the same HTML element
  on both sides of the break. The continuation is merged into the first part; a
  table's header row repeated on the next page becomes an artifact.
* **running headers and footers as artifacts**: WeasyPrint marks the text of page
  margin boxes as ``/Span`` with an MCID but hangs its elements nowhere in the tree;
  every marked-content sequence that no element reachable from the root owns becomes
  ``/Artifact`` (pagination) in the content stream.
* **one /Link per HTML link** with a description: the fragments of a link broken over
  lines or pages are merged into one /Link; every annotation's ``/Contents`` is the
  link text (WeasyPrint writes the target's anchor name).
* **table header scope**: header cells in a header row get ``/Scope /Column``, the
  others ``/Scope /Row`` (as the ``scope`` attributes in the HTML).
* **list items** hold ``/Lbl`` and ``/LBody`` only: other children are wrapped in
  an ``/LBody``.

``verbeter(pdf, layout) -> bytes`` applies all of it. Raises ``NabewerkingFout`` when
the layout and the PDF do not match (a WeasyPrint version that tags differently).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pikepdf
from pikepdf import Array, Dictionary, Name

TAGS = {  # WeasyPrint 70's HTML tag -> structure type (pdf/tags.py _get_pdf_tag)
    "div": "/Div", "span": "/Span", "main": "/Part", "article": "/Art", "section": "/Sect",
    "blockquote": "/BlockQuote", "p": "/P", "dl": "/L", "ul": "/L", "ol": "/L",
    "li": "/LI", "dt": "/LI", "dd": "/LI", "table": "/Table", "tr": "/TR", "th": "/TH",
    "td": "/TD", "thead": "/THead", "tbody": "/TBody", "tfoot": "/TFoot",
    "caption": "/Caption", "figcaption": "/Caption",
    **{f"h{n}": f"/H{n}" for n in range(1, 7)},
}


class NabewerkingFout(RuntimeError):
    """The PDF does not have the shape the layout promises."""


@dataclass
class Layout:
    """What the post-processing needs to know from WeasyPrint's layout.

    ``links[p]``: for page ``p`` (0-based), per link annotation in the order WeasyPrint
    adds them: (text of the HTML link, number of that HTML link in the document).
    ``vervolg[p]``: for the break before page ``p``, the structure types of the
    elements that continue from page ``p - 1``, outermost first.
    """

    links: list[list[tuple[str, int]]] = field(default_factory=list)
    vervolg: list[list[str]] = field(default_factory=list)


def _rol(box) -> str | None:
    tag = getattr(box, "element_tag", None) if getattr(box, "element", None) is not None else None
    if tag is None:
        return "/NonStruct"
    if tag in ("html", "body"):
        return None
    return TAGS.get(tag, "/NonStruct")


def _keten(pagina_box, laatste: bool) -> list[tuple[int, str]]:
    """(id of the HTML element, structure type) of the boxes along the first (or last)
    child chain of a page, outermost first, as WeasyPrint's tagging walks them."""
    from weasyprint.formatting_structure import boxes

    uit = []
    kinderen = [c for c in pagina_box.children if not isinstance(c, boxes.MarginBox)]
    while kinderen:
        box = kinderen[-1] if laatste else kinderen[0]
        if isinstance(box, (boxes.TextBox, boxes.LineBox, boxes.InlineBox, boxes.ReplacedBox)):
            break
        rol = _rol(box)
        if getattr(box, "is_table_wrapper", False):
            # tagged as one /Table: the wrapped table's children take its place
            tabel = box.get_wrapped_table()
            kinderen = [k for c in box.children for k in (c.children if c is tabel else [c])]
            uit.append((id(box.element), "/Table"))
            continue
        if rol:
            uit.append((id(box.element), rol))
        kinderen = list(getattr(box, "children", ()))
    return uit


def linktekst(element) -> str:
    """What a screen reader should say for a link (an lxml ``<a>`` element): its text;
    for a footnote number "voetnoot N"; for a symbol only (the footnote's ↩) where it
    leads; ``aria-label`` wins."""
    if element is None:
        return ""
    if element.get("aria-label"):
        return element.get("aria-label")
    tekst = " ".join("".join(element.itertext()).split())
    klassen = (element.get("class") or "").split()
    if "footnote-ref" in klassen:
        return f"voetnoot {tekst}"
    if "footnote-backref" in klassen:
        return "terug naar de verwijzing naar deze voetnoot in de tekst"
    if not any(c.isalnum() for c in tekst):
        return element.get("title") or tekst
    return tekst


def vervolg_uit_layout(document) -> Layout:
    """The ``Layout`` of a rendered WeasyPrint document (``HTML(...).render()``)."""
    links: list[list[tuple[str, int]]] = []
    nummers: dict[int, int] = {}
    for pagina in document.pages:
        regels = []
        for soort, _doel, _rechthoek, box in pagina.links:
            if soort not in ("internal", "external"):
                continue
            element = box.element
            regels.append((linktekst(element), nummers.setdefault(id(element), len(nummers))))
        links.append(regels)
    vervolg: list[list[str]] = [[]]
    for vorige, pagina in zip(document.pages, document.pages[1:]):
        eind = _keten(vorige._page_box, laatste=True)
        begin = _keten(pagina._page_box, laatste=False)
        doorgaand = []
        for (a, rol_a), (b, rol_b) in zip(eind, begin):
            if a != b or rol_a != rol_b:
                break
            doorgaand.append(rol_a)
        vervolg.append(doorgaand)
    return Layout(links, vervolg)


# ---- the structure tree ----------------------------------------------------------------
def _kinderen(el) -> list:
    k = el.get("/K")
    if k is None:
        return []
    return list(k) if isinstance(k, Array) else [k]


def _is_element(k) -> bool:
    return isinstance(k, Dictionary) and "/S" in k


class _Boom:
    def __init__(self, pdf: pikepdf.Pdf):
        self.pdf = pdf
        self.root = pdf.Root.StructTreeRoot
        self.paginanummer = {p.objgen: i for i, p in enumerate(pdf.pages)}
        nums = self.root.ParentTree.get("/Nums")
        if nums is None:
            raise NabewerkingFout("ParentTree zonder /Nums")
        self.nums = nums
        self.index = {int(nums[i]): i + 1 for i in range(0, len(nums), 2)}
        self.artefacten: dict[int, set[int]] = {}  # page -> MCIDs to turn into artifacts
        self._rijen: dict[int, object] = {}  # page -> its array in the ParentTree

    def pagina(self, el) -> int | None:
        pg = el.get("/Pg")
        return self.paginanummer.get(pg.objgen) if pg is not None else None

    def ouder_rij(self, pagina: int):
        if pagina not in self._rijen:
            sleutel = self.pdf.pages[pagina].obj.get("/StructParents")
            self._rijen[pagina] = self.nums[self.index[int(sleutel)]] if sleutel is not None else None
        return self._rijen[pagina]

    def zet_eigenaar(self, pagina: int, mcid: int, el) -> None:
        rij = self.ouder_rij(pagina)
        if rij is not None and mcid < len(rij):
            rij[mcid] = el

    def elementen(self, el) -> list:
        return [k for k in _kinderen(el) if _is_element(k)]

    def paginas_eerste(self, el) -> int | None:
        """The page of the first content of ``el``."""
        for k in _kinderen(el):
            if _is_element(k):
                p = self.paginas_eerste(k)
                if p is not None:
                    return p
            elif isinstance(k, Dictionary):
                return self.pagina(k) if "/Pg" in k else self.pagina(el)
            else:
                return self.pagina(el)
        return None

    def verplaats(self, van, naar) -> None:
        """Move every child of ``van`` to the end of ``naar`` (same structure type)."""
        pg_van = self.pagina(van)
        nieuw = list(_kinderen(naar))
        for k in _kinderen(van):
            if _is_element(k):
                k.P = naar
                nieuw.append(k)
            elif isinstance(k, Dictionary) and k.get("/Type") == "/OBJR":
                if "/Pg" not in k and van.get("/Pg") is not None:
                    k.Pg = van.Pg
                sleutel = k.Obj.get("/StructParent")
                if sleutel is not None and int(sleutel) in self.index:
                    self.nums[self.index[int(sleutel)]] = naar
                nieuw.append(k)
            elif isinstance(k, Dictionary):  # /MCR
                pg = self.pagina(k) if "/Pg" in k else pg_van
                if "/Pg" not in k:
                    k.Pg = van.Pg
                self.zet_eigenaar(pg, int(k.MCID), naar)
                nieuw.append(k)
            else:  # an MCID on the page of ``van``
                mcr = self.pdf.make_indirect(Dictionary(Type=Name.MCR, Pg=van.Pg, MCID=int(k)))
                self.zet_eigenaar(pg_van, int(k), naar)
                nieuw.append(mcr)
        naar.K = Array(nieuw)
        van.K = Array([])

    def verwijder(self, el) -> None:
        ouder = el.get("/P")
        if ouder is not None and "/K" in ouder:
            ouder.K = Array([k for k in _kinderen(ouder) if not (_is_element(k) and k.objgen == el.objgen)])

    def maak_artefact(self, el) -> None:
        """Take ``el`` out of the tree; its content becomes an artifact."""
        stapel = [el]
        while stapel:
            node = stapel.pop()
            for k in _kinderen(node):
                if _is_element(k):
                    stapel.append(k)
                elif isinstance(k, Dictionary) and k.get("/Type") == "/MCR":
                    self.artefacten.setdefault(self.pagina(k), set()).add(int(k.MCID))
                elif not isinstance(k, Dictionary):
                    self.artefacten.setdefault(self.pagina(node), set()).add(int(k))
        self.verwijder(el)


def _voeg_splitsingen_samen(b: _Boom, layout: Layout) -> None:
    document = b.elementen(b.root)[0]
    for p in range(1, len(b.pdf.pages)):
        rollen = layout.vervolg[p] if p < len(layout.vervolg) else []
        if not rollen:
            continue
        top = b.elementen(document)
        # the first element made on page p, and before it the one that reaches page p - 1
        # (its /Pg may be an earlier page when it was merged with an earlier part)
        i = next((i for i, e in enumerate(top) if b.pagina(e) == p), 0)
        if i == 0:
            continue
        a, z = top[i - 1], top[i]
        for rol in rollen:
            if a is None or z is None or str(a.S) != rol or str(z.S) != rol:
                break
            if rol == "/Table":
                _voeg_tabellen_samen(b, a, z)
                break
            kinderen_a, kinderen_z = b.elementen(a), b.elementen(z)
            b.verplaats(z, a)
            b.verwijder(z)
            a = kinderen_a[-1] if kinderen_a else None
            z = kinderen_z[0] if kinderen_z else None


def _voeg_tabellen_samen(b: _Boom, a, z) -> None:
    """Merge table ``z`` (the continuation) into ``a``: a repeated header row group
    becomes an artifact, the body row groups become one."""
    delen_a, delen_z = b.elementen(a), b.elementen(z)
    if delen_z and str(delen_z[0].S) == "/THead" and any(str(d.S) == "/THead" for d in delen_a):
        b.maak_artefact(delen_z[0])
        delen_z = delen_z[1:]
    if delen_a and delen_z and str(delen_a[-1].S) == str(delen_z[0].S) == "/TBody":
        b.verplaats(delen_z[0], delen_a[-1])
        b.verwijder(delen_z[0])
    b.verplaats(z, a)
    b.verwijder(z)


def _annotaties(pdf: pikepdf.Pdf):
    for p, pagina in enumerate(pdf.pages):
        yield p, [a for a in (pagina.obj.get("/Annots") or []) if a.get("/Subtype") == "/Link"]


def _links(b: _Boom, layout: Layout) -> None:
    eerste: dict[int, object] = {}  # number of the HTML link -> its first /Link element
    for p, annots in _annotaties(b.pdf):
        regels = layout.links[p] if p < len(layout.links) else []
        if len(regels) != len(annots):
            raise NabewerkingFout(f"pagina {p + 1}: {len(annots)} linkannotaties, layout zegt {len(regels)}")
        for annot, (tekst, nummer) in zip(annots, regels):
            annot.Contents = pikepdf.String(tekst)
            sleutel = annot.get("/StructParent")
            if sleutel is None or int(sleutel) not in b.index:
                continue
            el = b.nums[b.index[int(sleutel)]]
            if not _is_element(el):
                continue
            if str(el.S) != "/Link":
                # WeasyPrint hung it under another element: give it a /Link of its own
                link = b.pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Link, P=el, Pg=b.pdf.pages[p].obj, K=Array([])))
                objr = next(k for k in _kinderen(el) if isinstance(k, Dictionary) and k.get("/Type") == "/OBJR" and k.Obj.objgen == annot.objgen)
                el.K = Array([link if (isinstance(k, Dictionary) and k.objgen == objr.objgen) else k for k in _kinderen(el)])
                link.K = Array([objr])
                b.nums[b.index[int(sleutel)]] = link
                el = link
            if nummer in eerste and eerste[nummer].objgen != el.objgen:
                b.verplaats(el, eerste[nummer])
                b.verwijder(el)
            else:
                eerste.setdefault(nummer, el)


def _scope(b: _Boom) -> None:
    stapel = [(k, None) for k in b.elementen(b.root)]
    while stapel:
        el, groep = stapel.pop()
        rol = str(el.S)
        if rol in ("/THead", "/TBody", "/TFoot"):
            groep = rol
        if rol == "/TH":
            scope = Name.Column if groep == "/THead" else Name.Row
            attrs = el.get("/A")
            if isinstance(attrs, Dictionary):
                attrs.Scope = scope
            else:
                el.A = Dictionary(O=Name.Table, Scope=scope)
        stapel.extend((k, groep) for k in b.elementen(el))


def _lijstitems(b: _Boom) -> None:
    stapel = list(b.elementen(b.root))
    while stapel:
        el = stapel.pop()
        stapel.extend(b.elementen(el))
        if str(el.S) != "/LI":
            continue
        kinderen = _kinderen(el)
        if all(_is_element(k) and str(k.S) in ("/Lbl", "/LBody") for k in kinderen):
            _een_lbody(b, el)
            continue
        nieuw, romp = [], None
        for k in kinderen:
            if _is_element(k) and str(k.S) in ("/Lbl", "/LBody"):
                nieuw.append(k)
                romp = None
                continue
            if romp is None:
                romp = b.pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.LBody, P=el, K=Array([])))
                if "/Pg" in el:
                    romp.Pg = el.Pg
                nieuw.append(romp)
            if _is_element(k):
                k.P = romp
                romp.K.append(k)
            elif isinstance(k, Dictionary):
                if k.get("/Type") == "/MCR":
                    b.zet_eigenaar(b.pagina(k), int(k.MCID), romp)
                romp.K.append(k)
            else:
                b.zet_eigenaar(b.pagina(el), int(k), romp)
                romp.K.append(k)
        el.K = Array(nieuw)
        _een_lbody(b, el)


def _een_lbody(b: _Boom, li) -> None:
    """One /LBody per list item: the parts of an item cut by a page break, or wrapped
    separately, go into the first."""
    lichamen = [k for k in b.elementen(li) if str(k.S) == "/LBody"]
    for deel in lichamen[1:]:
        b.verplaats(deel, lichamen[0])
        b.verwijder(deel)


def _bereikbaar(b: _Boom) -> set:
    uit = set()
    stapel = list(b.elementen(b.root))
    while stapel:
        el = stapel.pop()
        uit.add(el.objgen)
        stapel.extend(b.elementen(el))
    return uit


def _artefacten(b: _Boom) -> None:
    """Marked content owned by no reachable element becomes /Artifact."""
    bereikbaar = _bereikbaar(b)
    for p in range(len(b.pdf.pages)):
        rij = b.ouder_rij(p)
        weg = set(b.artefacten.get(p, ()))
        if rij is not None:
            for mcid, el in enumerate(rij):
                if not _is_element(el) or el.objgen not in bereikbaar:
                    weg.add(mcid)
        if not weg:
            continue
        pagina = b.pdf.pages[p]
        instructies = pikepdf.parse_content_stream(pagina)
        veranderd = False
        for i, (operanden, operator) in enumerate(instructies):
            if str(operator) == "BDC" and len(operanden) == 2 and isinstance(operanden[1], Dictionary) \
                    and "/MCID" in operanden[1] and int(operanden[1].MCID) in weg:
                instructies[i] = pikepdf.ContentStreamInstruction(
                    [Name.Artifact, Dictionary(Type=Name.Pagination)], pikepdf.Operator("BDC"))
                veranderd = True
        if veranderd:
            pagina.obj.Contents = b.pdf.make_stream(pikepdf.unparse_content_stream(instructies))
        if rij is not None:
            for mcid in weg:
                if mcid < len(rij):
                    rij[mcid] = pikepdf.Object.parse(b"null")


def verbeter(pdf: bytes, layout: Layout) -> bytes:
    """The repaired PDF (see the module docstring)."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        if "/StructTreeRoot" not in doc.Root:
            raise NabewerkingFout("PDF zonder tagstructuur")
        b = _Boom(doc)
        _voeg_splitsingen_samen(b, layout)
        _links(b, layout)
        _scope(b)
        _lijstitems(b)
        _artefacten(b)
        # The file identifier comes from the finished content (qpdf's deterministic ID,
        # both halves): the same document gives the same bytes, whatever whitespace or
        # minification its HTML had.
        if "/ID" in doc.trailer:
            del doc.trailer.ID
        uit = io.BytesIO()
        doc.save(uit, deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve)
        return uit.getvalue()
