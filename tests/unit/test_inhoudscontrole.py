"""macros/inhoud/inhoudscontrole.py on small YAML texts and small models made here.

Each check walks a ruamel tree beside a pydantic model class: which strings count as text,
which of them are Markdown, what counts as markup, which citations are unknown, and on
which line a missing field is reported. Expected paths, messages and line numbers are
literal, counted by hand in the YAML texts below (line 1 is the first line of the text).
"""

from __future__ import annotations

from typing import Annotated, Optional, Union

import pytest
from pydantic import BaseModel
from ruamel.yaml import YAML

from macros.inhoud.inhoudscontrole import (
    Tekstveld,
    citaat_fouten,
    invoegregel,
    niet_in_lijst_sleutels,
    opmaak_fouten,
    tekstvelden,
)
from macros.inhoud.model import Bron

Md = Annotated[str, "markdown"]


class Sub(BaseModel):
    kop: str
    tekst: str = ""


class Item(BaseModel):
    id: str
    naam: str
    uitleg: Md = ""
    labels: list[str] = []
    noot: Optional[str] = None
    deel: Optional[Sub] = None


class Doc(BaseModel):
    titel: str
    inleiding: Md = ""
    aantal: int = 0
    waarde: Union[int, str] = 0
    extra: Optional[Md] = None
    items: list[Item] = []
    alinea: list[Md] = []
    sub: Optional[Sub] = None
    citaat: str = ""
    slot: str = ""


def boom(tekst: str):
    return YAML(typ="rt").load(tekst)


def fout(pad, melding):
    return (pad, melding)


MELDING_OPMAAK = (
    "opmaakcode '{}…' is hier niet toegestaan: dit veld is gewone tekst en wordt precies zo getoond; "
    "haal de code weg (schrijf bijv. 'kleiner dan' in plaats van '<')"
)
MELDING_CITAAT = (
    "bronvermelding '{}' staat niet in de literatuurlijst; voeg de bron toe aan data/literatuur.yml "
    "(of, als het brondocument haar zonder bron noemt, aan niet_in_lijst daar)"
)


# --- tekstvelden -------------------------------------------------------------------------


def test_tekstvelden_elke_tekst_met_pad_en_markdown():
    b = boom(
        "onbekend: O\n"  # a key the model does not know, before the known ones: skipped
        "7: getal als sleutel\n"
        "titel: T\n"
        "inleiding: I\n"
        "aantal: 3\n"
        "waarde: W\n"
        "extra: E\n"
        "items:\n"
        "  - id: a\n"
        "    naam: A\n"
        "    uitleg: U\n"
        "    noot: N\n"
        "    labels: [x, y]\n"
        "alinea: [p1, p2]\n"
        "sub:\n"
        "  kop: K\n"
    )
    assert list(tekstvelden(b, Doc)) == [
        Tekstveld(("titel",), "T", False),
        Tekstveld(("inleiding",), "I", True),
        Tekstveld(("waarde",), "W", False),  # Union[int, str]: text
        Tekstveld(("extra",), "E", True),  # Optional[Markdown]: still Markdown
        Tekstveld(("items", 0, "id"), "a", False),
        Tekstveld(("items", 0, "naam"), "A", False),
        Tekstveld(("items", 0, "uitleg"), "U", True),
        Tekstveld(("items", 0, "noot"), "N", False),
        Tekstveld(("items", 0, "labels", 0), "x", False),
        Tekstveld(("items", 0, "labels", 1), "y", False),
        Tekstveld(("alinea", 0), "p1", True),  # list of Markdown: each item Markdown
        Tekstveld(("alinea", 1), "p2", True),
        Tekstveld(("sub", "kop"), "K", False),
    ]


def test_tekstvelden_slaat_verkeerde_vormen_over():
    # a number where text belongs, text where a list or a mapping belongs, a list item
    # that is no mapping: the schema check reports those, the text checks skip them
    b = boom(
        "titel: 12\n"
        "waarde: 5\n"
        "items: geen lijst\n"
        "alinea: geen lijst\n"
        "sub: geen mapping\n"
    )
    assert list(tekstvelden(b, Doc)) == []
    assert list(tekstvelden(boom("items: [tekst, {id: b, naam: 4}]\n"), Doc)) == [Tekstveld(("items", 1, "id"), "b", False)]
    assert list(tekstvelden(boom("- titel: T\n"), Doc)) == []  # a list, not a mapping
    assert list(tekstvelden(None, Doc)) == []


