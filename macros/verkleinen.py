"""Smaller files for phones: what the built site sends, without changing what it does.

Plain Python (tinycss2 comes with WeasyPrint), used by macros/hooks.py:

* ``html_verkleinen``: removes HTML comments and the indentation at the start of lines
  (a line break stays, so text never runs together), except inside ``pre``,
  ``textarea``, ``script`` and ``style``.
* ``css_verkleinen``: removes comments and collapses whitespace between CSS tokens;
  strings stay as they are.
* ``js_verkleinen``: removes comments and indentation from our own small scripts,
  leaving strings, template literals and regular expressions untouched. Only for the
  site's own scripts, which follow that style (see the tests), not for third-party code.
* ``css_zuiveren``: drops the rules of the theme's stylesheet that no page can use: a
  selector is kept when every class it requires occurs in a ``class`` attribute of a
  built page or in a string of the site's JavaScript (Material builds parts of the page
  at run time), or starts with a prefix the JavaScript completes at run time. Classes
  inside ``:not()``, ``:is()``, ``:where()`` and ``:has()`` never count as required,
  so a selector is only dropped when it certainly matches nothing. Right-to-left rules
  (``[dir=rtl]``) go: the site is Dutch only. Custom properties that nothing reads any
  more go as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# ------------------------------------------------------------------------------- HTML

_BEWAAR_HTML = re.compile(r"(<(pre|textarea|script|style)\b[\s\S]*?</\2\s*>)", re.IGNORECASE)
_HTML_COMMENTAAR = re.compile(r"<!--(?!\[)[\s\S]*?-->")
_INSPRINGING = re.compile(r"\n[ \t]+")
_LEGE_REGELS = re.compile(r"\n{2,}")


def html_verkleinen(html: str) -> str:
    delen = _BEWAAR_HTML.split(html)
    uit = []
    # split() with two groups yields: text, whole element, tag name, text, ...
    for i in range(0, len(delen), 3):
        tekst = _HTML_COMMENTAAR.sub("", delen[i])
        uit.append(_LEGE_REGELS.sub("\n", _INSPRINGING.sub("\n", tekst)))
        if i + 1 < len(delen):
            uit.append(delen[i + 1])
    return "".join(uit)


# -------------------------------------------------------------------------------- CSS

def css_verkleinen(css: str) -> str:
    import tinycss2

    return _css_tekst(tinycss2.parse_component_value_list(css, skip_comments=True))


_GEEN_SPATIE = set("{};,>:")  # no space needed next to these (outside strings)


def _css_tekst(tokens) -> str:
    """Serialize tokens with whitespace collapsed: a whitespace token becomes one space,
    or nothing next to ``{};,>`` and at the edges. Strings are single tokens, untouched."""
    import tinycss2
    from tinycss2.serializer import serialize_identifier

    delen: list[str] = []
    for t in tokens:
        if t.type == "whitespace":
            delen.append(" ")
        elif t.type == "function":
            delen.append(serialize_identifier(t.name) + "(" + _css_tekst(t.arguments) + ")")
        elif t.type in ("() block", "[] block", "{} block"):
            open_, sluit = {"() block": "()", "[] block": "[]", "{} block": "{}"}[t.type]
            binnen = _css_tekst(t.content)
            if sluit == "}" and binnen.endswith(";"):
                binnen = binnen[:-1]
            delen.append(open_ + binnen + sluit)
        else:
            delen.append(tinycss2.serialize([t]))
    uit: list[str] = []
    for i, d in enumerate(delen):
        if d == " ":
            vorige = uit[-1][-1:] if uit else ""
            volgende = next((x for x in delen[i + 1 :] if x != " "), "")[:1]
            if not vorige or not volgende or vorige in _GEEN_SPATIE or volgende in _GEEN_SPATIE or uit[-1] == " ":
                continue
        uit.append(d)
    return "".join(uit)


# --------------------------------------------------------------------------------- JS

def js_verkleinen(js: str) -> str:
    """Comments and indentation out; strings, template literals and regex literals kept.

    A ``/`` starts a regular expression when the previous significant character is one
    of ``(,=:[!&|?{};`` or the start (the usual rule of thumb; our scripts keep to it).
    """
    uit: list[str] = []
    i, n = 0, len(js)
    vorige = ""  # last significant character written
    while i < n:
        c = js[i]
        if c in "'\"`":
            j = i + 1
            while j < n and js[j] != c:
                j += 2 if js[j] == "\\" else 1
            uit.append(js[i : j + 1])
            vorige, i = c, j + 1
        elif js.startswith("/*", i):
            i = js.index("*/", i + 2) + 2
        elif js.startswith("//", i):
            while i < n and js[i] != "\n":
                i += 1
        elif c == "/" and (vorige == "" or vorige in "(,=:[!&|?{};"):
            j, in_klasse = i + 1, False
            while j < n and (js[j] != "/" or in_klasse):
                if js[j] == "\\":
                    j += 1
                elif js[j] == "[":
                    in_klasse = True
                elif js[j] == "]":
                    in_klasse = False
                j += 1
            uit.append(js[i : j + 1])
            vorige, i = "/", j + 1
        elif c == "\n":
            while uit and uit[-1] in (" ", "\t"):  # trailing spaces of the line
                uit.pop()
            if uit and uit[-1] != "\n":  # no empty lines
                uit.append("\n")
            i += 1
            while i < n and js[i] in " \t":  # indentation of the next line
                i += 1
        else:
            uit.append(c)
            if not c.isspace():
                vorige = c
            i += 1
    return "".join(uit).strip() + "\n"


# ----------------------------------------------------------------- theme CSS, pruned

_KLASSE = re.compile(r"\.(-?[A-Za-z_][\w-]*)")
_FUNCTIE = re.compile(r":(?:not|is|where|has|matches|-webkit-any|-moz-any)\(")
_WOORD = re.compile(r"[A-Za-z_][\w-]*")
_JS_STRING = re.compile(r'"([^"\\\n]*(?:\\.[^"\\\n]*)*)"|\'([^\'\\\n]*(?:\\.[^\'\\\n]*)*)\'|`([^`]*)`')
_JS_PREFIX = re.compile(r"([A-Za-z_][\w-]*)\$\{")
_VAR = re.compile(r"var\(\s*(--[\w-]+)")
_NAAM = re.compile(r"--[A-Za-z_][\w-]*")


def klassen_in_html(html: str) -> set[str]:
    return {k for waarde in re.findall(r'\bclass="([^"]*)"', html) for k in waarde.split()}


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
    stammen = {k.split("-", 1)[0] for k in html_klassen}
    return {w for w in woorden if w.startswith("md-") or w.split("-", 1)[0] in stammen} | THEMA_SCRIPT_KLASSEN


def _vereiste_klassen(selector: str) -> list[str]:
    """Classes an element must have to match ``selector``, ignoring those inside
    functional pseudo-classes (which never make a selector certainly dead)."""
    kaal, i = [], 0
    for m in _FUNCTIE.finditer(selector):
        if m.start() < i:
            continue
        kaal.append(selector[i : m.start()])
        diepte, j = 1, m.end()
        while j < len(selector) and diepte:
            diepte += {"(": 1, ")": -1}.get(selector[j], 0)
            j += 1
        i = j
    kaal.append(selector[i:])
    return _KLASSE.findall("".join(kaal))


def _splits_selectors(prelude: str) -> list[str]:
    delen, diepte, huidig = [], 0, []
    for ch in prelude:
        if ch in "([":
            diepte += 1
        elif ch in ")]":
            diepte -= 1
        if ch == "," and diepte == 0:
            delen.append("".join(huidig).strip())
            huidig = []
        else:
            huidig.append(ch)
    delen.append("".join(huidig).strip())
    return [d for d in delen if d]


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
    import tinycss2

    voorvoegsels = tuple(voorvoegsels)

    def bruikbaar(selector: str) -> bool:
        if "[dir=rtl]" in selector.replace('"', ""):
            return False
        return all(k in klassen or k.startswith(voorvoegsels) for k in _vereiste_klassen(selector))

    # What is kept, as a tree: _Regel (selectors + declarations), _Blok (@media/@supports/
    # @container + children) or plain text (other at-rules, kept whole).
    def regels(lijst) -> list:
        uit: list = []
        for r in lijst:
            if r.type == "qualified-rule":
                gehouden = [s for s in _splits_selectors(tinycss2.serialize(r.prelude)) if bruikbaar(s)]
                if gehouden:
                    inhoud = tinycss2.parse_blocks_contents(r.content, skip_whitespace=True, skip_comments=True)
                    uit.append(_Regel(",".join(gehouden), [d for d in inhoud if d.type == "declaration"]))
            elif r.type == "at-rule":
                kop = f"@{r.at_keyword}{tinycss2.serialize(r.prelude)}"
                if r.lower_at_keyword in ("media", "supports", "container") and r.content is not None:
                    binnen = regels(tinycss2.parse_rule_list(r.content, skip_whitespace=True, skip_comments=True))
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

    boom = regels(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True))
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
