"""Turning data text into safe HTML/Markdown.

Markdown fields are converted with raw HTML switched off: a ``<script>`` an editor
types shows as text. Plain fields are escaped by Jinja's autoescape; ``md_kop``
escapes plain text that is placed in a Markdown heading.
"""

from __future__ import annotations

import re
from functools import lru_cache

import markdown
from markupsafe import Markup, escape

_EXTENSIES = ["sane_lists", "smarty"]
_EXTENSIE_CONFIG = {
    "smarty": {"smart_quotes": False, "smart_angled_quotes": False, "smart_dashes": False},
}


def _maak_markdown() -> markdown.Markdown:
    md = markdown.Markdown(extensions=_EXTENSIES, extension_configs=_EXTENSIE_CONFIG, output_format="html")
    # No raw HTML from data files: block and inline HTML become escaped text.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.inlinePatterns.deregister("entity")
    return md


_md = _maak_markdown()

# Link targets that run code instead of leading somewhere: never from data.
_GEVAARLIJK_ADRES = re.compile(r'(<(?:a|img)\b[^>]*?\b(?:href|src)=")\s*(?:javascript|vbscript|data):[^"]*"', re.I)


@lru_cache(maxsize=4096)
def md_blok(tekst: str) -> Markup:
    """A Markdown field as HTML (paragraphs, lists, links, emphasis)."""
    if not tekst:
        return Markup("")
    _md.reset()
    html = _GEVAARLIJK_ADRES.sub(r'\1#"', _md.convert(tekst))
    # Links from data open normally but are marked as external for styling/printing.
    html = re.sub(r'<a href="(https?://)', r'<a class="sw-extern" href="\1', html)
    return Markup(html)


@lru_cache(maxsize=4096)
def md_regel(tekst: str) -> Markup:
    """A short Markdown field as inline HTML (no surrounding paragraph)."""
    html = str(md_blok(tekst)).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)


_MD_SPECIAAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def md_kop(tekst: str) -> Markup:
    """Plain text made safe for a Markdown heading: HTML-escaped, then Markdown-escaped."""
    return Markup(_MD_SPECIAAL.sub(r"\\\1", str(escape(tekst)).replace("&#39;", "'")))
