"""Mutation testing with mutmut 3 (``make mutants``), one module at a time, fast unit tests only.

For each module in MODULES: a copy of the tracked files in .build/mutanten-werk/<name>/ (so
the repository is never touched), a ``setup.cfg`` there that tells mutmut to mutate only that
module and to run only the module's unit tests, then ``mutmut run`` and the score from
``mutmut results --all true``. Prints one line per module and the survivors; the reasons
for the survivors we keep are in tests/MUTANTEN.md.

    python scripts/mutanten.py                 every module in MODULES
    python scripts/mutanten.py verkleinen      only the modules whose name contains a word
    MUTANTEN_MAX_CHILDREN=1                   mutmut's parallel workers (default 1: shared machine)

mutmut comes from requirements-mutanten.txt (pinned with hashes), installed by the Makefile
in .build/mutanten and put on PYTHONPATH; the project's own packages come from .venv.

JavaScript (JS_MODULES, issue 27 item 3): StrykerJS, pinned in package.json (devDependencies),
configured in stryker.config.json (its own sandbox copy under .build/stryker-tmp, the node:test
unit tests in tests/js/ as the command); its JSON report (.build/stryker/opslag.json) gives the
score. ``python scripts/mutanten.py opslag`` runs only that.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WERK = ROOT / ".build" / "mutanten-werk"
MUTMUT = ROOT / ".build" / "mutanten"

# module -> the fast unit tests that claim to check it (no build, no browser)
MODULES = {
    "macros/uitvoer/verkleinen.py": ["tests/unit/test_verkleinen.py", "tests/unit/test_verkleinen_zuiveren.py"],
    "macros/zoeken/index.py": ["tests/unit/test_zoekindex.py", "tests/unit/test_zoekindex_randen.py"],
    "macros/inhoud/fouten.py": ["tests/unit/test_fouten.py", "tests/unit/test_laden.py"],
    "macros/inhoud/verwijzingen.py": ["tests/unit/test_verwijzingen.py", "tests/unit/test_laden.py",
                                      "tests/unit/test_koppelingen.py"],
    "macros/inhoud/laden.py": ["tests/unit/test_laden_fouten.py", "tests/unit/test_laden.py"],
    # (test_controle_alles.py runs `make check` in a subprocess, which mutmut's trampolines do
    # not follow: it cannot be in a mutation command)
    "macros/inhoud/inhoudscontrole.py": ["tests/unit/test_inhoudscontrole.py", "tests/unit/test_laden.py", "tests/unit/test_letop.py",
                                         "tests/unit/test_redactie.py"],
    "macros/uitvoer/pdf/uastructuur.py": ["tests/unit/test_uacontrole_negatief.py", "tests/unit/test_pdf_nabewerking.py",
                                          "tests/unit/test_pdf_uastructuur.py"],
    "macros/uitvoer/pdf/structuurboom.py": ["tests/unit/test_pdf_nabewerking.py", "tests/unit/test_pdf_structuurboom.py"],
    "macros/uitvoer/pdf/layout.py": ["tests/unit/test_pdf_nabewerking.py", "tests/unit/test_pdf_layout.py"],
    "macros/uitvoer/pdf/nabewerking.py": ["tests/unit/test_pdf_nabewerking.py", "tests/unit/test_pdf_nabewerking_boom.py",
                                          "tests/unit/test_pdf_nabewerking_links.py"],
}
# Modules whose tests are slow per mutant (every data file loaded, ~10 s):
# a fixed random sample of this many mutants (seed STEEKPROEF_ZAAD), so `make mutants` ends
# within the hour on 2 cores; MUTANTEN_STEEKPROEF=0 runs them all, =N samples N everywhere;
# MUTANTEN_ZAAD=S draws another sample (to check that tests written against one sample's
# survivors did not just learn that sample).
# (The PDF modules were sampled too until their unit tests stopped making a PDF per mutant
# (tests/unit/pdfboom.py): a full run of each now takes 3-5 minutes.)
STEEKPROEF = {m: 40 for m in ("macros/inhoud/laden.py", "macros/inhoud/verwijzingen.py",
                              "macros/inhoud/inhoudscontrole.py")}
STEEKPROEF_ZAAD = 27
# JavaScript module -> the node:test files in stryker.config.json's command (for the listing)
JS_MODULES = {"docs/javascripts/opslag.js": ["tests/js/opslag.test.mjs", "tests/js/opslag-bewaren.test.mjs"]}
STRYKER = ROOT / "node_modules" / "@stryker-mutator" / "core" / "bin" / "stryker.js"
STRYKER_RAPPORT = ROOT / ".build" / "stryker" / "opslag.json"
MEE = ("data", "docs", "overrides", "sjablonen", "mkdocs.yml", "pytest.ini", "tests", "scripts")


def kopie(doel: Path) -> None:
    """The tracked files (git ls-files) in ``doel``, and ../shared beside it as in CI."""
    if doel.exists():
        shutil.rmtree(doel)
    bestanden = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.split(b"\0")
    for naam in filter(None, bestanden):
        bron, uit = ROOT / naam.decode(), doel / naam.decode()
        uit.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(bron, uit)
    gedeeld = ROOT.parent / "shared"
    # beside the copy (tests run there for the clean run) and beside mutmut's mutants/ in it
    for naast in (doel.parent / "shared", doel / "shared"):
        if gedeeld.is_dir() and not naast.exists():
            naast.symlink_to(gedeeld, target_is_directory=True)


def instellingen(module: str, tests: list[str]) -> str:
    """mutmut's [mutmut] section (setup.cfg: a list is one value per line)."""
    def lijst(waarden) -> str:
        return "".join(f"\n    {w}" for w in waarden)

    return (
        "[mutmut]\n"
        "source_paths = macros\n"
        f"only_mutate = {module}\n"
        f"pytest_add_cli_args_test_selection ={lijst(tests)}\n"
        f"pytest_add_cli_args ={lijst(['-p', 'no:cacheprovider'])}\n"
        f"also_copy ={lijst(MEE)}\n"
    )


