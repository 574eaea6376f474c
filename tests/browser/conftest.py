"""Real Chromium (Debian's package) through Playwright, at phone size."""

from __future__ import annotations

import shutil

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
TELEFOON = {"width": 360, "height": 740}
# The tools (checklist, wijkscan, fit check) build part of their view after load, the
# wijkscan its summary at an idle moment up to 1 s later (issue 24); each marks its root
# data-sw-gereed when done. A page is measured or printed once no tool is still building.
GEREEDSCHAP_GEREED = ("() => !document.querySelector(':is([data-sw-checklist], [data-sw-wijkscan],"
                      " [data-sw-passend]):not([data-sw-gereed])')")
# Only for the test browser: no CSS transitions, so a state is measured when it is reached
# (the drawer slides in over 250 ms, the header title fades) and no fixed sleeps are needed.
GEEN_ANIMATIE = ("*, *::before, *::after { transition: none !important; animation: none !important; }"
                 " html, body { scroll-behavior: auto !important; }")


def geen_animatie(page) -> None:
    """Switch transitions off in the current document. A constructed stylesheet (CSSOM), not a
    <style> element: the site's Content-Security-Policy (style-src 'self') blocks inline styles,
    also those a test adds."""
    page.evaluate("css => { const s = new CSSStyleSheet(); s.replaceSync(css);"
                  " document.adoptedStyleSheets = [...document.adoptedStyleSheets, s]; }", GEEN_ANIMATIE)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    assert shutil.which("chromium"), "Debian-pakket chromium ontbreekt: draai `make test` (installeert het)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def telefooncontext(browser, **opties):
    """A new 360×740 phone context in Dutch; ``opties`` go to ``browser.new_context``.

    Service workers are blocked unless a test asks for them (``service_workers="allow"``, the
    offline tests of issue 26): a page controlled by the site's worker gets its files from the
    worker's cache, and Playwright's ``page.route`` (with which tests hold, fail or rewrite a
    response) never sees those requests."""
    opties.setdefault("service_workers", "block")
    return browser.new_context(viewport=TELEFOON, device_scale_factor=2, is_mobile=True, has_touch=True,
                               locale="nl-NL", **opties)


def telefoonpagina(context):
    """A new page of ``context`` that records every request it makes (``page.verzoeken``)."""
    page = context.new_page()
    page.verzoeken = []
    page.on("request", lambda r: page.verzoeken.append(r.url))
    return page


@pytest.fixture
def telefoon(browser, server):
    """A fresh 360×740 page that records every request it makes."""
    context = telefooncontext(browser)
    yield telefoonpagina(context)
    context.close()


@pytest.fixture
def zonder_js(browser, server):
    """The same with JavaScript switched off."""
    context = telefooncontext(browser, java_script_enabled=False)
    yield telefoonpagina(context)
    context.close()
