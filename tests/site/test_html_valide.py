"""Valid HTML: the Nu Html Checker (vnu-jar from npm, run with Java 17) over every built page,
404.html included. `make test` installs it with `npm ci --ignore-scripts`.

Exactly one known false positive of the theme is filtered, nothing else:

    Attribute "autocomplete" is only allowed when the input type is ... (not checkbox)

on Material's two hidden state toggles in base.html,
    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
The attribute is there on purpose: without it Firefox restores the checked state on
back/forward navigation, so the menu or the search would reopen by itself. The filter matches
the message *and* the element (class md-toggle, id __drawer/__search), so the same error on
any other element still fails the test.

Material's other vnu error (`<label for="__toc">` on section index pages, where the `__toc`
checkbox does not exist) is fixed in overrides/partials/toc.html, not filtered.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.npm import npm_nodig, snelle_run

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

BEKENDE_THEMAFOUT = re.compile(r"^Attribute “autocomplete” is only allowed when the input type is ")
# The theme's two toggles, whatever the attribute order and quoting (the built pages are
# may one day be minified again; an HTML minifier may drop quotes and reorder attributes).
THEMA_TOGGLE = re.compile(r"<input\b[^>]*>")
TOGGLE_ATTRIBUTEN = [re.compile(p) for p in (
    r'\bclass="?md-toggle[\s">]', r'\bdata-md-toggle="?(drawer|search)[\s">]', r'\btype="?checkbox[\s">]',
    r'\bid="?__(drawer|search)[\s">]', r'\bautocomplete="?off[\s">]')]


def is_thematoggle(tag: str) -> bool:
    return all(p.search(tag) for p in TOGGLE_ATTRIBUTEN)


@pytest.fixture(autouse=True)
def vnu_aanwezig(request):
    """The validator (vnu-jar from npm) and Java: `make test` installs both; `make test-fast`
    skips these tests on a machine without them (tests/npm.py)."""
    npm_nodig(VNU, request.config)
    if not shutil.which("java"):
        reden = "java ontbreekt (Debian: openjdk-17-jre-headless); `make test` installeert het"
        if snelle_run(request.config):
            pytest.skip(f"make test-fast: {reden}")
        pytest.fail(reden)


def vnu(*paden: Path) -> list[dict]:
    resultaat = subprocess.run(
        ["java", "-Xss2m", "-jar", str(VNU), "--format", "json", "--errors-only", "--skip-non-html",
         *map(str, paden)],
        capture_output=True, text=True, timeout=600,
    )
    # vnu writes its JSON report to stderr; exit 1 means "errors found".
    assert resultaat.returncode in (0, 1), resultaat.stderr[-2000:]
    return json.loads(resultaat.stderr)["messages"]


def is_bekende_themafout(m: dict) -> bool:
    # vnu marks the offending element inside its extract (hiliteStart, hiliteLength)
    extract, begin = m.get("extract", ""), m.get("hiliteStart", 0)
    element = extract[begin:begin + m.get("hiliteLength", len(extract))]
    return bool(BEKENDE_THEMAFOUT.match(m.get("message", ""))
                and any(is_thematoggle(t) for t in THEMA_TOGGLE.findall(element)))


def beschrijf(m: dict, basis: Path) -> str:
    url = m.get("url", "").removeprefix("file:")
    try:
        url = Path(url).relative_to(basis).as_posix()
    except ValueError:
        pass
    extract = " ".join(m.get("extract", "").split())
    return f"{url}:{m.get('lastLine', '?')}: {m.get('type')}: {m.get('message')}  [{extract[:120]}]"


def test_elke_pagina_is_valide_html(site):
    paginas = sorted(site.rglob("*.html"))
    assert len(paginas) >= 30 and (site / "404.html") in paginas
    meldingen = vnu(*paginas)
    fouten = [beschrijf(m, site) for m in meldingen if not is_bekende_themafout(m)]
    assert not fouten, f"{len(fouten)} HTML-fout(en):\n" + "\n".join(fouten)
    # The filter only hides what it documents: two toggles on every page, nothing more.
    gefilterd = [m for m in meldingen if is_bekende_themafout(m)]
    assert len(gefilterd) <= 2 * len(paginas)


def test_vnu_meldt_fouten_en_het_filter_is_smal(tmp_path):
    """The check can fail: a real error is reported, and `autocomplete` on a checkbox that is
    not one of Material's toggles is not filtered."""
    pagina = tmp_path / "fout.html"
    pagina.write_text(
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title></head><body>'
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
        '<input type="checkbox" id="eigen" autocomplete="off"><label for="eigen">x</label>'
        '<p id="dubbel">a</p><p id="dubbel">b</p><ul><p>fout genest</p></ul>'
        "</body></html>", encoding="utf-8")
    meldingen = vnu(pagina)
    overgebleven = [m for m in meldingen if not is_bekende_themafout(m)]
    teksten = " | ".join(m["message"] for m in overgebleven)
    assert len(meldingen) - len(overgebleven) == 1, meldingen
    assert "Duplicate ID" in teksten and "autocomplete" in teksten and "“p”" in teksten, teksten
