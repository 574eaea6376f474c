"""Load data/*.yml with ruamel (YAML 1.2), validate with pydantic, check references.

Plain Python, no MkDocs imports. ``laad_kennis(data_map)`` returns a ``Kennis``
object or raises ``DataFouten`` listing every problem of every file at once.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterator

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .fouten import DataFout, DataFouten, regel_van, veld_van
from .kennis import Kennis
from .model import BESTANDEN, INTERVENTIE_MAP, Interventie, Strikt
from .vertaling import vertaal_pydantic_fout


class _Bestand:
    """One data file: its display name, its ruamel tree and its validated model."""

    def __init__(self, naam: str, boom: Any, model: BaseModel | None):
        self.naam = naam
        self.boom = boom
        self.model = model

    def fout(self, pad: tuple, melding: str) -> DataFout:
        return DataFout(self.naam, regel_van(self.boom, pad), veld_van(self.boom, pad), melding)


def _lees_yaml(pad: Path, naam: str, fouten: list[DataFout]) -> Any:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        with pad.open(encoding="utf-8") as f:
            boom = yaml.load(f)
    except FileNotFoundError:
        fouten.append(DataFout(naam, 1, "(bestand)", "bestand ontbreekt"))
        return None
    except UnicodeDecodeError:
        fouten.append(DataFout(naam, 1, "(bestand)", "bestand is geen UTF-8-tekst; sla het op als UTF-8"))
        return None
    except MarkedYAMLError as e:
        fouten.append(_yaml_syntaxfout(naam, e))
        return None
    except YAMLError as e:  # pragma: no cover - ruamel raises marked errors for syntax
        fouten.append(DataFout(naam, 1, "(bestand)", f"YAML-fout: {e}"))
        return None
    if boom is None:
        fouten.append(DataFout(naam, 1, "(bestand)", "bestand is leeg"))
    elif not isinstance(boom, dict):
        fouten.append(DataFout(naam, 1, "(bestand)", "bestand moet velden bevatten (sleutel: waarde)"))
        return None
    return boom


def _yaml_syntaxfout(naam: str, e: MarkedYAMLError) -> DataFout:
    mark = e.problem_mark or e.context_mark
    regel = mark.line + 1 if mark is not None else 1
    probleem = (e.problem or "").strip()
    if "duplicate key" in (e.problem or "") or "found duplicate key" in str(e):
        sleutel = probleem.split('"')[1] if '"' in probleem else ""
        return DataFout(naam, regel, sleutel or "(sleutel)", "deze sleutel komt twee keer voor; verwijder er een")
    hint = ""
    if "mapping values are not allowed" in probleem:
        hint = " (staat er een dubbele punt in de tekst? Zet de tekst dan tussen aanhalingstekens)"
    elif "could not find expected ':'" in probleem or "could not find expected" in probleem:
        hint = " (controleer inspringing en dubbele punten)"
    elif "found character '\\t'" in probleem or "tab" in probleem:
        hint = " (gebruik spaties, geen tabs, voor inspringen)"
    return DataFout(naam, regel, "(syntaxis)", f"YAML-syntaxfout: {probleem or e}{hint}")


def _valideer(bestand: _Bestand, model: type[Strikt], fouten: list[DataFout]) -> None:
    try:
        bestand.model = model.model_validate(bestand.boom)
    except ValidationError as e:
        for err in e.errors():
            pad = tuple(err["loc"])
            # pydantic adds the tag of a union member to loc; keep only real keys/indices
            pad = tuple(p for p in pad if isinstance(p, int) or not str(p).startswith(("function-", "union[")))
            fouten.append(bestand.fout(pad, vertaal_pydantic_fout(err, model)))


def _interventiebestanden(data_map: Path) -> Iterator[Path]:
    map_ = data_map / INTERVENTIE_MAP
    if map_.is_dir():
        yield from sorted(p for p in map_.iterdir() if p.suffix in (".yml", ".yaml"))


def laad_kennis(data_map: str | os.PathLike, weergave: str = "data") -> Kennis:
    """Read and validate every data file; raise ``DataFouten`` with all problems."""
    data_map = Path(data_map)
    fouten: list[DataFout] = []
    bestanden: dict[str, _Bestand] = {}

    for naam, model in BESTANDEN.items():
        weergavenaam = f"{weergave}/{naam}"
        boom = _lees_yaml(data_map / naam, weergavenaam, fouten)
        bestand = _Bestand(weergavenaam, boom, None)
        if boom is not None:
            _valideer(bestand, model, fouten)
        bestanden[naam] = bestand

    kaarten: list[_Bestand] = []
    for pad in _interventiebestanden(data_map):
        weergavenaam = f"{weergave}/{INTERVENTIE_MAP}/{pad.name}"
        boom = _lees_yaml(pad, weergavenaam, fouten)
        bestand = _Bestand(weergavenaam, boom, None)
        if boom is not None:
            _valideer(bestand, Interventie, fouten)
            if bestand.model is not None and bestand.model.id != pad.stem:
                fouten.append(bestand.fout(("id",), f"id '{bestand.model.id}' moet gelijk zijn aan de bestandsnaam '{pad.stem}'"))
        kaarten.append(bestand)
    if not kaarten:
        fouten.append(DataFout(f"{weergave}/{INTERVENTIE_MAP}/", 1, "(map)", "geen interventiekaarten gevonden"))

    if any(b.model is None for b in [*bestanden.values(), *kaarten]):
        # Cross-references need every file; report what we have so far.
        raise DataFouten(fouten)

    from .verwijzingen import controleer_verwijzingen

    fouten.extend(controleer_verwijzingen(bestanden, kaarten))
    if fouten:
        raise DataFouten(fouten)

    m = {naam: b.model for naam, b in bestanden.items()}
    return Kennis(
        factoren=m["factoren.yml"].factoren,
        indicatoren=m["indicatoren.yml"].indicatoren,
        randvoorwaarden=m["samenwerking.yml"].randvoorwaarden,
        samenwerkingslijsten=m["samenwerking.yml"].lijsten,
        gemeenschapslijsten=[*m["gemeenschap.yml"].lijsten, *m["opgroeicontext.yml"].lijsten],
        interventies=sorted((k.model for k in kaarten), key=lambda k: (k.volgorde, k.id)),
        hulpvragen=m["hulpvragen.yml"],
        bronnen=m["literatuur.yml"].bronnen,
        begrippen=m["begrippen.yml"].begrippen,
        figuren=m["figuren.yml"].figuren,
        uitgave=m["uitgave.yml"],
        versies=m["wijzigingen.yml"].versies,
        koppelingen=m["koppelingen.yml"],
    )


_cache: dict[str, tuple[tuple, Kennis]] = {}


def laad_kennis_gecached(data_map: str | os.PathLike) -> Kennis:
    """``laad_kennis`` once per build: reloaded only when a data file changed."""
    data_map = Path(data_map).resolve()
    stempel = tuple(
        sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in data_map.rglob("*.y*ml"))
    )
    hit = _cache.get(str(data_map))
    if hit and hit[0] == stempel:
        return hit[1]
    kennis = laad_kennis(data_map)
    _cache[str(data_map)] = (stempel, kennis)
    return kennis
