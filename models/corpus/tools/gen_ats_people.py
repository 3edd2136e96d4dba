# ruff: noqa: E501, RUF001  (message text is long lines by nature, and French/Spanish use typographic quotes)
"""Mail written by people, job boards and everyday senders, for gen_ats.py: warm personal notes after a
final round, agency recruiters, recruiters reconnecting about a new role, friends forwarding their
own rejection, "your application was viewed" and "jobs similar to ..." digests, and ordinary mail
that declines something that is not a job (a flat, a loan, a place at a school).

Each entry is (kind, label, [bodies per language], [subjects per language]); gen_ats.py fills in the
placeholders and makes one cross-validation group of each family and language.
"""

from __future__ import annotations

# Rejections written by a person after interviews, often without "unfortunately" or "another candidate".
WARM_REJECTION = {
    "en": [
        "Thanks so much for the time you spent with the team last week. It was a close call, and in the end we're going with someone whose background lines up a bit more with where the team is heading. I really enjoyed our conversations and hope our paths cross again.",
        "I wanted to reach out personally after your final round. The panel was genuinely impressed, but we've decided to offer the role to a candidate with more hands-on experience in {topic}. I'd be glad to give you feedback on a call if that would help.",
        "Thank you for meeting with us and for the thoughtful case study. We're not going to be moving ahead with your candidacy, and I know that's disappointing after so many conversations. You made it a hard choice.",
        "I'm sorry to be writing with this news after everything you put into the process. The team chose a different finalist for the {role} role. Please keep in touch — I'd happily recommend you to colleagues.",
        "It's been a pleasure getting to know you over the past few weeks. After a lot of discussion we've decided not to extend an offer, mostly because the role has shifted toward {topic}. I'd love to stay in touch for future openings.",
        "Just closing the loop on {role}: we made an offer to someone else yesterday and they accepted. Thank you for your patience and your energy throughout — it was a pleasure.",
        "Thank you for coming in on Thursday. We've talked it through as a team and we're going to pass this time. Your portfolio was strong; the gap was mostly in {topic}.",
        "I really appreciated your time and the care you put into the presentation. We won't be moving to an offer with you, but I hope you'll consider us again as the team grows.",
    ],
    "de": [
        "vielen Dank für die schönen Gespräche in den letzten Wochen. Es war knapp, aber wir haben uns am Ende für jemanden entschieden, der etwas mehr Erfahrung in {topic} mitbringt. Ich hoffe sehr, dass wir uns wiedersehen.",
        "ich wollte mich nach dem zweiten Gespräch persönlich bei dir melden. Das Team war beeindruckt, trotzdem geht die Stelle an eine andere Person. Wenn du magst, gebe ich dir gern telefonisch Feedback.",
        "danke für Ihre Zeit und die sorgfältig vorbereitete Fallstudie. Wir werden Ihnen kein Angebot machen – ich weiß, das ist nach so vielen Gesprächen enttäuschend.",
        "es tut mir leid, dass ich mich mit dieser Nachricht melden muss: Wir haben die Position gestern an eine andere Finalistin vergeben. Bleiben wir gern in Kontakt.",
        "nach langer Diskussion im Team haben wir beschlossen, dir kein Angebot zu machen, vor allem weil sich die Rolle stärker in Richtung {topic} entwickelt hat.",
        "kurzes Update zur Stelle {role}: Wir haben uns im Team besprochen und gehen diesmal einen anderen Weg. Dein Portfolio war stark, die Lücke lag vor allem bei {topic}.",
    ],
    "fr": [
        "Merci beaucoup pour le temps passé avec l’équipe la semaine dernière. Le choix a été serré, et nous avons finalement retenu une personne dont le parcours est plus proche de {topic}. J’ai beaucoup apprécié nos échanges.",
        "Je tenais à vous écrire personnellement après le dernier entretien. Le jury a été convaincu par votre présentation, mais nous avons proposé le poste à quelqu’un d’autre. Je peux vous faire un retour par téléphone si vous le souhaitez.",
        "Merci pour votre venue et pour l’étude de cas très soignée. Nous n’allons pas vous faire de proposition, et je sais que c’est décevant après autant d’échanges.",
        "Petit point sur le poste de {role} : nous avons fait une offre à une autre personne, qui l’a acceptée hier. Merci pour votre patience et votre énergie tout au long du processus.",
        "Après beaucoup de discussions, nous avons décidé de ne pas vous faire d’offre, surtout parce que le poste évolue vers {topic}. Restons en contact !",
    ],
    "es": [
        "Muchas gracias por el tiempo que dedicaste al equipo la semana pasada. Ha estado muy reñido y al final vamos con una persona con más experiencia en {topic}. He disfrutado mucho de nuestras conversaciones.",
        "Quería escribirte personalmente tras la última entrevista. Al equipo le gustó mucho tu presentación, pero hemos ofrecido el puesto a otra persona. Si quieres, te doy feedback por teléfono.",
        "Gracias por venir y por el caso práctico tan trabajado. No vamos a hacerte una oferta, y sé que es una decepción después de tantas conversaciones.",
        "Te cuento cómo ha quedado lo de {role}: hicimos una oferta a otra persona y ayer la aceptó. Gracias por tu paciencia y tu energía durante todo el proceso.",
        "Después de darle muchas vueltas, hemos decidido no hacerte una oferta, sobre todo porque el puesto se ha orientado más hacia {topic}. ¡Sigamos en contacto!",
    ],
}
TOPICS = {
    "en": [
        "enterprise sales",
        "Kubernetes",
        "clinical research",
        "people management",
        "B2B marketing",
        "data engineering",
        "regulatory work",
    ],
    "de": ["SAP", "Führung", "Vertrieb", "Cloud-Architektur", "Medizinprodukterecht", "Projektsteuerung"],
    "fr": [
        "la gestion d’équipe",
        "le cloud",
        "la finance de marché",
        "le marketing B2B",
        "la réglementation",
    ],
    "es": ["gestión de equipos", "cloud", "ventas B2B", "normativa sanitaria", "análisis de datos"],
}
# An agency recruiter: the client passed, and here are other roles.
AGENCY_PASSED = {
    "en": [
        "Quick update on {company}: they've passed on your profile for the {role} role — they want someone with more {topic} exposure. On a positive note, I've got two other roles that could suit you: a {role2} with a fintech in the city and a contract position with a retailer. Fancy a call this week?",
        "I heard back from the client this morning and sadly they've decided not to take things further after the second interview. Their feedback was positive overall. I'm working on a couple of similar roles and will send details shortly.",
        "Bad news I'm afraid — the hiring manager at {company} has gone with an internal candidate. Don't be disheartened; I'll keep you front of mind and I've already put you forward for a {role2} role.",
    ],
    "de": [
        "kurzes Update zu {company}: Der Kunde hat sich leider gegen dein Profil entschieden, gesucht wird jemand mit mehr Erfahrung in {topic}. Ich habe aber zwei andere spannende Positionen für dich, u. a. als {role2}. Passt dir ein Telefonat morgen?",
        "ich habe heute Rückmeldung vom Kunden bekommen: Nach dem zweiten Gespräch möchten sie den Prozess mit Ihnen nicht fortsetzen. Das Feedback war insgesamt positiv. Ich melde mich mit ähnlichen Stellen.",
    ],
    "fr": [
        "Petit retour sur {company} : le client a décidé de ne pas poursuivre avec votre profil pour le poste de {role}, il cherche plus d’expérience en {topic}. J’ai en revanche deux autres postes qui pourraient vous plaire, dont un poste de {role2}. On s’appelle cette semaine ?",
        "J’ai eu le retour du client ce matin : ils ne souhaitent pas aller plus loin après le second entretien. Leur retour reste positif. Je vous envoie bientôt d’autres opportunités.",
    ],
    "es": [
        "Te cuento: {company} ha descartado tu perfil para el puesto de {role}, buscan más experiencia en {topic}. Lo bueno es que tengo otras dos posiciones que te pueden encajar, una de {role2}. ¿Hablamos esta semana?",
        "Me ha respondido el cliente: después de la segunda entrevista han decidido no seguir adelante contigo. El feedback ha sido bueno. Te paso pronto otras ofertas parecidas.",
    ],
}
# A recruiter reconnecting about a new role who mentions an earlier "no": outreach, not a rejection.
RECONNECT = {
    "en": [
        "We spoke last spring about the {role} role at {company}. I know it didn't work out that time — the team went with another candidate — but a new {role2} position has just opened that I think fits you better. Would you be open to a chat?",
        "Hope you've been well! You interviewed with us for {role} last year; we ended up hiring someone else then, but we're growing again and I immediately thought of you for a {role2} opening.",
        "I'm reaching out because of a new opportunity. When we met about {role}, we didn't move forward, but your profile stuck with me. Are you currently open to new roles?",
    ],
    "de": [
        "wir hatten im Frühjahr über die Stelle {role} bei {company} gesprochen. Damals hat es leider nicht gepasst – wir hatten uns für eine andere Person entschieden –, aber jetzt ist eine neue Position als {role2} frei, die ich sehr passend für dich finde. Hast du Lust auf ein kurzes Gespräch?",
        "ich hoffe, es geht Ihnen gut! Sie hatten sich letztes Jahr bei uns als {role} beworben; damals kam es nicht zu einer Zusammenarbeit, aber wir wachsen wieder und ich habe sofort an Sie gedacht.",
    ],
    "fr": [
        "Nous avions échangé au printemps sur le poste de {role} chez {company}. Cela ne s’était pas fait à l’époque – nous avions retenu un autre candidat –, mais un nouveau poste de {role2} vient de s’ouvrir et je pense qu’il vous correspond mieux. Seriez-vous partant pour en discuter ?",
        "J’espère que vous allez bien ! Vous aviez passé des entretiens chez nous pour {role} l’an dernier ; nous avions finalement recruté quelqu’un d’autre, mais nous recrutons à nouveau et j’ai tout de suite pensé à vous.",
    ],
    "es": [
        "Hablamos en primavera sobre el puesto de {role} en {company}. Aquella vez no salió – elegimos a otra persona –, pero acaba de abrirse una posición de {role2} que creo que encaja mejor contigo. ¿Te apetece hablar?",
        "¡Espero que estés bien! Participaste en nuestro proceso de {role} el año pasado; entonces contratamos a otra persona, pero volvemos a crecer y me acordé de ti enseguida.",
    ],
}
OUTREACH = {
    "en": [
        "I came across your profile and was impressed by your work at your current company. We're hiring a {role2} at {company} and I think you'd be a great fit. Would you be open to a 15-minute call?",
        "I'm a recruiter at {company} and we're building out our {topic} team. Your background looks like a strong match. Are you open to new opportunities?",
    ],
    "de": [
        "ich bin auf Ihr Profil gestoßen und finde Ihren Werdegang spannend. Wir suchen aktuell eine:n {role2} bei {company}. Hätten Sie Interesse an einem kurzen Austausch?",
        "ich bin Recruiterin bei {company} und wir bauen gerade unser Team im Bereich {topic} auf. Dein Profil passt sehr gut – bist du offen für einen Wechsel?",
    ],
    "fr": [
        "J’ai découvert votre profil et votre parcours m’a beaucoup intéressé. Nous recrutons un(e) {role2} chez {company}. Seriez-vous disponible pour un appel de 15 minutes ?",
    ],
    "es": [
        "He visto tu perfil y me ha parecido muy interesante. Buscamos un/a {role2} en {company}. ¿Te apetecería una llamada de 15 minutos?",
    ],
}
# A friend forwards their own rejection to ask what it means: not the user's application.
FRIEND_FORWARD = {
    "en": [
        "Hey, got this today from {company}. Is this a no, or are they just slow? I can't tell from the wording. What would you reply?",
        "Can you read this for me? I think it's a rejection but it's so vague. Should I write back?",
        "ugh. see below. do I answer this or just move on?",
    ],
    "de": [
        "Hi, das kam heute von {company}. Ist das jetzt eine Absage oder nicht? Ich werde aus dem Text nicht schlau. Was würdest du antworten?",
        "Kannst du mal drüberschauen? Ich glaube, das ist eine Absage, aber es klingt so schwammig.",
    ],
    "fr": [
        "Salut, j’ai reçu ça aujourd’hui de {company}. C’est un refus ou pas ? Je n’arrive pas à comprendre. Tu répondrais quoi ?",
        "Tu peux lire ça ? Je crois que c’est un non mais c’est très flou.",
    ],
    "es": [
        "Oye, me ha llegado esto hoy de {company}. ¿Es un no o simplemente van lentos? No lo tengo claro. ¿Tú qué contestarías?",
        "¿Me lo lees? Creo que es un rechazo pero es muy ambiguo.",
    ],
}
FORWARD_MARK = {
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "fr": "---------- Message transféré ---------",
    "es": "---------- Mensaje reenviado ---------",
}

