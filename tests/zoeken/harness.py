"""Run the public query set through the site's own search UI, like a user on a phone.

Shared by tests/browser/test_zoekkwaliteit.py (`make test`) and scripts/bench_zoeken.py
(`make bench`). Plain Python + Playwright (sync API); no test framework needed.

Contract with the search engine (issue 12): after it has rendered the results for the
current value of ``input.md-search__input``, the element ``.md-search-result`` carries the
attribute ``data-sw-zoekvraag`` equal to that exact value (also when there are no results).
`zoek` waits on that state. ``modus="material"`` is ONLY for measuring today's Material
search (baseline, bench), which has no such attribute: it waits until Material's result
meta text shows a count for the typed value and the result list has stopped changing.
"""

from __future__ import annotations

import statistics
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

ZOEKVRAGEN = Path(__file__).with_name("zoekvragen.yml")
TOP = 5
INVOER = "input.md-search__input"
RESULTAAT = ".md-search-result"
LINK = "a.md-search-result__link"
MODI = ("contract", "material")
# Material baseline only: how long (ms, measured in the page) the result list must stay
# unchanged after Material showed a count, before the results count as final.
MATERIAL_STIL_MS = 400

# Installed in every page: records when the user last changed the query (input event) and
# when the results were last rendered, so latency is measured inside the page.
_METER_JS = """
(() => {
  if (window.__swZoekMeter) return;
  const m = window.__swZoekMeter = {invoer: 0, klaar: 0, mutatie: 0, klaarVoor: null};
  document.addEventListener('input', (e) => {
    if (e.target && e.target.matches && e.target.matches('input.md-search__input')) {
      m.invoer = performance.now(); m.klaar = 0; m.klaarVoor = null;
    }
  }, true);
  const start = () => {
    const res = document.querySelector('.md-search-result');
    if (!res) { requestAnimationFrame(start); return; }
    new MutationObserver(() => {
      const nu = performance.now();
      m.mutatie = nu;
      const invoer = document.querySelector('input.md-search__input');
      const vraag = res.getAttribute('data-sw-zoekvraag');
      if (invoer && vraag !== null && vraag === invoer.value && m.klaarVoor !== vraag) {
        m.klaar = nu; m.klaarVoor = vraag;
      }
    }).observe(res, {subtree: true, childList: true, attributes: true, characterData: true});
  };
  start();
})();
"""

_CONTRACT_KLAAR_JS = """
(vraag) => {
  const invoer = document.querySelector('input.md-search__input');
  const res = document.querySelector('.md-search-result');
  return !!invoer && !!res && invoer.value === vraag && res.getAttribute('data-sw-zoekvraag') === vraag;
}
"""

# BASELINE ONLY (today's Material search, no contract attribute): the meta line shows a
# count ("3 overeenkomende documenten") or "Geen ..." and nothing in the result list has
# changed for MATERIAL_STIL_MS.
_MATERIAL_KLAAR_JS = """
([vraag, stil]) => {
  const invoer = document.querySelector('input.md-search__input');
  const meta = document.querySelector('.md-search-result__meta');
  const m = window.__swZoekMeter;
  if (!invoer || !meta || !m || invoer.value !== vraag) return false;
  if (!/\\d|Geen/.test(meta.textContent)) return false;
  return m.mutatie > m.invoer && performance.now() - m.mutatie >= stil;
}
"""


@dataclass
class Zoekvraag:
    vraag: str
    soort: str
    verwacht: list[str]


@dataclass
class Uitslag:
    """One query's outcome: ``paginas`` are the result pages, site-relative, in rank order."""

    vraag: Zoekvraag
    paginas: list[str]
    ms: float | None = None  # last keystroke -> results rendered, in ms (page clock)

    @property
    def rang(self) -> int | None:
        """1-based rank of the first expected page, None if absent."""
        for i, p in enumerate(self.paginas, 1):
            if p in self.vraag.verwacht:
                return i
        return None

    @property
    def raak(self) -> bool:
        return self.rang is not None and self.rang <= TOP

    @property
    def leeg(self) -> bool:
        return not self.paginas


@dataclass
class Score:
    uitslagen: list[Uitslag] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """recall@5: share of queries with an expected page among the first 5 result pages."""
        return sum(u.raak for u in self.uitslagen) / len(self.uitslagen)

    @property
    def mrr(self) -> float:
        """Mean reciprocal rank of the first expected page (0 when it is not returned)."""
        return sum(1 / u.rang if u.rang else 0 for u in self.uitslagen) / len(self.uitslagen)

    @property
    def leeg(self) -> int:
        return sum(u.leeg for u in self.uitslagen)

    @property
    def mediaan_ms(self) -> float | None:
        tijden = [u.ms for u in self.uitslagen if u.ms is not None]
        return statistics.median(tijden) if tijden else None

    def per_soort(self) -> dict[str, tuple[int, int]]:
        """soort -> (hits in top 5, queries)."""
        uit: dict[str, tuple[int, int]] = {}
        for u in self.uitslagen:
            raak, n = uit.get(u.vraag.soort, (0, 0))
            uit[u.vraag.soort] = (raak + u.raak, n + 1)
        return uit


