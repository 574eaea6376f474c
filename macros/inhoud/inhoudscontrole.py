"""Checks on the text of the data that the schema cannot express.

Plain Python, no MkDocs imports. Each check walks a file's ruamel tree alongside its
pydantic model class, so it also runs on files that are invalid elsewhere (every error
of every kind in one run) and reports the tree's own file/line/field:

- ``opmaak_fouten``: HTML markup in a plain-text field (plain fields are always shown
  escaped; markup there is a mistake, not formatting);
- ``citaat_fouten``: an author-year citation that matches no reference of
  data/literatuur.yml and is not listed there under ``niet_in_lijst``;
- ``invoegregel``: the line where a missing field belongs (before the next field of
  the schema that is present), for "verplicht veld ontbreekt".
"""

from __future__ import annotations

import re
import typing
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from pydantic import BaseModel

from .citaten import Matcher, namen_in, vind_met

# A tag (<b>, </p>, <!-- -->, <?php), a character reference (&amp;, &#60;, &#x3c;) or a
# Markdown link or image ("[tekst](adres)": plain text can end up inside Markdown prose,
# e.g. a name in a cross-reference).
OPMAAK = re.compile(r"<\s*[A-Za-z/!?]|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);|\]\s*\(")

# Fields that hold references themselves or machine values, not running text.
GEEN_CITATEN = {"citaat", "auteurs", "ook_geciteerd_als", "niet_in_lijst", "url", "id"}


@dataclass(frozen=True)
class Tekstveld:
    pad: tuple  # path in the tree, e.g. ("factoren", 3, "naam")
    waarde: str
    markdown: bool


def _onthul(tp: Any) -> tuple[Any, bool]:
    """(core type, is Markdown) of an annotation: strips Optional and Annotated."""
    markdown = False
    while True:
        herkomst = typing.get_origin(tp)
        if herkomst is typing.Annotated:
            args = typing.get_args(tp)
            markdown = markdown or "markdown" in args[1:]
            tp = args[0]
        elif herkomst is typing.Union:
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            tp = args[0] if len(args) == 1 else str
        else:
            return tp, markdown


def tekstvelden(boom: Any, model: type[BaseModel], pad: tuple = ()) -> Iterator[Tekstveld]:
    """Every string in ``boom`` at a place where ``model`` declares text (str).

    Keys the model does not know and values of the wrong shape are skipped (the
    schema validation reports those)."""
    if not isinstance(boom, dict):
        return
    for sleutel, waarde in boom.items():
        info = model.model_fields.get(sleutel)  # (a key that is no text, e.g. 7, is no field either)
        if info is None:
            continue
        tp, markdown = _onthul(info.annotation)
        markdown = markdown or "markdown" in info.metadata
        yield from _waarden(waarde, tp, markdown, (*pad, sleutel))


def _waarden(waarde: Any, tp: Any, markdown: bool, pad: tuple) -> Iterator[Tekstveld]:
    if typing.get_origin(tp) is list:
        item_tp, item_md = _onthul(typing.get_args(tp)[0])
        if isinstance(waarde, list):
            for i, item in enumerate(waarde):
                yield from _waarden(item, item_tp, item_md, (*pad, i))
    elif isinstance(tp, type) and issubclass(tp, BaseModel):
        yield from tekstvelden(waarde, tp, pad)
    elif tp is str and isinstance(waarde, str):
        yield Tekstveld(pad, waarde, markdown)


def opmaak_fouten(boom: Any, model: type[BaseModel], fout: Callable[[tuple, str], Any]) -> list:
    """A ``fout(pad, melding)`` for every plain-text field that contains markup."""
    uit = []
    for veld in tekstvelden(boom, model):
        if veld.markdown:
            continue  # Markdown fields are rendered with raw HTML switched off
        gevonden = OPMAAK.search(veld.waarde)
        if gevonden:
            stuk = veld.waarde[gevonden.start():gevonden.start() + 12]
            uit.append(fout(veld.pad, (
                f"opmaakcode '{stuk}…' is hier niet toegestaan: dit veld is gewone tekst en wordt "
                "precies zo getoond; haal de code weg (schrijf bijv. 'kleiner dan' in plaats van '<')"
            )))
    return uit


