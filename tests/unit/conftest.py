"""Fixtures shared by the unit tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data(tmp_path) -> Path:
    """A private copy of data/ that a test may break."""
    doel = tmp_path / "data"
    shutil.copytree(ROOT / "data", doel)
    return doel
