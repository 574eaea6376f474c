"""'Laatst bijgewerkt' per page, from git history, with a fallback without git.

Plain Python, no MkDocs imports. One `git log` over the repository gives the newest
commit date of every file; a page's date is the newest of its own source and the data
files it is rendered from.
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]


def nederlandse_datum(d: date) -> str:
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def git_datums(repo: Path) -> dict[str, date]:
    """Repository-relative path -> date of the newest commit touching it ({} without git)."""
    try:
        uit = subprocess.run(
            ["git", "-C", str(repo), "log", "--format=@%cs", "--name-only", "--no-renames", "--", "docs", "data"],
            capture_output=True, text=True, timeout=60, check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    datums: dict[str, date] = {}
    huidig: date | None = None
    for regel in uit.splitlines():
        if regel.startswith("@"):
            huidig = date.fromisoformat(regel[1:])
        elif regel and huidig and regel not in datums:
            datums[regel] = huidig  # git log is newest first
    return datums


def pagina_datum(datums: dict[str, date], bronnen: list[str]) -> date | None:
    gevonden = [datums[b] for b in bronnen if b in datums]
    return max(gevonden) if gevonden else None
