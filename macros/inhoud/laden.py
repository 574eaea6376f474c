"""Load data/*.yml with ruamel (YAML 1.2), validate with pydantic, check references.

Plain Python, no MkDocs imports. ``laad_kennis(data_map)`` returns a ``Kennis``
object or raises ``DataFouten`` listing every problem of every file at once: a file
that fails validation is also checked as far as it can be (its valid list items take
part in the cross-file checks), and the text checks (markup in plain fields, unknown
citations) run on every readable file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Iterator

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from .fouten import DataFout, DataFouten, regel_van, veld_van
from .inhoudscontrole import citaat_fouten, invoegregel, niet_in_lijst_sleutels, opmaak_fouten
from .kennis import Kennis
from .bestanden import BESTANDEN, INTERVENTIE_MAP
from .hernoemd import GEPUBLICEERD
from .model import Bron, Interventie, Strikt
from .vertaling import vertaal_pydantic_fout
from .zoekwoorden import zoekwoord_fouten

#: Markup in plain fields is an error. Only tests switch this off, to prove that the
#: templates escape every field even when this check is bypassed (defence in depth).
OPMAAK_CONTROLEREN = True


class _Bestand:
    """One data file: its display name, its ruamel tree, its model class and its
    validated model (None when invalid and nothing could be kept).

    ``volledig`` is False when the model holds only the valid items of its lists;
    ``indexkaart`` then maps each list's model positions to tree positions.
    """

    def __init__(self, naam: str, boom: Any, klasse: type[Strikt]):
        self.naam = naam
        self.boom = boom
        self.klasse = klasse
        self.model: BaseModel | None = None
        self.volledig = True
        self.indexkaart: dict[str, list[int]] = {}

    def fout(self, pad: tuple, melding: str) -> DataFout:
        """An error at ``pad`` of the model (list positions of a partial model mapped back)."""
        if len(pad) > 1 and pad[0] in self.indexkaart and isinstance(pad[1], int):
            pad = (pad[0], self.indexkaart[pad[0]][pad[1]], *pad[2:])
        return self.fout_in_boom(pad, melding)

    def fout_in_boom(self, pad: tuple, melding: str) -> DataFout:
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
    except ReaderError as e:  # a control character: ruamel gives no line, only the position
        regel = pad.read_text(encoding="utf-8")[: e.position].count("\n") + 1
        fouten.append(DataFout(naam, regel, "(syntaxis)", (
            f"YAML-syntaxfout: er staat een onzichtbaar stuurteken (U+{e.character:04X}) in de tekst; "
            "verwijder het (het komt vaak mee bij kopiëren uit een tekstverwerker)")))
        return None
    except YAMLError as e:  # pragma: no cover - reading raises no other kind (the rest is for writing)
        fouten.append(DataFout(naam, 1, "(bestand)", f"YAML-fout: {e}"))
        return None
    if boom is None:
        fouten.append(DataFout(naam, 1, "(bestand)", "bestand is leeg"))
    elif not isinstance(boom, dict):
        fouten.append(DataFout(naam, 1, "(bestand)", "bestand moet velden bevatten (sleutel: waarde)"))
        return None
    return boom


#: ruamel's messages (English) -> what an editor reads. Checked in order; first match wins.
_SYNTAX_NL = (
    ("found character '\\t'", "er staat een tab-teken; gebruik spaties, geen tabs, voor inspringen"),
    ("mapping values are not allowed", "hier mag geen dubbele punt staan (staat er een dubbele punt in de tekst? Zet de tekst dan tussen aanhalingstekens)"),
    ("could not find expected ':'", "hier wordt een dubbele punt verwacht (controleer inspringing en dubbele punten)"),
    ("expected <block end>", "de inspringing klopt niet (controleer spaties aan het begin van de regel)"),
    ("found undefined alias", "onbekende verwijzing met * (zet tekst die met * begint tussen aanhalingstekens)"),
    ("found unexpected end of stream", "het bestand houdt midden in een waarde op (ontbreekt een sluitend aanhalingsteken?)"),
    ("found unknown escape character", "onbekende code na een backslash (\\) in tekst tussen dubbele aanhalingstekens"),
    ("expected ',' or ']'", "een lijst tussen [ ] is niet goed afgesloten"),
    ("expected ',' or '}'", "een groep tussen { } is niet goed afgesloten"),
    ("while scanning a quoted scalar", "een aanhalingsteken wordt niet afgesloten"),
    ("found character '@'", "een waarde mag niet met @ beginnen; zet de tekst tussen aanhalingstekens"),
    ("found character '`'", "een waarde mag niet met ` beginnen; zet de tekst tussen aanhalingstekens"),
)


def _yaml_syntaxfout(naam: str, e: MarkedYAMLError) -> DataFout:
    mark = e.problem_mark or e.context_mark
    regel = mark.line + 1 if mark is not None else 1
    probleem = (e.problem or "").strip()
    if "duplicate key" in probleem:  # ruamel: found duplicate key "naam" with value ...
        sleutel = probleem.split('"')[1]
        return DataFout(naam, regel, sleutel or "(sleutel)", "deze sleutel komt twee keer voor; verwijder er een")
    volledig = f"{e.context or ''} {probleem}"
    uitleg = next((nl for en, nl in _SYNTAX_NL if en in volledig), None)
    if uitleg is None:
        uitleg = "YAML kan deze regel niet lezen (controleer inspringing, dubbele punten en aanhalingstekens)"
    return DataFout(naam, regel, "(syntaxis)", f"YAML-syntaxfout: {uitleg}")


def _valideer(bestand: _Bestand, model: type[Strikt], fouten: list[DataFout]) -> None:
    try:
        bestand.model = model.model_validate(bestand.boom)
        return
    except ValidationError as e:
        paden = []
        for err in e.errors():
            pad = tuple(err["loc"])
            # pydantic adds the tag of a union member to loc; keep only real keys/indices
            pad = tuple(p for p in pad if isinstance(p, int) or not str(p).startswith(("function-", "union[")))
            paden.append(pad)
            fout = bestand.fout_in_boom(pad, vertaal_pydantic_fout(err, model))
            if err["type"] == "missing" and pad:
                regel = invoegregel(bestand.boom, model, pad)
                if regel:
                    fout = DataFout(fout.bestand, regel, fout.veld, fout.melding)
            fouten.append(fout)
    _valideer_deels(bestand, model, paden)


def _valideer_deels(bestand: _Bestand, model: type[Strikt], paden: list[tuple]) -> None:
    """Keep what is valid of a file with errors, for the cross-file checks: its lists
    without the invalid items, without unknown top-level keys. Leaves ``model`` None
    when an error sits in a field that is not a list item."""
    boom = bestand.boom
    weg: dict[str, set[int]] = {}
    kopie = dict(boom)
    for pad in paden:
        if len(pad) >= 2 and isinstance(boom.get(pad[0]), list) and isinstance(pad[1], int):
            weg.setdefault(pad[0], set()).add(pad[1])
        elif len(pad) == 1 and pad[0] not in model.model_fields:
            kopie.pop(pad[0], None)
        else:
            return
    kaart = {}
    for veld, posities in weg.items():
        kaart[veld] = [i for i in range(len(boom[veld])) if i not in posities]
        kopie[veld] = [boom[veld][i] for i in kaart[veld]]
    try:
        bestand.model = model.model_validate(kopie)
    except ValidationError:
        return
    bestand.volledig = False
    bestand.indexkaart = kaart


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
        bestand = _Bestand(weergavenaam, boom, model)
        if boom is not None:
            _valideer(bestand, model, fouten)
        bestanden[naam] = bestand

    kaarten: list[_Bestand] = []
    for pad in _interventiebestanden(data_map):
        weergavenaam = f"{weergave}/{INTERVENTIE_MAP}/{pad.name}"
        boom = _lees_yaml(pad, weergavenaam, fouten)
        bestand = _Bestand(weergavenaam, boom, Interventie)
        if boom is not None:
            _valideer(bestand, Interventie, fouten)
            if bestand.model is not None and bestand.model.id != pad.stem:
                fouten.append(bestand.fout(("id",), f"id '{bestand.model.id}' moet gelijk zijn aan de bestandsnaam '{pad.stem}'"))
        kaarten.append(bestand)
    if not kaarten:
        fouten.append(DataFout(f"{weergave}/{INTERVENTIE_MAP}/", 1, "(map)", "geen interventiekaarten gevonden"))

    fouten.extend(_tekstfouten([*bestanden.values(), *kaarten], bestanden["literatuur.yml"]))

    from .verwijzingen import controleer_verwijzingen

    fouten.extend(controleer_verwijzingen(bestanden, kaarten))
    fouten.extend(zoekwoord_fouten(bestanden, kaarten, data_map.parent / "docs"))
    if fouten or any(b.model is None or not b.volledig for b in [*bestanden.values(), *kaarten]):
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
        letop=m["letop.yml"].letop,
        zoekwoorden=m["zoekwoorden.yml"].zoekwoorden,
        hernoemd=m["hernoemd.yml"],
        gepubliceerd=m[GEPUBLICEERD],
    )


def _tekstfouten(alle: list[_Bestand], literatuur: _Bestand) -> list[DataFout]:
    """Markup in plain fields and unknown citations, in every file that could be read."""
    fouten: list[DataFout] = []
    for b in alle:
        if b.boom is not None and OPMAAK_CONTROLEREN:
            fouten += opmaak_fouten(b.boom, b.klasse, b.fout_in_boom)
    if literatuur.model is not None:
        toegestaan = niet_in_lijst_sleutels(literatuur.model.niet_in_lijst)
        bronnen = [*literatuur.model.bronnen, *_ongeldige_bronnen(literatuur)]
        for b in alle:
            if b.boom is not None:
                fouten += citaat_fouten(b.boom, b.klasse, bronnen, toegestaan, b.fout_in_boom)
    return fouten


def _ongeldige_bronnen(literatuur: _Bestand) -> list[Bron]:
    """References left out of a partial literature model (an error elsewhere in the
    entry): still known to the citation check, so citing them is not reported too."""
    behouden = set(literatuur.indexkaart.get("bronnen", range(len(literatuur.boom.get("bronnen") or []))))
    uit = []
    for i, ruw in enumerate(literatuur.boom.get("bronnen") or []):
        if i in behouden or not isinstance(ruw, dict) or not isinstance(ruw.get("id"), str):
            continue
        auteurs = [a for a in ruw.get("auteurs") or [] if isinstance(a, str)] if isinstance(ruw.get("auteurs"), list) else []
        jaar = ruw.get("jaar") if isinstance(ruw.get("jaar"), int) else None
        ook = [v for v in ruw.get("ook_geciteerd_als") or [] if isinstance(v, str) and re.search(r" \d{4}$", v)]
        uit.append(Bron.model_construct(id=ruw["id"], auteurs=auteurs, jaar=jaar, ook_geciteerd_als=ook))
    return uit


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
