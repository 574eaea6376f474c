"""Fixed sentences about the source document, worded once for every view and output.

Shapes: plain ``str`` constants (Dutch, what visitors and readers of the downloads see).
The site, the knowledge-document PDF, the checklists and the open data all quote them.
"""

from __future__ import annotations

BRONREGEL = (
    "Uit: Samen Weerbaar – kennisdocument, S.D. Adjiembaks & S. Noor, mei 2024, "
    "Expertise-unit Sociale Stabiliteit (ESS), ministerie van SZW. "
    "Hergebruik toegestaan mits de context behouden blijft."
)
#: The published source document, in every note that sends the reader to it (site,
#: knowledge-document PDF, checklists): never to be confused with the PDF this site makes.
BRON_PDF = "de oorspronkelijke PDF van het kennisdocument, gepubliceerd in mei 2024 (niet de PDF van deze kennisbank)"
ONVOLLEDIG = (
    "Let op: deze inleiding is bij de omzetting van de gepubliceerde PDF afgebroken; "
    f"de volledige tekst staat in {BRON_PDF}."
)
#: The reuse clause (open data, DCAT catalogue): worded once.
HERGEBRUIK = (
    "Het kennisdocument Samen Weerbaar (S.D. Adjiembaks & S. Noor, mei 2024, Expertise-unit Sociale "
    "Stabiliteit, ministerie van SZW) of delen ervan mogen door derden onvoorwaardelijk en kosteloos "
    "worden gebruikt, mits de context waarin zaken worden gepresenteerd behouden blijft."
)
