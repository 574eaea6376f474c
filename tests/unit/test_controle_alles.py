"""`make check` as an editor meets it: every mistake of every kind in one run, each with
file, line and field; unknown citations; markup in plain fields; Dutch messages only."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros.weergave import downloads, literatuur
from macros.inhoud.fouten import DataFouten
from macros.inhoud.laden import laad_kennis

ROOT = Path(__file__).resolve().parents[2]


def regel_van(pad: Path, begin: str) -> int:
    """1-based line of the first line that starts with ``begin`` (after indentation)."""
    return next(i for i, r in enumerate(pad.read_text(encoding="utf-8").splitlines(), 1) if r.lstrip().startswith(begin))


def vervang(pad: Path, oud: str, nieuw: str) -> None:
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst, f"{oud!r} niet in {pad.name}"
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")


def check(data: Path) -> subprocess.CompletedProcess:
    """`make check` (python -m macros.koppeling.controleer) in the folder that holds ``data``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "macros.koppeling.controleer"], cwd=data.parent, env=env,
                          capture_output=True, text=True, timeout=300)


def test_een_fout_van_elke_soort_in_verschillende_bestanden_allemaal_in_een_run(data):
    kaarten = data / "interventies"
    # 1. syntax (a file that cannot be read at all)
    figuren = data / "figuren.yml"
    syntax_regel = regel_van(figuren, "- id:")
    vervang(figuren, "- id:", "- id: : :")
    # 2a. missing field and 2b. unknown field (in one card)
    buurtvaders = kaarten / "buurtvaders.yml"
    ontbrekend_regel = regel_van(buurtvaders, "doelgroep:")
    vervang(buurtvaders, "doelgroep:", "doelgroepen:")
    # 3. duplicate id: a second card with the id of another (and its file name)
    ctc = kaarten / "communities-that-care.yml"
    dubbel = kaarten / "communities-that-care-kopie.yml"
    dubbel.write_text(ctc.read_text(encoding="utf-8"), encoding="utf-8")
    # 4. unknown reference (a factor cites a reference that does not exist)
    factoren = data / "factoren.yml"
    tekst = factoren.read_text(encoding="utf-8")
    eerste = re.search(r"^( +bronnen: \[)([a-z0-9-]+)", tekst, re.M)
    factoren.write_text(tekst[:eerste.start(2)] + "bestaat-niet-1999" + tekst[eerste.end(2):], encoding="utf-8")
    bron_regel = tekst[:eerste.start(2)].count("\n") + 1
    # 5. unknown citation in a card's text
    vreedzaam = kaarten / "de-vreedzame-wijk.yml"
    vervang(vreedzaam, "effectiviteit: |-\n", "effectiviteit: |-\n  Zo blijkt uit onderzoek (Pietersen, 2031).\n")
    citaat_regel = regel_van(vreedzaam, "effectiviteit:")
    # 6. markup in a plain field (a help question)
    hulpvragen = data / "hulpvragen.yml"
    tekst = hulpvragen.read_text(encoding="utf-8")
    vraag = re.search(r'^(\s+- id: [a-z0-9-]+\n\s+tekst: ")', tekst, re.M)
    hulpvragen.write_text(tekst[:vraag.end()] + "<script>alert(1)</script>" + tekst[vraag.end():], encoding="utf-8")
    opmaak_regel = tekst[:vraag.end()].count("\n") + 1

    uit = check(data)
    assert uit.returncode == 1
    regels = [r.strip() for r in uit.stderr.splitlines()]
    verwacht = [
        rf"data/figuren\.yml:{syntax_regel}: \(syntaxis\): YAML-syntaxfout: ",
        rf"data/interventies/buurtvaders\.yml:{ontbrekend_regel}: doelgroep: verplicht veld ontbreekt",
        rf"data/interventies/buurtvaders\.yml:{ontbrekend_regel}: doelgroepen: onbekend veld",
        r"data/interventies/communities-that-care\.yml:1: id: interventie-id 'communities-that-care' komt ook voor in data/interventies/communities-that-care-kopie\.yml",
        r"data/interventies/communities-that-care-kopie\.yml:1: id: interventie-id 'communities-that-care' komt ook voor in data/interventies/communities-that-care\.yml",
        r"data/interventies/communities-that-care-kopie\.yml:2: volgorde: volgorde \d+ wordt ook gebruikt door data/interventies/communities-that-care\.yml",
        rf"data/factoren\.yml:{bron_regel}: factoren\.[a-z0-9-]+\.bronnen\.1: onbekende bron \(data/literatuur\.yml\) 'bestaat-niet-1999'",
        rf"data/interventies/de-vreedzame-wijk\.yml:{citaat_regel}: effectiviteit: bronvermelding 'Pietersen, 2031' staat niet in de literatuurlijst",
        rf"data/hulpvragen\.yml:{opmaak_regel}: stappen\.[a-z0-9-]+\.groepen\.1\.vragen\.[a-z0-9-]+\.tekst: opmaakcode '<script>",
    ]
    for patroon in verwacht:
        assert any(re.match(patroon, r) for r in regels), f"niet gemeld: {patroon}\n{uit.stderr}"
    assert f"bevat {len([r for r in regels if r.startswith('data/')])} fouten" in uit.stderr


