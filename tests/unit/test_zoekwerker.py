"""The search worker (macros/zoeken/werker.py + zoekwerker.js) run in Node on a small index made
for the purpose: each kind of Dutch query finds the section that has the word in another
form; the protocol Material's UI speaks; no eval under a strict CSP; vendored libraries equal
to the npm packages pinned in package.json."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from macros.zoeken.index import synoniemen, synoniemgroepen
from macros.zoeken.werker import MINISEARCH, STEMMER, werker
from tests.npm import npm_nodig

ROOT = Path(__file__).resolve().parents[2]
NODE = shutil.which("node")

#: location -> text. Each query kind below must find its section first.
TEKSTEN = {
    "a.html#financieel": "Financiële problemen en schulden in het gezin.",
    "a.html#inventarisatie": "Een behoefte-inventarisatie in de wijk helpt bij de start.",
    "a.html#relaties": "Warme ouder-kind relaties beschermen jongeren.",
    "b.html#profiel": "Maak eerst een wijkprofiel met bewoners.",
    "b.html#sleutel": "Sleutelfiguren in de gemeenschap openen deuren.",
    "b.html#hulp": "Deze hulpvragen helpen het gesprek op gang.",
    "c.html#moeders": "Een training voor moeders over opvoeden.",
    "c.html#voorwoord": "Voor de lezer: voor wie is dit voor en voor wanneer.",
    "c.html#ctc": "Communities That Care werkt met een preventieplan.",
    "c.html#meld": "De meldingsbereidheid van bewoners neemt toe.",
}
VRAGEN = [  # (query, expected first location, kind)
    ("financiele", "a.html#financieel", "zonder accenten"),
    ("behoefteinventarisatie", "a.html#inventarisatie", "aaneen, tekst met koppelteken"),
    ("behoefte inventarisatie", "a.html#inventarisatie", "los, tekst met koppelteken"),
    ("ouderkindrelatie", "a.html#relaties", "aaneen, tekst gesplitst"),
    ("wijk profiel", "b.html#profiel", "gesplitst, tekst aaneen"),
    ("sleutelfiguur", "b.html#sleutel", "enkelvoud met klinkerwissel"),
    ("hulpvraag", "b.html#hulp", "enkelvoud met klinkerwissel"),
    ("training voor moeders", "c.html#moeders", "stopwoorden"),
    ("meldingsbereidhied", "c.html#meld", "verwisselde letters"),
    ("meldingsbereidheit", "c.html#meld", "een letter fout"),
    ("CTC", "c.html#ctc", "acroniem uit de begrippenlijst"),
    ("meldingsbe", "c.html#meld", "prefix van het laatste woord"),
]


def _index() -> dict:
    groepen = synoniemgroepen([type("B", (), {"term": "CTC (Communities That Care)", "varianten": ["CtC"]})()])
    docs = []
    for loc, tekst in TEKSTEN.items():
        d = {"location": loc, "title": loc.split("#")[1].capitalize(), "page": "Pagina", "text": tekst}
        if syn := synoniemen(tekst, groepen):
            d["syn"] = syn
        docs.append(d)
    return {"config": {"lang": ["nl"], "separator": "[\\s]+", "pipeline": []}, "docs": docs}


# The worker loaded in Node as in a browser worker: `luisteraar` receives what the page
# posts, `berichten` collects what the worker posts back. Drivers start with it.
HARNAS = r"""
const fs = require("fs");
const [werker, invoer] = process.argv.slice(2);
const { index, vragen } = JSON.parse(fs.readFileSync(invoer, "utf8"));
const berichten = [];
let luisteraar;
globalThis.self = globalThis;
globalThis.addEventListener = (type, f) => { luisteraar = f; };
globalThis.postMessage = (m) => berichten.push(m);
new Function("module", "exports", "define", fs.readFileSync(werker, "utf8"))();
"""

DRIVER = HARNAS + r"""
const antwoord = (n) => new Promise((klaar) => {
  const kijk = () => (berichten.length > n ? klaar() : setTimeout(kijk, 1));
  kijk();
});
(async () => {
  luisteraar({ data: { type: 0, data: index } });
  for (const v of vragen) {
    const n = berichten.length;
    luisteraar({ data: { type: 2, data: v } });
    await antwoord(n);
  }
  // typed fast: only the newest of queries sent at once is answered
  const n = berichten.length;
  for (const v of ["s", "sl", "sle"]) luisteraar({ data: { type: 2, data: v } });
  await antwoord(n);
  await new Promise((r) => setTimeout(r, 20));
  process.stdout.write(JSON.stringify(berichten));
})();
"""


@pytest.fixture(scope="module")
def antwoorden(tmp_path_factory):
    if not NODE:
        pytest.fail("node ontbreekt: `make node` installeert het")
    map_ = tmp_path_factory.mktemp("werker")
    _, inhoud = werker()
    (map_ / "werker.js").write_bytes(inhoud)
    (map_ / "invoer.json").write_text(json.dumps({"index": _index(), "vragen": [v for v, _, _ in VRAGEN] + ["", "de het een"]}))
    (map_ / "driver.js").write_text(DRIVER)
    uit = subprocess.run([NODE, str(map_ / "driver.js"), str(map_ / "werker.js"), str(map_ / "invoer.json")],
                         capture_output=True, text=True, timeout=120, check=True)
    return json.loads(uit.stdout)


@pytest.mark.parametrize("vraag, verwacht, soort", VRAGEN, ids=[f"{s}: {v}" for v, _, s in VRAGEN])
def test_soort_vraag_vindt_de_sectie(antwoorden, vraag, verwacht, soort):
    bericht = antwoorden[1 + [v for v, _, _ in VRAGEN].index(vraag)]
    assert bericht["type"] == 3 and bericht["data"]["sw_vraag"] == vraag
    groepen = bericht["data"]["items"]
    assert groepen, f"{soort}: niets gevonden voor {vraag!r}"
    eerste = groepen[0]
    best = max(eerste, key=lambda d: d["score"])  # what Enter opens (Material)
    assert best["location"] == verwacht, (soort, [[d["location"] for d in g] for g in groepen])
    # every result names the words to highlight on arrival (never an empty ?h=) and marks them
    for groep in groepen:
        for d in groep:
            assert any(d["terms"].values()), (vraag, d)
    assert "<mark>" in best["text"] + best["title"], best


def test_protocol_klaar_leeg_en_alleen_stopwoorden(antwoorden):
    assert antwoorden[0] == {"type": 1}
    leeg, stop, snel = antwoorden[-3], antwoorden[-2], antwoorden[-1]
    assert snel["data"]["sw_vraag"] == "sle" and antwoorden[-2]["data"]["sw_vraag"] != "sl"
    assert leeg["data"] == {"items": [], "sw_vraag": ""}
    assert stop["data"]["items"] == [] and stop["data"]["sw_vraag"] == "de het een"


def test_tekst_uit_de_data_wordt_ontsnapt(tmp_path):
    """Titles and snippets are HTML for Material: text from the index is escaped."""
    index = {"config": {}, "docs": [{"location": "x.html#a", "title": "<img src=x onerror=alert(1)>",
                                      "page": "P", "text": "kwaad <script>alert(1)</script> woord"}]}
    (tmp_path / "w.js").write_bytes(werker()[1])
    (tmp_path / "i.json").write_text(json.dumps({"index": index, "vragen": ["woord", "img"]}))
    (tmp_path / "d.js").write_text(DRIVER)
    uit = json.loads(subprocess.run([NODE, str(tmp_path / "d.js"), str(tmp_path / "w.js"), str(tmp_path / "i.json")],
                                    capture_output=True, text=True, timeout=120, check=True).stdout)
    for bericht in uit[1:3]:
        assert bericht["data"]["items"], bericht
        for d in bericht["data"]["items"][0]:
            assert "<script" not in d["text"] and "<img" not in d["title"], d


def test_geen_eval_en_geen_netwerk_in_de_werker():
    tekst = werker()[1].decode()
    for verboden in (r"\beval\s*\(", r"new\s+Function\b", r"\bimportScripts\b",
                     r"\bXMLHttpRequest\b", r"\bWebSocket\b"):
        assert not re.search(verboden, tekst), verboden


def test_gevendorde_bibliotheken_gelijk_aan_npm(request):
    pakket = json.loads((ROOT / "package.json").read_text())["dependencies"]
    for bestand, naam, pad in ((MINISEARCH, "minisearch", "dist/umd/index.js"),
                               (STEMMER, "@orama/stemmers", "dist/nl.cjs")):
        npm = npm_nodig(ROOT / "node_modules" / naam, request.config)
        assert json.loads((npm / "package.json").read_text())["version"] == pakket[naam]
        assert (npm / pad).read_bytes() == bestand.read_bytes(), f"{bestand} wijkt af van {naam} {pakket[naam]}"
        assert pakket[naam] in werker()[1].decode(), f"werker.py noemt {naam} {pakket[naam]} niet"


OPWARMEN = HARNAS + r"""
const wacht = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  luisteraar({ data: { type: 0, data: index } });
  luisteraar({ data: { type: 2, data: "" } });  // what Material sends as soon as the worker is ready
  await wacht(700);                             // the warm-up query (0.3 s after ready) has run
  luisteraar({ data: { type: 2, data: "sleutelfiguur" } });
  await wacht(50);
  process.stdout.write(JSON.stringify(berichten));
})();
"""


def test_opwarmen_na_klaar_stuurt_niets_en_verandert_geen_antwoord(tmp_path, antwoorden):
    """Search started ahead of the visitor runs one unseen query after ready (zoekwerker.js): it
    posts no message, and the first real answer is the same as without it (the fixture's run,
    where queries came at once and the warm-up never ran)."""
    (tmp_path / "w.js").write_bytes(werker()[1])
    (tmp_path / "i.json").write_text(json.dumps({"index": _index()}))
    (tmp_path / "d.js").write_text(OPWARMEN)
    uit = json.loads(subprocess.run([NODE, str(tmp_path / "d.js"), str(tmp_path / "w.js"), str(tmp_path / "i.json")],
                                    capture_output=True, text=True, timeout=120, check=True).stdout)
    assert [b["type"] for b in uit] == [1, 3, 3], uit
    assert uit[1]["data"]["sw_vraag"] == "" and uit[2]["data"]["sw_vraag"] == "sleutelfiguur"
    zonder = antwoorden[1 + [v for v, _, _ in VRAGEN].index("sleutelfiguur")]
    assert uit[2]["data"] == zonder["data"]
