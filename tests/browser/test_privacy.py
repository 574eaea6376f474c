"""Privacy: no page of the site contacts another host or sets a cookie.

Every built page is loaded over the local server at phone size; the requests of the
whole browser context (page, search worker, iframes) are recorded.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from tests.site.test_site import html_paginas

EIGEN_SCHEMA = ("http", "https", "ws", "wss")


def test_geen_verzoeken_naar_andere_hosts_en_geen_cookies(telefoon, server, site):
    eigen = urlsplit(server).netloc
    verzoeken: list[str] = []
    telefoon.context.on("request", lambda r: verzoeken.append(r.url))
    fouten = []
    paginas = html_paginas(site)
    assert len(paginas) >= 30
    for pad in paginas:
        verzoeken.clear()
        url = f"{server}/{pad.relative_to(site).as_posix()}"
        telefoon.goto(url, wait_until="load")
        # Late requests (search index, worker): wait until the network has been quiet.
        telefoon.wait_for_load_state("networkidle")
        vreemd = sorted({u for u in verzoeken if urlsplit(u).scheme in EIGEN_SCHEMA and urlsplit(u).netloc != eigen})
        vreemd += sorted({u for u in verzoeken if urlsplit(u).scheme not in EIGEN_SCHEMA + ("data", "blob", "about")})
        if vreemd:
            fouten.append(f"{pad.relative_to(site)}: {vreemd}")
        if telefoon.context.cookies():
            fouten.append(f"{pad.relative_to(site)}: cookies {telefoon.context.cookies()}")
        if telefoon.evaluate("document.cookie"):
            fouten.append(f"{pad.relative_to(site)}: document.cookie = {telefoon.evaluate('document.cookie')!r}")
    assert not fouten, "\n".join(fouten)
    # the recorder works: the pages themselves were seen
    assert any(u.startswith(server) for u in telefoon.verzoeken)
