"""The literature list as RIS, BibTeX and CSL-JSON (issue 22), read back with maintained
readers (rispy, bibtexparser 2, jsonschema) and compared with data/literatuur.yml read here
with ruamel on its own, not through the code under test.

Expected values: every source once (132), its year (``jaar``), its first author's family
name (``auteurs[0]``; an organisation as one literal name), its URL where it has one; the
title is checked against the source's own citation text (``citaat``): it must be a literal
piece of it (the YAML has no separate title field), and a publication whose citation has
the "(jaar). Titel" form must have one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
import rispy
from bibtexparser import middlewares
from pylatexenc.latex2text import LatexNodes2Text
from ruamel.yaml import YAML

from macros.uitvoer.exports import referenties
from macros.uitvoer.exports.opendata import open_data_bestanden

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "macros" / "uitvoer" / "exports" / "vendor" / "csl-data.json"


@pytest.fixture(scope="module")
def yaml_bronnen() -> dict[str, dict]:
    data = YAML(typ="safe").load((ROOT / "data" / "literatuur.yml").read_text(encoding="utf-8"))
    return {b["id"]: b for b in data["bronnen"]}


@pytest.fixture(scope="module")
def bestanden(kennis) -> dict[str, bytes]:
    return open_data_bestanden(kennis)


def _citaat_tekst(b: dict) -> str:
    return re.sub(r"\s+", " ", b["citaat"].replace("*", ""))


def _heeft_titelvorm(b: dict) -> bool:
    """"(2019). Title" or "(2019a). *Title*": the form in which the title follows the year."""
    return bool(re.search(r"\((?:[a-z]+ )?\d{4}[a-z]?[^)]*\)\.?\s+\S", b["citaat"]))


def _controleer(yaml_bronnen, id_: str, titel: str | None, jaar: str | None, eerste_familie: str | None, url: str | None):
    b = yaml_bronnen[id_]
    assert (int(jaar) if jaar else None) == b.get("jaar"), (id_, jaar)
    if b["auteurs"]:
        assert eerste_familie is not None, id_
        # family name as printed may carry a particle ("van Deuren", "De Boer"): it ends in the YAML's name
        assert eerste_familie == b["auteurs"][0] or eerste_familie.endswith(" " + b["auteurs"][0]), (id_, eerste_familie)
    else:
        assert eerste_familie is None, id_
    if titel:
        assert re.sub(r"\s+", " ", titel) in _citaat_tekst(b), (id_, titel)
    elif b["soort"] == "publicatie" and _heeft_titelvorm(b):
        pytest.fail(f"{id_}: geen titel, terwijl de vermelding er een heeft")
    assert (url or None) == b.get("url"), id_


def test_ris_terug_gelezen(bestanden, yaml_bronnen):
    records = rispy.loads(bestanden[f"{referenties.BASIS}.ris"].decode("utf-8"))
    assert len(records) == len(yaml_bronnen) == 132
    assert {r["id"] for r in records} == set(yaml_bronnen)
    for r in records:
        eerste = r.get("authors", [None])[0]
        familie = eerste.split(",")[0] if eerste else None
        _controleer(yaml_bronnen, r["id"], r.get("title"), r.get("year"), familie, (r.get("urls") or [None])[0])


def test_bibtex_terug_gelezen(bestanden, yaml_bronnen):
    # names split first: braces keep an organisation one name, decoding would drop them
    stapel = [middlewares.SeparateCoAuthors(), middlewares.SplitNameParts(), middlewares.LatexDecodingMiddleware()]
    tekst = bestanden[f"{referenties.BASIS}.bib"].decode("utf-8")
    bib = bibtexparser.parse_string(tekst, append_middleware=stapel)
    # url is verbatim in BibTeX (not LaTeX): read without decoding
    urls = {e.key: e.fields_dict["url"].value for e in bibtexparser.parse_string(tekst).entries if "url" in e.fields_dict}
    assert not bib.failed_blocks
    assert len(bib.entries) == 132 and {e.key for e in bib.entries} == set(yaml_bronnen)
    for e in bib.entries:
        velden = e.fields_dict
        auteurs = velden["author"].value if "author" in velden else []
        # name parts stay LaTeX (the decoding middleware reads strings only): decoded here
        familie = LatexNodes2Text().latex_to_text(" ".join(auteurs[0].von + auteurs[0].last)) if auteurs else None
        waarde = {k: v.value for k, v in velden.items()}
        _controleer(yaml_bronnen, e.key, waarde.get("title"), waarde.get("year"), familie, urls.get(e.key))


def test_csl_json_terug_gelezen_en_geldig(bestanden, yaml_bronnen):
    items = json.loads(bestanden[f"{referenties.BASIS}.csl.json"])
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(items, schema)
    assert len(items) == 132 and {i["id"] for i in items} == set(yaml_bronnen)
    for i in items:
        eerste = (i.get("author") or [None])[0]
        familie = None
        if eerste:
            familie = eerste.get("literal") or " ".join(x for x in (eerste.get("non-dropping-particle"), eerste["family"]) if x)
        jaar = str(i["issued"]["date-parts"][0][0]) if "issued" in i else None
        _controleer(yaml_bronnen, i["id"], i.get("title"), jaar, familie, i.get("URL"))


def test_csl_schema_weigert_een_ongeldig_item():
    """Negative control: the vendored schema does reject what is not CSL-JSON."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{"id": "x", "type": "geen-soort"}], schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{"id": "x", "type": "book", "author": "Jansen"}], schema)


def test_namen_gesplitst_en_organisaties_letterlijk(bestanden):
    items = {i["id"]: i for i in json.loads(bestanden[f"{referenties.BASIS}.csl.json"])}
    # values as the literature list prints them (data/literatuur.yml, citaat)
    assert items["adamse-2023"]["author"][3] == {"family": "Deuren", "given": "S.", "non-dropping-particle": "van"}
    assert items["boer-2020"]["author"][0] == {"family": "Boer", "given": "A.", "non-dropping-particle": "De"}
    assert items["aiyer-2015"]["author"][0] == {"family": "Aiyer", "given": "S. M."}
    assert items["nji-2012"]["author"] == [{"literal": "Nederlands Jeugd Instituut"}]
    assert items["wrr-2006"]["author"] == [{"literal": "Wetenschappelijke Raad voor het Regeringsbeleid"}]
    assert items["hanrath-2024"]["author"][1] == {"family": "Herberg", "given": "Eveline", "non-dropping-particle": "van der"}
    assert items["aiyer-2015"]["container-title"] == "Health Education & Behavior"
    assert items["berkes-2013"]["DOI"] == "10.1080/08941920.2012.736605"
    # no DOI, URL or given name where the list gives none
    assert "DOI" not in items["adjiembaks-2018"] and "URL" not in items["adjiembaks-2018"]
    assert "given" not in items["dijk-2021"]["author"][4]


def test_in_de_catalogus_en_op_de_downloadpagina(bestanden, kennis):
    from macros.uitvoer import downloads

    catalogus = json.loads(bestanden["samen-weerbaar-catalogus.jsonld"])
    ids = {d["@id"] for d in catalogus["@graph"] if d.get("@type") == "dcat:Distribution"}
    assert set(referenties.BESTANDEN) <= ids
    assert {d.naam for d in downloads.referenties(kennis)} == set(referenties.BESTANDEN)
    assert {d.formaat_label for d in downloads.referenties(kennis)} == {"RIS", "BibTeX", "CSL-JSON"}
