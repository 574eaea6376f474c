"""The built site as one zip, to unpack and open offline (index.html, also from file://).

Deterministic: entries sorted, one fixed timestamp (the content date) and fixed
attributes, as the office downloads (``macros.uitvoer.zipvast``). A zip cannot
contain itself: ``zonder`` names the paths to leave out (the zip's own place in the
site). ``laatst`` names files whose bytes are not ready yet (the knowledge document,
still being laid out in another process): they are added at the end, in name order,
so everything else can be compressed while waiting for them.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from macros.uitvoer.zipvast import vast_moment, vaste_info

SITE_ZIP_PAD = "downloads/samen-weerbaar-site.zip"
MAP_IN_ZIP = "samen-weerbaar"  # unpacks into one folder, not into the current one


def site_zip(
    site: Path, datum: str, zonder: set[str] = frozenset(), laatst: dict[str, Callable[[], bytes]] | None = None
) -> bytes:
    laatst = laatst or {}
    moment = vast_moment(datum)
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w") as z:
        namen = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
        for naam in namen:
            if naam not in zonder and naam not in laatst:
                z.writestr(vaste_info(f"{MAP_IN_ZIP}/{naam}", moment), (site / naam).read_bytes(), compresslevel=9)
        for naam in sorted(laatst):
            z.writestr(vaste_info(f"{MAP_IN_ZIP}/{naam}", moment), laatst[naam](), compresslevel=9)
    return uit.getvalue()
