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
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from .message import Message

#: 2: cue words for a decision made vs a possibility, receipts, withdrawals, "viewed", forwards;
#: 2,500 body characters (ATS mail puts its decision after long boilerplate), 300 of the subject.
#: 3: an HTML-only body is read as htmltext.flatten_html gives it (not inscriptis' rendering);
#: cue phrases match where a word starts, three times faster (German compound heads and
#: contractions inside words, as before; no more "falls" in "ebenfalls", "si vous" in "aussi
#: vous", "in the event" in "certain event"); the text is lowered once.
FEATURE_VERSION = 3
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
# Lower case (the text is lowered first), and starting with a literal or a digit, so that the
# regex engine jumps to candidates in C: "\d(?<!\w\d)" is "\b\d" (the digit starts a word).
_URL = re.compile(r"(?:https?://|www\.)\S+")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_NUMBER = re.compile(r"\d(?<!\w\d)[\d.,:/-]*\b")
_SPACES = re.compile(r"[ \t\u00a0]+")


# --- cue words -------------------------------------------------------------------------------
# Vocabulary of job applications, of negative decisions, of hedges ("if you are not selected"),
# and of invitations, in English, German, French and Spanish.
#
# Each cue is a phrase that starts where a word starts, and a few that match inside words too:
# a German compound's head ("Standardabsage", "Bewerbungseingang", "Gesprächstermin") or a
# contraction ("didn't", "cannot", "we're"). `_cue` compiles the first kind behind one non-word
# character and cue_tokens scans the lower-cased text with a space in front: Python's regex
# engine then skips, in C, every position inside a word, where it used to try each of dozens of
# alternatives (FEATURE_VERSION 3, several times faster). The second kind is a separate
# pattern whose alternatives each begin with a letter, so the engine skips the other letters.
# Three phrases keep matching inside words as they always did, though it reads as accidental
# ("viewed your" in "reviewed your", "eine zusage" in "keine zusage", "termin" in
# "determined"): the model learnt them so, and narrowing them cost a Spanish rejection in
# cross-validation; a question for a later retraining.


@dataclass(frozen=True)
class _Cue:
    """A cue's phrases: those that start where a word starts, and those matched anywhere.

    `heads` and `inside_heads` are literal beginnings, one of which every match starts with
    (see _heads); None where the pattern has a match that starts with no known literal.
    """

    at_word_source: str
    inside_source: str | None
    heads: frozenset[str] | None
    inside_heads: frozenset[str] | None

    # Compiled on first use: most mail never needs most cues (see `possible`), and compiling all
    # of them cost every process ~70 ms at import — a third of `classify one.eml`.
    @cached_property
    def at_word(self) -> re.Pattern[str]:
        return re.compile(self.at_word_source)

    @cached_property
    def inside(self) -> re.Pattern[str] | None:
        return re.compile(self.inside_source) if self.inside_source else None

    def possible(self, low: str, seen: frozenset[str]) -> bool:
        """False when the cue cannot occur: none of its at-word heads is in `seen` (prefixes of
        what _HEADS found at word starts) and none of its inside heads is in `low`."""
        if self.heads is None or self.heads & seen:
            return True
        if self.inside_source is None:
            return False
        return self.inside_heads is None or any(head in low for head in self.inside_heads)

    def starts(self, low: str, padded: str, seen: frozenset[str]) -> Iterator[int]:
        """Where each match starts in `low` (`padded` is " " + low: an at-word match starts at
        the non-word character before its word, which in `padded` is the word's index in low)."""
        if not self.possible(low, seen):
            return
        for m in self.at_word.finditer(padded):
            yield m.start()
        if self.inside is not None:
            for m in self.inside.finditer(low):
                yield m.start()

    def found(self, low: str, padded: str, seen: frozenset[str]) -> bool:
        """Whether any phrase of the cue occurs."""
        if not self.possible(low, seen):
            return False
        return bool(self.at_word.search(padded) or (self.inside and self.inside.search(low)))


def _cue(at_word_start: str, inside_words: str = "") -> _Cue:
    """A cue from its phrases at word starts and (optionally) inside words, in lower case."""
    # inside words, each head is looked for with `in` (cheaper than a scan that finds nothing)
    inside_heads = _minimal(_heads(inside_words)) if inside_words else None
    at_word = r"[^\w](?:" + at_word_start + ")"
    return _Cue(at_word, inside_words or None, _minimal(_heads(at_word_start)), inside_heads)