def test_tekstvelden_met_beginpad():
    assert list(tekstvelden(boom("kop: K\n"), Sub, ("sub",))) == [Tekstveld(("sub", "kop"), "K", False)]


# --- opmaak_fouten -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "waarde, stuk",
    [
        ("met <b>vet</b> erin", "<b>vet</b> e"),
        ("einde </p>", "</p>"),
        ("een < p>x", "< p>x"),  # (a space after < still counts: "a < b" is reported too)
        ("<!-- weg -->", "<!-- weg -->"),
        ("code <?php echo 1; ?>", "<?php echo 1"),
        ("Jansen &amp; Zn", "&amp; Zn"),
        ("teken &#60; hier", "&#60; hier"),
        ("teken &#x3C; hier", "&#x3C; hier"),
        ("zie [de site](https://x.nl)", "](https://x."),
        ("zie [de site] (https://x.nl)", "] (https://x"),
    ],
)
def test_opmaak_in_gewone_tekst_wordt_gemeld(waarde, stuk):
    b = {"titel": waarde}
    assert opmaak_fouten(b, Doc, fout) == [(("titel",), MELDING_OPMAAK.format(stuk))]


@pytest.mark.parametrize(
    "waarde",
    ["3 <4 en 5 <= 6", "R & D", "Jansen & Zn; klaar", "&#; &#x; &1;", "[1] en (2)", "a > b", "e-mail: a@b.nl"],
)
def test_geen_opmaak_geen_melding(waarde):
    assert opmaak_fouten({"titel": waarde}, Doc, fout) == []


def test_opmaak_in_markdownveld_mag_en_elk_gewoon_veld_telt():
    b = boom(
        "titel: goed\n"
        "inleiding: <b>mag</b>\n"
        "items:\n"
        "  - id: a\n"
        "    naam: <i>x</i>\n"
        "    uitleg: <i>mag</i>\n"
        "alinea: [<b>mag</b>]\n"
        "sub: {kop: '&amp;'}\n"
    )
    assert opmaak_fouten(b, Doc, fout) == [
        (("items", 0, "naam"), MELDING_OPMAAK.format("<i>x</i>")),
        (("sub", "kop"), MELDING_OPMAAK.format("&amp;")),
    ]


# --- niet_in_lijst_sleutels --------------------------------------------------------------


def test_niet_in_lijst_sleutels():
    vormen = ["Dijk 2018", "van der Berg 2020", "Gill et al. 2016", "Zonderjaar", "Jansen twintig", "klein 2019", "2019"]
    assert niet_in_lijst_sleutels(vormen) == {("dijk", 2018), ("berg", 2020), ("gill", 2016)}
    assert niet_in_lijst_sleutels([]) == set()


# --- citaat_fouten -----------------------------------------------------------------------

BRONNEN = [
    Bron.model_construct(id="dijk-2018", auteurs=["Dijk"], jaar=2018, ook_geciteerd_als=[]),
    Bron.model_construct(id="gill-2015", auteurs=["Gill"], jaar=2015, ook_geciteerd_als=["Gill 2016"]),
]


def test_onbekende_bronvermelding_wordt_gemeld_bekende_niet():
    b = boom("titel: Zoals bekend (Dijk, 2018; Pietersen, 2019) en Gill (2016).\n")
    assert citaat_fouten(b, Doc, BRONNEN, set(), fout) == [(("titel",), MELDING_CITAAT.format("Pietersen, 2019"))]


def test_onbekende_bronvermelding_in_markdown_en_in_lijst():
    b = boom("titel: x\ninleiding: Volgens Pietersen (2019) wel.\nitems:\n  - id: a\n    naam: (Dijk, 2017)\n")
    assert citaat_fouten(b, Doc, BRONNEN, set(), fout) == [
        (("inleiding",), MELDING_CITAAT.format("Pietersen (2019)")),
        (("items", 0, "naam"), MELDING_CITAAT.format("Dijk, 2017")),
    ]


