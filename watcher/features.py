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

#: 2: cue words for a decision made vs a possibility, receipts, withdrawals, "viewed", forwards;
#: 2,500 body characters (ATS mail puts its decision after long boilerplate), 300 of the subject.
FEATURE_VERSION = 2
MAX_BODY_CHARS = 2500
#: Real subjects are short; a flood of encoded words must not drown the body (it is read twice).
MAX_SUBJECT_CHARS = 300

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
    r"|decided not to (?:move|proceed|progress|pursue|continue|go|take|invite|offer)|not to (?:move|proceed) forward"
    r"|no (?:ser|haber sido) (?:selecc|elegid)\w*|ne (?:pas )?(?:être|avoir été) retenue?"
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
# A decision *made*: perfect or past tense of deciding, choosing, filling, closing; "at this time".
_DECIDED = re.compile(
    r"(?:\bwe(?: have|'ve|’ve)? (?:now )?(?:decided|chosen|made (?:the|a) decision|concluded|filled|selected|offered"
    r"|opted|gone|went|moved|closed|cancel+ed)|\bdecided\b|after (?:careful|much|thorough|a lot of) (?:consideration"
    r"|review|deliberation|discussion|thought)|has (?:now )?been (?:filled|closed|cancel+ed|withdrawn|put on hold)"
    r"|(?:is|are) no longer (?:available|open)|at this (?:time|point|stage)|on this occasion|(?:this|that) time\b"
    r"|for this one|(?:are|'re|’re) (?:going with|not going to|going to pass)|we won(?:'|’)t|we will not"
    r"|accepted (?:an|our) offer|status (?:has been )?(?:updated|changed) to"
    r"|(?:haben|hat) (?:uns|sich)? ?(?:\w+ ){0,3}(?:entschieden|entschlossen|beschlossen)|entschieden|beschlossen"
    r"|nach (?:sorgfältiger|reiflicher|eingehender|intensiver|langer) (?:prüfung|überlegung|abwägung|diskussion)"
    r"|mittlerweile|inzwischen|bereits (?:besetzt|vergeben)|wurde (?:\w+ ){0,2}(?:besetzt|vergeben|zurückgezogen"
    r"|geschlossen|geändert)|diesmal|in diesem fall|müssen (?:wir )?(?:ihnen|dir|euch) (?:heute )?(?:leider )?mitteilen"
    r"|nous avons (?:\w+ )?(?:décidé|choisi|retenu|fait le choix|pris la décision|proposé)|après (?:étude|réflexion"
    r"|examen|analyse|beaucoup)|a été (?:pourvu|annulé|clôturé|suspendu|mis à jour)|sommes au regret|cette fois"
    r"|nous n(?:'|’)allons pas|ne donnerons pas|pour ce poste"
    r"|hemos (?:\w+ )?(?:decidido|optado|elegido|resuelto|seleccionado|ofrecido)|tras (?:valorar|analizar|revisar)"
    r"|después de (?:analizar|valorar|darle|revisar)|ha sido (?:cubiert|cancelad|cerrad)\w*|se ha cubierto"
    r"|lamentamos (?:comunicar|informar)\w*|en esta ocasión|no vamos a|no continuaremos|ha cambiado a)",
)
# A possibility: a condition, or a future step ("if you are not selected", "we will be in touch").
_CONDITIONAL = re.compile(
    r"(?:\bif\b|\bshould (?:your|you|we|there|the)|in (?:the )?(?:case|event)|\bunless\b|\bonce (?:we|a|the|your)"
    r"|\bwhether\b|either way|we(?: will|'ll|’ll) (?:be in touch|contact|let you know|review|reach out|keep|get back)"
    r"|you(?: will|'ll|’ll) hear|\bmay (?:contact|consider|reach|take)|only (?:shortlisted|successful|selected)"
    r"|please assume|in the coming|\bfalls\b|\bsollte[nt]?\b|\bwenn\b|im falle|\bsobald\b|melden uns"
    r"|werden uns (?:\w+ ){0,3}melden|in jedem fall|\bnur (?:bewerber|kandidat)|gehen sie (?:bitte )?davon aus"
    r"|passt (?:dein|ihr) profil|\bsi (?:votre|vous|nous|ta|tu|le|la|aucune)|\bs(?:'|’)il|dans le cas|en cas de|au cas où"
    r"|le cas échéant|\bdès que|reviendrons vers vous|nous vous contacterons|seuls les|veuillez considérer"
    r"|quelle que soit|\bsi (?:tu|su|no|tras|se|el)\b|en (?:el )?caso de|\buna vez\b|nos pondremos en contacto"
    r"|te informaremos|le informaremos|solo contactaremos|entiende que|sea cual sea|te mantendremos)",
)
_RECEIVED = re.compile(
    r"(?:(?:have|has been|was) (?:successfully )?(?:received|submitted)|confirm(?:s|ing)? (?:the )?receipt|confirms that your"
    r"|application (?:is in|arrived)|you have applied|eingang|eingegangen|(?:haben|habe) (?:ihre|deine) \w+ erhalten"
    r"|angekommen|bien reçu|accusons réception|a bien été (?:enregistrée|transmise|envoyée)|envoyée avec succès"
    r"|hemos recibido|recepción de|se ha registrado|nos ha llegado)",
)
_WITHDRAWN = re.compile(
    r"(?:withdr[ae]w|withdrawn|zurückgezogen|zurückzieh|retrait|retirée?|retirad|retirar|has retirado)"
)
_VIEWED = re.compile(
    r"(?:(?:was|been) viewed|viewed your|angesehen|angeschaut|wurde gelesen|consulté|ha sido vista|ha (?:visto|leído)"
    r"|cv leído)"
)
# The decision lies in the past and something new is on offer: a recruiter reconnecting after an
# earlier "no" is not rejecting anyone now.
_EARLIER = re.compile(
    r"(?:last (?:year|spring|summer|autumn|fall|winter|time|month)|back then|at the time|that time"
    r"|earlier this year|a while (?:ago|back)|damals|letztes jahr|vergangenes jahr|im (?:frühjahr|sommer|herbst"
    r"|winter)|zu der zeit|à l(?:'|’)époque|l(?:'|’)an dernier|l(?:'|’)année dernière|au printemps|à ce moment-là"
    r"|en su momento|aquella vez|el año pasado|en primavera|entonces)"
)
_NEW_ROLE = re.compile(
    r"(?:new (?:role|position|opening|opportunit\w*|vacanc\w*)|(?:has|have) (?:just )?opened|hiring again"
    r"|growing again|open to (?:a chat|new|hearing)|neue (?:stelle|position|rolle)|wieder (?:wachsen|einstellen)"
    r"|wir wachsen|neuen? (?:job|stelle)|nouveau poste|nouvelle opportunité|recrutons à nouveau|vient de s(?:'|’)ouvrir"
    r"|nueva (?:posición|oportunidad|vacante)|volvemos a crecer|acaba de abrirse|ahora buscamos)"
)
# A sender that recruits: its name or address says jobs, careers, talent, HR, or it is an ATS.
_JOB_SENDER = re.compile(
    r"(?:job|career|recruit|talent|hiring|\bhr\b|\bpeople\b|bewerb|karriere|personal|stellen|emploi|recrut"
    r"|candidat|rrhh|empleo|selecci|workday|greenhouse|lever\.co|ashbyhq|smartrecruiters|icims|taleo"
    r"|successfactors|jobvite|personio|recruitee|bamboohr|softgarden|teamtailor|workable|breezy|jazzhr)"
)
_SENTENCE = re.compile(r"[.!?;\n]+")
_CANDIDATE = re.compile("candidat")


