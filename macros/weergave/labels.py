"""The interface's labels: every word a visitor reads beside the data, in one data-like module.

Editors and translators change wording here, never among the view functions. Shapes: plain
``dict[str, str]`` (a data value -> its Dutch label) or ``list[tuple[str, str]]`` where the
order is shown. Sources: the legend of Bijlage 1 and 2 (reikwijdte, bewijs), the card fields
of § 4.4 (``KAART_VELDEN``), the wijkscan's five places (§ 2.4).
"""

from __future__ import annotations

NIVEAU = {"gezin": "Gezinsniveau", "gemeenschap": "Gemeenschapsniveau"}
SOORT = {"risico": "Risicofactoren", "beschermend": "Beschermende factoren"}
SOORT_ENKELVOUD = {"risico": "Risicofactor", "beschermend": "Beschermende factor"}
REIKWIJDTE = {
    "algemeen": "Algemene jeugdcriminaliteit",
    "ondermijnend": "Ook ondermijnende criminaliteit",
}
REIKWIJDTE_UITLEG = {
    "algemeen": "Benoemd ten aanzien van algemene (jeugd)criminaliteit.",
    "ondermijnend": "Benoemd ten aanzien van algemene (jeugd)criminaliteit en ook geëxpliciteerd "
    "ten aanzien van georganiseerde (ondermijnende) criminaliteit (in de bron dikgedrukt).",
}
BEWIJS = {
    "kwantitatief": "Kwantitatief robuust",
    "kwalitatief": "Kwalitatief betekenisvol",
    "niet-vastgesteld": "Bewijstype niet vastgesteld",
}
BEWIJS_UITLEG = {
    "kwantitatief": "Benoemd in kwantitatief onderzoek met een mate van robuustheid.",
    "kwalitatief": "Geen robuustheid in kwantitatieve zin, wel kwalitatief betekenisvol gebleken "
    "(in de bron schuingedrukt).",
    "niet-vastgesteld": "De tekst van hoofdstuk 2 maakt niet eenduidig op of deze factor "
    "kwantitatief robuust of alleen kwalitatief betekenisvol is; de cursivering uit de "
    "gepubliceerde PDF is bij de omzetting verloren gegaan. Zie de toelichting bij de factor.",
}
DOELGROEP = {"ouders": "Ouders", "jongeren": "Jongeren", "inwoners": "Inwoners", "professionals": "Professionals"}
INTERVENTIE_NIVEAU = {"individu": "Individu", "gezin": "Gezin", "gemeenschap": "Gemeenschap"}
KAART_VELDEN = [
    ("ontwikkelaar", "Ontwikkelaar"),
    ("omschrijving", "Omschrijving"),
    ("doelgroep", "Doelgroep"),
    ("doelen", "Doelen"),
    ("methoden", "Methoden"),
    ("werkzame_elementen", "Werkzame elementen"),
    ("effectiviteit", "Effectiviteit"),
    ("locatie", "Locatie"),
    ("samenwerkingspartners", "Samenwerkingspartners"),
    ("toepasbaarheid", "Toepasbaarheid & randvoorwaarden"),
    ("links", "Links"),
    ("conclusie", "Conclusie"),
    ("kanttekening", "Kanttekening"),
]
EFFECT_VOLGENS_KAART = {
    "effectief": "Effectief volgens de kaart",
    "deels": "Deels: uitkomsten op een deel van de doelen",
    "niet-aangetoond": "Geen effect aangetoond volgens de kaart",
    "onbekend": "Geen uitkomsten op de kaart",
}
EFFECT_UITLEG = {
    "effectief": "De kaart noemt de interventie zelf effectief of geeft een gemeten afname.",
    "deels": "De kaart noemt positieve uitkomsten op een deel van de doelen of alleen bij deelnemers.",
    "niet-aangetoond": "De kaart zegt dat er geen effect is gevonden.",
    "onbekend": "De kaart noemt geen uitkomsten van onderzoek.",
}
NIET_INGEDEELD = "Nog niet ingedeeld"
GEEN_ELEMENT_LABEL = "Niet duidelijk benoemd op de kaart"
WIJKSCAN_PLAATSEN = [
    ("1", "Beschermend"),
    ("2", "Eerder beschermend"),
    ("3", "Midden: beide of wisselend"),
    ("4", "Eerder risicovol"),
    ("5", "Risicovol"),
]
WIJKSCAN_WEET_NIET = ("weet-niet", "Weet niet")
