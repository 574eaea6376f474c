"""Issue 21 item 3: renamed ids (data/hernoemd.yml) and published ids (data/gepubliceerde-ids.yml).

`make check` warns, and still exits 0, when an id that was published has disappeared without a
rename; nothing is said when nothing disappeared (negative control on the same path). A rename
to an id that does not exist is a data error with file:line: field. The pages carry the renames
for the tools (data-hernoemd). Expected ids come from the YAML files read here.
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from macros.koppeling.controleer import ids_nu
from macros.weergave import Paginacontext

ROOT = Path(__file__).resolve().parents[2]


def check(data: Path) -> subprocess.CompletedProcess:
    """`make check` on a data folder (the Makefile runs exactly this module)."""
    return subprocess.run([sys.executable, "-m", "macros.koppeling.controleer", str(data)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def data(tmp_path) -> Path:
    doel = tmp_path / "data"
    shutil.copytree(ROOT / "data", doel)
    return doel


def regels(pad: Path) -> list[str]:
    return pad.read_text(encoding="utf-8").splitlines()


def test_gepubliceerde_lijst_klopt_met_de_data(kennis):
    # negative control: every id of the committed list still exists, so `make check` is silent.
    # Not equality: a card, question or indicator added since the last release is not published
    # yet (an editor adds a card by adding one file; `controleer --werk-bij` updates the list).
    gepubliceerd = YAML(typ="safe").load((ROOT / "data" / "gepubliceerde-ids.yml").read_text(encoding="utf-8"))
    assert gepubliceerd["vragen"] and gepubliceerd["indicatoren"] and gepubliceerd["kaarten"]
    assert set(gepubliceerd["vragen"]) <= {v.id for s in kennis.hulpvragen.stappen for g in s.groepen for v in g.vragen}
    assert set(gepubliceerd["indicatoren"]) <= {i.id for i in kennis.indicatoren}
    assert set(gepubliceerd["kaarten"]) <= {p.stem for p in (ROOT / "data" / "interventies").glob("*.yml")}
    r = check(ROOT / "data")
    assert r.returncode == 0 and "waarschuwing" not in r.stderr, r.stderr


def test_verdwenen_gepubliceerde_id_geeft_een_waarschuwing(data):
    # a question removed from hulpvragen.yml (its id stays in the published list)
    hv = data / "hulpvragen.yml"
    tekst = hv.read_text(encoding="utf-8")
    gepubliceerd = YAML(typ="safe").load((data / "gepubliceerde-ids.yml").read_text(encoding="utf-8"))
    weg = gepubliceerd["vragen"][-1]
    assert tekst.count(f"id: {weg}") == 1
    hv.write_text(tekst.replace(f"id: {weg}", "id: een-nieuwe-vraag-id"), encoding="utf-8")
    r = check(data)
    assert r.returncode == 0, r.stderr  # warn, don't fail
    (melding,) = [m for m in r.stderr.splitlines() if "waarschuwing" in m]
    regel = next(i for i, x in enumerate(regels(data / "gepubliceerde-ids.yml"), 1) if x.strip() == f"- {weg}")
    assert melding.startswith(f"{data}/gepubliceerde-ids.yml:{regel}: vragen: waarschuwing: '{weg}'"), melding
    # recorded as renamed: silent again
    (data / "hernoemd.yml").write_text(f"vragen:\n  - oud: {weg}\n    nieuw: een-nieuwe-vraag-id\n", encoding="utf-8")
    r = check(data)
    assert r.returncode == 0 and "waarschuwing" not in r.stderr, r.stderr


def test_hernoeming_naar_een_onbekende_id_is_een_datafout(data):
    (data / "hernoemd.yml").write_text("indicatoren:\n  - oud: weg-id\n    nieuw: bestaat-ook-niet\n", encoding="utf-8")
    r = check(data)
    assert r.returncode == 1
    assert f"{data}/hernoemd.yml:3: indicatoren[0].nieuw" in r.stderr or f"{data}/hernoemd.yml:3: indicatoren" in r.stderr, r.stderr
    (data / "hernoemd.yml").write_text("vragen:\n  - oud: Geen Id\n    nieuw: x\n", encoding="utf-8")
    r = check(data)
    assert r.returncode == 1 and f"{data}/hernoemd.yml:2:" in r.stderr, r.stderr


def test_pagina_draagt_de_hernoemingen(kennis, index):
    from dataclasses import replace

    from macros.inhoud.hernoemd import HernoemdBestand
    from macros.weergave.hulpvragen import hulpvragen

    vraag = ids_nu(kennis)["vragen"][0]
    k = replace(kennis, hernoemd=HernoemdBestand(vragen=[{"oud": "oude-vraag", "nieuw": vraag}]))
    uit = str(hulpvragen(Paginacontext(k, "hulpvragen/index.md", index)))
    attr = uit.split('data-hernoemd="', 1)[1].split('"', 1)[0]
    assert json.loads(html.unescape(attr))["vragen"] == {"oude-vraag": vraag}
