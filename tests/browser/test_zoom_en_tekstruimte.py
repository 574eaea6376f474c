"""Accessibility beyond the automated rules (issue 21, item 4), over every built page:

* 400 % zoom (a 1280×800 screen is 320×200 CSS px): walking the focus backwards (as Shift+Tab
  does, which scrolls up and brings out Material's back-to-top button), no focused element in
  the content or footer is under the sticky header or the back-to-top button (WCAG 2.4.11;
  overrides/assets/javascripts/sw-toegankelijk.js, part 5);
* text spacing (WCAG 1.4.12: line height 1.5, paragraph spacing 2em, letter spacing 0.12em,
  word spacing 0.16em, applied through the CSSOM because the CSP blocks <style>): no label in
  the navigation or the footer is cut off, at 1280 and at 320 px;
* reduced motion: the table of contents follows the page without smooth scrolling.

One page object per walk; the session's server."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.browser.conftest import geen_animatie
from tests.browser.test_toegankelijkheid import alle_paginas

#: Focus walk in the page: every tab stop of the content and the footer, last to first, each
#: focused as the keyboard does (sw-toegankelijk.js sees a key first); after the browser's and
#: the page's reaction, the element must be below the header and, except at the very top of
#: the page where Material never shows it, below the back-to-top button (shown while
#: scrolling up, hidden otherwise: its place counts, whatever its state at that moment).
WANDELING = """async () => {
  document.dispatchEvent(new KeyboardEvent("keydown", {key: "Tab", shiftKey: true, bubbles: true}));
  const stops = [...document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]")]
    .filter(e => e.tabIndex >= 0 && !e.disabled && e.closest(".md-content, .md-footer") && e.getClientRects().length
                 && getComputedStyle(e).visibility === "visible");
  window.scrollTo(0, document.documentElement.scrollHeight);
  const band = () => {
    let onder = 0;
    for (const k of (window.scrollY > 0 ? [".md-header", ".md-top"] : [".md-header"])) {
      const el = document.querySelector(k);
      if (el && getComputedStyle(el).display !== "none") onder = Math.max(onder, el.getBoundingClientRect().bottom);
    }
    return onder;
  };
  const bedekt = [];
  for (const e of stops.reverse()) {
    e.focus();
    await new Promise(r => setTimeout(r, 0));
    if (document.activeElement !== e) continue;
    const r = e.getBoundingClientRect(), b = band();
    if (r.top < b && r.bottom > 0) bedekt.push(`${e.outerHTML.slice(0, 90)} (boven ${Math.round(r.top)} px, band tot ${Math.round(b)} px)`);
  }
  return {stops: stops.length, bedekt};
}"""

#: WCAG 1.4.12's test values.
TEKSTRUIMTE = ("* { line-height: 1.5 !important; letter-spacing: 0.12em !important;"
               " word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }")

#: Visible text of the navigation and the footer that its own box or a box around it (one
#: that does not scroll) cuts off, or that ends in an ellipsis.
AFGEKNIPT = """() => {
  const uit = [];
  for (const el of document.querySelectorAll(".md-nav *, .md-footer *")) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.data.trim())) continue;
    if (!el.getClientRects().length || getComputedStyle(el).visibility !== "visible") continue;
    for (let a = el; a && !a.matches(".md-nav, .md-footer"); a = a.parentElement) {
      const o = getComputedStyle(a);
      const knipX = o.overflowX !== "visible" && o.overflowX !== "auto" && o.overflowX !== "scroll";
      const knipY = o.overflowY !== "visible" && o.overflowY !== "auto" && o.overflowY !== "scroll";
      if ((knipX || o.textOverflow === "ellipsis") && a.scrollWidth > a.clientWidth + 1
          || knipY && a.scrollHeight > a.clientHeight + 1) {
        uit.push(`${el.textContent.trim().slice(0, 50)} (${a.className || a.tagName}: ${a.scrollWidth}×${a.scrollHeight} in ${a.clientWidth}×${a.clientHeight})`);
        break;
      }
    }
  }
  return uit;
}"""


def _css(page, css: str) -> None:
    page.evaluate("css => { const s = new CSSStyleSheet(); s.replaceSync(css);"
                  " document.adoptedStyleSheets = [...document.adoptedStyleSheets, s]; }", css)


def test_400_procent_zoom_focus_nooit_onder_kop_of_terug_naar_boven(browser, server, site):
    context = browser.new_context(locale="nl-NL", viewport={"width": 320, "height": 200}, device_scale_factor=4)
    page = context.new_page()
    fouten, stops = [], 0
    try:
        for pagina in alle_paginas(site):
            page.goto(f"{server}/{pagina}")
            geen_animatie(page)
            uitslag = page.evaluate(WANDELING)
            stops += uitslag["stops"]
            fouten += [f"{pagina}: {b}" for b in uitslag["bedekt"]]
    finally:
        context.close()
    assert stops > 500, stops
    assert not fouten, f"{len(fouten)} van {stops} focusplekken bedekt:\n" + "\n".join(fouten[:40])


def test_tekstruimte_knipt_geen_navigatie_of_voettekst_af(browser, server, site):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    fouten, gecontroleerd = [], 0
    try:
        for pagina in alle_paginas(site):
            page.set_viewport_size({"width": 1280, "height": 800})
            page.goto(f"{server}/{pagina}")
            geen_animatie(page)
            _css(page, TEKSTRUIMTE)
            assert page.evaluate("getComputedStyle(document.querySelector('.md-footer, body')).letterSpacing") != "normal"
            for breedte in (1280, 320):
                page.set_viewport_size({"width": breedte, "height": 800})
                fouten += [f"{pagina} @ {breedte}px: {f}" for f in page.evaluate(AFGEKNIPT)]
                gecontroleerd += 1
    finally:
        context.close()
    assert gecontroleerd == 2 * len(alle_paginas(site))
    assert not fouten, f"{len(fouten)} afgeknipte labels:\n" + "\n".join(fouten[:40])


def test_tekstruimte_controle_ziet_een_afgeknipt_label(browser, server):
    """Negative control of AFGEKNIPT on the same page path: a navigation label made narrow
    with an ellipsis is reported."""
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        page.goto(f"{server}/hoofdstuk-2/gezinsniveau.html")
        assert page.evaluate(AFGEKNIPT) == []
        _css(page, ".md-nav__link .md-ellipsis { display: block; width: 3em; white-space: nowrap;"
                   " overflow: hidden !important; text-overflow: ellipsis !important; }")
        assert page.evaluate(AFGEKNIPT)
    finally:
        context.close()


def _langste_inhoudsopgave(site: Path) -> str:
    def aantal(pad: Path) -> int:
        return len(BeautifulSoup(pad.read_text(encoding="utf-8"), "lxml").select(".md-sidebar--secondary a.md-nav__link"))
    return max(sorted(site.rglob("*.html")), key=aantal).relative_to(site).as_posix()


@pytest.mark.parametrize("beweging", ["reduce", "no-preference"])
def test_inhoudsopgave_glijdt_niet_bij_minder_beweging(browser, server, site, beweging):
    """Material's toc.follow keeps the current heading in view in the table of contents with
    scrollTo({behavior: "smooth"}). With "reduce motion" no scroll of the page or an element
    is smooth (scroll calls recorded as they reach the browser); without it, the smooth scroll
    is there (the recording sees it: the check can fail)."""
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 400}, reduced_motion=beweging)
    page = context.new_page()
    page.add_init_script("""(() => {
      window.__sw_scrolls = [];
      for (const [doel, naam] of [[Element.prototype, "el"], [window, "win"]]) {
        for (const m of ["scrollTo", "scrollBy", "scroll", "scrollIntoView"]) {
          const oud = doel[m];
          if (!oud) continue;
          doel[m] = function (a, b) {
            window.__sw_scrolls.push([naam + "." + m, a && typeof a === "object" ? a.behavior || "auto" : "auto",
                                      this && this.className ? String(this.className) : ""]);
            return oud.apply(this, arguments);
          };
        }
      }
    })()""")
    try:
        page.goto(f"{server}/{_langste_inhoudsopgave(site)}")
        hoogte = page.evaluate("document.documentElement.scrollHeight")
        for _ in range(8):
            page.mouse.wheel(0, hoogte / 8)
            page.wait_for_timeout(400)  # toc.follow scrolls smoothly after a pause of 250 ms
        page.wait_for_timeout(600)
        scrolls = page.evaluate("window.__sw_scrolls")
        css = page.evaluate("[document.documentElement, document.querySelector('.md-sidebar--secondary .md-sidebar__scrollwrap')]"
                            ".map(e => getComputedStyle(e).scrollBehavior)")
    finally:
        context.close()
    inhoud = [s for s in scrolls if "md-sidebar__scrollwrap" in s[2]]
    assert inhoud, f"de inhoudsopgave scrolde niet mee: {scrolls}"
    glijdend = [s for s in scrolls if s[1] == "smooth"]
    if beweging == "reduce":
        assert not glijdend and set(css) == {"auto"}, (glijdend, css)
    else:
        assert glijdend, scrolls
