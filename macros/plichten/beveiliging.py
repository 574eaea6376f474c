"""The site's security headers, defined once: the Content-Security-Policy and its companions.

One definition (``CSP``, ``KOPPEN``) becomes three deliveries, all made by the build:

* ``_headers`` for hosts that read Netlify/Cloudflare Pages header files;
* ``_headers.nginx.conf``, ``add_header`` lines to include in an nginx ``server`` block;
* a ``<meta http-equiv="Content-Security-Policy">`` in every page, which also protects the
  offline copy opened from ``file://``. Browsers ignore ``frame-ancestors``, ``sandbox``
  and reporting directives in a meta tag, so those stay in the headers only.

The policy allows nothing inline and no ``eval``: the theme's inline scripts are loaded as
files (overrides/partials/javascripts/), the site's tools use no inline handlers or style
attributes. ``data:`` images are the theme's icons, which its stylesheet embeds.
Plain Python, no MkDocs imports.
"""

from __future__ import annotations

#: directive -> sources. Order is kept in the delivered text.
CSP: dict[str, tuple[str, ...]] = {
    "default-src": ("'self'",),
    "script-src": ("'self'",),
    "style-src": ("'self'",),
    "img-src": ("'self'", "data:"),
    "font-src": ("'self'",),
    "connect-src": ("'self'",),
    "worker-src": ("'self'",),
    "frame-src": ("'self'",),
    "object-src": ("'none'",),
    "base-uri": ("'none'",),
    "form-action": ("'none'",),
    "frame-ancestors": ("'none'",),
}

#: Directives a browser ignores in a <meta> policy (CSP Level 3, section 4.2 / 6.4.2).
ALLEEN_IN_KOPTEKST = frozenset({"frame-ancestors", "sandbox", "report-uri", "report-to"})

#: The other response headers sent with every file.
KOPPEN: dict[str, str] = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}

#: Where the build writes the two header files (relative to the site folder).
HEADERS_PAD = "_headers"
NGINX_PAD = "_headers.nginx.conf"


def csp_tekst(meta: bool = False) -> str:
    """The policy as one header value, e.g. ``"default-src 'self'; …"``.

    ``meta=True``: without the directives that a ``<meta>`` policy may not carry.
    """
    return "; ".join(
        " ".join((naam, *bronnen)) for naam, bronnen in CSP.items() if not (meta and naam in ALLEEN_IN_KOPTEKST)
    )


def alle_koppen() -> dict[str, str]:
    """Header name -> value for every response, the policy first."""
    return {"Content-Security-Policy": csp_tekst(), **KOPPEN}


def headers_bestand() -> str:
    """The ``_headers`` file (Netlify / Cloudflare Pages): every path gets every header."""
    regels = ["# Gemaakt door de build (macros/plichten/beveiliging.py); niet met de hand wijzigen.", "/*"]
    regels += [f"  {naam}: {waarde}" for naam, waarde in alle_koppen().items()]
    return "\n".join(regels) + "\n"


def nginx_fragment() -> str:
    """``add_header`` lines for an nginx ``server`` block (``include …/_headers.nginx.conf;``).

    nginx only inherits ``add_header`` into a ``location`` that has none of its own: include
    the file there too if a location adds headers.
    """
    regels = [
        "# Gemaakt door de build (macros/plichten/beveiliging.py); niet met de hand wijzigen.",
        "# Opnemen in het server-blok: include /pad/naar/site/_headers.nginx.conf;",
    ]
    for naam, waarde in alle_koppen().items():
        if '"' in waarde or "\\" in waarde:
            raise ValueError(f"{naam}: waarde met aanhalingsteken of backslash past niet in nginx")
        regels.append(f'add_header {naam} "{waarde}" always;')
    return "\n".join(regels) + "\n"


def lees_headers_bestand(tekst: str) -> dict[str, dict[str, str]]:
    """Parse a ``_headers`` file: path pattern -> {header name: value}.

    Comment lines start with ``#``; a header line is indented under its path line.
    Raises ``ValueError`` for a header line before any path.
    """
    uit: dict[str, dict[str, str]] = {}
    pad = None
    for regel in tekst.splitlines():
        if not regel.strip() or regel.lstrip().startswith("#"):
            continue
        if not regel[0].isspace():
            pad = regel.strip()
            uit[pad] = {}
        elif pad is None:
            raise ValueError(f"koptekst zonder pad: {regel!r}")
        else:
            naam, _, waarde = regel.strip().partition(":")
            uit[pad][naam.strip()] = waarde.strip()
    return uit
