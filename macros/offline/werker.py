"""``sw.js``: the worker template (``sw.sjabloon.js``) with this build's precache list inlined.

The list is in the worker's own bytes, so every content change changes ``sw.js`` and the
browser installs the new worker on its next update check. ``BOUW`` (a hash of the list)
names the build, for the page and for tests.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from macros.offline import DOWNLOADS_CACHE, WERKER_PAD, WORKBOX_MAP
from macros.offline.voorraad import voorraad

SJABLOON = Path(__file__).with_name("sw.sjabloon.js")


def bouw_id(lijst: list[dict[str, str]]) -> str:
    tekst = json.dumps(lijst, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(tekst.encode()).hexdigest()[:16]


def werker_tekst(lijst: list[dict[str, str]]) -> str:
    """The worker's source for this precache list."""
    tekst = SJABLOON.read_text(encoding="utf-8")
    vervangen = {
        "__VOORRAAD__": json.dumps(lijst, ensure_ascii=True, separators=(",", ":")),
        "__WORKBOX__": WORKBOX_MAP,
        "__BOUW__": bouw_id(lijst),
        "__DOWNLOADS_CACHE__": DOWNLOADS_CACHE,
    }
    for sleutel, waarde in vervangen.items():
        if sleutel not in tekst:
            raise ValueError(f"{SJABLOON.name}: {sleutel} ontbreekt")
        tekst = tekst.replace(sleutel, waarde)
    return tekst


def schrijf_werker(site: Path) -> list[dict[str, str]]:
    """Writes ``sw.js`` at the root of the finished ``site``; returns the precache list."""
    lijst = voorraad(site)
    (site / WERKER_PAD).write_text(werker_tekst(lijst), encoding="utf-8")
    return lijst
