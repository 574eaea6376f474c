"""Where visitors report an error or suggest an improvement: one setting, every page.

The route is configured once, in mkdocs.yml::

    extra:
      terugmelding:
        email: redactie@voorbeeld.nl                # and/or
        url: https://example.org/issues/new         # a web form or issue tracker

Every page's footer links to it (a ``mailto:`` whose subject names the page, or else the
web address), the page terugmelden.md explains it, and /.well-known/security.txt names the
same contacts (macros/plichten/securitytxt.py). Plain Python, no MkDocs imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape

#: Domains reserved for examples (RFC 2606, RFC 6761): fine for a preview, never published.
VOORBEELDDOMEINEN = ("example.org", "example.com", "example.net", "example", "invalid", "test", "localhost")

_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


class InstellingFout(ValueError):
    """A Dutch message naming the mkdocs.yml setting that is wrong."""


@dataclass(frozen=True)
class Route:
    """The configured route: an e-mail address, a web address, or both (never neither)."""

    email: str | None
    url: str | None

    @property
    def is_voorbeeld(self) -> bool:
        """True when an address is in a domain reserved for examples (not for publication)."""
        hosts = [self.email.rpartition("@")[2].lower()] if self.email else []
        hosts += [urlsplit(self.url).hostname or ""] if self.url else []
        return any(h == d or h.endswith("." + d) for h in hosts for d in VOORBEELDDOMEINEN)

    def contacten(self) -> list[str]:
        """URIs for security.txt's Contact field: ``mailto:…`` and/or the web address."""
        return ([f"mailto:{self.email}"] if self.email else []) + ([self.url] if self.url else [])

    def href(self, titel: str, adres: str) -> str:
        """The footer link for one page: a ``mailto:`` with the page in subject and body
        (RFC 6068, percent-encoded), or the web address when no e-mail is configured.

        ``titel``: the page title (may hold HTML from Markdown; tags are dropped, entities
        decoded). ``adres``: the page's full URL, or its path in the site without site_url.
        """
        if not self.email:
            return self.url or ""
        naam = Markup(titel or "").striptags() or "Samen Weerbaar"
        onderwerp = f"Fout of suggestie: {naam}"
        tekst = f"Pagina: {naam}\r\nAdres: {adres}\r\n\r\nWat klopt er niet, of wat kan beter?\r\n"
        return f"mailto:{quote(self.email, safe='@')}?subject={quote(onderwerp, safe='')}&body={quote(tekst, safe='')}"


def route_uit_config(extra: dict) -> Route:
    """Read ``extra.terugmelding`` from mkdocs.yml's ``extra`` mapping.

    Raises ``InstellingFout`` (Dutch) when it is missing, has unknown keys, an address that is
    not an e-mail address, a web address that is not http(s), or neither address.
    """
    waarde = extra.get("terugmelding")
    plek = "mkdocs.yml: extra.terugmelding"
    if not isinstance(waarde, dict):
        raise InstellingFout(f"{plek}: ontbreekt; geef een e-mailadres (email) en/of een webadres (url) "
                             "waar bezoekers een fout of suggestie melden")
    onbekend = sorted(set(waarde) - {"email", "url"})
    if onbekend:
        raise InstellingFout(f"{plek}: onbekend veld {', '.join(onbekend)}; toegestaan zijn email en url")
    email = (waarde.get("email") or "").strip() or None
    url = (waarde.get("url") or "").strip() or None
    if email and not _EMAIL.match(email):
        raise InstellingFout(f"{plek}.email: {email!r} is geen e-mailadres")
    if url and (urlsplit(url).scheme not in ("https", "http") or not urlsplit(url).hostname):
        raise InstellingFout(f"{plek}.url: {url!r} is geen webadres (begint met https://)")
    if not (email or url):
        raise InstellingFout(f"{plek}: vul een e-mailadres (email) of een webadres (url) in")
    return Route(email, url)


def adres_html(route: Route) -> Markup:
    """The route as escaped HTML for the explanation page: links to the address(es)."""
    delen = []
    if route.email:
        delen.append(Markup('e-mail naar <a href="mailto:{0}">{0}</a>').format(route.email))
    if route.url:
        delen.append(Markup('het formulier op <a href="{0}">{0}</a>').format(route.url))
    return escape(" of ").join(delen)
