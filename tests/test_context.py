"""Context extraction: who wrote, for which company and role, at which stage, and whom to answer.

Measured the way the renderer uses the values: a name counts only at MIN_NAME_CONFIDENCE, a
company, role or stage only at MIN_FACT_CONFIDENCE; below that the reply says nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mailgen import make_message
from watcher.context import ReplyContext, extract_context, is_ats_domain, is_no_reply
from watcher.message import parse
from watcher.reply import MIN_FACT_CONFIDENCE, MIN_NAME_CONFIDENCE

FIXTURES = Path(__file__).parent / "messages"
CASES = sorted(FIXTURES.glob("*.eml"))
FIELDS = ("contact_name", "company", "role", "stage", "language", "recipient")


def expected(path: Path) -> dict[str, Any]:
    return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


REJECTIONS = [p for p in CASES if expected(p)["label"] == "rejection"]

#: Fixture stem -> {field: reason} for values we cannot get right yet (strict: a fix must remove it).
KNOWN_MISSES: dict[str, dict[str, str]] = {}


def used(context: ReplyContext) -> dict[str, str | None]:
    """What the renderer would put in the reply: each value only when it is sure enough."""

    def sure(value: str | None, confidence: float, minimum: float) -> str | None:
        return value if value and confidence >= minimum else None

    return {
        "contact_name": sure(
            context.contact_name.value, context.contact_name.confidence, MIN_NAME_CONFIDENCE
        ),
        "company": sure(context.company.value, context.company.confidence, MIN_FACT_CONFIDENCE),
        "role": sure(context.role.value, context.role.confidence, MIN_FACT_CONFIDENCE),
        "stage": sure(context.stage.value, context.stage.confidence, MIN_FACT_CONFIDENCE)
        or "after_application",
        "language": context.language,
        "recipient": context.recipient.email.lower() if context.recipient else None,
    }


def loose(value: str | None) -> str | None:
    """Case and surrounding punctuation do not matter for a company or a role."""
    return " ".join(value.split()).strip(" .,;:!?\"'()-–—").casefold() or None if value else None


def field_cases() -> list[Any]:
    cases = []
    for path in REJECTIONS:
        for name in FIELDS:
            reason = KNOWN_MISSES.get(path.stem, {}).get(name)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(path, name, id=f"{path.stem}-{name}", marks=marks))
    return cases


@pytest.mark.parametrize(("path", "name"), field_cases())
def test_rejection_fixture_field(path: Path, name: str) -> None:
    want = expected(path)
    truth = {**want["extract"], "language": want["language"]}
    got = used(extract_context(parse(path.read_bytes())))
    if name in {"company", "role"}:
        assert loose(got[name]) == loose(truth[name])
    elif name == "recipient":
        assert got[name] == (truth[name].lower() if truth[name] else None)
    else:
        assert got[name] == truth[name]


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_never_a_wrong_name_or_a_no_reply_recipient(path: Path) -> None:
    """A wrong name is worse than none, and a draft to a no-reply address goes nowhere."""
    truth = expected(path)["extract"]
    context = extract_context(parse(path.read_bytes()))
    name = used(context)["contact_name"]
    assert name is None or name == truth["contact_name"]
    if context.recipient is not None:
        assert not is_no_reply(context.recipient)
        assert not is_ats_domain(context.recipient.domain)
        assert context.recipient_source in {"reply-to", "from", "body"}


# --- the rules, on small messages -------------------------------------------------------------


def context_of(
    body: str, subject: str = "Your application", *, sender: str, reply_to: str | None = None
) -> ReplyContext:
    return extract_context(parse(make_message(body, subject, sender=sender, reply_to=reply_to)))


def sure_name(context: ReplyContext) -> str | None:
    return used(context)["contact_name"]


def test_a_team_signature_gives_no_name_but_names_the_company() -> None:
    context = context_of(
        "Dear Sam,\n\nThank you for applying. Unfortunately we will not move forward.\n\n"
        "Kind regards,\nThe Acme Robotics Talent Team\n",
        sender="Acme Robotics Careers <careers@acme-robotics.com>",
    )
    assert sure_name(context) is None
    assert used(context)["company"] == "Acme Robotics"
    assert context.recipient is not None and context.recipient.email == "careers@acme-robotics.com"


@pytest.mark.parametrize(
    "team",
    [
        "Das Recruiting-Team",
        "Your Acme People Team",
        "L'équipe Recrutement",
        "Acme Talent Acquisition",
        "HR Department",
    ],
)
def test_team_sign_offs_are_never_a_name(team: str) -> None:
    context = context_of(
        f"Hello,\n\nwe decided otherwise.\n\nBest regards,\n{team}\n", sender="Jobs <jobs@acme.com>"
    )
    assert sure_name(context) is None


def test_a_personal_signature_agreeing_with_the_sender_gives_the_first_name() -> None:
    context = context_of(
        "Hi Sam,\n\nThanks for meeting the team on Tuesday. We went with another candidate.\n\n"
        "Best,\nJane\n\nJane Doe | Talent Partner | Acme\n",
        sender="Jane Doe <jane.doe@acme.com>",
    )
    assert sure_name(context) == "Jane"
    assert used(context)["stage"] == "after_interview"


def test_a_last_name_first_display_name_is_read_as_first_name_jane() -> None:
    context = context_of(
        "Hello Sam,\n\nunfortunately we will not proceed.\n\nRegards,\nJane\n",
        sender='"Doe, Jane" <jdoe@example-corp.net>',
    )
    assert sure_name(context) == "Jane"


def test_sender_and_signature_naming_different_people_give_no_name() -> None:
    context = context_of(
        "Hi Sam,\n\nWe decided not to move forward.\n\nBest,\nHannah Becker\nHiring Manager\n",
        sender="Zoë Åkesson <zoe@orbital.space>",
    )
    assert sure_name(context) is None
    assert context.recipient is not None and context.recipient.email == "zoe@orbital.space"


def test_the_candidates_own_name_in_a_quote_is_never_the_contact() -> None:
    context = context_of(
        "Hi Sam,\n\nSorry - we went with someone else for the Store Manager role.\n\nMark\n\n"
        "On Mon, 3 Mar 2025 at 10:00, Sam Taylor <sam.taylor@example.org> wrote:\n> Any news?\n> Thanks,\n> Sam\n",
        subject="Re: Store Manager",
        sender="Mark Hill <mark@pinegrove.com>",
    )
    assert sure_name(context) == "Mark"
    assert used(context)["role"] == "Store Manager"


def test_an_ats_sender_resolves_to_the_employer_named_in_the_text() -> None:
    context = context_of(
        "Hi Sam,\n\nThank you for your interest in Northwind Logistics and for applying to the Data Engineer "
        "position. We will not be moving forward.\n\nThe Northwind Recruiting Team\n",
        sender="Northwind Logistics <no-reply@us.greenhouse-mail.io>",
    )
    assert used(context)["company"] == "Northwind Logistics"
    assert used(context)["role"] == "Data Engineer"
    assert context.recipient is None  # a no-reply ATS address is never the recipient


@pytest.mark.parametrize(
    "sender",
    [
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Workday <acme@myworkday.com>",
        "Careers <noreply@acme.wd3.myworkdayjobs.com>",
    ],
)
def test_the_ats_itself_is_never_the_company_or_the_recipient(sender: str) -> None:
    context = context_of(
        "Hello,\n\nthank you for your interest in the Analyst position at Contoso. "
        "Unfortunately Contoso has decided not to proceed.\n",
        sender=sender,
    )
    assert used(context)["company"] == "Contoso"
    assert context.recipient is None


def test_the_sender_domain_becomes_a_readable_company_but_not_freemail() -> None:
    body = "Hi Sam,\n\nsorry, we will not be moving forward.\n\nRuth\n"
    assert used(context_of(body, sender="Ruth Okafor <ruth@northwind-logistics.com>"))["company"] == (
        "Northwind Logistics"
    )
    assert used(context_of(body, sender="Ruth Okafor <ruth.okafor@gmail.com>"))["company"] is None


def test_legal_suffixes_are_dropped_from_the_company() -> None:
    context = context_of(
        "Sehr geehrter Herr Taylor,\n\nvielen Dank für Ihre Bewerbung bei der Brunnmeier "
        "Logistik GmbH. Leider müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\n"
        "Ihr Recruiting-Team der Brunnmeier Logistik GmbH\n",
        sender="Brunnmeier Logistik GmbH <noreply@softgarden.io>",
    )
    assert used(context)["company"] == "Brunnmeier Logistik"


def test_an_agency_names_its_client_not_itself() -> None:
    context = context_of(
        "Hi Sam,\n\nthe client came back after Thursday's interview: the hiring manager at Dunlevy Foods "
        "went with another candidate for the Supply Chain Planner role.\n\nCheers,\nCallum\n\n"
        "Callum Reid\nSenior Consultant\nBrightlane Recruitment\n",
        subject="Feedback from Dunlevy Foods",
        sender="Callum Reid <callum@brightlane-recruitment.co.uk>",
    )
    assert used(context)["company"] == "Dunlevy Foods"
    assert sure_name(context) == "Callum"


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Ihre Bewerbung als Disponent (m/w/d)",
            "vielen Dank für Ihre Bewerbung. Leider müssen wir absagen.",
            "Disponent",
        ),
        (
            "Deine Bewerbung",
            "danke für deine Bewerbung als Frontend Engineer (w/m/d) bei Kieselwerk.",
            "Frontend Engineer",
        ),
        (
            "Votre candidature",
            "Merci pour votre candidature au poste de Technicien SIG (H/F) chez Boréal.",
            "Technicien SIG",
        ),
        (
            "Regarding your application for Claims Adjuster II (Req #4471)",
            "Thank you for applying. We have selected other candidates.",
            "Claims Adjuster II",
        ),
        (
            "Your application",
            "Thank you for applying to the Payroll Specialist - Req 20931 position.",
            "Payroll Specialist",
        ),
    ],
)
def test_gender_markers_and_reference_numbers_are_not_part_of_the_role(
    subject: str, body: str, role: str
) -> None:
    context = context_of(f"Hello,\n\n{body}\n", subject=subject, sender="HR <hr@acme.de>")
    assert used(context)["role"] == role


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Nous vous remercions de votre candidature au poste de Comptable fournisseurs basé à Lyon.",
            "Comptable fournisseurs",
        ),
        ("Gracias por tu candidatura al puesto de Analista de datos ubicado en Madrid.", "Analista de datos"),
    ],
)
def test_a_romance_title_stops_before_where_the_job_is(body: str, role: str) -> None:
    context = context_of(f"Bonjour,\n\n{body} Malheureusement ...\n", subject="", sender="RH <rh@acme.fr>")
    assert used(context)["role"] == role


def test_a_role_in_parentheses_that_is_not_a_reference_is_kept() -> None:
    context = context_of(
        "Hi Sam,\n\nThanks for your application for the Customer Success Manager (EMEA) role "
        "at Quayside. We won't be progressing it.\n",
        sender="Quayside <jobs@quayside.io>",
    )
    assert used(context)["role"] == "Customer Success Manager (EMEA)"


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Ihre Bewerbung als Ingenieur Netzplanung (m/w/d) – Stellennummer 20417", "Ingenieur Netzplanung"),
        ("Your application for Data Analyst - Ref. No. 2024-17", "Data Analyst"),
        ("Your application for Data Analyst – Job ID - 4471", "Data Analyst"),
        ("Your application for Payroll Specialist - Req. No. 4471", "Payroll Specialist"),
        ("Your application for Claims Adjuster - Requisition Number 4471", "Claims Adjuster"),
        ("Ihre Bewerbung als Disponent – Kennziffer Nr. 2025", "Disponent"),
        ("Ihre Bewerbung als Buchhalter – Referenz-Nr. 5512", "Buchhalter"),
        ("Votre candidature au poste de Technicien SIG – Référence n° 4471", "Technicien SIG"),
        # words that only look like a label stay
        ("Your application for Requirements Engineer", "Requirements Engineer"),
        ("Ihre Bewerbung als Referent Personalentwicklung", "Referent Personalentwicklung"),
    ],
)
def test_a_reference_label_left_behind_by_its_number_is_not_part_of_the_role(subject: str, role: str) -> None:
    context = context_of(
        "Hello,\n\nthank you for your application. Unfortunately we cannot offer you the role.\n",
        subject=subject,
        sender="HR <hr@acme.de>",
    )
    assert used(context)["role"] == role


@pytest.mark.parametrize(
    ("body", "informal", "language"),
    [
        ("Hallo Lena,\n\ndanke für deine Bewerbung. Leider können wir dir keine Zusage geben.\n", True, "de"),
        (
            "Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen absagen.\n",
            False,
            "de",
        ),
        (
            "Salut Julien,\n\nmerci pour ta candidature, mais nous avons choisi un autre profil. Bonne chance !\n",
            True,
            "fr",
        ),
        (
            "Bonjour,\n\nnous vous remercions pour votre candidature, mais nous ne pouvons pas y donner suite.\n",
            False,
            "fr",
        ),
        (
            "Hola Diego,\n\ngracias por tu tiempo. Hemos decidido avanzar con otra persona. Te deseo suerte.\n",
            True,
            "es",
        ),
        (
            "Estimada Sra. Ruiz:\n\nle agradecemos su interés. Lamentamos comunicarle que la vacante está cubierta.\n",
            False,
            "es",
        ),
        ("Hi Sam,\n\nthank you for your time, but we went with someone else. Ta!\n", False, "en"),
    ],
)
def test_du_and_tu_are_detected_so_the_reply_can_answer_in_kind(
    body: str, informal: bool, language: str
) -> None:
    context = context_of(body, sender="Someone <someone@example.de>")
    assert (context.informal, context.language) == (informal, language)


def test_a_recruiter_address_in_the_body_is_used_when_the_sender_is_no_reply() -> None:
    context = context_of(
        "Dear Sam,\n\nThank you for applying for the QA Engineer role at Lumio. We will not be moving forward.\n\n"
        "If you have questions, please write to anneke.devries@lumio.com. Data protection: privacy@lumio.com.\n\n"
        "Best wishes,\nAnneke de Vries\nRecruiting Lead\n",
        sender="Lumio <no-reply@hire.lever.co>",
    )
    assert context.recipient is not None
    assert (context.recipient.email, context.recipient_source) == ("anneke.devries@lumio.com", "body")
    assert context.recipient.name == "Anneke de Vries"
    assert sure_name(context) == "Anneke"


def test_a_team_signature_with_a_named_reply_to_greets_the_person_the_reply_goes_to() -> None:
    body = (
        "Dear Sam,\n\nThank you for applying. We have decided to pursue other applicants.\n\n"
        "Kind regards,\nTalent Acquisition Team\nNorthwind Logistics\n"
    )
    named = context_of(
        body,
        sender="Northwind Careers <no-reply@northwind.myworkdayjobs.com>",
        reply_to="Daniel Okafor <daniel.okafor@northwind-logistics.com>",
    )
    assert named.recipient is not None and named.recipient.email == "daniel.okafor@northwind-logistics.com"
    assert sure_name(named) == "Daniel"
    # A display name the address does not back up ("Daniel Okafor <talent@...>") stays unsure.
    unbacked = context_of(
        body,
        sender="Northwind Careers <no-reply@northwind.myworkdayjobs.com>",
        reply_to="Daniel Okafor <talent@northwind-logistics.com>",
    )
    assert sure_name(unbacked) is None


@pytest.mark.parametrize(
    "sender", ["LinkedIn <jobs-noreply@linkedin.com>", "Acme <careers@acme-robotics.com>"]
)
def test_a_display_name_that_is_the_senders_domain_is_no_contact_at_all(sender: str) -> None:
    context = context_of("Hello,\n\nthe position has been filled.\n", sender=sender)
    assert context.contact_name.value is None


def test_a_human_reply_to_wins_and_a_no_reply_reply_to_is_skipped() -> None:
    body = "Hi Sam,\n\nthanks for your interest in Kestrel. We won't be moving forward this time.\n\nCheers,\nTom\n"
    to_human = context_of(
        body, sender="Kestrel <noreply@kestrel.dev>", reply_to="Tom Becker <tom@kestrel.dev>"
    )
    assert to_human.recipient is not None
    assert (to_human.recipient.email, to_human.recipient_source) == ("tom@kestrel.dev", "reply-to")
    assert sure_name(to_human) == "Tom"
    to_machine = context_of(
        body, sender="Tom Becker <tom@kestrel.dev>", reply_to="Kestrel <noreply@kestrel.dev>"
    )
    assert to_machine.recipient is not None
    assert (to_machine.recipient.email, to_machine.recipient_source) == ("tom@kestrel.dev", "from")


def test_nobody_to_answer_gives_no_recipient() -> None:
    context = context_of(
        "Hello,\n\nunfortunately not this time.\n\nThe Acme Team\n",
        sender="Acme <do-not-reply@acme.com>",
        reply_to="bounces+123@mailer.acme.com",
    )
    assert context.recipient is None and context.recipient_source == ""


@pytest.mark.parametrize(
    ("body", "stage"),
    [
        ("We regret to tell you that the position has now been filled.", "position_closed"),
        ("This requisition has been cancelled and the role will not be filled.", "position_closed"),
        ("We have decided to put this position on hold.", "position_closed"),
        ("Die Stelle wurde inzwischen intern besetzt.", "position_closed"),
        ("Le poste a été pourvu à l'interne.", "position_closed"),
        (
            "We have filled the position with a candidate whose experience matches more closely.",
            "after_application",
        ),
        ("We will not be progressing your application to the interview stage.", "after_application"),
        ("Unfortunately we cannot invite you to an interview.", "after_application"),
        ("Thank you for taking the time to interview with us last week.", "after_interview"),
        ("Thanks for coming in for the trial shift on Saturday.", "after_interview"),
        ("Vielen Dank für das angenehme Vorstellungsgespräch.", "after_interview"),
        ("Leider können wir Sie nicht zu einem Vorstellungsgespräch einladen.", "after_application"),
    ],
)
def test_stage(body: str, stage: str) -> None:
    context = context_of(f"Hello Sam,\n\n{body}\n\nBest regards,\nAcme HR\n", sender="HR <hr@acme.com>")
    assert used(context)["stage"] == stage


@pytest.mark.parametrize(
    "notice",
    [
        "The job you applied for is no longer accepting applications.",
        "Wrenfield Media has closed this job.",
        "The employer closed the posting without moving your application forward.",
        "Diese Stellenanzeige wurde von Sturmvogel Reisen GmbH geschlossen.",
        "Die Anzeige nimmt keine Bewerbungen mehr an.",
        "L'offre a été clôturée par l'employeur.",
        "Cette offre a été fermée et n'accepte plus de candidatures.",
        "La oferta se ha cerrado.",
        "Esta oferta ya no acepta candidaturas.",
    ],
)
def test_a_job_board_notice_that_the_posting_closed_is_position_closed(notice: str) -> None:
    context = context_of(
        f"Sam, thanks for applying to Data Analyst at Acme.\n\n{notice}\n\nLinkedIn Jobs\n",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
    )
    assert used(context)["stage"] == "position_closed"


@pytest.mark.parametrize(
    "body",
    [
        "Vielen Dank für Ihre Bewerbung auf unsere Anzeige. Leider müssen wir Ihnen absagen.",
        "Merci pour votre candidature à notre offre. Nous avons retenu un autre profil.",
        "Gracias por tu interés en nuestra oferta. Hemos elegido a otra persona.",
        "We received many applications and will not be moving forward with yours.",
    ],
)
def test_a_posting_mentioned_in_an_ordinary_rejection_is_not_a_closure(body: str) -> None:
    context = context_of(f"Hello Sam,\n\n{body}\n\nBest regards,\nAcme HR\n", sender="HR <hr@acme.com>")
    assert used(context)["stage"] == "after_application"


def test_mobile_footers_and_company_name_sign_offs_are_not_names_or_companies() -> None:
    context = context_of(
        "Hi Marcus\n\nthe sous chef job is gone, sorry.\n\nMarco\nSent from my iPhone\n",
        sender="Marco Bellini <marco@gallowgate-kitchen.com>",
    )
    assert sure_name(context) == "Marco"
    assert used(context)["company"] == "Gallowgate Kitchen"
    signed_by_company = context_of(
        "Hello,\n\nwe will not proceed.\n\nBest regards,\nAcme\n", sender="Acme <no-reply@acme.com>"
    )
    assert sure_name(signed_by_company) is None


def test_abbreviated_titles_and_possessive_company_names() -> None:
    context = context_of(
        "Hi Sam,\n\nThank you for your interest in Acme's Data Platform team and for applying for "
        "the Sr. Data Engineer position. We will not move forward.\n\nBest,\nJane\n",
        sender="Jane Doe <jane.doe@gmail.com>",
    )
    assert used(context)["role"] == "Sr. Data Engineer"
    assert used(context)["company"] == "Acme"


def test_a_spanish_team_signature_names_the_company_not_a_person() -> None:
    context = context_of(
        "Estimado Sam:\n\nLamentamos comunicarle que no continuaremos con su candidatura.\n\n"
        "Atentamente,\nEl equipo de Selección de Grupo Trébol\n",
        sender="Grupo Trébol <no-reply@smartrecruiters.com>",
    )
    assert (sure_name(context), used(context)["company"], context.language) == (None, "Grupo Trébol", "es")


# --- issue 11: stage, wrong values, recipients — each class in English, German, French, Spanish ---------


@pytest.mark.parametrize(
    "body",
    [
        "After reviewing your application and interview, we decided to go another way.",
        "The interview panel enjoyed meeting you, but we chose someone with more experience.",
        "Vielen Dank für das Videointerview am Montag. Leider haben wir uns anders entschieden.",
        "Nach dem Zweitgespräch mit der Fachabteilung haben wir uns anders entschieden.",
        "Es war schön, Sie persönlich kennenzulernen. Leider müssen wir Ihnen absagen.",
        "Danke, dass du dir Zeit genommen hast, mit dir zu sprechen war toll. Leider wird es nichts.",
        "Vielen Dank für den offenen und angenehmen Austausch. Leider müssen wir absagen.",
        "Nous avons été ravis de vous rencontrer, mais nous avons retenu un autre profil.",
        "Merci pour votre venue dans nos locaux. Nous ne donnerons pas suite.",
        "Fue un placer conocerle. Lamentablemente hemos elegido a otra persona.",
        "Disfrutamos mucho hablar con usted, pero hemos decidido continuar con otra persona.",
    ],
)
def test_an_interview_that_happened_is_after_interview_in_every_language(body: str) -> None:
    context = context_of(f"Hello Sam,\n\n{body}\n\nBest regards,\nAcme HR\n", sender="HR <hr@acme.com>")
    assert used(context)["stage"] == "after_interview"


@pytest.mark.parametrize(
    "body",
    [
        "Leider können wir Ihnen kein Vorstellungsgespräch anbieten.",
        "Leider können wir dich nicht zu einem Telefoninterview einladen.",
        "Nous ne pouvons malheureusement pas vous proposer d'entretien.",
        "Lamentablemente no podemos ofrecerle una entrevista.",
        "We will no longer be moving forward with your application for this position.",
    ],
)
def test_an_interview_that_did_not_happen_is_not_after_interview(body: str) -> None:
    context = context_of(f"Hello Sam,\n\n{body}\n\nBest regards,\nAcme HR\n", sender="HR <hr@acme.com>")
    assert used(context)["stage"] == "after_application"


@pytest.mark.parametrize(
    "body",
    [
        "We have decided not to move forward with the role at this time.",
        "Unfortunately the position you applied for will not be moving forward.",
        "Due to budget cuts, we are pausing all hiring until next year.",
        "Aufgrund von Budgetkürzungen können wir die Stelle derzeit nicht anbieten.",
        "Wir haben das Bewerbungsverfahren vorerst ausgesetzt.",
        "Nous avons décidé de suspendre le recrutement pour ce poste.",
        "En raison d'un gel des embauches, nous ne pouvons pas donner suite.",
        "Hemos congelado las contrataciones hasta el próximo año.",
        "No seguiremos adelante con esta vacante por el momento.",
    ],
)
def test_a_cancelled_or_paused_position_is_position_closed_in_every_language(body: str) -> None:
    context = context_of(f"Hello Sam,\n\n{body}\n\nBest regards,\nAcme HR\n", sender="HR <hr@acme.com>")
    assert used(context)["stage"] == "position_closed"


@pytest.mark.parametrize(
    ("signature", "company"),
    [
        ("Jana Novak-Berger, MSc\nMurauer Operations GmbH", "Murauer Operations"),
        ("Dr. Ana Ruiz, PhD\nAlbero Cerámicas S.L.", "Albero Cerámicas"),
        ("Claire Martin, MBA | Maison Ferrand", "Maison Ferrand"),
        ("Tom Becker, M.A. / Kestrel Labs GmbH", "Kestrel Labs"),
    ],
)
def test_a_degree_after_the_signers_name_is_not_the_company(signature: str, company: str) -> None:
    context = context_of(
        f"Hello Sam,\n\nunfortunately we will not proceed.\n\nKind regards,\n{signature}\n",
        sender="Recruiting <recruiting@example-mail.net>",
    )
    assert used(context)["company"] == company


@pytest.mark.parametrize(
    ("team", "company"),
    [
        ("Hollowbrook Early Professional Recruitment Team", "Hollowbrook"),
        ("Kestrel Emerging Talent Programmes Team", "Kestrel"),
        ("Das Ausbildungsteam der Lindenau Energie AG", "Lindenau Energie"),
    ],
)
def test_team_sign_off_words_are_stripped_from_the_company(team: str, company: str) -> None:
    context = context_of(
        f"Hello Sam,\n\nunfortunately we will not proceed.\n\nRegards,\n{team}\n",
        sender="Careers <careers@myworkday.com>",
    )
    assert used(context)["company"] in (company, None)
    assert used(context)["company"] != team


@pytest.mark.parametrize(
    "name",
    ["Housing Authority of the City of Port Ellery", "Museum of the Moving Image", "Bank of the North Coast"],
)
def test_an_official_name_with_of_the_is_not_clipped(name: str) -> None:
    context = context_of(
        f"Dear Sam,\n\nThank you for your interest in the {name}. You were not selected.\n\n"
        f"Sincerely,\nHuman Resources\nThe {name}\n",
        sender="HR Department <hr@example-jobs.org>",
    )
    assert used(context)["company"] == name


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            'Your application for "Data Platform Developer (m/w/d)" (5634653700)',
            "We will not proceed.",
            "Data Platform Developer",
        ),
        (
            "Ihre Bewerbung",
            "vielen Dank für Ihre Bewerbung als „Sachbearbeiter Einkauf (m/w/d)“. Leider nicht.",
            "Sachbearbeiter Einkauf",
        ),
        (
            "Votre candidature",
            "Merci pour votre candidature au poste « Chargé de projet (H/F) ». Hélas non.",
            "Chargé de projet",
        ),
        (
            "Su candidatura",
            'Gracias por su candidatura al puesto "Analista de datos junior". Lo sentimos.',
            "Analista de datos junior",
        ),
        (
            "Your application",
            "Thank you for applying for the position of Junior Web developer.",
            "Junior Web developer",
        ),
        (
            "Your application",
            "Thanks for applying for the Senior Java developer position.",
            "Senior Java developer",
        ),
        (
            "Your application for Senior Developer - Ruby on Rails",
            "Thanks for applying.",
            "Senior Developer - Ruby on Rails",
        ),
        (
            "Software Engineering Intern - Summer 2018",
            "Thank you for applying for the Software Engineering Intern - Summer 2018 position.",
            "Software Engineering Intern - Summer 2018",
        ),
        ("Your application", "Thanks for applying for the Data Analyst position on Monday.", "Data Analyst"),
        (
            "Regarding your application with Calloway Freight Inc.",
            "The position you applied for, Data Coordinator, has been filled.",
            "Data Coordinator",
        ),
    ],
)
def test_role_titles_are_read_whole(subject: str, body: str, role: str) -> None:
    context = context_of(f"Hello,\n\n{body}\n", subject=subject, sender="Calloway Freight <hr@calloway.com>")
    assert used(context)["role"] == role


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Ihre Bewerbung als IT-Architekt – Stelle nicht besetzt",
            "leider wurde die Stelle nicht besetzt.",
            "IT-Architekt",
        ),
        (
            "Ihre Bewerbung als Projektleiter (m/w/d) – Absage",
            "leider müssen wir Ihnen absagen.",
            "Projektleiter",
        ),
        ("Bewerbung als Data Engineer – Zwischenstand", "ein kurzer Zwischenstand.", "Data Engineer"),
        (
            "Your application as Data Engineer – position filled",
            "The position has been filled.",
            "Data Engineer",
        ),
        ("Your application: Backend Developer – update", "A quick update.", "Backend Developer"),
        (
            "Votre candidature au poste de Chef de projet – poste pourvu",
            "Le poste a été pourvu.",
            "Chef de projet",
        ),
        ("Votre candidature : Comptable – réponse", "Nous ne donnerons pas suite.", "Comptable"),
        (
            "Su candidatura como Analista de datos – puesto cubierto",
            "El puesto ha sido cubierto.",
            "Analista de datos",
        ),
        ("Su candidatura: Contable – respuesta", "No seguiremos adelante.", "Contable"),
    ],
)
def test_a_status_after_a_dash_in_the_subject_is_not_part_of_the_role(
    subject: str, body: str, role: str
) -> None:
    """A subject's 'Title – what happened' (en/de/fr/es): the status is news about the title, not in it."""
    context = context_of(f"Hello,\n\n{body}\n", subject=subject, sender="Calloway Freight <hr@calloway.com>")
    assert used(context)["role"] == role


