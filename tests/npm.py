"""Tools from npm (node_modules/, `npm ci --ignore-scripts`) that some tests need.

`make test` installs them. `make test-fast` (pytest -m "not browser") promises to run on a
machine without those installs, such as a fresh clone: there a test that needs one is
skipped with the reason; in any other run a missing tool is a failure, so the full suite can
never pass without its checks."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def snelle_run(config: pytest.Config) -> bool:
    """This run is `make test-fast` (the browser tests are left out by -m)."""
    return "not browser" in (config.getoption("markexpr", "") or "")


def npm_nodig(pad: Path, config: pytest.Config, hoe: str = "`make test` (npm ci --ignore-scripts --omit=dev)") -> Path:
    """``pad`` (under node_modules/) if it is there; otherwise skip in `make test-fast`, else fail."""
    if pad.exists():
        return pad
    reden = f"{pad.relative_to(ROOT).as_posix()} ontbreekt: installeer het met {hoe}"
    if snelle_run(config):
        pytest.skip(f"make test-fast zonder node_modules: {reden}")
    pytest.fail(reden)
