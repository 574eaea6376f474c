"""Privacy: no page of the site contacts another host or sets a cookie.

Every built page is loaded over the local server at phone size; the requests of the
whole browser context (page, search worker, iframes) are recorded by one recorder
(``Opname``), and the same recorder and the same judgement (``bezwaren``) are checked on
a page made to contact another host and set a cookie (the negative control).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from tests.site.test_site import html_paginas

EIGEN_SCHEMA = ("http", "https", "ws", "wss")
ANDERE_HOST = "http://127.0.0.2:9/pixel.png"  # another host (127.0.0.2, a port nobody serves)


class Opname:
    """Every request of a browser context, and what is wrong with a page after loading it."""

    def __init__(self, page, server: str):
        self.page, self.eigen = page, urlsplit(server).netloc
        self.verzoeken: list[str] = []
        page.context.on("request", lambda r: self.verzoeken.append(r.url))

    def open(self, url: str) -> list[str]:
        """Load ``url`` until the network is quiet (search index, worker) and return the
        objections: requests to other hosts or schemes, cookies. The page's own request must
        have been recorded, or the recorder saw nothing."""
        self.verzoeken.clear()
        self.page.goto(url, wait_until="load")
        self.page.wait_for_load_state("networkidle")
        assert url in self.verzoeken, f"de opname zag het verzoek om {url} niet: {self.verzoeken[:5]}"
        bezwaren = sorted({u for u in self.verzoeken if urlsplit(u).scheme in EIGEN_SCHEMA and urlsplit(u).netloc != self.eigen})
        bezwaren += sorted({u for u in self.verzoeken if urlsplit(u).scheme not in EIGEN_SCHEMA + ("data", "blob", "about")})
        if self.page.context.cookies():
            bezwaren.append(f"cookies {self.page.context.cookies()}")
        if self.page.evaluate("document.cookie"):
            bezwaren.append(f"document.cookie = {self.page.evaluate('document.cookie')!r}")
        return bezwaren


def test_geen_verzoeken_naar_andere_hosts_en_geen_cookies(telefoon, server, site):
    opname = Opname(telefoon, server)
    fouten = []
    paginas = html_paginas(site)
    assert len(paginas) >= 30
    for pad in paginas:
        if bezwaren := opname.open(f"{server}/{pad.relative_to(site).as_posix()}"):
            fouten.append(f"{pad.relative_to(site)}: {bezwaren}")
    assert not fouten, "\n".join(fouten)


@pytest.mark.parametrize("toevoeging, verwacht", [
    (f'<img alt="" src="{ANDERE_HOST}">', "127.0.0.2"),
    ("<script>document.cookie = 'spoor=1; path=/'</script>", "spoor"),
], ids=["andere-host", "cookie"])
def test_de_opname_ziet_een_verzoek_naar_buiten_en_een_cookie(telefoon, server, toevoeging, verwacht):
    """Negative control on the same recorder and judgement: the home page served with its
    policy taken out and an image from another host or a cookie-setting script added."""
    def kapot(route):
        antwoord = route.fetch()
        html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", antwoord.text())
        route.fulfill(response=antwoord, body=html.replace("</body>", toevoeging + "</body>"))

    telefoon.route(f"{server}/index.html", kapot)
    telefoon.context.route(ANDERE_HOST, lambda route: route.abort())
    bezwaren = Opname(telefoon, server).open(f"{server}/index.html")
    assert any(verwacht in b for b in bezwaren), bezwaren
