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

from macros.uitvoer.verkleinen import _splits_selectors, css_verkleinen, css_zuiveren, js_verkleinen, klassen_in_html

ROOT = Path(__file__).resolve().parents[2]
EIGEN_JS = sorted([*(ROOT / "docs" / "javascripts").glob("*.js"), *(ROOT / "overrides" / "assets" / "javascripts").glob("sw-*.js")])
EIGEN_CSS = sorted((ROOT / "docs" / "stylesheets").glob("*.css"))


def _selectors(css: str) -> list[str]:
    """Every selector of every rule (also inside @media), whitespace-normalised, as
    tinycss2 reads them: the meaning of a stylesheet's selectors."""
    uit: list[str] = []

    def lees(regels):
        for r in regels:
            if r.type == "qualified-rule":
                kop = " ".join(tinycss2.serialize(r.prelude).split())
                uit.extend(_splits_selectors(re.sub(r"\s*([>+~,])\s*", r"\1", kop)))
            elif r.type == "at-rule" and r.content is not None and r.lower_at_keyword in ("media", "supports", "container"):
                lees(tinycss2.parse_rule_list(r.content, skip_whitespace=True, skip_comments=True))

    lees(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True))
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
    if '"' in css:
        assert '"x , y ; z {}"' in klein


@pytest.mark.parametrize("bron", EIGEN_CSS, ids=lambda p: p.name)
def test_eigen_stylesheets_houden_elke_selector(bron):
    tekst = bron.read_text(encoding="utf-8")
    klein = css_verkleinen(tekst)
    assert len(klein) < len(tekst)
    assert _selectors(klein) == _selectors(tekst)


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
