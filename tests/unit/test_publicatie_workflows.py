"""The publishing workflows parse and run the same commands as the README."""

from __future__ import annotations

import re
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]


def readme_commando(naam: str) -> str:
    tekst = (ROOT / "README.md").read_text(encoding="utf-8")
    (regel,) = [r for r in re.findall(r"^make [\w-]+", tekst, re.M) if r == f"make {naam}"]
    return regel


def lees(pad: str):
    return YAML(typ="safe").load((ROOT / pad).read_text(encoding="utf-8"))


def test_github_workflow():
    wf = lees(".github/workflows/site.yml")
    stappen = [s.get("run", "") for s in wf["jobs"]["test"]["steps"]]
    for naam in ("check", "site", "test"):
        assert readme_commando(naam) in stappen
    deploy = wf["jobs"]["deploy"]
    assert deploy["needs"] == "test", "publiceren mag alleen na geslaagde tests"
    assert "refs/heads/main" in deploy["if"]
    assert "make site" in [s.get("run", "") for s in deploy["steps"]]
    assert set(wf[True if True in wf else "on"]) >= {"pull_request", "push"}


def test_gitlab_ci():
    ci = lees(".gitlab-ci.yml")
    assert ci["stages"] == ["test", "deploy"]
    for naam in ("check", "site", "test"):
        assert readme_commando(naam) in ci["test"]["script"]
    assert ci["pages"]["stage"] == "deploy" and any(r.endswith("make site") for r in ci["pages"]["script"])
    assert ci["pages"]["artifacts"]["paths"] == ["public"]


def test_ci_run_roept_readme_testcommando_aan():
    regels = [r.strip() for r in (ROOT / ".ci" / "run").read_text().splitlines() if r.strip() and not r.startswith("#")]
    assert regels[-1] == readme_commando("test")


def test_pre_commit_draait_make_check():
    cfg = lees(".pre-commit-config.yaml")
    (hook,) = cfg["repos"][0]["hooks"]
    assert hook["entry"] == readme_commando("check")


def test_github_herbouwt_volgens_schema_met_het_pages_adres():
    # Issue 21 item 5: security.txt expires 180 days after a build, so main is rebuilt and
    # republished on a schedule; the build knows the Pages address (404 page under a sub-path).
    wf = lees(".github/workflows/site.yml")
    aan = wf[True if True in wf else "on"]
    assert aan["schedule"] and all(len(s["cron"].split()) == 5 for s in aan["schedule"])
    deploy = wf["jobs"]["deploy"]
    assert "pull_request" in deploy["if"] and "!=" in deploy["if"], "een geplande run moet ook publiceren"
    stappen = deploy["steps"]
    (pages,) = [s for s in stappen if s.get("uses", "").startswith("actions/configure-pages@")]
    (bouw,) = [s for s in stappen if s.get("run") == "make site"]
    assert bouw["env"]["SW_SITE_URL"] == "${{ steps.%s.outputs.base_url }}/" % pages["id"]
    assert stappen.index(pages) < stappen.index(bouw)


def test_gitlab_bouwt_met_het_pages_adres():
    ci = lees(".gitlab-ci.yml")
    (bouw,) = [r for r in ci["pages"]["script"] if r.endswith("make site")]
    assert bouw.startswith('SW_SITE_URL="${CI_PAGES_URL%/}/"')
    # a scheduled pipeline on the default branch runs test and pages (schedules are set in
    # GitLab's settings, not in this file: the README says so)
    assert any("CI_DEFAULT_BRANCH" in r["if"] for r in ci["test"]["rules"])
    assert "Schedules" in (ROOT / "README.md").read_text(encoding="utf-8")