# Job boards: "your application was viewed" and "jobs similar to ..." digests.
BOARD = {
    "en": [
        ("LinkedIn", "jobs-noreply@linkedin.com", "linkedin.com"),
        ("Indeed", "alert@indeed.com", "indeed.com"),
        ("Glassdoor", "noreply@glassdoor.com", "glassdoor.com"),
        ("ZipRecruiter", "alerts@ziprecruiter.com", "ziprecruiter.com"),
    ],
    "de": [
        ("StepStone", "noreply@stepstone.de", "stepstone.de"),
        ("XING", "jobs@xing.com", "xing.com"),
        ("LinkedIn", "jobs-noreply@linkedin.com", "linkedin.com"),
        ("Indeed", "alert@indeed.com", "de.indeed.com"),
    ],
    "fr": [
        ("Welcome to the Jungle", "hello@welcometothejungle.com", "welcometothejungle.com"),
        ("Indeed", "alert@indeed.com", "fr.indeed.com"),
        ("APEC", "noreply@apec.fr", "apec.fr"),
        ("LinkedIn", "jobs-noreply@linkedin.com", "linkedin.com"),
    ],
    "es": [
        ("InfoJobs", "noreply@infojobs.net", "infojobs.net"),
        ("LinkedIn", "jobs-noreply@linkedin.com", "linkedin.com"),
        ("Indeed", "alert@indeed.com", "es.indeed.com"),
        ("Tecnoempleo", "avisos@tecnoempleo.com", "tecnoempleo.com"),
    ],
}
VIEWED = {
    "en": [
        "Your application was viewed by {company}.\n\n{role} · {company} · {city}\n\nApplicants who follow up are more likely to hear back. See your application status: {url}",
        "Good news — {company} viewed your application for {role}.\n\nWhat happens next? Employers usually review applications within a few weeks. You'll get a notification if your status changes.\n\n{url}",
        "Your application status was updated: Viewed by employer.\n\n{role} at {company}\n\nTrack all your applications: {url}",
    ],
    "de": [
        "Ihre Bewerbung wurde von {company} angesehen.\n\n{role} · {company} · {city}\n\nZum Bewerbungsstatus: {url}",
        "Gute Nachrichten: {company} hat sich deine Bewerbung als {role} angeschaut.\n\nWie geht es weiter? Arbeitgeber melden sich meist innerhalb weniger Wochen. Wir benachrichtigen dich, sobald sich der Status ändert.\n\n{url}",
        "Statusupdate: Ihre Bewerbung wurde gelesen.\n\n{role} bei {company}\n\nAlle Bewerbungen im Überblick: {url}",
    ],
    "fr": [
        "Votre candidature a été consultée par {company}.\n\n{role} · {company} · {city}\n\nSuivre vos candidatures : {url}",
        "Bonne nouvelle : {company} a consulté votre candidature pour le poste de {role}.\n\nEt ensuite ? Les recruteurs répondent généralement sous quelques semaines.\n\n{url}",
    ],
    "es": [
        "Tu candidatura ha sido vista por {company}.\n\n{role} · {company} · {city}\n\nConsulta el estado de tus candidaturas: {url}",
        "¡Buenas noticias! {company} ha leído tu CV para {role}.\n\nEstado: CV leído. Te avisaremos si hay cambios.\n\n{url}",
    ],
}
DIGEST_INTRO = {
    "en": [
        "Jobs similar to {role} at {company}",
        '{n} new jobs for "{role}" in {city}',
        "Based on your recent application, you may also like these roles",
        "Your job alert for {role}",
        "Still looking? These companies are hiring",
    ],
    "de": [
        "Ähnliche Jobs wie {role} bei {company}",
        "{n} neue Jobs für „{role}“ in {city}",
        "Basierend auf deiner letzten Bewerbung könnten dich diese Stellen interessieren",
        "Ihr Jobagent: {role}",
    ],
    "fr": [
        "Offres similaires à {role} chez {company}",
        "{n} nouvelles offres pour « {role} » à {city}",
        "Suite à votre dernière candidature, ces offres pourraient vous plaire",
    ],
    "es": [
        "Empleos similares a {role} en {company}",
        "{n} nuevas ofertas de «{role}» en {city}",
        "Según tu última candidatura, te pueden interesar estas ofertas",
    ],
}
DIGEST_OUTRO = {
    "en": [
        "You are receiving this email because you applied for a job or set up a job alert. Unsubscribe: {url}",
        "Manage your job alerts: {url}",
    ],
    "de": [
        "Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Abmelden: {url}",
        "Jobagent verwalten: {url}",
    ],
    "fr": ["Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner : {url}"],
    "es": ["Recibes este correo porque creaste una alerta de empleo. Darse de baja: {url}"],
}

