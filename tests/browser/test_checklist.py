"""Bijlage 3 as a working checklist on a phone (360×740, real Chromium).

Expectations come from data/hulpvragen.yml (the ``kennis`` fixture): step titles,
question texts and counts. What the page must do: tick and note per question, keep
the answers in this browser only (survive a reload, can be wiped and the wipe undone),
export a filled-in Markdown file, print as a clean list, and without JavaScript be a
plain readable list with no dead buttons.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit


PAGINA = "hulpvragen/index.html"
SLEUTEL = "samen-weerbaar:hulpvragen:v1"
BREEDTE = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
KNOPPEN = ("Afdrukken of opslaan als PDF", "Downloaden als Markdown", "Alle antwoorden wissen")


# ---- helpers ------------------------------------------------------------

GEREED = "[data-sw-checklist][data-sw-gereed]"


def openen(page, server):
    fouten = []
    page.on("pageerror", lambda e: fouten.append(f"{e.message}\n{e.stack or ''}"))
    page.goto(f"{server}/{PAGINA}")
    # The script builds the checklist one step per task and marks the bar when it is done.
    page.wait_for_selector(GEREED, state="attached")
    return fouten


def herladen(page):
    page.reload()
    page.wait_for_selector(GEREED, state="attached")


def vakje(page, vraag):
    """The checkbox of a question: found by its accessible name, the question text."""
    return page.get_by_role("checkbox", name=vraag.tekst, exact=True)


def notitieveld(page, stap, positie):
    """The note of question ``positie`` (1-based) of a step: 'Notitie bij vraag <stap>.<n>'."""
    return page.get_by_role("textbox", name=f"Notitie bij vraag {stap.nummer}.{positie}", exact=True)


def knop(page, naam):
    return page.get_by_role("button", name=naam, exact=True)


def voortgang(page):
    """The polite live regions of the checklist's steps, in page order (one per step; the
    citation block's copy status at the end of the page is another tool's)."""
    return [t.strip() for t in page.locator("article .sw-cl-voortgang[aria-live='polite']").all_inner_texts()]


def verwachte_voortgang(kennis, afgevinkt):
    return [
        f"{sum(v.id in afgevinkt for v in s.vragen)} van {len(s.vragen)} vragen afgevinkt"
        for s in kennis.hulpvragen.stappen
    ]


def alle_vragen(kennis):
    return [v for s in kennis.hulpvragen.stappen for v in s.vragen]


def geen_overloop(page):
    scroll, client = page.evaluate(BREEDTE)
    assert scroll <= client, f"pagina is {scroll}px breed bij een scherm van {client}px"


def alleen_eigen_host(page, server):
    eigen = urlsplit(server).netloc
    vreemd = [
        u for u in page.verzoeken
        if urlsplit(u).scheme in ("http", "https", "ws", "wss") and urlsplit(u).netloc != eigen
    ]
    assert not vreemd, vreemd


def zichtbaar(locator):
    """Visible to a person: Playwright's is_visible, and not faded out (Material's 'back to
    top' button keeps opacity 0 while [hidden])."""
    return locator.is_visible() and locator.evaluate(
        "e => { for (let x = e; x; x = x.parentElement) if (getComputedStyle(x).opacity === '0') return false;"
        " return true; }")


def opgeslagen(page):
    return page.evaluate(f"() => localStorage.getItem({SLEUTEL!r})")


# ---- interactive use --------------------------------------------------------