def test_onbekend_citaat_in_een_kaart_wordt_gemeld(data):
    kaart = data / "interventies" / "buurtvaders.yml"
    vervang(kaart, "omschrijving: |-\n", "omschrijving: |-\n  Dit werkt (Pietersen, 2031).\n")
    with pytest.raises(DataFouten) as e:
        laad_kennis(data)
    assert [str(f) for f in e.value.fouten] == [
        f"data/interventies/buurtvaders.yml:{regel_van(kaart, 'omschrijving:')}: omschrijving: bronvermelding "
        "'Pietersen, 2031' staat niet in de literatuurlijst; voeg de bron toe aan data/literatuur.yml "
        "(of, als het brondocument haar zonder bron noemt, aan niet_in_lijst daar)"
    ]


def test_citaat_zonder_bron_staat_op_de_literatuurpagina(data):
    """Allowed under niet_in_lijst, a card's citation is listed with a link to the card."""
    from macros.weergave.paginaindex import scan
    from macros.weergave import Paginacontext
    from macros.weergave.verrijking import citaties_in_data, scan_citaties

    vervang(data / "interventies" / "buurtvaders.yml", "omschrijving: |-\n", "omschrijving: |-\n  Dit werkt (Pietersen, 2031).\n")
    vervang(data / "literatuur.yml", "niet_in_lijst:\n", 'niet_in_lijst:\n  - "Pietersen 2031"\n')
    kennis = laad_kennis(data)
    index = scan(ROOT / "docs")
    index.citaties = scan_citaties(ROOT / "docs", kennis)
    citaties_in_data(index.citaties, kennis, index)
    soep = BeautifulSoup(str(literatuur.literatuur(Paginacontext(kennis, "literatuur.md", index))), "html.parser")
    regel = next(li for li in soep.select(".sw-ontbrekend li") if li.get_text().startswith("Pietersen, 2031"))
    assert [a["href"] for a in regel.select("a")] == ["interventies/buurtvaders.html"]


@pytest.mark.parametrize("inhoud", ["<b>vet</b>", "a &amp; b", "</p>", "<!-- x -->", "&#60;script", "[klik](javascript:x())"])
def test_opmaak_in_gewoon_veld_geweigerd_in_markdownveld_toegestaan(data, inhoud):
    kaart = data / "interventies" / "buurtvaders.yml"
    tekst = kaart.read_text(encoding="utf-8")
    tekst = re.sub(r'^ontwikkelaar: "', f'ontwikkelaar: "{inhoud} ', tekst, flags=re.M)
    kaart.write_text(tekst.replace("omschrijving: |-\n", f"omschrijving: |-\n  {inhoud}\n", 1), encoding="utf-8")
    with pytest.raises(DataFouten) as e:
        laad_kennis(data)
    meldingen = [str(f) for f in e.value.fouten]
    assert len(meldingen) == 1, meldingen
    assert meldingen[0].startswith(f"data/interventies/buurtvaders.yml:{regel_van(kaart, 'ontwikkelaar:')}: ontwikkelaar: opmaakcode ")


def test_tab_melding_is_helemaal_nederlands(data):
    kaart = data / "interventies" / "buurtvaders.yml"
    vervang(kaart, "\ndoelgroep:", "\n\tdoelgroep:")
    with pytest.raises(DataFouten) as e:
        laad_kennis(data)
    (melding,) = [str(f) for f in e.value.fouten]
    assert "tab" in melding and "spaties" in melding
    # no English from the YAML parser left in it
    for engels in ("found", "character", "cannot", "token", "while", "scanning", "expected", "mapping"):
        assert engels not in melding.split(": ", 2)[2].lower(), melding


def test_veldentabel_toont_geen_python_waarden():
    from macros.weergave.schema_doc import schema_per_bestand

    standaarden = [v.standaard for _, modellen in schema_per_bestand() for _, velden in modellen for v in velden]
    assert standaarden and not any(s in ("None", "[]", "''", '""', "True", "False") for s in standaarden), standaarden


def test_downloads_zeggen_wanneer_pdf_en_zip_niet_gemaakt_zijn(kennis, index, monkeypatch):
    from macros.inhoud import bouwstand
    from macros.weergave import Paginacontext

    w = Paginacontext(kennis, "downloads.md", index)
    monkeypatch.setattr(bouwstand, "pdf_overgeslagen", None)
    assert str(downloads.downloads_niet_gemaakt(w)).strip() == ""
    kaarten = BeautifulSoup(str(downloads.downloads_kaarten(w)), "html.parser")
    assert [a.get_text() for a in kaarten.select("a")] == [f"{k.naam} (PDF)" for k in kennis.interventies]
    assert not kaarten.select(".sw-niet-gemaakt")

    monkeypatch.setattr(bouwstand, "pdf_overgeslagen", "make serve maakt ze niet; met SW_PDF=1 wel")
    for html in (downloads.downloads_niet_gemaakt(w), downloads.downloads_kaarten(w)):
        notitie = BeautifulSoup(str(html), "html.parser").select_one(".sw-niet-gemaakt")
        assert "make site" in notitie.get_text() and "lege bestanden" in notitie.get_text()


@pytest.mark.parametrize("bron", ["[klik](javascript:alert(1))", "[klik]( JavaScript:alert(1))", "![x](data:text/html,x)", "[k](vbscript:x)"])
def test_markdownveld_maakt_geen_link_die_code_uitvoert(bron):
    from macros.weergave.tekst import md_blok

    soep = BeautifulSoup(str(md_blok(bron)), "html.parser")
    adressen = [e.get("href") or e.get("src") for e in soep.select("a, img")]
    assert adressen and all(a == "#" for a in adressen), adressen
