"""The error messages editors read (macros/inhoud/fouten.py): file, line and field, in Dutch.

Every expected value is written out: the line numbers are counted by hand in the YAML text
of each test (line 1 is the first line of the text), the field paths and messages are what
the editor guide (docs/redactie.md) promises: ``bestand:regel: veld: melding``.
"""

from __future__ import annotations

import pytest
from ruamel.yaml import YAML

from macros.inhoud.fouten import DataFout, DataFouten, regel_van, veld_van

KAARTEN = """\
titel: Kaarten
factoren:
  - id: lage-ses
    naam: Lage sociaaleconomische status
    soort: risico
  - naam: zonder id
    indicatoren:
      - eerste
      - tweede
  - id: ''
    naam: lege id
leeg: {}
"""


@pytest.fixture(scope="module")
def boom():
    return YAML(typ="rt").load(KAARTEN)


def test_een_fout_leest_als_compilermelding():
    f = DataFout("data/interventies/buurtvaders.yml", 14, "doelgroep", "verplicht veld ontbreekt")
    assert str(f) == "data/interventies/buurtvaders.yml:14: doelgroep: verplicht veld ontbreekt"


def test_alle_fouten_samen_gesorteerd_en_zonder_dubbele():
    b = DataFout("data/b.yml", 2, "x", "fout b")
    a2 = DataFout("data/a.yml", 10, "y", "fout a10")
    a1 = DataFout("data/a.yml", 9, "z", "fout a9")
    e = DataFouten([b, a2, b, a1])
    assert e.fouten == [a1, a2, b]
    assert str(e) == e.tekst() == (
        "De data in data/ bevat 3 fouten; er is niets gepubliceerd:\n"
        "  data/a.yml:9: z: fout a9\n"
        "  data/a.yml:10: y: fout a10\n"
        "  data/b.yml:2: x: fout b\n"
        "Zie 'Voor redacteuren' (docs/redactie.md) voor uitleg over de velden."
    )


def test_een_fout_is_enkelvoud():
    e = DataFouten([DataFout("data/a.yml", 1, "(bestand)", "leeg")])
    assert e.tekst().splitlines()[0] == "De data in data/ bevat 1 fout; er is niets gepubliceerd:"
    assert isinstance(e, Exception)


@pytest.mark.parametrize(("pad", "regel"), [
    ((), 1),                               # the file itself
    (("titel",), 1),
    (("factoren",), 2),
    (("factoren", 0), 3),                  # a list item: the line of its first key
    (("factoren", 0, "naam"), 4),
    (("factoren", 0, "soort"), 5),
    (("factoren", 1, "indicatoren", 1), 9),
    (("factoren", 2, "naam"), 11),
    (("leeg",), 12),
    # missing parts: the deepest part that exists, where the editor adds the key
    (("factoren", 0, "bewijs"), 3),
    (("factoren", 1, "soort"), 6),
    (("factoren", 7, "naam"), 2),          # no 8th item: the list's key
    (("factoren", -1), 2),                 # negative positions are not items
    (("titel", "deel"), 1),                # a string has no keys
    (("factoren", "naam"), 2),             # a list has no keys
    (("bestaat-niet",), 1),
])
def test_regel_is_die_van_het_diepste_bestaande_deel(boom, pad, regel):
    assert regel_van(boom, pad) == regel


def test_regel_zonder_ruamel_boom_is_regel_1():
    assert regel_van({"a": [1, 2]}, ("a", 1)) == 1
    assert regel_van(None, ("a",)) == 1


@pytest.mark.parametrize(("pad", "veld"), [
    ((), "(bestand)"),
    (("titel",), "titel"),
    (("factoren", 0, "soort"), "factoren.lage-ses.soort"),  # an item with an id: its id
    (("factoren", 1, "naam"), "factoren.2.naam"),           # without id: its 1-based place
    (("factoren", 2, "naam"), "factoren.3.naam"),           # an empty id is no id
    (("factoren", 1, "indicatoren", 0), "factoren.2.indicatoren.1"),
    (("factoren", 9, "naam"), "factoren.10.naam"),          # a missing item: its place
    (("leeg", "a", "b"), "leeg.a.b"),
])
def test_veld_noemt_id_of_plaats(boom, pad, veld):
    assert veld_van(boom, pad) == veld


def test_veld_met_id_dat_geen_tekst_is_gebruikt_de_plaats():
    assert veld_van({"items": [{"id": 7}, {"id": ["x"]}]}, ("items", 0)) == "items.1"
    assert veld_van({"items": [{"id": 7}, {"id": ["x"]}]}, ("items", 1)) == "items.2"
    assert veld_van({"items": "tekst"}, ("items", 0, "naam")) == "items.1.naam"
    assert veld_van([{"id": "a"}], (0, "naam")) == "a.naam"


def test_regel_van_het_bestand_is_waar_de_inhoud_begint():
    """Comment and blank lines above the first key: the file's line is that of its first key."""
    boom = YAML(typ="rt").load("# Kaarten\n\ntitel: Kaarten\n")
    assert regel_van(boom, ()) == 3
    assert regel_van(boom, ("ontbreekt",)) == 3


def test_regel_van_een_item_dat_onder_zijn_streepje_begint():
    """An item written as a lone "-" with its keys below: its line is that of its first key."""
    boom = YAML(typ="rt").load("factoren:\n  -\n    id: a\n    naam: A\n")
    assert regel_van(boom, ("factoren", 0)) == 3
    assert regel_van(boom, ("factoren", 0, "bewijs")) == 3
    assert regel_van(boom, ("factoren", 0, "naam")) == 4


def test_regel_van_een_samengevoegde_sleutel_is_die_van_de_mapping():
    """A key that came in through a YAML merge (<<: *anker) has no line of its own in the
    mapping: the mapping's own line is given (where the editor sees the merge)."""
    boom = YAML(typ="rt").load("basis: &b\n  soort: risico\nf:\n  <<: *b\n  naam: x\n")
    assert regel_van(boom, ("f", "soort")) == 3
    assert regel_van(boom, ("f", "naam")) == 5


def test_veld_van_geneste_items_met_id_en_net_voorbij_het_einde():
    boom = {"kaarten": [{"id": "buurtvaders", "stappen": [{"id": "s1"}, {"naam": "zonder"}]}]}
    assert veld_van(boom, ("kaarten", 0, "stappen", 0, "tekst")) == "kaarten.buurtvaders.stappen.s1.tekst"
    assert veld_van(boom, ("kaarten", 0, "stappen", 1)) == "kaarten.buurtvaders.stappen.2"
    # one past the last item (an item the editor still has to add): its place, no error
    assert veld_van(boom, ("kaarten", 1, "naam")) == "kaarten.2.naam"
    assert veld_van(boom, ("kaarten", 0, "stappen", 2)) == "kaarten.buurtvaders.stappen.3"
