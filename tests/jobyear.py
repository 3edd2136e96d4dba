"""A synthetic year of job search, written for tests/test_applications_imap.py: the mail and the
table of applications it should give.

Sam Taylor applies to 44 positions at 30 employers over a year, in English and German, through
applicant-tracking systems (Greenhouse, Workday, Lever, Personio, softgarden, SuccessFactors) and
directly to people. The employers answer with acknowledgements, invitations, rejections, closed
positions and offers — or not at all. Several applications go to one employer (two roles at
once, a re-application after a rejection). Personal mail carries thread headers (a rejection
answers the invitation); ATS mail does not, as in life, and has to be linked by company and role.
Workday and SuccessFactors mail is HTML only; each kind is written in two voices per language.

Nothing here is from the training corpus (models/corpus): these texts are held out, so the test
measures the shipped model and the context extraction, not their memory. Deterministic: the same
`start` gives the same bytes.
"""

from __future__ import annotations

import email.policy
import email.utils
import html
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage

ME = "Sam Taylor <sam.taylor@example.org>"


@dataclass(frozen=True)
class Employer:
    name: str  # as its mail writes it
    domain: str
    lang: str  # "en" | "de"
    ats: str | None  # "greenhouse", "workday", "lever", "personio", "softgarden", "successfactors"
    person: str  # the recruiter who writes personal mail
    title: str = "Talent Acquisition"


@dataclass(frozen=True)
class Step:
    kind: str  # applied | interview | rejection | position_closed | offer
    day: int  # days after the year's start
    personal: bool = False  # written by the recruiter (threaded), not by the ATS


@dataclass
class Plan:
    """One application as the test expects to find it."""

    employer: Employer
    role: str  # as the employer's mail names it
    steps: list[Step]
    keys: list[str] = field(default_factory=list)  # Message-IDs, filled in by `year`


E = Employer
FERNHILL = E("Fernhill Analytics", "fernhill-analytics.com", "en", "greenhouse", "Olivia Grant")
NORTHWIND = E("Northwind Logistics", "northwind-logistics.co.uk", "en", "workday", "Daniel Price")
BRIGHTWATER = E("Brightwater Health", "brightwaterhealth.com", "en", "lever", "Megan Clarke")
COPPERLINE = E("Copperline Systems", "copperline.io", "en", None, "Ethan Brooks", "Engineering Manager")
HARBORVIEW = E("Harborview Bank", "harborviewbank.com", "en", "workday", "Rachel Moore")
LARKSPUR = E("Larkspur Games", "larkspurgames.com", "en", "greenhouse", "Tom Fletcher")
MERIDIAN = E("Meridian Robotics", "meridianrobotics.com", "en", None, "Laura Chen", "Head of People")
OAKRIDGE = E("Oakridge Energy", "oakridge-energy.com", "en", "lever", "Chris Walker")
PINECREST = E("Pinecrest Media", "pinecrestmedia.com", "en", "greenhouse", "Hannah Scott")
SILVERLEAF = E("Silverleaf Software", "silverleafsoftware.com", "en", None, "James Wilson", "CTO")
TIDEWATER = E("Tidewater Labs", "tidewaterlabs.com", "en", "lever", "Sophie Turner")
REDWOOD = E("Redwood Insurance", "redwoodinsurance.com", "en", "workday", "Mark Evans")
BLUESTEM = E("Bluestem Foods", "bluestemfoods.com", "en", None, "Emily Harris", "Recruiter")
GRANITE = E("Granite Peak Consulting", "granitepeak.com", "en", "greenhouse", "Ryan Cooper")
WILLOW = E("Willowbrook University", "willowbrook.edu", "en", None, "Grace Bennett", "HR Partner")
AMBER = E("Amberfield Retail", "amberfield.com", "en", "lever", "Jack Morgan")
KRANICH = E("Kranich Logistik GmbH", "kranich-logistik.de", "de", "personio", "Julia Hoffmann")
BERGMANN = E("Bergmann Software AG", "bergmann-software.de", "de", "softgarden", "Stefan Richter")
ELBWERK = E("Elbwerk Energie GmbH", "elbwerk-energie.de", "de", None, "Katrin Wolf", "Personalreferentin")
LINDENHOF = E(
    "Lindenhof Versicherung AG", "lindenhof-versicherung.de", "de", "successfactors", "Thomas Becker"
)
NORDLICHT = E("Nordlicht Medien GmbH", "nordlicht-medien.de", "de", "personio", "Anna Schulz")
RHEINPFALZ = E(
    "Rheinpfalz Digital GmbH", "rheinpfalz-digital.de", "de", None, "Markus Weber", "Teamleiter Entwicklung"
)
SONNENBERG = E("Sonnenberg Mobility GmbH", "sonnenberg-mobility.de", "de", "softgarden", "Laura Klein")
FALKENSTEIN = E("Falkenstein Pharma AG", "falkenstein-pharma.de", "de", "successfactors", "Michael Braun")
WESERSTAHL = E("Weserstahl GmbH", "weserstahl.de", "de", None, "Sabine Neumann", "Personalleiterin")
ALPENBLICK = E("Alpenblick Reisen GmbH", "alpenblick-reisen.de", "de", "personio", "Jonas Fischer")
HAFENKANTE = E(
    "Hafenkante Design GmbH", "hafenkante-design.de", "de", None, "Lena Schröder", "Geschäftsführerin"
)
TANNENHOF = E("Tannenhof Bau AG", "tannenhof-bau.de", "de", "softgarden", "Peter Krüger")
MOORLAND = E("Moorland Analytics", "moorland-analytics.com", "en", "greenhouse", "Isabel Ward")
QUARRY = E("Quarry Lane Studios", "quarrylane.com", "en", None, "Owen Hughes", "Creative Director")

