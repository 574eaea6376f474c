"""An editor adds a card by adding one file: the whole fast test suite still passes.

The guide promises that no other file needs changing. This copies the repository,
adds one card made from sjablonen/interventie.yml (as the guide says), and runs every
test that `make test-fast` runs on that copy.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.traag



def _niet_kopieren(map_: str, namen: list[str]) -> set[str]:
    """Build output, installs and caches (at the top level), caches anywhere."""
    overal = {"__pycache__", ".pytest_cache"}
    boven = {".git", ".venv", "node_modules", "site", ".build"} if Path(map_) == ROOT else set()
    return {n for n in namen if n in overal | boven}


def test_snelle_testsuite_slaagt_met_een_kaart_meer(tmp_path, kennis):
    kopie = tmp_path / "repo"
    shutil.copytree(ROOT, kopie, ignore=_niet_kopieren, symlinks=True)
    # shared/ (the source document) sits beside the clone, as in CI
    (tmp_path / "shared").symlink_to(ROOT.parent / "shared", target_is_directory=True)
    if (ROOT / "node_modules").is_dir():  # npm tools (vnu.jar) as `make test` installed them
        (kopie / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)

    sjabloon = (kopie / "sjablonen" / "interventie.yml").read_text(encoding="utf-8")
    volgorde = max(k.volgorde for k in kennis.interventies) + 1
    kaart = sjabloon.replace("VUL-ID-IN", "buurtmoeders").replace('"Naam van de interventie"', '"Buurtmoeders"')
    kaart = re.sub(r"^volgorde: \d+", f"volgorde: {volgorde}", kaart, flags=re.M)
    (kopie / "data" / "interventies" / "buurtmoeders.yml").write_text(kaart, encoding="utf-8")
    # a clone has history ("Laatst bijgewerkt" comes from git): one commit of the copy
    git = ["git", "-c", "user.name=Redactie", "-c", "user.email=redactie@example.org", "-c", "commit.gpgsign=false"]
    for stap in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "Kaart Buurtmoeders toegevoegd"]):
        subprocess.run([*git, *stap], cwd=kopie, check=True, capture_output=True, timeout=120)

    check = subprocess.run([sys.executable, "-m", "macros.koppeling.controleer"], cwd=kopie, capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, check.stdout + check.stderr
    assert f"{len(kennis.interventies) + 1} interventiekaarten" in check.stdout

    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1")
    suite = subprocess.run(
        [sys.executable, "-m", "pytest", "-m", "not browser", "-q", "-p", "no:cacheprovider",
         # this test itself, on the copy, would copy again without end
         "--deselect", "tests/site/test_kaart_toevoegen.py::test_snelle_testsuite_slaagt_met_een_kaart_meer"],
        cwd=kopie, env=env, capture_output=True, text=True, timeout=3600,
    )
    staart = "\n".join(suite.stdout.splitlines()[-40:])
    assert suite.returncode == 0, staart + suite.stderr[-3000:]
    assert re.search(r"\d+ passed", staart) and " failed" not in staart, staart
