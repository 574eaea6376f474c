"""The open data as published: the DCAT catalogue on the built site describes exactly the
files in downloads/open-data/, and its relative addresses resolve to those files."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import rdflib


def test_catalogus_beschrijft_elk_open_data_bestand(site, kennis):
    from rdflib.namespace import DCAT, DCTERMS, RDF

    map_ = site / "downloads" / "open-data"
    catalogi = sorted(map_.glob("*.jsonld"))
    assert len(catalogi) == 1
    catalogus = catalogi[0]
    g = rdflib.Graph().parse(catalogus, format="json-ld", publicID=catalogus.as_uri())
    (dataset,) = g.subjects(RDF.type, DCAT.Dataset)
    bestanden = {p for p in map_.iterdir() if p.is_file() and p != catalogus}
    gevonden = set()
    for d in g.objects(dataset, DCAT.distribution):
        assert (d, RDF.type, DCAT.Distribution) in g
        for adres in (*g.objects(d, DCAT.accessURL), *g.objects(d, DCAT.downloadURL)):
            pad = Path(unquote(urlsplit(str(adres)).path))
            assert pad.is_file(), f"{adres} wijst niet naar een bestand van de site"
            gevonden.add(pad)
        assert str(next(g.objects(d, DCTERMS.modified))) == kennis.uitgave.datum
    assert gevonden == bestanden
