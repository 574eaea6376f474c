"""/.well-known/security.txt (RFC 9116) from the site's configuration.

Contact: the feedback route of mkdocs.yml (``extra.terugmelding``, macros/plichten/terugmelding.py).
Expires: the build date plus ``GELDIG_DAGEN`` (RFC 9116 recommends less than a year), so a
site that is not rebuilt for half a year tells researchers its file may be stale.
Canonical: only when the site's address (``site_url``) is known.
Plain Python, no MkDocs imports.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

PAD = ".well-known/security.txt"
GELDIG_DAGEN = 180
TALEN = ("nl", "en")


def bouwmoment() -> datetime:
    """The build time in UTC; ``SOURCE_DATE_EPOCH`` (seconds) fixes it for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)


def security_txt(contacten: list[str], gebouwd: datetime, site_url: str | None = None) -> str:
    """The file's text: one ``Contact`` line per URI (``mailto:`` or ``https:``), ``Expires``
    as an RFC 3339 UTC time ``GELDIG_DAGEN`` days after ``gebouwd`` (aware datetime),
    ``Preferred-Languages``, and ``Canonical`` when ``site_url`` is given.

    Raises ``ValueError`` without contacts (RFC 9116 requires at least one).
    """
    if not contacten:
        raise ValueError("security.txt heeft minstens één Contact nodig")
    verloopt = (gebouwd.astimezone(timezone.utc) + timedelta(days=GELDIG_DAGEN)).replace(microsecond=0)
    regels = ["# Samen Weerbaar: een beveiligingsprobleem melden (RFC 9116)."]
    regels += [f"Contact: {c}" for c in contacten]
    regels.append(f"Expires: {verloopt.strftime('%Y-%m-%dT%H:%M:%SZ')}")
    regels.append(f"Preferred-Languages: {', '.join(TALEN)}")
    if site_url:
        regels.append(f"Canonical: {site_url.rstrip('/')}/{PAD}")
    return "\n".join(regels) + "\n"


def robots_txt(site_url: str) -> str:
    """robots.txt that allows everything and names the sitemap (only with a known address)."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_url.rstrip('/')}/sitemap.xml\n"
