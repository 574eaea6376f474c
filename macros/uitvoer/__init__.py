"""Stage 3a, the outputs: every file the build makes besides the pages.

What it does: the help-question downloads as DOCX, ODT and PDF (``exports``), the open data and
its DCAT catalogue (``exports.opendata``, ``exports.catalogus``), the PDFs of the knowledge
document and the cards with their PDF/UA repairs and checks (``pdf``), the downloads catalogue
(``downloads``), reproducible zips (``zipvast``), the print documents' shared head
(``drukbasis``) and the minifier of the built site (``verkleinen``). May import: ``macros.inhoud``,
``macros.weergave`` and their libraries. Must not import: search, duties, the MkDocs layer or
MkDocs itself; inside, ``exports`` may use ``pdf`` but never the other way round.
"""
