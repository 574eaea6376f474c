"""The site search (macros/zoeken) as a visitor uses it, in real Chromium at 360×740: served
over http under a strict Content-Security-Policy and opened from file://, with no request
to anywhere else; results link to the section and the words light up on arrival; the
keyboard works as in Material (arrows, Enter, Escape).

Queries are derived from the data (glossary acronyms, factor names), not hard-coded."""

from __future__ import annotations

import base64
import hashlib
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from macros.zoeken.index import synoniemgroepen, woorden
from tests.browser.conftest import telefooncontext

LOKAAL = ("file", "data", "blob", "about")
PAGINA = "hoofdstuk-1/doelstelling.html"


def _csp(html: str) -> str:
    """A strict policy for this page: own files only, no eval, no inline script except the
    theme's own inline scripts by hash (as a site with a CSP would deploy them)."""
    soep = BeautifulSoup(html, "lxml")
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(s.string.encode()).digest()).decode() + "'"
        for s in soep.find_all("script") if not s.get("src") and s.get("type") != "application/json" and s.string
    ]
    return (f"default-src 'self'; script-src 'self' {' '.join(hashes)}; worker-src 'self'; "
            "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'")


@pytest.fixture
def bezoeker(browser):
    """A 360×740 page; every request of the context (also the worker) is kept; CSP
    violations and page errors are collected."""
    context = telefooncontext(browser)
    page = context.new_page()
    page.verzoeken, page.fouten = [], []
    context.on("request", lambda r: page.verzoeken.append(r.url))
    page.on("pageerror", lambda e: page.fouten.append(str(e)))
    page.add_init_script(
        "window.__csp = []; document.addEventListener('securitypolicyviolation',"
        " e => window.__csp.push([e.violatedDirective, e.sourceFile, e.blockedURI]));")
    yield page
    context.close()


def zoek(page, vraag: str):
    """Open search like a visitor (the header button), type ``vraag`` and wait until the
    results for exactly this input are rendered (the data-sw-zoekvraag contract)."""
    page.locator("label.md-header__button[for='__search']").click()
    veld = page.locator("input.md-search__input")
    veld.press_sequentially(vraag, delay=20)
    page.wait_for_function(
        "v => document.querySelector('.md-search-result')?.getAttribute('data-sw-zoekvraag') === v",
        arg=vraag, timeout=30000)
    return page.locator("a.md-search-result__link")


def acroniem_en_voluit(kennis) -> tuple[str, str]:
    groep = synoniemgroepen(kennis.begrippen)[0]
    acroniem = next(v for v in groep if re.fullmatch(r"[A-Za-z]{2,7}", v) and sum(c.isupper() for c in v) >= 2)
    return acroniem, next(v for v in groep if v != acroniem and len(v.split()) > 1)


def _open(page, server, site, hoe: str) -> None:
    if hoe == "file":
        page.goto((site / PAGINA).as_uri())
    else:
        def met_csp(route):
            antwoord = route.fetch()
            route.fulfill(response=antwoord, headers={**antwoord.headers,
                                                      "content-security-policy": _csp(antwoord.text())})
        page.route(re.compile(r".*\.html(\?.*)?$"), met_csp)
        page.goto(f"{server}/{PAGINA}")


