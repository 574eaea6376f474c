"""Which words are on the built site: for the rule "no empty result for a word on the site"."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

from tests.zoeken.harness import vouw

WOORD = re.compile(r"[0-9a-z]+")


def woorden(tekst: str) -> list[str]:
    """Folded words of a text ('Financiële middelen' -> ['financiele', 'middelen'])."""
    return WOORD.findall(vouw(tekst))


def paginateksten(site: Path) -> dict[str, str]:
    """Site-relative page path -> visible text of its main content (the <article>),
    folded (lower case, no diacritics). Pages without an article (404) are left out."""
    uit = {}
    for f in sorted(site.rglob("*.html")):
        soep = BeautifulSoup(f.read_text(encoding="utf-8"), "lxml")
        artikel = soep.select_one("article")
        if artikel is None:
            continue
        uit[f.relative_to(site).as_posix()] = vouw(artikel.get_text(" ", strip=True))
    return uit


def woorden_op_site(teksten: dict[str, str]) -> set[str]:
    """Every folded word that occurs on some page."""
    alle: set[str] = set()
    for t in teksten.values():
        alle.update(WOORD.findall(t))
    return alle


def staat_op_site(vraag: str, alle: set[str]) -> bool:
    """True when every word of ``vraag`` (folded: case and diacritics ignored) occurs as a
    whole word on the site, so a search for it must never come back empty."""
    w = woorden(vraag)
    return bool(w) and all(x in alle for x in w)