def test_afvinken_en_notitie_blijven_na_herladen_en_wissen_kan_ongedaan(telefoon, server, kennis):
    fouten = openen(telefoon, server)
    stap = kennis.hulpvragen.stappen[0]
    a, b = stap.vragen[0], stap.vragen[2]
    notitie = "Wijkagent en jongerenwerker uitnodigen.\nAfspraak: 12 mei, buurthuis De Schakel."

    # The privacy text is visible and says it plainly.
    privacy = telefoon.get_by_text("alleen in deze browser op dit apparaat bewaard")
    assert privacy.is_visible()
    assert "niets verstuurd" in privacy.inner_text()

    assert voortgang(telefoon) == verwachte_voortgang(kennis, set())
    vakje(telefoon, a).check()
    vakje(telefoon, b).check()
    notitieveld(telefoon, stap, 2).fill(notitie)
    assert voortgang(telefoon) == verwachte_voortgang(kennis, {a.id, b.id})
    assert f"2 van {len(stap.vragen)} vragen afgevinkt" in voortgang(telefoon)[0]

    bewaard = opgeslagen(telefoon)
    assert bewaard and a.id in bewaard and b.id in bewaard and "buurthuis De Schakel" in bewaard

    herladen(telefoon)
    for v in alle_vragen(kennis):
        assert vakje(telefoon, v).is_checked() == (v.id in (a.id, b.id)), v.id
    assert notitieveld(telefoon, stap, 2).input_value() == notitie
    assert notitieveld(telefoon, stap, 1).input_value() == ""
    assert voortgang(telefoon) == verwachte_voortgang(kennis, {a.id, b.id})

    # Wipe: everything back to empty, storage removed; undo brings it back.
    knop(telefoon, "Alle antwoorden wissen").click()
    assert not any(vakje(telefoon, v).is_checked() for v in alle_vragen(kennis))
    assert notitieveld(telefoon, stap, 2).input_value() == ""
    assert voortgang(telefoon) == verwachte_voortgang(kennis, set())
    assert opgeslagen(telefoon) is None
    assert telefoon.locator(".sw-cl-status[role=status]").inner_text().startswith("Alle antwoorden zijn gewist")

    knop(telefoon, "Wissen ongedaan maken").click()
    assert vakje(telefoon, a).is_checked() and vakje(telefoon, b).is_checked()
    assert notitieveld(telefoon, stap, 2).input_value() == notitie
    assert not knop(telefoon, "Wissen ongedaan maken").is_visible()
    assert a.id in (opgeslagen(telefoon) or "")

    knop(telefoon, "Alle antwoorden wissen").click()
    herladen(telefoon)
    assert not any(vakje(telefoon, v).is_checked() for v in alle_vragen(kennis))
    assert notitieveld(telefoon, stap, 2).input_value() == ""
    assert not knop(telefoon, "Wissen ongedaan maken").is_visible()
    assert opgeslagen(telefoon) is None

    assert not fouten, fouten
    geen_overloop(telefoon)
    alleen_eigen_host(telefoon, server)


def test_markdown_export_bevat_stappen_vinkjes_en_notities(telefoon, server, kennis, tmp_path):
    fouten = openen(telefoon, server)
    stappen = kennis.hulpvragen.stappen
    afgevinkt = [stappen[1].vragen[0], stappen[-1].vragen[-1]]
    met_notitie = stappen[2].vragen[0]
    notitie = "Doelen samen met de moskeevereniging opstellen.\nTweede regel: evaluatie in juni."
    for v in afgevinkt:
        vakje(telefoon, v).check()
    notitieveld(telefoon, stappen[2], 1).fill(notitie)

    with telefoon.expect_download() as info:
        knop(telefoon, "Downloaden als Markdown").click()
    download = info.value
    assert re.fullmatch(r"samen-weerbaar-hulpvragen-antwoorden-\d{4}-\d{2}-\d{2}\.md", download.suggested_filename)
    doel = tmp_path / download.suggested_filename
    download.save_as(doel)
    tekst = doel.read_text(encoding="utf-8")

    assert tekst.startswith(f"# {kennis.hulpvragen.titel}\n")
    # Every step title, in the source's order.
    posities = [tekst.find(f"## Stap {s.nummer}. {s.titel}\n") for s in stappen]
    assert -1 not in posities and posities == sorted(posities), posities
    # Every question once, ticked ones as [x], in order, each under its own step.
    regels = [r for r in tekst.splitlines() if r.startswith("- [")]
    verwacht = [f"- [{'x' if v in afgevinkt else ' '}] {v.tekst}" for v in alle_vragen(kennis)]
    assert regels == verwacht
    for s, begin in zip(stappen, posities):
        eind = min([p for p in posities if p > begin] + [len(tekst)])
        assert all(f"] {v.tekst}" in tekst[begin:eind] for v in s.vragen), s.id
    # The note, all of its lines, right under its question.
    onder = tekst.split(f"- [ ] {met_notitie.tekst}\n", 1)[1]
    assert onder.startswith("  Notitie: Doelen samen met de moskeevereniging opstellen.\n  Tweede regel: evaluatie in juni.\n")

    assert not fouten, fouten
    alleen_eigen_host(telefoon, server)