def test_a_legal_form_left_after_the_company_is_never_a_role() -> None:
    context = context_of(
        "Hello Sam,\n\nThank you for your interest in Calloway Freight. We will not proceed.\n",
        subject="Regarding your application with Calloway Freight Inc.",
        sender="Calloway Freight <careers@callowayfreight.com>",
    )
    assert used(context)["role"] is None


@pytest.mark.parametrize(
    ("display", "signer", "first"),
    [
        ("Fonds Soziales Kirchdorf", "Petra Lechner\nPersonalreferentin", "Petra"),
        ("Technische Universität Falkenau", "Matthias Greiner\nPersonalabteilung", "Matthias"),
        ("Mairie de Villeneuve", "Claire Dubois\nChargée de recrutement", "Claire"),
        ("Ayuntamiento de Valdemora", "Lucía Herrero\nTécnica de Personal", "Lucía"),
    ],
)
def test_an_organisation_in_the_display_name_is_not_a_person(display: str, signer: str, first: str) -> None:
    context = context_of(
        f"Hello Sam,\n\nunfortunately we will not proceed.\n\nKind regards,\n{signer}\n",
        sender=f"{display} <bewerbung@org-example.eu>",
    )
    assert sure_name(context) == first


@pytest.mark.parametrize(
    "notice",
    [
        "This email was sent from an unmonitored mailbox.",
        "Replies to this message are not read.",
        "Diese E-Mail-Adresse kann keine Antworten empfangen.",
        "Bitte antworten Sie nicht auf diese E-Mail.",
        "Merci de ne pas répondre à ce message.",
        "Cette adresse ne reçoit pas de réponses.",
        "Por favor, no responda a este correo.",
        "Este buzón no está supervisado.",
    ],
)
def test_a_mailbox_that_says_it_is_not_read_is_no_reply(notice: str) -> None:
    context = context_of(
        f"Hello Sam,\n\nunfortunately we will not proceed.\n\nThe Acme Team\n\n{notice}\n",
        sender="Acme Careers <careers@acme.com>",
    )
    assert context.recipient is None


