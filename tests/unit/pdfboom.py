"""Tiny tagged PDFs built with pikepdf, element by element, for the unit tests of the PDF/UA
checks and the structure-tree edits (tests/unit/test_pdf_uastructuur.py,
test_pdf_structuurboom.py). No WeasyPrint: a PDF takes milliseconds.

A tree is written as ``E(role, *kids, **extra)``; a kid is an element, a page number
(marked content on that page, as an /MCR), ``Mcid(p)`` (a bare MCID number; the element
gets ``/Pg`` p), ``Mcr(p, pg=False)`` (an /MCR without /Pg) or ``Link(...)`` (a link
annotation and its /OBJR). Every MCID gets its owner in the ParentTree (key p - 1 for
page p; links from 100), and every page's content stream holds one marked-content
sequence per MCID, so a correct tree gives no finding at all.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pikepdf
from pikepdf import Array, Dictionary, Name


@dataclass
class E:
    rol: str
    kinderen: tuple
    extra: dict

    def __init__(self, rol, *kinderen, **extra):
        self.rol, self.kinderen, self.extra = rol, kinderen, extra


@dataclass
class Mcid:
    pagina: int


@dataclass
class Mcr:
    pagina: int
    pg: bool = True


@dataclass
class Link:
    pagina: int
    uri: str | None = None
    dest: str | None = None
    goto: str | None = None
    contents: str | None = None
    ouder: bool = True  # with a /StructParent


@dataclass
class _Bouw:
    pdf: pikepdf.Pdf
    eigenaars: dict = field(default_factory=dict)  # page -> [owner per MCID]
    annots: list = field(default_factory=list)  # (page, annot, parent element or None)
    extra_mcids: dict = field(default_factory=dict)  # page -> MCIDs in the content without owner

    def mcid(self, p: int, el) -> int:
        rij = self.eigenaars.setdefault(p, [])
        rij.append(el)
        return len(rij) - 1

    def element(self, spec: E, ouder):
        el = self.pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name(spec.rol), P=ouder, K=Array()))
        if "pg" in spec.extra:
            el.Pg = self.pdf.pages[spec.extra["pg"] - 1].obj
        if "a" in spec.extra:
            el.A = spec.extra["a"]
        for k in spec.kinderen:
            if isinstance(k, E):
                el.K.append(self.element(k, el))
            elif isinstance(k, int):
                el.K.append(Dictionary(Type=Name.MCR, Pg=self.pdf.pages[k - 1].obj, MCID=self.mcid(k, el)))
            elif isinstance(k, Mcid):
                el.Pg = self.pdf.pages[k.pagina - 1].obj
                el.K.append(self.mcid(k.pagina, el))
            elif isinstance(k, Mcr):
                mcr = Dictionary(Type=Name.MCR, MCID=self.mcid(k.pagina, el))
                if k.pg:
                    mcr.Pg = self.pdf.pages[k.pagina - 1].obj
                el.K.append(mcr)
            else:
                el.K.append(self.link(k, el))
        return el

    def link(self, k: Link, el):
        annot = self.pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array([0, 0, 10, 10])))
        if k.uri is not None:
            annot.A = Dictionary(S=Name.URI, URI=pikepdf.String(k.uri))
        if k.goto is not None:
            annot.A = Dictionary(S=Name.GoTo, D=pikepdf.String(k.goto))
        if k.dest is not None:
            annot.Dest = pikepdf.String(k.dest)
        if k.contents is not None:
            annot.Contents = pikepdf.String(k.contents)
        self.annots.append((k.pagina, annot, el if k.ouder else None))
        return Dictionary(Type=Name.OBJR, Obj=annot, Pg=self.pdf.pages[k.pagina - 1].obj)


def maak(*boom: E, paginas: int = 2, zonder_eigenaar: dict | None = None, kids: bool = False,
         zonder_structparents: tuple = ()) -> bytes:
    """A PDF of ``paginas`` pages whose /Document element holds ``boom``. ``zonder_eigenaar``:
    {page: n} extra marked-content sequences no element owns (an untagged running header);
    ``kids``: the ParentTree as a number tree with /Kids instead of one /Nums."""
    pdf = pikepdf.new()
    for _ in range(paginas):
        pdf.add_blank_page(page_size=(200, 200))
    b = _Bouw(pdf)
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    document = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Document, P=root, K=Array()))
    for spec in boom:
        document.K.append(b.element(spec, document))
    root.K = document
    pdf.Root.StructTreeRoot = root
    nums = []
    for p in range(1, paginas + 1):
        rij = b.eigenaars.get(p, [])
        n = len(rij) + (zonder_eigenaar or {}).get(p, 0)
        stroom = b"".join(b"/P <</MCID %d>> BDC 0 0 m EMC\n" % i for i in range(n))
        pagina = pdf.pages[p - 1]
        pagina.obj.Contents = pdf.make_stream(stroom)
        if p not in zonder_structparents:
            pagina.obj.StructParents = p - 1
        nums += [p - 1, pdf.make_indirect(Array(rij))]
    for i, (p, annot, el) in enumerate(b.annots):
        pagina = pdf.pages[p - 1].obj
        if "/Annots" not in pagina:
            pagina.Annots = Array()
        pagina.Annots.append(annot)
        if el is not None:
            annot.StructParent = 100 + i
            nums += [100 + i, el]
    if kids:  # two leaves: the pages, then the annotations
        helft = 2 * paginas
        root.ParentTree = Dictionary(Kids=Array([Dictionary(Nums=Array(nums[:helft])),
                                                 Dictionary(Kids=Array([Dictionary(Nums=Array(nums[helft:]))]))]))
    else:
        root.ParentTree = Dictionary(Nums=Array(nums))
    uit = io.BytesIO()
    pdf.save(uit)
    return uit.getvalue()


def in_volgorde(el, rol: str | None = None) -> list:
    """The elements under ``el`` in reading order (depth first), optionally only ``rol``."""
    uit = []
    k = el.get("/K")
    for kind in (list(k) if isinstance(k, Array) else ([k] if k is not None else [])):
        if isinstance(kind, Dictionary) and "/S" in kind:
            if rol is None or str(kind.S) == rol:
                uit.append(kind)
            uit.extend(in_volgorde(kind, rol))
    return uit