def test_afdrukken_toont_schone_lijst_met_vakjes_en_notities(telefoon, server, kennis):
    fouten = openen(telefoon, server)
    stap = kennis.hulpvragen.stappen[3]
    afgevinkt, met_notitie = stap.vragen[0], stap.vragen[1]
    notitie = "Rol van de sleutelfiguren bespreken in het buurtoverleg."
    vakje(telefoon, afgevinkt).check()
    notitieveld(telefoon, stap, 2).fill(notitie)

    telefoon.emulate_media(media="print")
    # No navigation, header, footer, sidebars or buttons on paper.
    for selector in (".md-header", ".md-footer", ".md-sidebar--primary", ".md-sidebar--secondary", "nav"):
        zichtbaar = [e for e in telefoon.locator(selector).all() if e.is_visible()]
        assert not zichtbaar, selector
    assert not [b for b in telefoon.get_by_role("button").all() if zichtbaar(b)]
    assert not [t for t in telefoon.locator("textarea").all() if t.is_visible()]
    assert not [c for c in telefoon.get_by_role("checkbox").all() if c.is_visible()]

    # Step titles and sub-headings stay, in order; every question is there; after them the
    # citation block, printed on purpose (issue 22: "Zo citeer je deze pagina" on paper too).
    koppen = telefoon.locator("article h2")
    assert [k.get_attribute("id") for k in koppen.all() if k.is_visible()] == [s.id for s in kennis.hulpvragen.stappen] + ["sw-citeren-kop"]
    for groep in (g for s in kennis.hulpvragen.stappen for g in s.groepen if g.kop):
        assert telefoon.locator("article h3", has_text=groep.kop).first.is_visible()
    for v in alle_vragen(kennis):
        assert telefoon.locator(f"[id='{v.id}']").get_by_text(v.tekst, exact=True).is_visible(), v.id

    # The typed note is printed under its own question.
    gedrukt = telefoon.locator(f"[id='{met_notitie.id}']").get_by_text(notitie, exact=True)
    assert gedrukt.is_visible()

    # A box per question: ticked ☑, the others ☐; and ruled space to write under each.
    def vak(v):
        return telefoon.locator(f"[id='{v.id}']").evaluate("e => getComputedStyle(e, '::before').content")

    assert vak(afgevinkt) == '"\u2611"'
    assert vak(met_notitie) == '"\u2610"'
    assert all(vak(v) == '"\u2610"' for v in alle_vragen(kennis) if v is not afgevinkt)
    hoogte = telefoon.locator(f"[id='{met_notitie.id}']").evaluate(
        "e => parseFloat(getComputedStyle(e, '::after').height)")
    assert hoogte >= 30

    # Printing to PDF gives A4 pages (595×842 pt).
    pdf = telefoon.pdf(prefer_css_page_size=True)
    formaten = set(re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf))
    assert formaten and all(abs(float(b) - 595) < 2 and abs(float(h) - 842) < 2 for b, h in formaten), formaten

    assert not fouten, fouten
    alleen_eigen_host(telefoon, server)


# ---- without JavaScript -------------------------------------------------------

def test_zonder_javascript_een_leesbare_lijst_zonder_dode_knoppen(zonder_js, server, kennis):
    zonder_js.goto(f"{server}/{PAGINA}")
    for s in kennis.hulpvragen.stappen:
        assert zonder_js.locator(f"h2[id='{s.id}']").is_visible()
    for v in alle_vragen(kennis):
        vraag = zonder_js.get_by_text(v.tekst, exact=True)
        assert vraag.count() == 1 and vraag.is_visible(), v.id
    assert not [b for b in zonder_js.get_by_role("button").all() if zichtbaar(b)]
    for naam in KNOPPEN:
        assert not zonder_js.get_by_text(naam).is_visible()
    assert not [t for t in zonder_js.locator("article textarea, article input").all() if t.is_visible()]
    assert not [e for e in zonder_js.locator("article [aria-live]").all() if e.is_visible()]
    geen_overloop(zonder_js)

    # On paper, too: a box per question.
    zonder_js.emulate_media(media="print")
    for v in alle_vragen(kennis):
        inhoud = zonder_js.locator(f"[id='{v.id}']").evaluate("e => getComputedStyle(e, '::before').content")
        assert inhoud == '"\u2610"', v.id
    alleen_eigen_host(zonder_js, server)


# ---- elsewhere, layout and accessibility -----------------------------------------

def test_andere_paginas_laden_het_script_niet(telefoon, server):
    """The checklist's script and stylesheet load only on the checklist page."""
    fouten = openen(telefoon, server)
    telefoon.goto(f"{server}/index.html")
    assert telefoon.locator("script[src$='javascripts/checklist.js']").count() == 0
    assert telefoon.locator("link[href$='stylesheets/checklist.css']").count() == 0
    assert telefoon.locator("input[type=checkbox]:visible, textarea").count() == 0
    assert opgeslagen(telefoon) is None
    assert not fouten, fouten


