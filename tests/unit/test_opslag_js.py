"""The Node unit tests of docs/javascripts/opslag.js (tests/js/, issue 27 item 3), run from pytest
so that `make test` and `make test-fast` include them.

They use only Node's built-ins (node:test, node:assert, node:vm): no node_modules needed, so
they run on a fresh clone. Without `node` they are skipped with the reason. The negative
control runs a failing node:test file through the same runner.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
JS_TESTS = ROOT / "tests" / "js"
NODE = shutil.which("node") or shutil.which("nodejs")


def node_test(map_: Path) -> subprocess.CompletedProcess:
    """`node --test <map_>/` as a developer runs it from the repository root."""
    if not NODE:
        pytest.skip("node niet geïnstalleerd: de JavaScript-unittests (tests/js/) draaien niet")
    return subprocess.run([NODE, "--test", f"{map_}/"], cwd=ROOT, capture_output=True, text=True, timeout=300)


def tellingen(uitvoer: str) -> dict[str, int]:
    """node:test's summary lines ("# tests 36", "# pass 36", "# fail 0") as numbers."""
    return {naam: int(n) for naam, n in re.findall(r"(?m)^# (tests|pass|fail) (\d+)$", uitvoer)}


def test_opslag_js_unittests_slagen():
    r = node_test(JS_TESTS)
    uitvoer = r.stdout + r.stderr
    assert r.returncode == 0, uitvoer
    telling = tellingen(r.stdout)
    assert telling.get("fail") == 0, uitvoer
    assert telling.get("pass", 0) >= 30, f"te weinig tests gevonden in {JS_TESTS}: {telling}\n{uitvoer}"


def test_een_falende_js_test_laat_de_runner_falen(tmp_path):
    """Negative control: a test that fails makes the same runner return non-zero."""
    (tmp_path / "fout.test.mjs").write_text(
        'import test from "node:test";\nimport assert from "node:assert/strict";\n'
        'test("kapot met opzet", () => assert.equal(1, 2));\n', encoding="utf-8")
    r = node_test(tmp_path)
    assert r.returncode != 0, r.stdout
    assert tellingen(r.stdout).get("fail") == 1, r.stdout
    assert "not ok 1 - kapot met opzet" in r.stdout