def test_niet_in_lijst_geldt_voor_naam_en_jaar_samen():
    b = boom("titel: (Pietersen, 2019) en (Pietersen, 2020) en (Klaasen, 2019)\n")
    toegestaan = {("pietersen", 2019)}
    assert citaat_fouten(b, Doc, BRONNEN, toegestaan, fout) == [
        (("titel",), MELDING_CITAAT.format("Pietersen, 2020")),
        (("titel",), MELDING_CITAAT.format("Klaasen, 2019")),
    ]


def test_velden_met_verwijzingen_zelf_worden_niet_op_citaten_gelezen():
    # 'citaat' and 'id' hold references or machine values (GEEN_CITATEN), also deeper in the path
    b = boom("titel: x\ncitaat: (Pietersen, 2019)\nitems:\n  - id: (Pietersen, 2019)\n    naam: goed\n")
    assert citaat_fouten(b, Doc, BRONNEN, set(), fout) == []


class Verwijzingen(BaseModel):
    auteurs: list[str] = []
    ook_geciteerd_als: list[str] = []
    niet_in_lijst: list[str] = []
    url: str = ""
    citaat: str = ""
    id: str = ""
    tekst: str = ""


def test_elk_veld_met_verwijzingen_wordt_overgeslagen():
    velden = ["auteurs", "ook_geciteerd_als", "niet_in_lijst", "url", "citaat", "id", "tekst"]
    b = boom("".join(f"{v}: [(Pietersen, 2019)]\n" if v in velden[:3] else f"{v}: (Pietersen, 2019)\n" for v in velden))
    assert citaat_fouten(b, Verwijzingen, BRONNEN, set(), fout) == [(("tekst",), MELDING_CITAAT.format("Pietersen, 2019"))]


# --- invoegregel -------------------------------------------------------------------------

DOC = """\
titel: T
aantal: 3
items:
  - id: a
    naam: A
    labels: [x]
  - id: b
    uitleg: U
    labels:
      - x
      - y
sub:
  kop: K
"""


def test_invoegregel_voor_het_volgende_veld_van_het_schema():
    b = boom(DOC)
    assert invoegregel(b, Doc, ("inleiding",)) == 2  # before 'aantal' (line 2)
    assert invoegregel(b, Doc, ("items", 1, "naam")) == 8  # item b: before 'uitleg' (line 8)
    assert invoegregel(b, Doc, ("items", 0, "uitleg")) == 6  # item a: before 'labels' (line 6)
    assert invoegregel(b, Doc, ("sub", "tekst")) == 14  # after 'kop' (line 13), the last field of sub


def test_invoegregel_na_het_laatste_veld():
    b = boom(DOC)
    # nothing after 'citaat' in the schema is present: after the last field, sub (ends line 13)
    assert invoegregel(b, Doc, ("slot",)) == 14
    # item b ends with a block list (lines 10, 11)
    assert invoegregel(b, Doc, ("items", 1, "noot")) == 12
    # item a ends with a flow list on line 6
    assert invoegregel(b, Doc, ("items", 0, "noot")) == 7


def test_invoegregel_na_tekst_over_meer_regels():
    b = boom("titel: T\nitems:\n  - id: a\n    naam: |\n      regel een\n      regel twee\n")
    assert invoegregel(b, Doc, ("items", 0, "noot")) == 7  # after line 6
    b = boom("titel: T\nsub:\n  kop: |\n    een\n    twee\n    drie\n")
    assert invoegregel(b, Doc, ("sub", "tekst")) == 7
    b = boom("titel: |\n  een\n  twee\n")
    assert invoegregel(b, Doc, ("slot",)) == 4


