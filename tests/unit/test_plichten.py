"""The duty modules on their own: feedback route settings and links, security.txt, headers."""

from __future__ import annotations

from datetime import datetime, timezone
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from macros.plichten import beveiliging
from macros.plichten import securitytxt
from macros.plichten.terugmelding import InstellingFout, Route, adres_html, route_uit_config


@pytest.mark.parametrize("instelling, melding", [
    ({}, "extra.terugmelding: ontbreekt"),
    ({"terugmelding": {}}, "vul een e-mailadres (email) of een webadres (url) in"),
    ({"terugmelding": {"email": None, "url": None}}, "vul een e-mailadres"),
    ({"terugmelding": {"email": "geen adres"}}, "extra.terugmelding.email: 'geen adres' is geen e-mailadres"),
    ({"terugmelding": {"email": "a@b.nl?cc=x@y.nl"}}, "is geen e-mailadres"),
    ({"terugmelding": {"url": "javascript:alert(1)"}}, "extra.terugmelding.url: 'javascript:alert(1)' is geen webadres"),
    ({"terugmelding": {"email": "a@b.nl", "telefoon": "1400"}}, "onbekend veld telefoon"),
])
def test_foute_instelling_geeft_een_nederlandse_melding(instelling, melding):
    with pytest.raises(InstellingFout) as fout:
        route_uit_config(instelling)
    assert melding in str(fout.value) and str(fout.value).startswith("mkdocs.yml: extra.terugmelding")


def test_voorbeelddomeinen_herkend():
    assert Route("x@example.org", None).is_voorbeeld
    assert Route(None, "https://meld.example.com/nieuw").is_voorbeeld
    assert Route("x@redactie.invalid", None).is_voorbeeld
    assert not Route("x@example.org.nl", None).is_voorbeeld
    assert not Route("meldpunt@minszw.nl", "https://gitlab.com/x/issues").is_voorbeeld


def test_mailto_codeert_titel_en_adres():
    route = Route("red@act.ie", None)
    titel = "Interventies &amp; programma's <em>onder</em> de loep? 50% & meer"
    href = route.href(titel, "https://site.nl/a b.html?x=1&y=2")
    deel = urlsplit(href)
    assert deel.scheme == "mailto" and unquote(deel.path) == "red@act.ie"
    assert not any(t in href for t in " <>\"'") and href.count("&") == 1
    vraag = parse_qs(deel.query)
    assert vraag["subject"] == ["Fout of suggestie: Interventies & programma's onder de loep? 50% & meer"]
    assert "Adres: https://site.nl/a b.html?x=1&y=2\r\n" in vraag["body"][0]


def test_zonder_email_is_de_route_het_webadres():
    assert Route(None, "https://f.nl/nieuw").href("Titel", "x.html") == "https://f.nl/nieuw"


def test_adres_html_is_geescaped():
    html = str(adres_html(Route("a@b.nl", 'https://f.nl/?a=1&b="2"')))
    assert 'href="mailto:a@b.nl"' in html and "&amp;b=&#34;2&#34;" in html and '"2"' not in html


def test_security_txt_velden_en_vervaldatum():
    tekst = securitytxt.security_txt(["mailto:a@b.nl", "https://f.nl/"], datetime(2026, 12, 1, 5, 6, 7, 89, timezone.utc),
                                     "https://site.nl/")
    regels = tekst.splitlines()
    assert "Contact: mailto:a@b.nl" in regels and "Contact: https://f.nl/" in regels
    assert f"Expires: 2027-05-30T05:06:07Z" in regels  # 180 days, RFC 3339 UTC, no fraction
    assert "Preferred-Languages: nl, en" in regels
    assert "Canonical: https://site.nl/.well-known/security.txt" in regels
    assert tekst.endswith("\n")
    with pytest.raises(ValueError):
        securitytxt.security_txt([], datetime.now(timezone.utc))


def test_bouwmoment_volgt_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")
    assert securitytxt.bouwmoment() == datetime.fromtimestamp(1780000000, timezone.utc)


def test_meta_policy_laat_alleen_koptekstrichtlijnen_weg():
    kop, meta = beveiliging.csp_tekst(), beveiliging.csp_tekst(meta=True)
    assert "frame-ancestors" in kop and "frame-ancestors" not in meta
    assert meta.split("; ") == [r for r in kop.split("; ") if not r.startswith("frame-ancestors")]


def test_headers_bestand_leest_terug():
    gelezen = beveiliging.lees_headers_bestand(beveiliging.headers_bestand())
    assert gelezen == {"/*": beveiliging.alle_koppen()}
    with pytest.raises(ValueError):
        beveiliging.lees_headers_bestand("  X-Kop: zonder pad\n")
