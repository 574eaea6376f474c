"""The only module besides main.py and hooks.py that knows MkDocs."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from macros.fouten import DataFouten
from macros.kennis import Kennis
from macros.laden import laad_kennis_gecached
from macros.paginaindex import PaginaIndex, scan


def data_map(config) -> Path:
    return Path(config["config_file_path"]).resolve().parent / "data"


def kennis_voor(config) -> Kennis:
    """The validated knowledge base, or a build-stopping error listing every problem."""
    try:
        return laad_kennis_gecached(data_map(config))
    except DataFouten as e:
        raise PluginError(e.tekst()) from None


def index_voor(config) -> PaginaIndex:
    """Where paragraphs, lists and figures sit in docs/ (scanned once per build)."""
    index = scan(Path(config["docs_dir"]))
    if index.dubbel:
        raise PluginError("Dubbele paragraafankers in docs/:\n  " + "\n  ".join(index.dubbel))
    return index