S = Step


def plans() -> list[Plan]:
    """The year: 44 applications. Days count from the year's start; the test runs a year on."""
    return [
        # Fernhill: three roles over the year; one re-application after a rejection
        Plan(
            FERNHILL, "Data Engineer", [S("applied", 3), S("interview", 20, True), S("rejection", 41, True)]
        ),
        Plan(FERNHILL, "Analytics Engineer", [S("applied", 8), S("rejection", 30)]),
        Plan(
            FERNHILL, "Data Engineer", [S("applied", 200), S("interview", 214, True), S("offer", 240, True)]
        ),
        Plan(NORTHWIND, "Supply Chain Analyst", [S("applied", 10), S("rejection", 55)]),
        Plan(NORTHWIND, "Data Platform Engineer", [S("applied", 150)]),  # silence
        Plan(
            BRIGHTWATER,
            "Backend Developer",
            [S("applied", 14), S("interview", 28, True), S("rejection", 50, True)],
        ),
        Plan(COPPERLINE, "Site Reliability Engineer", [S("interview", 18, True), S("rejection", 39, True)]),
        Plan(HARBORVIEW, "Risk Data Analyst", [S("applied", 22), S("position_closed", 70)]),
        Plan(LARKSPUR, "Gameplay Programmer", [S("applied", 25), S("rejection", 33)]),
        Plan(LARKSPUR, "Tools Engineer", [S("applied", 26)]),  # silence
        Plan(
            MERIDIAN,
            "Controls Engineer",
            [S("interview", 35, True), S("interview", 49, True), S("rejection", 63, True)],
        ),
        Plan(MERIDIAN, "Embedded Software Engineer", [S("interview", 180, True), S("offer", 205, True)]),
        Plan(OAKRIDGE, "Energy Data Scientist", [S("applied", 40), S("rejection", 61)]),
        Plan(
            PINECREST,
            "Video Platform Engineer",
            [S("applied", 44), S("interview", 60, True), S("position_closed", 90)],
        ),
        Plan(SILVERLEAF, "Senior Python Developer", [S("interview", 52, True), S("offer", 75, True)]),
        Plan(TIDEWATER, "Machine Learning Engineer", [S("applied", 58), S("rejection", 64)]),
        Plan(REDWOOD, "Actuarial Analyst", [S("applied", 66), S("position_closed", 101)]),
        Plan(BLUESTEM, "Food Safety Data Analyst", [S("interview", 73, True), S("rejection", 88, True)]),
        Plan(
            GRANITE,
            "Technology Consultant",
            [S("applied", 80), S("interview", 95, True), S("rejection", 118, True)],
        ),
        Plan(WILLOW, "Research Software Engineer", [S("applied", 85, True), S("rejection", 130, True)]),
        Plan(AMBER, "Pricing Analyst", [S("applied", 92)]),  # silence
        Plan(MOORLAND, "Data Engineer", [S("applied", 97), S("rejection", 104)]),
        Plan(QUARRY, "Pipeline Technical Director", [S("interview", 110, True), S("rejection", 125, True)]),
        Plan(KRANICH, "Data Engineer", [S("applied", 5), S("rejection", 26)]),
        Plan(
            KRANICH,
            "Business Intelligence Analyst",
            [S("applied", 160), S("interview", 175, True), S("rejection", 199, True)],
        ),
        Plan(
            BERGMANN,
            "Softwareentwickler Java",
            [S("applied", 12), S("interview", 31, True), S("offer", 57, True)],
        ),
        Plan(BERGMANN, "DevOps Engineer", [S("applied", 120), S("rejection", 141)]),
        Plan(
            ELBWERK,
            "Data Scientist",
            [S("applied", 30, True), S("interview", 45, True), S("rejection", 67, True)],
        ),
        Plan(LINDENHOF, "IT-Architekt", [S("applied", 38), S("position_closed", 79)]),
        Plan(NORDLICHT, "Backend-Entwickler", [S("applied", 47), S("rejection", 53)]),
        Plan(RHEINPFALZ, "Python-Entwickler", [S("interview", 62, True), S("rejection", 84, True)]),
        Plan(RHEINPFALZ, "Data Engineer", [S("interview", 230, True), S("interview", 251, True)]),
        Plan(SONNENBERG, "Data Analyst", [S("applied", 71)]),  # silence
        Plan(FALKENSTEIN, "Datenbankadministrator", [S("applied", 77), S("rejection", 112)]),
        Plan(WESERSTAHL, "Prozessingenieur", [S("interview", 83, True), S("rejection", 100, True)]),
        Plan(
            ALPENBLICK,
            "Produktmanager Digital",
            [S("applied", 98), S("interview", 115, True), S("position_closed", 146)],
        ),
        Plan(HAFENKANTE, "UX Designer", [S("interview", 135, True), S("rejection", 149, True)]),
        Plan(TANNENHOF, "Projektingenieur", [S("applied", 140), S("rejection", 168)]),
        # the last months: still open, some already silent for a month, some answered lately
        Plan(HARBORVIEW, "Data Engineer", [S("applied", 255), S("interview", 270, True)]),
        Plan(OAKRIDGE, "Platform Engineer", [S("applied", 300)]),  # silence
        Plan(TIDEWATER, "Data Engineer", [S("applied", 320), S("rejection", 345)]),  # drafted: recent
        Plan(NORDLICHT, "Data Engineer", [S("applied", 330)]),  # waiting
        Plan(BERGMANN, "Data Engineer", [S("applied", 338), S("rejection", 352)]),  # drafted: recent
        Plan(PINECREST, "Data Engineer", [S("applied", 350)]),  # waiting
    ]


