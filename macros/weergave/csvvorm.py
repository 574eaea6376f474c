"""One CSV convention for every CSV the site makes (issue 21 item 2).

Dutch spreadsheet programs split on ';' (the comma is the decimal sign), and read UTF-8 only
with a byte-order mark; lines end in CRLF (RFC 4180). The open data
(macros/uitvoer/exports/opendata.py) writes with these constants; the browser exporter
(docs/javascripts/uitvoer.js) reads them from the export bar (``data-csv``, ``VORM_JSON``),
so both follow this one definition. Plain Python.
"""

from __future__ import annotations

import json

SCHEIDING = ";"
REGELEINDE = "\r\n"
BOM = "\ufeff"

#: The same, for the page (the export bar's ``data-csv`` attribute).
VORM_JSON = json.dumps({"scheiding": SCHEIDING, "regeleinde": REGELEINDE, "bom": BOM}, ensure_ascii=True)
