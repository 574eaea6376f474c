"""Phone-first quality gate, accessibility part: axe-core (WCAG 2.1 A + AA) on every built
page at 360×740 (touch) and 1280×800, also with the menu (drawer) and the search (with
results) open; no sideways overflow at 360 px with the menu open; keyboard: skip link,
visible focus, lang="nl".

Theme failures are fixed in overrides/ and docs/stylesheets/samen-weerbaar.css; no axe rule
is switched off here. `test_axe_vindt_fouten_als_ze_er_zijn` proves that the gate can fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import geen_animatie

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SCHERMEN = {
    "telefoon": dict(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True, device_scale_factor=2),
    "laptop": dict(viewport={"width": 1280, "height": 800}, is_mobile=False, has_touch=False),
}
ZOEKTERM = "ouders"


# axe.run in the page. It is started without waiting (`start_axe`) and collected later
# (`axe_uitslag`), so the phone page and the laptop page are checked at the same time in
# two renderer processes: on a 2-core machine that halves the time of the gate.
START_AXE = """([context, tags]) => {
  window.__swAxe = axe.run(context || document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]})
    .then(r => r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => ({
      target: n.target.join(" "), samenvatting: (n.failureSummary || "").replace(/\\s+/g, " ").slice(0, 300)}))})));
}"""


def alle_paginas(site: Path) -> list[str]:
    """Every built page, 404.html included."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


ROOT = Path(__file__).resolve().parents[2]
# axe-core from npm, pinned exactly in package.json / package-lock.json (the version
# Lighthouse 12.2.3 resolves too); `make test` installs it with `npm ci --ignore-scripts`.
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session")
def axe_bron() -> str:
    assert AXE.exists(), f"{AXE} ontbreekt: draai `make test` (of `npm ci --ignore-scripts --omit=dev`)"
    return AXE.read_text(encoding="utf-8")


def nieuwe_pagina(browser, scherm: str):
    # no service worker: page.route (a test page below) must see every request (see
    # tests/browser/conftest.py: telefooncontext)
    context = browser.new_context(locale="nl-NL", service_workers="block", **SCHERMEN[scherm])
    page = context.new_page()
    page.fouten = []
    page.on("pageerror", lambda e: page.fouten.append(str(e)))
    return context, page


def open_pagina(page, url: str, axe_bron: str | None = None) -> None:
    page.goto(url)
    geen_animatie(page)
    if axe_bron is not None:
        page.evaluate(axe_bron)


def start_axe(page, context=None) -> None:
    page.evaluate(START_AXE, [context, WCAG_TAGS])


def axe_uitslag(page) -> list[dict]:
    return page.evaluate("window.__swAxe")


def axe(page, context=None) -> list[dict]:
    start_axe(page, context)
    return axe_uitslag(page)


def beschrijf(pagina: str, toestand: str, schendingen: list[dict]) -> list[str]:
    regels = []
    for v in schendingen:
        for n in v["nodes"]:
            regels.append(f"{pagina} [{toestand}] {v['id']} ({v['help']}): {n['target']} — {n['samenvatting']}")
    return regels


def open_menu(page) -> None:
    page.locator("label.md-header__button[for='__drawer']").click()
    page.locator(".md-sidebar--primary nav.md-nav--primary").first.wait_for(state="visible")
    assert page.evaluate("document.getElementById('__drawer').checked"), "menu ging niet open"


def typ_zoekterm(page, scherm: str) -> None:
    if scherm == "telefoon":
        page.locator("label.md-header__button[for='__search']").click()
    else:
        page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially(ZOEKTERM, delay=10)


def wacht_op_resultaten(page) -> None:
    page.locator(".md-search-result__item").first.wait_for(state="visible")
    assert page.evaluate("document.getElementById('__search').checked"), "zoekvenster ging niet open"


