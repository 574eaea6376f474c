"""Repairs of faults in the theme's own built code (Material 9.8.2 is in maintenance mode).

Each repair is an exact text replacement in a built theme file, with the reason. Shapes:
``REPARATIES``: [(file glob in the site, old text, new text, reason)]. ``repareer(tekst, oud,
nieuw)`` raises ``ThemaReparatieFout`` unless ``oud`` occurs exactly once, so a theme update
that changes the code stops the build instead of silently skipping the repair.
"""

from __future__ import annotations


class ThemaReparatieFout(RuntimeError):
    """A repair's old text was not found exactly once (the theme changed)."""


REPARATIES = [
    (
        "assets/javascripts/bundle.*.min.js",
        'M("link[rel=alternate]")',
        'M("link[rel=alternate][hreflang]")',
        # Material reads every <link rel="alternate"> as a language version of the site and
        # fetches sitemap.xml next to its address, on every page. The Atom feed's alternate link
        # (issue 22) then cost a request per page, and a 404 (console error) in every build
        # without SW_SITE_URL, which has no sitemap. Language versions always carry hreflang.
        "taalversies alleen met hreflang: geen sitemap.xml per pagina door de feedlink",
    ),
]


def repareer(tekst: str, oud: str, nieuw: str) -> str:
    """``tekst`` with the one occurrence of ``oud`` replaced by ``nieuw``.

    Raises ``ThemaReparatieFout`` when ``oud`` occurs zero or several times."""
    aantal = tekst.count(oud)
    if aantal != 1:
        raise ThemaReparatieFout(f"themacode veranderd: {oud!r} komt {aantal} keer voor in plaats van 1 keer")
    return tekst.replace(oud, nieuw)
