"""Cross-file checks: unique ids and references to ids that exist.

Runs after every file has been validated on its own, also when some are invalid: a
check runs when the files it needs could be read (a file with invalid list items takes
part with its valid items). Each problem names the file and line of the offending id
or reference.
"""

from __future__ import annotations

import re

from typing import Iterable

from .fouten import DataFout
from .hernoemd import hernoemd_fouten

# files with a 'lijsten:' section (samenwerking.yml first: it also holds randvoorwaarden)
LIJSTBESTANDEN = ("samenwerking.yml", "gemeenschap.yml", "opgroeicontext.yml")


def _dubbele_ids(bestanden: Iterable, pad_naar_lijst: tuple[str, ...], soort: str, gezien: dict) -> list[DataFout]:
    """Ids in ``bestand.model.<pad>`` that were already seen (in this or an earlier file)."""
    fouten = []
    for bestand in bestanden:
        if bestand.model is None:
            continue
        items = bestand.model
        for deel in pad_naar_lijst:
            items = getattr(items, deel)
        for i, item in enumerate(items):
            if item.id in gezien:
                fouten.append(bestand.fout((*pad_naar_lijst, i, "id"), f"{soort}-id '{item.id}' komt al voor in {gezien[item.id]}"))
            else:
                gezien[item.id] = bestand.naam
    return fouten


def _kaartwaarde(kaart, veld: str, soort: type):
    """A card's id or volgorde, also from a card that is invalid elsewhere."""
    if kaart.model is not None:
        return getattr(kaart.model, veld)
    waarde = kaart.boom.get(veld) if isinstance(kaart.boom, dict) else None
    return waarde if isinstance(waarde, soort) and not isinstance(waarde, bool) else None


def _kaartfouten(kaarten: list) -> list[DataFout]:
    """Cards sharing an id or a volgorde: reported at every card concerned (which of
    them is the new one, the check cannot know)."""
    fouten: list[DataFout] = []
    for veld, soort, tekst in (("id", str, "interventie-id '{w}' komt ook voor in {andere}"),
                               ("volgorde", int, "volgorde {w} wordt ook gebruikt door {andere}; geef elke kaart een eigen volgorde")):
        per_waarde: dict = {}
        for kaart in kaarten:
            waarde = _kaartwaarde(kaart, veld, soort)
            if waarde is not None:
                per_waarde.setdefault(waarde, []).append(kaart)
        for waarde, groep in per_waarde.items():
            for kaart in groep if len(groep) > 1 else []:
                andere = ", ".join(k.naam for k in groep if k is not kaart)
                fouten.append(kaart.fout((veld,), tekst.format(w=waarde, andere=andere)))
    return fouten


