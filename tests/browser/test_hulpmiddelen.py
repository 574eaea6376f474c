"""The client-side tools of issue 8 on a phone (360×740, real Chromium).

Interventions overview with filters (state in the query string), factor explorer, wijkscan
(kept in localStorage, JSON export and re-import on another device, printable summary) and
the fit check on every card page. Expected cards and factors are computed from the YAML
(the ``kennis`` fixture), never hard-coded. Every state is checked with axe (WCAG 2.1 A/AA),
for horizontal overflow and for requests to any other host.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

from macros.weergave.labels import BEWIJS, NIVEAU, SOORT_ENKELVOUD, WIJKSCAN_PLAATSEN
from macros.weergave.interventies import GEEN_ELEMENT, passend_punten, slug
from macros.weergave import Paginacontext
from tests.browser.conftest import geen_animatie, telefooncontext, telefoonpagina

OVERZICHT = "interventies/overzicht.html"
VERKENNER = "factoren/verkenner.html"
WIJKSCAN = "wijkscan.html"
SCAN_SLEUTEL = "samen-weerbaar:wijkscan:v1"
PASSEND_SLEUTEL = "samen-weerbaar:passend:v1"
BREEDTE = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


# ---- helpers ------------------------------------------------------------------

def openen(page, server, pad):
    fouten = getattr(page, "fouten", None)
    if fouten is None:
        page.fouten = fouten = []
        page.on("pageerror", lambda e: fouten.append(str(e)))
    page.goto(f"{server}/{pad}")
    page.wait_for_load_state("load")
    return fouten


def geen_overloop(page):
    scroll, client = page.evaluate(BREEDTE)
    assert scroll <= client, f"pagina is {scroll}px breed bij een scherm van {client}px"


def alleen_eigen_host(page, server):
    eigen = urlsplit(server).netloc
    vreemd = [u for u in page.verzoeken
              if urlsplit(u).scheme in ("http", "https", "ws", "wss") and urlsplit(u).netloc != eigen]
    assert not vreemd, vreemd


def axe(page, toestand):
    """Zero WCAG 2.1 A/AA violations on the whole page in this state."""
    from axe_playwright_python.sync_playwright import Axe

    # Measure the state as reached: transitions off (Material fades the header title in when
    # the page scrolls; axe would otherwise catch it half-way, at too little contrast).
    geen_animatie(page)
    resultaat = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    overtredingen = [(v["id"], [n["target"] for n in v["nodes"]]) for v in resultaat.response["violations"]]
    assert not overtredingen, f"{toestand}: {overtredingen}\n{resultaat.generate_report()}"


def controle(page, server, toestand):
    axe(page, toestand)
    geen_overloop(page)
    alleen_eigen_host(page, server)
    assert not page.fouten, page.fouten


def zichtbare_teksten(page, selector):
    return [t.strip() for t in page.locator(f"{selector} >> visible=true").all_inner_texts()]


def knop(page, naam):
    return page.get_by_role("button", name=naam, exact=True)


# ---- interventions overview ---------------------------------------------------------

def kaart_waarden(kaart, facet):
    f = kaart.facetten
    return {
        "doelgroep": f.doelgroepen,
        "niveau": f.niveaus,
        "effect": [f.effectiviteit_volgens_kaart or "niet-ingedeeld"],
        "element": [slug(e) for e in f.werkzame_elementen] or [GEEN_ELEMENT],
    }[facet]


def verwachte_kaarten(kennis, keuze):
    return [k for k in kennis.interventies
            if all(not v or set(v) & set(kaart_waarden(k, f)) for f, v in keuze.items())]


def keuzes(kennis):
    """Filter choices made from the data, each with its query string."""
    eerste_element = next(slug(e) for k in kennis.interventies for e in k.facetten.werkzame_elementen)
    return [
        ({"doelgroep": ["ouders"], "niveau": ["gezin"]}, "doelgroep=ouders&niveau=gezin"),
        ({"effect": ["deels"]}, "effect=deels"),
        ({"doelgroep": ["jongeren", "professionals"]}, "doelgroep=jongeren,professionals"),
        ({"doelgroep": ["inwoners", "ouders"], "effect": ["effectief"]}, "doelgroep=inwoners&doelgroep=ouders&effect=effectief"),
        ({"element": [eerste_element]}, f"element={eerste_element}"),
        ({"element": [GEEN_ELEMENT]}, f"element={GEEN_ELEMENT}"),
    ]


def test_filter_uit_het_webadres_toont_de_juiste_kaarten(telefoon, server, kennis):
    alle = [k.naam for k in kennis.interventies]
    for keuze, query in keuzes(kennis):
        verwacht = [k.naam for k in verwachte_kaarten(kennis, keuze)]
        # every choice, the element filters too, must select some cards but not all (else the
        # comparison below cannot tell a filter that works from one that does nothing)
        assert verwacht and verwacht != alle, (query, verwacht)
        openen(telefoon, server, f"{OVERZICHT}?{query}")
        assert zichtbare_teksten(telefoon, ".sw-kaartoverzicht [data-sw-item] h3") == verwacht, query
        # the comparison table follows the same selection
        assert zichtbare_teksten(telefoon, ".sw-vergelijk thead th[data-sw-volgt]") == verwacht, query
        assert len(zichtbare_teksten(telefoon, ".sw-vergelijk tbody tr:first-child td[data-sw-volgt]")) == len(verwacht)
        status = telefoon.locator(".sw-filter [role=status]").inner_text()
        assert status == f"{len(verwacht)} van {len(alle)} interventies getoond.", status
        # the controls show the choice from the address
        for facet, waarden in keuze.items():
            if facet == "element":
                assert telefoon.locator("select[name=element]").input_value() == waarden[0]
            else:
                for v in telefoon.locator(f"input[name={facet}]").all():
                    assert v.is_checked() == (v.get_attribute("value") in waarden), (query, facet)
    geen_overloop(telefoon)
    alleen_eigen_host(telefoon, server)
    assert not telefoon.fouten, telefoon.fouten


def test_filter_kiezen_zet_de_keuze_in_het_webadres_en_wissen_toont_alles(telefoon, server, kennis):
    openen(telefoon, server, OVERZICHT)
    alle = [k.naam for k in kennis.interventies]
    assert zichtbare_teksten(telefoon, ".sw-kaartoverzicht [data-sw-item] h3") == alle
    assert telefoon.locator(".sw-filter [role=status]").inner_text() == f"Alle {len(alle)} interventies getoond."
    controle(telefoon, server, "overzicht, filters dicht")

    telefoon.locator(".sw-filter__inklap > summary").click()
    telefoon.get_by_role("checkbox", name="Ouders").check()
    telefoon.get_by_role("checkbox", name="Gemeenschap").check()
    # the address follows the choice at the next idle moment (issue 24)
    telefoon.wait_for_function("() => location.search.includes('niveau=')")
    query = parse_qs(urlsplit(telefoon.url).query)
    assert query == {"doelgroep": ["ouders"], "niveau": ["gemeenschap"]}
    verwacht = [k.naam for k in verwachte_kaarten(kennis, {"doelgroep": ["ouders"], "niveau": ["gemeenschap"]})]
    assert zichtbare_teksten(telefoon, ".sw-kaartoverzicht [data-sw-item] h3") == verwacht
    assert "(2 gekozen)" in telefoon.locator(".sw-filter summary").inner_text()
    controle(telefoon, server, "overzicht, twee filters")

    # The address can be shared: a fresh page with it shows the same selection.
    gedeeld = telefoon.url
    telefoon.goto("about:blank")
    telefoon.goto(gedeeld)
    assert zichtbare_teksten(telefoon, ".sw-kaartoverzicht [data-sw-item] h3") == verwacht

    # A choice that no card has: a clear message, still accessible.
    telefoon.goto(f"{server}/{OVERZICHT}?effect=niet-aangetoond")
    if not verwachte_kaarten(kennis, {"effect": ["niet-aangetoond"]}):
        assert "Geen interventies passen" in telefoon.locator(".sw-filter [role=status]").inner_text()
        telefoon.locator(".sw-filter__inklap > summary").click()
        controle(telefoon, server, "overzicht, geen resultaat")

    knop(telefoon, "Alle filters wissen").click()
    telefoon.wait_for_function("() => location.search === ''")
    assert urlsplit(telefoon.url).query == ""
    assert zichtbare_teksten(telefoon, ".sw-kaartoverzicht [data-sw-item] h3") == alle

    # the comparison table scrolls inside its own region, not the page
    telefoon.locator(".sw-vergelijking .sw-tabel").evaluate("e => e.scrollLeft = 400")
    controle(telefoon, server, "overzicht, vergelijking opzij geschoven")


# ---- factor explorer ------------------------------------------------------------------

def test_verkenner_filtert_uit_het_webadres_en_linkt_elke_factor(telefoon, server, kennis):
    keuzes_ = [
        ({"niveau": ["gemeenschap"], "soort": ["beschermend"]}, "niveau=gemeenschap&soort=beschermend"),
        ({"reikwijdte": ["ondermijnend"], "bewijs": ["kwantitatief", "kwalitatief"]}, "reikwijdte=ondermijnend&bewijs=kwantitatief,kwalitatief"),
        ({"niveau": ["gezin"], "bewijs": ["niet-vastgesteld"]}, "niveau=gezin&bewijs=niet-vastgesteld"),
    ]
    for keuze, query in keuzes_:
        verwacht = [f for f in kennis.factoren if all(getattr(f, veld) in w for veld, w in keuze.items())]
        assert verwacht and len(verwacht) < len(kennis.factoren), query
        openen(telefoon, server, f"{VERKENNER}?{query}")
        assert zichtbare_teksten(telefoon, ".sw-verken [data-sw-item] h3") == [f.naam for f in verwacht], query
        assert telefoon.locator(".sw-filter [role=status]").inner_text() == (
            f"{len(verwacht)} van {len(kennis.factoren)} factoren getoond.")
        for f in verwacht:
            item = telefoon.locator(f"[data-sw-item='{f.id}']")
            hrefs = [a.get_attribute("href") for a in item.locator("a").all()]
            assert any(h.endswith(f"#{f.id}") for h in hrefs), f.id
            assert all(any(h.endswith(f"indicatoren.html#{i}") for h in hrefs) for i in f.indicatoren), f.id
            assert all(any(h.endswith(f"literatuur.html#{b}") for h in hrefs) for b in f.bronnen), f.id
    controle(telefoon, server, "verkenner, gefilterd")
    telefoon.get_by_text("Factoren filteren").click()
    controle(telefoon, server, "verkenner, filters open")

    # following a factor link lands on its description
    eerste = verwacht[0]
    telefoon.locator(f"[data-sw-item='{eerste.id}'] h3 a").click()
    telefoon.wait_for_load_state()
    assert telefoon.locator(f"h3[id='{eerste.id}']").count() == 1


# ---- without JavaScript: everything shows, no dead controls --------------------------------

def test_zonder_javascript_volledige_lijsten_en_geen_dode_knoppen(zonder_js, server, kennis):
    zonder_js.goto(f"{server}/{OVERZICHT}?doelgroep=ouders")
    assert zichtbare_teksten(zonder_js, ".sw-kaartoverzicht [data-sw-item] h3") == [k.naam for k in kennis.interventies]
    assert not zonder_js.locator(".sw-filter details").is_visible()
    zonder_js.goto(f"{server}/{VERKENNER}?niveau=gezin")
    assert len(zichtbare_teksten(zonder_js, ".sw-verken [data-sw-item] h3")) == len(kennis.factoren)
    zonder_js.goto(f"{server}/{WIJKSCAN}")
    assert zonder_js.get_by_text("Zonder JavaScript kun je de scan").is_visible()
    assert not [b for b in zonder_js.locator("article button").all() if b.is_visible()]
    assert zonder_js.locator("article input[type=radio]").count() == 16 * 6
    geen_overloop(zonder_js)
    alleen_eigen_host(zonder_js, server)


# ---- wijkscan -----------------------------------------------------------------------

def scan_antwoorden(kennis):
    ind = kennis.indicatoren_van("gezin") + kennis.indicatoren_van("gemeenschap")
    labels = dict(WIJKSCAN_PLAATSEN)
    return {
        ind[0].id: ("2", labels["2"], ""),
        ind[6].id: ("5", labels["5"], "Zorgen over ronselen bij het winkelcentrum.\nNagaan met de wijkagent."),
        ind[15].id: ("weet-niet", "Weet niet", ""),
        ind[9].id: ("", "", "Alleen een notitie, nog geen plaats."),
    }


def radio(page, indicator, label):
    return page.locator(f"[data-ws-indicator='{indicator}']").get_by_role("radio", name=label, exact=True)


def notitie(page, kennis, indicator):
    return page.get_by_role("textbox", name=f"Notitie bij ‘{kennis.indicator(indicator).naam}’", exact=True)


def scan_toestand(page, kennis):
    uit = {}
    for i in kennis.indicatoren:
        gekozen = [r.get_attribute("value") for r in page.locator(f"[data-ws-indicator='{i.id}'] input[type=radio]").all()
                   if r.is_checked()]
        tekst = notitie(page, kennis, i.id).input_value()
        if gekozen or tekst:
            uit[i.id] = (gekozen[0] if gekozen else "", tekst)
    return uit


def verwacht_scan(kennis):
    return {i: (plaats, tekst) for i, (plaats, _, tekst) in scan_antwoorden(kennis).items()}


def invullen(page, kennis):
    for indicator, (plaats, label, tekst) in scan_antwoorden(kennis).items():
        if plaats:
            keuze = radio(page, indicator, label)
            # The scan's blocks are laid out only near the screen (content-visibility): a
            # block that comes into view may still move; a person taps what has settled.
            keuze.scroll_into_view_if_needed()
            keuze.check()
        if tekst:
            notitie(page, kennis, indicator).fill(tekst)


def test_wijkscan_zegt_wat_hij_is_en_citeert_de_waarschuwing(telefoon, server, kennis):
    openen(telefoon, server, WIJKSCAN)
    assert telefoon.get_by_text("Een hulpmiddel voor het gesprek, geen meetinstrument").is_visible()
    telefoon.get_by_text("Een hulpmiddel voor het gesprek, geen meetinstrument").click()  # folded (issue 16)
    assert telefoon.locator("blockquote", has_text="niet kan worden verklaard door louter de aan- of afwezigheid "
                            "van één risico- of beschermende factor").is_visible()
    assert telefoon.get_by_text("Er wordt niets verstuurd.").first.is_visible()
    assert telefoon.locator("[data-ws-indicator]").count() == len(kennis.indicatoren) == 16
    # each indicator: the factors behind it, each with its kind and a link to the factor
    blok = telefoon.locator(f"[data-ws-indicator='{kennis.indicatoren[0].id}']")
    blok.get_by_text("Factoren achter deze indicator").click()
    factoren = kennis.factoren_bij_indicator(kennis.indicatoren[0].id)
    for f in factoren:
        regel = blok.locator("li", has_text=f.naam)
        assert regel.is_visible() and SOORT_ENKELVOUD[f.soort].lower() in regel.inner_text()
    controle(telefoon, server, "wijkscan, leeg, factoren open")
    # one tap further: the factor with its evidence label (and the key on that page)
    f = factoren[0]
    blok.get_by_role("link", name=f.naam, exact=True).click()
    telefoon.wait_for_url(f"**#{f.id}")
    label = telefoon.locator(f"[id='{f.id}'] + div .sw-badge", has_text="Bewijs:")
    assert label.is_visible() and BEWIJS[f.bewijs] in label.inner_text()


def test_wijkscan_bewaart_na_herladen_en_wissen_kan_ongedaan(telefoon, server, kennis, index):
    openen(telefoon, server, WIJKSCAN)
    invullen(telefoon, kennis)
    assert scan_toestand(telefoon, kennis) == verwacht_scan(kennis)
    bewaard = json.loads(telefoon.evaluate(f"() => localStorage.getItem({SCAN_SLEUTEL!r})"))
    assert set(bewaard["indicatoren"]) == set(verwacht_scan(kennis))

    telefoon.reload()
    assert scan_toestand(telefoon, kennis) == verwacht_scan(kennis)
    # the summary is made at the first idle moment after load (issue 24)
    telefoon.locator("[data-sw-wijkscan][data-sw-gereed]").wait_for(state="attached")
    # the summary: positions and notes per indicator, and a count
    for indicator, (plaats, label, tekst) in scan_antwoorden(kennis).items():
        rij = telefoon.locator(f"[data-ws-rij='{indicator}']")
        assert rij.locator(".sw-ws-plaats").inner_text() == (label or "Nog niet ingevuld")
        assert rij.locator(".sw-ws-notitie").inner_text().strip() == tekst.strip()
    assert telefoon.locator(".sw-ws-telling").inner_text() == "2 van 16 indicatoren geplaatst op de as, bij 1 ‘weet niet’."
    # the script makes one row per indicator, in order: its name linking to its block, then
    # the paragraphs where its factors are discussed and the indicator itself
    w = Paginacontext(kennis, "wijkscan.md", index)
    volgorde = [(n, i) for n in ("gezin", "gemeenschap") for i in kennis.indicatoren_van(n)]
    assert telefoon.locator("[data-ws-rij]").evaluate_all("rs => rs.map(r => r.dataset.wsRij)") == [i.id for _, i in volgorde]
    for n, i in volgorde:
        rij = telefoon.locator(f"[data-ws-rij='{i.id}']")
        assert rij.locator("th").inner_text().strip() == f"{NIVEAU[n]} {i.nummer}. {i.naam}"
        links = rij.locator("a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
        assert links[0] == f"#scan-{i.id}" and links[-1] == w.link("indicator", i.id), links
        assert set(links[1:-1]) == {w.link("paragraaf", f.paragraaf) for f in kennis.factoren_bij_indicator(i.id)}, i.id
    controle(telefoon, server, "wijkscan, ingevuld")

    knop(telefoon, "Alle antwoorden wissen").click()
    assert scan_toestand(telefoon, kennis) == {}
    assert telefoon.evaluate(f"() => localStorage.getItem({SCAN_SLEUTEL!r})") is None
    assert telefoon.locator(".sw-ws-balk [role=status]").inner_text().startswith("Alle antwoorden zijn gewist")
    controle(telefoon, server, "wijkscan, gewist met ongedaan maken")
    knop(telefoon, "Ongedaan maken").click()
    assert scan_toestand(telefoon, kennis) == verwacht_scan(kennis)
    assert not knop(telefoon, "Ongedaan maken").is_visible()
    telefoon.reload()
    assert scan_toestand(telefoon, kennis) == verwacht_scan(kennis)
    # the summary is made at the first idle moment after load (issue 24)
    telefoon.locator("[data-sw-wijkscan][data-sw-gereed]").wait_for(state="attached")


def test_wijkscan_export_importeert_op_een_ander_apparaat_tot_dezelfde_stand(telefoon, browser, server, kennis, tmp_path):
    openen(telefoon, server, WIJKSCAN)
    invullen(telefoon, kennis)
    with telefoon.expect_download() as info:
        knop(telefoon, "Antwoorden downloaden (JSON)").click()
    download = info.value
    assert download.suggested_filename.startswith("samen-weerbaar-wijkscan-") and download.suggested_filename.endswith(".json")
    bestand = tmp_path / download.suggested_filename
    download.save_as(bestand)
    data = json.loads(bestand.read_text(encoding="utf-8"))
    assert data["soort"] == "samen-weerbaar-wijkscan" and data["versie"] == 1
    assert {i: (a["plaats"], a["notitie"]) for i, a in data["indicatoren"].items()} == verwacht_scan(kennis)
    alleen_eigen_host(telefoon, server)

    # Another device: a fresh browser context with empty storage.
    context = telefooncontext(browser)
    try:
        ander = telefoonpagina(context)
        openen(ander, server, WIJKSCAN)
        assert scan_toestand(ander, kennis) == {}
        ander.locator("#ws-import").set_input_files(str(bestand))
        status = ander.locator(".sw-ws-balk [role=status]")
        status.filter(has_text="geïmporteerd").wait_for()
        assert scan_toestand(ander, kennis) == verwacht_scan(kennis)
        opgeslagen = json.loads(ander.evaluate(f"() => localStorage.getItem({SCAN_SLEUTEL!r})"))
        assert {i: (a["plaats"], a["notitie"]) for i, a in opgeslagen["indicatoren"].items()} == verwacht_scan(kennis)
        ander.reload()
        assert scan_toestand(ander, kennis) == verwacht_scan(kennis)
        controle(ander, server, "wijkscan, na import")

        # A file that is not a wijkscan changes nothing.
        vreemd = tmp_path / "iets-anders.json"
        vreemd.write_text('{"vragen": {}}', encoding="utf-8")
        ander.locator("#ws-import").set_input_files(str(vreemd))
        ander.locator(".sw-ws-balk [role=status]").filter(has_text="geen wijkscan").wait_for()
        assert scan_toestand(ander, kennis) == verwacht_scan(kennis)
        controle(ander, server, "wijkscan, verkeerd bestand")
    finally:
        context.close()


def test_wijkscan_samenvatting_afdrukken(telefoon, server, kennis):
    openen(telefoon, server, WIJKSCAN)
    invullen(telefoon, kennis)
    telefoon.evaluate("() => { window.print = () => { window.__afgedrukt = true; }; }")
    knop(telefoon, "Samenvatting afdrukken of opslaan als PDF").click()
    assert telefoon.evaluate("() => window.__afgedrukt === true")

    telefoon.emulate_media(media="print")
    assert not [e for e in telefoon.locator("[data-ws-indicator]").all() if e.is_visible()]
    assert not [b for b in telefoon.locator("article button, article input").all() if b.is_visible()]
    assert telefoon.locator(".sw-ws-tabel").is_visible()
    assert telefoon.locator("blockquote").is_visible()  # the warning goes on paper too
    for indicator, (plaats, label, tekst) in scan_antwoorden(kennis).items():
        rij = telefoon.locator(f"[data-ws-rij='{indicator}']")
        assert rij.is_visible() and (not label or rij.get_by_text(label, exact=True).is_visible())
    assert telefoon.locator("#verder-randvoorwaarden").is_visible()


# ---- fit check on the card pages ------------------------------------------------------

def test_passend_check_op_elke_kaart_blijft_bewaard_per_kaart(telefoon, server, kennis):
    met = next(k for k in kennis.interventies if len([p for g in passend_punten(k) for p in g["punten"]]) >= 2)
    zonder = [k for k in kennis.interventies if not passend_punten(k)]
    for kaart in kennis.interventies:
        openen(telefoon, server, f"interventies/{kaart.id}.html")
        blok = telefoon.locator(f"[data-sw-passend='{kaart.id}']")
        punten = [p["tekst"] for g in passend_punten(kaart) for p in g["punten"]]
        assert blok.locator("input[type=checkbox]").count() == 1 + len(punten), kaart.id
        if not punten:
            assert "noemt geen toepasbaarheid" in blok.inner_text()
    assert zonder, "verwacht een kaart zonder toepasbaarheid"

    openen(telefoon, server, f"interventies/{met.id}.html")
    blok = telefoon.locator(f"[data-sw-passend='{met.id}']")
    eerste = [p for g in passend_punten(met) for p in g["punten"]][0]
    blok.get_by_role("checkbox", name=f"Onze doelgroep past bij wat de kaart noemt: ‘{met.doelgroep}’").check()
    blok.locator(f"input[value='{eerste['id']}']").check()
    blok.get_by_role("textbox", name="Notitie voor jullie team").fill("Sleutelfiguren: nog niet in beeld.")
    controle(telefoon, server, "kaart, aangevinkt")
    telefoon.reload()
    aan = [v.get_attribute("value") for v in blok.locator("input[type=checkbox]").all() if v.is_checked()]
    assert aan == ["doelgroep", eerste["id"]]
    assert blok.get_by_role("textbox", name="Notitie voor jullie team").input_value() == "Sleutelfiguren: nog niet in beeld."
    opgeslagen = json.loads(telefoon.evaluate(f"() => localStorage.getItem({PASSEND_SLEUTEL!r})"))
    assert list(opgeslagen["kaarten"]) == [met.id]

    # another card starts empty
    ander = next(k for k in kennis.interventies if k.id != met.id)
    openen(telefoon, server, f"interventies/{ander.id}.html")
    assert not [v for v in telefoon.locator("[data-sw-passend] input[type=checkbox]").all() if v.is_checked()]

    openen(telefoon, server, f"interventies/{met.id}.html")
    knop(telefoon, "Vinkjes en notitie wissen").click()
    assert not [v for v in blok.locator("input[type=checkbox]").all() if v.is_checked()]
    assert telefoon.evaluate(f"() => localStorage.getItem({PASSEND_SLEUTEL!r})") is None
    controle(telefoon, server, "kaart, gewist met ongedaan maken")
    knop(telefoon, "Wissen ongedaan maken").click()
    assert [v.get_attribute("value") for v in blok.locator("input[type=checkbox]").all() if v.is_checked()] == ["doelgroep", eerste["id"]]

    telefoon.evaluate("() => { window.print = () => { window.__afgedrukt = true; }; }")
    knop(telefoon, "Afdrukken of opslaan als PDF").click()
    assert telefoon.evaluate("() => window.__afgedrukt === true")
    telefoon.emulate_media(media="print")
    assert blok.locator("input[type=checkbox]").first.is_visible()  # the boxes go on paper
    assert not [b for b in blok.locator("button").all() if b.is_visible()]

    openen(telefoon, server, f"interventies/{zonder[0].id}.html")
    telefoon.emulate_media(media="screen")
    controle(telefoon, server, "kaart zonder toepasbaarheid")