def steekproef(module: str, werk: Path, env: dict) -> list[str]:
    """The names of the sampled mutants of ``module``, or [] for all. mutmut 3 makes its
    mutants only inside ``run``: a run filtered on a name that matches nothing makes them
    (and stops there); the names are then read from its .meta files."""
    n = int(os.environ.get("MUTANTEN_STEEKPROEF", STEEKPROEF.get(module, 0)))
    if not n:
        return []
    subprocess.run([sys.executable, "-m", "mutmut", "run", "geen-mutant-heet-zo"], cwd=werk, env=env,
                   capture_output=True, check=False)
    namen = sorted(k for meta in (werk / "mutants").rglob("*.meta")
                   for k in json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
    if not namen:
        raise SystemExit(f"mutmut maakte geen mutanten voor {module}")
    zaad = int(os.environ.get("MUTANTEN_ZAAD", STEEKPROEF_ZAAD))
    return namen if len(namen) <= n else random.Random(zaad).sample(namen, n)


def draai(module: str, tests: list[str]) -> tuple[int, int, list[str]]:
    """(killed, total, survivors) for one module."""
    naam = module.replace("/", "_").removesuffix(".py")
    werk = WERK / naam
    kopie(werk)
    (werk / "setup.cfg").write_text(instellingen(module, tests), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(MUTMUT), PYTHONDONTWRITEBYTECODE="1", NO_MKDOCS_2_WARNING="1")
    kinderen = os.environ.get("MUTANTEN_MAX_CHILDREN", "1")
    keuze = steekproef(module, werk, env)
    subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children", kinderen, *keuze], cwd=werk, env=env,
                   stdout=subprocess.DEVNULL, check=False)
    uit = subprocess.run([sys.executable, "-m", "mutmut", "results", "--all", "true"], cwd=werk, env=env,
                         capture_output=True, text=True, check=False).stdout
    regels = [r.strip() for r in uit.splitlines() if ":" in r]
    stand = [(r.rsplit(":", 1)[0].strip(), r.rsplit(":", 1)[1].strip()) for r in regels]
    if keuze:
        stand = [(m, st) for m, st in stand if m in keuze]
    gedood = sum(1 for _, s in stand if s == "killed" or s == "timeout")
    levend = [m for m, s in stand if s not in ("killed", "timeout")]
    return gedood, len(stand), [f"{m} ({s})" for (m, s) in stand if m in levend]


def draai_js(module: str, tests: list[str]) -> tuple[int, int, list[str]]:
    """(killed, total, survivors) of StrykerJS on ``module`` (stryker.config.json mutates it)."""
    STRYKER_RAPPORT.unlink(missing_ok=True)  # never read a stale report
    subprocess.run(["node", str(STRYKER), "run"], cwd=ROOT, stdout=subprocess.DEVNULL, check=False)
    if not STRYKER_RAPPORT.exists():
        raise SystemExit(f"StrykerJS gaf geen rapport ({STRYKER_RAPPORT.relative_to(ROOT)}); draai `npx stryker run` voor de fout")
    mutanten = json.loads(STRYKER_RAPPORT.read_text(encoding="utf-8"))["files"][module]["mutants"]
    geteld = [m for m in mutanten if m["status"] not in ("CompileError", "RuntimeError", "Ignored")]
    gedood = sum(1 for m in geteld if m["status"] in ("Killed", "Timeout"))
    levend = [f"{module}:{m['location']['start']['line']}:{m['location']['start']['column']} {m['mutatorName']} "
              f"-> {m.get('replacement', '')!r} ({m['status']})" for m in geteld if m["status"] not in ("Killed", "Timeout")]
    return gedood, len(geteld), levend


def main(woorden: list[str]) -> int:
    alle = {**{m: (draai, t) for m, t in MODULES.items()}, **{m: (draai_js, t) for m, t in JS_MODULES.items()}}
    gekozen = {m: v for m, v in alle.items() if not woorden or any(w in m for w in woorden)}
    rijen = []
    for module, (draaier, tests) in gekozen.items():
        gedood, totaal, levend = draaier(module, tests)
        score = 100 * gedood / totaal if totaal else 0.0
        rijen.append((module, gedood, totaal, score))
        deel = " (steekproef)" if int(os.environ.get("MUTANTEN_STEEKPROEF", STEEKPROEF.get(module, 0))) else ""
        print(f"{module}: {gedood}/{totaal} gedood ({score:.0f} %){deel}", flush=True)
        for m in levend[:200]:
            print(f"  overleeft: {m}", flush=True)
    print("\nmodule | gedood | totaal | score")
    for module, gedood, totaal, score in rijen:
        print(f"{module} | {gedood} | {totaal} | {score:.0f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main([a for a in sys.argv[1:] if re.fullmatch(r"[\w./-]+", a)]))
