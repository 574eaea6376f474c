"""The codebase shows its architecture (issue 25): stage packages that import only downwards,
no import cycles, MkDocs only in the MkDocs layer, no module over 300 lines.

The import rules are import-linter's (pinned in requirements.txt, configured in .importlinter);
each rule is also shown to fail on a copy of the tree with one deliberate violation, through
the same command and the same configuration.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT = Path(sys.executable).parent / "lint-imports"
MAX_REGELS = 300
STADIA = ("inhoud", "weergave", "uitvoer", "zoeken", "plichten", "offline", "koppeling")


def lint_imports(map_: Path) -> subprocess.CompletedProcess:
    """`lint-imports` as a developer runs it, from the folder holding .importlinter."""
    return subprocess.run([str(LINT), "--no-cache"], cwd=map_, capture_output=True, text=True, timeout=300)


def test_importregels_worden_gehouden():
    r = lint_imports(ROOT)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Contracts: 5 kept, 0 broken." in r.stdout, r.stdout


# (file to change, the line added, the contract that must then break)
OVERTREDINGEN = [
    ("macros/inhoud/kennis.py", "from macros.weergave import plaatsen  # noqa", "Stages only import downwards"),
    ("macros/weergave/context.py", "from macros.uitvoer import downloads  # noqa", "Stages only import downwards"),
    ("macros/zoeken/index.py", "from macros.plichten import beveiliging  # noqa", "Stages only import downwards"),
    ("macros/inhoud/kennis.py", "import mkdocs  # noqa", "Only macros.koppeling imports MkDocs"),
    ("macros/uitvoer/pdf/document.py", "from macros.uitvoer.exports import hulpvragen_model  # noqa",
     "Outputs: exports may use pdf, not back"),
    ("macros/inhoud/model.py", "from macros.inhoud import kennis  # noqa", "No cycles between siblings"),
    ("scripts/bench_server.py", "from scripts import bench_lighthouse  # noqa", "No cycles between siblings"),
]


@pytest.mark.parametrize("bestand,regel,contract", OVERTREDINGEN, ids=[f"{b}:{c[:20]}" for b, _, c in OVERTREDINGEN])
def test_elke_regel_vangt_een_overtreding(tmp_path, bestand, regel, contract):
    for deel in ("macros", "scripts"):
        shutil.copytree(ROOT / deel, tmp_path / deel, ignore=shutil.ignore_patterns("__pycache__", "vendor"))
    shutil.copy2(ROOT / ".importlinter", tmp_path / ".importlinter")
    assert lint_imports(tmp_path).returncode == 0  # the copy itself is clean
    pad = tmp_path / bestand
    pad.write_text(pad.read_text(encoding="utf-8") + "\n" + regel + "\n", encoding="utf-8")
    r = lint_imports(tmp_path)
    assert r.returncode != 0, r.stdout
    gebroken = [reg for reg in r.stdout.splitlines() if reg.endswith("BROKEN")]
    assert any(reg.startswith(contract) for reg in gebroken), r.stdout


def te_lang(paden) -> dict[str, int]:
    """{path: lines} of every file over MAX_REGELS lines."""
    uit = {}
    for pad in paden:
        n = len(Path(pad).read_text(encoding="utf-8").splitlines())
        if n > MAX_REGELS:
            uit[str(Path(pad).relative_to(ROOT) if Path(pad).is_relative_to(ROOT) else pad)] = n
    return uit


def eigen_modules() -> list[Path]:
    """Our own code: Python in macros/ and scripts/, JavaScript in macros/, overrides/ and
    docs/javascripts/ (vendored libraries in vendor/ folders are not ours)."""
    py = [p for deel in ("macros", "scripts") for p in (ROOT / deel).rglob("*.py")]
    js = [p for deel in ("macros", "overrides", "docs/javascripts") for p in (ROOT / deel).rglob("*.js")]
    return [p for p in py + js if "vendor" not in p.parts]


def test_geen_module_boven_de_300_regels():
    modules = eigen_modules()
    assert len(modules) > 60 and any(p.suffix == ".js" for p in modules)  # the tree was found
    assert te_lang(modules) == {}


def test_regelteller_ziet_een_te_lange_module(tmp_path):
    kort, lang = tmp_path / "kort.py", tmp_path / "lang.py"
    kort.write_text("x = 1\n" * MAX_REGELS)
    lang.write_text("x = 1\n" * (MAX_REGELS + 1))
    assert te_lang([kort, lang]) == {str(lang): MAX_REGELS + 1}


@pytest.mark.parametrize("stadium", STADIA)
def test_elk_stadium_zegt_wat_het_doet_en_mag(stadium):
    import ast

    tekst = " ".join((ast.get_docstring(ast.parse((ROOT / "macros" / stadium / "__init__.py").read_text(encoding="utf-8"))) or "").split())
    assert tekst and "What it does" in tekst and "May import" in tekst, stadium
    assert "Must not import" in tekst or "Nothing imports it" in tekst, stadium


def test_de_mappen_van_macros_zijn_precies_de_stadia():
    """A new folder must be placed in a stage (and in .importlinter, which is exhaustive)."""
    mappen = {p.name for p in (ROOT / "macros").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert mappen == set(STADIA)
    assert {p.name for p in (ROOT / "macros").glob("*.py")} == {"__init__.py"}
