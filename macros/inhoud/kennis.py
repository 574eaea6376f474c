"""The in-memory knowledge base: every entity by id, with back-links computed once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, NamedTuple

from .bestanden import HulpvragenBestand, UitgaveBestand
from .model import (
    Begrip,
    Bron,
    Figuur,
    Factor,
    Indicator,
    Interventie,
    LetOp,
    Lijst,
    Randvoorwaarde,
    Stap,
    Versie,
)


class Vermelding(NamedTuple):
    """Where a reference is cited: the kind of entity, its id and its title."""

    soort: str
    id: str
    titel: str


@dataclass(frozen=True)
class Kennis:
    factoren: list[Factor]
    indicatoren: list[Indicator]
    randvoorwaarden: list[Randvoorwaarde]
    samenwerkingslijsten: list[Lijst]  # data/samenwerking.yml (chapter 3)
    gemeenschapslijsten: list[Lijst]  # data/gemeenschap.yml (chapter 4)
    interventies: list[Interventie]
    hulpvragen: HulpvragenBestand
    bronnen: list[Bron]
    begrippen: list[Begrip]
    figuren: list[Figuur]
    uitgave: UitgaveBestand
    versies: list[Versie]
    koppelingen: "KoppelingenBestand | None" = None  # data/koppelingen.yml (issue 16)
    letop: list[LetOp] = field(default_factory=list)  # data/letop.yml: the tools' cautions
    _index: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def lijsten(self) -> list[Lijst]:
        return [*self.samenwerkingslijsten, *self.gemeenschapslijsten]

    def lijst_herkomst(self, id: str) -> str:
        """'samenwerking' or 'gemeenschap': the data file (and so the page) of a list."""
        return "samenwerking" if any(x.id == id for x in self.samenwerkingslijsten) else "gemeenschap"

    def __post_init__(self) -> None:
        idx = self._index
        for naam, items in (
            ("factor", self.factoren),
            ("indicator", self.indicatoren),
            ("randvoorwaarde", self.randvoorwaarden),
            ("lijst", self.lijsten),
            ("interventie", self.interventies),
            ("stap", self.hulpvragen.stappen),
            ("bron", self.bronnen),
            ("begrip", self.begrippen),
            ("figuur", self.figuren),
        ):
            idx[naam] = {x.id: x for x in items}
        idx["factoren_per_indicator"] = {
            i.id: [f for f in self.factoren if i.id in f.indicatoren] for i in self.indicatoren
        }
        vermeldingen: dict[str, list[Vermelding]] = {b.id: [] for b in self.bronnen}
        for soort, items, titel in (
            ("factor", self.factoren, lambda x: x.naam),
            ("randvoorwaarde", self.randvoorwaarden, lambda x: x.titel),
            ("lijst", self.lijsten, lambda x: x.titel),
            ("begrip", self.begrippen, lambda x: x.term),
        ):
            for x in items:
                for sleutel in x.bronnen:
                    vermeldingen[sleutel].append(Vermelding(soort, x.id, titel(x)))
        idx["vermeldingen"] = vermeldingen

    # ---- look-ups ------------------------------------------------------
    def factor(self, id: str) -> Factor:
        return self._index["factor"][id]

    def indicator(self, id: str) -> Indicator:
        return self._index["indicator"][id]

    def randvoorwaarde(self, id: str) -> Randvoorwaarde:
        return self._index["randvoorwaarde"][id]

    def lijst(self, id: str) -> Lijst:
        return self._index["lijst"][id]

    def lijst_item(self, lijst_id: str, item_id: str):
        return next(x for x in self.lijst(lijst_id).items if x.id == item_id)

    def interventie(self, id: str) -> Interventie:
        return self._index["interventie"][id]

    def stap(self, id: str) -> Stap:
        return self._index["stap"][id]

    def bron(self, id: str) -> Bron:
        return self._index["bron"][id]

    def begrip(self, id: str) -> Begrip:
        return self._index["begrip"][id]

    def figuur(self, id: str) -> Figuur:
        return self._index["figuur"][id]

    # ---- selections and back-links -------------------------------------
    def factoren_van(self, niveau: str, soort: str | None = None) -> list[Factor]:
        return [f for f in self.factoren if f.niveau == niveau and (soort is None or f.soort == soort)]

    def indicatoren_van(self, niveau: str) -> list[Indicator]:
        return sorted((i for i in self.indicatoren if i.niveau == niveau), key=lambda i: i.nummer)

    def factoren_bij_indicator(self, indicator_id: str) -> list[Factor]:
        return self._index["factoren_per_indicator"][indicator_id]

    def vermeldingen(self, bron_id: str) -> list[Vermelding]:
        return self._index["vermeldingen"][bron_id]

    def letop_bij(self, hulpmiddel: str) -> list[LetOp]:
        """The cautions shown with a tool (``LetOp.bij``), in file order."""
        return [x for x in self.letop if hulpmiddel in x.bij]

    def bronnen_bij(self, sleutels: Iterable[str]) -> list[Bron]:
        return [self.bron(s) for s in sleutels]

    @property
    def aantal_vragen(self) -> int:
        return sum(len(s.vragen) for s in self.hulpvragen.stappen)
