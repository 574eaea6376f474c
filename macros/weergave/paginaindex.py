"""Where paragraphs, lists and figures of the document sit in docs/.

Plain Python, no MkDocs imports. The chapter pages mark each numbered heading with an
anchor ``{ #paragraaf-2-2-1 }`` and place data lists with ``{{ lijst("id") }}`` /
``{{ figuur("id") }}``. Scanning the Markdown sources once per build tells every
renderer where to link, so no URL is ever written by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_KOP = re.compile(r"^#{1,6}\s.*\{[^}]*#(?P<anker>(?:paragraaf|bijlage)-[0-9-]+)[^}]*\}\s*$", re.M)
_HOOFDSTUK = re.compile(r"^hoofdstuk-(\d+)/index\.md$")
_MACRO = re.compile(r"\{\{\s*(?P<macro>lijst|figuur)\(\s*[\"'](?P<id>[a-z0-9-]+)[\"']")


def anker_van(paragraaf: str) -> str:
    """'2.2.1' -> 'paragraaf-2-2-1'; 'bijlage-3' stays 'bijlage-3'."""
    if paragraaf.startswith(("bijlage-", "voetnoot-")):
        return paragraaf
    return "paragraaf-" + paragraaf.replace(".", "-")


@dataclass
class PaginaIndex:
    paragrafen: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # anchor -> (page, anchor)
    macros: dict[tuple[str, str], str] = field(default_factory=dict)  # (macro, id) -> page
    dubbel: list[str] = field(default_factory=list)
    citaties: object = None  # verrijking.CitatieIndex, filled in when the knowledge base is known

    def paragraaf(self, paragraaf: str) -> tuple[str, str | None] | None:
        """(page, anchor) of a paragraph, else of its nearest parent that has a page."""
        delen = paragraaf.split(".")
        while delen:
            hit = self.paragrafen.get(anker_van(".".join(delen)))
            if hit:
                return hit
            if paragraaf.startswith(("bijlage-", "voetnoot-")):
                return None
            delen.pop()
        return None


def scan(docs: Path) -> PaginaIndex:
    index = PaginaIndex()
    for pad in sorted(docs.rglob("*.md")):
        pagina = pad.relative_to(docs).as_posix()
        tekst = pad.read_text(encoding="utf-8")
        hoofdstuk = _HOOFDSTUK.match(pagina)
        if hoofdstuk:  # "hoofdstuk 2" is the chapter's first page
            index.paragrafen.setdefault(anker_van(hoofdstuk.group(1)), (pagina, None))
        for m in _KOP.finditer(tekst):
            anker = m.group("anker")
            if anker in index.paragrafen:
                index.dubbel.append(f"{pagina}: #{anker} staat ook op {index.paragrafen[anker][0]}")
            index.paragrafen[anker] = (pagina, anker)
        for m in _MACRO.finditer(tekst):
            index.macros.setdefault((m.group("macro"), m.group("id")), pagina)
    return index