def test_an_unmonitored_mailbox_still_finds_the_recruiter_named_in_the_body() -> None:
    context = context_of(
        "Hello Sam,\n\nwe will not proceed. Questions? Write to anna.berg@acme.com.\n\nAnna Berg\n\n"
        "Please do not reply to this email.\n",
        sender="Acme Careers <careers@acme.com>",
    )
    assert context.recipient is not None and context.recipient.email == "anna.berg@acme.com"


@pytest.mark.parametrize(
    ("sender", "reply_to", "elsewhere"),
    [
        ("Dana Hughes <dana@ferrowell.com>", "jobs@ferrowell-hiring.net", True),
        ("Dana Hughes <dana@mail.ferrowell.com>", "jobs@ferrowell.com", False),
        ("Ferrowell <no-reply@hire.lever.co>", "jobs@ferrowell.com", False),
        ("Dana Hughes <dana@ferrowell.com>", "dana@ferrowell.greenhouse.io", False),
    ],
)
def test_a_reply_to_on_another_domain_is_flagged(sender: str, reply_to: str, elsewhere: bool) -> None:
    context = context_of("Hi Sam,\n\nwe will not proceed.\n\nDana\n", sender=sender, reply_to=reply_to)
    assert context.reply_to_elsewhere is elsewhere


