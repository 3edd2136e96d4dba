"""The words and patterns the extractors share: domains, word lists, and markers to strip.

Everything here is data, decided once: which domains send on an employer's behalf (ATS and job
boards) or belong to nobody's employer (freemail), which words make a name a team, an
organisation or a job title rather than a person, and which fragments of a title are noise
(reference numbers, gender markers). A rule used by a single extractor lives with that
extractor; a list several of them consult lives here, so they cannot drift apart.
"""

from __future__ import annotations

import re

#: Applicant-tracking systems and job boards send on behalf of the employer.
ATS_DOMAINS = (
    "greenhouse.io",
    "greenhouse-mail.io",
    "myworkday.com",
    "myworkdayjobs.com",
    "workday.com",
    "lever.co",
    "hire.lever.co",
    "icims.com",
    "smartrecruiters.com",
    "smartrecruiters.net",
    "linkedin.com",
    "taleo.net",
    "ashbyhq.com",
    "workablemail.com",
    "workable.com",
    "teamtailor.com",
    "teamtailor-mail.com",
    "bamboohr.com",
    "successfactors.com",
    "successfactors.eu",
    "sapsf.com",
    "sapsf.eu",
    "jobs2web.com",
    "jobvite.com",
    "personio.de",
    "personio.com",
    "softgarden.io",
    "softgarden.de",
    "dvinci-mail.com",
    "dvinci.de",
    "rexx-systems.com",
    "recruitee.com",
    "join.com",
    "stepstone.de",
    "xing.com",
    "onlyfy.com",
    "indeed.com",
    "indeedemail.com",
    "glassdoor.com",
    "breezy.hr",
    "jazzhr.com",
    "applytojob.com",
    "pinpointhq.com",
    "homerun.co",
    "comeet.co",
    "avature.net",
    "oraclecloud.com",
    "brassring.com",
    "csod.com",
    "ultipro.com",
    "ukg.com",
    "paylocity.com",
    "pageuppeople.com",
    "jobadder.com",
    "zohorecruit.com",
    "recruiterbox.com",
    "hirehive.com",
    "umantis.com",
    "concludis.de",
    "prescreen.io",
    "welcometothejungle.com",
    "otta.com",
    "wellfound.com",
    "hibob.com",
    "factorial.co",
    "rippling.com",
    "dover.com",
    "gem.com",
)
FREEMAIL_DOMAINS = (
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "yahoo.com",
    "icloud.com",
    "me.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "t-online.de",
    "posteo.de",
    "mailbox.org",
    "proton.me",
    "protonmail.com",
    "fastmail.com",
    "aol.com",
    "yandex.ru",
    "mail.ru",
    "orange.fr",
    "free.fr",
    "laposte.net",
    "wanadoo.fr",
    "hotmail.fr",
    "yahoo.fr",
    "yahoo.es",
    "hotmail.es",
    "libero.it",
    "gmx.at",
    "bluewin.ch",
    "hey.com",
)

# --- word lists -----------------------------------------------------------------------------


