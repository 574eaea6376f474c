"""Data errors in Dutch, each naming file, line and field.

Plain Python, no MkDocs imports. A ``DataFout`` reads like a compiler message:
``data/interventies/buurtvaders.yml:14: doelgroep: verplicht veld ontbreekt``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable


@dataclass(frozen=True, order=True)
class DataFout:
    bestand: str
    regel: int
    veld: str
    melding: str

    def __str__(self) -> str:
        return f"{self.bestand}:{self.regel}: {self.veld}: {self.melding}"


class DataFouten(Exception):
    """Every problem found in one run, reported together."""

    def __init__(self, fouten: Iterable[DataFout]):
        self.fouten = sorted(set(fouten))
        super().__init__(self.tekst())

    def tekst(self) -> str:
        n = len(self.fouten)
        kop = f"De data in data/ bevat {n} fout{'en' if n != 1 else ''}; er is niets gepubliceerd:"
        regels = [kop] + [f"  {f}" for f in self.fouten]
        regels.append("Zie 'Voor redacteuren' (docs/redactie.md) voor uitleg over de velden.")
        return "\n".join(regels)


def regel_van(boom: Any, pad: tuple) -> int:
    """1-based line of the deepest part of ``pad`` that exists in a ruamel tree.

    For a missing key this is the line where its parent mapping starts, which is
    where the editor has to add it.
    """
    regel = 0
    knoop = boom
    lc = getattr(knoop, "lc", None)
    if lc is not None:
        regel = lc.line
    for stap in pad:
        lc = getattr(knoop, "lc", None)
        try:
            if isinstance(knoop, dict) and stap in knoop:
                if lc is not None:
                    regel = lc.key(stap)[0]
                knoop = knoop[stap]
            elif isinstance(knoop, list) and isinstance(stap, int) and 0 <= stap < len(knoop):
                if lc is not None:
                    regel = lc.item(stap)[0]
                knoop = knoop[stap]
            else:
                break
        except (KeyError, IndexError, TypeError):
            break
    # (ruamel's position of a list item that is a mapping is the line of its first key, so
    # the item's line needs no second look at the mapping itself)
    return regel + 1


def veld_van(boom: Any, pad: tuple) -> str:
    """Readable field path: list positions become the item's id when it has one.

    ``("factoren", 3, "soort")`` -> ``factoren.lage-ses.soort``; without an id,
    the 1-based position: ``items.4.naam``.
    """
    delen: list[str] = []
    knoop = boom
    for stap in pad:
        if isinstance(stap, int):
            item = knoop[stap] if isinstance(knoop, list) and 0 <= stap < len(knoop) else None
            ident = item.get("id") if isinstance(item, dict) else None
            delen.append(str(ident) if isinstance(ident, str) and ident else str(stap + 1))
            knoop = item
        else:
            delen.append(str(stap))
            knoop = knoop.get(stap) if isinstance(knoop, dict) else None
    return ".".join(delen) if delen else "(bestand)"