@pytest.mark.parametrize(
    ("sender", "body", "company"),
    [
        # A Workday tenant names the employer: in the sender name, the address or a link.
        ('"Acme Corp" <acmecorp@myworkday.com>', "We will not move forward.\n\nTalent Acquisition", "Acme"),
        ("<ostwind@myworkday.com>", "Wir haben uns anders entschieden.\n\nIhr Recruiting-Team", "Ostwind"),
        (
            '"Careers" <no-reply@us.greenhouse-mail.io>',
            "Nous ne donnerons pas suite.\nhttps://solane.wd3.myworkdayjobs.com/fr-FR/Carrieres",
            "Solane",
        ),
        # A web address names a company only when the text spells its words out.
        (
            '"Equipo" <noreply@smartrecruiters.com>',
            "Desde Bahía Verde te damos las gracias.\n\nSaludos\nwww.bahiaverde.es",
            None,  # the text's 'Bahía' is not the address's 'bahia'
        ),
        (
            '"Hiring Team" <no-reply@hire.lever.co>',
            "Quillmoor Labs will not move forward.\n\nThe Hiring Team\nwww.quillmoor-labs.com",
            "Quillmoor Labs",
        ),
        (
            '"Hiring Team" <no-reply@hire.lever.co>',
            "We will not move forward.\n\nwww.quillmoor-labs.com",
            None,
        ),
        (
            '"Hiring Team" <no-reply@hire.lever.co>',
            "Follow LinkedIn for news.\nwww.linkedin.com/company/x",
            None,
        ),
    ],
)
def test_workday_tenants_and_web_addresses_name_the_employer(
    sender: str, body: str, company: str | None
) -> None:
    assert used(context_of(body, "Your application", sender=sender))["company"] == company


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Ref: 4471 – Data Analyst\n\nWe will not move forward.", "Data Analyst"),
        ("Req ID 88213: Logistics Planner\n\nWe will not move forward.", "Logistics Planner"),
        ("Kennziffer R-10422 – Sachbearbeiter Einkauf (m/w/d)\n\nLeider nicht.", "Sachbearbeiter Einkauf"),
        (
            "danke für deine Bewerbung unter der Kennzahl 4471/25 Disponent Nahverkehr.",
            "Disponent Nahverkehr",
        ),
        ("Référence : 2025-118 – Chargé de clientèle\n\nNous ne donnerons pas suite.", "Chargé de clientèle"),
        ("Referencia: VAC-2231 - Técnica de mantenimiento\n\nNo seguiremos.", "Técnica de mantenimiento"),
        ("Thank you for your Product Designer application. We will not move forward.", "Product Designer"),
        (
            "Vielen Dank für Ihre Bewerbung als Sachbearbeiterin Lohnbuchhaltung.",
            "Sachbearbeiterin Lohnbuchhaltung",
        ),
        ("Merci pour votre candidature au poste de Responsable logistique.", "Responsable logistique"),
        ("Gracias por su candidatura para Analista de riesgos. No seguiremos.", "Analista de riesgos"),
        # No number, or no job named: no title.
        ("With reference to your application, we will not move forward.", None),
        ("Thank you for your Quillmoor Labs application. We will not move forward.", None),
    ],
)
def test_roles_on_reference_lines_and_your_x_application(body: str, role: str | None) -> None:
    sender = '"Hiring Team" <no-reply@hire.lever.co>'
    assert used(context_of(body, "Your application", sender=sender))["role"] == role
