"""Every editable download of the built site opened in LibreOffice (headless), as a user's
office suite opens it: DOCX and ODT (Writer) to text and to PDF, CSV (Calc, read the way
Dutch Excel reads it: ';', UTF-8) back to CSV. Any error or warning of LibreOffice fails
the test; the text LibreOffice reads must hold every help question of data/hulpvragen.yml.
The offline zip holds the same downloads, byte for byte (so they are covered too).
PDFs are checked in tests/site/test_pdf.py.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
BEWERKBAAR = ("docx", "odt", "csv")
# The soffice start script reports this when it cannot configure a Java runtime; it concerns
# the host, not the document (no Java is needed to open or convert these files).
HOST_MELDING = "Warning: failed to launch javaldx - java may not function correctly"
CSV_FILTER = "59,34,76,1"  # separator ';', text delimiter '"', UTF-8, start at line 1
# export: no forced quotes (7), formulas written as their results (8), cells as shown (9): a
# cell Calc read as a formula, number or date would no longer equal the original text
CSV_UIT_FILTER = CSV_FILTER + ",,0,false,false,true"


def soffice() -> str:
    pad = shutil.which("soffice")
    if not pad:
        pytest.fail("LibreOffice ontbreekt: `make test` installeert libreoffice-writer-nogui en -calc-nogui")
    return pad


def converteer(bestanden: list[Path], doel: str, uit: Path, profiel: Path, infilter: str | None = None) -> None:
    """Convert with one soffice run; fail on a non-zero exit, any error or warning, a missing output."""
    uit.mkdir(parents=True, exist_ok=True)
    opdracht = [soffice(), "--headless", "--norestore", f"-env:UserInstallation={profiel.as_uri()}"]
    if infilter:
        opdracht.append(f"--infilter={infilter}")
    opdracht += ["--convert-to", doel, "--outdir", str(uit), *map(str, bestanden)]
    r = subprocess.run(opdracht, capture_output=True, text=True, timeout=600)
    meldingen = [regel for regel in r.stderr.splitlines() if regel.strip() and regel.strip() != HOST_MELDING]
    assert r.returncode == 0, r.stdout + r.stderr
    assert not meldingen, "\n".join(meldingen)
    onverwacht = [regel for regel in r.stdout.splitlines() if regel.strip() and not regel.startswith("convert ")]
    assert not onverwacht, "\n".join(onverwacht)
    extensie = doel.split(":", 1)[0]
    for bron in bestanden:
        resultaat = uit / f"{bron.stem}.{extensie}"
        assert resultaat.is_file() and resultaat.stat().st_size > 0, f"{bron.name}: LibreOffice maakte geen {extensie}"


def zonder_ruimte(tekst: str) -> str:
    return re.sub(r"\s+", "", tekst)


@pytest.fixture(scope="module")
def yml() -> dict:
    with (ROOT / "data" / "hulpvragen.yml").open(encoding="utf-8") as f:
        return YAML(typ="safe").load(f)


def vragen_in(yml: dict, stam: str) -> list[str]:
    """The questions a checklist download should hold, judged by its file name."""
    stappen = [s for s in yml["stappen"] if stam.endswith(f"-{s['id']}")] or yml["stappen"]
    return [v["tekst"] for s in stappen for g in s["groepen"] for v in g["vragen"]]


@pytest.fixture(scope="module")
def bewerkbaar(site) -> dict[str, list[Path]]:
    """Every DOCX, ODT and CSV under downloads/ of the built site, per extension."""
    per: dict[str, list[Path]] = {ext: sorted((site / "downloads").rglob(f"*.{ext}")) for ext in BEWERKBAAR}
    assert per["docx"] and per["odt"] and per["csv"]
    return per


@pytest.fixture(scope="module")
def profiel(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("lo-profiel")


def test_zip_bevat_dezelfde_downloads(site, bewerkbaar):
    zips = sorted(z for z in (site / "downloads").glob("*.zip") if z.stat().st_size)  # empty: not made
    if not zips and os.environ.get("SW_PDF") == "0":
        pytest.skip("SW_PDF=0: de site-zip wordt dan niet gemaakt")
    assert zips, "geen offline-zip gebouwd"
    for z in zips:
        with zipfile.ZipFile(z) as archief:
            binnen = {n: archief.read(n) for n in archief.namelist() if n.rsplit(".", 1)[-1] in BEWERKBAAR}
        assert binnen, f"{z.name}: geen downloads in de zip"
        buiten = {p.relative_to(site).as_posix(): p.read_bytes() for ps in bewerkbaar.values() for p in ps}
        for naam, inhoud in binnen.items():
            relatief = naam.split("/", 1)[1] if "/" in naam else naam
            assert buiten.get(relatief) == inhoud, f"{z.name}: {naam} verschilt van de download op de site"
        assert len(binnen) == len(buiten)


@pytest.mark.parametrize("formaat", ("docx", "odt"))
def test_checklists_openen_in_writer(bewerkbaar, yml, tmp_path, profiel, formaat):
    bestanden = bewerkbaar[formaat]
    assert len(bestanden) == 1 + len(yml["stappen"])
    converteer(bestanden, "txt:Text (encoded):UTF8", tmp_path / "txt", profiel)
    converteer(bestanden, "pdf", tmp_path / "pdf", profiel)
    for bron in bestanden:
        tekst = (tmp_path / "txt" / f"{bron.stem}.txt").read_text(encoding="utf-8-sig")
        regels = [r.strip() for r in tekst.splitlines()]
        assert regels[0] == yml["titel"], bron.name
        verwacht = vragen_in(yml, bron.stem)
        for vraag in verwacht:
            # one paragraph per question: tick box, tab, the question
            assert f"☐\t{vraag}" in tekst, f"{bron.name}: LibreOffice leest {vraag!r} niet"
        assert tekst.count("☐") == len(verwacht), bron.name
        pdf = (tmp_path / "pdf" / f"{bron.stem}.pdf").read_bytes()
        assert pdf.startswith(b"%PDF-")
        pdftekst = subprocess.run(["pdftotext", "-layout", str(tmp_path / "pdf" / f"{bron.stem}.pdf"), "-"],
                                  capture_output=True, text=True, check=True).stdout
        for vraag in verwacht:
            assert zonder_ruimte(vraag) in zonder_ruimte(pdftekst), f"{bron.name} als PDF: ontbreekt {vraag!r}"


def test_csv_openen_in_calc(bewerkbaar, yml, tmp_path, profiel):
    bestanden = bewerkbaar["csv"]
    converteer(bestanden, f"csv:Text - txt - csv (StarCalc):{CSV_UIT_FILTER}", tmp_path / "uit", profiel, f"CSV:{CSV_FILTER}")
    for bron in bestanden:
        origineel = list(csv.reader(io.StringIO(bron.read_bytes().decode("utf-8-sig")), delimiter=";"))
        gelezen = list(csv.reader(io.StringIO((tmp_path / "uit" / bron.name).read_text(encoding="utf-8-sig")), delimiter=";"))
        assert len({len(r) for r in origineel}) == 1, f"{bron.name}: rijen van ongelijke lengte"
        # Calc sees the same grid: same rows, same columns, every cell's text intact
        assert len(gelezen) == len(origineel), bron.name
        for i, (a, b) in enumerate(zip(origineel, gelezen)):
            assert [c.replace("\r\n", "\n") for c in a] == [c.replace("\r\n", "\n") for c in b], f"{bron.name} rij {i + 1}"
    hulpvragen = next(b for b in bestanden if b.name.endswith("-hulpvragen.csv"))
    rijen = list(csv.DictReader(io.StringIO((tmp_path / "uit" / hulpvragen.name).read_text(encoding="utf-8-sig")), delimiter=";"))
    assert [r["vraag"] for r in rijen] == vragen_in(yml, "alle")