# --- which cues can occur at all -----------------------------------------------------------
# Each cue pattern used to be scanned over every text: twelve scans, most of them finding
# nothing in ordinary mail. Every phrase begins with some literal text ("decided ", "leider",
# "no longer "), so one scan for all those beginnings at word starts (_HEADS) tells which cues
# can occur; only those are scanned, exactly as before. The beginnings are read off the
# patterns' source (_heads); a phrase whose beginning is not plain text makes its cue always
# scanned, so the result never changes, only the work: on real mail (bench-mail) about 1.3
# cue patterns are scanned per message instead of 12+6, and cue_tokens takes a third of the time.

_META = frozenset("\\.^$*+?{}[]()|")
_QUANTIFIERS = ("?", "*", "+", "{")


def _class_end(source: str, i: int) -> int:
    """The index after the character class that starts at source[i] ("[")."""
    return source.index("]", i + 2) + 1


def _group_end(source: str, i: int) -> int:
    """The index of the ")" that closes the group opened at source[i]."""
    depth = 0
    while True:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(source, i)
            continue
        depth += {"(": 1, ")": -1}.get(c, 0)
        if depth == 0:
            return i
        i += 1


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    parts, start, i = [], 0, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
        elif c == "[":
            i = _class_end(source, i)
        elif c == "(":
            i = _group_end(source, i) + 1
        else:
            if c == "|":
                parts.append(source[start:i])
                start = i + 1
            i += 1
    return [*parts, source[start:]]


def _heads(source: str) -> set[str]:
    """Literal strings one of which every match of `source` starts with ("" among them: no
    literal beginning is known for some match). Conservative: it stops at anything but plain
    characters, non-capturing groups (optional or not) and classes of plain characters."""
    return set().union(*(_branch_heads(branch, "") for branch in _alternatives(source)))


def _branch_heads(source: str, head: str) -> set[str]:
    i = 0
    while i < len(source):
        c, after = source[i], source[i + 1 : i + 2]
        if c == "(":
            end = _group_end(source, i)
            inner, quantifier = source[i + 1 : end], source[end + 1 : end + 2]
            quantifier = quantifier if quantifier in _QUANTIFIERS else ""
            if not inner.startswith("?:") or quantifier in ("*", "+", "{"):
                return {head}
            rest = source[end + 1 + len(quantifier) :]
            if quantifier == "?" and rest[:1] in ("?", "+"):  # lazy or possessive: stop here
                return {head}
            words = _alternatives(inner[2:])
            if any(set(word) & _META for word in words):  # not all plain: their heads only
                heads = {head + h for h in _heads(inner[2:])}
            else:  # plain words: each goes on with what follows the group
                heads = set().union(*(_branch_heads(rest, head + word) for word in words))
            return heads | _branch_heads(rest, head) if quantifier == "?" else heads
        if c == "[":
            end = _class_end(source, i)
            chars = source[i + 1 : end - 1]
            if set(chars) & set("^-\\[]") or source[end : end + 1] in _QUANTIFIERS:
                return {head}
            return set().union(*(_branch_heads(source[end:], head + ch) for ch in chars))
        if c in _META or after in _QUANTIFIERS:
            return {head}
        head += c
        i += 1
    return {head}


def _minimal(heads: set[str]) -> frozenset[str] | None:
    """The heads no other head is a prefix of (None if one is empty: the cue is always scanned)."""
    if "" in heads:
        return None
    kept: list[str] = []
    for head in sorted(heads, key=len):
        if not any(head.startswith(k) for k in kept):
            kept.append(head)
    return frozenset(kept)


def _trie(words: set[str]) -> str:
    """An alternation of `words` nested by first character, so that the regex engine tries one
    branch per character, not every word; where one word is a prefix of another the longer is
    tried first, so a match is the longest word found at that position."""
    by_first: dict[str, set[str]] = {}
    for word in words:
        by_first.setdefault(word[0], set()).add(word[1:])
    branches = []
    for c, rests in sorted(by_first.items()):
        longer = rests - {""}
        tail = f"(?:{_trie(longer)})" if longer else ""
        branches.append(re.escape(c) + (tail + "?" if tail and "" in rests else tail))
    return "|".join(branches)


