#!/usr/bin/env python3
"""Makes the app icons in docs/assets/iconen/ from the site's logo, docs/assets/favicon.svg.

Run after changing the logo: ``.venv/bin/python scripts/offline_iconen.py``. The PNGs are
committed (the build needs no image renderer); tests/browser/test_offline_iconen.py renders
them again and fails when they no longer match the logo.

Debian's Chromium (Playwright) draws the SVG at each size:

* ``icoon-192.png``, ``icoon-512.png`` (purpose "any"): the logo as it is, rounded corners
  transparent;
* ``icoon-maskeerbaar-512.png`` (purpose "maskable") and ``icoon-180.png`` (iOS
  apple-touch-icon): the same logo with square corners, so the background fills the whole
  square (the phone cuts its own shape; the shield stays inside the safe zone, a circle of
  40 % of the width around the centre).
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOGO = ROOT / "docs/assets/favicon.svg"
MAP = ROOT / "docs/assets/iconen"
#: file name -> (size in px, square corners)
ICONEN = {
    "icoon-192.png": (192, False),
    "icoon-512.png": (512, False),
    "icoon-maskeerbaar-512.png": (512, True),
    "icoon-180.png": (180, True),
}


def svg_voor(logo: str, vierkant: bool) -> str:
    """The logo's SVG; ``vierkant``: without the rounded corners of its background square."""
    if not vierkant:
        return logo
    nieuw, n = re.subn(r'(<rect\b[^>]*?)\s+rx="[^"]*"', r"\1", logo, count=1)
    if n != 1:
        raise ValueError("favicon.svg: geen <rect rx=…> als achtergrond gevonden")
    return nieuw


def teken(browser, svg: str, maat: int) -> bytes:
    """A PNG of ``svg`` drawn at ``maat``×``maat`` px, transparent where the SVG draws nothing."""
    page = browser.new_page(viewport={"width": maat, "height": maat}, device_scale_factor=1)
    try:
        page.set_content("<!doctype html><html><body></body></html>")
        page.evaluate("""([svg, maat]) => {
            document.documentElement.style.margin = document.body.style.margin = '0';
            const img = new Image(maat, maat);
            img.src = 'data:image/svg+xml,' + encodeURIComponent(svg);
            img.style.display = 'block';
            document.body.appendChild(img);
            return img.decode();
        }""", [svg, maat])
        return page.screenshot(omit_background=True, clip={"x": 0, "y": 0, "width": maat, "height": maat})
    finally:
        page.close()


def alle_iconen(browser, logo: str) -> dict[str, bytes]:
    return {naam: teken(browser, svg_voor(logo, vierkant), maat) for naam, (maat, vierkant) in ICONEN.items()}


def main() -> int:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    MAP.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        for naam, png in alle_iconen(browser, LOGO.read_text(encoding="utf-8")).items():
            (MAP / naam).write_bytes(png)
            print(f"{MAP.relative_to(ROOT) / naam}: {len(png)} bytes")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
