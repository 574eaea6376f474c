"""Stored and imported answers of every tool are checked on reading (docs/javascripts/opslag.js).

For each tool (checklist, wijkscan, the fit check on a card) a fuzzed localStorage value —
damaged JSON, wrong types, arrays for objects, unknown ids, prototype names, huge strings and
numbers, unknown versions — must load without a JavaScript error, drop what does not fit (or,
for ids the page does not have and newer versions, put it aside under "Niet meer herkende
antwoorden", issue 21) with a notice in the tool's status region (role=status), and keep saving
new answers across a reload. Answers stored by today's format (version 1, no "versie") keep working when
questions are removed or added; they are migrated to the versioned format. The wijkscan import
gets the same treatment with fuzzed files. Ids and answer sets come from the data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from macros.weergave.labels import WIJKSCAN_PLAATSEN
from macros.weergave.interventies import passend_punten
from tests.browser.conftest import telefooncontext

PROTOTYPE_NAMEN = ("constructor", "__proto__", "toString", "hasOwnProperty", "valueOf")
ONBEKEND = "bestaat-niet-meer"
NIET_HERKEND = "Niet meer herkende antwoorden"


@dataclass
class Hulpmiddel:
    naam: str
    pagina: str
    sleutel: str
    verzameling: str  # the top-level dictionary of answers in storage
    gereed: str  # selector present once the tool has read storage
    status: str  # the tool's role=status region
    ids: list[str]  # answer ids from the data, in page order
    antwoord: dict  # a valid answer in today's format
    leeg_antwoord_vorm: dict  # field -> wrong-typed value

    def vakje(self, id_: str) -> str:
        """Selector of the control that answers ``id_`` (tick / place)."""
        if self.naam == "checklist":
            return f"[id='{id_}'] input[type=checkbox]"
        if self.naam == "wijkscan":
            return f"[data-ws-indicator='{id_}'] input[type=radio][value='{WIJKSCAN_PLAATSEN[2][0]}']"
        return f"[data-sw-passend] input[type=checkbox][value='{id_}']"


def hulpmiddelen(kennis) -> list[Hulpmiddel]:
    vragen = [v.id for s in kennis.hulpvragen.stappen for g in s.groepen for v in g.vragen]
    indicatoren = [i.id for n in ("gezin", "gemeenschap") for i in kennis.indicatoren_van(n)]
    kaart = next(k for k in kennis.interventies if len([p for g in passend_punten(k) for p in g["punten"]]) >= 2)
    punten = ["doelgroep"] + [p["id"] for g in passend_punten(kaart) for p in g["punten"]]
    return [
        Hulpmiddel("checklist", "hulpvragen/index.html", "samen-weerbaar:hulpvragen:v1", "vragen",
                   "[data-sw-checklist][data-sw-gereed]", "[data-sw-checklist] [role=status]", vragen,
                   {"af": True, "notitie": "bewaard"}, {"af": "ja", "notitie": 12}),
        Hulpmiddel("wijkscan", "wijkscan.html", "samen-weerbaar:wijkscan:v1", "indicatoren",
                   "[data-sw-wijkscan][data-sw-gereed]", "[data-sw-wijkscan] [role=status]", indicatoren,
                   {"plaats": WIJKSCAN_PLAATSEN[2][0], "notitie": "bewaard"}, {"plaats": 9, "notitie": ["x"]}),
        Hulpmiddel(f"passend:{kaart.id}", f"interventies/{kaart.id}.html", "samen-weerbaar:passend:v1", "kaarten",
                   "[data-sw-passend][data-sw-gereed]", "[data-sw-passend] [role=status]", punten,
                   {}, {}),
    ]


def opgeslagen_vorm(h: Hulpmiddel, antwoorden: dict) -> dict:
    """Today's (version 1) stored document for ``antwoorden`` {id: answer}."""
    if h.naam.startswith("passend"):
        kaart = h.pagina.rsplit("/", 1)[1][:-5]
        return {"kaarten": {kaart: {"punten": list(antwoorden), "notitie": ""}}}
    return {h.verzameling: antwoorden}


