"""What the classifier reads: one normalised string per message.

The model must learn from what the *sender wrote to us*, not from the user's own quoted words,
legal footers or tracking links. So quoted replies are cut, footers and URLs are replaced by
placeholders, and the subject is repeated with a marker so it weighs like the strong signal it
is. The same function is used for training and prediction; `FEATURE_VERSION` is stored with every
model, and a model trained on another version is refused.
"""

from __future__ import annotations

import bisect
import re

from .message import Message

FEATURE_VERSION = 1
MAX_BODY_CHARS = 1500

# A reply's quoted history starts at lines like these (English, German, French, Spanish, Outlook).
_QUOTE_HEADER = re.compile(
    r"^(?:\s*(?:on\b.{0,200}\bwrote:|am\b.{0,200}\bschrieb.{0,80}:|le\b.{0,200}\ba écrit\s*:"
    r"|el\b.{0,200}\bescribió:|-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine"
    r"|mensaje original)\s*-{2,}|_{10,}\s*$|from:\s.{0,200}\n\s*(?:sent|date|gesendet):"
    r"|von:\s.{0,200}\n\s*(?:gesendet|datum):))",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARD_MARK = re.compile(
    r"^-{3,}\s*(?:forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado)",
    re.IGNORECASE | re.MULTILINE,
)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_NUMBER = re.compile(r"\b\d[\d.,:/-]*\b")
_SPACES = re.compile(r"[ \t\u00a0]+")


# --- cue words -------------------------------------------------------------------------------
# Vocabulary of job applications, of negative decisions, of hedges ("if you are not selected"),
# and of invitations, in English, German, French and Spanish.
_JOB = re.compile(
    r"\b(?:applica\w*|appl(?:y|ied|ying)|candida\w*|position|role|vacanc\w*|opening|requisition"
    r"|interview\w*|hiring|recruit\w*|r[ée]sum[ée]|cv|lebenslauf|job|career\w*|bewerb\w*|stelle\w*"
    r"|kandidat\w*|vorstellungsgespr\w*|poste|puesto|vacante|entrevista|empleo|talent\w*"
    r"|personalabteilung|ausbildung\w*|praktik\w*|internship|opportunit\w*)\b",
)
_NEG = re.compile(
    r"(?:decided (?:not )?to (?:move|proceed|pursue|go|continue|progress)(?: forward)? with "
    r"(?:other|another|a different|the other|someone|an? (?:internal|external))"
    r"|(?:not|won't|will not|n't) (?:be )?(?:moving|move|progress\w*|proceed\w*|taking|take) "
    r"(?:forward|further|your application)"
    r"|no longer (?:be )?(?:consider\w*|under consideration)"
    r"|(?:not|n't) (?:been )?(?:selected|successful|shortlisted|chosen)|unsuccessful"
    r"|unable to (?:offer|progress|move|proceed)"
    r"|(?:position|role|vacancy|requisition|job|opening|posting)\w* (?:has|have)? ?(?:been|was|is|are) "
    r"(?:now )?(?:filled|closed|cancel+ed|withdrawn|put on hold)"
    r"|regret to (?:inform|let you know|tell)|other (?:candidates|applicants) whose"
    r"|gone with (?:someone|another|a candidate)|went with (?:someone|another)"
    r"|chosen (?:another|a different|to pursue)"
    r"|leider|absage|nicht (?:weiter )?(?:berücksichtig|in betracht|für sie entschieden)"
    r"|(?:für|zugunsten) (?:eine[nr]?|andere)\w* (?:andere[nr]?)? ?(?:kandidat|bewerb)"
    r"|anders entschieden|nicht in die engere|stelle (?:wurde|ist) (?:bereits )?(?:besetzt|vergeben)"
    r"|pas (?:été )?retenu|ne pas donner suite|au regret|autre candidat|n'avons pas retenu"
    r"|lamenta\w*|no (?:ha sido|has sido|hemos|fue) (?:selecc\w*|elegid\w*)|otros? candidat\w*"
    r"|no continuar|no avanzar|vacante (?:ya )?(?:ha sido|fue) cubierta"
    # further phrasings seen in real rejections: "not successful on this occasion", "decided to go
    # another way", "filled the role", "hired someone", "nicht bestanden", "descartado"
    r"|(?:not|n't) (?:been )?successful|no longer (?:being )?considered|decided (?:to go|against)"
    r"|(?:filled|closed) (?:the|this) (?:role|position|vacancy|opening)|(?:hired|offered the (?:role|position) to) "
    r"(?:someone|another|a candidate|an internal)|not (?:be )?(?:able to )?offer(?:ing)? you"
    r"|won't be (?:moving|taking|progressing)|not the right (?:fit|match)|(?:other|another) direction"
    r"|(?:uns|sich) (?:leider )?(?:anders|für (?:jemand(?:en)? anders|eine?n? andere))\w* entschieden"
    r"|nicht bestanden|keine (?:positive|andere) (?:rückmeldung|nachricht)|nicht (?:zum zug|weiterverfolg)"
    r"|kein(?:e|en)? (?:angebot|zusage)|(?:platz|stelle|position)\w* (?:ist|sind|wurde|wurden) (?:bereits )?"
    r"(?:vergeben|besetzt)|suite (?:défavorable|négative)|ne (?:pourrons|pouvons) pas (?:donner|retenir)"
    r"|pas (?:pu )?(?:être )?retenue?s?|descartad\w*|no (?:ha|has) (?:resultado|sido) (?:seleccionad|elegid)\w*"
    r"|hemos (?:decidido|optado) (?:continuar|seguir|avanzar) con otr\w*|no (?:fue|ha sido) posible"
    # job-board notices that a posting closed: "no longer accepting applications", "Anzeige geschlossen"
    r"|no longer accepting applications|(?:closed|removed) (?:this|the) (?:job|posting|position|role)"
    r"|without moving your application forward|nimmt keine bewerbungen mehr an|nicht (?:weiter )?bearbeitet"
    r"|(?:stellen)?(?:anzeige|ausschreibung)\w* (?:wurde|ist) (?:[\w.]+ ){0,6}geschlossen)",
)
_HEDGE = re.compile(
    r"(?:if (?:you are|you're|your (?:application|profile|experience) (?:is|matches|is not)|we (?:do not|don't"
    r"|decide)|you (?:do not|don't|haven't) hear|not selected)|should (?:your|we|you not)|in (?:the )?case (?:we|that)"
    r"|we (?:will|'ll) (?:be in touch|review|contact|get back|let you know)|unless|may not be able to"
    r"|(?:cannot|can't|unable to) (?:respond|reply) to (?:every|each|all)|high (?:volume|number) of applica"
    r"|sollten wir|falls (?:wir|sie|ihr|du)|im falle einer|wenn wir (?:ihnen|dir) (?:keine|nicht)"
    r"|wir (?:melden|werden) uns|noch (?:keine|nicht) (?:entscheidung|entschieden)"
    r"|si (?:votre|nous|vous|ta|tu)|en cas de|dans le cas où|en caso de|si (?:no|tu|su) "
    r"|nos pondremos en contacto|once we have reviewed|under review|being reviewed|still reviewing)",
)
_POSITIVE = re.compile(
    r"(?:(?:pleased|delighted|happy|excited|thrilled) to (?:offer|inform you that you|let you know that you"
    r"|invite|move you|confirm your)|congratulations|job offer|offer letter|herzlichen glückwunsch"
    r"|freuen uns,? (?:ihnen|dir|sie|dich)|(?:eine|die|unsere) zusage|vertragsangebot|nous avons le plaisir"
    r"|félicitations|heureux de vous (?:proposer|annoncer)|nos complace|enhorabuena|felicidades"
    r"|nos alegra (?:comunicarte|informarte))",
)
_INVITE = re.compile(
    r"(?:invite you|invitation|would (?:love|like) to (?:schedule|set up|invite|speak|chat|meet)"
    r"|schedule (?:a|an|your)|your availability|available (?:for|on)|next (?:round|step|stage)s?"
    r"|calendar|einladen|einladung|termin\w*|kennenlernen|entretien|convoc\w*|disponibilit\w*"
    r"|entrevista con|agendar)",
)
_SENTENCE = re.compile(r"[.!?;\n]+")
_CANDIDATE = re.compile("candidat")


def cue_tokens(text: str) -> str:
    """Marker words for what a bag of n-grams cannot see: *job* and *negative decision* in one
    sentence, not hedged ("if you are not selected ..."). They let the model tell "we went with
    another candidate" from a declined loan, or from an acknowledgement that only mentions the
    possibility of a rejection."""
    # The cue patterns are lower case and compiled without IGNORECASE, and each runs once over
    # the whole text: lowering once and mapping matches to sentences by position is several
    # times faster than searching sentence by sentence (this runs on every message).
    low = text.lower()
    ends = [m.end() for m in _SENTENCE.finditer(low)]

    def sentences(pattern: re.Pattern[str]) -> set[int]:
        return {bisect.bisect_right(ends, m.start()) for m in pattern.finditer(low)}

    j, n, h = sentences(_JOB), sentences(_NEG), sentences(_HEDGE)
    decided = n - h  # "if you are not selected, ..." is not a rejection
    job, neg, hedged = len(j), len(decided), len(n & h)
    invite, positive = len(sentences(_INVITE)), len(sentences(_POSITIVE))
    both = len(decided & (j | sentences(_CANDIDATE)))
    tokens = [
        name
        for name, present in (
            ("xcuejob", job),
            ("xcueneg", neg),
            ("xcuehedgedneg", hedged),
            ("xcueinvite", invite),
            ("xcuepositive", positive),
            ("xcuejobandneg", job and neg),
            ("xcuenegnojob", neg and not job),
            ("xcuejobnoneg", job and not neg),
        )
        if present
    ]
    tokens += ["xcuejobneg"] * min(both, 2)
    return " ".join(tokens)


def strip_quoted(text: str) -> str:
    """Drop `>`-quoted lines and everything after a reply header; keep forwarded content."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith(">")]
    text = "\n".join(lines)
    forward = _FORWARD_MARK.search(text)
    match = _QUOTE_HEADER.search(text)
    if match and not (forward and forward.start() < match.start()) and match.start() > 0:
        text = text[: match.start()]
    return text


def model_text(message: Message) -> str:
    """The single string the pipeline vectorises for `message`."""
    return text_for_model(message.subject, message.text)


def text_for_model(subject: str, body: str) -> str:
    """Normalise subject and body into the model's input (see the module docstring)."""
    body = strip_quoted(body)[:MAX_BODY_CHARS]
    body = _URL.sub(" xurl ", body)
    body = _EMAIL.sub(" xemail ", body)
    body = _NUMBER.sub(" xnum ", body)
    body = _SPACES.sub(" ", body)
    subject = _NUMBER.sub(" xnum ", _URL.sub(" xurl ", subject))
    return f"xsubject {subject}\n{subject}\n{body}\n{cue_tokens(subject + chr(10) + body)}".lower()
