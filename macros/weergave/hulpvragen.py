"""View of the help questions (Bijlage 3): the six steps as a checklist that keeps answers.

Takes the page's ``Paginacontext`` and returns ``Markup``.
"""

from __future__ import annotations

from markupsafe import Markup

from .context import Paginacontext
from .middelen import SCRIPTS, gedeelde_scripts


def hulpvragen(w: Paginacontext) -> Markup:
    """Every step with its intro, question groups and questions, and the checklist's controls."""
    return w.render("hulpvragen.md.j2", hv=w.k.hulpvragen, script=w.naar(SCRIPTS["checklist"]), gedeeld=gedeelde_scripts(w))
