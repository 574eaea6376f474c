"""Dutch messages for pydantic validation errors, with a hint where one helps."""

from __future__ import annotations

import typing
from typing import Any

from pydantic import BaseModel

_PATROON_UITLEG = {
    "^[a-z0-9]+(-[a-z0-9]+)*$": "gebruik alleen kleine letters, cijfers en losse streepjes, bijv. 'mijn-kaart'",
    r"^(\d+(\.\d+)*|bijlage-\d+|voetnoot-\d+)$": "schrijf een paragraafnummer zoals \"2.2.1\" (tussen aanhalingstekens) of bijlage-3",
    r"^https?://\S+$": "een webadres moet beginnen met http:// of https:// en mag geen spaties bevatten",
    r"^\d{4}-\d{2}-\d{2}$": "schrijf een datum als \"JJJJ-MM-DD\" (tussen aanhalingstekens), bijv. \"2024-05-31\"",
    r"^[0-9A-Za-z.\-]+$": "een versie bestaat uit cijfers, letters, punten en streepjes, bijv. \"2024.05-1\"",
}


def _model_op_pad(model: type[BaseModel], pad: tuple) -> type[BaseModel] | None:
    """The pydantic model that holds the last key of ``pad`` (for 'allowed fields')."""
    huidig: Any = model
    for stap in pad[:-1]:
        if isinstance(stap, int):
            continue
        if not (isinstance(huidig, type) and issubclass(huidig, BaseModel)):
            return None
        veld = huidig.model_fields.get(stap)
        if veld is None:
            return None
        huidig = _kern_type(veld.annotation)
    return huidig if isinstance(huidig, type) and issubclass(huidig, BaseModel) else None


def _kern_type(tp: Any) -> Any:
    """Unwrap list[...] / Optional[...] until a model (or a plain type) remains."""
    while True:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if typing.get_origin(tp) in (list, typing.Union) and args:
            tp = args[0]
            continue
        return tp


def _waarde(x: Any) -> str:
    tekst = str(x)
    return f"'{tekst[:60]}…'" if len(tekst) > 60 else f"'{tekst}'"


def vertaal_pydantic_fout(err: dict, model: type[BaseModel]) -> str:
    soort = err["type"]
    ctx = err.get("ctx") or {}
    invoer = err.get("input")
    if soort == "missing":
        return "verplicht veld ontbreekt"
    if soort == "extra_forbidden":
        houder = _model_op_pad(model, tuple(err["loc"]))
        if houder is not None:
            toegestaan = ", ".join(houder.model_fields)
            return f"onbekend veld (controleer de spelling); toegestaan zijn: {toegestaan}"
        return "onbekend veld (controleer de spelling)"
    if soort == "literal_error":
        keuzes = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        return f"waarde {_waarde(invoer)} is niet toegestaan; kies uit: {keuzes}"
    if soort == "string_type":
        return f"moet tekst zijn, niet {_waarde(invoer)} (zet de waarde tussen aanhalingstekens)"
    if soort == "string_too_short":
        return "mag niet leeg zijn"
    if soort == "string_pattern_mismatch":
        uitleg = _PATROON_UITLEG.get(ctx.get("pattern", ""), "ongeldige schrijfwijze")
        return f"ongeldige waarde {_waarde(invoer)}: {uitleg}"
    if soort in ("int_type", "int_parsing", "int_from_float"):
        return f"moet een geheel getal zijn, niet {_waarde(invoer)}"
    if soort in ("bool_type", "bool_parsing"):
        return f"moet true of false zijn, niet {_waarde(invoer)}"
    if soort in ("greater_than_equal",):
        return f"moet minstens {ctx.get('ge')} zijn"
    if soort == "list_type":
        return "moet een lijst zijn (regels die beginnen met '- ')"
    if soort == "too_short":
        return f"moet minstens {ctx.get('min_length')} item(s) bevatten"
    if soort in ("model_type", "dict_type", "model_attributes_type"):
        return "moet een groep velden zijn (sleutel: waarde), niet een losse waarde"
    return f"ongeldige waarde: {err.get('msg', soort)}"
