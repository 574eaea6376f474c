"""The web app manifest (``manifest.webmanifest``): what a phone needs to offer "add to home
screen" and to open the site as an app. Relative URLs, so it works under any sub-path.
"""

from __future__ import annotations

import json

#: The theme's primary colour: Material's default indigo, the colour of the header bar.
THEMAKLEUR = "#4051b5"
#: Background of the splash screen (the page background).
ACHTERGROND = "#ffffff"
#: Icons, made from docs/assets/favicon.svg by scripts/offline_iconen.py (committed PNGs).
ICONEN_MAP = "assets/iconen"
ICONEN = (
    {"src": f"{ICONEN_MAP}/icoon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any"},
    {"src": f"{ICONEN_MAP}/icoon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any"},
    {"src": f"{ICONEN_MAP}/icoon-maskeerbaar-512.png", "sizes": "512x512", "type": "image/png",
     "purpose": "maskable"},
)
#: For iOS, which takes the home screen icon from <link rel="apple-touch-icon">.
APPLE_ICOON = f"{ICONEN_MAP}/icoon-180.png"


def webmanifest(naam: str, korte_naam: str, beschrijving: str) -> dict:
    return {
        "name": naam,
        "short_name": korte_naam,
        "description": beschrijving,
        "lang": "nl",
        "dir": "ltr",
        "id": "./",
        "start_url": "./index.html",
        "scope": "./",
        "display": "standalone",
        "theme_color": THEMAKLEUR,
        "background_color": ACHTERGROND,
        "icons": [dict(i) for i in ICONEN],
    }


def webmanifest_tekst(naam: str, korte_naam: str, beschrijving: str) -> str:
    return json.dumps(webmanifest(naam, korte_naam, beschrijving), ensure_ascii=False, indent=1) + "\n"
