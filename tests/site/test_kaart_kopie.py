"""An editor starts a new card as a copy of an existing one and changes only its id, name and
order: the search-index tests still pass on that project (issue 21, item 6). Entities are
identified by id and anchor, so two cards may share a sentence until the editor rewrites it.

Runs the fast search-index tests (tests/site/test_zoekindex.py, tests/unit/test_zoekindex.py)
in a temporary copy of the project, which builds its own site."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT, kopieer_project

pytestmark = pytest.mark.traag


def test_gekopieerde_kaart_met_nieuw_id_naam_en_volgorde_past_in_de_zoekindex(tmp_path, kennis):
    kopie = kopieer_project(tmp_path / "repo")
    shutil.copytree(ROOT / "tests", kopie / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "pytest.ini", kopie / "pytest.ini")
    (tmp_path / "shared").symlink_to(ROOT.parent / "shared", target_is_directory=True)

    bron = kennis.interventies[0]
    tekst = (ROOT / "data" / "interventies" / f"{bron.id}.yml").read_text(encoding="utf-8")
    volgorde = max(k.volgorde for k in kennis.interventies) + 1
    nieuw = re.sub(r"^id: .*$", "id: kopie-van-een-kaart", tekst, count=1, flags=re.M)
    nieuw = re.sub(r"^naam: .*$", 'naam: "Kopie van een kaart"', nieuw, count=1, flags=re.M)
    nieuw = re.sub(r"^volgorde: .*$", f"volgorde: {volgorde}", nieuw, count=1, flags=re.M)
    assert nieuw.count("\n") == tekst.count("\n") and nieuw != tekst
    (kopie / "data" / "interventies" / "kopie-van-een-kaart.yml").write_text(nieuw, encoding="utf-8")

    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1", SW_PDF="0")
    suite = subprocess.run(
        [sys.executable, "-m", "pytest", "-m", "not browser", "-q", "-p", "no:cacheprovider",
         "tests/site/test_zoekindex.py", "tests/unit/test_zoekindex.py"],
        cwd=kopie, env=env, capture_output=True, text=True, timeout=1800,
    )
    staart = "\n".join(suite.stdout.splitlines()[-40:])
    assert suite.returncode == 0, staart + suite.stderr[-3000:]
    assert re.search(r"\d+ passed", staart) and " failed" not in staart, staart
