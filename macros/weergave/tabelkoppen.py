"""Header cells of Markdown tables get a ``scope``: Python-Markdown writes ``<th>``
without one, so a screen reader (and the tagged PDF) would have to guess whether a
header belongs to a column or a row. Tables made by our templates set it themselves."""

from __future__ import annotations

import re

_KOP = re.compile(r"<thead>.*?</thead>", re.S)
_TH_ZONDER_SCOPE = re.compile(r"<th(?![^>]*\sscope=)(?=[\s>])")


def met_scope(html: str) -> str:
    """``html`` with ``scope="col"`` on every header cell of a ``<thead>`` that has none."""
    return _KOP.sub(lambda m: _TH_ZONDER_SCOPE.sub('<th scope="col"', m.group(0)), html)
