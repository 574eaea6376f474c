"""Stage 1, the content: everything in data/ loaded, validated and held as one knowledge object.

What it does: the pydantic model (``model`` for the entities, ``bestanden`` per data file),
loading with ruamel.yaml and validation with Dutch messages naming file, line and field
(``laden``, ``fouten``, ``vertaling``, ``verwijzingen``, ``inhoudscontrole``, ``citaten``), the
knowledge object with back-links computed once (``kennis``), the fixed sentences about the
source (``teksten``), change dates from git (``wijzigingsdatum``) and what this build leaves
out (``bouwstand``). May import: the standard library, pydantic, ruamel.yaml. Must not import
any other stage of ``macros`` (views, outputs, search, duties, the MkDocs layer) or MkDocs.
"""
