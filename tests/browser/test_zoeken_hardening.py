"""Search and arrival highlight, hardened (issue 21, item 1), in real Chromium: a pasted
5,000-character word does not hold up the next query; the arrival highlight (?h=,
overrides/assets/javascripts/sw-markeren.js) never changes the page's text and marks only
whole words, also for terms that are digits, entity names or separators; the number of
results is announced in a polite live region; Escape returns focus to the search control
at 360 and 1280 px, from the field and from a result.

Pages and words are taken from the built site itself (read without ?h= first)."""

from __future__ import annotations

import re
import time
from urllib.parse import quote

import pytest

from tests.browser.conftest import geen_animatie
from tests.browser.test_toegankelijkheid import SCHERMEN

#: A chapter page with apostrophes ("programma's"), ampersands, quotes and numbers in its text.
PAGINA = "hoofdstuk-2/gemeenschapsniveau.html"
WOORD = r"[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+(?:['\u2019\-][0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+)*"


@pytest.fixture(scope="module")
def pagina(browser):
    """One page object for the whole module (phone size)."""
    context = browser.new_context(locale="nl-NL", **SCHERMEN["telefoon"])
    page = context.new_page()
    page.fouten = []
    page.on("pageerror", lambda e: page.fouten.append(str(e)))
    yield page
    context.close()