def niet_in_lijst_sleutels(vormen: list[str]) -> set[tuple[str, int]]:
    """("Dijk 2018", …) as (normalised first surname, year) keys."""
    sleutels = set()
    for vorm in vormen:
        naam, _, jaar = vorm.rpartition(" ")
        namen = namen_in(naam)
        if namen and jaar.isdigit():
            sleutels.add((namen[0], int(jaar)))
    return sleutels


def citaat_fouten(
    boom: Any, model: type[BaseModel], bronnen: list, toegestaan: set[tuple[str, int]], fout: Callable[[tuple, str], Any]
) -> list:
    """A ``fout(pad, melding)`` for every citation that names no reference."""
    matcher = Matcher(bronnen)
    uit = []
    for veld in tekstvelden(boom, model):
        if any(isinstance(p, str) and p in GEEN_CITATEN for p in veld.pad):
            continue
        for c in vind_met(veld.waarde, matcher):
            if c.bron is None and (c.auteur, c.jaar) not in toegestaan:
                uit.append(fout(veld.pad, (
                    f"bronvermelding '{c.tekst}' staat niet in de literatuurlijst; voeg de bron toe aan "
                    "data/literatuur.yml (of, als het brondocument haar zonder bron noemt, aan niet_in_lijst daar)"
                )))
    return uit


def invoegregel(boom: Any, model: type[BaseModel], pad: tuple) -> int | None:
    """1-based line where the missing field at ``pad`` belongs: the line of the next
    field of the schema that is present in its mapping (or of an unknown key just before
    it: a misspelling), else the line after the last field of that mapping. None when
    the mapping itself is not found."""
    houder, klasse = boom, model
    for stap in pad[:-1]:
        if isinstance(stap, int):
            if not isinstance(houder, list) or not 0 <= stap < len(houder):
                return None
            houder = houder[stap]
            continue
        if not isinstance(houder, dict) or stap not in houder:
            return None
        info = klasse.model_fields.get(stap) if isinstance(klasse, type) and issubclass(klasse, BaseModel) else None
        if info is None:
            return None
        tp, _ = _onthul(info.annotation)
        while typing.get_origin(tp) is list:
            tp, _ = _onthul(typing.get_args(tp)[0])
        houder, klasse = houder[stap], tp
    if not (isinstance(houder, dict) and hasattr(houder, "lc") and isinstance(klasse, type) and issubclass(klasse, BaseModel)):
        return None
    velden = list(klasse.model_fields)
    ontbreekt = pad[-1]
    if ontbreekt not in velden or not houder:
        return houder.lc.line + 1
    sleutels = list(houder)
    volgende = next((v for v in velden[velden.index(ontbreekt) + 1:] if v in houder), None)
    plek = sleutels.index(volgende) if volgende is not None else len(sleutels)
    # An unknown key right where the field belongs is most likely the field misspelled.
    while plek > 0 and sleutels[plek - 1] not in velden:
        plek -= 1
    if plek < len(sleutels):
        return houder.lc.key(sleutels[plek])[0] + 1
    return _eind_regel(houder, sleutels[-1]) + 1


def _eind_regel(houder: Any, sleutel: Any) -> int:
    """0-based line after the value of ``sleutel`` (its last line + 1, roughly)."""
    waarde = houder[sleutel]
    regel = houder.lc.key(sleutel)[0]
    if isinstance(waarde, str):  # a block text ("|") ends with its last newline
        return regel + waarde.count("\n") + 1
    if isinstance(waarde, list) and waarde and hasattr(waarde, "lc"):
        return _eind_regel_lijst(waarde)
    if isinstance(waarde, dict) and waarde and hasattr(waarde, "lc"):
        return _eind_regel(waarde, list(waarde)[-1])
    return regel + 1


def _eind_regel_lijst(lijst: Any) -> int:
    laatste = lijst[-1]
    if isinstance(laatste, dict) and laatste and hasattr(laatste, "lc"):
        return _eind_regel(laatste, list(laatste)[-1])
    return lijst.lc.item(len(lijst) - 1)[0] + 1