def fuzz_waarden(h: Hulpmiddel) -> dict[str, str]:
    """Damaged or foreign storage values, each as the raw string put in localStorage."""
    goed = h.ids[0]
    if h.naam.startswith("passend"):
        kaart = h.pagina.rsplit("/", 1)[1][:-5]
        per_id = {
            "prototype-namen": {"kaarten": {n: {"punten": ["doelgroep"], "notitie": "x"} for n in PROTOTYPE_NAMEN}
                                | {kaart: {"punten": list(PROTOTYPE_NAMEN), "notitie": 5}}},
            "onbekende-id": {"kaarten": {kaart: {"punten": [ONBEKEND, 7, None, {"a": 1}], "notitie": ""}}},
            "verkeerde-typen": {"kaarten": {kaart: {"punten": "doelgroep", "notitie": {"tekst": "x"}}}},
            "waar-per-id": {"kaarten": {kaart: True}},
            "enorme-tekst": {"kaarten": {kaart: {"punten": [], "notitie": "x" * 1_000_000}}},
            "lijst-punten-enorm": {"kaarten": {kaart: {"punten": [goed] * 50_000 + [1e308]}}},
        }
    else:
        per_id = {
            "prototype-namen": {h.verzameling: {n: h.antwoord for n in PROTOTYPE_NAMEN}},
            "onbekende-id": {h.verzameling: {ONBEKEND: h.antwoord}},
            "verkeerde-typen": {h.verzameling: {goed: h.leeg_antwoord_vorm}},
            "waar-per-id": {h.verzameling: {goed: True}},
            "enorme-tekst": {h.verzameling: {goed: {"notitie": "x" * 1_000_000}}},
            "enorm-getal": {h.verzameling: {goed: {k: 1e308 for k in h.antwoord}}},
        }
    waarden = {naam: json.dumps(doc) for naam, doc in per_id.items()}
    waarden.update({
        "geen-json": "{niet: json",
        "getal": "42",
        "tekst": '"hallo"',
        "lijst": "[]",
        "verzameling-is-lijst": json.dumps({h.verzameling: []}),
        "verzameling-is-tekst": json.dumps({h.verzameling: "alles"}),
        "oneindig": '{"%s": 1e999}' % h.verzameling,
        "versie-onbekend": json.dumps({"versie": "twee", h.verzameling: {}}),
        "versie-uit-de-toekomst": json.dumps({"versie": 99, h.verzameling: {ONBEKEND: {}}}),
        "diep-genest": '{"%s": %s}' % (h.verzameling, "[" * 20000 + "]" * 20000),
    })
    return waarden


@pytest.fixture(scope="module")
def tools(kennis):
    return hulpmiddelen(kennis)


