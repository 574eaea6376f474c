"""macros/uitvoer/verkleinen.py: smaller files, same meaning. The minifying itself is done by
libraries (rcssmin, rjsmin); these tests pin the options we chose and the
faults that a home-made minifier had. The browser check that nothing a user sees changes
(in every state) is tests/browser/test_verkleinen.py."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import tinycss2

from macros.uitvoer.verkleinen import css_verkleinen, css_zuiveren, js_verkleinen, klassen_in_html

ROOT = Path(__file__).resolve().parents[2]
EIGEN_JS = sorted([*(ROOT / "docs" / "javascripts").glob("*.js"), *(ROOT / "overrides" / "assets" / "javascripts").glob("sw-*.js")])
EIGEN_CSS = sorted((ROOT / "docs" / "stylesheets").glob("*.css"))


def _selectors(css: str) -> list[str]:
    """Every selector of every rule (also inside @media), whitespace-normalised, as
    tinycss2 reads them (split at the comma tokens of the prelude, not with the code under
    test): the meaning of a stylesheet's selectors."""
    uit: list[str] = []

    def lees(regels):
        for r in regels:
            if r.type == "qualified-rule":
                delen: list[list] = [[]]
                for t in r.prelude:
                    delen.append([]) if t == "," else delen[-1].append(t)
                kale = (" ".join(tinycss2.serialize(d).split()) for d in delen)
                uit.extend(re.sub(r"\s*([>+~,])\s*", r"\1", k) for k in kale if k)
            elif r.type == "at-rule" and r.content is not None and r.lower_at_keyword in ("media", "supports", "container"):
                lees(tinycss2.parse_rule_list(r.content, skip_whitespace=True, skip_comments=True))

    lees(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True))
    return uit


def _waarde(tokens) -> str:
    """A declaration value as tinycss2 reads it, whitespace collapsed and dropped next to
    punctuation (what a minifier may take out) but kept between words and inside calc()'s
    ``+``/``-`` (where CSS needs it): ``calc(1px + 2%)`` and ``calc(1px+2%)`` differ."""
    tekst = " ".join(tinycss2.serialize(tokens).split())
    tekst = re.sub(r"\s*([,/])\s*", r"\1", tekst)
    return re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", tekst))


def _verklaringen(css: str) -> list[tuple[str, str, str, str, bool]]:
    """(at-rule context, selector, property, value, !important) for every declaration of every
    rule (also inside @media), read with tinycss2 from the text independently of the code
    under test: the meaning of a stylesheet's declarations, in order."""
    uit: list[tuple[str, str, str, str, bool]] = []

    def lees(regels, context: str):
        for r in regels:
            if r.type == "qualified-rule":
                kop = re.sub(r"\s*([>+~,])\s*", r"\1", " ".join(tinycss2.serialize(r.prelude).split()))
                for d in tinycss2.parse_blocks_contents(r.content, skip_whitespace=True, skip_comments=True):
                    if d.type == "declaration":
                        uit.append((context, kop, d.lower_name, _waarde(d.value), d.important))
            elif r.type == "at-rule" and r.content is not None and r.lower_at_keyword in ("media", "supports", "container"):
                binnen = context + "@" + r.lower_at_keyword + re.sub(r"\s*:\s*", ":", _waarde(r.prelude))
                lees(tinycss2.parse_rule_list(r.content, skip_whitespace=True, skip_comments=True), binnen)

    lees(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True), "")
    return uit


def test_klassen_worden_ook_zonder_aanhalingstekens_gevonden():
    html = '<div class="md-typeset"><p class=a\nclass-dubbel="x">x</p><br class=\'c\'><i class="b  d"></i></div>'
    assert klassen_in_html(html) == {"md-typeset", "a", "b", "c", "d"}


