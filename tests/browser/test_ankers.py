"""Every link target of the site lands in sight, below the sticky header.

The targets are read from the built pages: every id that a link on any page points to
(footnotes and their back-links ↩, heading permalinks ¶, the table of contents,
glossary terms, citations, cross-references between pages) and every heading's id.
Each page is opened once per screen size; for each of its targets the fragment is set
as a user's click sets it (``location.hash``), and the target's box must start at or
below the bottom of the header and above the bottom of the window. The theme's
``:target { scroll-margin-top }`` rule is what makes this hold; a minifier that changed
``.md-typeset :target`` into ``.md-typeset:target`` (an earlier fault) fails this test.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.browser.conftest import geen_animatie
from tests.browser.test_toegankelijkheid import SCHERMEN, alle_paginas

BASIS = "http://site.invalid/"

# In-page check of a list of ids: set the fragment, let the browser scroll (two frames),
# measure. Returns one line per target that is not in sight.
LANDT = """async ([ids, gelinkt]) => {
  const kop = document.querySelector(".md-header");
  const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const fout = [];
  let gemeten = 0;
  for (const id of ids) {
    const doel = document.getElementById(id);
    if (!doel) { fout.push(id + ": bestaat niet"); continue; }
    location.hash = "#" + encodeURIComponent(id);
    await frame();
    const r = doel.getBoundingClientRect();
    if (!doel.checkVisibility()) {  // not rendered (e.g. a part of a tool that is switched off)
      if (gelinkt.includes(id)) fout.push(id + ": een link wijst hierheen, maar het is niet zichtbaar");
      continue;
    }
    const onder = kop.getBoundingClientRect().bottom;
    gemeten++;
    if (r.top < onder - 1 || r.top >= innerHeight) {
      fout.push(`${id}: bovenkant op ${Math.round(r.top)} px, kop eindigt op ${Math.round(onder)} px, venster ${innerHeight} px`);
    }
  }
  return {fout, gemeten};
}"""


def link_doelen(site: Path) -> dict[str, dict[str, bool]]:
    """page (site-relative path) -> {id: whether a link points to it} for the ids that are a
    link target on that page: every ``href`` with a fragment on any page that resolves to a
    built page, plus every heading's id. Theme controls (``#__drawer`` and the like) are not
    content targets."""
    doelen: dict[str, dict[str, bool]] = defaultdict(dict)
    paginas = set(alle_paginas(site))
    for pagina in paginas:
        soep = BeautifulSoup((site / pagina).read_text(encoding="utf-8"), "html.parser")
        for kop in soep.select("article :is(h1, h2, h3, h4, h5, h6)[id]"):
            doelen[pagina].setdefault(kop["id"], False)
        for a in soep.find_all("a", href=True):
            deel = urlsplit(urljoin(BASIS + pagina, a["href"]))
            if not deel.fragment or deel.netloc != "site.invalid":
                continue
            doel_pagina, anker = unquote(deel.path.lstrip("/")), unquote(deel.fragment)
            if doel_pagina in paginas and not anker.startswith("__"):
                doelen[doel_pagina][anker] = True
    return doelen


@pytest.fixture(scope="module")
def doelen(site) -> dict[str, dict[str, bool]]:
    return link_doelen(site)


def test_de_verzameling_doelen_is_compleet(doelen):
    """The walk below covers what the issue named: footnotes and back-links, headings and
    glossary terms (so an empty walk cannot pass)."""
    alle = {(p, i) for p, ids in doelen.items() for i in ids}
    assert any(i.startswith("fn:") for _, i in alle) and any(i.startswith("fnref") for _, i in alle)
    assert any(p == "begrippen.html" for p, _ in alle)
    assert ("hoofdstuk-1/doelstelling.html", "fnref:2") in alle


@pytest.mark.parametrize("scherm", list(SCHERMEN))
def test_elk_linkdoel_landt_zichtbaar_onder_de_kop(browser, server, doelen, scherm):
    context = browser.new_context(locale="nl-NL", **SCHERMEN[scherm])
    page = context.new_page()
    fouten: list[str] = []
    gemeten = 0
    try:
        for pagina in sorted(doelen):
            page.goto(f"{server}/{pagina}")
            geen_animatie(page)
            ids = doelen[pagina]
            uitslag = page.evaluate(LANDT, [sorted(ids), sorted(i for i, gelinkt in ids.items() if gelinkt)])
            gemeten += uitslag["gemeten"]
            fouten += [f"{pagina}#{regel}" for regel in uitslag["fout"]]
    finally:
        context.close()
    # most targets are measured (only parts of tools that are switched off are skipped)
    assert gemeten >= 0.9 * sum(map(len, doelen.values()))
    assert not fouten, f"{len(fouten)} van {gemeten + len(fouten)} linkdoelen niet in beeld ({scherm}):\n" + "\n".join(fouten[:40])