def controleer_verwijzingen(bestanden: dict, kaarten: list) -> list[DataFout]:
    """Every cross-file problem that the readable files show."""
    fouten = _kaartfouten([k for k in kaarten if k.boom is not None])
    b = bestanden
    geladen = {naam for naam, x in b.items() if x.model is not None}

    fouten += _dubbele_ids([b["factoren.yml"]], ("factoren",), "factor", {})
    fouten += _dubbele_ids([b["indicatoren.yml"]], ("indicatoren",), "indicator", {})
    fouten += _dubbele_ids([b["samenwerking.yml"]], ("randvoorwaarden",), "randvoorwaarde", {})
    fouten += _dubbele_ids([b[n] for n in LIJSTBESTANDEN], ("lijsten",), "lijst", {})
    fouten += _dubbele_ids([b["hulpvragen.yml"]], ("stappen",), "stap", {})
    fouten += _dubbele_ids([b["literatuur.yml"]], ("bronnen",), "bron", {})
    fouten += _dubbele_ids([b["begrippen.yml"]], ("begrippen",), "begrip", {})
    fouten += _dubbele_ids([b["figuren.yml"]], ("figuren",), "figuur", {})
    fouten += _dubbele_ids([b["letop.yml"]], ("letop",), "waarschuwing", {})

    for naam in set(LIJSTBESTANDEN) & geladen:
        bestand = b[naam]
        for li, lijst in enumerate(bestand.model.lijsten):
            gezien: dict[str, int] = {}
            for ii, item in enumerate(lijst.items):
                if item.id in gezien:
                    fouten.append(bestand.fout(("lijsten", li, "items", ii, "id"), f"item-id '{item.id}' komt twee keer voor in deze lijst"))
                gezien[item.id] = ii

    hv = b["hulpvragen.yml"]
    vraag_ids: set[str] = set()
    for si, stap in enumerate(hv.model.stappen if hv.model is not None else []):
        if hv.volledig and stap.nummer != si + 1:
            fouten.append(hv.fout(("stappen", si, "nummer"), f"stap {si + 1} heeft nummer {stap.nummer}; nummer de stappen 1, 2, 3, … in volgorde"))
        for gi, groep in enumerate(stap.groepen):
            for vi, vraag in enumerate(groep.vragen):
                if vraag.id in vraag_ids:
                    fouten.append(hv.fout(("stappen", si, "groepen", gi, "vragen", vi, "id"), f"vraag-id '{vraag.id}' komt al voor; elke vraag heeft een eigen id"))
                vraag_ids.add(vraag.id)

    fouten += _bestaande_ids(b, geladen)
    if "hernoemd.yml" in b:
        bekend = {"kaarten": {k.model.id for k in kaarten if k.model is not None}}
        if "hulpvragen.yml" in geladen:
            bekend["vragen"] = vraag_ids
        if "indicatoren.yml" in geladen:
            bekend["indicatoren"] = {i.id for i in b["indicatoren.yml"].model.indicatoren}
        fouten += hernoemd_fouten(b["hernoemd.yml"], bekend)
    fouten += _wijzigingen_per_kaart(b["wijzigingen.yml"], kaarten)
    if {"koppelingen.yml", "hulpvragen.yml", "samenwerking.yml", "factoren.yml", "indicatoren.yml"} <= geladen:
        gemeld: list[DataFout] = []

        def onbekend(bestand, pad, waarde, soort, bekend):
            if waarde not in bekend:
                gemeld.append(bestand.fout(pad, f"onbekende {soort} '{waarde}'; die id bestaat niet"))

        fouten += _koppelingen(b, [k for k in kaarten if k.boom is not None], onbekend) + gemeld
    return fouten


def _ids(bestand, lijst: str) -> set[str]:
    """Ids of a list in a file, also of items that are invalid elsewhere (so a reference
    to them is not reported as unknown on top of their own error). Only for a file whose
    model loaded: its tree is a mapping."""
    items = bestand.boom.get(lijst) if isinstance(bestand.boom.get(lijst), list) else []
    return {x.get("id") for x in items if isinstance(x, dict) and isinstance(x.get("id"), str)}