# --- the texts --------------------------------------------------------------------------------

EN = {
    "applied": (
        "Thank you for applying to {company}",
        """Hi Sam,

Thank you for applying for the {role} position at {company}. We have received your application
and our team will review it over the coming weeks.

If your experience matches what we are looking for, a member of our recruiting team will be in
touch about next steps.

Best regards,
The {company} Recruiting Team
""",
    ),
    "interview": (
        "Interview invitation: {role} at {company}",
        """Hi Sam,

Thanks for your interest in the {role} role at {company}. We enjoyed reading your application
and would like to invite you to a video interview with the hiring team.

Could you let me know which of these slots works for you: Tuesday at 10:00 or Thursday at 14:00?
The conversation will take about 45 minutes.

Looking forward to speaking with you,
{person}
{title}, {company}
""",
    ),
    "rejection": (
        "Your application for {role} at {company}",
        """Hi Sam,

Thank you for your interest in the {role} position at {company} and for the time you invested
in the process.

After careful consideration, we have decided not to move forward with your application. We
received many strong applications and the decision was a difficult one.

We wish you all the best in your job search.

Kind regards,
{person}
{title}, {company}
""",
    ),
    "position_closed": (
        "Update on the {role} position at {company}",
        """Hi Sam,

Thank you for applying for the {role} position at {company}.

We wanted to let you know that this position has been cancelled and will not be filled at this
time, so we are closing all applications for it. We are sorry for the inconvenience.

Thank you for your interest in {company}.

Kind regards,
The {company} Recruiting Team
""",
    ),
    "offer": (
        "Offer: {role} at {company}",
        """Hi Sam,

I am delighted to offer you the {role} position at {company}! Everyone you met was impressed,
and we would love to have you on the team.

Your offer letter with the salary, start date and benefits is attached. Please review it and let
me know if you have any questions; we would appreciate your answer by the end of next week.

Congratulations, and welcome aboard!
{person}
{title}, {company}
""",
    ),
}