_JOB = _cue(
    r"(?:applica\w*|appl(?:y|ied|ying)|candida\w*|position|role|vacanc\w*|opening|requisition"
    r"|interview\w*|hiring|recruit\w*|r[ée]sum[ée]|cv|lebenslauf|job|career\w*|bewerb\w*|stelle\w*"
    r"|kandidat\w*|vorstellungsgespr\w*|poste|puesto|vacante|entrevista|empleo|talent\w*"
    r"|personalabteilung|ausbildung\w*|praktik\w*|internship|opportunit\w*)\b",
)
_NEG = _cue(
    r"decided (?:not )?to (?:move|proceed|pursue|go|continue|progress)(?: forward)? with "
    r"(?:other|another|a different|the other|someone|an? (?:internal|external))"
    r"|no longer (?:be )?(?:consider\w*|under consideration)"
    r"|unsuccessful"
    r"|unable to (?:offer|progress|move|proceed)"
    r"|(?:position|role|vacancy|requisition|job|opening|posting)\w* (?:has|have)? ?(?:been|was|is|are) "
    r"(?:now )?(?:filled|closed|cancel+ed|withdrawn|put on hold)"
    r"|regret to (?:inform|let you know|tell)|other (?:candidates|applicants) whose"
    r"|gone with (?:someone|another|a candidate)|went with (?:someone|another)"
    r"|chosen (?:another|a different|to pursue)"
    r"|leider|nicht (?:weiter )?(?:berücksichtig|in betracht|für sie entschieden)"
    r"|(?:für|zugunsten) (?:eine[nr]?|andere)\w* (?:andere[nr]?)? ?(?:kandidat|bewerb)"
    r"|anders entschieden|nicht in die engere"
    r"|pas (?:été )?retenu|ne pas donner suite|au regret|autre candidat|n'avons pas retenu"
    r"|lamenta\w*|no (?:ha sido|has sido|hemos|fue) (?:selecc\w*|elegid\w*)|otros? candidat\w*"
    r"|no continuar|no avanzar|vacante (?:ya )?(?:ha sido|fue) cubierta"
    # further phrasings seen in real rejections: "not successful on this occasion", "decided to go
    # another way", "filled the role", "hired someone", "nicht bestanden", "descartado"
    r"|no longer (?:being )?considered|decided (?:to go|against)"
    r"|(?:filled|closed) (?:the|this) (?:role|position|vacancy|opening)|(?:hired|offered the (?:role|position) to) "
    r"(?:someone|another|a candidate|an internal)"
    r"|won't be (?:moving|taking|progressing)|not the right (?:fit|match)|(?:other|another) direction"
    r"|(?:uns|sich) (?:leider )?(?:anders|für (?:jemand(?:en)? anders|eine?n? andere))\w* entschieden"
    r"|nicht bestanden|keine (?:positive|andere) (?:rückmeldung|nachricht)|nicht (?:zum zug|weiterverfolg)"
    r"|kein(?:e|en)? (?:angebot|zusage)|suite (?:défavorable|négative)|ne (?:pourrons|pouvons) pas (?:donner|retenir)"
    r"|pas (?:pu )?(?:être )?retenue?s?|descartad\w*|no (?:ha|has) (?:resultado|sido) (?:seleccionad|elegid)\w*"
    r"|hemos (?:decidido|optado) (?:continuar|seguir|avanzar) con otr\w*|no (?:fue|ha sido) posible"
    # job-board notices that a posting closed: "no longer accepting applications", "Anzeige geschlossen"
    r"|decided not to (?:move|proceed|progress|pursue|continue|go|take|invite|offer)|not to (?:move|proceed) forward"
    r"|no (?:ser|haber sido) (?:selecc|elegid)\w*|ne (?:pas )?(?:être|avoir été) retenue?"
    r"|no longer accepting applications|(?:closed|removed) (?:this|the) (?:job|posting|position|role)"
    r"|without moving your application forward|nimmt keine bewerbungen mehr an|nicht (?:weiter )?bearbeitet",
    # inside words: "cannot", "didn't", "Standardabsage", "Arbeitsplatz", "Stellenanzeige"
    r"not (?:be )?(?:moving|move|progress\w*|proceed\w*|taking|take) (?:forward|further|your application)"
    r"|n't (?:be )?(?:moving|move|progress\w*|proceed\w*|taking|take) (?:forward|further|your application)"
    r"|not (?:been )?(?:selected|successful|shortlisted|chosen)|n't (?:been )?(?:selected|successful|shortlisted|chosen)"
    r"|not (?:be )?(?:able to )?offer(?:ing)? you|absage"
    r"|platz\w* (?:ist|sind|wurde|wurden) (?:bereits )?(?:vergeben|besetzt)"
    r"|stelle\w* (?:ist|sind|wurde|wurden) (?:bereits )?(?:vergeben|besetzt)"
    r"|position\w* (?:ist|sind|wurde|wurden) (?:bereits )?(?:vergeben|besetzt)"
    r"|anzeige\w* (?:wurde|ist) (?:[\w.]+ ){0,6}geschlossen|ausschreibung\w* (?:wurde|ist) (?:[\w.]+ ){0,6}geschlossen",
)
_HEDGE = _cue(
    r"if (?:you are|you're|your (?:application|profile|experience) (?:is|matches|is not)|we (?:do not|don't"
    r"|decide)|you (?:do not|don't|haven't) hear|not selected)|should (?:your|we|you not)|in (?:the )?case (?:we|that)"
    r"|we (?:will|'ll) (?:be in touch|review|contact|get back|let you know)|unless|may not be able to"
    r"|(?:cannot|can't|unable to) (?:respond|reply) to (?:every|each|all)|high (?:volume|number) of applica"
    r"|sollten wir|(?:andern)?falls (?:wir|sie|ihr|du)|im falle einer|wenn wir (?:ihnen|dir) (?:keine|nicht)"
    r"|wir (?:melden|werden) uns|noch (?:keine|nicht) (?:entscheidung|entschieden)"
    r"|si (?:votre|nous|vous|ta|tu)|en cas de|dans le cas où|en caso de|si (?:no|tu|su) "
    r"|nos pondremos en contacto|once we have reviewed|under review|being reviewed|still reviewing",
)
_POSITIVE = _cue(
    r"(?:pleased|delighted|happy|excited|thrilled) to (?:offer|inform you that you|let you know that you"
    r"|invite|move you|confirm your)|congratulations|job offer|offer letter|herzlichen glückwunsch"
    r"|freuen uns,? (?:ihnen|dir|sie|dich)|vertragsangebot|nous avons le plaisir"
    r"|félicitations|heureux de vous (?:proposer|annoncer)|nos complace|enhorabuena|felicidades"
    r"|nos alegra (?:comunicarte|informarte)",
    r"eine zusage|die zusage|unsere zusage",
)
_INVITE = _cue(
    r"invite you|invitation|would (?:love|like) to (?:schedule|set up|invite|speak|chat|meet)"
    r"|your availability|available (?:for|on)|next (?:round|step|stage)s?"
    r"|calendar|einladen|kennenlernen|entretien|convoc\w*|disponibilit\w*"
    r"|entrevista con|agendar",
    r"schedule (?:a|an|your)|einladung|termin",
)
# A decision *made*: perfect or past tense of deciding, choosing, filling, closing; "at this time".
_DECIDED = _cue(
    r"we(?: have|'ve|’ve)? (?:now )?(?:decided|chosen|made (?:the|a) decision|concluded|filled|selected|offered"
    r"|opted|gone|went|moved|closed|cancel+ed)|decided\b|after (?:careful|much|thorough|a lot of) (?:consideration"
    r"|review|deliberation|discussion|thought)|has (?:now )?been (?:filled|closed|cancel+ed|withdrawn|put on hold)"
    r"|(?:is|are) no longer (?:available|open)|at this (?:time|point|stage)|on this occasion|(?:this|that) time\b"
    r"|for this one|are (?:going with|not going to|going to pass)|we won(?:'|’)t|we will not"
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
    r"|lamentamos (?:comunicar|informar)\w*|en esta ocasión|no vamos a|no continuaremos|ha cambiado a",
    r"'re (?:going with|not going to|going to pass)|’re (?:going with|not going to|going to pass)",
)
# A possibility: a condition, or a future step ("if you are not selected", "we will be in touch").
_CONDITIONAL = _cue(
    r"if\b|should (?:your|you|we|there|the)|in (?:the )?(?:case|event)|unless\b|once (?:we|a|the|your)"
    r"|whether\b|either way|we(?: will|'ll|’ll) (?:be in touch|contact|let you know|review|reach out|keep|get back)"
    r"|you(?: will|'ll|’ll) hear|may (?:contact|consider|reach|take)|only (?:shortlisted|successful|selected)"
    r"|please assume|in the coming|falls\b|sollte[nt]?\b|wenn\b|im falle|sobald\b|melden uns"
    r"|werden uns (?:\w+ ){0,3}melden|in jedem fall|nur (?:bewerber|kandidat)|gehen sie (?:bitte )?davon aus"
    r"|passt (?:dein|ihr) profil|si (?:votre|vous|nous|ta|tu|le|la|aucune)|s(?:'|’)il|dans le cas|en cas de|au cas où"
    r"|le cas échéant|dès que|reviendrons vers vous|nous vous contacterons|seuls les|veuillez considérer"
    r"|quelle que soit|si (?:tu|su|no|tras|se|el)\b|en (?:el )?caso de|una vez\b|nos pondremos en contacto"
    r"|te informaremos|le informaremos|solo contactaremos|entiende que|sea cual sea|te mantendremos",
)
_RECEIVED = _cue(
    r"(?:have|has been|was) (?:successfully )?(?:received|submitted)|confirm(?:s|ing)? (?:the )?receipt|confirms that your"
    r"|application (?:is in|arrived)|you have applied|eingegangen|(?:haben|habe) (?:ihre|deine) \w+ erhalten"
    r"|angekommen|bien reçu|accusons réception|a bien été (?:enregistrée|transmise|envoyée)|envoyée avec succès"
    r"|hemos recibido|recepción de|se ha registrado|nos ha llegado",
    r"eingang",
)
_WITHDRAWN = _cue(
    r"withdr[ae]w|withdrawn|zurückgezogen|zurückzieh|retrait|retirée?|retirad|retirar|has retirado"
)
_VIEWED = _cue(
    r"(?:was|been) viewed|angesehen|angeschaut|wurde gelesen|consulté|ha sido vista|ha (?:visto|leído)"
    r"|cv leído",
    r"viewed your",
)
# The decision lies in the past and something new is on offer: a recruiter reconnecting after an
# earlier "no" is not rejecting anyone now.
_EARLIER = _cue(
    r"last (?:year|spring|summer|autumn|fall|winter|time|month)|back then|at the time|that time"
    r"|earlier this year|a while (?:ago|back)|damals|letztes jahr|vergangenes jahr|im (?:frühjahr|sommer|herbst"
    r"|winter)|zu der zeit|à l(?:'|’)époque|l(?:'|’)an dernier|l(?:'|’)année dernière|au printemps|à ce moment-là"
    r"|en su momento|aquella vez|el año pasado|en primavera|entonces"
)
_NEW_ROLE = _cue(
    r"new (?:role|position|opening|opportunit\w*|vacanc\w*)|(?:has|have) (?:just )?opened|hiring again"
    r"|growing again|open to (?:a chat|new|hearing)|neue (?:stelle|position|rolle)|wieder (?:wachsen|einstellen)"
    r"|wir wachsen|neuen? (?:job|stelle)|nouveau poste|nouvelle opportunité|recrutons à nouveau|vient de s(?:'|’)ouvrir"
    r"|nueva (?:posición|oportunidad|vacante)|volvemos a crecer|acaba de abrirse|ahora buscamos"
)
# A sender that recruits: its name or address says jobs, careers, talent, HR, or it is an ATS
# (inside words too: "myjobs@", "careers.example").
_JOB_SENDER = re.compile(
    r"(?:job|career|recruit|talent|hiring|\bhr\b|\bpeople\b|bewerb|karriere|personal|stellen|emploi|recrut"
    r"|candidat|rrhh|empleo|selecci|workday|greenhouse|lever\.co|ashbyhq|smartrecruiters|icims|taleo"
    r"|successfactors|jobvite|personio|recruitee|bamboohr|softgarden|teamtailor|workable|breezy|jazzhr)"
)
_CUES: tuple[_Cue, ...] = (_JOB, _NEG, _HEDGE, _POSITIVE, _INVITE, _DECIDED, _CONDITIONAL)
_CUES += (_RECEIVED, _WITHDRAWN, _VIEWED, _EARLIER, _NEW_ROLE)
#: Every at-word beginning of every cue, in one scan: where beginnings of several cues start at
#: one position, one is a prefix of the other, and the scan finds the longest; the cues that can
#: occur are those with a beginning among the prefixes of what it found.
EVERY_HEAD = frozenset(set().union(*(c.heads or set() for c in _CUES)))
_HEADS = re.compile(r"[^\w](?=(" + _trie(set(EVERY_HEAD)) + "))")
_SENTENCE = re.compile(r"[.!?;\n]+")
_CANDIDATE = re.compile("candidat")  # inside words too: "candidate", "candidature", "candidatos"


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
    return _cues(text.lower())


