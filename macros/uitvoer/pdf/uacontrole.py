"""An independent PDF/UA check of a finished PDF: the ``pdfua`` package plus structure
checks with pikepdf for what it does not cover.

``controleer(pdf) -> list[Bevinding]`` reads a PDF (bytes or path) and returns every
finding; an empty list means the file passes. ``tel(bevindingen)`` counts them per kind.

Kinds of finding (``Bevinding.soort``):

* ``pdfua:<rule id>``: a finding of the ``pdfua`` package (any severity), or a rule
  it could not run (``…:niet-uitgevoerd``, so a crashing rule fails the check instead
  of passing silently). Its empty-heading rule UA-14-001 (0.1.3) raises ValueError on
  our files (it asks a plain MCID number for a key); ``lege-kop`` below replaces it.
* ``lege-kop``: a heading element without any content.
* ``th-zonder-scope``: a table header cell without ``/Scope`` Column, Row or Both.
* ``tabel-gesplitst``, ``lijst-gesplitst``, ``deel-gesplitst``: one HTML element that
  became two structure elements at a page break (adjacent siblings of the same kind,
  the second on the next page and not starting with a heading or a caption; a /Part or
  /Art whose second part starts with a deeper heading than the first is split too).
* ``kop-voet-geen-artefact``: marked content (running headers/footers) that no
  element reachable from the structure root owns: it must be an /Artifact.
* ``link-beschrijving``: a link annotation whose /Contents is missing, only a scheme
  (``https://``) or, for a link inside the document, its destination name (a slug).
* ``link-niet-onder-link``: a link annotation whose structure parent is not a /Link.
* ``link-gesplitst``: two adjacent /Link elements with the same target.
* ``lijstitem-zonder-lbody``: a list item with children other than Lbl and one LBody.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from .uastructuur import Bevinding, _structuur

VERVANGEN_REGELS = {"UA-14-001"}  # pdfua rules replaced by our own check (see module docstring)


def tel(bevindingen: list[Bevinding]) -> dict[str, int]:
    """Number of findings per kind, sorted by kind."""
    return dict(sorted(Counter(b.soort for b in bevindingen).items()))


def controleer(pdf: bytes | Path) -> list[Bevinding]:
    """All findings for one PDF (see the module docstring). Raises ``pikepdf.PdfError``
    when the file is not a PDF."""
    data = pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes()
    return _pdfua(data) + _structuur(data)


# ---- the pdfua package ---------------------------------------------------------------
def _pdfua(data: bytes) -> list[Bevinding]:
    import tempfile

    from pdfua import Validator, ValidatorOptions, default_registry

    registry = default_registry()
    regels = [r for r in registry if r.id not in VERVANGEN_REGELS]
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        report = Validator(ValidatorOptions(registry=_Registry(regels))).validate(f.name)
    uit = []
    for uitkomst in report.outcomes:
        if uitkomst.skipped:
            uit.append(Bevinding(f"pdfua:{uitkomst.rule_id}:niet-uitgevoerd", None, uitkomst.skipped_reason or ""))
        for f in uitkomst.findings:
            uit.append(Bevinding(f"pdfua:{f.rule_id}", f.location.page, f.message))
    return uit


class _Registry(list):
    """The shape ``ValidatorOptions.registry`` iterates over: a sequence of rules."""


def rapport(paden: list[Path]) -> str:
    """One line per PDF: its name and the number of findings per kind."""
    regels = []
    for pad in paden:
        telling = tel(controleer(pad))
        regels.append(f"{pad.name}: {sum(telling.values())} " + (str(telling) if telling else "(geen bevindingen)"))
    return "\n".join(regels)


if __name__ == "__main__":  # python -m macros.uitvoer.pdf.uacontrole site/downloads/*.pdf
    print(rapport([Path(a) for a in sys.argv[1:]]))