DE = {
    "applied": (
        "Eingangsbestätigung Ihrer Bewerbung als {role}",
        """Sehr geehrter Herr Taylor,

vielen Dank für Ihre Bewerbung als {role} bei der {company} und Ihr Interesse an unserem
Unternehmen. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir werden Ihre Bewerbung sorgfältig prüfen und uns so bald wie möglich bei Ihnen melden.

Mit freundlichen Grüßen
Ihr Recruiting-Team der {company}
""",
    ),
    "interview": (
        "Einladung zum Vorstellungsgespräch – {role}",
        """Sehr geehrter Herr Taylor,

vielen Dank für Ihre Bewerbung als {role} bei der {company}. Ihre Unterlagen haben uns
überzeugt, und wir möchten Sie gerne zu einem Vorstellungsgespräch einladen.

Passt Ihnen Mittwoch um 10 Uhr oder Freitag um 14 Uhr? Das Gespräch findet per Video statt und
dauert etwa eine Stunde.

Wir freuen uns darauf, Sie kennenzulernen.

Mit freundlichen Grüßen
{person}
{title}
{company}
""",
    ),
    "rejection": (
        "Ihre Bewerbung als {role}",
        """Sehr geehrter Herr Taylor,

vielen Dank für Ihre Bewerbung als {role} und das Interesse an der {company}.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für einen anderen
Kandidaten entschieden haben. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
{person}
{title}
{company}
""",
    ),
    "position_closed": (
        "Ihre Bewerbung als {role} – Stelle nicht besetzt",
        """Sehr geehrter Herr Taylor,

vielen Dank für Ihre Bewerbung als {role} bei der {company}.

Leider müssen wir Ihnen mitteilen, dass die ausgeschriebene Stelle aus internen Gründen nicht
besetzt wird. Das Auswahlverfahren wurde daher eingestellt.

Wir bedauern dies sehr und danken Ihnen für Ihr Interesse an unserem Unternehmen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der {company}
""",
    ),
    "offer": (
        "Ihr Vertragsangebot als {role}",
        """Sehr geehrter Herr Taylor,

wir freuen uns sehr, Ihnen die Stelle als {role} bei der {company} anbieten zu können! Sie haben
uns in den Gesprächen überzeugt.

Anbei erhalten Sie unser Vertragsangebot mit Gehalt, Startdatum und allen Details. Bitte geben
Sie uns bis Ende nächster Woche Bescheid, ob Sie das Angebot annehmen.

Herzlichen Glückwunsch und herzlich willkommen im Team!
{person}
{title}
{company}
""",
    ),
}

#: A second voice for each kind: shorter, the way other systems and people write.
EN2 = {
    "applied": (
        "{company}: we received your application for {role}",
        """Dear Sam,

This is a confirmation that your application for {role} has been received by {company}.
Our hiring team reviews every application and will get back to you if there is a match.

Thank you for your interest in working with us.

{company} Talent Acquisition
""",
    ),
    "interview": (
        "Next steps for the {role} role",
        """Hi Sam,

Great news: the hiring manager for the {role} role at {company} would like to meet you. The next
step is a one-hour technical interview with two engineers from the team.

Please pick a time that suits you using the scheduling link below, any day next week.

Best,
{person}
{title}, {company}
""",
    ),
    "rejection": (
        "Regarding your {role} application",
        """Dear Sam,

Thank you for applying to the {role} opening at {company}. Unfortunately, we will not be moving
forward with your candidacy at this time, as we have decided to pursue other candidates whose
background more closely matches our current needs.

We appreciate your interest and encourage you to apply for future openings.

Sincerely,
{person}
{title}, {company}
""",
    ),
    "position_closed": EN["position_closed"],
    "offer": EN["offer"],
}
DE2 = {
    "applied": (
        "Ihre Bewerbung bei der {company}",
        """Hallo Herr Taylor,

wir haben Ihre Bewerbung als {role} erhalten und bedanken uns für Ihr Interesse an der {company}.
Unser Team sichtet nun Ihre Unterlagen. Sie hören spätestens in drei Wochen von uns.

Viele Grüße
Ihr Personalteam der {company}
""",
    ),
    "interview": DE["interview"],
    "rejection": (
        "Absage: {role}",
        """Hallo Herr Taylor,

herzlichen Dank für Ihre Bewerbung als {role} bei der {company}. Leider können wir Ihnen keine
positive Rückmeldung geben: Wir haben uns für andere Bewerberinnen und Bewerber entschieden,
deren Profil besser zu unseren Anforderungen passt.

Für Ihre Zukunft wünschen wir Ihnen alles Gute.

Viele Grüße
{person}
{title}
{company}
""",
    ),
    "position_closed": DE["position_closed"],
    "offer": DE["offer"],
}

