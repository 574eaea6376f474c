"""The structure checks of the PDF/UA check that the ``pdfua`` package does not cover, with
pikepdf: empty headings, header cells without scope, elements split at a page break, running
headers and footers that are not artifacts, link descriptions and parents, list items.

``_structuur(data) -> list[Bevinding]`` on a PDF's bytes; the kinds are listed in
``uacontrole``'s docstring. ``Bevinding`` is the one finding type of the whole check.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pikepdf

SPLITSBAAR = {"/Table": "tabel-gesplitst", "/L": "lijst-gesplitst"}
SPLITSBAAR_DEEL = {"/Sect", "/Art", "/Part", "/Div", "/BlockQuote"}
KOPPEN = {f"/H{n}" for n in range(1, 7)}
SCOPES = {"/Column", "/Row", "/Both"}


@dataclass(frozen=True)
class Bevinding:
    soort: str
    pagina: int | None  # 1-based, if known
    melding: str


# ---- structure checks with pikepdf -----------------------------------------------------
class _Boom:
    def __init__(self, pdf: pikepdf.Pdf):
        self.paginanummer = {p.objgen: i for i, p in enumerate(pdf.pages, 1)}
        self.root = pdf.Root.get("/StructTreeRoot")

    def pagina(self, el) -> int | None:
        pg = el.get("/Pg")
        return self.paginanummer.get(pg.objgen) if pg is not None else None

    @staticmethod
    def kinderen(el) -> list:
        k = el.get("/K")
        if k is None:
            return []
        return list(k) if isinstance(k, pikepdf.Array) else [k]

    def elementen(self, el) -> list:
        return [k for k in self.kinderen(el) if isinstance(k, pikepdf.Dictionary) and "/S" in k]

    def paginas_van(self, el) -> list[int]:
        """Pages with content of ``el`` (its own and its descendants'), in order."""
        uit: list[int] = []
        stapel = [(el, self.pagina(el))]
        while stapel:
            node, pg = stapel.pop()
            for k in reversed(self.kinderen(node)):
                if isinstance(k, pikepdf.Dictionary):
                    if "/S" in k:
                        stapel.append((k, self.pagina(k) or pg))
                    elif k.get("/Type") == "/MCR" or k.get("/Type") == "/OBJR":
                        p = self.pagina(k) or pg
                        if p:
                            uit.append(p)
                elif pg:
                    uit.append(pg)
        return uit

    def alle(self):
        """(element, parent) for every element reachable from the root, in order."""
        if self.root is None:
            return
        stapel = [(k, None) for k in reversed(self.elementen(self.root))]
        while stapel:
            el, ouder = stapel.pop()
            yield el, ouder
            stapel.extend((k, el) for k in reversed(self.elementen(el)))

    def heeft_inhoud(self, el) -> bool:
        stapel = [el]
        while stapel:
            node = stapel.pop()
            for k in self.kinderen(node):
                if isinstance(k, pikepdf.Dictionary):
                    if "/S" in k:
                        stapel.append(k)
                    elif k.get("/Type") == "/MCR":
                        return True
                else:
                    return True
        return False


def _mcids_in_inhoud(pdf: pikepdf.Pdf) -> list[tuple[int, int]]:
    """(page number, MCID) of every marked-content sequence with an MCID."""
    uit = []
    for nummer, pagina in enumerate(pdf.pages, 1):
        for operanden, operator in pikepdf.parse_content_stream(pagina, "BDC"):
            if len(operanden) == 2 and isinstance(operanden[1], pikepdf.Dictionary) and "/MCID" in operanden[1]:
                uit.append((nummer, int(operanden[1].MCID)))
    return uit


def _ouderboom(root) -> dict[int, object]:
    """The ParentTree as {key: value} (a number tree: /Nums, possibly in /Kids)."""
    uit: dict[int, object] = {}
    boom = root.get("/ParentTree")
    stapel = [boom] if boom is not None else []
    while stapel:
        node = stapel.pop()
        nums = node.get("/Nums")
        if nums is not None:
            for i in range(0, len(nums), 2):
                uit[int(nums[i])] = nums[i + 1]
        stapel.extend(node.get("/Kids") or [])
    return uit


def _doel(annot) -> str:
    if "/Dest" in annot:
        return str(annot.Dest)
    actie = annot.get("/A")
    if actie is not None and "/URI" in actie:
        return str(actie.URI)
    if actie is not None and "/D" in actie:
        return str(actie.D)
    return ""


def _begint_nieuw(b: _Boom, el) -> bool:
    """Whether ``el`` starts with a heading or a caption (along its first children):
    then it is an element of its own, not the rest of one cut by a page break."""
    while el is not None:
        if str(el.S) in KOPPEN or str(el.S) == "/Caption":
            return True
        kinderen = b.elementen(el)
        el = kinderen[0] if kinderen else None
    return False


def _eerste_kop(b: _Boom, el) -> int | None:
    for kind, _ in _onder(b, el):
        if str(kind.S) in KOPPEN:
            return int(str(kind.S)[2])
    return None


def _onder(b: _Boom, el):
    stapel = list(reversed(b.elementen(el)))
    while stapel:
        kind = stapel.pop()
        yield kind, el
        stapel.extend(reversed(b.elementen(kind)))


def _dieper_vervolg(b: _Boom, vorige, volgende) -> bool:
    """A /Part or /Art (``main``, ``article``) whose next part starts with a deeper
    heading than the first: the rest of the same element (a card's second page)."""
    if str(vorige.S) not in ("/Part", "/Art"):
        return False
    a, z = _eerste_kop(b, vorige), _eerste_kop(b, volgende)
    return a is not None and z is not None and z > a


def _gesplitst(b: _Boom, vorige, volgende, p_v: int, p_w: int) -> list[Bevinding]:
    """A split pair, and inside it the pair (last child, first child) while the
    split goes on: same kind of element on both sides of the page break."""
    uit = []
    while vorige is not None and str(vorige.S) == str(volgende.S):
        rol = str(vorige.S)
        soort = SPLITSBAAR.get(rol) or ("deel-gesplitst" if rol in SPLITSBAAR_DEEL else None)
        if soort:
            uit.append(Bevinding(soort, p_w, f"{rol} loopt door van pagina {p_v}"))
        a, z = b.elementen(vorige), b.elementen(volgende)
        if not a or not z or b.paginas_van(z[0])[:1] != [p_w] or b.paginas_van(a[-1])[-1:] != [p_v]:
            break
        vorige, volgende = a[-1], z[0]
    return uit


def _structuur(data: bytes) -> list[Bevinding]:
    uit: list[Bevinding] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        b = _Boom(pdf)
        if b.root is None:
            return [Bevinding("geen-structuur", None, "geen StructTreeRoot")]
        bereikbaar: set[tuple[int, int]] = set()
        for el, ouder in b.alle():
            bereikbaar.add(el.objgen)
            rol = str(el.S)
            pg = b.pagina(el)
            if rol in KOPPEN and not b.heeft_inhoud(el):
                uit.append(Bevinding("lege-kop", pg, f"lege {rol}"))
            elif rol == "/TH":
                attrs = el.get("/A")
                lijst = list(attrs) if isinstance(attrs, pikepdf.Array) else ([attrs] if attrs is not None else [])
                scopes = {str(a.get("/Scope")) for a in lijst if isinstance(a, pikepdf.Dictionary) and "/Scope" in a}
                if not scopes & SCOPES:
                    uit.append(Bevinding("th-zonder-scope", pg, "kopcel zonder /Scope"))
            elif rol == "/LI":
                rollen = [str(k.S) for k in b.elementen(el)]
                vreemd = [r for r in rollen if r not in ("/Lbl", "/LBody")]
                if rollen.count("/LBody") > 1:
                    vreemd.append("meer dan één LBody")
                if vreemd or len(b.elementen(el)) != len(b.kinderen(el)):
                    uit.append(Bevinding("lijstitem-zonder-lbody", pg, f"LI met {', '.join(vreemd) or 'losse inhoud'}"))
            # splits and split links: look at adjacent siblings
            kinderen = b.elementen(el)
            for vorige, volgende in zip(kinderen, kinderen[1:]):
                rol_v = str(vorige.S)
                if rol_v != str(volgende.S):
                    continue
                if rol_v == "/Link":
                    doelen_v = {_doel(o.Obj) for o in b.kinderen(vorige) if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/OBJR"}
                    doelen_w = {_doel(o.Obj) for o in b.kinderen(volgende) if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/OBJR"}
                    if doelen_v & doelen_w:
                        uit.append(Bevinding("link-gesplitst", b.pagina(volgende), f"twee Links naar {sorted(doelen_v & doelen_w)[0]}"))
                    continue
                if rol_v not in SPLITSBAAR and rol_v not in SPLITSBAAR_DEEL:
                    continue
                p_v, p_w = b.paginas_van(vorige), b.paginas_van(volgende)
                if not p_v or not p_w or p_w[0] != p_v[-1] + 1:
                    continue
                if not _begint_nieuw(b, volgende) or _dieper_vervolg(b, vorige, volgende):
                    uit.extend(_gesplitst(b, vorige, volgende, p_v[-1], p_w[0]))

        # marked content that no reachable element owns
        ouders = _ouderboom(b.root)
        for nummer, mcid in _mcids_in_inhoud(pdf):
            pagina = pdf.pages[nummer - 1]
            sleutel = pagina.obj.get("/StructParents")
            eigenaar = None
            if sleutel is not None and int(sleutel) in ouders:
                rij = ouders[int(sleutel)]
                if isinstance(rij, pikepdf.Array) and mcid < len(rij):
                    eigenaar = rij[mcid]
            if not isinstance(eigenaar, pikepdf.Dictionary) or eigenaar.objgen not in bereikbaar:
                uit.append(Bevinding("kop-voet-geen-artefact", nummer, f"MCID {mcid} hoort bij geen element in de boom"))

        # link annotations
        for nummer, pagina in enumerate(pdf.pages, 1):
            for annot in pagina.obj.get("/Annots") or []:
                if annot.get("/Subtype") != "/Link":
                    continue
                doel = _doel(annot)
                tekst = str(annot.get("/Contents", "")).strip()
                intern = "/Dest" in annot or "/D" in (annot.get("/A") or {})
                if not tekst or (intern and tekst == doel) or tekst.rstrip("/:") in ("https", "http", "mailto"):
                    uit.append(Bevinding("link-beschrijving", nummer, f"link naar {doel!r} beschreven als {tekst!r}"))
                sleutel = annot.get("/StructParent")
                ouder = ouders.get(int(sleutel)) if sleutel is not None else None
                if not isinstance(ouder, pikepdf.Dictionary) or str(ouder.get("/S")) != "/Link" or ouder.objgen not in bereikbaar:
                    rol = str(ouder.get("/S")) if isinstance(ouder, pikepdf.Dictionary) else "niets"
                    uit.append(Bevinding("link-niet-onder-link", nummer, f"link naar {doel!r} hangt onder {rol}"))
    return uit
