"""macros/verkleinen.py: smaller files, same meaning (the browser check of the pruned
theme stylesheet is tests/browser/test_verkleinen.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from macros.verkleinen import css_verkleinen, css_zuiveren, html_verkleinen, js_verkleinen

ROOT = Path(__file__).resolve().parents[2]
EIGEN_JS = sorted([*(ROOT / "docs" / "javascripts").glob("*.js"), *(ROOT / "overrides" / "assets" / "javascripts").glob("sw-*.js")])


def test_html_zonder_inspringing_en_commentaar_maar_pre_en_script_blijven():
    html = ('<div>\n    <!-- weg -->\n    <p>een\n      twee</p>\n<pre>  a\n    b</pre>\n'
            '<script>\n  var s = `\n    x`;\n</script>\n<textarea>\n  t</textarea></div>')
    uit = html_verkleinen(html)
    assert uit == ('<div>\n<p>een\ntwee</p>\n<pre>  a\n    b</pre>\n'
                   '<script>\n  var s = `\n    x`;\n</script>\n<textarea>\n  t</textarea></div>')


def test_css_zonder_commentaar_en_witruimte_strings_onveranderd():
    css = '/* uitleg */\n.a > .b ,  .c {\n  content: "x , y ; z {}";\n  margin: 0 auto;\n}\n@media screen and (max-width: 10em) {\n  .d { color: red; }\n}\n'
    assert css_verkleinen(css) == '.a>.b,.c{content:"x , y ; z {}";margin:0 auto}@media screen and (max-width:10em){.d{color:red}}'


def test_css_spatie_tussen_selectordelen_blijft():
    assert css_verkleinen(".a .b:hover ~ .c + .d { x: calc(1px + 2%) }") == ".a .b:hover ~ .c + .d{x:calc(1px + 2%)}"


@pytest.mark.parametrize("bron", EIGEN_JS, ids=lambda p: p.name)
def test_eigen_scripts_blijven_geldig_javascript(bron, tmp_path):
    """Each of the site's own scripts, minified, is still valid JavaScript (node --check) and
    keeps every string literal."""
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
    for literal in re.findall(r'"(?:[^"\\\n]|\\.)*"', klein):  # strings are copied, never edited
        assert literal in tekst, literal


def test_js_strings_regex_en_template_blijven_staan():
    js = ('var a = "// geen commentaar"; // wel\n'
          "    var b = /\\/\\*[/]x/g; /* blok\n  commentaar */\n"
          "var c = `regel\n    ingesprongen`;\n\n\nvar d = 4 / 2 / 1;\n")
    assert js_verkleinen(js) == ('var a = "// geen commentaar";\n'
                                 "var b = /\\/\\*[/]x/g;\n"
                                 "var c = `regel\n    ingesprongen`;\nvar d = 4 / 2 / 1;\n")


def test_zuiveren_houdt_alleen_wat_kan_passen():
    css = (".gebruikt{a:1}.ongebruikt{a:2}.gebruikt .ongebruikt{a:3}"
           "a:not(.ongebruikt){a:4}.gebruikt:is(.x,.y){a:5}[dir=rtl] .gebruikt{a:6}"
           ".md-tag--rood{a:7}@media screen{.ongebruikt{a:8}.gebruikt{a:9}}")
    uit = css_zuiveren(css, {"gebruikt"}, voorvoegsels=("md-tag--",))
    assert uit == ".gebruikt{a:1}a:not(.ongebruikt){a:4}.gebruikt:is(.x,.y){a:5}.md-tag--rood{a:7}@media screen{.gebruikt{a:9}}"


def test_zuiveren_laat_ongelezen_eigen_eigenschappen_weg_ook_met_puntkomma_in_de_waarde():
    css = (":root{--gelezen:url('data:image/svg+xml;charset=utf-8,<svg/>');"
           "--via-ander:1px;--ander:var(--via-ander);--ongelezen:url('data:x;y');--door-js:2}"
           ".a{mask-image:var(--gelezen);margin:var(--ander)}.weg{x:var(--alleen-hier)}")
    uit = css_zuiveren(css, {"a"}, ook_gelezen="el.style.setProperty('--door-js', 3)")
    assert uit == (':root{--gelezen:url("data:image/svg+xml;charset=utf-8,<svg/>");--via-ander:1px;'
                   "--ander:var(--via-ander);--door-js:2}.a{mask-image:var(--gelezen);margin:var(--ander)}")


def test_woorden_uit_het_themascript_houden_alleen_eigen_klassen_in_leven():
    from macros.verkleinen import klassen_uit_themascript

    woorden = {"md-search-result__item", "success", "mermaid", "tabbed-labels--linked", "focus-visible"}
    assert klassen_uit_themascript(woorden, {"tabbed-set", "md-typeset"}) == {
        "md-search-result__item", "tabbed-labels--linked", "focus-visible", "js"}
    assert klassen_uit_themascript(woorden, set()) == {"md-search-result__item", "focus-visible", "js"}
