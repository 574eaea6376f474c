"""The tagged PDF's structure tree as the post-processing edits it (pikepdf objects).

``_Boom(pdf)`` indexes the tree once (parents, kids, marked-content owners per page) so the
repairs in ``nabewerking`` can move, merge and re-parent elements; private to this package.
"""

from __future__ import annotations

import pikepdf
from pikepdf import Array, Dictionary, Name

from .layout import NabewerkingFout


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
