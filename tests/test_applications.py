"""The linking rules of the job-search record, on plain events (no server, no database):
thread first, then company + role, a role-less answer only to the company's one open
application, never a guess between two; stages, dates and "no reply yet"; merges and splits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from watcher.applications import (
    FINAL_STAGES,
    STAGES,
    Application,
    JobMailEvent,
    Override,
    application_id,
    ats_name,
    build_applications,
    normalise_company,
    normalise_role,
)

T0 = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
NOW = T0 + timedelta(days=200)


def ev(
    key: str,
    kind: str,
    day: float,
    company: str | None = "Acme",
    role: str | None = None,
    *,
    reply_to: str | None = None,
    refs: tuple[str, ...] = (),
) -> JobMailEvent:
    return JobMailEvent(
        account="sam",
        message_key=f"<{key}>",
        when=T0 + timedelta(days=day),
        kind=kind,
        company=company,
        role=role,
        ats=None,
        subject=f"{kind} {key}",
        sender="hr@acme.example",
        in_reply_to=f"<{reply_to}>" if reply_to else None,
        references=tuple(f"<{r}>" for r in refs),
    )


def build(
    *events: JobMailEvent, overrides: tuple[Override, ...] = (), now: datetime = NOW
) -> list[Application]:
    return build_applications(events, now=now, overrides=overrides)


def keys(apps: list[Application]) -> list[list[str]]:
    return [[e.message_key.strip("<>") for e in a.events] for a in apps]


# --- matching keys ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Acme GmbH", "ACME"),
        ("Fernhill Analytics Ltd.", "fernhill-analytics"),
        ("Müller & Söhne GmbH & Co. KG", "Muller Sohne"),
        ("Northwind Logistics, Inc.", "Northwind Logistics"),
    ],
)
def test_company_names_match_without_legal_form_case_or_punctuation(a: str, b: str) -> None:
    assert normalise_company(a) == normalise_company(b) != ""


def test_different_companies_stay_different() -> None:
    assert normalise_company("Acme Robotics") != normalise_company("Acme Analytics")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Data Engineer (m/w/d)", "data engineer"),
        ("Data Engineer (w/m/d) - Ref. 4711", "Data Engineer"),
        ("Softwareentwickler:in Backend (all genders)", "Softwareentwickler Backend"),
        ("Product Designer, Req ID R-20931", "product designer"),
        ("Werkstudent (m/f/d) #1234", "Werkstudent"),
        ("Backend Engineer – Kennziffer 12/24", "Backend Engineer"),
    ],
)
def test_role_titles_match_without_gender_markers_reference_numbers_or_case(a: str, b: str) -> None:
    assert normalise_role(a) == normalise_role(b) != ""


def test_senior_and_junior_roles_stay_different() -> None:
    assert normalise_role("Senior Data Engineer") != normalise_role("Data Engineer")


def test_the_ats_is_named_from_its_sending_domain() -> None:
    assert ats_name(["greenhouse-mail.io"]) == "Greenhouse"
    assert ats_name(["acme.example", "wd3.myworkday.com"]) == "Workday"
    assert ats_name(["acme.example"]) is None


# --- linking ---------------------------------------------------------------------------------


def test_a_reply_in_the_thread_joins_its_application_whatever_its_company() -> None:
    apps = build(
        ev("ack", "applied", 0, "Acme", "Data Engineer"),
        ev("inv", "interview", 10, None, None, reply_to="ack"),
        ev("rej", "rejection", 30, "Acme Recruiting Team", None, refs=("ack", "inv")),
    )
    assert keys(apps) == [["ack", "inv", "rej"]]


def test_same_company_and_role_link_without_a_thread() -> None:
    apps = build(
        ev("ack", "applied", 0, "Acme GmbH", "Data Engineer (m/w/d)"),
        ev("rej", "rejection", 20, "ACME", "data engineer - Ref. 4711"),
    )
    assert keys(apps) == [["ack", "rej"]]


def test_two_roles_at_one_company_are_two_applications() -> None:
    apps = build(
        ev("ack1", "applied", 0, role="Data Engineer"),
        ev("ack2", "applied", 2, role="Platform Engineer"),
        ev("rej2", "rejection", 20, role="Platform Engineer"),
        ev("inv1", "interview", 25, role="Data Engineer"),
    )
    assert keys(apps) == [["ack1", "inv1"], ["ack2", "rej2"]]


def test_an_answer_without_a_role_joins_the_companys_only_open_application() -> None:
    apps = build(
        ev("ack1", "applied", 0, role="Data Engineer"),
        ev("rej1", "rejection", 10, role="Data Engineer"),
        ev("ack2", "applied", 40, role="Analytics Engineer"),
        ev("inv2", "interview", 50, role=None),  # ack1's application is closed: one open left
    )
    assert keys(apps) == [["ack1", "rej1"], ["ack2", "inv2"]]


def test_an_answer_without_a_role_is_never_guessed_between_two_open_applications() -> None:
    apps = build(
        ev("ack1", "applied", 0, role="Data Engineer"),
        ev("ack2", "applied", 1, role="Analytics Engineer"),
        ev("rej", "rejection", 20, role=None),
    )
    assert keys(apps) == [["ack1"], ["ack2"], ["rej"]]


def test_an_answer_with_a_role_joins_the_companys_only_open_application_if_that_has_none() -> None:
    apps = build(ev("ack", "applied", 0, role=None), ev("rej", "rejection", 12, role="Data Engineer"))
    assert keys(apps) == [["ack", "rej"]]
    assert apps[0].role == "Data Engineer"


def test_a_role_with_trailing_words_matches_when_nothing_matches_exactly() -> None:
    """A subject's "– Stelle nicht besetzt" caught in the title, a location after it."""
    apps = build(
        ev("ack", "applied", 0, role="IT-Architekt (m/w/d)"),
        ev("closed", "position_closed", 30, role="IT-Architekt – Stelle"),
    )
    assert keys(apps) == [["ack", "closed"]]


