"""The only module besides main.py and hooks.py that knows MkDocs."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from macros.inhoud import bouwstand
from macros.inhoud.fouten import DataFouten
from macros.inhoud.kennis import Kennis
from macros.inhoud.laden import laad_kennis_gecached
from macros.weergave.paginaindex import PaginaIndex, scan
from macros.weergave.verrijking import Verrijker, citaties_in_data, scan_citaties

_verrijkers: dict[int, tuple[Kennis, Verrijker]] = {}


def verrijker_voor(config) -> Verrijker:
    """One per build: the page index is scanned again for every build (serve reloads)."""
    kennis = kennis_voor(config)
    hit = _verrijkers.get(id(config))
    if hit is None or hit[0] is not kennis:
        _verrijkers.clear()
        hit = _verrijkers[id(config)] = (kennis, Verrijker(kennis, index_voor(config)))
    return hit[1]


def data_map(config) -> Path:
    return Path(config["config_file_path"]).resolve().parent / "data"


def datafouten_in_preview(config) -> list | None:
    """Under ``mkdocs serve``: the data errors (a list of ``DataFout``), or None when the
    data is valid. Outside serve always None (the build then stops in ``kennis_voor``)."""
    if not bouwstand.serve:
        return None
    try:
        laad_kennis_gecached(data_map(config))
    except DataFouten as e:
        return e.fouten
    return None


def kennis_voor(config) -> Kennis:
    """The validated knowledge base, or a build-stopping error listing every problem."""
    try:
        return laad_kennis_gecached(data_map(config))
    except DataFouten as e:
        raise PluginError(e.tekst()) from None


_indexen: dict[int, PaginaIndex] = {}


def index_voor(config) -> PaginaIndex:
    """Where paragraphs, lists, figures and citations sit in docs/ (scanned once per build)."""
    if id(config) in _indexen:
        return _indexen[id(config)]
    index = scan(Path(config["docs_dir"]))
    index.citaties = scan_citaties(Path(config["docs_dir"]), kennis_voor(config))
    citaties_in_data(index.citaties, kennis_voor(config), index)
    _indexen.clear()
    _indexen[id(config)] = index
    if index.dubbel:
        raise PluginError("Dubbele paragraafankers in docs/:\n  " + "\n  ".join(index.dubbel))
    return index
