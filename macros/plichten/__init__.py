"""Stage 3c, a government site's duties: what every page and the host must carry.

What it does: the feedback route of mkdocs.yml as links and a mailto (``terugmelding``),
``/.well-known/security.txt`` (``securitytxt``) and the Content-Security-Policy with the other
security headers in their three deliveries (``beveiliging``). May import: ``macros.inhoud``,
``macros.weergave``, markupsafe and the standard library. Must not import: outputs, search,
the MkDocs layer or MkDocs itself.
"""