#: (sender address at the ATS, its display-name pattern) — the employer's name is in both, as
#: these systems write it.
ATS_SENDERS = {
    "greenhouse": ("no-reply@us.greenhouse-mail.io", "{company}"),
    "workday": ("{slug}@myworkday.com", "{company} Careers"),
    "lever": ("no-reply@hire.lever.co", "{company}"),
    "personio": ("noreply@{slug}.jobs.personio.de", "{company}"),
    "softgarden": ("noreply@softgarden.io", "{company} via softgarden"),
    "successfactors": ("{slug}@successfactors.eu", "{company} Karriere"),
}


#: These systems send HTML only, as many do: the text is read from the markup.
HTML_ONLY = frozenset({"workday", "successfactors"})


def year(start: datetime) -> tuple[list[Plan], list[tuple[bytes, datetime]]]:
    """The plans with their Message-IDs filled in, and every mail (raw, date), oldest first."""
    out: list[tuple[bytes, datetime]] = []
    all_plans = plans()
    for n, plan in enumerate(all_plans):
        previous: list[str] = []
        for i, step in enumerate(plan.steps):
            when = start + timedelta(days=step.day, hours=9 + (n * 7 + i * 3) % 8, minutes=(n * 13) % 60)
            key = f"<{n:02d}.{i}.{step.kind}.{plan.employer.domain.split('.')[0]}@{_sender_domain(plan.employer, step)}>"
            raw = _message(plan, step, when, key, previous if step.personal else [])
            plan.keys.append(key)
            if step.personal:
                previous = [*previous, key]
            out.append((raw, when))
    return all_plans, sorted(out, key=lambda item: item[1])


def _slug(employer: Employer) -> str:
    return employer.domain.split(".")[0].replace("-", "")


def _sender_domain(employer: Employer, step: Step) -> str:
    if step.personal or employer.ats is None:
        return employer.domain
    return ATS_SENDERS[employer.ats][0].split("@")[1].format(slug=_slug(employer))


def _message(plan: Plan, step: Step, when: datetime, key: str, thread: list[str]) -> bytes:
    employer = plan.employer
    voices = (DE, DE2) if employer.lang == "de" else (EN, EN2)
    subject, body = voices[len(plan.role) % 2][step.kind]  # one employer keeps one voice per role
    values = {
        "company": employer.name,
        "role": plan.role + (" (m/w/d)" if employer.lang == "de" and not step.personal else ""),
        "person": employer.person,
        "title": employer.title,
    }
    msg = EmailMessage(policy=email.policy.SMTP)
    if step.personal or employer.ats is None:
        first, last = employer.person.split()[0].lower(), employer.person.split()[-1].lower()
        local = f"{first}.{last}".replace("ö", "oe").replace("ü", "ue")
        msg["From"] = email.utils.formataddr((employer.person, f"{local}@{employer.domain}"))
    else:
        address, display = ATS_SENDERS[employer.ats]
        msg["From"] = email.utils.formataddr(
            (display.format(company=employer.name), address.format(slug=_slug(employer)))
        )
    msg["To"] = ME
    msg["Subject"] = subject.format(**values)
    msg["Date"] = email.utils.format_datetime(when)
    msg["Message-ID"] = key
    if thread:
        msg["In-Reply-To"] = thread[-1]
        msg["References"] = " ".join(thread)
    text = body.format(**values)
    if employer.ats in HTML_ONLY and not step.personal:
        paragraphs = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
        msg.set_content(
            f"<html><body><table><tr><td>{paragraphs}</td></tr></table></body></html>", subtype="html"
        )
    else:
        msg.set_content(text)
    return msg.as_bytes()