# Ordinary mail: declines of things that are not jobs, and plain everyday mail.
# (family, kind, subjects per language, bodies per language)
EVERYDAY = [
    (
        "rental",
        "other",
        {
            "en": ["Your rental application for {street}", "Update on {street}, Unit {n}"],
            "de": ["Ihre Anfrage zur Wohnung {street}", "Mietinteressent – {street}"],
            "fr": ["Votre dossier de location – {street}", "Appartement {street}"],
            "es": ["Tu solicitud de alquiler en {street}", "Piso en {street}"],
        },
        {
            "en": [
                "Thank you for applying to rent {street}. After careful consideration, the landlord has decided to move forward with another applicant. We will keep your details on file for similar properties.",
                "We regret to inform you that your rental application has been declined. The owner selected a tenant whose move-in date matched better.",
                "Thanks for viewing the flat on Saturday. It has now been let to another applicant, so we won't be progressing your application.",
            ],
            "de": [
                "vielen Dank für Ihr Interesse an der Wohnung in der {street}. Leider hat sich der Eigentümer für andere Mietinteressenten entschieden.",
                "leider müssen wir Ihnen mitteilen, dass die Wohnung bereits vergeben ist. Gerne informieren wir Sie über ähnliche Angebote.",
                "nach Prüfung aller Unterlagen haben wir uns für einen anderen Bewerber entschieden. Wir wünschen Ihnen viel Erfolg bei der Wohnungssuche.",
            ],
            "fr": [
                "Merci pour votre dossier pour l’appartement {street}. Le propriétaire a retenu un autre candidat.",
                "Nous sommes au regret de vous informer que votre dossier de location n’a pas été retenu.",
            ],
            "es": [
                "Gracias por tu interés en el piso de {street}. El propietario ha elegido a otro inquilino.",
                "Lamentamos comunicarte que tu solicitud de alquiler no ha sido aceptada.",
            ],
        },
    ),
    (
        "loan",
        "transactional",
        {
            "en": ["Your loan application decision", "About your credit card application"],
            "de": ["Ihr Kreditantrag", "Entscheidung zu Ihrem Kreditkartenantrag"],
            "fr": ["Votre demande de crédit", "Réponse à votre demande de prêt"],
            "es": ["Tu solicitud de préstamo", "Respuesta a tu solicitud de tarjeta"],
        },
        {
            "en": [
                "Thank you for applying for a personal loan. After reviewing your application, we are unable to approve it at this time. You can request a free copy of your credit report.",
                "We have carefully reviewed your credit card application and regret that we cannot offer you an account.",
            ],
            "de": [
                "nach Prüfung Ihres Antrags können wir Ihnen den gewünschten Kredit leider nicht gewähren.",
                "leider können wir Ihren Antrag auf eine Kreditkarte nicht annehmen. Die Entscheidung beruht auf einer automatisierten Bonitätsprüfung.",
            ],
            "fr": [
                "Après étude de votre dossier, nous ne sommes pas en mesure de donner une suite favorable à votre demande de crédit.",
                "Votre demande de carte a été refusée.",
            ],
            "es": [
                "Tras analizar tu solicitud, lamentamos comunicarte que no podemos concederte el préstamo.",
                "Tu solicitud de tarjeta ha sido rechazada.",
            ],
        },
    ),
    (
        "admission",
        "other",
        {
            "en": ["Admission decision", "Your application to the MSc programme"],
            "de": ["Ihre Bewerbung um einen Studienplatz", "Zulassungsbescheid"],
            "fr": ["Décision d’admission", "Votre candidature au Master"],
            "es": ["Resolución de admisión", "Tu solicitud al máster"],
        },
        {
            "en": [
                "Thank you for applying to the MSc in Data Science. We regret to inform you that we are unable to offer you a place this year.",
                "The admissions committee has reviewed your application and decided not to offer you admission.",
            ],
            "de": [
                "leider können wir Ihnen für das Wintersemester keinen Studienplatz im Masterstudiengang anbieten.",
                "Ihre Bewerbung um Zulassung wurde abgelehnt, da die Zahl der Bewerbungen die Zahl der Plätze übersteigt.",
            ],
            "fr": [
                "Nous regrettons de vous informer que votre candidature au Master n’a pas été retenue.",
                "La commission pédagogique a émis un avis défavorable.",
            ],
            "es": [
                "Lamentamos comunicarte que no has sido admitido/a en el máster este curso.",
                "La comisión de admisión ha resuelto no admitir tu solicitud.",
            ],
        },
    ),
    (
        "club",
        "other",
        {
            "en": ["Tryout results", "Choir auditions", "Conference talk proposal"],
            "de": ["Ergebnis Probetraining", "Ihr Vortragsvorschlag"],
            "fr": ["Résultats des sélections", "Votre proposition de conférence"],
            "es": ["Resultados de las pruebas", "Tu propuesta de charla"],
        },
        {
            "en": [
                "Thanks for coming to tryouts. This season we were not able to offer your child a spot on the team.",
                "Thank you for submitting a talk. We received many proposals and yours was not selected for this year's programme.",
            ],
            "de": [
                "danke für die Teilnahme am Probetraining. Leider können wir in dieser Saison keinen Platz in der Mannschaft anbieten.",
                "vielen Dank für Ihre Einreichung. Ihr Vortrag wurde leider nicht ins Programm aufgenommen.",
            ],
            "fr": [
                "Merci d’être venu aux sélections. Nous ne pouvons malheureusement pas proposer de place cette saison.",
                "Votre proposition de conférence n’a pas été retenue pour cette édition.",
            ],
            "es": [
                "Gracias por venir a las pruebas. Esta temporada no podemos ofrecer plaza en el equipo.",
                "Tu propuesta de charla no ha sido seleccionada para esta edición.",
            ],
        },
    ),
    (
        "shop",
        "transactional",
        {
            "en": ["Your order has shipped", "Receipt for your purchase", "Your refund request"],
            "de": ["Ihre Bestellung wurde versandt", "Ihre Rechnung", "Ihre Rückerstattung"],
            "fr": ["Votre commande a été expédiée", "Votre facture"],
            "es": ["Tu pedido está en camino", "Tu factura"],
        },
        {
            "en": [
                "Good news! Your order #{n} is on its way. Track your parcel: {url}",
                "Thanks for your purchase. Your receipt is attached. Order total: $ {n}.00",
                "We have reviewed your refund request and unfortunately it does not meet our return policy, so it has been declined.",
            ],
            "de": [
                "Ihre Bestellung {n} ist unterwegs. Sendungsverfolgung: {url}",
                "anbei erhalten Sie Ihre Rechnung. Betrag: {n},00 €",
                "leider können wir Ihre Rücksendung nicht erstatten, da die Frist abgelaufen ist.",
            ],
            "fr": [
                "Votre commande n° {n} est en route. Suivre le colis : {url}",
                "Veuillez trouver votre facture en pièce jointe.",
            ],
            "es": ["Tu pedido n.º {n} está en camino. Seguimiento: {url}", "Adjuntamos tu factura."],
        },
    ),
    (
        "friends",
        "personal",
        {
            "en": ["dinner saturday?", "photos from the trip", "re: moving day"],
            "de": ["Samstag Grillen?", "Fotos vom Urlaub", "Umzug"],
            "fr": ["Dîner samedi ?", "Photos du week-end"],
            "es": ["¿Cena el sábado?", "Fotos del viaje"],
        },
        {
            "en": [
                "Hey! Are you free Saturday? We're doing a small dinner, bring nothing but yourself.",
                "Here are the photos from the trip, the sunset ones came out great.",
                "Thanks again for helping with the move, I owe you a pizza.",
            ],
            "de": [
                "Hey, hast du Samstag Zeit? Wir grillen bei uns im Garten.",
                "Hier die Fotos vom Urlaub, die vom Sonnenuntergang sind super geworden.",
                "Danke nochmal fürs Helfen beim Umzug!",
            ],
            "fr": ["Coucou ! Tu es libre samedi ? On fait un petit dîner.", "Voici les photos du week-end !"],
            "es": [
                "¡Hola! ¿Estás libre el sábado? Hacemos una cena en casa.",
                "Te paso las fotos del viaje.",
            ],
        },
    ),
    (
        "newsletter",
        "newsletter_or_advice",
        {
            "en": ["This week in tech", "5 ways to handle job rejection", "Your weekly digest"],
            "de": ["Der Wochenrückblick", "So gehen Sie mit Absagen um"],
            "fr": ["La lettre de la semaine", "Comment rebondir après un refus"],
            "es": ["El boletín semanal", "Cómo superar un rechazo laboral"],
        },
        {
            "en": [
                "In this issue: why most candidates hear 'we have decided to move forward with other candidates' — and how to turn a rejection into a referral. Plus, the salary report.",
                "Top stories this week: the market cools, a new framework, and a long read on remote work.",
            ],
            "de": [
                "In dieser Ausgabe: Warum viele Bewerber eine Absage erhalten und wie Sie aus einem 'leider haben wir uns anders entschieden' eine Chance machen.",
                "Die wichtigsten Nachrichten der Woche im Überblick.",
            ],
            "fr": [
                "Au sommaire : pourquoi tant de candidats reçoivent « votre candidature n’a pas été retenue », et comment rebondir.",
                "Les actualités de la semaine.",
            ],
            "es": [
                "En este número: por qué tantos candidatos reciben un «lamentamos comunicarte» y cómo convertir un rechazo en una oportunidad.",
                "Las noticias de la semana.",
            ],
        },
    ),
]
STREETS = [
    "12 Elm Street",
    "Hauptstraße 14",
    "rue des Lilas 8",
    "Calle Mayor 21",
    "48 Park Road",
    "Bergstraße 3",
    "avenue Foch 17",
    "Calle del Sol 5",
]

