"""`report FILE.html` (issue 14): the job search as one self-contained page of charts.

The figures are checked on hand-made applications; the page is checked as a browser shows it:
headless Chromium (Debian's `chromium`) opens the file with the network off, takes a screenshot,
and the regions where the charts are must hold a drawing (not a blank box), and its DOM must hold
the SVGs. A hostile company name must reach the page as text.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from clirun import cli
from watcher.applications import FINAL_STAGES, Application, JobMailEvent

try:
    import matplotlib  # noqa: F401 - the `report` extra, which the `test` extra includes
except ImportError:
    if os.environ.get("CI"):
        raise
    pytest.skip("matplotlib is not installed: pip install -e '.[test]'", allow_module_level=True)

from watcher import charts  # noqa: E402
from watcher.jobreport import follow_up_hint, render_job_report, summarize  # noqa: E402

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
HOSTILE = "<script>alert('pwned')</script> & Co"
CHART_IDS = ("funnel", "by-company", "by-ats", "per-month")


def event(kind: str, when: datetime, company: str, n: int, ats: str | None = None) -> JobMailEvent:
    return JobMailEvent(
        account="me@example.com",
        message_key=f"<{company}-{kind}-{n}@example.com>",
        when=when,
        kind=kind,
        company=company,
        role="Data Analyst",
        ats=ats,
        subject=f"Your application at {company}",
        sender=f"jobs@{n}.example.com",
    )


def application(
    n: int, company: str, applied: datetime, answers: Sequence[tuple[str, int]], ats: str | None = None
) -> Application:
    """An application made on `applied`, then answered (kind, days later) in order."""
    events = [event("applied", applied, company, n, ats)]
    events += [event(kind, applied + timedelta(days=d), company, n, ats) for kind, d in answers]
    stage_of = {
        "rejection": "rejected",
        "position_closed": "closed",
        "offer": "offer",
        "interview": "interview",
    }
    stage = stage_of[answers[-1][0]] if answers else "applied"
    last = events[-1].when
    waiting = (NOW - last).days if stage in ("applied", "interview") else None
    if stage == "applied" and waiting is not None and waiting > 30:
        stage = "no_reply"
    return Application(
        id=f"app{n}",
        company=company,
        role="Data Analyst",
        ats=ats,
        events=tuple(events),
        stage=stage,
        applied_at=applied,
        first_answer_at=events[1].when if len(events) > 1 else None,
        last_event_at=last,
        days_waiting=waiting,
    )


def year_of_applications() -> list[Application]:
    """42 applications over a year: answered, interviewed, offered, silent, one hostile name."""
    apps = []
    companies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", HOSTILE]
    systems = ["Greenhouse", "Lever", "Workday", None]
    for n in range(42):
        applied = datetime(2026, 1, 5, tzinfo=UTC) + timedelta(days=8 * n)
        company = companies[n % len(companies)]
        answers: list[tuple[str, int]] = []
        if n % 6 == 0:
            answers = [("interview", 6 + n % 5), ("offer", 20)]
        elif n % 6 in (1, 2):
            answers = [("rejection", 3 + n % 9)]
        elif n % 6 == 3:
            answers = [("interview", 10), ("rejection", 25)]
        elif n % 6 == 4 and n < 30:
            answers = [("position_closed", 14)]
        apps.append(application(n, company, applied, answers, systems[n % len(systems)]))
    return apps


def test_the_figures_of_a_year() -> None:
    apps = year_of_applications()
    s = summarize(apps)
    funnel = dict(s.funnel)
    assert funnel["applied"] == 42
    assert funnel["offer"] == sum(1 for n in range(42) if n % 6 == 0)
    assert funnel["interview"] == sum(1 for n in range(42) if n % 6 in (0, 3))
    assert funnel["heard back"] == sum(1 for a in apps if len(a.events) > 1)
    assert s.months[0] == "2026-01" and s.months[-1] == "2026-12"
    assert sum(map(sum, s.outcomes.values())) == sum(len(a.events) - 1 for a in apps)
    acme = dict((c, d) for c, d, _n in s.answer_days_by_company)["Acme"]
    acme_days = sorted(
        (a.first_answer_at - a.applied_at).days  # type: ignore[operator]
        for a in apps
        if a.company == "Acme" and a.first_answer_at
    )
    assert acme == acme_days[len(acme_days) // 2] or len(acme_days) % 2 == 0
    # The longest wait comes first, and the hint names it.
    assert [a.days_waiting for a in s.waiting] == sorted(
        (a.days_waiting or 0 for a in s.waiting), reverse=True
    )
    assert follow_up_hint(s).startswith(f"Follow up with {s.waiting[0].company} about Data Analyst first:")


def test_the_summary_line_separates_finished_from_open_and_names_each_stage() -> None:
    apps = year_of_applications()
    stages = Counter(a.stage for a in apps)
    finished = sum(n for stage, n in stages.items() if stage in FINAL_STAGES)
    page = render_job_report(apps, NOW)
    line = page.split("<small>", 1)[1].split("</small>", 1)[0]
    assert f"{finished} finished, {len(apps) - finished} still open." in line
    for stage, words in (("rejected", "rejected"), ("closed", "position closed"), ("offer", "offer")):
        assert f"{stages[stage]} {words}" in line
    assert " closed," not in line.replace("position closed", "")  # "closed" alone is never ambiguous


def test_an_answer_without_an_acknowledgement_has_no_answer_time() -> None:
    """The first mail seen was the rejection: when the application went out is unknown."""
    answered = application(1, "Acme", NOW - timedelta(days=40), [("rejection", 12)])
    unacknowledged = application(2, "Globex", NOW - timedelta(days=20), [])
    only_answer = event("rejection", NOW - timedelta(days=20), "Globex", 2)
    unacknowledged = Application(
        **{
            **unacknowledged.__dict__,
            "events": (only_answer,),
            "stage": "rejected",
            "days_waiting": None,
            # as build_applications has it: applied = the first event, which is also the answer
            "applied_at": only_answer.when,
            "first_answer_at": only_answer.when,
        }
    )
    s = summarize([answered, unacknowledged])
    assert s.answer_days_by_company == [("Acme", 12.0, 1)]


def test_nobody_waiting_long_is_said_plainly() -> None:
    recent = [application(1, "Acme", NOW - timedelta(days=3), [])]
    assert follow_up_hint(summarize(recent)) == "Nothing has been waiting two weeks yet: no follow-up needed."


def test_the_page_is_self_contained_and_escapes_mail_text() -> None:
    page = render_job_report(year_of_applications(), NOW)
    assert page.count("<svg") == len(CHART_IDS)
    assert "<script" not in page.lower(), "a company name must not become a script"
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt; &amp; Co" in page
    # Nothing is fetched: no external script, stylesheet, font or image.
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page)
    assert "@import" not in page and not re.search(r"url\((?!#)", page)
    # Several SVGs in one document: their ids (glyphs, clip paths) must not collide.
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids)) and len(ids) > 20
    assert 'aria-label="days to a first answer by company"' in page


def test_an_empty_record_still_makes_a_page() -> None:
    page = render_job_report([], NOW)
    assert page.count("<svg") == len(CHART_IDS) and "no applications recorded yet" in page
    assert "No open applications." in page


def test_without_matplotlib_report_says_how_to_install_it(tmp_path: Path) -> None:
    blocker = tmp_path / "blocked"
    blocker.mkdir()
    (blocker / "matplotlib.py").write_text("raise ImportError('not installed here')\n")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1]), str(blocker)]),
        "REJECTION_WATCHER_HOME": str(tmp_path / "home"),
    }
    result = cli("report", str(tmp_path / "r.html"), env=env)
    assert result.returncode != 0 and not (tmp_path / "r.html").exists()
    assert result.stderr == (
        "error: the report draws its charts with matplotlib: pip install 'rejection-watcher[report]'\n"
    )


def test_report_before_any_pass_says_what_to_run(tmp_path: Path) -> None:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
        "REJECTION_WATCHER_HOME": str(tmp_path / "home"),
    }
    result = cli("report", str(tmp_path / "r.html"), env=env)
    assert result.returncode != 0 and not (tmp_path / "r.html").exists()
    assert result.stderr.startswith("error: no state yet at ") and result.stderr.count("\n") == 1
    assert "once --since YYYY-MM-DD" in result.stderr
    assert not (tmp_path / "home" / "state").exists(), "asking creates no state database"


def test_mathtext_in_a_company_name_is_drawn_as_text() -> None:
    """matplotlib reads $...$ as a formula: a name with dollars must neither fail nor vanish."""
    svg = charts.hbars(["$ale$ & $ons", "Acme"], [3, 4], label="x", xlabel="days")
    assert svg.startswith("<svg") and "$ale$ &amp; $ons" in svg  # kept in the glyph comment


# ----- the page in a real browser ---------------------------------------------------------


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("chromium is not installed: tests/run installs Debian's `chromium` package")
    pytest.skip("chromium is not installed (apt-get install --no-install-recommends chromium)")


def run_chromium(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--user-data-dir={home / 'profile'}",
        # The page must render with the network shut: any fetch would fail.
        "--proxy-server=127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        *args,
    ]
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)


def test_the_page_renders_its_charts_in_chromium(tmp_path: Path) -> None:
    from matplotlib.image import imread

    page = tmp_path / "report.html"
    write_page(page)
    # Where each chart is: a copy of the page with a script that writes the boxes into the DOM
    # (the report itself has no script), read back with --dump-dom.
    probe = tmp_path / "probe.html"
    probe.write_text(
        page.read_text().replace(
            "</body>",
            "<script>document.body.setAttribute('data-boxes', JSON.stringify("
            f"{json.dumps(list(CHART_IDS))}.map(id => {{ const r = document.getElementById(id)"
            ".querySelector('svg').getBoundingClientRect(); return [id, r.left, r.top, r.width, r.height]; })))"
            "</script></body>",
        )
    )
    size = "--window-size=1100,3200"
    dom = run_chromium("--dump-dom", size, probe.as_uri(), home=tmp_path)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert dom.stdout.count("<svg") == len(CHART_IDS), "the SVGs are in the DOM"
    boxes_json = re.search(r'data-boxes="([^"]*)"', dom.stdout)
    assert boxes_json, dom.stdout[:500]
    boxes = json.loads(boxes_json.group(1).replace("&quot;", '"'))
    assert [b[0] for b in boxes] == list(CHART_IDS)

    shot = tmp_path / "shot.png"
    taken = run_chromium(f"--screenshot={shot}", size, page.as_uri(), home=tmp_path)
    assert taken.returncode == 0 and shot.exists(), taken.stderr[-2000:]
    pixels = imread(str(shot))[..., :3]
    height, width = pixels.shape[:2]
    keep = os.environ.get("RW_REPORT_SCREENSHOT")
    if keep:
        shutil.copy(shot, keep)
    for chart_id, left, top, box_w, box_h in boxes:
        assert box_w > 200 and box_h > 60, f"{chart_id} has no size: {box_w}x{box_h}"
        assert top + box_h <= height and left + box_w <= width, f"{chart_id} is outside the screenshot"
        region = pixels[int(top) : int(top + box_h), int(left) : int(left + box_w)]
        drawn = (region.min(axis=2) < 0.85).mean()
        colored = (region.max(axis=2) - region.min(axis=2) > 0.25).mean()
        assert drawn > 0.02, f"{chart_id}: only {drawn:.1%} of its box is drawn on"
        assert colored > 0.005, f"{chart_id}: no coloured bars ({colored:.2%})"
    # Between the charts, the page is white: the check above is not passing on a grey page.
    margin = pixels[:, : int(min(b[1] for b in boxes)) - 5]
    assert margin.size == 0 or (margin.min(axis=2) > 0.95).mean() > 0.99


def write_page(path: Path | str) -> None:
    Path(path).write_text(render_job_report(year_of_applications(), NOW), encoding="utf-8")