def _bestaande_ids(b: dict, geladen: set[str]) -> list[DataFout]:
    """References to ids that must exist; each runs when its files could be read."""
    fouten: list[DataFout] = []

    def heeft(*namen: str) -> bool:
        return all(n in geladen for n in namen)

    def onbekend(bestand, pad, waarde, soort, bekend):
        if waarde not in bekend:
            fouten.append(bestand.fout(pad, f"onbekende {soort} '{waarde}'; die id bestaat niet"))

    bron_ids = _ids(b["literatuur.yml"], "bronnen") if heeft("literatuur.yml") else None

    def bronnen_van(naam, lijstpad):
        if bron_ids is None or not heeft(naam):
            return
        bestand = b[naam]
        for i, item in enumerate(getattr(bestand.model, lijstpad[0])):
            for j, sleutel in enumerate(item.bronnen):
                onbekend(bestand, (*lijstpad, i, "bronnen", j), sleutel, "bron (data/literatuur.yml)", bron_ids)

    bronnen_van("factoren.yml", ("factoren",))
    if heeft("factoren.yml", "indicatoren.yml"):
        f = b["factoren.yml"]
        indicator_ids = _ids(b["indicatoren.yml"], "indicatoren")
        indicator_niveau = {x.id: x.niveau for x in b["indicatoren.yml"].model.indicatoren}
        for i, factor in enumerate(f.model.factoren):
            for j, ind in enumerate(factor.indicatoren):
                pad = ("factoren", i, "indicatoren", j)
                onbekend(f, pad, ind, "indicator (data/indicatoren.yml)", indicator_ids)
                if ind in indicator_niveau and indicator_niveau[ind] != factor.niveau:
                    fouten.append(f.fout(pad, f"indicator '{ind}' hoort bij niveau {indicator_niveau[ind]}, de factor bij {factor.niveau}"))
    bronnen_van("samenwerking.yml", ("randvoorwaarden",))
    for naam in LIJSTBESTANDEN:
        bronnen_van(naam, ("lijsten",))
    bronnen_van("begrippen.yml", ("begrippen",))
    if heeft("wijzigingen.yml", "uitgave.yml"):
        w = b["wijzigingen.yml"]
        u = b["uitgave.yml"].model
        if w.model.versies and (w.model.versies[0].versie, w.model.versies[0].datum) != (u.versie, u.datum):
            fouten.append(w.fout(("versies", 0, "versie"), f"de nieuwste versie hier ({w.model.versies[0].versie}, {w.model.versies[0].datum}) moet gelijk zijn aan versie en datum in data/uitgave.yml ({u.versie}, {u.datum})"))
    if not heeft(*LIJSTBESTANDEN):
        return fouten
    lijst_ids = set().union(*(_ids(b[n], "lijsten") for n in LIJSTBESTANDEN))
    if heeft("samenwerking.yml"):
        s = b["samenwerking.yml"]
        for i, r in enumerate(s.model.randvoorwaarden):
            if r.lijst:
                onbekend(s, ("randvoorwaarden", i, "lijst"), r.lijst, "lijst", lijst_ids)
    if heeft("figuren.yml"):
        fig = b["figuren.yml"]
        for i, figuur in enumerate(fig.model.figuren):
            if figuur.status == "herbouwd" and not (figuur.lijst or figuur.indicatoren):
                fouten.append(fig.fout(("figuren", i, "status"), "bij status herbouwd hoort een veld lijst (id van een lijst) of indicatoren (gezin of gemeenschap)"))
            if figuur.lijst:
                onbekend(fig, ("figuren", i, "lijst"), figuur.lijst, "lijst", lijst_ids)
    return fouten


def _koppelingen(b: dict, kaarten: list, onbekend) -> list[DataFout]:
    """data/koppelingen.yml: every step and target id must exist (issue 16 item 3). Ids
    are read from the trees, so a target with an error of its own is not unknown too."""
    fouten: list[DataFout] = []
    kp = b["koppelingen.yml"]
    bekend = {
        "wijkscan": {"wijkscan"},
        "stap": _ids(b["hulpvragen.yml"], "stappen"),
        "randvoorwaarde": _ids(b["samenwerking.yml"], "randvoorwaarden"),
        "interventie": {_kaartwaarde(k, "id", str) for k in kaarten},
        "factor": _ids(b["factoren.yml"], "factoren"),
        "indicator": _ids(b["indicatoren.yml"], "indicatoren"),
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


def _wijzigingen_per_kaart(w, kaarten: list) -> list[DataFout]:
    """data/wijzigingen.yml: a change that names a card (``kaart:``) names one that exists."""
    if w.model is None:
        return []
    bekend = {_kaartwaarde(k, "id", str) for k in kaarten if k.boom is not None}
    fouten = []
    for i, versie in enumerate(w.model.versies):
        for j, wijziging in enumerate(versie.wijzigingen):
            if wijziging.kaart is not None and wijziging.kaart not in bekend:
                fouten.append(w.fout(("versies", i, "wijzigingen", j, "kaart"), f"onbekende interventiekaart '{wijziging.kaart}'; er is geen data/interventies/{wijziging.kaart}.yml"))
    return fouten