@pytest.mark.parametrize("css", [
    ".md-typeset :target { scroll-margin-top: 3rem }",
    ".md-typeset :is(h1, h2):hover > .headerlink { opacity: 1 }",
    ".md-header :focus-visible { outline-color: #fff }",
    ".a .b:hover ~ .c + .d { x: calc(1px + 2%) }",
    ".a > .b ,  .c ::before { content: \"x , y ; z {}\"; margin: 0 auto }",
    "@media screen and (max-width: 10em) { .d :first-child { color: red } }",
    "a [href] { b: 1 } a:not(.x) .y { c: 2 }",
], ids=range(7))
def test_css_betekenis_blijft_ook_spatie_voor_een_pseudoklasse(css):
    """The fault of the home-made minifier: `.md-typeset :target` became `.md-typeset:target`."""
    klein = css_verkleinen(css)
    assert _selectors(klein) == _selectors(css)
    assert _verklaringen(klein) == _verklaringen(css)
    if '"' in css:
        assert '"x , y ; z {}"' in klein


@pytest.mark.parametrize("bron", EIGEN_CSS, ids=lambda p: p.name)
def test_eigen_stylesheets_houden_elke_selector(bron):
    tekst = bron.read_text(encoding="utf-8")
    klein = css_verkleinen(tekst)
    assert len(klein) < len(tekst)
    assert _selectors(klein) == _selectors(tekst)
    assert _verklaringen(klein) == _verklaringen(tekst)


# What a stylesheet must keep through minifying, each in a literal rule: !important, calc() with
# the spaces CSS needs around + and -, colours in every notation, a custom property, a string.
BETEKENIS = (
    ".a{color:#1a2b3c!important;margin:calc(100% - 2 * var(--x, 1rem)) auto}"
    " .b { background: rgb(10 20 30 / 50%) ; border-color : hsl(120deg 50% 50%) !important }"
    " @media (min-width: 40em) { .c { --kleur: #0b5 ; width: calc( 1px + 2% ) ; content: 'a ; b' } }"
)


def test_css_verkleinen_houdt_elke_verklaring():
    """Declarations per selector as tinycss2 reads them, before and after: literal values
    (not from css_verkleinen) so a minifier that drops !important, breaks calc() or
    changes a colour is caught."""
    klein = css_verkleinen(BETEKENIS)
    assert len(klein) < len(BETEKENIS)
    assert _verklaringen(klein) == [
        ("", ".a", "color", "#1a2b3c", True),
        ("", ".a", "margin", "calc(100% - 2 * var(--x,1rem)) auto", False),
        ("", ".b", "background", "rgb(10 20 30/50%)", False),
        ("", ".b", "border-color", "hsl(120deg 50% 50%)", True),
        ("@media(min-width:40em)", ".c", "--kleur", "#0b5", False),
        ("@media(min-width:40em)", ".c", "width", "calc(1px + 2%)", False),
        ("@media(min-width:40em)", ".c", "content", '"a ; b"', False),
    ]


@pytest.mark.parametrize("kapot", [
    lambda css: css.replace("!important", ""),
    lambda css: re.sub(r"calc\(([^()]*)\s\+\s", r"calc(\1+", css),
    lambda css: re.sub(r"#[0-9a-f]{3,6}\b|rgb\([^)]*\)|hsl\([^)]*\)", "red", css),
], ids=["zonder-important", "calc-kapot", "kleuren-rood"])
def test_verklaringen_vergelijking_vangt_een_kapotte_verkleiner(kapot):
    """Negative control on the same reader: a css_verkleinen that drops !important, breaks
    calc() (``1px+2%`` is invalid CSS) or turns every colour red must not compare equal."""
    klein = kapot(css_verkleinen(BETEKENIS))
    assert _verklaringen(klein) != _verklaringen(BETEKENIS)
    for bron in EIGEN_CSS:
        tekst = bron.read_text(encoding="utf-8")
        if kapot(tekst) != tekst:
            assert _verklaringen(kapot(css_verkleinen(tekst))) != _verklaringen(tekst), bron.name


