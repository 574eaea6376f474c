"""A Markdown field in the two forms the writers need: safe HTML and plain paragraphs.

The Markdown is converted once, by ``macros.weergave.tekst.md_blok`` (raw HTML off). The HTML
goes to the PDF; for DOCX/ODT the same HTML is flattened to plain-text paragraphs:
one per ``<p>``, one per list item (with its bullet or number), links as
"text (url)" when the text is not the address itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from markupsafe import Markup

from macros.weergave.tekst import md_blok

_BLOKKEN = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}


@dataclass(frozen=True)
class Alinea:
    """One plain-text paragraph. ``niveau`` > 0: a list item at that nesting depth."""

    tekst: str
    niveau: int = 0


@dataclass(frozen=True)
class Blok:
    markdown: str
    html: Markup
    alineas: tuple[Alinea, ...]

    def __bool__(self) -> bool:
        return bool(self.alineas)


def blok(markdown: str) -> Blok:
    html = md_blok(markdown or "")
    return Blok(markdown or "", html, _alineas(str(html)))


class _Vlakker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.alineas: list[Alinea] = []
        self._tekst: list[str] = []
        self._lijsten: list[list] = []  # per open list: [tag, next number]
        self._href: list[str | None] = []
        self._linktekst: list[str] = []

    def _sluit(self) -> None:
        tekst = " ".join("".join(self._tekst).split())
        if tekst:
            self.alineas.append(Alinea(tekst, len(self._lijsten)))
        self._tekst = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("ul", "ol"):
            self._sluit()
            start = a.get("start") or "1"
            self._lijsten.append([tag, int(start) if start.isdigit() else 1])
        elif tag == "li":
            self._sluit()
            if self._lijsten:
                lijst = self._lijsten[-1]
                if lijst[0] == "ol":
                    self._tekst.append(f"{lijst[1]}. ")
                    lijst[1] += 1
                else:
                    self._tekst.append("• ")
        elif tag in _BLOKKEN:
            self._sluit()
        elif tag == "br":
            self._tekst.append(" ")
        elif tag == "a":
            self._href.append(a.get("href"))
            self._linktekst = []

    def handle_endtag(self, tag):
        if tag in ("ul", "ol"):
            self._sluit()
            if self._lijsten:
                self._lijsten.pop()
        elif tag in _BLOKKEN:
            self._sluit()
        elif tag == "a" and self._href:
            href = self._href.pop()
            tekst = "".join(self._linktekst).strip()
            if href and href.startswith(("http://", "https://", "mailto:")) and href.removeprefix("mailto:") != tekst:
                self._tekst.append(f" ({href.removeprefix('mailto:')})")

    def handle_data(self, data):
        self._tekst.append(data)
        if self._href:
            self._linktekst.append(data)

    def close(self):
        super().close()
        self._sluit()


def _alineas(html: str) -> tuple[Alinea, ...]:
    vlakker = _Vlakker()
    vlakker.feed(html)
    vlakker.close()
    return tuple(vlakker.alineas)
