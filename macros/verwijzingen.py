"""Cross-file checks: unique ids and references to ids that exist.

Runs after every file has been validated on its own; each problem names the file
and line of the offending id or reference.
"""

from __future__ import annotations

import re

from typing import Iterable

from .fouten import DataFout

# files with a 'lijsten:' section (samenwerking.yml first: it also holds randvoorwaarden)
LIJSTBESTANDEN = ("samenwerking.yml", "gemeenschap.yml", "opgroeicontext.yml")


def _dubbele_ids(bestanden: Iterable, pad_naar_lijst: tuple[str, ...], soort: str, gezien: dict) -> list[DataFout]:
    """Ids in ``bestand.model.<pad>`` that were already seen (in this or an earlier file)."""
    fouten = []
    for bestand in bestanden:
        items = bestand.model
        for deel in pad_naar_lijst:
            items = getattr(items, deel)
        for i, item in enumerate(items):
            if item.id in gezien:
                fouten.append(bestand.fout((*pad_naar_lijst, i, "id"), f"{soort}-id '{item.id}' komt al voor in {gezien[item.id]}"))
            else:
                gezien[item.id] = bestand.naam
    return fouten


def controleer_verwijzingen(bestanden: dict, kaarten: list) -> list[DataFout]:
    fouten: list[DataFout] = []
    b = bestanden

    fouten += _dubbele_ids([b["factoren.yml"]], ("factoren",), "factor", {})
    fouten += _dubbele_ids([b["indicatoren.yml"]], ("indicatoren",), "indicator", {})
    fouten += _dubbele_ids([b["samenwerking.yml"]], ("randvoorwaarden",), "randvoorwaarde", {})
    fouten += _dubbele_ids([b[n] for n in LIJSTBESTANDEN], ("lijsten",), "lijst", {})
    fouten += _dubbele_ids([b["hulpvragen.yml"]], ("stappen",), "stap", {})
    fouten += _dubbele_ids([b["literatuur.yml"]], ("bronnen",), "bron", {})
    fouten += _dubbele_ids([b["begrippen.yml"]], ("begrippen",), "begrip", {})
    fouten += _dubbele_ids([b["figuren.yml"]], ("figuren",), "figuur", {})

    for naam in LIJSTBESTANDEN:
        bestand = b[naam]
        for li, lijst in enumerate(bestand.model.lijsten):
            gezien: dict[str, int] = {}
            for ii, item in enumerate(lijst.items):
                if item.id in gezien:
                    fouten.append(bestand.fout(("lijsten", li, "items", ii, "id"), f"item-id '{item.id}' komt twee keer voor in deze lijst"))
                gezien[item.id] = ii

    hv = b["hulpvragen.yml"]
    vraag_ids: set[str] = set()
    for si, stap in enumerate(hv.model.stappen):
        if stap.nummer != si + 1:
            fouten.append(hv.fout(("stappen", si, "nummer"), f"stap {si + 1} heeft nummer {stap.nummer}; nummer de stappen 1, 2, 3, … in volgorde"))
        for gi, groep in enumerate(stap.groepen):
            for vi, vraag in enumerate(groep.vragen):
                if vraag.id in vraag_ids:
                    fouten.append(hv.fout(("stappen", si, "groepen", gi, "vragen", vi, "id"), f"vraag-id '{vraag.id}' komt al voor; elke vraag heeft een eigen id"))
                vraag_ids.add(vraag.id)

    kaart_ids: dict[str, str] = {}
    volgordes: dict[int, str] = {}
    for kaart in kaarten:
        if kaart.model.id in kaart_ids:
            fouten.append(kaart.fout(("id",), f"interventie-id '{kaart.model.id}' komt al voor in {kaart_ids[kaart.model.id]}"))
        kaart_ids[kaart.model.id] = kaart.naam
        if kaart.model.volgorde in volgordes:
            fouten.append(kaart.fout(("volgorde",), f"volgorde {kaart.model.volgorde} is al gebruikt door {volgordes[kaart.model.volgorde]}"))
        volgordes[kaart.model.volgorde] = kaart.naam

    # references to ids that must exist
    bron_ids = {x.id for x in b["literatuur.yml"].model.bronnen}
    indicator_ids = {x.id for x in b["indicatoren.yml"].model.indicatoren}

    def onbekend(bestand, pad, waarde, soort, bekend):
        if waarde not in bekend:
            fouten.append(bestand.fout(pad, f"onbekende {soort} '{waarde}'; die id bestaat niet"))

    def bronnen_van(bestand, lijstpad, items):
        for i, item in enumerate(items):
            for j, sleutel in enumerate(item.bronnen):
                onbekend(bestand, (*lijstpad, i, "bronnen", j), sleutel, "bron (data/literatuur.yml)", bron_ids)

    f = b["factoren.yml"]
    bronnen_van(f, ("factoren",), f.model.factoren)
    indicator_niveau = {x.id: x.niveau for x in b["indicatoren.yml"].model.indicatoren}
    for i, factor in enumerate(f.model.factoren):
        for j, ind in enumerate(factor.indicatoren):
            pad = ("factoren", i, "indicatoren", j)
            onbekend(f, pad, ind, "indicator (data/indicatoren.yml)", indicator_ids)
            if ind in indicator_niveau and indicator_niveau[ind] != factor.niveau:
                fouten.append(f.fout(pad, f"indicator '{ind}' hoort bij niveau {indicator_niveau[ind]}, de factor bij {factor.niveau}"))
    s = b["samenwerking.yml"]
    bronnen_van(s, ("randvoorwaarden",), s.model.randvoorwaarden)
    bronnen_van(s, ("lijsten",), s.model.lijsten)
    for naam in LIJSTBESTANDEN[1:]:
        bronnen_van(b[naam], ("lijsten",), b[naam].model.lijsten)
    bronnen_van(b["begrippen.yml"], ("begrippen",), b["begrippen.yml"].model.begrippen)
    w = b["wijzigingen.yml"]
    u = b["uitgave.yml"].model
    if w.model.versies and (w.model.versies[0].versie, w.model.versies[0].datum) != (u.versie, u.datum):
        fouten.append(w.fout(("versies", 0, "versie"), f"de nieuwste versie hier ({w.model.versies[0].versie}, {w.model.versies[0].datum}) moet gelijk zijn aan versie en datum in data/uitgave.yml ({u.versie}, {u.datum})"))
    lijst_ids = {x.id for n in LIJSTBESTANDEN for x in b[n].model.lijsten}
    for i, r in enumerate(s.model.randvoorwaarden):
        if r.lijst:
            onbekend(s, ("randvoorwaarden", i, "lijst"), r.lijst, "lijst", lijst_ids)
    fouten += _koppelingen(b, kaarten, onbekend)
    fig = b["figuren.yml"]
    for i, figuur in enumerate(fig.model.figuren):
        if figuur.status == "herbouwd" and not (figuur.lijst or figuur.indicatoren):
            fouten.append(fig.fout(("figuren", i, "status"), "bij status herbouwd hoort een veld lijst (id van een lijst) of indicatoren (gezin of gemeenschap)"))
        if figuur.lijst:
            onbekend(fig, ("figuren", i, "lijst"), figuur.lijst, "lijst", lijst_ids)
    return fouten


