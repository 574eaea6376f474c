"""`make check`: validate every data file and print all problems in Dutch.

Exit 0 when the data is valid, 1 otherwise. No MkDocs needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from macros.inhoud.fouten import DataFouten
from macros.inhoud.laden import laad_kennis


def main(argv: list[str]) -> int:
    data = Path(argv[1]) if len(argv) > 1 else Path("data")
    try:
        kennis = laad_kennis(data, weergave=str(data))
    except DataFouten as e:
        print(e.tekst(), file=sys.stderr)
        return 1
    print(
        f"Data in orde: {len(kennis.factoren)} factoren, {len(kennis.indicatoren)} indicatoren, "
        f"{len(kennis.randvoorwaarden)} randvoorwaarden, {len(kennis.lijsten)} lijsten, "
        f"{len(kennis.interventies)} interventiekaarten, {kennis.aantal_vragen} hulpvragen, "
        f"{len(kennis.bronnen)} bronnen, {len(kennis.begrippen)} begrippen."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