def nieuwe_pagina(browser):
    context = telefooncontext(browser)
    page = context.new_page()
    page.fouten = []
    page.on("pageerror", lambda e: page.fouten.append(f"pageerror: {e}"))
    page.on("console", lambda m: page.fouten.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    return context, page


def laden(page, server, h: Hulpmiddel, opslag: str | None = None):
    """Opens the tool with ``opslag`` as its stored value (raw string) and waits until it has
    read it."""
    page.goto(f"{server}/{h.pagina}")
    page.wait_for_selector(h.gereed, state="attached")
    if opslag is not None:
        page.evaluate("([k, v]) => localStorage.setItem(k, v)", [h.sleutel, opslag])
        page.reload()
        page.wait_for_selector(h.gereed, state="attached")


def beantwoord_en_herlaad(page, h: Hulpmiddel, id_: str):
    vakje = page.locator(h.vakje(id_))
    vakje.scroll_into_view_if_needed()  # the wijkscan's blocks may move once near the screen
    vakje.check()
    page.reload()
    page.wait_for_selector(h.gereed, state="attached")
    return page.locator(h.vakje(id_)).is_checked()


def opgeslagen(page, h: Hulpmiddel):
    return json.loads(page.evaluate("k => localStorage.getItem(k)", h.sleutel) or "null")


def niet_herkend(page) -> list:
    """The backup of what the tools did not understand (opslag.js, issue 21)."""
    return json.loads(page.evaluate("() => localStorage.getItem('samen-weerbaar:niet-herkend')") or "[]")


def test_elk_hulpmiddel_overleeft_rommel_in_de_opslag_en_bewaart_daarna_nieuwe_antwoorden(browser, server, tools):
    """Every fuzzed value on every tool: no error, a notice, and a new answer survives a reload."""
    fouten = []
    context, page = nieuwe_pagina(browser)
    try:
        for h in tools:
            for naam, waarde in fuzz_waarden(h).items():
                toestand = f"{h.naam} / {naam}"
                page.fouten.clear()
                laden(page, server, h, waarde)
                melding = page.locator(h.status).inner_text()
                if "weggelaten" not in melding and NIET_HERKEND not in melding:
                    fouten.append(f"{toestand}: geen melding, status is {melding!r}")
                tekst = page.locator("article").inner_text()
                if "native code" in tekst or "function " in tekst:
                    fouten.append(f"{toestand}: functietekst op de pagina")
                # Nothing but real answers shows as given.
                aan = page.evaluate("""() => [...document.querySelectorAll('article input:checked')].length""")
                if naam in ("prototype-namen", "onbekende-id", "versie-uit-de-toekomst") and aan:
                    fouten.append(f"{toestand}: {aan} antwoorden getoond uit ongeldige opslag")
                nieuw = h.ids[-1]
                if not beantwoord_en_herlaad(page, h, nieuw):
                    fouten.append(f"{toestand}: nieuw antwoord op {nieuw} niet bewaard na herladen")
                doc = opgeslagen(page, h)
                if not isinstance(doc, dict) or doc.get("versie") != 2:
                    fouten.append(f"{toestand}: opslag niet in versie 2: {str(doc)[:120]}")
                fouten += [f"{toestand}: {f}" for f in page.fouten]
                page.evaluate("() => localStorage.clear()")
    finally:
        context.close()
    assert not fouten, f"{len(fouten)} fouten:\n" + "\n".join(fouten)


def test_antwoorden_van_vandaag_blijven_werken_als_vragen_verdwijnen_of_bijkomen(browser, server, tools):
    """Today's format (no "versie"): answers to ids that still exist show, an answer to a removed
    id is put aside (issue 21: never dropped) with a notice, ids added since start empty; the
    store is migrated to version 2."""
    context, page = nieuwe_pagina(browser)
    try:
        for h in tools:
            bestaand = h.ids[:2]
            antwoorden = {i: h.antwoord for i in bestaand}
            # First: exactly today's data, nothing removed: no notice.
            laden(page, server, h, json.dumps(opgeslagen_vorm(h, antwoorden)))
            assert all(page.locator(h.vakje(i)).is_checked() for i in bestaand), h.naam
            assert not [i for i in h.ids[2:] if page.locator(h.vakje(i)).is_checked()], h.naam
            assert "weggelaten" not in page.locator(h.status).inner_text(), h.naam
            doc = opgeslagen(page, h)
            assert doc["versie"] == 2, (h.naam, doc)
            # Then: one of the stored ids was removed from the site since.
            antwoorden[ONBEKEND] = h.antwoord
            laden(page, server, h, json.dumps(opgeslagen_vorm(h, antwoorden)))
            assert all(page.locator(h.vakje(i)).is_checked() for i in bestaand), h.naam
            assert NIET_HERKEND in page.locator(h.status).inner_text(), h.naam
            assert ONBEKEND not in json.dumps(opgeslagen(page, h)), h.naam
            assert ONBEKEND in json.dumps(niet_herkend(page)), h.naam
            assert beantwoord_en_herlaad(page, h, h.ids[-1]), h.naam
            assert all(page.locator(h.vakje(i)).is_checked() for i in bestaand), h.naam
            assert not page.fouten, (h.naam, page.fouten)
            page.evaluate("() => localStorage.clear()")
    finally:
        context.close()


def test_checklist_met_vinkje_als_waarde_gooit_geen_fout_bij_afvinken(browser, server, tools):
    """The reported case: {"vragen": {"<id>": true}} made ticking throw a TypeError and save nothing."""
    h = tools[0]
    context, page = nieuwe_pagina(browser)
    try:
        laden(page, server, h, json.dumps({"vragen": {h.ids[0]: True}}))
        assert beantwoord_en_herlaad(page, h, h.ids[0])
        assert opgeslagen(page, h)["vragen"][h.ids[0]]["af"] is True
        assert not page.fouten, page.fouten
    finally:
        context.close()


# ---- wijkscan import --------------------------------------------------------------------

def import_bestanden(h: Hulpmiddel) -> dict[str, bytes]:
    goed = h.ids[0]
    soort = "samen-weerbaar-wijkscan"
    docs = {
        "prototype-namen": {"soort": soort, "versie": 1, "indicatoren": {n: h.antwoord for n in PROTOTYPE_NAMEN}},
        "onbekende-id": {"soort": soort, "versie": 1, "indicatoren": {ONBEKEND: h.antwoord, goed: h.antwoord}},
        "verkeerde-typen": {"soort": soort, "versie": 1, "indicatoren": {goed: {"plaats": 3, "notitie": False}}},
        "indicatoren-lijst": {"soort": soort, "versie": 1, "indicatoren": [h.antwoord]},
        "enorme-waarden": {"soort": soort, "versie": 1,
                           "indicatoren": {goed: {"plaats": "x" * 100_000, "notitie": "y" * 500_000}}},
        "enorm-getal": {"soort": soort, "versie": 1e308, "indicatoren": {goed: {"plaats": 1e308}}},
    }
    bestanden = {naam: json.dumps(doc).encode() for naam, doc in docs.items()}
    bestanden.update({
        "geen-json": b"{niet: json",
        "lijst": b"[1, 2, 3]",
        "leeg": b"",
        "binair": bytes(range(256)) * 4,
        "ander-soort": json.dumps({"soort": "iets-anders", "indicatoren": {goed: h.antwoord}}).encode(),
        "te-groot": b'{"soort": "samen-weerbaar-wijkscan", "indicatoren": {}, "x": "' + b"z" * (3 * 1024 * 1024) + b'"}',
    })
    return bestanden


def telling(page) -> str:
    """The wijkscan's count line once pending summary work has run.

    The summary is updated at idle time (issue 24, up to 1 s after a change); printing runs
    pending work first, so a ``beforeprint`` event gives the count a reader would print."""
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    return page.locator(".sw-ws-telling").inner_text()


def test_wijkscan_import_van_rommel_geeft_melding_en_geen_fout(browser, server, tools):
    h = next(t for t in tools if t.naam == "wijkscan")
    fouten = []
    context, page = nieuwe_pagina(browser)
    try:
        laden(page, server, h)
        for naam, inhoud in import_bestanden(h).items():
            page.fouten.clear()
            status = page.locator(h.status)
            page.evaluate("s => { document.querySelector(s).textContent = ''; }", h.status)
            page.locator("#ws-import").set_input_files(
                files=[{"name": f"{naam}.json", "mimeType": "application/json", "buffer": inhoud}])
            status.filter(has_text=".").wait_for()
            melding = status.inner_text()
            geplaatst = telling(page)
            if naam in ("prototype-namen", "verkeerde-typen", "indicatoren-lijst", "enorm-getal", "enorme-waarden"):
                if "weggelaten" not in melding and NIET_HERKEND not in melding:
                    fouten.append(f"{naam}: geen melding over weggelaten waarden: {melding!r}")
                if not geplaatst.startswith("0 van"):
                    fouten.append(f"{naam}: telt als geplaatst: {geplaatst!r}")
            elif naam == "onbekende-id":
                if NIET_HERKEND not in melding or not geplaatst.startswith("1 van"):
                    fouten.append(f"{naam}: {melding!r} / {geplaatst!r}")
            elif "Er is niets veranderd" not in melding:
                fouten.append(f"{naam}: {melding!r}")
            if "native code" in page.locator("article").inner_text():
                fouten.append(f"{naam}: functietekst op de pagina")
            # New answers are still kept.
            if not beantwoord_en_herlaad(page, h, h.ids[-1]):
                fouten.append(f"{naam}: nieuw antwoord niet bewaard na herladen")
            fouten += [f"{naam}: {f}" for f in page.fouten]
            page.evaluate("() => localStorage.clear()")
            page.reload()
            page.wait_for_selector(h.gereed, state="attached")
    finally:
        context.close()
    assert not fouten, "\n".join(fouten)


def test_opslag_van_een_ander_tabblad_wordt_ook_gecontroleerd(browser, server, tools):
    """The storage event (another tab writes) goes through the same check."""
    h = next(t for t in tools if t.naam == "wijkscan")
    context = telefooncontext(browser)
    try:
        een, twee = context.new_page(), context.new_page()
        fouten = []
        for p in (een, twee):
            p.on("pageerror", lambda e: fouten.append(str(e)))
            p.goto(f"{server}/{h.pagina}")
            p.wait_for_selector(h.gereed, state="attached")
        een.evaluate("([k, v]) => localStorage.setItem(k, v)",
                     [h.sleutel, json.dumps({h.verzameling: {"constructor": h.antwoord}})])
        twee.locator(h.status).filter(has_text=NIET_HERKEND).wait_for()
        assert telling(twee).startswith("0 van")
        assert not fouten, fouten
    finally:
        context.close()