def test_invoegregel_na_een_lijst_van_mappings_en_een_mapping():
    b = boom("titel: T\nitems:\n  - id: a\n    naam: A\n  - id: b\n    naam: B\n")
    assert invoegregel(b, Doc, ("slot",)) == 7  # after the last item (line 6)
    b = boom("titel: T\nitems:\n  - id: a\n    naam: A\n    uitleg: U\n")
    assert invoegregel(b, Doc, ("slot",)) == 6  # after the last field (line 5) of the last item
    b = boom("titel: T\nsub:\n  kop: K\n  tekst: |\n    a\n    b\n")
    assert invoegregel(b, Doc, ("slot",)) == 7


@pytest.mark.parametrize("tekst, regel", [
    ("titel: T\naantal: 3\n", 3),           # a number
    ("titel: T\nitems: []\n", 3),           # an empty list
    ("titel: T\nsub: {}\n", 3),             # an empty mapping
    ("titel: T\nalinea: [a, b]\n", 3),      # a flow list of texts
    ("titel: T\nalinea:\n  - a\n  - b\n", 5),  # a block list of texts
    ("titel: T\nsub:\n  kop: K\n", 4),     # a mapping
    ("titel: T\nsub: {kop: K}\n", 3),       # a flow mapping
    ("titel: T\nitems:\n  - {id: a}\n  - {}\n", 5),  # a list ending with an empty mapping
])
def test_invoegregel_na_elke_soort_laatste_waarde(tekst, regel):
    assert invoegregel(boom(tekst), Doc, ("slot",)) == regel


def test_invoegregel_verkeerd_gespelde_sleutel_telt_als_de_plek():
    b = boom("titel: T\ninleidng: I\naantal: 3\n")
    assert invoegregel(b, Doc, ("inleiding",)) == 2  # the misspelled key, not 'aantal' (line 3)
    b = boom("inleidng: I\ntitl: T\naantal: 3\n")
    assert invoegregel(b, Doc, ("titel",)) == 1  # two unknown keys before 'aantal': the first
    b = boom("inleidng: I\naantal: 3\nfoo: x\n")
    assert invoegregel(b, Doc, ("titel",)) == 1  # the first key of the mapping: no further back


def test_invoegregel_onbekend_veld_of_lege_mapping():
    b = boom("titel: T\nsub:\n  kop: K\n")
    # a field that is not in the schema: the line where its mapping starts
    assert invoegregel(b, Doc, ("sub", "bestaat-niet")) == 3
    assert invoegregel(boom("titel: T\nsub: {}\n"), Doc, ("sub", "kop")) == 2


def test_invoegregel_in_een_mapping_in_een_lijstitem():
    b = boom("titel: T\nitems:\n  - id: a\n    naam: A\n    deel:\n      kop: K\n")
    assert invoegregel(b, Doc, ("items", 0, "deel", "tekst")) == 7  # after 'kop' (line 6)
    assert invoegregel(b, Doc, ("items", 0, "deel", "onbekend")) == 6  # where 'deel' starts


def test_invoegregel_geen_plek():
    b = boom(DOC)
    assert invoegregel(b, Doc, ("items", 5, "naam")) is None  # no sixth item
    assert invoegregel(b, Doc, ("items", -1, "naam")) is None
    assert invoegregel(b, Doc, ("titel", 0, "x")) is None  # 'titel' is no list
    assert invoegregel(b, Doc, ("sub", 0, "x")) is None  # 'sub' is a mapping
    assert invoegregel(b, Doc, ("ontbreekt", "x")) is None  # no such mapping
    assert invoegregel(b, Doc, ("onbekend", "x")) is None
    assert invoegregel(boom("titel: T\nonbekend: {a: 1}\n"), Doc, ("onbekend", "a")) is None  # key not in the model
    assert invoegregel(b, Doc, ("titel", "x")) is None  # 'titel' is text, not a mapping
    # a mapping where the model has text: no model to look in
    assert invoegregel(boom("titel: {a: {b: 1}}\n"), Doc, ("titel", "a", "x")) is None
    assert invoegregel(boom("titel: T\nitems: [a]\n"), Doc, ("items", 0, "naam")) is None  # item is no mapping
    assert invoegregel({"titel": "T"}, Doc, ("aantal",)) is None  # a plain dict has no line numbers
