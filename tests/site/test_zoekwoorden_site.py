"""Search words on the built site (issue 23): a word added to a temporary copy of
data/zoekwoorden.yml leads to its page, through the same steps as the build (load and
validate, place on the entry, index) and the real worker in Node; without it, it does not."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from macros.inhoud.laden import laad_kennis
from macros.zoeken.synoniemen import voeg_toe, zoekwoorden_per_locatie
from macros.zoeken.werker import werker
from tests.conftest import ROOT
from tests.unit.test_zoekwerker import DRIVER

NODE = shutil.which("node")
NIEUW = "knipkaartregeling"  # an invented word: on no page, in no search word
DOEL = "factoren/gezinsniveau.html#armoede-gezin"  # data/factoren.yml: armoede-gezin, niveau gezin


def _eerste_paginas(tmp_path, docs, vraag) -> list[str]:
    (tmp_path / "w.js").write_bytes(werker()[1])
    (tmp_path / "i.json").write_text(json.dumps({"index": {"config": {}, "docs": docs}, "vragen": [vraag]}))
    (tmp_path / "d.js").write_text(DRIVER)
    uit = subprocess.run([NODE, str(tmp_path / "d.js"), str(tmp_path / "w.js"), str(tmp_path / "i.json")],
                         capture_output=True, text=True, timeout=300, check=True)
    antwoord = json.loads(uit.stdout)[1]
    return [d["location"] for groep in antwoord["data"]["items"] for d in groep]


@pytest.mark.parametrize("toevoegen", [True, False], ids=["met het nieuwe woord", "zonder (controle)"])
def test_nieuw_zoekwoord_leidt_naar_zijn_pagina(site, tmp_path, toevoegen):
    if not NODE:
        pytest.fail("node ontbreekt: `make node` installeert het")
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    if toevoegen:
        with (data / "zoekwoorden.yml").open("a", encoding="utf-8") as f:
            f.write(f"  - naar: factor\n    id: armoede-gezin\n    woorden: [{NIEUW}]\n    herkomst: vaktaal\n")
    kennis = laad_kennis(data)
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    for d in docs:
        d.pop("zw", None)
    assert voeg_toe(docs, zoekwoorden_per_locatie(kennis)) == []
    assert not any(NIEUW in d["text"].lower() for d in docs)  # not on the site itself
    gevonden = _eerste_paginas(tmp_path, docs, NIEUW)
    if toevoegen:
        assert DOEL in gevonden[:2], gevonden
    else:
        assert gevonden == []