def cue_tokens(text: str) -> str:
    """Marker words for what a bag of n-grams cannot see: *job* and *negative decision* in one
    sentence, not hedged ("if you are not selected ..."). They let the model tell "we went with
    another candidate" from a declined loan, or from an acknowledgement that only mentions the
    possibility of a rejection.

    A decision *made* ("we have decided", "wir haben uns entschieden", "nous avons décidé",
    "hemos decidido", "has been filled", "at this time") is told from a *possibility* (a
    condition or a future step: "if you are not selected", "sollten wir", "si votre candidature",
    "en caso de", "we will be in touch") sentence by sentence, in all four languages; receipts,
    withdrawals, "your application was viewed" and a forward with a note above it get cues too."""
    # The cue patterns are lower case and compiled without IGNORECASE, and each runs once over
    # the whole text: lowering once and mapping matches to sentences by position is several
    # times faster than searching sentence by sentence (this runs on every message).
    low = text.lower()
    ends = [m.end() for m in _SENTENCE.finditer(low)]

    def sentences(pattern: re.Pattern[str]) -> set[int]:
        return {bisect.bisect_right(ends, m.start()) for m in pattern.finditer(low)}

    j, n, h = sentences(_JOB), sentences(_NEG), sentences(_HEDGE) | sentences(_CONDITIONAL)
    made = sentences(_DECIDED) - h  # a decision stated as made, not as a possibility
    earlier, new_role = sentences(_EARLIER), sentences(_NEW_ROLE)
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
            ("xcuedecided", made),
            ("xcuecond", h),
            ("xcuenegdecided", decided & made),
            ("xcuenegonlycond", n and not decided),
            ("xcuedecidednoneg", made and not n),
            ("xcuereceived", _RECEIVED.search(low)),
            ("xcuewithdrawn", _WITHDRAWN.search(low)),
            ("xcueviewed", _VIEWED.search(low)),
            ("xcueforwarded", _forwarded_with_note(text)),
            ("xcueearlier", earlier),
            ("xcuenewrole", new_role),
            ("xcueearlierno", n & earlier),
            ("xcuenoandnewrole", n and new_role),
        )
        if present
    ]
    tokens += ["xcuejobneg"] * min(both, 2)
    return " ".join(tokens)


def _forwarded_with_note(text: str) -> bool:
    """Someone forwarded a message and wrote something above it (a friend asking "is this a no?")."""
    match = _FORWARD_MARK.search(text)
    return bool(match and len(text[: match.start()].strip()) > 15)


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
    sender = f"{message.sender.name} {message.sender.email}" if message.sender else ""
    return text_for_model(message.subject, message.text, sender)


def text_for_model(subject: str, body: str, sender: str = "") -> str:
    """Normalise subject and body into the model's input (see the module docstring). Of the
    sender only one thing is kept: whether it looks like a recruiting address or an ATS."""
    body = strip_quoted(body)[:MAX_BODY_CHARS]
    body = _URL.sub(" xurl ", body)
    body = _EMAIL.sub(" xemail ", body)
    body = _NUMBER.sub(" xnum ", body)
    body = _SPACES.sub(" ", body)
    subject = _NUMBER.sub(" xnum ", _URL.sub(" xurl ", subject[:MAX_SUBJECT_CHARS]))
    cues = cue_tokens(subject + "\n" + body)
    if _JOB_SENDER.search(sender[:400].lower()):
        cues += " xcuejobsender"
    return f"xsubject {subject}\n{subject}\n{body}\n{cues}".lower()