@pytest.mark.parametrize("hoe", ["http-met-csp", "file"])
def test_acroniem_vindt_voluit_en_markeert_bij_aankomst(bezoeker, server, site, kennis, hoe):
    """The glossary's first acronym finds sections that write it out; the link goes to a
    section with a non-empty ?h=, and on arrival the words are marked in the text."""
    _open(bezoeker, server, site, "file" if hoe == "file" else "http")
    acroniem, voluit = acroniem_en_voluit(kennis)
    links = zoek(bezoeker, acroniem)
    assert links.count() > 0
    hrefs = links.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    for href in hrefs:
        assert not href.startswith(("http:", "https:", "/")), href
        h = parse_qs(urlsplit(href).query).get("h", [""])[0]
        assert h.strip(), f"leeg ?h= in {href}"
    # some result is found through the written-out form only (the glossary synonym)
    teksten = links.evaluate_all("els => els.map(e => e.innerText)")
    assert any(woorden(voluit)[0] in " ".join(woorden(t)) and acroniem.lower() not in woorden(t) for t in teksten), teksten
    # the best result (Enter) lands on the section, with the words marked
    vertrek = bezoeker.url
    bezoeker.locator("input.md-search__input").press("Enter")
    bezoeker.wait_for_function("v => location.href !== v && document.querySelector('article mark[data-md-highlight]')",
                               arg=vertrek, timeout=30000)
    gemarkeerd = bezoeker.locator("article mark[data-md-highlight]").all_inner_texts()
    assert gemarkeerd and all(m.strip() for m in gemarkeerd)
    # sw-markeren.js read ?h= and took it out of the address (Material's highlighter sees none)
    assert "#" in bezoeker.url and "h=" not in bezoeker.url, bezoeker.url
    vreemd = [u for u in bezoeker.verzoeken if urlsplit(u).scheme not in LOKAAL and not u.startswith(server)]
    assert not vreemd, vreemd
    assert not bezoeker.evaluate("window.__csp"), bezoeker.evaluate("window.__csp")
    assert not bezoeker.fouten, bezoeker.fouten


def test_zonder_accenten_en_met_tikfout(bezoeker, server, kennis):
    """A factor name typed without diacritics and with one letter swapped in its longest
    word still finds the factor's page as the first result and the factor's own section as
    the first section under it (Material lists a page, then its sections)."""
    factor = next(f for f in kennis.factoren if any(w != w.encode("ascii", "ignore").decode() for w in f.naam.split()))
    lang = max(woorden(factor.naam), key=len)
    fout = lang[:3] + lang[4] + lang[3] + lang[5:]  # two neighbouring letters swapped
    vraag = " ".join(fout if w == lang else w for w in woorden(factor.naam)[:4])
    bezoeker.goto(f"{server}/{PAGINA}")
    links = zoek(bezoeker, vraag)
    hrefs = links.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    secties = [h for h in hrefs if "#" in h]
    assert secties and re.search(rf"#{re.escape(factor.id)}(\?|$)", secties[0]), (vraag, hrefs[:6])
    assert hrefs[0].split("?")[0].split("#")[0] == secties[0].split("?")[0].split("#")[0], (vraag, hrefs[:2])


def test_toetsenbord_zoals_material(bezoeker, server, kennis):
    """'/' opens search; arrow down walks the results, Enter follows the focused one;
    Escape closes search."""
    bezoeker.goto(f"{server}/{PAGINA}")
    bezoeker.locator("article").click(position={"x": 5, "y": 5})
    bezoeker.keyboard.press("/")
    bezoeker.wait_for_function("() => document.activeElement.matches('input.md-search__input')")
    vraag = woorden(kennis.interventies[0].naam)[0]
    bezoeker.keyboard.type(vraag, delay=20)
    bezoeker.wait_for_function(
        "v => document.querySelector('.md-search-result')?.getAttribute('data-sw-zoekvraag') === v", arg=vraag)
    bezoeker.keyboard.press("ArrowDown")
    eerste = bezoeker.evaluate("document.activeElement.getAttribute('href')")
    assert eerste and eerste == bezoeker.locator("a.md-search-result__link").first.get_attribute("href")
    bezoeker.keyboard.press("ArrowDown")  # the next result, or "more on this page"
    assert bezoeker.evaluate("e => document.activeElement.closest('.md-search-result') !== null"
                             " && document.activeElement.getAttribute('href') !== e", eerste)
    bezoeker.keyboard.press("Escape")
    bezoeker.wait_for_function("() => !document.getElementById('__search').checked")
    bezoeker.keyboard.press("/")
    bezoeker.wait_for_function("() => document.activeElement.matches('input.md-search__input')")
    # reopened, the theme renders the kept query's results again: wait until they are there
    bezoeker.locator("a.md-search-result__link").first.wait_for(state="visible")
    bezoeker.keyboard.press("ArrowDown")
    bezoeker.wait_for_function("() => document.activeElement.matches('a.md-search-result__link')")
    doel = bezoeker.evaluate("document.activeElement.getAttribute('href')")
    bezoeker.keyboard.press("Enter")
    bezoeker.wait_for_url(re.compile(re.escape(doel.split("?")[0].split("#")[0].split("/")[-1])))


