"""The source document beside the repository (CI has shared/ next to the clone), and
what several tests read from it. Expectations come from the source, not from data/."""

from __future__ import annotations

import html
import re
from pathlib import Path

BRON = Path(__file__).resolve().parents[2] / "shared" / "source" / "samen-weerbaar-kennisdocument.md"


def kaartnamen_in_bron(bron: str) -> list[str]:
    """Names of the intervention cards of §4.4, as printed (tags and footnote marks removed)."""
    namen = re.findall(r"^(?:<b>)?Interventie(?: /programma)?(?:</b>)?\t(.+)$", bron, re.M)
    namen = [html.unescape(re.sub(r"</?[bi]>|<sup>\d+</sup>", "", n)) for n in namen]
    return [re.sub(r"\s+", " ", n).strip() for n in namen]


def kaart_uit_bron(kaartnaam: str, bronnamen: list[str]) -> bool:
    """True when a card of data/ is one of the source's cards (same name start)."""
    return any(n.lower().startswith(kaartnaam.lower()[:12]) for n in bronnamen)