def test_a_trailing_word_match_is_not_taken_between_two_applications() -> None:
    apps = build(
        ev("ack1", "applied", 0, role="Software Engineer"),
        ev("ack2", "applied", 1, role="Software Engineer II"),
        ev("inv1", "interview", 20, role="Software Engineer II"),  # exact beats trailing words
        ev("inv2", "interview", 25, role="Software Engineer II Remote"),  # both fit: neither
    )
    assert keys(apps) == [["ack1"], ["ack2", "inv1"], ["inv2"]]


def test_an_answer_naming_another_role_starts_its_own_application() -> None:
    apps = build(ev("ack", "applied", 0, role="Data Engineer"), ev("rej", "rejection", 12, role="Designer"))
    assert keys(apps) == [["ack"], ["rej"]]


def test_a_second_acknowledgement_without_a_role_is_a_new_application() -> None:
    """Applying twice to one company is common; two acknowledgements are two applications."""
    apps = build(ev("ack1", "applied", 0, role=None), ev("ack2", "applied", 5, role=None))
    assert keys(apps) == [["ack1"], ["ack2"]]


def test_reapplying_for_a_role_after_a_rejection_is_a_new_application() -> None:
    apps = build(
        ev("ack1", "applied", 0, role="Data Engineer"),
        ev("rej1", "rejection", 10, role="Data Engineer"),
        ev("ack2", "applied", 120, role="Data Engineer (m/w/d)"),
        ev("inv2", "interview", 130, role="Data Engineer"),
    )
    assert keys(apps) == [["ack1", "rej1"], ["ack2", "inv2"]]


def test_mail_without_a_company_or_thread_stands_alone() -> None:
    apps = build(
        ev("ack", "applied", 0, "Acme", "Data Engineer"), ev("rej", "rejection", 3, None, "Data Engineer")
    )
    assert keys(apps) == [["ack"], ["rej"]]


