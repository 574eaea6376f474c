"""The search worker: MiniSearch + the Snowball Dutch stemmer + zoekwerker.js, one minified file.

Material's search UI (input, result list, keyboard, highlighting on the landing page) talks
to a Web Worker through four messages (setup 0, ready 1, query 2, result 3); zoekwerker.js
answers them with MiniSearch instead of lunr. One file, because the iframe-worker shim that
runs the worker from file:// has no synchronous ``importScripts``.

Vendored libraries (copied unchanged from npm, see vendor/*/BRON.txt):
minisearch 7.2.0 (dist/umd/index.js, MIT) and @orama/stemmers 3.1.18 (dist/nl.cjs,
Apache-2.0; the Snowball Dutch stemmer).
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path

import rjsmin

HIER = Path(__file__).resolve().parent
MINISEARCH = HIER / "vendor" / "minisearch" / "index.js"
STEMMER = HIER / "vendor" / "orama-stemmers" / "nl.cjs"
EIGEN = HIER / "zoekwerker.js"
#: "Bedoelde je …?" when nothing matches (issue 23): self.swHulp, used by zoekwerker.js
HULP = HIER / "suggesties.js"
#: the built index kept in IndexedDB per index version (issue 23): self.swBewaar
BEWAREN = HIER / "bewaren.js"
#: Dutch words, folding, stemming: self.swTaal; result snippets with <mark>: self.swFragment
TAAL = HIER / "taal.js"
FRAGMENT = HIER / "fragment.js"
#: Where the worker goes in the site; the name carries a hash of the content.
MAP = "assets/javascripts/workers"

_BRONKAART = re.compile(r"^//# sourceMappingURL=.*$", re.M)


@cache
def werker() -> tuple[str, bytes]:
    """(path in the site, content) of the search worker. Raises OSError if a part is missing."""
    stemmer = STEMMER.read_text(encoding="utf-8")
    delen = [
        "/*! @orama/stemmers 3.1.18 dist/nl.cjs (Apache-2.0, OramaSearch): Snowball Dutch stemmer */",
        "(function(){var exports={};" + stemmer + "\n;self.swStam=exports.stemmer;})();",
        "/*! minisearch 7.2.0 dist/umd/index.js (MIT, Copyright 2022 Luca Ongaro) */",
        _BRONKAART.sub("", MINISEARCH.read_text(encoding="utf-8")),
        HULP.read_text(encoding="utf-8"),
        BEWAREN.read_text(encoding="utf-8"),
        TAAL.read_text(encoding="utf-8"),
        FRAGMENT.read_text(encoding="utf-8"),
        EIGEN.read_text(encoding="utf-8"),
    ]
    # rjsmin: whitespace and comments out (licence lines /*! … */ stay); the Node tests run
    # this minified file.
    inhoud = rjsmin.jsmin("\n".join(delen), keep_bang_comments=True).encode("utf-8")
    return f"{MAP}/zoeken.{hashlib.sha256(inhoud).hexdigest()[:8]}.js", inhoud