# A job board passes on the employer's decision: a rejection, though it looks like a board notice.
BOARD_REJECTED = {
    "en": [
        "Your update from {company}\n\nThank you for your interest in the {role} position. Unfortunately, {company} has decided not to move forward with your application.\n\nKeep applying: {url}",
        "Application status: Not selected\n\n{role} · {company} · {city}\n\nThe employer has reviewed your application and chose other candidates. Here are jobs you might like: {url}",
        "{company} has reviewed your application for {role} and won't be moving forward at this time. Don't give up — recommended jobs: {url}",
    ],
    "de": [
        "Neuigkeiten von {company}\n\nVielen Dank für Ihr Interesse an der Stelle {role}. Leider hat sich {company} gegen Ihre Bewerbung entschieden.\n\nWeitere Jobs: {url}",
        "Bewerbungsstatus: Abgelehnt\n\n{role} · {company} · {city}\n\nDer Arbeitgeber hat Ihre Bewerbung geprüft und sich für andere Kandidaten entschieden. Passende Jobs: {url}",
        "{company} hat deine Bewerbung als {role} geprüft und wird sie nicht weiterverfolgen. Bleib dran – Jobempfehlungen: {url}",
    ],
    "fr": [
        "Des nouvelles de {company}\n\nMerci pour votre intérêt pour le poste de {role}. Malheureusement, {company} a décidé de ne pas donner suite à votre candidature.\n\nD’autres offres : {url}",
        "Statut de la candidature : non retenue\n\n{role} · {company} · {city}\n\nL’employeur a étudié votre candidature et a choisi d’autres profils. Offres recommandées : {url}",
    ],
    "es": [
        "{company} ha descartado tu candidatura\n\n{role} · {company} · {city}\n\nÁnimo, sigue buscando: {url}",
        "Novedades de {company}\n\nGracias por tu interés en el puesto de {role}. {company} ha decidido no continuar con tu candidatura.\n\nOfertas recomendadas: {url}",
    ],
}