def _cues(low: str, seen: frozenset[str] | None = None) -> str:
    """cue_tokens of a text already in lower case (`seen`: for tests, the heads taken as found;
    EVERY_HEAD scans every cue)."""
    # The cue patterns are lower case and compiled without IGNORECASE, and each runs once over
    # the whole text: mapping matches to sentences by position is several times faster than
    # searching sentence by sentence (this runs on every message). A match of a _cue pattern
    # in " " + low starts at its word's index in low (see _cue).
    padded = " " + low
    ends = [m.end() for m in _SENTENCE.finditer(low)]
    if seen is None:
        found = set(_HEADS.findall(padded))
        seen = frozenset(head[:end] for head in found for end in range(1, len(head) + 1))

    def sentences(cue: _Cue) -> set[int]:
        return {bisect.bisect_right(ends, start) for start in cue.starts(low, padded, seen)}

    j, n, h = sentences(_JOB), sentences(_NEG), sentences(_HEDGE) | sentences(_CONDITIONAL)
    made = sentences(_DECIDED) - h  # a decision stated as made, not as a possibility
    earlier, new_role = sentences(_EARLIER), sentences(_NEW_ROLE)
    decided = n - h  # "if you are not selected, ..." is not a rejection
    job, neg, hedged = len(j), len(decided), len(n & h)
    invite, positive = len(sentences(_INVITE)), len(sentences(_POSITIVE))
    candidate = {bisect.bisect_right(ends, m.start()) for m in _CANDIDATE.finditer(low)}
    both = len(decided & (j | candidate))
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
            ("xcuereceived", _RECEIVED.found(low, padded, seen)),
            ("xcuewithdrawn", _WITHDRAWN.found(low, padded, seen)),
            ("xcueviewed", _VIEWED.found(low, padded, seen)),
            ("xcueforwarded", _forwarded_with_note(low)),
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
    """The single string the pipeline vectorises for `message` (its body as `flat_text`: an
    HTML-only body flattened quickly, not the careful rendering a draft reads)."""
    sender = f"{message.sender.name} {message.sender.email}" if message.sender else ""
    return text_for_model(message.subject, message.flat_text, sender)


def text_for_model(subject: str, body: str, sender: str = "") -> str:
    """Normalise subject and body into the model's input (see the module docstring). Of the
    sender only one thing is kept: whether it looks like a recruiting address or an ATS.
    Everything is lowered once, first: every pattern here is written in lower case."""
    body = strip_quoted(body)[:MAX_BODY_CHARS].lower()
    body = _URL.sub(" xurl ", body)
    if "@" in body:  # most bodies have no address: skip the scan
        body = _EMAIL.sub(" xemail ", body)
    body = _NUMBER.sub(" xnum ", body)
    body = _SPACES.sub(" ", body)
    subject = _NUMBER.sub(" xnum ", _URL.sub(" xurl ", subject[:MAX_SUBJECT_CHARS].lower()))
    cues = _cues(subject + "\n" + body)
    if _JOB_SENDER.search(sender[:400].lower()):
        cues += " xcuejobsender"
    return f"xsubject {subject}\n{subject}\n{body}\n{cues}"
