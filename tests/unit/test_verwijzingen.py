"""macros/inhoud/verwijzingen.py: the cross-file checks, on copies of the real data texts
with one thing broken, without loading everything else (laden.py has its own tests).

Each check must report the right Dutch message at the right file, line and field, stay
silent on the real data, and skip what it cannot check (a file missing or invalid). The
files are read with ruamel and validated as laad_kennis does (laden's ``_Bestand`` and
``_valideer``); an unchanged text is read once per session. Expected lines are found in
the changed text itself (``regel``), messages and fields are literal.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from macros.inhoud.bestanden import BESTANDEN, INTERVENTIE_MAP
from macros.inhoud.laden import _Bestand, _valideer
from macros.inhoud.model import Interventie
from macros.inhoud.verwijzingen import controleer_verwijzingen

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
KAARTEN = sorted(f"{INTERVENTIE_MAP}/{p.name}" for p in (DATA / INTERVENTIE_MAP).glob("*.yml"))


@functools.lru_cache(maxsize=None)
def _bestand(naam: str, tekst: str | None) -> _Bestand:
    klasse = Interventie if naam.startswith(f"{INTERVENTIE_MAP}/") else BESTANDEN[naam]
    boom = YAML(typ="rt").load(tekst) if tekst is not None else None
    bestand = _Bestand(f"data/{naam}", boom, klasse)
    if boom is not None:
        _valideer(bestand, klasse, [])
    return bestand


def regel(tekst: str, stuk: str) -> int:
    """1-based line where ``stuk`` starts in ``tekst`` (a leading newline skipped)."""
    assert stuk in tekst, stuk
    return tekst[: tekst.index(stuk) + (1 if stuk.startswith("\n") else 0)].count("\n") + 1


class Data:
    """The real data texts; change some, then ask for the cross-file messages."""

    def __init__(self):
        self.teksten = {n: (DATA / n).read_text(encoding="utf-8") for n in [*BESTANDEN, *KAARTEN]}

    def vervang(self, naam: str, oud: str, nieuw: str, na: str = "") -> int:
        """Replace the first ``oud`` (after the first ``na``); the line where it started."""
        tekst = self.teksten[naam]
        begin = tekst.index(na)
        r = regel(tekst[begin:], oud) + tekst[:begin].count("\n")
        self.teksten[naam] = tekst[:begin] + tekst[begin:].replace(oud, nieuw, 1)
        return r

    def weg(self, naam: str) -> None:
        self.teksten[naam] = None

    def meldingen(self, bevat: str = "") -> list[str]:
        bestanden = {n: _bestand(n, self.teksten[n]) for n in BESTANDEN}
        kaarten = [_bestand(n, self.teksten[n]) for n in KAARTEN]
        return sorted(str(f) for f in controleer_verwijzingen(bestanden, kaarten) if bevat in str(f))


@pytest.fixture
def d() -> Data:
    return Data()


def test_echte_data_geeft_geen_meldingen(d):
    assert d.meldingen() == []


# --- intervention cards ------------------------------------------------------------------


def test_twee_kaarten_met_dezelfde_id_allebei_gemeld(d):
    r1 = regel(d.teksten["interventies/buurtvaders.yml"], "id: buurtvaders")
    r2 = d.vervang("interventies/de-vreedzame-wijk.yml", "id: de-vreedzame-wijk", "id: buurtvaders")
    assert d.meldingen("interventie-id") == [
        f"data/interventies/buurtvaders.yml:{r1}: id: interventie-id 'buurtvaders' komt ook voor in data/interventies/de-vreedzame-wijk.yml",
        f"data/interventies/de-vreedzame-wijk.yml:{r2}: id: interventie-id 'buurtvaders' komt ook voor in data/interventies/buurtvaders.yml",
    ]


def test_drie_kaarten_met_dezelfde_volgorde_noemen_elk_de_andere_twee(d):
    # buurtvaders has volgorde 3; give communities-that-care (1) and multi-level-approach (2) 3 too
    r1 = regel(d.teksten["interventies/buurtvaders.yml"], "volgorde: 3")
    r2 = d.vervang("interventies/communities-that-care.yml", "volgorde: 1\n", "volgorde: 3\n")
    r3 = d.vervang("interventies/multi-level-approach.yml", "volgorde: 2\n", "volgorde: 3\n")
    tekst = "volgorde 3 wordt ook gebruikt door {}; geef elke kaart een eigen volgorde"
    assert d.meldingen("volgorde") == [
        f"data/interventies/buurtvaders.yml:{r1}: volgorde: " + tekst.format("data/interventies/communities-that-care.yml, data/interventies/multi-level-approach.yml"),
        f"data/interventies/communities-that-care.yml:{r2}: volgorde: " + tekst.format("data/interventies/buurtvaders.yml, data/interventies/multi-level-approach.yml"),
        f"data/interventies/multi-level-approach.yml:{r3}: volgorde: " + tekst.format("data/interventies/buurtvaders.yml, data/interventies/communities-that-care.yml"),
    ]


def test_kaart_die_elders_ongeldig_is_telt_mee_voor_id_en_volgorde(d):
    # a number as its name makes the card invalid (no model); its id and volgorde are read from the tree
    d.vervang("interventies/communities-that-care.yml", "volgorde: 1\n", "volgorde: 3\n")
    d.vervang("interventies/communities-that-care.yml", 'naam: "Communities That Care (CTC)"', "naam: 1234")
    d.vervang("interventies/communities-that-care.yml", "id: communities-that-care", "id: buurtvaders")
    assert _bestand("interventies/communities-that-care.yml", d.teksten["interventies/communities-that-care.yml"]).model is None
    meldingen = [m for m in d.meldingen() if m.startswith("data/interventies/buurtvaders.yml:")]
    assert [m.split(": ", 2)[1] for m in meldingen] == ["id", "volgorde"]
    assert "interventie-id 'buurtvaders' komt ook voor in data/interventies/communities-that-care.yml" in meldingen[0]
    assert "volgorde 3 wordt ook gebruikt door data/interventies/communities-that-care.yml;" in meldingen[1]


@pytest.mark.parametrize("waarde", ["true", '"3"', "3.0"])
def test_volgorde_die_geen_geheel_getal_is_telt_niet_als_dezelfde(d, waarde):
    # In a card that is invalid elsewhere (a number as its name: no model), the volgorde is
    # read from the tree: 3.0, "3" or true (which equals 1) there is not a volgorde. (A valid
    # card's model turns them into 3 and 1: pydantic's lax mode.)
    d.vervang("interventies/communities-that-care.yml", 'naam: "Communities That Care (CTC)"', "naam: 1234")
    d.vervang("interventies/communities-that-care.yml", "volgorde: 1\n", f"volgorde: {waarde}\n")
    # (buurtvaders has 3; multi-level-approach gets 1, which is what true would equal)
    d.vervang("interventies/multi-level-approach.yml", "volgorde: 2\n", "volgorde: 1\n")
    assert d.meldingen() == []


# --- duplicate ids within a file (and lists across the three list files) ----------------

LIJSTEN = [
    ("factoren.yml", "factoren", "factor"),
    ("indicatoren.yml", "indicatoren", "indicator"),
    ("samenwerking.yml", "randvoorwaarden", "randvoorwaarde"),
    ("samenwerking.yml", "lijsten", "lijst"),
    ("gemeenschap.yml", "lijsten", "lijst"),
    ("literatuur.yml", "bronnen", "bron"),
    ("begrippen.yml", "begrippen", "begrip"),
    ("figuren.yml", "figuren", "figuur"),
    ("letop.yml", "letop", "waarschuwing"),
]


@pytest.mark.parametrize("naam, sleutel, soort", LIJSTEN)
def test_dubbele_id_in_een_bestand(d, naam, sleutel, soort):
    tekst = d.teksten[naam]
    deel = tekst[tekst.index(f"\n{sleutel}:\n"):]
    eerste, tweede = re.findall(r"^  - id: (\S+)$", deel, re.M)[:2]
    r = d.vervang(naam, f"\n  - id: {tweede}\n", f"\n  - id: {eerste}\n")
    assert d.meldingen("komt al voor") == [
        f"data/{naam}:{r}: {sleutel}.{eerste}.id: {soort}-id '{eerste}' komt al voor in data/{naam}"
    ]


def test_stap_id_dubbel(d):
    r = d.vervang("hulpvragen.yml", "    id: stap-2\n", "    id: stap-1\n")
    assert d.meldingen("stap-id") == [f"data/hulpvragen.yml:{r}: stappen.stap-1.id: stap-id 'stap-1' komt al voor in data/hulpvragen.yml"]


def test_lijst_id_dubbel_over_de_lijstbestanden(d):
    # samenwerking.yml is read first, then gemeenschap.yml, then opgroeicontext.yml
    r1 = d.vervang("gemeenschap.yml", "  - id: meldingsbereidheid\n", "  - id: participatieniveaus\n")
    r2 = d.vervang("opgroeicontext.yml", "  - id: ppct-lagen\n", "  - id: aanknopingspunten\n")
    assert d.meldingen("komt al voor") == [
        f"data/gemeenschap.yml:{r1}: lijsten.participatieniveaus.id: lijst-id 'participatieniveaus' komt al voor in data/samenwerking.yml",
        f"data/opgroeicontext.yml:{r2}: lijsten.aanknopingspunten.id: lijst-id 'aanknopingspunten' komt al voor in data/gemeenschap.yml",
    ]


def test_dezelfde_id_in_verschillende_soorten_mag(d):
    # a factor id used as a figure id, an indicator id as a begrip id: other namespaces
    d.vervang("figuren.yml", "  - id: afbeelding-1-1\n", "  - id: gebrekkige-opvoedvaardigheden\n")
    d.vervang("begrippen.yml", "  - id: ondermijning\n", "  - id: opvoedvaardigheden\n")
    assert d.meldingen("komt al voor") == []


def test_dubbele_item_id_in_een_lijst(d):
    r = d.vervang("samenwerking.yml", "      - id: consulteren\n", "      - id: informeren\n")
    # the same item id in another list is allowed (participatieladder-arnstein has none of these)
    d.vervang("samenwerking.yml", "      - id: manipulatie\n", "      - id: adviseren\n")
    assert d.meldingen("komt twee keer voor") == [
        f"data/samenwerking.yml:{r}: lijsten.participatieniveaus.items.informeren.id: item-id 'informeren' komt twee keer voor in deze lijst"
    ]


def test_dubbele_item_id_in_elk_lijstbestand(d):
    tekst = d.teksten["opgroeicontext.yml"]
    eerste, tweede = re.findall(r"^      - id: (\S+)$", tekst, re.M)[:2]
    r = d.vervang("opgroeicontext.yml", f"      - id: {tweede}\n", f"      - id: {eerste}\n")
    assert d.meldingen("komt twee keer voor") == [
        f"data/opgroeicontext.yml:{r}: lijsten.ppct-lagen.items.{eerste}.id: item-id '{eerste}' komt twee keer voor in deze lijst"
    ]


# --- hulpvragen -------------------------------------------------------------------------


def test_stapnummer_buiten_volgorde(d):
    r = d.vervang("hulpvragen.yml", "  - nummer: 2\n", "  - nummer: 3\n")
    assert d.meldingen() == [
        f"data/hulpvragen.yml:{r}: stappen.stap-2.nummer: stap 2 heeft nummer 3; nummer de stappen 1, 2, 3, … in volgorde"
    ]


def test_stapnummers_niet_gecontroleerd_als_een_stap_ongeldig_is(d):
    # stap 1 invalid (unknown field): the partial model holds stap 2..6 at positions 0..4;
    # their numbers are right, so nothing may be reported about them
    d.vervang("hulpvragen.yml", "    id: stap-1\n", "    id: stap-1\n    kleur: rood\n")
    assert d.meldingen("nummer") == []


def test_vraag_id_dubbel_ook_over_stappen_heen(d):
    r1 = d.vervang("hulpvragen.yml", "          - id: onbewuste-aannames\n", "          - id: overheid-beeld\n")
    tekst = d.teksten["hulpvragen.yml"]
    stap2 = tekst[tekst.index("  - nummer: 2\n"):]
    vraag2 = re.search(r"^          - id: (\S+)$", stap2, re.M).group(1)
    r2 = d.vervang("hulpvragen.yml", f"          - id: {vraag2}\n", "          - id: aannames-bewustwording\n")
    assert d.meldingen() == [
        f"data/hulpvragen.yml:{r1}: stappen.stap-1.groepen.1.vragen.overheid-beeld.id: vraag-id 'overheid-beeld' komt al voor; elke vraag heeft een eigen id",
        f"data/hulpvragen.yml:{r2}: stappen.stap-2.groepen.1.vragen.aannames-bewustwording.id: vraag-id 'aannames-bewustwording' komt al voor; elke vraag heeft een eigen id",
    ]


# --- references that must exist ---------------------------------------------------------

BRON_PLEKKEN = [
    ("factoren.yml", "factoren"),
    ("samenwerking.yml", "randvoorwaarden"),
    ("samenwerking.yml", "lijsten"),
    ("gemeenschap.yml", "lijsten"),
    ("begrippen.yml", "begrippen"),
]


def _eerste_bronnen(tekst: str, sleutel: str) -> tuple[str, str]:
    """(item id, the '    bronnen: [first' text) of the first item of ``sleutel`` that cites."""
    deel = tekst[tekst.index(f"\n{sleutel}:\n"):]
    for item in re.split(r"\n  - id: ", deel)[1:]:
        m = re.search(r"^    bronnen: \[([a-z0-9-]+)", item, re.M)
        if m:
            return item.split("\n", 1)[0], m.group(0)
    raise AssertionError(f"geen bronnen in {sleutel}")


@pytest.mark.parametrize("naam, sleutel", BRON_PLEKKEN)
def test_onbekende_bron(d, naam, sleutel):
    ident, stuk = _eerste_bronnen(d.teksten[naam], sleutel)
    r = d.vervang(naam, stuk, "    bronnen: [bestaat-niet-1999", na=f"\n  - id: {ident}\n")
    assert d.meldingen() == [
        f"data/{naam}:{r}: {sleutel}.{ident}.bronnen.1: onbekende bron (data/literatuur.yml) 'bestaat-niet-1999'; die id bestaat niet"
    ]


@pytest.mark.parametrize("weg", ["literatuur.yml", "factoren.yml"])
def test_bron_niet_gecontroleerd_zonder_leesbare_bestanden(d, weg):
    ident, stuk = _eerste_bronnen(d.teksten["factoren.yml"], "factoren")
    d.vervang("factoren.yml", stuk, "    bronnen: [bestaat-niet-1999")
    d.weg(weg)
    assert d.meldingen("onbekende bron") == []


def test_bron_die_elders_ongeldig_is_bestaat(d):
    # adamse-2023 with an invalid soort: left out of the literature model, but its id exists
    d.vervang("literatuur.yml", "    soort: publicatie\n    taal: en\n", "    soort: boek\n    taal: en\n")
    assert "adamse-2023" in d.teksten["literatuur.yml"].split("soort: boek")[0][-600:]
    ident, stuk = _eerste_bronnen(d.teksten["factoren.yml"], "factoren")
    d.vervang("factoren.yml", stuk, "    bronnen: [adamse-2023")
    assert d.meldingen() == []


def test_onbekende_indicator_bij_factor(d):
    r = d.vervang("factoren.yml", "    indicatoren: [opvoedvaardigheden, kwaliteit-van-de-relatie]\n",
                  "    indicatoren: [opvoedvaardigheden, bestaat-niet]\n")
    assert d.meldingen() == [
        f"data/factoren.yml:{r}: factoren.gebrekkige-opvoedvaardigheden.indicatoren.2: onbekende indicator (data/indicatoren.yml) 'bestaat-niet'; die id bestaat niet"
    ]


def test_indicator_van_een_ander_niveau(d):
    tekst = d.teksten["indicatoren.yml"]
    gemeenschap = re.search(r"^  - id: (\S+)\n    niveau: gemeenschap$", tekst, re.M).group(1)
    r = d.vervang("factoren.yml", "    indicatoren: [opvoedvaardigheden, kwaliteit-van-de-relatie]\n",
                  f"    indicatoren: [{gemeenschap}, kwaliteit-van-de-relatie]\n")
    assert d.meldingen() == [
        f"data/factoren.yml:{r}: factoren.gebrekkige-opvoedvaardigheden.indicatoren.1: indicator '{gemeenschap}' hoort bij niveau gemeenschap, de factor bij gezin"
    ]


@pytest.mark.parametrize("weg", ["indicatoren.yml", "factoren.yml"])
def test_indicator_niet_gecontroleerd_zonder_beide_bestanden(d, weg):
    d.vervang("factoren.yml", "    indicatoren: [opvoedvaardigheden, kwaliteit-van-de-relatie]\n",
              "    indicatoren: [opvoedvaardigheden, bestaat-niet]\n")
    d.weg(weg)
    assert d.meldingen("indicator") == []


@pytest.mark.parametrize("oud, nieuw, hier", [
    ('versie: "2024.05-1"', 'versie: "2024.06-1"', "(2024.05-1, 2024-05-31)"),
    ('datum: "2024-05-31"', 'datum: "2024-06-01"', "(2024.05-1, 2024-05-31)"),
])
def test_nieuwste_versie_gelijk_aan_uitgave(d, oud, nieuw, hier):
    d.vervang("uitgave.yml", oud, nieuw)
    u = "(2024.06-1, 2024-05-31)" if "versie" in oud else "(2024.05-1, 2024-06-01)"
    assert d.meldingen() == [
        f"data/wijzigingen.yml:5: versies.1.versie: de nieuwste versie hier {hier} moet gelijk zijn aan versie en datum in data/uitgave.yml {u}"
    ]


def test_versie_niet_gecontroleerd_zonder_uitgave_of_zonder_versies(d):
    d.vervang("uitgave.yml", 'versie: "2024.05-1"', 'versie: "2024.06-1"')
    d.weg("uitgave.yml")
    assert d.meldingen() == []
    d = Data()
    d.vervang("uitgave.yml", 'versie: "2024.05-1"', 'versie: "2024.06-1"')
    d.teksten["wijzigingen.yml"] = "versies: []\n"
    assert d.meldingen() == []


def test_onbekende_lijst_bij_randvoorwaarde_en_figuur(d):
    r1 = d.vervang("samenwerking.yml", "    lijst: factoren-hechte-gemeenschap\n", "    lijst: bestaat-niet\n")
    r2 = d.vervang("figuren.yml", "    lijst: ppct-lagen\n", "    lijst: ook-niet\n")
    tekst = d.teksten["samenwerking.yml"][: d.teksten["samenwerking.yml"].index("lijst: bestaat-niet")]
    rv = re.findall(r"^  - id: (\S+)$", tekst, re.M)[-1]
    assert d.meldingen() == [
        f"data/figuren.yml:{r2}: figuren.afbeelding-2-1.lijst: onbekende lijst 'ook-niet'; die id bestaat niet",
        f"data/samenwerking.yml:{r1}: randvoorwaarden.{rv}.lijst: onbekende lijst 'bestaat-niet'; die id bestaat niet",
    ]


def test_lijst_van_elk_lijstbestand_is_bekend(d):
    # a figure may point at a list of any of the three list files
    d.vervang("figuren.yml", "    lijst: ppct-lagen\n", "    lijst: participatieniveaus\n")
    d.vervang("figuren.yml", "    lijst: tien-uitgangspunten\n", "    lijst: meldingsbereidheid\n")
    assert d.meldingen() == []


@pytest.mark.parametrize("weg", ["gemeenschap.yml", "opgroeicontext.yml", "samenwerking.yml"])
def test_lijsten_niet_gecontroleerd_zonder_alle_lijstbestanden(d, weg):
    d.vervang("figuren.yml", "    lijst: ppct-lagen\n", "    lijst: ook-niet\n")
    d.weg(weg)
    assert d.meldingen("onbekende lijst") == []


def test_herbouwde_figuur_zonder_lijst_of_indicatoren(d):
    r = regel(d.teksten["figuren.yml"], "    status: herbouwd\n    lijst: ppct-lagen\n")
    d.vervang("figuren.yml", "    status: herbouwd\n    lijst: ppct-lagen\n", "    status: herbouwd\n")
    assert d.meldingen() == [
        f"data/figuren.yml:{r}: figuren.afbeelding-2-1.status: bij status herbouwd hoort een veld lijst (id van een lijst) of indicatoren (gezin of gemeenschap)"
    ]


def test_herbouwde_figuur_met_indicatoren_en_andere_status_zonder_lijst(d):
    d.vervang("figuren.yml", "    status: herbouwd\n    lijst: ppct-lagen\n", "    status: herbouwd\n    indicatoren: gezin\n")
    d.vervang("figuren.yml", "    status: herbouwd\n    lijst: tien-uitgangspunten\n", "    status: alleen-in-pdf\n")
    assert d.meldingen() == []


# --- koppelingen.yml --------------------------------------------------------------------

VERBAND = '  - naar: {naar}\n    id: {id}\n    paragraaf: "5.3"\n    citaat: "x"\n'


def _wijkscan_erbij(d: Data, *paren: tuple[str, str]) -> list[int]:
    """Append links to the wijkscan list (the file ends with it); the line of each 'id:'."""
    tekst = d.teksten["koppelingen.yml"]
    assert tekst.rstrip().split("\n\n")[-1].startswith("wijkscan:")
    regels = []
    for naar, ident in paren:
        regels.append(tekst.count("\n") + 2)
        tekst += VERBAND.format(naar=naar, id=ident)
    d.teksten["koppelingen.yml"] = tekst
    return regels


def test_koppelingen_naar_bestaande_ids_van_elke_soort(d):
    _wijkscan_erbij(d, ("factor", "gebrekkige-opvoedvaardigheden"), ("indicator", "opvoedvaardigheden"),
                    ("randvoorwaarde", "vertrouwen"), ("interventie", "buurtvaders"), ("stap", "stap-2"),
                    ("wijkscan", "wijkscan"), ("paragraaf", "3.2.1"), ("paragraaf", "bijlage-12"), ("paragraaf", "4"))
    assert d.meldingen() == []


def test_koppelingen_naar_onbekende_ids(d):
    # each id exists, but as another kind
    paren = [("factor", "opvoedvaardigheden"), ("indicator", "gebrekkige-opvoedvaardigheden"),
             ("randvoorwaarde", "buurtvaders"), ("interventie", "vertrouwen"), ("stap", "wijkscan"),
             ("wijkscan", "stap-1")]
    regels = _wijkscan_erbij(d, *paren)
    assert d.meldingen() == sorted(
        f"data/koppelingen.yml:{r}: wijkscan.{ident}.id: onbekende {naar} '{ident}'; die id bestaat niet"
        for r, (naar, ident) in zip(regels, paren)
    )


@pytest.mark.parametrize("ident", ["drie", "3.", "x3.2", "3.2x", "bijlage-", "bijlage-3a", "3..2"])
def test_koppeling_naar_iets_dat_geen_paragraaf_is(d, ident):
    (r,) = _wijkscan_erbij(d, ("paragraaf", f'"{ident}"'))
    # (the field names a list item by its 'id', here the link's target)
    assert d.meldingen() == [f"data/koppelingen.yml:{r}: wijkscan.{ident}.id: '{ident}' is geen paragraaf (zoals 3.2 of bijlage-3)"]


def test_verbanden_van_een_stap_staan_bij_elkaar(d):
    r = d.vervang("koppelingen.yml", "  - stap: stap-3\n", "  - stap: stap-1\n")
    assert d.meldingen() == [
        f"data/koppelingen.yml:{r}: stappen.2.stap: stap 'stap-1' staat hier al; zet alle verbanden van een stap bij elkaar"
    ]


def test_onbekende_stap_en_onbekend_doel_van_een_stap(d):
    r1 = d.vervang("koppelingen.yml", "  - stap: stap-3\n", "  - stap: stap-9\n")
    r2 = d.vervang("koppelingen.yml", "        id: wijkscan\n", "        id: scan\n")
    assert d.meldingen() == [
        f"data/koppelingen.yml:{r2}: stappen.1.verbanden.scan.id: onbekende wijkscan 'scan'; die id bestaat niet",
        f"data/koppelingen.yml:{r1}: stappen.2.stap: onbekende stap (data/hulpvragen.yml) 'stap-9'; die id bestaat niet",
    ]


@pytest.mark.parametrize("naam, oud, nieuw", [
    ("hulpvragen.yml", "    id: stap-1\n", "    id: stap-1\n    kleur: rood\n"),
    ("hulpvragen.yml", "    id: stap-2\n", "    id: stap-2\n    kleur: rood\n"),
    ("samenwerking.yml", "  - id: vertrouwen\n", "  - id: vertrouwen\n    kleur: rood\n"),
    ("factoren.yml", "  - id: gebrekkige-opvoedvaardigheden\n", "  - id: gebrekkige-opvoedvaardigheden\n    kleur: rood\n"),
    ("indicatoren.yml", "  - id: opvoedvaardigheden\n", "  - id: opvoedvaardigheden\n    kleur: rood\n"),
    ("interventies/buurtvaders.yml", 'naam: "Buurtvaders"', "naam: 1234"),
])
def test_koppeling_naar_iets_dat_elders_ongeldig_is_is_geen_onbekende_id(d, naam, oud, nieuw):
    # The target has an error of its own (an unknown field in a list item, which leaves it out
    # of its file's partial model; a card without a model): that error is reported where it is
    # (laden.py), not also an "onbekende ..." at every link to it. (Bug found with these tests:
    # such targets were missing from the known ids; _bestaande_ids already read them from the tree.)
    _wijkscan_erbij(d, ("randvoorwaarde", "vertrouwen"), ("factor", "gebrekkige-opvoedvaardigheden"),
                    ("indicator", "opvoedvaardigheden"), ("interventie", "buurtvaders"), ("stap", "stap-2"))
    d.vervang(naam, oud, nieuw)
    assert d.meldingen() == []


@pytest.mark.parametrize("weg", ["hulpvragen.yml", "samenwerking.yml", "factoren.yml", "indicatoren.yml"])
def test_koppelingen_niet_gecontroleerd_zonder_hun_bestanden(d, weg):
    d.vervang("koppelingen.yml", "  - stap: stap-3\n", "  - stap: stap-9\n")
    d.weg(weg)
    assert d.meldingen("koppelingen") == []


# --- wijzigingen.yml and hernoemd.yml ----------------------------------------------------


def test_wijziging_over_een_onbekende_kaart(d):
    tekst = d.teksten["wijzigingen.yml"]
    r = tekst.count("\n") + 3  # the appended 'kaart: bestaat-niet' is the 4th line after the text
    d.teksten["wijzigingen.yml"] = tekst + (
        '      - tekst: "Nieuwe kaart."\n        kaart: buurtvaders\n'
        '      - tekst: "Nog een."\n        kaart: bestaat-niet\n'
    )
    n = len(re.findall(r"^      - ", tekst.split("\n    wijzigingen:\n")[1], re.M))
    assert d.meldingen() == [
        f"data/wijzigingen.yml:{r + 1}: versies.1.wijzigingen.{n + 2}.kaart: onbekende interventiekaart 'bestaat-niet'; er is geen data/interventies/bestaat-niet.yml"
    ]


def test_wijziging_over_een_kaart_die_elders_ongeldig_is(d):
    d.vervang("interventies/buurtvaders.yml", 'naam: "Buurtvaders"', "naam: 1234")
    assert _bestand("interventies/buurtvaders.yml", d.teksten["interventies/buurtvaders.yml"]).model is None
    d.teksten["wijzigingen.yml"] += '      - tekst: "Nieuwe kaart."\n        kaart: buurtvaders\n'
    assert d.meldingen() == []


def test_hernoemd_kent_kaarten_vragen_en_indicatoren(d):
    d.teksten["hernoemd.yml"] = (
        "vragen:\n  - oud: oude-vraag\n    nieuw: overheid-beeld\n"
        "indicatoren:\n  - oud: oude-indicator\n    nieuw: opvoedvaardigheden\n"
        "kaarten:\n  - oud: oude-kaart\n    nieuw: buurtvaders\n  - oud: andere-kaart\n    nieuw: weg\n"
        "punten: []\n"
    )
    assert d.meldingen() == ["data/hernoemd.yml:11: kaarten.2.nieuw: 'weg' bestaat niet; een hernoeming wijst naar een bestaande id"]


@pytest.mark.parametrize("weg, soort, r", [("hulpvragen.yml", "vragen", 3), ("indicatoren.yml", "indicatoren", 6)])
def test_hernoemd_zonder_bestand_niet_gecontroleerd(d, weg, soort, r):
    d.teksten["hernoemd.yml"] = (
        "vragen:\n  - oud: a\n    nieuw: weg\n"
        "indicatoren:\n  - oud: b\n    nieuw: weg\n"
        "kaarten: []\npunten: []\n"
    )
    assert d.meldingen("hernoemd") == [
        "data/hernoemd.yml:3: vragen.1.nieuw: 'weg' bestaat niet; een hernoeming wijst naar een bestaande id",
        "data/hernoemd.yml:6: indicatoren.1.nieuw: 'weg' bestaat niet; een hernoeming wijst naar een bestaande id",
    ]
    d.weg(weg)
    assert [m for m in d.meldingen("hernoemd") if f": {soort}." in m] == []