def test_axe_wcag21_aa_op_elke_pagina_ook_met_menu_en_zoeken_open(browser, server, site, axe_bron):
    """Zero axe violations on every page at 360×740 (touch) and 1280×800; at phone size also
    with the drawer open; on both sizes with the search dialog open and showing results
    for "ouders". Both sizes run side by side, page by page."""
    fouten: list[str] = []
    paginas = {scherm: nieuwe_pagina(browser, scherm) for scherm in SCHERMEN}
    try:
        for pagina in alle_paginas(site):
            for scherm, (_, page) in paginas.items():
                open_pagina(page, f"{server}/{pagina}", axe_bron)
                if page.evaluate("document.documentElement.lang") != "nl":
                    fouten.append(f"{pagina}: <html lang> is niet 'nl'")
                start_axe(page)
            for scherm, (_, page) in paginas.items():
                fouten += beschrijf(pagina, f"{scherm}, dicht", axe_uitslag(page))

            _, telefoon = paginas["telefoon"]
            open_menu(telefoon)
            fouten += beschrijf(pagina, "telefoon, menu open", axe(telefoon, {"include": [[".md-sidebar--primary"]]}))
            telefoon.evaluate("document.getElementById('__drawer').click()")

            for scherm, (_, page) in paginas.items():
                typ_zoekterm(page, scherm)
            for scherm, (_, page) in paginas.items():
                wacht_op_resultaten(page)
                # The whole dialog: input, results list, overlay.
                start_axe(page, {"include": [[".md-search"]]})
            for scherm, (_, page) in paginas.items():
                fouten += beschrijf(pagina, f"{scherm}, zoeken '{ZOEKTERM}'", axe_uitslag(page))
        for scherm, (_, page) in paginas.items():
            fouten += [f"JavaScript-fout ({scherm}): {f}" for f in page.fouten]
    finally:
        for context, _ in paginas.values():
            context.close()
    assert not fouten, f"{len(fouten)} toegankelijkheidsfouten:\n" + "\n".join(fouten)


def test_toegankelijkheids_en_privacyverklaring_in_de_voet_van_elke_pagina(site):
    """Every page, 404 included, links both statements from its footer, and the links resolve."""
    from bs4 import BeautifulSoup

    fouten = []
    for pagina in alle_paginas(site):
        voet = BeautifulSoup((site / pagina).read_text(encoding="utf-8"), "html.parser").select_one("footer .md-copyright")
        links = {a.get_text(strip=True): a["href"] for a in voet.select("a[href]")} if voet else {}
        for tekst, doel in (("Toegankelijkheid", "toegankelijkheid.html"), ("Privacy", "privacy.html")):
            href = links.get(tekst)
            if href is None:
                fouten.append(f"{pagina}: geen link '{tekst}' in de voet")
            # 404.html is served at any address, so MkDocs makes its links root-absolute.
            elif ((site / href.lstrip("/")) if href.startswith("/") else ((site / pagina).parent / href)).resolve() \
                    != (site / doel).resolve():
                fouten.append(f"{pagina}: '{tekst}' wijst naar {href}, niet naar {doel}")
    assert not fouten, "\n".join(fouten)


def test_axe_vindt_fouten_als_ze_er_zijn(browser, server, axe_bron):
    """The gate can fail: a grey-on-white text and a scroll box without keyboard access are found."""
    context, page = nieuwe_pagina(browser, "telefoon")
    try:
        open_pagina(page, f"{server}/index.html", axe_bron)
        page.evaluate("""() => {
          const a = document.querySelector("article");
          a.insertAdjacentHTML("beforeend",
            '<p id="sw-grijs">te licht</p>' +
            '<div id="sw-schuif"><p>een regel tekst die veel breder is dan dit vak</p></div>');
          // styles through the CSSOM: the page's CSP (style-src 'self') blocks style attributes
          Object.assign(document.getElementById("sw-grijs").style, {color: "#aaa", background: "#fff"});
          Object.assign(document.getElementById("sw-schuif").style, {overflowX: "auto", width: "100px"});
          document.querySelector("#sw-schuif p").style.whiteSpace = "nowrap";
        }""")
        gevonden = {v["id"] for v in axe(page)}
    finally:
        context.close()
    assert {"color-contrast", "scrollable-region-focusable"} <= gevonden, gevonden


