"""The built site as one zip, to unpack and open offline (index.html, also from file://).

Deterministic: entries sorted, one fixed timestamp (the content date) and fixed
attributes, through the same helper as the office downloads
(``macros.exports.zipvast``). A zip cannot contain itself: ``zonder`` names the
paths to leave out (the zip's own place in the site).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ..exports.hulpvragen_model import vast_moment
from ..exports.zipvast import vaste_zip

SITE_ZIP_PAD = "downloads/samen-weerbaar-site.zip"
MAP_IN_ZIP = "samen-weerbaar"  # unpacks into one folder, not into the current one


def site_zip(site: Path, datum: str, zonder: set[str] = frozenset()) -> bytes:
    ruw = io.BytesIO()
    with zipfile.ZipFile(ruw, "w", zipfile.ZIP_STORED) as z:
        for pad in sorted(p for p in site.rglob("*") if p.is_file()):
            naam = pad.relative_to(site).as_posix()
            if naam not in zonder:
                z.writestr(f"{MAP_IN_ZIP}/{naam}", pad.read_bytes())
    return vaste_zip(ruw.getvalue(), vast_moment(datum))
