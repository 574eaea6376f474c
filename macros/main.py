"""mkdocs-macros entry point: registers the macros, nothing else.

Every macro renders a view of the one Knowledge object (loaded and validated once
per build) for the page being rendered.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros import bouwstand  # noqa: E402
from macros.mkdocs_glue import index_voor, kennis_voor  # noqa: E402
from macros.render import STIJLEN, Weergave  # noqa: E402
from macros.terugmelding import adres_html, route_uit_config  # noqa: E402

MACROS = (
    "legenda",
    "factortabel",
    "factoren",
    "indicatoren",
    "randvoorwaarden",
    "lijst",
    "figuur",
    "interventies_overzicht",
    "interventies_lijst",
    "interventiekaart",
    "hulpvragen",
    "literatuur",
    "literatuur_op_de_site",
    "begrippen",
    "ref",
    "paragraaf",
    "downloads_hulpvragen",
    "downloads_open_data",
    "downloads_kaarten",
    "downloads_niet_gemaakt",
    "wijzigingen",
    "schema",
    # client-side tools (issue 8)
    "factorverkenner",
    "wijkscan",
    "bijeenkomstpakket",
)


def define_env(env) -> None:
    if bouwstand.datafouten:
        return  # preview of data with errors: one page listing them, no macros (hooks.py)
    kennis = kennis_voor(env.conf)
    index = index_voor(env.conf)

    def weergave() -> Weergave:
        return Weergave(kennis, env.page.file.src_uri, index)

    def maak(naam):
        def macro(*args, **kwargs):
            stijlen = env.page.meta.setdefault("sw_stijlen", [])
            stijlen.extend(s for s in STIJLEN.get(naam, ()) if s not in stijlen)
            return getattr(weergave(), naam)(*args, **kwargs)

        macro.__name__ = naam
        return macro

    for naam in MACROS:
        env.macro(maak(naam), naam)
    env.variables["kennis"] = kennis
    # The feedback route of mkdocs.yml (extra.terugmelding) as links, for terugmelden.md.
    env.macro(lambda: adres_html(route_uit_config(env.conf["extra"])), "terugmeldadres")
