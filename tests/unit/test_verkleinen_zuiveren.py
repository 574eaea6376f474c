"""macros/uitvoer/verkleinen.py, the site-specific part: pruning the theme's stylesheet
(``css_zuiveren`` and the readers it relies on) and the options chosen for rjsmin. Every
expected value is a literal written from what the CSS, HTML or JavaScript input means: a
rule the site needs is kept byte for byte, a rule no page can use is gone. The other tests of
the module are in test_verkleinen.py; the mutants these tests kill are in tests/MUTANTEN.md."""

from __future__ import annotations

import pytest

from macros.uitvoer.verkleinen import (
    _splits_selectors,
    _vereiste_klassen,
    css_zuiveren,
    js_verkleinen,
    klassen_in_html,
    klassen_uit_themascript,
    woorden_in_js,
)

# ------------------------------------------------------------------ selector lists


@pytest.mark.parametrize("lijst, selectors", [
    (".a:is(.b, .c) > .d, [data-x=\"1,2\"] .e,.f:not([title=\"a,b\"], .g) , .h",
     [".a:is(.b, .c) > .d", "[data-x=\"1,2\"] .e", ".f:not([title=\"a,b\"], .g)", ".h"]),
    ("[title=\"x)\"] .b, .c", ["[title=\"x)\"] .b", ".c"]),
    ("[title=\"(\"] .b, .c:where([lang=\"]\"]), .d", ["[title=\"(\"] .b", ".c:where([lang=\"]\"])", ".d"]),
    (".a\\,b, .c", [".a\\,b", ".c"]),
    (".md-nav__link", [".md-nav__link"]),
], ids=["is-not-attribuut", "haakje-in-string", "haakjes-in-strings", "escape-komma", "een-selector"])
def test_selectorlijst_wordt_alleen_gesplitst_op_komma_s_tussen_selectors(lijst, selectors):
    """A selector list splits at the commas between selectors only: not at a comma inside
    ``:is()``/``:not()``, an attribute selector or a string, nor at an escaped comma, and a
    bracket inside a string does not shift the split. Each part is trimmed, nothing else changed."""
    assert _splits_selectors(lijst) == selectors


# ------------------------------------------------------------------ required classes


@pytest.mark.parametrize("selector, klassen", [
    (".a.b > li .c", ["a", "b", "c"]),
    ("#inhoud.md-content", ["md-content"]),
    (".a:not(.x) .b", ["a", "b"]),
    (".a:not(.x):is(.y) .b", ["a", "b"]),
    (".a:not(:is(.x)) .b:where(.y) .c", ["a", "b", "c"]),
    (".a:NOT(.x)", ["a"]),
    (".x:nth-child(2n of .y)", ["x", "y"]),
    ("a[href$=\".pdf\"]::after", []),
    ("[class~=\"md-x\"] .a[title=\".b\"]", ["a"]),
    (".md\\:verborgen", ["md:verborgen"]),
], ids=["samengesteld", "id-en-klasse", "na-not", "twee-functies", "genest", "hoofdletters",
        "nth-child-of", "punt-in-string", "attribuut", "escape"])
def test_vereiste_klassen_zijn_de_klassen_die_een_element_moet_hebben(selector, klassen):
    """The classes an element must carry to match: every ``.name`` outside a functional
    pseudo-class, also after one and between two (``:not(.x):is(.y)``), in any letter case
    of the pseudo-class name; a class inside ``:nth-child(… of .y)`` is required; a dot inside
    an attribute selector or string (``[href$=".pdf"]``) is no class; an escape is read."""
    assert _vereiste_klassen(selector) == klassen


@pytest.mark.parametrize("functie", ["not", "is", "where", "has", "matches", "-webkit-any", "-moz-any"])
def test_klassen_in_functionele_pseudoklassen_zijn_nooit_vereist(functie):
    """For each functional pseudo-class (whose argument may match without the class) only
    ``a`` is required, not ``x`` or ``y`` inside it."""
    assert _vereiste_klassen(f".a:{functie}(.x, .y) > p") == ["a"]


# ------------------------------------------------------------------ pruning


def test_zuiveren_houdt_verklaringen_byte_voor_byte():
    """A kept rule keeps every declaration as written: ``!important``, ``calc()`` with its
    spaces, colours, ``var()`` with a fallback, in order, separated by ``;``; the rule of
    an unused class is gone."""
    regel = ".a{color:#1A2B3C!important;margin:calc(100% - 2*var(--x,1rem)) auto;background:rgb(10 20 30/50%)}"
    assert css_zuiveren(regel + ".weg{color:red}", {"a"}) == regel


def test_zuiveren_houdt_de_bruikbare_selectors_van_een_lijst():
    """From a selector list only the selectors that can match stay, joined by commas."""
    css = ".a, .ongebruikt, .b:is(.x, .y){color:red}"
    assert css_zuiveren(css, {"a", "b"}) == ".a,.b:is(.x,.y){color:red}"


