"""A plain-text table as the benches print it: columns padded to their widest cell, a rule of
dashes under the header rows. A leaf: imports no other bench module."""

from __future__ import annotations


def toon_tabel(regels: list, koprijen: int = 1) -> None:
    """Print ``regels`` (rows of cells, the first ``koprijen`` of them headers) aligned."""
    breedte = [max(len(str(rij[i])) for rij in regels) for i in range(len(regels[0]))]
    for j, rij in enumerate(regels):
        print("  ".join(str(c).ljust(breedte[i]) for i, c in enumerate(rij)))
        if j == koprijen - 1:
            print("  ".join("-" * b for b in breedte))
