"""The one Jinja environment recipe, for the site partials and the print HTML alike."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined


def omgeving(
    *mappen: Path,
    filters: Mapping[str, Callable] | None = None,
    keep_trailing_newline: bool = False,
) -> Environment:
    """An autoescaped, strict (unknown names are errors) environment over template folders.

    The folders are searched in order, so a template can extend one from a later folder
    (the print templates extend exports/sjablonen/drukbasis.html). Block tags leave no
    blank lines behind (``trim_blocks``, ``lstrip_blocks``).
    """
    env = Environment(
        loader=FileSystemLoader([str(m) for m in mappen]),
        undefined=StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=keep_trailing_newline,
    )
    env.filters.update(filters or {})
    return env
