"""The catalogue of generated downloads: what files exist, for links and for the build.

Plain Python, no MkDocs imports. Generated once per knowledge object (the build
and every page that links to downloads share the bytes).
"""

from __future__ import annotations

from dataclasses import dataclass

from .exports import hulpvragen_downloads
from macros.uitvoer.exports.opendata import open_data_bestanden
from macros.inhoud.kennis import Kennis

MAP = "downloads"
FORMAAT_LABEL = {"docx": "Word (DOCX)", "odt": "OpenDocument (ODT)", "pdf": "PDF", "json": "JSON", "csv": "CSV", "jsonld": "JSON-LD (DCAT-catalogus)"}

_cache: dict[int, tuple[Kennis, dict[str, bytes]]] = {}


@dataclass(frozen=True)
class Download:
    pad: str  # path inside docs/site, e.g. downloads/samen-weerbaar-hulpvragen.pdf
    naam: str
    formaat: str
    grootte: int

    @property
    def formaat_label(self) -> str:
        return FORMAAT_LABEL[self.formaat]

    @property
    def grootte_label(self) -> str:
        kb = self.grootte / 1024
        return f"{kb:.0f} kB" if kb < 1024 else f"{kb / 1024:.1f} MB".replace(".", ",")


def bestanden(kennis: Kennis) -> dict[str, bytes]:
    """Path (relative to the site root) -> bytes of every generated download."""
    hit = _cache.get(id(kennis))
    if hit is None or hit[0] is not kennis:
        u = kennis.uitgave
        inhoud = {f"{MAP}/{naam}": data for naam, data in hulpvragen_downloads(kennis, u.versie, u.datum).items()}
        inhoud.update({f"{MAP}/open-data/{naam}": data for naam, data in open_data_bestanden(kennis).items()})
        _cache.clear()
        _cache[id(kennis)] = (kennis, inhoud)
        hit = _cache[id(kennis)]
    return hit[1]


def catalogus(kennis: Kennis) -> list[Download]:
    return [
        Download(pad, pad.rsplit("/", 1)[1], pad.rsplit(".", 1)[1], len(data))
        for pad, data in bestanden(kennis).items()
    ]


def hulpvragen_sets(kennis: Kennis) -> list[tuple[str, str, list[Download]]]:
    """(anchor, label, downloads in the three formats): the complete list, then per step."""
    per_naam: dict[str, list[Download]] = {}
    for d in catalogus(kennis):
        if "/open-data/" in d.pad:
            continue
        per_naam.setdefault(d.naam.rsplit(".", 1)[0], []).append(d)
    sets = []
    for basis, ds in per_naam.items():
        if basis.endswith("-hulpvragen"):
            label = f"Alle hulpvragen ({len(kennis.hulpvragen.stappen)} stappen)"
        else:
            nummer = int(basis.rsplit("-", 1)[1])
            label = f"Stap {nummer}: {kennis.hulpvragen.stappen[nummer - 1].titel}"
        sets.append((basis, label, sorted(ds, key=lambda d: list(FORMAAT_LABEL).index(d.formaat))))
    return sets


def open_data(kennis: Kennis) -> list[Download]:
    return [d for d in catalogus(kennis) if "/open-data/" in d.pad]
