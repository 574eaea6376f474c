"""Thin MkDocs glue: validate data first, add one page per intervention card.

An editor adds a card by adding data/interventies/<id>.yml; this hook puts it in
the navigation and generates its page, so no other file has to change.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.structure.files import File  # noqa: E402

from macros import downloads  # noqa: E402
from macros.wijzigingsdatum import git_datums, nederlandse_datum, pagina_datum  # noqa: E402
from macros.mkdocs_glue import kennis_voor, verrijker_voor  # noqa: E402
from macros.verrijking import voetnoten_met_bronnummer  # noqa: E402
from macros.plaatsen import INTERVENTIES_OVERZICHT, interventie_pagina  # noqa: E402


def _kaarten_in_nav(nav: list, kaarten: list) -> bool:
    """Append the card pages to the nav section that holds the overview page."""
    for item in nav:
        if isinstance(item, dict):
            for waarde in item.values():
                if isinstance(waarde, list):
                    if INTERVENTIES_OVERZICHT in waarde or any(
                        isinstance(x, dict) and INTERVENTIES_OVERZICHT in x.values() for x in waarde
                    ):
                        waarde.extend({k.naam: interventie_pagina(k.id)} for k in kaarten)
                        return True
                    if _kaarten_in_nav(waarde, kaarten):
                        return True
    return False


def on_config(config):
    kennis = kennis_voor(config)  # stops the build before anything is written
    if config.get("nav") and not _kaarten_in_nav(config["nav"], kennis.interventies):
        raise RuntimeError(f"{INTERVENTIES_OVERZICHT} staat niet in nav van mkdocs.yml")
    return config


def on_files(files, config):
    kennis = kennis_voor(config)
    for kaart in kennis.interventies:
        inhoud = f'{{{{ interventiekaart("{kaart.id}") }}}}\n'
        files.append(File.generated(config, interventie_pagina(kaart.id), content=inhoud))
    # Downloads are made inside the build: strict mode checks links to them and they
    # land in every copy of the site (also an offline one).
    for pad, data in downloads.bestanden(kennis).items():
        files.append(File.generated(config, pad, content=data))
    return files


def on_page_content(html, page, config, files):
    """Link citations to the reference list and first uses of glossary terms."""
    html = voetnoten_met_bronnummer(html)
    return verrijker_voor(config).verrijk(html, page.file.src_uri)


_datums: dict = {}


def on_pre_build(config):
    _datums.clear()
    _datums.update(git_datums(ROOT))


def on_page_markdown(markdown, page, config, files):
    """'Laatst bijgewerkt' from git: the page's source and the data it is made from."""
    src = page.file.src_uri
    bronnen = [f"docs/{src}"] if not page.file.generated_by else []
    if src.startswith("interventies/") and page.file.generated_by:
        bronnen.append(f"data/{src.removesuffix('.md')}.yml")
    if "{{" in page.file.content_string:
        bronnen += [p for p in _datums if p.startswith("data/") and p.count("/") == 1]
    datum = pagina_datum(_datums, bronnen)
    kennis = kennis_voor(config)
    if datum:
        page.meta["revision_date"] = f"Laatst bijgewerkt: {nederlandse_datum(datum)}"
    else:
        page.meta["revision_date"] = f"Inhoudsversie {kennis.uitgave.versie} ({kennis.uitgave.datum})"
    return markdown