def _koppelingen(b: dict, kaarten: list, onbekend) -> list[DataFout]:
    """data/koppelingen.yml: every step and target id must exist (issue 16 item 3)."""
    fouten: list[DataFout] = []
    kp = b["koppelingen.yml"]
    bekend = {
        "wijkscan": {"wijkscan"},
        "stap": {s.id for s in b["hulpvragen.yml"].model.stappen},
        "randvoorwaarde": {r.id for r in b["samenwerking.yml"].model.randvoorwaarden},
        "interventie": {k.model.id for k in kaarten},
        "factor": {f.id for f in b["factoren.yml"].model.factoren},
        "indicator": {i.id for i in b["indicatoren.yml"].model.indicatoren},
    }
    paragraaf = re.compile(r"^(\d+(\.\d+)*|bijlage-\d+)$")

    def doelen(pad, verbanden):
        for j, v in enumerate(verbanden):
            if v.naar == "paragraaf":
                if not paragraaf.match(v.id):
                    fouten.append(kp.fout((*pad, j, "id"), f"'{v.id}' is geen paragraaf (zoals 3.2 of bijlage-3)"))
            else:
                onbekend(kp, (*pad, j, "id"), v.id, v.naar, bekend[v.naar])

    gezien: dict[str, int] = {}
    for i, s in enumerate(kp.model.stappen):
        onbekend(kp, ("stappen", i, "stap"), s.stap, "stap (data/hulpvragen.yml)", bekend["stap"])
        if s.stap in gezien:
            fouten.append(kp.fout(("stappen", i, "stap"), f"stap '{s.stap}' staat hier al; zet alle verbanden van een stap bij elkaar"))
        gezien[s.stap] = i
        doelen(("stappen", i, "verbanden"), s.verbanden)
    doelen(("wijkscan",), kp.model.wijkscan)
    return fouten
