"""`make check`: validate every data file and print all problems in Dutch.

Exit 0 when the data is valid, 1 otherwise. No MkDocs needed. Also warns (exit stays 0) when
an id listed in data/gepubliceerde-ids.yml has disappeared without a rename in
data/hernoemd.yml: people's stored answers under it are no longer shown by the tools.
``--werk-bij`` rewrites data/gepubliceerde-ids.yml from the current data (at a release).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ruamel.yaml import YAML

from macros.inhoud.fouten import DataFouten
from macros.inhoud.hernoemd import GEPUBLICEERD, huidige_ids, verdwenen
from macros.inhoud.kennis import Kennis
from macros.inhoud.laden import laad_kennis
from macros.weergave.interventies import passend_punten

KOP = """\
# Elke id die een uitgave van de site publiceerde en waaronder bezoekers antwoorden kunnen
# bewaren (issue 21). `make check` waarschuwt als een id hieruit verdwijnt zonder regel in
# data/hernoemd.yml. Bijwerken bij een uitgave: .venv/bin/python -m macros.koppeling.controleer --werk-bij
"""


def ids_nu(kennis: Kennis) -> dict[str, list[str]]:
    punten = [p["id"] for k in kennis.interventies for g in passend_punten(k) for p in g["punten"]]
    return huidige_ids(kennis, list(dict.fromkeys(punten)))


def schrijf_gepubliceerd(kennis: Kennis, data: Path) -> None:
    yaml = YAML()
    yaml.default_flow_style = False
    with open(data / GEPUBLICEERD, "w", encoding="utf-8") as f:
        f.write(KOP)
        yaml.dump({s: ids for s, ids in ids_nu(kennis).items()}, f)


def regel_van(data: Path, soort: str, index: int) -> int:
    """The line of entry ``index`` of list ``soort`` in the published-ids file."""
    boom = YAML().load((data / GEPUBLICEERD).read_text(encoding="utf-8"))
    return boom[soort].lc.item(index)[0] + 1


def waarschuwingen(kennis: Kennis, data: Path, weergave: str) -> list[str]:
    if kennis.gepubliceerd is None or kennis.hernoemd is None:
        return []
    return [
        f"{weergave}/{GEPUBLICEERD}:{regel_van(data, soort, i)}: {soort}: waarschuwing: '{id}' was gepubliceerd en "
        f"bestaat niet meer; bewaarde antwoorden van bezoekers staan dan onder 'Niet meer herkende antwoorden'. "
        f"Hernoemd? Zet het in {weergave}/hernoemd.yml. Bewust weg? Werk de lijst bij (--werk-bij)."
        for soort, i, id in verdwenen(kennis.gepubliceerd, ids_nu(kennis), kennis.hernoemd)
    ]


def main(argv: list[str]) -> int:
    argv = list(argv)
    werk_bij = "--werk-bij" in argv
    if werk_bij:
        argv.remove("--werk-bij")
    data = Path(argv[1]) if len(argv) > 1 else Path("data")
    try:
        kennis = laad_kennis(data, weergave=str(data))
    except DataFouten as e:
        print(e.tekst(), file=sys.stderr)
        return 1
    if werk_bij:
        schrijf_gepubliceerd(kennis, data)
        print(f"{data}/{GEPUBLICEERD} bijgewerkt: " + ", ".join(f"{len(v)} {s}" for s, v in ids_nu(kennis).items()))
    for w in waarschuwingen(kennis, data, str(data)):
        print(w, file=sys.stderr)
    print(
        f"Data in orde: {len(kennis.factoren)} factoren, {len(kennis.indicatoren)} indicatoren, "
        f"{len(kennis.randvoorwaarden)} randvoorwaarden, {len(kennis.lijsten)} lijsten, "
        f"{len(kennis.interventies)} interventiekaarten, {kennis.aantal_vragen} hulpvragen, "
        f"{len(kennis.bronnen)} bronnen, {len(kennis.begrippen)} begrippen."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