def _open(page, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    geen_animatie(page)


def _artikeltekst(page) -> str:
    return page.evaluate("document.querySelector('article.md-content__inner').textContent")


def _vraag_en_wacht(page, veld, vraag: str, timeout: float = 60000) -> float:
    """Put ``vraag`` in the field (as a paste does) and return the seconds until its results
    are rendered (the data-sw-zoekvraag contract)."""
    begin = time.monotonic()
    veld.fill(vraag)
    page.wait_for_function(
        "v => document.querySelector('.md-search-result')?.getAttribute('data-sw-zoekvraag') === v",
        arg=vraag, timeout=timeout, polling=10)
    return time.monotonic() - begin


def test_lang_geplakt_woord_houdt_de_volgende_vraag_niet_op(pagina, server, kennis):
    """A 5,000-character pasted word (site words glued together, so compound splitting finds
    parts everywhere) is answered at once, and the short query typed after it comes within
    the time a short query normally takes."""
    _open(pagina, f"{server}/index.html")
    pagina.locator("label.md-header__button[for='__search']").click()
    veld = pagina.locator("input.md-search__input")
    kort = [w for f in kennis.factoren for w in re.findall(r"[a-z]{6,}", f.naam.lower())]
    _vraag_en_wacht(pagina, veld, kort[0])  # index and worker loaded
    normaal = max(_vraag_en_wacht(pagina, veld, w) for w in kort[1:4])
    lang = ("".join(kort) * 200)[:5000]
    veld.fill(lang)
    pagina.wait_for_timeout(200)  # the worker has taken the long query
    daarna = _vraag_en_wacht(pagina, veld, kort[4])
    assert daarna < max(1.0, 4 * normaal), f"korte vraag na 5000 tekens: {daarna:.2f} s, normaal {normaal:.2f} s"


def _markeringen(page) -> list[str]:
    return page.evaluate("[...document.querySelectorAll('article mark')].map(m => m.textContent)")


def test_aankomstmarkering_verandert_geen_tekst_en_markeert_alleen_woorden(pagina, server):
    _open(pagina, f"{server}/{PAGINA}")
    origineel = _artikeltekst(pagina)
    woorden = re.findall(WOORD, origineel)
    met_apostrof = next(w for w in woorden if "'" in w or "\u2019" in w)
    getal = next(w for w in woorden if w.isdigit())
    assert "&" in origineel and "'" in origineel, "testpagina heeft geen & of apostrof meer"
    gevallen = {
        "cijfers": [getal],
        "entiteitnamen": ["amp", "quot", "39", "#39", "lt"],
        "scheidingstekens": ["---", ".", "-", "'"],
        "apostrof": [met_apostrof],
    }
    fouten = []
    for naam, termen in gevallen.items():
        _open(pagina, f"{server}/{PAGINA}?h={quote(' '.join(termen))}")
        # the highlight runs on load; Material's (if it still ran) after the index loaded
        pagina.wait_for_timeout(300)
        if _artikeltekst(pagina) != origineel:
            fouten.append(f"{naam}: paginatekst veranderd door ?h={' '.join(termen)}")
        gezocht = {t.lower() for t in termen}
        marks = _markeringen(pagina)
        verkeerd = [m for m in marks if not re.fullmatch(WOORD, m) or m.lower() not in gezocht]
        if verkeerd:
            fouten.append(f"{naam}: {len(verkeerd)} markeringen om geen (gezocht) woord: {verkeerd[:5]}")
        verwacht = sum(1 for w in woorden if w.lower() in gezocht)
        if len(marks) != verwacht:
            fouten.append(f"{naam}: {len(marks)} markeringen, {verwacht} woorden op de pagina")
    assert not fouten, "\n".join(fouten)
    assert not pagina.fouten, pagina.fouten


def _status(page) -> str:
    return page.evaluate("""() => {
      const s = document.querySelector('[data-md-component=search] [aria-live=polite]');
      return s ? s.textContent.trim() : null; }""")


def test_aantal_resultaten_in_een_beleefde_live_regio(pagina, server, kennis):
    _open(pagina, f"{server}/index.html")
    pagina.locator("label.md-header__button[for='__search']").click()
    veld = pagina.locator("input.md-search__input")
    assert _status(pagina) is not None, "geen aria-live=polite-regio in het zoekvenster"
    vraag = re.findall(r"[a-z]{6,}", kennis.factoren[0].naam.lower())[0]
    _vraag_en_wacht(pagina, veld, vraag)
    # the number of result pages Material lists (the first 10 are rendered at once)
    meta = pagina.locator(".md-search-result__meta").inner_text()
    aantal = int(re.search(r"\d+", meta).group(0)) if re.search(r"\d+", meta) else 1
    pagina.wait_for_function("n => /\\d/.test(document.querySelector('[data-sw-zoekstatus]')?.textContent || '')",
                             arg=aantal, timeout=5000)
    assert _status(pagina) == (f"{aantal} resultaten" if aantal > 1 else "1 resultaat"), (_status(pagina), meta)
    _vraag_en_wacht(pagina, veld, "qxzqxzqxz")
    # "Geen resultaten", then what the zero-result panel offers (issue 23), in one announcement
    pagina.wait_for_function("() => document.querySelector('[data-sw-zoekstatus]').textContent"
                             ".startsWith('Geen resultaten voor qxzqxzqxz.')", timeout=5000)


def _zoek_met_het_toetsenbord(page, server, naar_resultaat: bool) -> None:
    """Home page, "/" and a query typed; with ``naar_resultaat`` arrow down to the first result."""
    _open(page, f"{server}/index.html")
    page.keyboard.press("/")
    page.wait_for_function("() => document.activeElement.matches('input.md-search__input')")
    page.keyboard.type("ouders", delay=10)
    page.locator(".md-search-result__item").first.wait_for(state="visible")
    if naar_resultaat:
        page.keyboard.press("ArrowDown")
        page.wait_for_function("() => document.activeElement.matches('a.md-search-result__link')")


@pytest.mark.parametrize("scherm", list(SCHERMEN))
@pytest.mark.parametrize("vanaf", ["veld", "resultaat"])
def test_escape_geeft_focus_terug_aan_de_zoekknop_of_het_zoekveld(browser, server, scherm, vanaf):
    context = browser.new_context(locale="nl-NL", **SCHERMEN[scherm])
    page = context.new_page()
    try:
        _zoek_met_het_toetsenbord(page, server, naar_resultaat=vanaf == "resultaat")
        page.keyboard.press("Escape")
        page.wait_for_function("() => !document.getElementById('__search').checked")
        page.wait_for_timeout(50)
        staat = page.evaluate("""() => {
          const e = document.activeElement;
          const toon = e.matches('input.md-toggle') ? document.querySelector('header label[for="' + e.id + '"]') : e;
          const r = toon ? toon.getBoundingClientRect() : {width: 0, height: 0};
          return {el: e.id || e.className || e.tagName, zichtbaar: r.width > 0 && r.height > 0,
                  open: document.getElementById('__search').checked,
                  controle: e.id === '__search' || e.matches('input.md-search__input')}; }""")
        assert staat["controle"] and staat["zichtbaar"] and not staat["open"], staat
        if scherm == "laptop":  # typing again opens search again
            page.keyboard.type("x")
            page.wait_for_function("() => document.getElementById('__search').checked")
    finally:
        context.close()


@pytest.mark.parametrize("scherm", list(SCHERMEN))
def test_escape_en_meteen_weer_zoeken_houdt_de_focus_in_het_zoekveld(browser, server, scherm):
    """Escape and "/" straight after it, before the page had a moment in between (a fast
    typist on a slow phone; found under load in CI): search is open again with focus in the
    field. Escape's deferred focus move to the search control must not take it away. Both
    keys are dispatched in one task, so the deferred move always runs after the "/"."""
    context = browser.new_context(locale="nl-NL", **SCHERMEN[scherm])
    page = context.new_page()
    try:
        _zoek_met_het_toetsenbord(page, server, naar_resultaat=True)
        page.evaluate("""() => {
          const druk = (key) => document.activeElement.dispatchEvent(
            new KeyboardEvent("keydown", {key, bubbles: true, cancelable: true}));
          druk("Escape");
          druk("/");
        }""")
        page.wait_for_timeout(300)
        staat = page.evaluate("() => ({veld: document.activeElement.matches('input.md-search__input'),"
                              " open: document.getElementById('__search').checked})")
        assert staat == {"veld": True, "open": True}, staat
    finally:
        context.close()
