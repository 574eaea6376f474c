"""The only module besides main.py and hooks.py that knows MkDocs."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from macros.fouten import DataFouten
from macros.kennis import Kennis
from macros.laden import laad_kennis_gecached
from macros.paginaindex import PaginaIndex, scan
from macros.verrijking import Verrijker, scan_citaties

_verrijkers: dict[int, tuple[Kennis, Verrijker]] = {}


def verrijker_voor(config) -> Verrijker:
    kennis = kennis_voor(config)
    hit = _verrijkers.get(id(kennis))
    if hit is None or hit[0] is not kennis:
        _verrijkers.clear()
        hit = _verrijkers[id(kennis)] = (kennis, Verrijker(kennis))
    return hit[1]


def data_map(config) -> Path:
    return Path(config["config_file_path"]).resolve().parent / "data"


def kennis_voor(config) -> Kennis:
    """The validated knowledge base, or a build-stopping error listing every problem."""
    try:
        return laad_kennis_gecached(data_map(config))
    except DataFouten as e:
        raise PluginError(e.tekst()) from None


def index_voor(config) -> PaginaIndex:
    """Where paragraphs, lists, figures and citations sit in docs/ (scanned once per build)."""
    index = scan(Path(config["docs_dir"]))
    index.citaties = scan_citaties(Path(config["docs_dir"]), kennis_voor(config))
    if index.dubbel:
        raise PluginError("Dubbele paragraafankers in docs/:\n  " + "\n  ".join(index.dubbel))
    return index
