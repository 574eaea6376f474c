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

import pikepdf
from pikepdf import Array, Dictionary, Name

from .layout import Layout, NabewerkingFout, linktekst  # noqa: F401  (linktekst: part of this module's API)
from .structuurboom import _Boom, _is_element, _kinderen


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
                # by position: a direct /OBJR or /MCR has objgen (0, 0), so objgen cannot tell them apart
                kinderen = _kinderen(el)
                i = next(i for i, k in enumerate(kinderen)
                         if isinstance(k, Dictionary) and k.get("/Type") == "/OBJR" and k.Obj.objgen == annot.objgen)
                link.K = Array([kinderen[i]])
                kinderen[i] = link
                el.K = Array(kinderen)
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
