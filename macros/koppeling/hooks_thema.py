"""MkDocs glue for the repairs of the theme's own code (macros/uitvoer/themareparatie.py).

Runs after the build wrote the theme's files and before the minifier hashes, the offline
worker's precache list and the site zip read them (priority -101: after Material's offline
plugin at -100, before -105, -108 and -110).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402

from macros.uitvoer.themareparatie import REPARATIES, ThemaReparatieFout, repareer  # noqa: E402

_log = logging.getLogger("mkdocs.hooks.thema")


@event_priority(-101)
def on_post_build(config):
    site = Path(config["site_dir"])
    for patroon, oud, nieuw, reden in REPARATIES:
        paden = sorted(site.glob(patroon))
        if len(paden) != 1:
            raise PluginError(f"themareparatie: {len(paden)} bestanden voor {patroon} in plaats van 1")
        try:
            paden[0].write_text(repareer(paden[0].read_text(encoding="utf-8"), oud, nieuw), encoding="utf-8")
        except ThemaReparatieFout as e:
            raise PluginError(f"themareparatie ({reden}): {e}") from e
        _log.info("thema gerepareerd: %s", reden)