# More ways to reconnect after an earlier "no", and to forward one's own rejection to a friend.
RECONNECT["de"] += [
    "erinnern Sie sich an unser Gespräch zur Stelle {role}? Damals haben wir die Position anders besetzt. Jetzt suchen wir eine:n {role2} und Ihr Profil passt richtig gut. Darf ich Ihnen die Details schicken?",
    "lange nichts gehört! Nach deiner Bewerbung als {role} hatten wir uns ja gegen eine Zusammenarbeit entschieden – inzwischen hat sich bei uns viel getan und es gibt eine neue Stelle im Bereich {topic}. Interesse an einem Call?",
]
RECONNECT["fr"] += [
    "Vous souvenez-vous de notre échange pour le poste de {role} ? Votre candidature n’avait pas été retenue à l’époque, mais nous ouvrons un poste de {role2} qui vous irait très bien. Je vous envoie la fiche ?",
]
RECONNECT["es"] += [
    "¿Te acuerdas de la entrevista para {role}? En su momento no seguimos adelante, pero ahora buscamos un/a {role2} y tu perfil encaja muy bien. ¿Te mando la descripción?",
]
FRIEND_FORWARD["en"] += ["Mum, this is the one I told you about. What do you make of it?"]
FRIEND_FORWARD["de"] += [
    "Na toll, siehe unten. Soll ich da noch antworten?",
    "Das ist die Firma, von der ich dir erzählt hatte. Wie verstehst du das?",
]
FRIEND_FORWARD["fr"] += [
    "Bon… voir ci-dessous. Je réponds ou je passe à autre chose ?",
    "C’est la boîte dont je t’avais parlé. Tu en penses quoi ?",
]
FRIEND_FORWARD["es"] += [
    "Mira lo de abajo. ¿Contesto o lo dejo estar?",
    "Es la empresa de la que te hablé. ¿Cómo lo ves?",
]

