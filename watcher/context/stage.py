"""The stage the rejection came at: position closed, after an interview, or after the application.

The stage picks the reply's wording. A closed position (filled internally, cancelled, on hold,
or a job board's notice that the posting was closed) comes first: it says nothing about the
candidate. "Filled with another candidate" is an ordinary rejection, not a closure. Otherwise an
interview, call, visit, trial day or assessment that happened makes it after_interview; an
invitation to one that did not happen does not. The default is after_application. Patterns
cover English, German, French and Spanish.
"""

from __future__ import annotations

import re

from ..message import Message
from .mail import _Mail, _prepare
from .result import Extracted

_NOUN_EN = r"(?:position|role|vacancy|opening|job|posting|requisition|req|search|post|hire|program(?:me)?)"
_CLOSED = re.compile(
    "|".join(
        (
            # English: "the position has now been filled", "we've closed this role", "hiring is paused"
            rf"\b{_NOUN_EN}\b[^.\n]{{0,60}}?\b(?:has|have|had|was|were|is|will)\b(?: now| since| already| just"
            r"| unfortunately| not| no longer)*(?: been| be)? (?:filled|closed|cancel+ed|withdrawn"
            r"|(?:put|placed) on hold|on hold|paused|frozen|eliminated|recruited)",
            rf"\b(?:we(?:'ve| have)?|has|have) (?:\w+ ){{0,2}}?(?:filled|closed|cancel+ed|withdrawn|paused|frozen"
            rf"|pulled) (?:this|the|our) (?:[\w&-]+ ){{0,4}}?{_NOUN_EN}\b",
            r"\b(?:put|placed|putting) (?:this|the) (?:position|role|opening|vacancy|requisition|search) on hold",
            r"\b(?:stop|stopped|cancel\w*|halt\w*|suspend\w*|paus\w*|end\w*|clos\w*) (?:the|this|our) (?:recruitment"
            r"|recruiting|hiring|selection|search)\b|\bhiring freeze\b|\bpaused (?:hiring|the search|recruitment)",
            r"\b(?:will not|won't) be filled\b|\b(?:unable|not able) to fill (?:the|this)\b|\b(?:is|are) no longer"
            r" (?:available|open|accepting applications)|\bno longer (?:hiring|recruiting) for\b",
            rf"\b{_NOUN_EN}(?:'s| is| has) (?:gone|been pulled)\b",
            r"\b(?:isn't|is not|won't be|no longer) going ahead\b",
            # "we are no longer moving forward with this position", "this role will not be moving ahead"
            r"\b(?:no longer|not(?: to)?|won't be|will not be)\s+(?:be\s+)?(?:moving|move|going|go|proceeding|proceed)"
            rf"(?: ahead| forward)? with (?:this|the|that) (?:(?!application|candidacy|candidate)[\w&-]+ ){{0,3}}?{_NOUN_EN}\b",
            rf"\b{_NOUN_EN}\b(?: you applied (?:for|to)| you were considered for| we discussed)?,? (?:will not|won't"
            r"|is not|isn't|will no longer|is no longer|are no longer) (?:be )?(?:moving|going|proceeding) (?:ahead|forward)\b",
            # "the budget was cut and hiring is paused", "a hiring freeze"
            r"\bbudget (?:was|has been|had been|is being|got) (?:cut|reduced|frozen|withdrawn|pulled|slashed)\b"
            r"|\bbudget cuts?\b|\bhiring (?:is|has been|was|remains|is now) (?:paused|frozen|on hold|suspended)\b"
            r"|\b(?:paus(?:e|ed|ing)|freez(?:e|ing)|froze|frozen|suspend(?:ed|ing)?) (?:all |our |on |the )?(?:hiring"
            r"|recruiting|recruitment)\b",
            # Job-board notices: "no longer accepting applications", "the employer has closed this job posting"
            r"\b(?:no longer|stopped) (?:accepting|taking|receiving) (?:new |any )?applications\b"
            r"|\bclosed (?:this|the) (?:job(?: posting| listing| ad)?|posting|listing|job ad)\b",
            r"\bdecided not to (?:fill|proceed with (?:the|this) (?:role|position|hire|hiring|opening))"
            r"|\bnot to (?:move forward|proceed) with (?:hiring|filling|recruiting) for\b",
            # German: "die Stelle wurde intern besetzt", "vorerst nicht zu besetzen", "gibt es nicht mehr"
            r"\b\w*(?:stelle|position|vakanz|ausschreibung|platz|plätze)\b[^.\n]{0,80}?\b(?:besetzt|(?<!zu )vergeben"
            r"|gestrichen|zurückgezogen|storniert|aufgehoben|eingefroren|geschlossen|weg"
            r"|nicht (?:mehr |neu |zu )?(?:zu )?besetzen|gibt es (?:\w+ )?nicht mehr)\b",
            # German: "Einstellungsstopp", "das Budget wurde gestrichen", "das Auswahlverfahren pausieren"
            r"\beinstellungsstopp\w*|\bbudgetkürzung\w*|\b(?:\w*budget|mittel)\b[^.\n]{0,40}?\b(?:gekürzt|gestrichen|eingefroren"
            r"|weggefallen)\b|\b\w*(?:verfahren|prozess|recruiting)\b[^.\n]{0,40}?\b(?:pausieren|pausiert|ausgesetzt"
            r"|aussetzen|abgebrochen|abbrechen|gestoppt|stoppen|auf eis)\b",
            # German job boards: "Diese Stellenanzeige wurde geschlossen und nimmt keine Bewerbungen mehr an"
            r"\b\w*anzeige\b[^.\n]{0,80}?\b(?:geschlossen|deaktiviert|beendet)\b"
            r"|\bkeine (?:weiteren |neuen )?bewerbungen mehr (?:an|entgegen|angenommen|entgegengenommen)\b",
            # French: "le poste a été pourvu", "l'offre a été clôturée", "nous clôturons le processus",
            # "n'accepte plus de candidatures"
            r"\b(?:poste|offre|recrutement|concours)\b[^.\n]{0,60}?\b(?:a été|est|sera)(?: déjà| maintenant"
            r"| finalement)? (?:pourvue?|fermée?|clôturée?|annulée?|clos|close|suspendue?|gelée?|retirée?"
            r"|désactivée?|expirée?|pas ouverte?)",
            r"\bclôtur\w* (?:le|ce) (?:processus|recrutement)|\bne sera (?:pas|plus) pourvue?\b",
            # French: "suspendre ce recrutement", "gel des recrutements", "une réduction budgétaire"
            r"\b(?:suspend|gel|mettre en pause|mis en pause|mettons en pause|annul|arrêt|interromp)\w* (?:ce|le"
            r"|notre|du|des|les|nos) (?:processus de )?recrutements?\b|\bgel des (?:recrutements|embauches)\b"
            r"|\b(?:réduction|restriction|coupe)s? budgétaires?\b",
            r"\bn['’](?:accepte|reçoit) plus (?:de |les )?candidatures\b",
            # Spanish: "la vacante ya ha sido cubierta", "congelar este proceso"
            r"\b(?:vacante|puesto|posición|plaza|proceso)\b[^.\n]{0,60}?\b(?:ha sido|fue|está|ha quedado|queda)"
            r"(?: ya)? (?:cubiert[oa]|cerrad[oa]|cancelad[oa]|suspendid[oa]|congelad[oa])",
            r"\b(?:congelar|cancelar|suspender|cerrar) (?:este|el) proceso\b|\bno se cubrirá\b",
            # Spanish: "recorte presupuestario", "la contratación ha quedado en pausa"
            r"\b(?:recortes?|reducción|reducciones) (?:presupuestari[oa]s?|de presupuesto)\b|\b(?:congel|paus"
            r"|suspend)\w* (?:de )?(?:las |la |el |este |nuestro )?(?:contrataci\w+|incorporaciones|proceso de"
            r" selección)\b|\b(?:contratación|proceso|vacante|posición|puesto)\b"
            r"[^.\n]{0,60}?\b(?:ha quedado|queda|está|quedó) (?:en pausa|suspendid[oa]|congelad[oa])\b"
            r"|\bno seguiremos adelante con (?:el|este|la|esta) (?:proceso|vacante|puesto|posición)\b",
            # Spanish job boards: "la oferta se ha cerrado", "ya no acepta candidaturas"
            r"\b(?:oferta|anuncio)\b[^.\n]{0,60}?\b(?:se ha|ha sido|fue|está|ha quedado|queda)(?: ya)? (?:cerrad[oa]"
            r"|cancelad[oa]|retirad[oa]|desactivad[oa]|finalizad[oa])"
            r"|\bya no (?:acepta|admite|recibe) (?:más )?(?:candidaturas|solicitudes|postulaciones)\b"
            r"|\bno (?:acepta|admite) más (?:candidaturas|solicitudes|postulaciones)\b",
        )
    ),
    re.IGNORECASE,
)
#: "filled with another candidate" is an ordinary rejection; "filled internally" closes the role.
_FILLED_BY_SOMEONE = re.compile(
    r"^(?!.*\b(?:intern|internal|internally|interne|interna)\b).*\b(?:with|by|mit|an|con|par)\s+(?:a|an"
    r"|another|someone|others?|the other|einem|einer|einen|eine|jemand\w*|andere\w*|otr[oa]s?|un|une|una"
    r"|autres?|quelqu\w*)\b",
    re.IGNORECASE,
)
_MET = re.compile(
    "|".join(
        (
            # English: an interview, a call, a visit, a trial day or an assessment that happened
            r"\binterview(?:ed|ing)\b(?! (?:other|more|candidates|applicants|people|a |those|further))",
            r"\b(?:your|our|the|last|recent|final|onsite|on-site|panel|technical|video|phone|first|second|third"
            r"|both|all|\w+'s)\s+(?:[\w-]+\s+)?interviews?\b(?! (?:stage|invitation|slot|round))|\binterviewers\b",
            r"\bthank(?:s| you)(?: again| so much| very much)?,? for (?:\w+ ){0,2}?(?:attending|participating"
            r"|meeting|presenting|walking (?:us|me)|making the trip|coming (?:in|to|along)|visiting|spending"
            r"|joining us|taking part|doing (?:the|a|your)|your (?:stage|visit|presentation)|speaking|talking"
            r"|chatting)",
            r"\btime to (?:interview|speak|meet|talk|chat)\b|\b(?:met|spoke|talked|chatted) (?:with )?(?:you|us)\b",
            r"\b(?:meeting|speaking|talking|chatting) (?:with )?(?:you|us|me|the team|our team|\w+ and me)\b",
            r"\b(?:and|&) (?:the |your )?(?:[\w-]+ )?interviews?\b(?! (?:stage|process|invitation|slot|round|request))",
            r"\b(?:the|our|your) (?:interview |hiring )?panel (?:really |all |very much )?(?:liked|enjoyed|loved"
            r"|was impressed|were impressed|appreciated|thought|felt)\b|\bfeedback from (?:the|our) panel\b",
            r"\bcoming in for\b|\bspending (?:the|a) day\b|\b(?:your|the final|final) panel\b|\bpanel interview",
            r"\b(?:our|your) (?:conversations?|chat|trial \w+|presentation|visit)\b|\bthe (?:trial|tasting) \w+",
            r"\b(?:our|your|the) (?:phone |video )?call (?:on|last|yesterday|earlier|with|today|this)\b",
            r"\b(?:on|during|in) (?:the|our) (?:call|conversation|video call|phone call)\b",
            r"\b(?:great|nice|pleasure|good|lovely|wonderful) (?:to )?(?:meet|meeting|speak|speaking|talk|talking"
            r"|chat|chatting) (?:with )?you\b|\b(?:your|the) time (?:you spent )?(?:with (?:us|our|me)"
            r"|on the (?:phone|call))",
            r"\b(?:enjoyed|pleasure) (?:\w+ ){0,3}?(?:meeting|speaking|talking|chatting|getting to know|hearing)",
            r"\b(?:the|your) (?:take-home|case study)\b|\bétude de cas\b|\bfallstudie\b|\blehrprobe\b",
            # German: "das Vorstellungsgespräch", "nach dem Probearbeiten", "Ihre Teilnahme am Assessment-Center"
            # German compounds: "Erstgespräch", "Telefoninterview", "Auswahlgespräch"; "das angenehme und
            # interessante Gespräch", "dich kennenzulernen", "mit Ihnen zu sprechen"
            r"(?:\b\w+(?:gespräch(?:e|en|s)?|interviews?)\b|\b(?:unser\w*|das|dem|den|die|fürs|beim|im|ihr\w*|dein"
            r"\w*|euer\w*|eure\w*|nette\w*|angenehme\w*|ausführliche\w*|persönliche\w*|offene\w*)(?: [\w-]+){0,3}"
            r" (?:gespräch(?:e|en|s)?|kennenlernen|austausch)\b|\b(?:sie|dich|euch)\s+(?:\w+\s+){0,2}?kennen(?:zu)?lernen"
            r"|\bkennengelernt\b|\bmit (?:ihnen|dir|euch) (?:\w+ ){0,2}?(?:zu )?(?:sprechen|gesprochen|unterhalten"
            r"|ausgetauscht|auszutauschen)\b)(?![^.\n]{0,40}(?:einzuladen|einladen|anbieten|anzubieten))",
            r"\b\w*telefonat\b|\bprobe(?:arbeit\w*|tag\w*)|\bhospitation\w*|\bassessment-?center|\bvorbeikommen\b"
            r"|\bbesuch bei uns|\bteilnahme an (?:unserem|dem|der|unserer)\b|\b(?:unser\w*|das|dem|ihr\w*|dein\w*)"
            r" interview\b",
            # French and Spanish: "notre entretien", "ta journée d'essai", "la entrevista", "gracias por venir"
            r"\b(?:notre|votre|nos|vos|cet|l['’]) ?(?:\w+ )?(?:entretiens?|échanges?)\b|\bjournée d['’](?:essai"
            r"|immersion)|\bd['’]être (?:passée?|venue?)\b|\b(?:vous|te|t['’]) ?(?:avoir )?rencontr(?:er|ée?s?)\b"
            r"|\b(?:échang|discut|parl)(?:er|é) avec (?:vous|toi)\b|\b(?:votre|ta) (?:venue|visite|passage)\b",
            r"\b(?:la|las|nuestra|nuestras|tu|su|sus|tus)\s+(?:\w+ )?entrevistas?\b|\bconversar contigo\b"
            r"|\bgracias por venir\b|\bconocer(?:te|le|la|lo|les|los|las)\b|\b(?:hablar|charlar|conversar)"
            r" (?:contigo|con usted(?:es)?)\b|\bparticipación en (?:la|el)\b|\bdinámica de grupo\b",
        )
    ),
    re.IGNORECASE,
)
#: "invite you to an interview", "progress to the interview stage": not a meeting that happened.
_NOT_MET = re.compile(
    r"\b(?:to|into|invit\w*|schedul\w*|arrang\w*|(?<!merci )(?<!gracias )(?:pour|para))\s+(?:(?:a|an|the|your|einem|un|una)\s+)?"
    r"(?:[\w-]+\s+)?$|\b(?:for|für|pour|para) (?:a|an|ein|einen|un|une|una)\s+(?:[\w-]+\s+)?$"
    r"|\b(?:selected|shortlisted|considered|chosen|progress\w*|advanc\w*|mov\w*) (?:for|to|into)"
    r" (?:the |our |an? )?$|\b(?:offer|give|grant)(?:ing)? you (?:a |an )?(?:[\w-]+\s+)?$"
    r"|\bkein\w*\s+(?:[\w-]+\s+)?$|\b(?:gern|gerne|würden|möchten)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def rejection_stage(message: Message, mail: _Mail | None = None) -> Extracted:
    """Position closed, after an interview, or (by default) at the application stage."""
    mail = mail or _prepare(message)
    text = f"{mail.subject}\n{mail.flat}"
    for match in _CLOSED.finditer(text):
        if not _FILLED_BY_SOMEONE.search(text[match.start() : match.end() + 40]):
            return Extracted("position_closed", 0.8)
    for match in _MET.finditer(text):
        if not _NOT_MET.search(text[max(0, match.start() - 30) : match.start()]):
            return Extracted("after_interview", 0.75)
    return Extracted("after_application", 0.65)