def _vocabulary(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: The tools themselves: a display name "LinkedIn" or "Greenhouse" is never the employer.
_ATS_BRANDS = _vocabulary("""greenhouse workday lever icims smartrecruiters linkedin taleo ashby workable
teamtailor bamboohr successfactors jobvite personio softgarden dvinci rexx recruitee join stepstone
xing indeed glassdoor breezy jazzhr pinpoint homerun comeet avature onlyfy""")
#: Words that make a name a team or a function, not a person or a company ("The Talent Team").
_TEAM_WORDS = _vocabulary("""team teams talent acquisition recruiting recruitment recruiters careers career
jobs job hiring hr people personal personnel human resources karriere bewerbung bewerbungen
bewerbermanagement personalabteilung personalgewinnung recrutement rh rrhh selección seleccion
empleo equipo équipe departamento department abteilung culture staffing notifications
notification support info service services office admin noreply no-reply ops talentteam graduate
graduates campus early student students trainee trainees programs ausbildung personalwesen
impressum imprint datenschutz privacy unsubscribe terms professional professionals emerging programs programme
programmes internship internships interns apprentices apprenticeship apprenticeships sourcing talento""")
#: Web addresses in a signature that name no employer: social networks, job sites, link shorteners.
_NOT_AN_EMPLOYER_HOST = _vocabulary("""linkedin facebook instagram twitter x youtube xing kununu glassdoor indeed
tiktok google apple microsoft bit t lnkd goo stepstone monster welcometothejungle infojobs""")
#: Words that make a line an organisation ("Northpine Bakery") rather than a person.
_ORG_WORDS = _vocabulary("""group gruppe grupo groupe inc ltd llc gmbh ag se kg corp company co labs lab
studio studios software solutions systems technologies technology tech health healthcare bank
capital partners consulting digital media medien foods food energy hotels hotel analytics
robotics logistics logistik insurance versicherung construction bakery theatre theater institute
institut university universität université universidad college school council foundation
stiftung hospital klinik klinikum clinic stadtwerke maison atelier café cafe mobility estates
mutual water solar coffee roasters outdoor retail agency holdings ventures industries
international global network cloud data ai bio biosciences pharma motors finance financial
lending payments pagos museum gallery trust society association club press publishing design
games entertainment travel transport freight shipping telecom communications security legal law
care dental pharmacy brewery coop co-op cooperative fabrik maschinenbau bau estudio agencia
société city county district ministry department state federal national regional public
royal authority housing fonds soziales sozial verein verband gemeinde stadt magistrat bezirk amt behörde kammer
kasse krankenkasse hilfswerk werke betriebe genossenschaft hochschule fachhochschule akademie schule
gymnasium kindergarten caritas diakonie kreuz zentrum center centre technische städtische öffentliche
evangelische katholische landes bundes mairie ville conseil région fondation caisse hôpital lycée collège
école ministère ayuntamiento fundación asociación consejería junta diputación colegio ministerio
universidad centro servicio servicios""")
#: Endings that make a word an organisation ("Sozialamt", "Landeskrankenkasse", "Sportverband").
_ORG_ENDINGS = (
    "amt",
    "kasse",
    "verband",
    "verein",
    "werke",
    "zentrum",
    "stiftung",
    "schule",
    "klinik",
    "klinikum",
    "akademie",
    "gesellschaft",
    "behörde",
    "kammer",
    "institut",
    "fonds",
    "universität",
    "hochschule",
)
#: Degrees and credentials written after a name: "Jana Novak-Berger, MSc", "Jane Doe, PhD, SPHR".
_CREDENTIAL = re.compile(
    r"(?:[A-Z]{2,6}(?:-[A-Z]{1,2})?|Ph\.?\s?D\.?|D\.?Phil\.?|M\.?\s?Sc\.?|B\.?\s?Sc\.?|M\.?\s?A\.?|B\.?\s?A\.?|MEng|BEng"
    r"|M\.?Eng\.?|LL\.?\s?[MB]\.?|Mag\.?(?:a|\(FH\))?|Dr\.?|Dipl\.-?\w*\.?|Bakk\.?|Esq\.?|MPhil|MEd|BEd|Bsc|Msc"
    r"|M\.?\s?Ed\.?|(?:M|B)\.?\s?Eng\.?|MAS|MBA|BBA|MPH|RN|CPA|CIPD|SHRM-\w+)"
    r"(?:\s*[,/&]?\s*(?:[A-Z]{2,6}|M\.?\s?Sc\.?|B\.?\s?Sc\.?|MBA|MSc|BSc|Ph\.?\s?D\.?|MA|BA))*",
)
#: Job-title words: a signature line made of these is a title, not a company or a name.
_TITLE_WORDS = _vocabulary("""recruiter recruiters manager management head lead leader officer partner
consultant coordinator specialist assistant associate advisor adviser director directeur
directrice directora founder co-founder cofounder owner ceo cto cfo coo president vp chief
engineer engineering designer producer analyst generalist sourcer scientist professor creative
senior junior principal staff intern executive administrator secretary supervisor leiter
leiterin referent referentin geschäftsführer geschäftsführerin sachbearbeiter sachbearbeiterin
personalleiter personalleiterin responsable chargé chargée conseiller conseillère gérant gérante
jefe jefa gerente reclutamiento marketing sales operations""")
_TITLE_ENDINGS = (
    "leiter",
    "leiterin",
    "leitung",
    "manager",
    "managerin",
    "referent",
    "referentin",
    "berater",
    "beraterin",
    "recruiter",
    "abteilung",
    "beauftragte",
    "beauftragter",
)
#: German compounds for functions and departments ("Praxismanagement", "Personalabteilung").
_DEPARTMENT_ENDINGS = ("team", "management", "abteilung", "verwaltung", "leitung", "führung", "wesen", "büro")
_DETERMINERS = _vocabulary("""the your our ihr ihre euer dein deine das die der den dem l' l’ le la les el los
las tu su votre notre nuestro nuestra vos nos a an""")
_NOT_NAME = (
    _TEAM_WORDS
    | _ORG_WORDS
    | _TITLE_WORDS
    | _DETERMINERS
    | _vocabulary(
        """thanks thank best regards cheers dear hi hello hallo hey bonjour hola sincerely warmly kind
    yours gracias merci danke viele liebe mit grüße gruß cordialement saludos atentamente please
    note hinweis unfortunately sent from to subject tel phone mobile email e-mail web www good luck
    all again wishing looking forward congratulations confidential disclaimer monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july august
    september october november december you we us i wishes take talk soon happy hunting stay safe
    well ciao bye cheerio onwards tschüss servus adiós salut abrazos besos hugs love peace"""
    )
)
_PARTICLES = {
    "de",
    "da",
    "del",
    "della",
    "di",
    "do",
    "dos",
    "das",
    "du",
    "van",
    "von",
    "der",
    "den",
    "ter",
    "ten",
    "la",
    "le",
    "bin",
    "al",
    "el",
    "y",
    "zu",
    "st.",
}
_HONORIFICS = re.compile(
    r"^(?:(?:dr|prof|mr|mrs|ms|mx|miss|herr|frau|m|mme|mlle|sr|sra|srta|dott|ing|dipl\.-ing|mag|rev|fr"
    r"|sister|brother|father|pastor|rabbi|dame|sir)\.?\s+|(?:i\.\s?a|i\.\s?v|pp|p\.p)\.?\s+)+",  # "i. A."
    re.IGNORECASE,
)
#: Words that end a run of capitalised words ("Abrechnung und Ihr Interesse").
_PRONOUNS = _DETERMINERS | {"sie", "ihnen", "wir", "uns", "ich", "we", "i", "you", "us", "vous", "nous"}
#: Lower-case words allowed inside a company name ("Marks & Spencer", "Bank of Scotland").
_COMPANY_CONNECTORS = {"&", "and", "und", "of", "de", "del", "des", "du", "la", "y", "e", "für", "van", "von"}

# --- shared patterns ------------------------------------------------------------------------

#: "(m/w/d)", "(H/F)", "(all genders)": not part of the job title.
_GENDER = re.compile(
    r"\s*\(?\b(?:[mwfdhx]\*?\s*/\s*){1,3}[mwfdhx]\*?\b\)?|\s*\((?:all genders|gn\*?|alle geschlechter)\)",
    re.IGNORECASE,
)
#: "(Req #4471)", "- Req 1234", "R-20418", "(Kennziffer 2025-017)": reference numbers.
_REFERENCE = re.compile(
    r"\s*\((?![^()]*\b(?:summer|winter|spring|fall|autumn|sommer|herbst|frühjahr|été|hiver|verano|invierno|intake"
    r"|cohort|class of)\b)[^()]*\d[^()]*\)|\s*[-–|,]?\s*\b(?:req(?:uisition)?|ref(?:erence)?|job\s*id|id|kennziffer|kennzahl"
    r"|referenz|réf|nr|no)\.?\s*[#:]?\s*[\w/-]*\d[\w/-]*|\s*#\s*\d+"
    r"|\b(?<!Summer )(?<!Winter )(?<!Spring )(?<!Fall )(?<!Autumn )(?<!Sommer )(?<!Herbst )(?<!Class of )"
    r"(?!(?:19|20)\d\d\b(?![-/]\d))[A-Z]{0,3}-?\d{3,}\b",
    re.IGNORECASE,
)
#: Where a signature or display-name line splits into parts ("Jane Doe | Recruiter | Acme").
_SEGMENT_SPLIT = re.compile(r"\s*[|·•]\s*|\s+[–—-]\s+|,\s+")
#: Lower-case words that belong inside a job title ("Junior Web developer", "Ruby on Rails").
_TITLE_NOUNS = _vocabulary("""developer developers engineer engineering manager designer analyst assistant intern
internship specialist consultant coordinator officer administrator technician scientist architect lead nurse
teacher editor writer accountant programmer tester support associate representative advisor clerk apprentice
trainee student executive director producer researcher operator mechanic electrician driver chef cook
agent controller planner buyer""")
#: Days and months end a title: "the Data Analyst on Monday" names no role called "Analyst on Monday".
_CALENDAR = _vocabulary("""monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december""")
_TITLE_ABBREVIATION = r"(?:Sr|Jr|Snr|Jnr|Mgr|Asst|Assoc|Dept|Dir|Exec|St)\."
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
