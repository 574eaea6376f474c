"""Stage 3d, offline: offline after one visit and installable as an app.

What it does: works on the FINISHED site folder, after every build step that writes a
precached file: ``voorraad`` lists what the service worker precaches (each file with a
revision and an SRI integrity from its content hash, so any changed byte gives a new
``sw.js`` and so an update), ``werker`` writes ``sw.js`` from ``sw.sjabloon.js`` with that list
inlined, ``webapp`` makes ``manifest.webmanifest`` (name, colours, the icons in
docs/assets/iconen/). The worker runs Workbox 7.4.1, vendored in
docs/assets/vendor/workbox-7.4.1/. May import: the standard library, ``macros.inhoud`` and
``macros.weergave``. Must not import: outputs, search, duties, the MkDocs layer or MkDocs (the
thin glue is macros/koppeling/hooks_offline.py).
"""

#: The folder (under the site root) with the vendored Workbox builds.
WORKBOX_MAP = "assets/vendor/workbox-7.4.1"
#: The worker's file name, at the site root so that its scope is the whole site.
WERKER_PAD = "sw.js"
#: The web app manifest's file name, at the site root.
MANIFEST_PAD = "manifest.webmanifest"
#: The runtime cache for downloads opened once (PDF, DOCX, ODT, ODS, CSV, the site zip).
DOWNLOADS_CACHE = "samen-weerbaar-downloads"
