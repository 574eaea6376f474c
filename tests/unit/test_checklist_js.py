"""The checklist script and its markup contract, without a browser.

docs/javascripts/checklist.js is loaded on the checklist page: it must stay small, depend on
nothing, run under a strict Content-Security-Policy (no eval, no HTML strings, no
inline handlers), be ES2017, and send nothing anywhere. The template must give it
stable question ids and keep every control hidden until the script runs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros.weergave import hulpvragen
from macros.uitvoer.verkleinen import js_verkleinen

from macros.weergave import Paginacontext

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "docs" / "javascripts" / "checklist.js"


@pytest.fixture(scope="module")
def bron() -> str:
    return SCRIPT.read_text(encoding="utf-8")


def zonder_strings_en_commentaar(js: str) -> str:
    """The code with string, template and comment contents blanked (rough, enough here)."""
    js = re.sub(r"/\*.*?\*/", " ", js, flags=re.S)
    js = re.sub(r"(?m)^\s*//.*$", " ", js)
    return re.sub(r"\"(?:\\.|[^\"\\])*\"|'(?:\\.|[^'\\])*'|`(?:\\.|[^`\\])*`", '""', js)


def test_klein(bron):
    geleverd = js_verkleinen(bron).encode("utf-8")  # what the built site serves
    assert len(geleverd) < 6 * 1024, f"checklist.js is {len(geleverd)} bytes"


@pytest.mark.parametrize("verboden", [
    r"\beval\s*\(", r"\bnew\s+Function\b", r"\bFunction\s*\(", r"set(?:Timeout|Interval)\s*\(\s*[\"'`]",
    r"\.innerHTML\b", r"\.outerHTML\b", r"insertAdjacentHTML", r"document\.write",
    r"\.setAttribute\(\s*[\"']on", r"\.on[a-z]+\s*=",            # inline handlers
    r"\bfetch\s*\(", r"XMLHttpRequest", r"sendBeacon", r"WebSocket", r"EventSource", r"\bimport\s*\(",
    r"\brequire\s*\(", r"https?://",                                 # no dependencies, no hosts
])
def test_csp_veilig_en_zonder_netwerk(bron, verboden):
    assert not re.search(verboden, bron), verboden


@pytest.mark.parametrize("nieuwer", [
    r"\?\.", r"\?\?", r"\bcatch\s*\{", r"\.\.\.", r"\(\?<", r"\bawait\b", r"\bimport\b", r"\bexport\b",
    r"\bflat(?:Map)?\(", r"fromEntries", r"replaceAll", r"matchAll", r"\bat\(", r"#\w+\s*[;=(]",
])
def test_es2017(bron, nieuwer):
    """No syntax or built-in from after ES2017 (optional chaining, spread in objects, …)."""
    assert not re.search(nieuwer, zonder_strings_en_commentaar(bron)), nieuwer


def test_gebruikt_een_vaste_opslagsleutel(bron):
    """The key is fixed; storage goes through the shared checked reader (docs/javascripts/opslag.js),
    which uses localStorage only."""
    assert '"samen-weerbaar:hulpvragen:v1"' in bron
    assert "window.swOpslag" in bron and "sessionStorage" not in bron and "document.cookie" not in bron
    opslag = (SCRIPT.parent / "opslag.js").read_text(encoding="utf-8")
    assert "localStorage" in opslag and "sessionStorage" not in opslag and "document.cookie" not in opslag


def test_syntax_klopt_volgens_node():
    node = shutil.which("node") or shutil.which("nodejs")
    if not node:
        pytest.skip("node niet geïnstalleerd")
    uit = subprocess.run([node, "--check", str(SCRIPT)], capture_output=True, text=True)
    assert uit.returncode == 0, uit.stderr


# ---- markup contract of macros/weergave/templates/hulpvragen.md.j2 -------------------------

@pytest.fixture(scope="module")
def opmaak(kennis, index):
    html = str(hulpvragen.hulpvragen(Paginacontext(kennis, "hulpvragen/index.md", index)))
    return BeautifulSoup(html, "html.parser")


def test_elke_vraag_heeft_zijn_vaste_id(opmaak, kennis):
    lis = opmaak.select("ul.sw-vragen > li")
    assert [li["data-vraag"] for li in lis] == [v.id for s in kennis.hulpvragen.stappen for v in s.vragen]
    assert all(li["id"] == li["data-vraag"] for li in lis)


def test_stappen_dragen_nummer_en_titel(opmaak, kennis):
    stappen = opmaak.select(".sw-stap[data-stap]")
    assert [(s["data-stap"], s["data-nummer"], s["data-titel"]) for s in stappen] == [
        (s.id, str(s.nummer), f"Stap {s.nummer}. {s.titel}") for s in kennis.hulpvragen.stappen
    ]
    for s in stappen:
        regio = s.select_one(".sw-cl-voortgang")
        assert regio is not None and regio.has_attr("hidden") and regio["aria-live"] == "polite"


def test_zonder_script_geen_knoppen_en_geen_verrijking_in_vragen(opmaak):
    balk = opmaak.select_one("[data-sw-checklist]")
    assert balk is not None and balk.has_attr("hidden")
    knoppen = opmaak.find_all("button")
    assert knoppen and all(balk in k.parents for k in knoppen)
    assert not opmaak.select("ul.sw-vragen input, ul.sw-vragen textarea, ul.sw-vragen a")
    # macros/weergave/verrijking.py skips an element whose class attribute starts with this.
    for ul in opmaak.select("ul.sw-vragen"):
        assert ul["class"][0] == "sw-geen-verrijking"
