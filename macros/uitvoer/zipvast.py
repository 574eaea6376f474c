"""Reproducible files: one fixed timestamp from the content date (``vast_moment``), and zip-based
office files rewritten so the same content always gives the same bytes (``vaste_zip``).

Every entry gets one fixed timestamp and fixed attributes; entries are sorted by name,
except those in ``eerst`` (ODF requires ``mimetype`` first and stored uncompressed).
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime


def vaste_zip(inhoud: bytes, moment: datetime, eerst: tuple[str, ...] = (), ongecomprimeerd: tuple[str, ...] = ()) -> bytes:
    with zipfile.ZipFile(io.BytesIO(inhoud)) as bron:
        items = {info.filename: bron.read(info) for info in bron.infolist()}
    volgorde = [n for n in eerst if n in items] + sorted(n for n in items if n not in eerst)
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w") as doel:
        for naam in volgorde:
            info = vaste_info(naam, moment, gecomprimeerd=naam not in ongecomprimeerd)
            doel.writestr(info, items[naam], compresslevel=9 if naam not in ongecomprimeerd else None)
    return uit.getvalue()


def vaste_info(naam: str, moment: datetime, gecomprimeerd: bool = True) -> zipfile.ZipInfo:
    """A zip entry with the fixed timestamp and attributes (write it with compresslevel=9)."""
    info = zipfile.ZipInfo(naam, date_time=moment.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED if gecomprimeerd else zipfile.ZIP_STORED
    info.create_system = 3  # fixed, whatever the host OS
    info.external_attr = 0o644 << 16
    return info


def vast_moment(datum: str) -> datetime:
    """The fixed timestamp of every file: the content date (YYYY-MM-DD) at 12:00 UTC."""
    try:
        dag = date.fromisoformat(str(datum)[:10])
    except ValueError as e:
        raise ValueError(f"datum moet de vorm JJJJ-MM-DD hebben, niet {datum!r}") from e
    if dag.year < 1980:  # the earliest date a zip entry can carry
        raise ValueError(f"datum {datum!r} ligt vóór 1980")
    return datetime(dag.year, dag.month, dag.day, 12, 0, 0)