def test_telefoonmaat_aanraakdoelen_focus_en_geen_overloop(telefoon, server, kennis):
    openen(telefoon, server)
    stap = kennis.hulpvragen.stappen[0]
    lang = "Ondermijningsbestrijdingsprogrammaverantwoordelijke" * 4
    notitieveld(telefoon, stap, 1).fill(lang + "\n" + lang)
    geen_overloop(telefoon)

    # Tapping the question text ticks it: the whole row is the target, ≥ 44 px high.
    v = stap.vragen[1]
    telefoon.get_by_text(v.tekst, exact=True).tap()
    assert vakje(telefoon, v).is_checked()
    for vraag in alle_vragen(kennis):
        hoogte = vakje(telefoon, vraag).evaluate("e => e.closest('label').getBoundingClientRect().height")
        assert hoogte >= 44, (vraag.id, hoogte)
    for naam in KNOPPEN:
        vak = knop(telefoon, naam).bounding_box()
        assert vak["height"] >= 44 and vak["width"] >= 44, (naam, vak)
    for i in range(1, len(stap.vragen) + 1):
        assert notitieveld(telefoon, stap, i).bounding_box()["height"] >= 44

    # Visible keyboard focus on a checkbox, a note and a button.
    for element in (vakje(telefoon, stap.vragen[0]), notitieveld(telefoon, stap, 1), knop(telefoon, KNOPPEN[1])):
        telefoon.keyboard.press("Escape")  # last input: keyboard, so :focus-visible applies
        element.focus()
        stijl = element.evaluate("e => { const s = getComputedStyle(e); return [s.outlineStyle, parseFloat(s.outlineWidth)]; }")
        assert stijl[0] != "none" and stijl[1] >= 2, stijl
    alleen_eigen_host(telefoon, server)


def test_axe_wcag_aa_op_de_afvinklijst(telefoon, server):
    from axe_playwright_python.sync_playwright import Axe

    openen(telefoon, server)
    telefoon.locator("article input[type=checkbox]").first.check()
    resultaat = Axe().run(
        telefoon,
        context={"include": [[".sw-cl-balk"], [".sw-cl-voortgang"], [".sw-cl-vraag"]]},
        options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}},
    )
    overtredingen = [(v["id"], len(v["nodes"])) for v in resultaat.response["violations"]]
    assert not overtredingen, resultaat.generate_report()


STRIKTE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def test_werkt_onder_strikte_csp(telefoon, server, kennis, tmp_path):
    """Served with a strict Content-Security-Policy (no inline script, no eval), the
    checklist still works and causes no violation of its own."""
    telefoon.add_init_script(
        "window.__csp = []; document.addEventListener('securitypolicyviolation',"
        " e => window.__csp.push([e.violatedDirective, e.sourceFile, e.blockedURI]));")

    def met_csp(route):
        antwoord = route.fetch()
        route.fulfill(response=antwoord, headers={**antwoord.headers, "content-security-policy": STRIKTE_CSP})

    telefoon.route(f"{server}/{PAGINA}", met_csp)
    fouten = openen(telefoon, server)
    stap = kennis.hulpvragen.stappen[4]
    vakje(telefoon, stap.vragen[0]).check()
    notitieveld(telefoon, stap, 1).fill("Onder CSP")
    assert stap.vragen[0].id in (opgeslagen(telefoon) or "")
    with telefoon.expect_download() as info:
        knop(telefoon, "Downloaden als Markdown").click()
    info.value.save_as(tmp_path / "export.md")
    assert f"- [x] {stap.vragen[0].tekst}\n  Notitie: Onder CSP\n" in (tmp_path / "export.md").read_text(encoding="utf-8")
    eigen = [s for s in telefoon.evaluate("window.__csp") if "checklist" in (s[1] or "")]
    assert not eigen, eigen
    # Material's own inline scripts are blocked by this policy ('__md_get is not defined');
    # only errors from the checklist script count here.
    assert not [f for f in fouten if "checklist.js" in f], fouten
    alleen_eigen_host(telefoon, server)


def test_tweede_tabblad_volgt_de_antwoorden(telefoon, server, kennis):
    """Two tabs of the same browser share the answers (the 'storage' event)."""
    openen(telefoon, server)
    tweede = telefoon.context.new_page()
    tweede.goto(f"{server}/{PAGINA}")
    v = kennis.hulpvragen.stappen[5].vragen[0]
    vakje(telefoon, v).check()
    tweede.wait_for_function(f"() => document.querySelector(\"[id='{v.id}'] input\").checked")
    assert vakje(tweede, v).is_checked()
    tweede.close()
