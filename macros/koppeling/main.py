"""mkdocs-macros entry point: registers the macros, nothing else.

Every macro renders a view of the one Knowledge object (loaded and validated once
per build) for the page being rendered: ``macros.weergave.MACROS`` names them; the
downloads views get their catalogue from ``macros.uitvoer.downloads`` here, so that
views never import outputs.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros.inhoud import bouwstand  # noqa: E402
from macros.plichten.terugmelding import adres_html, route_uit_config  # noqa: E402
from macros.uitvoer import downloads as catalogus  # noqa: E402
from macros.weergave import MACROS, STIJLEN, Paginacontext  # noqa: E402
from macros.weergave import downloads as downloadviews  # noqa: E402

from macros.koppeling.mkdocs_glue import index_voor, kennis_voor  # noqa: E402


def define_env(env) -> None:
    if bouwstand.datafouten:
        return  # preview of data with errors: one page listing them, no macros (hooks.py)
    kennis = kennis_voor(env.conf)
    index = index_voor(env.conf)
    views = dict(
        MACROS,
        downloads_hulpvragen=lambda w: downloadviews.downloads_hulpvragen(w, catalogus.hulpvragen_sets(kennis)),
        downloads_open_data=lambda w: downloadviews.downloads_open_data(w, catalogus.open_data(kennis)),
    )

    def maak(naam, view):
        def macro(*args, **kwargs):
            stijlen = env.page.meta.setdefault("sw_stijlen", [])
            stijlen.extend(s for s in STIJLEN.get(naam, ()) if s not in stijlen)
            return view(Paginacontext(kennis, env.page.file.src_uri, index), *args, **kwargs)

        macro.__name__ = naam
        return macro

    for naam, view in views.items():
        env.macro(maak(naam, view), naam)
    env.variables["kennis"] = kennis
    # The feedback route of mkdocs.yml (extra.terugmelding) as links, for terugmelden.md.
    env.macro(lambda: adres_html(route_uit_config(env.conf["extra"])), "terugmeldadres")
