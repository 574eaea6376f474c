"""In-text literature citations: find them in text and match them to the reference list.

Plain Python, no MkDocs imports. Handles the source's forms:
"(Arnstein, 1969)", "(Gubbels, Assink & van der Put, 2024; Adjiembaks, 2018)",
"(Servaas et al, 2021, p. 5)", "Gubbels et al. (2016)", "Arnstein (1969)".
A citation that names no reference of the list is reported, never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .kennis import Kennis
from .model import Bron

PARTIKELS = {"van", "de", "der", "den", "ter", "te", "het", "'t", "von", "la", "le", "du", "da", "di"}

# One parenthetical group containing at least one year.
_HAAKJES = re.compile(r"\(([^()]*?\b(?:1[89]|20)\d{2}[a-z]?\b[^()]*)\)")
# One author-year segment inside such a group.
_SEGMENT = re.compile(
    r"(?P<auteurs>[A-ZÀ-Ýa-z'][^;()]*?)[,\s]+(?P<jaar>(?:1[89]|20)\d{2})(?P<letter>[a-z])?\b(?P<rest>[^;]*)"
)
# Narrative form: Surname [et al.|& Surname|en Surname] (year)
_VERHALEND = re.compile(
    r"\b(?P<auteurs>(?:[A-ZÀ-Ý][\w'À-ÿ-]+,\s+(?:(?:van|de|der|den|ter)\s+)*)*[A-ZÀ-Ý][\w'À-ÿ-]+(?:\s+(?:et al\.?|(?:&|&amp;|en)\s+(?:(?:van|de|der|den)\s+)*[A-ZÀ-Ý][\w'À-ÿ-]+))?)\s+\((?P<jaar>(?:1[89]|20)\d{2})(?P<letter>[a-z])?\)"
)


def normaal(naam: str) -> str:
    naam = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", naam)


def namen_in(auteurs: str) -> list[str]:
    """Surnames in an author string, particles and initials dropped, in order."""
    woorden = re.findall(r"[A-Za-zÀ-ÿ'’-]+\.?", auteurs.replace("&amp;", " "))
    namen = []
    for w in woorden:
        if w.lower() in PARTIKELS or w.lower() in {"et", "al", "al.", "en", "and", "p", "p.", "zie", "o.a", "o.a."}:
            continue
        if w.endswith(".") or (len(w) <= 2 and w[:1].isupper()):
            continue  # initials
        if not w[:1].isupper():
            continue
        namen.append(normaal(w))
    return [n for n in namen if n]


_WOORD = re.compile(r"[^\s,;]+")
_GEEN_NAAM = PARTIKELS | {"et", "al", "al.", "en", "and", "&", "&amp;"}


def _begin_auteurs(tekst: str) -> int:
    """Where the author names start: after the last ordinary lowercase word
    ("zie ook de Braziliaanse studie van Santos et al" -> "Santos et al")."""
    woorden = list(_WOORD.finditer(tekst))
    laatste = -1
    for i, w in enumerate(woorden):
        if w.group(0)[:1].islower() and w.group(0).lower().rstrip(".") not in _GEEN_NAAM:
            laatste = i
    if laatste < 0:
        return 0
    for w in woorden[laatste + 1:]:
        if w.group(0)[:1].isupper():
            return w.start()
    return len(tekst)


@dataclass(frozen=True)
class Citaat:
    tekst: str  # the text of the citation as printed (author part + year)
    begin: int
    eind: int
    auteur: str  # normalised first surname
    jaar: int
    bron: str | None  # matched reference id, None when not in the list


class Matcher:
    def __init__(self, bronnen: list[Bron]):
        self.per_sleutel: dict[tuple[str, int], list[Bron]] = {}
        for b in bronnen:
            if b.auteurs and b.jaar:
                self.per_sleutel.setdefault((normaal(b.auteurs[0]), b.jaar), []).append(b)
            for vorm in b.ook_geciteerd_als:
                naam, jaar = vorm.rsplit(" ", 1)
                self.per_sleutel.setdefault((namen_in(naam)[0], int(jaar)), []).append(b)

    def zoek(self, namen: list[str], jaar: int, letter: str | None) -> str | None:
        if not namen:
            return None
        kandidaten = self.per_sleutel.get((namen[0], jaar), [])
        if len(kandidaten) > 1 and len(namen) > 1:
            # every further author the citation names must be an author of the entry
            verder = [b for b in kandidaten if set(namen[1:]) <= {normaal(a) for a in b.auteurs[1:]}]
            kandidaten = verder or kandidaten
        if len(kandidaten) > 1 and letter:
            metletter = [b for b in kandidaten if b.id.endswith(f"{jaar}{letter}")]
            kandidaten = metletter or kandidaten
        return kandidaten[0].id if len(kandidaten) == 1 else None


_matchers: dict[int, tuple[Kennis, Matcher]] = {}


def matcher_voor(kennis: Kennis) -> Matcher:
    hit = _matchers.get(id(kennis))
    if hit is None or hit[0] is not kennis:
        _matchers.clear()
        hit = _matchers[id(kennis)] = (kennis, Matcher(kennis.bronnen))
    return hit[1]


def vind(tekst: str, kennis: Kennis) -> list[Citaat]:
    """Every author-year citation in ``tekst`` (plain or HTML-escaped text)."""
    return vind_met(tekst, matcher_voor(kennis))


def vind_met(tekst: str, m: Matcher) -> list[Citaat]:
    """``vind`` with a matcher over a reference list (no knowledge base needed)."""
    gevonden: list[Citaat] = []
    for groep in _HAAKJES.finditer(tekst):
        start = groep.start(1)
        for seg in _SEGMENT.finditer(groep.group(1)):
            ruw = seg.group("auteurs")
            knip = _begin_auteurs(ruw)
            auteurs = ruw[knip:].strip(" ,")
            namen = namen_in(auteurs)
            if not namen:
                continue
            jaar = int(seg.group("jaar"))
            begin = start + seg.start("auteurs") + knip + (len(ruw[knip:]) - len(ruw[knip:].lstrip(" ,")))
            eind = start + seg.end("letter") if seg.group("letter") else start + seg.end("jaar")
            gevonden.append(Citaat(tekst[begin:eind], begin, eind, namen[0], jaar, m.zoek(namen, jaar, seg.group("letter"))))
    bezet = [(c.begin, c.eind) for c in gevonden]
    for v in _VERHALEND.finditer(tekst):
        if any(b <= v.start() < e for b, e in bezet):
            continue
        namen = namen_in(v.group("auteurs"))
        if not namen:
            continue
        jaar = int(v.group("jaar"))
        gevonden.append(Citaat(v.group(0), v.start(), v.end(), namen[0], jaar, m.zoek(namen, jaar, v.group("letter"))))
    return sorted(gevonden, key=lambda c: c.begin)