def test_geen_horizontale_overloop_op_360px_met_menu_open(browser, server, site):
    """Every page at 360 px with the drawer open: nothing sticks out sideways."""
    fouten = []
    context, page = nieuwe_pagina(browser, "telefoon")
    try:
        for pagina in alle_paginas(site):
            open_pagina(page, f"{server}/{pagina}")
            open_menu(page)
            scroll, client = page.evaluate(
                "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            if scroll > client:
                fouten.append(f"{pagina}: {scroll}px > {client}px met menu open")
            # The drawer itself must fit the screen as well.
            rechts = page.evaluate("() => document.querySelector('.md-sidebar--primary').getBoundingClientRect().right")
            if rechts > client + 0.5:
                fouten.append(f"{pagina}: menu eindigt op {rechts:.0f}px bij een scherm van {client}px")
    finally:
        context.close()
    assert not fouten, "\n".join(fouten)


def test_tabel_die_schuift_wordt_focusbaar_gebied(browser, server, site, axe_bron):
    """A Markdown table wider than the phone (Material wraps it in .md-typeset__scrollwrap at
    run time) becomes a labelled, focusable region (overrides/assets/javascripts/
    sw-toegankelijk.js); axe has nothing to report. Without that script axe fails here."""
    rij = "".join(f"<td>cel&nbsp;met&nbsp;lange&nbsp;inhoud&nbsp;{i}</td>" for i in range(8))
    tabel = (f"<table><caption>Brede testtabel</caption><thead><tr>{'<th>kolom</th>' * 8}</tr></thead>"
             f"<tbody><tr>{rij}</tr></tbody></table>")
    html = (site / "over.html").read_text(encoding="utf-8").replace("</article>", tabel + "</article>", 1)
    context, page = nieuwe_pagina(browser, "telefoon")
    try:
        page.route("**/sw-testtabel.html", lambda route: route.fulfill(body=html, content_type="text/html; charset=utf-8"))
        open_pagina(page, f"{server}/sw-testtabel.html", axe_bron)
        wrap = page.locator(".md-typeset__scrollwrap").last
        wrap.wait_for(state="attached")
        page.wait_for_function(
            "() => [...document.querySelectorAll('.md-typeset__scrollwrap')].some(w => w.getAttribute('tabindex') === '0')")
        assert wrap.get_attribute("role") == "region"
        assert wrap.get_attribute("aria-label") == "Tabel: Brede testtabel"
        schendingen = axe(page, {"include": [[".md-typeset__scrollwrap"]]})
    finally:
        context.close()
    assert not schendingen, schendingen


@pytest.mark.parametrize("scherm", list(SCHERMEN))
@pytest.mark.parametrize("pagina", ["index.html", "bijlagen/bijlage-1.html", "interventies/buurtvaders.html"])
def test_skiplink_brengt_toetsenbord_naar_de_inhoud(browser, server, scherm, pagina):
    """First Tab: Material's "Ga naar inhoud" link, visible; Enter: the next Tab lands in the
    article, past the header and the navigation."""
    context, page = nieuwe_pagina(browser, scherm)
    try:
        open_pagina(page, f"{server}/{pagina}")
        page.keyboard.press("Tab")
        skip = page.evaluate("""() => { const e = document.activeElement, r = e.getBoundingClientRect(), s = getComputedStyle(e);
          return {cls: e.className, tekst: e.textContent.trim(), href: e.getAttribute("href"),
                  zichtbaar: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && s.opacity !== "0"
                             && s.visibility !== "hidden"}; }""")
        assert "md-skip" in skip["cls"] and skip["tekst"] == "Ga naar inhoud", skip
        assert skip["zichtbaar"], f"skiplink niet zichtbaar bij focus: {skip}"
        doel = skip["href"].lstrip("#")
        assert page.evaluate("id => !!document.querySelector('article')?.querySelector('[id=\"' + id + '\"]')", doel), doel
        page.keyboard.press("Enter")
        page.wait_for_function("doel => location.hash === '#' + doel", arg=doel)
        page.keyboard.press("Tab")
        in_artikel = page.evaluate("() => !!document.activeElement.closest('article')")
        assert in_artikel, page.evaluate("() => document.activeElement.outerHTML.slice(0, 200)")
    finally:
        context.close()


# Where the focus is and whether a sighted keyboard user can see it: in the viewport, not
# covered by anything else, with a focus ring (outline of at least 2 px). For Material's
# hidden menu/search checkboxes the ring is on their label in the header.
FOCUS_STAAT = """async () => {
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const toon = e.matches("input.md-toggle") ? document.querySelector(`header label[for="${e.id}"]`) : e;
  if (!toon) return {html: e.outerHTML.slice(0, 160), ring: false, inBeeld: false, onbedekt: false};
  const s = getComputedStyle(toon), r = toon.getBoundingClientRect();
  const ring = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
  const inBeeld = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth
                  && s.visibility === "visible";
  let onbedekt = false;
  if (inBeeld) {
    const x = Math.min(Math.max(r.left + Math.min(r.width / 2, 8), 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
    const boven = document.elementFromPoint(x, y);
    onbedekt = !!boven && (boven === toon || toon.contains(boven) || boven.contains(toon));
  }
  return {html: e.outerHTML.slice(0, 160), id: e.id, ring, inBeeld, onbedekt,
          inMenu: !!e.closest(".md-sidebar--primary")};
}"""


def onzichtbaar(staat: dict | None) -> bool:
    return staat is not None and not (staat["ring"] and staat["inBeeld"] and staat["onbedekt"])


def tab_rondgang(page, hoogstens: int = 400) -> tuple[list[str], list[str]]:
    """Tab from where focus is until it comes round again (at most ``hoogstens`` stops):
    the stops seen (their HTML) and those without visible focus (their state)."""
    gezien: list[str] = []
    fouten: list[str] = []
    for _ in range(hoogstens):
        page.keyboard.press("Tab")
        staat = page.evaluate(FOCUS_STAAT)
        if staat is None:
            continue
        if gezien and staat["html"] == gezien[0]:
            break
        gezien.append(staat["html"])
        if onzichtbaar(staat):
            fouten.append(f"{staat}")
    return gezien, fouten


@pytest.mark.parametrize("scherm", list(SCHERMEN))
@pytest.mark.parametrize("pagina", ["hoofdstuk-2/gezinsniveau.html", "hulpvragen/index.html",
                                    # the tool pages of issue 16, in their first state
                                    "interventies/overzicht.html", "factoren/verkenner.html", "wijkscan.html",
                                    "bijeenkomstpakket.html?kaart=buurtvaders&stap=stap-1&wijkscan=ja"])
def test_focus_is_overal_zichtbaar_bij_tabben(browser, server, scherm, pagina):
    """Tab through the whole page (until focus comes round again, at most 400 stops): every
    stop is on screen, not covered and has a focus ring. This also catches links inside the
    closed menu or a closed search field, which take focus without being seen."""
    context, page = nieuwe_pagina(browser, scherm)
    try:
        open_pagina(page, f"{server}/{pagina}")
        gezien, fouten = tab_rondgang(page)
        assert len(gezien) >= 20, gezien
    finally:
        context.close()
    assert not fouten, f"{len(fouten)} van {len(gezien)} tabstops zonder zichtbare focus:\n" + "\n".join(fouten)


def test_menu_met_toetsenbord_op_telefoon(browser, server):
    """Phone: Tab reaches the menu button (after the skip link), Enter opens the menu and puts
    focus in it; Enter goes up and down a sub-menu with the focus staying visible; Escape
    closes the menu and focus returns to the button; tabbing out of the menu closes it, and
    every Tab stop on the way is visible."""
    context, page = nieuwe_pagina(browser, "telefoon")
    open_ = "document.getElementById('__drawer').checked"
    try:
        open_pagina(page, f"{server}/hoofdstuk-2/gezinsniveau.html")
        page.keyboard.press("Tab")
        assert "md-skip" in page.evaluate("document.activeElement.className")
        page.keyboard.press("Tab")
        staat = page.evaluate(FOCUS_STAAT)
        assert staat["id"] == "__drawer" and not onzichtbaar(staat), staat
        assert page.get_by_role("checkbox", name="Menu", exact=True).count() == 1

        page.keyboard.press("Enter")
        assert page.evaluate(open_), "menu niet open na Enter"
        staat = page.evaluate(FOCUS_STAAT)
        # The menu opens at the current chapter; focus on its title, which leads back up.
        assert staat["inMenu"] and "md-nav__title" in staat["html"] and not onzichtbaar(staat), staat
        page.keyboard.press("Enter")  # up to the main menu
        staat = page.evaluate(FOCUS_STAAT)
        assert staat["inMenu"] and 'for="__nav_' in staat["html"] and not onzichtbaar(staat), staat
        page.keyboard.press("Enter")  # and into the chapter again
        staat = page.evaluate(FOCUS_STAAT)
        assert staat["inMenu"] and "md-nav__title" in staat["html"] and not onzichtbaar(staat), staat

        page.keyboard.press("Escape")
        assert not page.evaluate(open_), "menu niet dicht na Escape"
        assert page.evaluate("document.activeElement.id") == "__drawer"

        page.keyboard.press("Enter")
        assert page.evaluate(open_)
        for _ in range(30):
            page.keyboard.press("Tab")
            staat = page.evaluate(FOCUS_STAAT)
            if not staat["inMenu"]:
                break
            assert not onzichtbaar(staat), staat
        assert not staat["inMenu"] and not onzichtbaar(staat), staat
        assert not page.evaluate(open_), "menu bleef open nadat de focus eruit ging"
    finally:
        context.close()


def test_zoeken_met_toetsenbord_op_telefoon(browser, server):
    """Phone: the search button is reachable with Tab and opens with Enter; focus lands in the
    search field; Escape closes search and focus returns to the button."""
    context, page = nieuwe_pagina(browser, "telefoon")
    try:
        open_pagina(page, f"{server}/index.html")
        for _ in range(3):
            page.keyboard.press("Tab")
        staat = page.evaluate(FOCUS_STAAT)
        assert staat["id"] == "__search" and not onzichtbaar(staat), staat
        assert page.get_by_role("checkbox", name="Zoeken", exact=True).count() == 1
        page.keyboard.press("Enter")
        page.wait_for_function("() => document.activeElement.matches('input.md-search__input')")
        page.keyboard.type(ZOEKTERM, delay=10)
        wacht_op_resultaten(page)
        page.keyboard.press("Escape")
        page.wait_for_function("() => !document.getElementById('__search').checked")
        assert page.evaluate("document.activeElement.id") == "__search"
    finally:
        context.close()


@pytest.mark.parametrize("scherm", list(SCHERMEN))
@pytest.mark.parametrize("opener", ["klik", "toets /"])
def test_zoeken_laadt_pas_bij_gebruik_en_werkt_dan(browser, server, scherm, opener):
    """overrides/assets/javascripts/sw-zoeken-later.js: a page view downloads no search index and
    starts no search worker; opening search (click/tap or Material's "/" shortcut) loads
    both and results appear."""
    context, page = nieuwe_pagina(browser, scherm)
    verzoeken: list[str] = []
    page.on("request", lambda r: verzoeken.append(r.url))
    try:
        open_pagina(page, f"{server}/hoofdstuk-2/gezinsniveau.html")
        page.wait_for_load_state("networkidle")
        vooraf = [u for u in verzoeken if "search" in u]
        assert not vooraf, f"zoeken al geladen zonder gebruik: {vooraf}"
        if opener == "klik":
            typ_zoekterm(page, scherm)
        else:
            page.keyboard.press("/")
            page.locator("input.md-search__input").press_sequentially(ZOEKTERM, delay=10)
        wacht_op_resultaten(page)
        assert any(u.endswith("search/search_index.json") for u in verzoeken), verzoeken
        assert page.locator(".md-search-result__item a[href*='.html']").count() > 0
    finally:
        context.close()