def laad_zoekvragen(pad: Path = ZOEKVRAGEN) -> list[Zoekvraag]:
    """The query set; raises ValueError on a malformed entry."""
    data = yaml.safe_load(pad.read_text(encoding="utf-8"))
    vragen = []
    for i, v in enumerate(data["vragen"]):
        if not isinstance(v.get("vraag"), str) or not v.get("verwacht") or not v.get("soort"):
            raise ValueError(f"{pad.name}: vraag {i + 1} mist vraag, soort of verwacht: {v!r}")
        vragen.append(Zoekvraag(v["vraag"], v["soort"], list(v["verwacht"])))
    return vragen


def vouw(tekst: str) -> str:
    """Lower case without diacritics (financiële -> financiele)."""
    return "".join(c for c in unicodedata.normalize("NFKD", tekst.lower()) if not unicodedata.combining(c))


def site_relatief(href: str, basis: str) -> str | None:
    """Absolute result link -> site-relative page path ('hoofdstuk-2/gezinsniveau.html'),
    without query or fragment; None for a link outside the site. ``basis`` ends with '/'."""
    delen = urlsplit(href)
    zonder = f"{delen.scheme}://{delen.netloc}{delen.path}"
    if not zonder.startswith(basis):
        return None
    pad = unquote(zonder[len(basis):])
    if pad == "" or pad.endswith("/"):
        pad += "index.html"
    return pad


def installeer_meter(context) -> None:
    """Add the in-page latency meter to every page of a Playwright ``context``."""
    context.add_init_script(_METER_JS)


def open_zoeken(page) -> None:
    """Open the search dialog as a phone user does (the magnifier in the header)."""
    invoer = page.locator(INVOER)
    if not invoer.is_visible():
        page.locator('label.md-header__button[for="__search"]').click()
    invoer.wait_for(state="visible")
    invoer.focus()


def zoek(page, vraag: str, basis: str, modus: str = "contract", timeout_ms: float = 60_000) -> tuple[list[str], float | None]:
    """Type ``vraag`` into the open search field and return (result pages, latency ms).

    Result pages are site-relative paths in rank order, each page once. Latency: from the
    last input event to the render for that value (contract mode), or to the last change of
    the result list (material mode). Raises playwright's TimeoutError when the results for
    ``vraag`` never appear within ``timeout_ms``.
    """
    if modus not in MODI:
        raise ValueError(f"modus {modus!r}; kies uit {MODI}")
    invoer = page.locator(INVOER)
    invoer.press("Control+a")
    invoer.press("Backspace")
    invoer.press_sequentially(vraag)
    if modus == "contract":
        page.wait_for_function(_CONTRACT_KLAAR_JS, arg=vraag, timeout=timeout_ms)
    else:
        page.wait_for_function(_MATERIAL_KLAAR_JS, arg=[vraag, MATERIAL_STIL_MS], timeout=timeout_ms, polling=50)
    hrefs = page.eval_on_selector_all(LINK, "els => els.map(a => a.href)")
    paginas: list[str] = []
    for h in hrefs:
        p = site_relatief(h, basis)
        if p and p not in paginas:
            paginas.append(p)
    m = page.evaluate("() => window.__swZoekMeter")
    ms = None
    if m:
        eind = m["klaar"] if modus == "contract" else m["mutatie"]
        if eind and m["invoer"]:
            ms = eind - m["invoer"]
    return paginas, ms


def draai_set(page, basis: str, vragen: list[Zoekvraag], modus: str = "contract",
              startpagina: str = "index.html") -> Score:
    """Open ``basis + startpagina`` in ``page`` (its context must have `installeer_meter`),
    open search and run every query in order; returns the Score."""
    page.goto(basis + startpagina)
    open_zoeken(page)
    score = Score()
    for v in vragen:
        paginas, ms = zoek(page, v.vraag, basis, modus)
        score.uitslagen.append(Uitslag(v, paginas, ms))
    return score


def tabel_mislukt(score: Score) -> str:
    """Plain-text table of the queries that missed the top 5, for failure messages."""
    regels = [f"{'vraag':<34} {'soort':<16} {'rang':>4}  top 5 | verwacht"]
    for u in score.uitslagen:
        if not u.raak:
            regels.append(f"{u.vraag.vraag:<34} {u.vraag.soort:<16} {u.rang or '-':>4}  "
                          f"{', '.join(u.paginas[:TOP]) or '(leeg)'} | {', '.join(u.vraag.verwacht)}")
    return "\n".join(regels)


def samenvatting(score: Score) -> str:
    soorten = ", ".join(f"{s} {r}/{n}" for s, (r, n) in sorted(score.per_soort().items()))
    return (f"recall@5 {score.recall:.3f}, MRR {score.mrr:.3f}, leeg {score.leeg}/{len(score.uitslagen)}"
            f" (per soort: {soorten})")