def test_zuiveren_laat_een_regel_met_een_punt_of_haakje_in_een_string_staan():
    """The fault found with the mutants: ``a[href$=".pdf"]`` required a class ``pdf`` and was
    dropped, and ``[title="x)"] .b, .c`` was read as one selector needing ``b`` and ``c``."""
    css = "a[href$=\".pdf\"]::after{content:\"(pdf)\"}[title=\"x)\"] .b, .c{color:red}"
    assert css_zuiveren(css, {"c"}) == "a[href$=\".pdf\"]::after{content:\"(pdf)\"}.c{color:red}"


def test_zuiveren_laat_rechts_naar_links_weg_in_elke_schrijfwijze():
    """``[dir=rtl]`` rules go whether the value is quoted with ``"``, ``'`` or not at all."""
    css = "[dir=rtl] .a{x:1}[dir=\"rtl\"] .a{x:2}[dir='rtl'] .a{x:3}.a{x:4}"
    assert css_zuiveren(css, {"a"}) == ".a{x:4}"


def test_zuiveren_snoeit_binnen_supports_en_container_en_laat_lege_blokken_weg():
    """Rules inside ``@supports`` and ``@container`` are pruned as inside ``@media``; a block
    left empty disappears."""
    css = ("@supports (display:grid){.weg{a:1}.blijft{a:2}}@container (min-width:30em){.weg{a:3}}"
           "@MEDIA print{.blijft{a:4}}")
    assert css_zuiveren(css, {"blijft"}) == "@supports (display:grid){.blijft{a:2}}@MEDIA print{.blijft{a:4}}"


def test_zuiveren_houdt_andere_at_regels_heel():
    """``@charset``, ``@font-face`` and ``@keyframes`` have no selectors to prune: each stays
    whole, also when no class is used."""
    andere = ("@charset \"utf-8\";@font-face{font-family:\"Roboto\";src:url(r.woff2)}"
              "@keyframes md-draai{0%{transform:rotate(0)}to{transform:rotate(1turn)}}")
    assert css_zuiveren(andere + ".weg{a:1}", set()) == andere


def test_zuiveren_laat_ongelezen_eigen_eigenschappen_in_media_weg():
    """Inside ``@media`` too, a custom property that is read stays and one nobody reads goes;
    a rule left without declarations disappears."""
    css = ":root{--a:1px}@media print{:root{--b:2px;--c:3px}.k{margin:var(--b)}}"
    assert css_zuiveren(css, {"k"}) == "@media print{:root{--b:2px}.k{margin:var(--b)}}"


# ------------------------------------------------------------------ classes from pages and scripts


def test_klassen_na_een_los_ampersand_hekje_worden_nog_gelezen():
    """Text with a stray ``&#`` that is no character reference does not end the reading:
    the classes after it are found; a character reference in a class is decoded."""
    html = '<p>Stap &#x</p><i class="md-icon a&amp;b"></i><p>C&#</p><br class=laatste>'
    assert klassen_in_html(html) == {"md-icon", "a&b", "laatste"}


def test_woorden_en_voorvoegsels_uit_de_strings_van_een_script():
    """Words inside the script's string literals (double, single, template, with escaped
    quotes), not its identifiers, and the prefixes it completes at run time."""
    js = ("var knop = \"md-nav__link md-nav__link--active\", b = 'js-klaar';\n"
          "el.className = `md-tag--${kleur}`; zeg(\"een \\\"md-x\\\" hier\");")
    woorden, voorvoegsels = woorden_in_js(js)
    assert woorden == {"md-nav__link", "md-nav__link--active", "js-klaar", "md-tag--", "kleur", "een", "md-x", "hier"}
    assert voorvoegsels == {"md-tag--"}


def test_themascript_houdt_varianten_van_een_paginaklasse_met_meer_streepjes():
    """A class of the theme's script lives when its stem (before the first ``-``) is the stem
    of a class on a page, also when that page class has several dashes."""
    uit = klassen_uit_themascript({"task-list-control", "taak-weg"}, {"task-list-item"})
    assert uit == {"task-list-control", "focus-visible", "js"}


# ------------------------------------------------------------------ scripts


def test_js_verkleinen_houdt_een_licentiecommentaar():
    """A ``/*!`` licence comment stays in the minified script; an ordinary comment goes and
    the code is still minified."""
    js = "/*! Samen Weerbaar | EUPL-1.2 */\nvar a = 1; /* gewoon commentaar */\nvar b = a + 1;\n"
    klein = js_verkleinen(js)
    assert "/*! Samen Weerbaar | EUPL-1.2 */" in klein
    assert "gewoon" not in klein and "var b=a+1" in klein
