"""Every page printed to A4: nothing past the right edge, nothing cut off by a scroll box, and
every typed note on paper in full.

The page box is A4 minus the @page margins of docs/stylesheets/print.css (read from that
file), at 96 CSS px per inch: the width Chromium lays a printed page out at. Each page is
laid out at that width with print media emulated; notes are checked in a real PDF
(page.pdf, read back with pdftotext).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.browser.conftest import GEREEDSCHAP_GEREED
from tests.browser.test_toegankelijkheid import alle_paginas

ROOT = Path(__file__).resolve().parents[2]
A4_MM = (210, 297)


def pagina_breedte() -> int:
    """Content width of a printed A4 page in CSS px, from ``@page { margin: ... }`` in print.css."""
    css = (ROOT / "docs" / "stylesheets" / "print.css").read_text(encoding="utf-8")
    marge = re.search(r"@page\s*{[^}]*margin:\s*([^;]+);", css).group(1).split()
    mm = [float(m.removesuffix("mm")) for m in marge]
    # CSS shorthand: one value for all sides; from two values on, the second is left and right,
    # unless a fourth gives the left.
    rechts = mm[1] if len(mm) > 1 else mm[0]
    links = mm[3] if len(mm) == 4 else rechts
    return int((A4_MM[0] - links - rechts) / 25.4 * 96)


# Everything that sticks out past the page box, and every box that cuts its content off.
TE_BREED = """() => {
  const W = document.documentElement.clientWidth, uit = [];
  const naam = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
    (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : "");
  if (document.documentElement.scrollWidth > W + 1) uit.push(`pagina schuift: ${document.documentElement.scrollWidth}px > ${W}px`);
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    const s = getComputedStyle(el);
    if (s.visibility === "hidden") continue;
    if (r.right > W + 1 || r.left < -1) uit.push(`${naam(el)}: ${Math.round(r.left)}..${Math.round(r.right)}px (pagina ${W}px)`);
    if (s.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1)
      uit.push(`${naam(el)}: knipt af (${el.scrollWidth}px inhoud in ${el.clientWidth}px, overflow ${s.overflowX})`);
    if (uit.length > 8) break;
  }
  return uit;
}"""
KLAAR = "() => document.readyState === 'complete' && (" + GEREEDSCHAP_GEREED + ")()"


@pytest.fixture
def a4(browser, server):
    context = browser.new_context(viewport={"width": pagina_breedte(), "height": 1000}, locale="nl-NL")
    page = context.new_page()
    page.fouten = []
    page.on("pageerror", lambda e: page.fouten.append(str(e)))
    page.emulate_media(media="print")
    yield page
    context.close()


def test_paginabreedte_komt_uit_print_css():
    assert 600 < pagina_breedte() < 794  # A4 is 794 px wide; the margins are taken off


def test_elke_pagina_past_afgedrukt_op_a4_zonder_afgeknipte_inhoud(a4, server, site):
    fouten = []
    for pagina in alle_paginas(site):
        a4.goto(f"{server}/{pagina}")
        a4.wait_for_function(KLAAR)
        fouten += [f"{pagina}: {f}" for f in a4.evaluate(TE_BREED)]
    assert not a4.fouten, a4.fouten
    assert not fouten, f"{len(fouten)} keer te breed voor A4 ({pagina_breedte()}px):\n" + "\n".join(fouten)


def test_de_breedtecontrole_vindt_een_te_brede_tabel(a4, server):
    """The check can fail: a wide table in a scroll box on a printed page."""
    a4.goto(f"{server}/over.html")
    a4.wait_for_function(KLAAR)
    # styles through the CSSOM: the site's CSP (style-src 'self') blocks style attributes
    a4.evaluate("""() => { document.querySelector("article").insertAdjacentHTML("beforeend",
      '<div id="sw-test-doos"><table class="sw-test"><tr><td>' + 'breed '.repeat(200) + '</td></tr></table></div>');
      document.getElementById("sw-test-doos").style.overflowX = "auto";
      document.querySelector(".sw-test td").style.whiteSpace = "nowrap"; }""")
    assert a4.evaluate(TE_BREED)


# ---- typed notes ---------------------------------------------------------------------------

REGELS = 16


def notitie(veld: int) -> str:
    return "\n".join(f"[n{veld:02d}r{regel:02d}]" for regel in range(1, REGELS + 1))


def pdf_tekst(page, pad: Path) -> str:
    page.pdf(path=str(pad), format="A4", prefer_css_page_size=True)
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) ontbreekt: draai `make chromium`"
    return subprocess.run(["pdftotext", str(pad), "-"], capture_output=True, text=True, check=True).stdout


def paginas_met_notitieveld(browser, server, site) -> list[str]:
    """Every page that has a textarea once its scripts have run."""
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    try:
        gevonden = []
        for pagina in alle_paginas(site):
            page.goto(f"{server}/{pagina}")
            page.wait_for_function(KLAAR)
            if page.locator("textarea").count():
                gevonden.append(pagina)
        return gevonden
    finally:
        context.close()


def test_elk_notitieveld_wordt_helemaal_afgedrukt(browser, server, site, tmp_path):
    """A 16-line note in every textarea of every page; after a reload (the tools fill the fields
    from storage) the printed PDF holds every line of every note."""
    paginas = paginas_met_notitieveld(browser, server, site)
    assert any(p.startswith("interventies/") for p in paginas) and "wijkscan.html" in paginas \
        and "hulpvragen/index.html" in paginas, paginas
    fouten = []
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="nl-NL")
    page = context.new_page()
    pagefouten = []
    page.on("pageerror", lambda e: pagefouten.append(str(e)))
    try:
        for pagina in paginas:
            page.goto(f"{server}/{pagina}")
            page.wait_for_function(KLAAR)
            velden = page.locator("textarea")
            aantal = velden.count()
            for i in range(aantal):
                velden.nth(i).fill(notitie(i))
            page.reload()
            page.wait_for_function(KLAAR)
            tekst = pdf_tekst(page, tmp_path / "pagina.pdf")
            for i in range(aantal):
                ontbreekt = [f"[n{i:02d}r{r:02d}]" for r in range(1, REGELS + 1) if f"[n{i:02d}r{r:02d}]" not in tekst]
                if ontbreekt:
                    fouten.append(f"{pagina}, veld {i + 1}: {len(ontbreekt)} van {REGELS} regels niet afgedrukt "
                                  f"({ontbreekt[0]} … {ontbreekt[-1]})")
            page.evaluate("() => localStorage.clear()")
    finally:
        context.close()
    assert not pagefouten, pagefouten
    assert not fouten, "\n".join(fouten)