@pytest.mark.parametrize("bron", EIGEN_JS, ids=lambda p: p.name)
def test_eigen_scripts_blijven_geldig_javascript(bron, tmp_path):
    """Each of the site's own scripts, minified, is still valid JavaScript (node --check) and
    keeps every string literal. What the scripts do is tested in the browser tests, which
    run the minified files of the built site."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node ontbreekt: `make test` installeert het")
    tekst = bron.read_text(encoding="utf-8")
    klein = js_verkleinen(tekst)
    assert len(klein) < len(tekst)
    doel = tmp_path / bron.name
    doel.write_text(klein, encoding="utf-8")
    r = subprocess.run([node, "--check", str(doel)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    # strings are copied, never edited (scanned left to right, so a quote inside a string of
    # the other kind is not taken for the start of one)
    for m in re.finditer(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|`(?:[^`\\]|\\.)*`', klein):
        assert m.group(0) in tekst, m.group(0)


def test_js_strings_regex_en_template_blijven_staan():
    js = ('var a = "// geen commentaar"; // wel\n'
          "    var b = /\\/\\*[/]x/g; /* blok\n  commentaar */\n"
          "var c = `regel\n    ingesprongen`;\n\n\nvar d = 4 / 2 / 1;\n")
    klein = js_verkleinen(js)
    assert '"// geen commentaar"' in klein and "/\\/\\*[/]x/g" in klein
    assert "`regel\n    ingesprongen`" in klein and "4/2/1" in klein.replace(" ", "")
    assert "wel" not in klein and "blok" not in klein


def test_zuiveren_houdt_alleen_wat_kan_passen():
    css = (".gebruikt{a:1}.ongebruikt{a:2}.gebruikt .ongebruikt{a:3}"
           "a:not(.ongebruikt){a:4}.gebruikt:is(.x,.y){a:5}[dir=rtl] .gebruikt{a:6}"
           ".md-tag--rood{a:7}@media screen{.ongebruikt{a:8}.gebruikt{a:9}}.gebruikt :target{a:10}")
    uit = css_zuiveren(css, {"gebruikt"}, voorvoegsels=("md-tag--",))
    assert _selectors(uit) == [".gebruikt", "a:not(.ongebruikt)", ".gebruikt:is(.x,.y)", ".md-tag--rood",
                               ".gebruikt", ".gebruikt :target"]
    assert "a:8" not in uit and "a:9" in uit


def test_zuiveren_laat_ongelezen_eigen_eigenschappen_weg_ook_met_puntkomma_in_de_waarde():
    css = (":root{--gelezen:url('data:image/svg+xml;charset=utf-8,<svg/>');"
           "--via-ander:1px;--ander:var(--via-ander);--ongelezen:url('data:x;y');--door-js:2}"
           ".a{mask-image:var(--gelezen);margin:var(--ander)}.weg{x:var(--alleen-hier)}")
    uit = css_zuiveren(css, {"a"}, ook_gelezen="el.style.setProperty('--door-js', 3)")
    for blijft in ("--gelezen:", "--via-ander:1px", "--ander:var(--via-ander)", "--door-js:2", "mask-image:var(--gelezen)"):
        assert blijft in uit
    assert "--ongelezen" not in uit and ".weg" not in uit


def test_woorden_uit_het_themascript_houden_alleen_eigen_klassen_in_leven():
    from macros.uitvoer.verkleinen import klassen_uit_themascript

    woorden = {"md-search-result__item", "success", "mermaid", "tabbed-labels--linked", "focus-visible"}
    assert klassen_uit_themascript(woorden, {"tabbed-set", "md-typeset"}) == {
        "md-search-result__item", "tabbed-labels--linked", "focus-visible", "js"}
    assert klassen_uit_themascript(woorden, set()) == {"md-search-result__item", "focus-visible", "js"}