# Terse notes typed by a hiring manager or recruiter (often from a phone): a few words, no boilerplate.
TERSE_REJECTION = {
    "en": [
        "We went with another candidate for the {role} role. Thanks for your time, and good luck.",
        "Unfortunately we decided to go with someone else. Appreciate you coming in.",
        "Quick note — we've filled the position. Thanks again for applying.",
        "Sorry, it's a no from us this time. The team picked a candidate with more {topic} experience.",
        "Thanks for interviewing. We won't be moving forward, but I enjoyed meeting you.",
        "We hired internally for this one. Thanks for your interest.",
        "Not going to work out this time, I'm afraid — we offered it to another applicant.",
        "Decided to pass on your application for now. Best of luck with the search.",
    ],
    "de": [
        "Wir haben uns für jemand anderen entschieden. Danke für deine Zeit und viel Erfolg!",
        "Leider hat es diesmal nicht geklappt – die Stelle ist schon vergeben.",
        "Kurze Info: Wir haben die Position intern besetzt. Danke für Ihre Bewerbung.",
        "Sorry, wir gehen mit einer anderen Kandidatin weiter. Alles Gute!",
        "Danke fürs Gespräch. Wir machen leider nicht weiter, hat mich aber gefreut.",
        "Wir haben uns gegen eine Zusammenarbeit entschieden. Viel Glück bei der Suche.",
    ],
    "fr": [
        "Nous avons retenu un autre candidat pour le poste. Merci pour votre temps et bonne chance.",
        "Désolé, ce sera non cette fois : le poste est pourvu.",
        "Petit mot rapide : nous ne poursuivons pas avec votre candidature. Merci d’être venu.",
        "On a choisi quelqu’un d’autre, malheureusement. Bonne continuation !",
        "Nous avons recruté en interne. Merci pour votre intérêt.",
    ],
    "es": [
        "Hemos elegido a otra persona para el puesto. Gracias por tu tiempo y mucha suerte.",
        "Lo siento, esta vez no ha podido ser: el puesto ya está cubierto.",
        "Te escribo rápido: no seguimos adelante con tu candidatura. Gracias por venir.",
        "Al final nos quedamos con otro candidato. ¡Mucho ánimo!",
        "Lo hemos cubierto internamente. Gracias por tu interés.",
    ],
}
TERSE_OTHER = {
    "en": [
        "Got your application, thanks! I'll take a look this week and get back to you.",
        "Can you do Tuesday at 3pm for a quick call about the {role} role?",
        "Could you send over two references when you get a chance?",
        "Thanks for coming in today. We'll be in touch either way by Friday.",
        "Still waiting on feedback from the team — should have news next week.",
        "Loved your portfolio. Are you free to chat tomorrow?",
    ],
    "de": [
        "Bewerbung ist angekommen, danke! Ich schaue sie mir diese Woche an und melde mich.",
        "Passt dir Dienstag um 15 Uhr für ein kurzes Telefonat?",
        "Kannst du mir noch zwei Referenzen schicken?",
        "Danke für das Gespräch heute. Wir melden uns bis Freitag, so oder so.",
        "Das Feedback vom Team steht noch aus – nächste Woche weiß ich mehr.",
    ],
    "fr": [
        "Bien reçu votre candidature, merci ! Je la regarde cette semaine et je reviens vers vous.",
        "Seriez-vous disponible mardi à 15 h pour un court appel ?",
        "Pourriez-vous m’envoyer deux références ?",
        "Merci pour l’entretien d’aujourd’hui. Nous vous répondrons d’ici vendredi, quelle que soit la décision.",
    ],
    "es": [
        "¡Recibida tu candidatura, gracias! La miro esta semana y te digo algo.",
        "¿Te viene bien el martes a las 15:00 para una llamada corta?",
        "¿Me puedes mandar dos referencias?",
        "Gracias por la entrevista de hoy. Te decimos algo antes del viernes, sea cual sea la decisión.",
    ],
}


def i_ack(sentence: str) -> bool:
    """A terse note that only confirms an application arrived."""
    return sentence.startswith(("Got your application", "Bewerbung ist angekommen", "Bien reçu", "¡Recibida"))


def i_wait(sentence: str) -> bool:
    """A terse holding note: no decision yet."""
    return sentence.startswith(
        (
            "Thanks for coming in",
            "Still waiting",
            "Danke für das Gespräch",
            "Das Feedback",
            "Merci pour l",
            "Gracias por la entrevista",
        )
    )


# TERSE_OTHER mixes kinds; gen_ats.py writes each kind as its own family.
TERSE_BY_KIND = {
    "acknowledgement": {lang: [s for s in TERSE_OTHER[lang] if i_ack(s)] for lang in TERSE_OTHER},
    "interview_invite": {
        lang: [s for s in TERSE_OTHER[lang] if not i_ack(s) and not i_wait(s)] for lang in TERSE_OTHER
    },
    "other": {lang: [s for s in TERSE_OTHER[lang] if i_wait(s)] for lang in TERSE_OTHER},
}
