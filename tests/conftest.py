"""Shared fixtures: the real data, a strict build of the real site, a local server."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.inhoud.laden import laad_kennis  # noqa: E402

# What a copy of the project needs to build (no .venv, no site/).
PROJECT_DELEN = ("data", "docs", "macros", "overrides", "mkdocs.yml")


@pytest.fixture(scope="session")
def kennis():
    return laad_kennis(ROOT / "data")


def bouw(project: Path, uit: Path, **omgeving: str) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of a project folder, as the Makefile runs it; ``omgeving``:
    extra environment variables (e.g. ``SW_PDF="0"``)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **omgeving)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(uit)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,  # a cold build with PDFs on a loaded 2-core machine
    )


def kopieer_project(doel: Path) -> Path:
    doel.mkdir(parents=True, exist_ok=True)
    for deel in PROJECT_DELEN:
        bron = ROOT / deel
        if bron.is_dir():
            shutil.copytree(bron, doel / deel, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(bron, doel / deel)
    return doel


@pytest.fixture(scope="session")
def index():
    from macros.weergave.paginaindex import scan

    return scan(ROOT / "docs")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real site, built strictly once per test session."""
    uit = tmp_path_factory.mktemp("site")
    resultaat = bouw(ROOT, uit)
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
    return uit


class _StilleHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


@pytest.fixture(scope="session")
def server(site):
    """The built site over http://127.0.0.1:<free port>/."""
    handler = functools.partial(_StilleHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
