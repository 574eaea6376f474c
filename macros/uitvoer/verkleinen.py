"""Smaller files for phones: what the built site sends, without changing what it does.

Minifying is done by maintained libraries; this module only chooses their options and
keeps the one thing that is specific to this site, pruning the theme's stylesheet:

* HTML is not minified: measured, minify-html saved about 0.5 KB gzip per page, and it
  writes ``<`` unescaped where HTML5 allows it (in ``<title>`` and attribute values),
  which the standard library's HTML parser (used by the PDF step, the search index and
  the tests) reads differently from a browser. gzip does that work.
* ``css_verkleinen``: rcssmin.
* ``js_verkleinen``: rjsmin, for the site's own scripts (``/*!`` licence comments kept).
* ``css_zuiveren``: drops the rules of the theme's stylesheet that no page can use: a
  selector is kept when every class it requires occurs in a ``class`` attribute of a
  built page or in a string of the site's JavaScript (Material builds parts of the page
  at run time), or starts with a prefix the JavaScript completes at run time. Classes
  inside ``:not()``, ``:is()``, ``:where()`` and ``:has()`` never count as required, nor
  does a dot in an attribute selector or a string, so a selector is only dropped when it
  certainly matches nothing (selectors are read from tinycss2's tokens, not as text).
  Right-to-left rules (``[dir=rtl]``) go: the site is Dutch only. Custom properties that nothing reads any
  more go as well. Parsing and serialising is tinycss2's; the result goes through
  ``css_verkleinen``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser

import rcssmin
import rjsmin
import tinycss2


def css_verkleinen(css: str) -> str:
    """A stylesheet minified by rcssmin (comments and insignificant whitespace out)."""
    return rcssmin.cssmin(css)


def js_verkleinen(js: str) -> str:
    """One of the site's own scripts minified by rjsmin; ``/*!`` comments stay."""
    return rjsmin.jsmin(js, keep_bang_comments=True)


# ----------------------------------------------------------------- theme CSS, pruned

#: Functional pseudo-classes: the classes in their arguments are never required.
_FUNCTIES = frozenset({"not", "is", "where", "has", "matches", "-webkit-any", "-moz-any"})
_WOORD = re.compile(r"[A-Za-z_][\w-]*")
_JS_STRING = re.compile(r'"([^"\\\n]*(?:\\.[^"\\\n]*)*)"|\'([^\'\\\n]*(?:\\.[^\'\\\n]*)*)\'|`([^`]*)`')
_JS_PREFIX = re.compile(r"([A-Za-z_][\w-]*)\$\{")
_VAR = re.compile(r"var\(\s*(--[\w-]+)")
_NAAM = re.compile(r"--[A-Za-z_][\w-]*")


class _KlassenLezer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.klassen: set[str] = set()

    def handle_starttag(self, tag, attrs) -> None:
        for naam, waarde in attrs:
            if naam == "class" and waarde:
                self.klassen.update(waarde.split())

    handle_startendtag = handle_starttag


def klassen_in_html(html: str) -> set[str]:
    """Every class name in a ``class`` attribute of ``html`` (quoted or not), read by the
    standard library's HTML parser."""
    lezer = _KlassenLezer()
    lezer.feed(html)
    lezer.close()
    return lezer.klassen


def woorden_in_js(js: str) -> tuple[set[str], set[str]]:
    """Identifier-like words inside the string literals of a script, and the prefixes it
    completes at run time (``md-tag--${x}``)."""
    woorden: set[str] = set()
    for groepen in _JS_STRING.findall(js):
        for s in groepen:
            woorden.update(_WOORD.findall(s))
    return woorden, set(_JS_PREFIX.findall(js))


#: Classes the theme's script sets without a telltale prefix.
THEMA_SCRIPT_KLASSEN = frozenset({"focus-visible", "js"})


def klassen_uit_themascript(woorden: set[str], html_klassen: set[str]) -> set[str]:
    """Which words of the theme's script can be classes on this site: Material's own
    (``md-…``), and run-time variants of classes the pages already have (``tabbed-labels--
    linked`` when a page has ``tabbed-set``). Words such as ``success`` or ``mermaid`` in
    the script's strings keep no rules alive unless a page uses them."""
    stammen = {k.partition("-")[0] for k in html_klassen}
    return {w for w in woorden if w.startswith("md-") or w.partition("-")[0] in stammen} | THEMA_SCRIPT_KLASSEN