def test_lege_uitslag_krijgt_ook_de_markering(bezoeker, server):
    """Zero results are also marked as answered (the contract the query-set test waits on)."""
    bezoeker.goto(f"{server}/{PAGINA}")
    links = zoek(bezoeker, "qqxxzzqq")
    assert links.count() == 0
    assert bezoeker.locator(".md-search-result__meta").inner_text().strip()


# A stand-in for the search worker: records what the page posts and lets the test answer.
_NEP_WERKER = """
(() => {
  window.__gepost = [];
  window.__nep = [];
  window.Worker = class extends EventTarget {
    constructor(url) { super(); window.__nep.push(this); }
    postMessage(m) {
      window.__gepost.push(m);
      if (m.type === 0) setTimeout(() => this.stuur({type: 1}), 0);
    }
    stuur(data) { this.dispatchEvent(new MessageEvent('message', {data})); }
    terminate() {}
  };
  window.__getoond = [];
  new MutationObserver(() => {
    document.querySelectorAll('.md-search-result__article h1').forEach((h) => window.__getoond.push(h.textContent));
  }).observe(document, {subtree: true, childList: true});
})();
"""


def test_verouderd_antwoord_wordt_niet_getoond(bezoeker, server):
    """While someone types fast, an answer to a query that a newer query has replaced is
    never rendered (on a slow phone rendering it delays the answer to what is in the
    field); the answer to the newest query is rendered and marked."""
    bezoeker.add_init_script(_NEP_WERKER)
    bezoeker.goto(f"{server}/{PAGINA}")
    bezoeker.locator("label.md-header__button[for='__search']").click()
    veld = bezoeker.locator("input.md-search__input")
    veld.press_sequentially("wijk", delay=20)
    bezoeker.wait_for_function("() => window.__gepost.some((m) => m.type === 2 && m.data === 'wijk')")
    verzonden = bezoeker.evaluate("window.__gepost.filter((m) => m.type === 2).map((m) => m.data)")
    assert len(verzonden) > 1, verzonden  # several queries were posted while typing

    def antwoord(vraag: str, titel: str) -> dict:
        doc = {"location": PAGINA, "title": titel, "text": "", "score": 1, "terms": {"wijk": True}}
        return {"type": 3, "data": {"items": [[doc]], "sw_vraag": vraag}}

    # the answers arrive late, in order: first the outdated ones, each given two frames to
    # render, then the current one
    bezoeker.evaluate("""async ([oud, nieuw]) => {
      const w = window.__nep.at(-1);
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      for (const a of oud) { w.stuur(a); await frame(); await frame(); }
      w.stuur(nieuw);
    }""", [[antwoord(v, f"VEROUDERD {v}") for v in verzonden[:-1]], antwoord("wijk", "ACTUEEL")])
    bezoeker.wait_for_function(
        "() => document.querySelector('.md-search-result')?.getAttribute('data-sw-zoekvraag') === 'wijk'")
    assert bezoeker.locator(".md-search-result__article h1").all_inner_texts() == ["ACTUEEL"]
    getoond = bezoeker.evaluate("window.__getoond")
    assert getoond and not [t for t in getoond if "VEROUDERD" in t], getoond
