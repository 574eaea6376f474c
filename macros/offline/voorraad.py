"""The precache list: every file of the finished site that a visitor needs offline.

Everything is precached except downloads (``downloads/``: PDF, DOCX, ODT, ODS, CSV, JSON and
the site zip; the worker caches one when it is opened), source maps, files only for the host
or for ``file://`` (header files, ``search/search_index.js``, ``.well-known/``, sitemap,
robots.txt), the 404 page and the worker itself. Revision: the first 16 hex digits of the
SHA-256 of the file's bytes, so a file that changes gets a new cache entry and one that
does not is not downloaded again; integrity: the full SHA-256, which the browser checks.
"""

from __future__ import annotations

import base64
import hashlib
from fnmatch import fnmatch
from pathlib import Path
from urllib.parse import quote

from macros.offline import WERKER_PAD

#: Paths (relative, with /) left out of the precache; fnmatch patterns.
NIET_VOORAF: tuple[str, ...] = (
    "downloads/*",
    "*.map",
    "_headers*",
    ".well-known/*",
    "search/search_index.js",  # the index for file:// (the offline plugin); http uses the .json
    "sitemap.xml*",
    "robots.txt",
    "404.html",
    WERKER_PAD,
)

#: Hex digits of the revision: 64 bits, enough to tell two versions of one file apart.
REVISIE_LENGTE = 16


def revisie(inhoud: bytes) -> str:
    return hashlib.sha256(inhoud).hexdigest()[:REVISIE_LENGTE]


def integriteit(inhoud: bytes) -> str:
    """Subresource Integrity value (``sha256-<base64>``): the browser rejects other bytes."""
    return "sha256-" + base64.b64encode(hashlib.sha256(inhoud).digest()).decode("ascii")


def vooraf(pad: str) -> bool:
    """Whether the file at ``pad`` (relative to the site root, with /) is precached."""
    return not any(fnmatch(pad, patroon) for patroon in NIET_VOORAF)


def voorraad(site: Path) -> list[dict[str, str]]:
    """``[{"url": "pagina.html", "revision": "…", "integrity": "sha256-…"}, …]`` for every precached file, sorted by url
    (the same site gives the same list: deterministic build)."""
    lijst = []
    for bestand in sorted(site.rglob("*")):
        if not bestand.is_file():
            continue
        pad = bestand.relative_to(site).as_posix()
        if vooraf(pad):
            inhoud = bestand.read_bytes()
            lijst.append({"url": quote(pad), "revision": revisie(inhoud), "integrity": integriteit(inhoud)})
    return lijst