def _vereiste_klassen(selector: str) -> list[str]:
    """Classes an element must have to match ``selector``, read from tinycss2's tokens: a
    ``.`` followed by a name, outside functional pseudo-classes (which never make a selector
    certainly dead) and outside attribute selectors and strings (``a[href$=".pdf"]`` asks
    for no class ``pdf``)."""

    def lees(tokens) -> list[str]:
        uit = [t.value for punt, t in zip(tokens, tokens[1:]) if punt == "." and t.type == "ident"]
        for t in tokens:
            if t.type == "function" and t.lower_name not in _FUNCTIES:
                uit += lees(t.arguments)
        return uit

    return lees(tinycss2.parse_component_value_list(selector))


def _splits_selectors(prelude: str) -> list[str]:
    """The selectors of a selector list, split at the commas between them by tinycss2's
    tokens: a comma inside ``:is()``, ``[…]``, a string or an escape (``.a\\,b``) does not
    split, whatever brackets the string holds."""
    delen: list[list] = [[]]
    for t in tinycss2.parse_component_value_list(prelude):
        if t == ",":
            delen.append([])
        else:
            delen[-1].append(t)
    return [s for s in (tinycss2.serialize(d).strip() for d in delen) if s]


@dataclass(frozen=True)
class _Regel:
    kop: str  # selector list
    verklaringen: list

    @property
    def inhoud(self) -> list:
        return self.verklaringen


@dataclass(frozen=True)
class _Blok:
    kop: str  # "@media screen and (...)"
    kinderen: list

    @property
    def inhoud(self) -> list:
        return self.kinderen


def css_zuiveren(css: str, klassen: set[str], voorvoegsels: Iterable[str] = (), ook_gelezen: str = "") -> str:
    """The rules of ``css`` that can match (see the module docstring), minified.

    ``klassen``: every class name the site can use; ``voorvoegsels``: prefixes completed
    at run time; ``ook_gelezen``: other CSS/JS/HTML of the site, for custom properties
    read or set there (any ``--x`` in them counts)."""
    voorvoegsels = tuple(voorvoegsels)

    def bruikbaar(selector: str) -> bool:
        if "[dir=rtl]" in selector.replace('"', ""):
            return False
        return all(k in klassen or k.startswith(voorvoegsels) for k in _vereiste_klassen(selector))

    # What is kept, as a tree: _Regel (selectors + declarations), _Blok (@media/@supports/
    # @container + children) or plain text (other at-rules, kept whole). Whitespace and
    # comment nodes of tinycss2 fall through every test of their type.
    def regels(lijst) -> list:
        uit: list = []
        for r in lijst:
            if r.type == "qualified-rule":
                gehouden = [s for s in _splits_selectors(tinycss2.serialize(r.prelude)) if bruikbaar(s)]
                if gehouden:
                    inhoud = tinycss2.parse_blocks_contents(r.content)
                    uit.append(_Regel(",".join(gehouden), [d for d in inhoud if d.type == "declaration"]))
            elif r.type == "at-rule":
                kop = f"@{r.at_keyword}{tinycss2.serialize(r.prelude)}"
                if r.lower_at_keyword in ("media", "supports", "container") and r.content is not None:
                    binnen = regels(tinycss2.parse_rule_list(r.content))
                    if binnen:
                        uit.append(_Blok(kop, binnen))
                else:
                    uit.append(tinycss2.serialize([r]))
        return uit

    def verklaringen(boom) -> list:
        uit = []
        for item in boom:
            if isinstance(item, _Regel):
                uit.extend(item.verklaringen)
            elif isinstance(item, _Blok):
                uit.extend(verklaringen(item.kinderen))
        return uit

    def snoei(boom, gelezen: set[str]) -> list:
        uit: list = []
        for item in boom:
            if isinstance(item, _Regel):
                item = _Regel(item.kop, [d for d in item.verklaringen if not d.name.startswith("--") or d.name in gelezen])
            elif isinstance(item, _Blok):
                item = _Blok(item.kop, snoei(item.kinderen, gelezen))
            if isinstance(item, str) or item.inhoud:
                uit.append(item)
        return uit

    def tekst(boom) -> str:
        return "".join(
            item if isinstance(item, str)
            else item.kop + "{" + (tekst(item.kinderen) if isinstance(item, _Blok)
                                   else "".join(tinycss2.serialize([d]) for d in item.verklaringen)) + "}"
            for item in boom)

    boom = regels(tinycss2.parse_stylesheet(css))
    buiten = set(_NAAM.findall(ook_gelezen))
    # Custom properties nobody reads any more (their rules are gone); repeat, since one
    # property may only be read by another.
    while True:
        alle = verklaringen(boom)
        gelezen = buiten | {v for d in alle for v in _VAR.findall(tinycss2.serialize(d.value))}
        boom = snoei(boom, gelezen)
        if len(verklaringen(boom)) == len(alle):
            break
    return css_verkleinen(tekst(boom))