def test_our_draft_and_follow_up_join_the_mail_they_answer() -> None:
    apps = build(
        ev("ack", "applied", 0, role="Data Engineer"),
        ev("rej", "rejection", 10, role="Data Engineer"),
        ev("draft", "draft", 10.1, None, None, reply_to="rej", refs=("rej",)),
        ev("fu", "followup", 40, None, None, reply_to="draft", refs=("rej", "draft")),
    )
    assert keys(apps) == [["ack", "rej", "draft", "fu"]]
    assert apps[0].stage == "rejected", "our own acts do not change the stage"


def test_another_companys_mail_never_joins() -> None:
    apps = build(
        ev("a", "applied", 0, "Acme", "Data Engineer"), ev("b", "rejection", 5, "Globex", "Data Engineer")
    )
    assert keys(apps) == [["a"], ["b"]]


# --- stages and dates ---------------------------------------------------------------------------


def test_stages_follow_the_companys_last_word() -> None:
    apps = build(
        ev("ack", "applied", 0, role="Data Engineer"),
        ev("inv", "interview", 9, role="Data Engineer"),
        ev("offer", "offer", 30, role="Data Engineer"),
    )
    [app] = apps
    assert (app.stage, app.is_open, app.days_waiting) == ("offer", False, None)
    assert (app.applied_at, app.first_answer_at, app.last_event_at) == (
        T0,
        T0 + timedelta(days=9),
        T0 + timedelta(days=30),
    )


@pytest.mark.parametrize(
    ("kind", "stage"),
    [
        ("rejection", "rejected"),
        ("position_closed", "closed"),
        ("withdrawal", "withdrawn"),
        ("interview", "interview"),
    ],
)
def test_each_answer_sets_its_stage(kind: str, stage: str) -> None:
    [app] = build(
        ev("ack", "applied", 0, role="X"), ev("ans", kind, 5, role="X"), now=T0 + timedelta(days=10)
    )
    assert app.stage == stage


def test_silence_for_the_waiting_limit_is_no_reply_yet() -> None:
    waiting = build(ev("ack", "applied", 0), now=T0 + timedelta(days=29, hours=23))
    silent = build(ev("ack", "applied", 0), now=T0 + timedelta(days=30))
    assert (waiting[0].stage, waiting[0].days_waiting) == ("applied", 29)
    assert (silent[0].stage, silent[0].days_waiting, silent[0].is_open) == ("no_reply", 30, True)
    interviewed = build(
        ev("ack", "applied", 0, role="X"), ev("inv", "interview", 5, role="X"), now=T0 + timedelta(days=60)
    )
    assert interviewed[0].stage == "no_reply" and interviewed[0].days_waiting == 55


def test_the_waiting_limit_is_a_setting() -> None:
    [app] = build_applications([ev("ack", "applied", 0)], now=T0 + timedelta(days=10), waiting_days=7)
    assert app.stage == "no_reply"


def test_without_an_acknowledgement_the_first_event_is_the_application_date() -> None:
    [app] = build(ev("rej", "rejection", 3, role="X"))
    assert (app.applied_at, app.first_answer_at, app.stage) == (T0 + timedelta(days=3),) * 2 + ("rejected",)


def test_the_id_is_stable_and_taken_from_the_first_event() -> None:
    events = (ev("ack", "applied", 0, role="X"), ev("rej", "rejection", 5, role="X"))
    assert build(*events)[0].id == build(*reversed(events))[0].id == application_id("<ack>")


def test_applications_come_oldest_first() -> None:
    apps = build(ev("late", "applied", 50, "Globex"), ev("early", "applied", 1, "Acme"))
    assert keys(apps) == [["early"], ["late"]]


# --- by hand: merge and split -------------------------------------------------------------------


def test_a_merge_puts_two_applications_together_on_every_rebuild() -> None:
    events = (
        ev("ack", "applied", 0, "Acme", "Data Engineer"),
        ev("rej", "rejection", 9, "Acme Talent Team", "Data Eng."),
    )
    assert keys(build(*events)) == [["ack"], ["rej"]]
    merged = build(*events, overrides=(Override("merge", "<ack>", "<rej>"),))
    assert keys(merged) == [["ack", "rej"]] and merged[0].stage == "rejected"
    assert merged[0].id == build(*events)[0].id


def test_a_split_takes_an_event_and_its_replies_into_an_application_of_their_own() -> None:
    events = (
        ev("ack1", "applied", 0, role=None),
        ev("inv", "interview", 5, role=None),  # joins ack1: the company's only open application
        ev("rej", "rejection", 20, None, None, reply_to="inv"),
    )
    assert keys(build(*events)) == [["ack1", "inv", "rej"]]
    split = build(*events, overrides=(Override("split", "<inv>"),))
    assert keys(split) == [["ack1"], ["inv", "rej"]]
    assert [a.stage for a in split] == ["no_reply", "rejected"]


def test_overrides_naming_unknown_mail_are_ignored() -> None:
    events = (ev("ack", "applied", 0),)
    assert keys(
        build(*events, overrides=(Override("merge", "<ack>", "<gone>"), Override("split", "<gone>")))
    ) == [["ack"]]


# --- whatever the mail: nothing lost, nothing twice ---------------------------------------------

_KINDS = (
    "applied",
    "interview",
    "rejection",
    "position_closed",
    "offer",
    "withdrawal",
    "draft",
    "followup",
    "reply_sent",
)
_COMPANIES = (
    None,
    "",
    "Acme",
    "ACME GmbH",
    "Acme Talent Team",
    "Globex",
    "Ünïcode AG",
    "<script>",
    "a" * 300,
)
_ROLES = (None, "", "Data Engineer", "Data Engineer (m/w/d)", "Senior Data Engineer", "Ref 4711", "(m/w/d)")


@st.composite
def _event_lists(draw: st.DrawFn) -> tuple[list[JobMailEvent], list[Override]]:
    n = draw(st.integers(0, 25))
    keys_ = [f"m{i}" for i in range(n)]
    events = []
    for i, key in enumerate(keys_):
        earlier = keys_[:i] + ["never-seen", key]  # a thread id may point anywhere, itself included
        events.append(
            ev(
                key,
                draw(st.sampled_from(_KINDS)),
                draw(st.floats(-400, 400, allow_nan=False)),  # mail arrives out of order too
                draw(st.sampled_from(_COMPANIES)),
                draw(st.sampled_from(_ROLES)),
                reply_to=draw(st.none() | st.sampled_from(earlier)),
                refs=tuple(draw(st.lists(st.sampled_from(earlier), max_size=3))),
            )
        )
    named = [f"<{k}>" for k in keys_] + ["<gone>"]
    overrides = draw(
        st.lists(
            st.builds(
                Override,
                st.sampled_from(["merge", "split", "bogus"]),
                st.sampled_from(named),
                st.none() | st.sampled_from(named),
            ),
            max_size=4,
        )
    )
    if draw(st.booleans()) and events:  # the same mail twice (two folders): still one event
        events.append(events[0])
    return events, overrides


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_event_lists())
def test_every_event_lands_in_exactly_one_application(
    case: tuple[list[JobMailEvent], list[Override]],
) -> None:
    events, overrides = case
    apps = build_applications(events, now=NOW, overrides=overrides)
    placed = [e.message_key for a in apps for e in a.events]
    assert sorted(set(placed)) == sorted({e.message_key for e in events})
    assert len(placed) == len(set(placed)), "an event placed twice"
    assert len({a.id for a in apps}) == len(apps), "two applications with one id"
    for a in apps:
        assert a.events and a.stage in STAGES
        assert [e.when for e in a.events] == sorted(e.when for e in a.events)
        assert a.last_event_at == a.events[-1].when
        assert (a.days_waiting is None) == (a.stage in FINAL_STAGES)
