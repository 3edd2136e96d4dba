# ruff: noqa: E501, RUF001  (message text is long lines by nature, and French/Spanish use typographic quotes)
"""The words the ATS-style generator (gen_ats.py) writes with, in English, German, French and Spanish.

Pools are lists of sentences with {placeholders}. They describe *classes* of mail (an application
acknowledgement, a rejection, a withdrawal confirmation ...), each said many ways, so that a model
trained on them learns the class and not one sentence. Every ATS style draws its own subset of
each pool (see gen_ats.py), which keeps a leave-one-style-out evaluation honest.
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es")

PEOPLE = {
    "en": [
        "Sam Carter",
        "Priya Nair",
        "Daniel Kim",
        "Grace Mensah",
        "Oliver Hughes",
        "Rachel Stein",
        "Kevin Osei",
        "Emily Walsh",
        "Marcus Bell",
        "Aisha Rahman",
        "Jordan Reyes",
        "Liam Murphy",
        "Chris Patterson",
        "Dana Whitfield",
        "Noah Goldberg",
        "Megan Price",
    ],
    "de": [
        "Jonas Becker",
        "Lena Hoffmann",
        "Mehmet Yilmaz",
        "Katrin Vogel",
        "Tobias Schulz",
        "Anna Lehmann",
        "Felix Wagner",
        "Sophie Krüger",
        "Lukas Braun",
        "Miriam Hahn",
        "Jan Petersen",
        "Elif Demir",
        "Stefan Roth",
        "Julia Neumann",
    ],
    "fr": [
        "Camille Martin",
        "Julien Bernard",
        "Sarah Petit",
        "Thomas Moreau",
        "Inès Garnier",
        "Lucas Fontaine",
        "Manon Lefebvre",
        "Hugo Chevalier",
        "Léa Rousseau",
        "Karim Benali",
        "Chloé Girard",
        "Antoine Mercier",
    ],
    "es": [
        "Lucía García",
        "Javier Fernández",
        "María López",
        "Pablo Sánchez",
        "Carmen Ruiz",
        "Diego Martín",
        "Laura Gómez",
        "Sergio Díaz",
        "Elena Moreno",
        "Andrés Romero",
        "Marta Navarro",
        "Alejandro Torres",
    ],
}
RECRUITERS = {
    "en": [
        "Jessica Lane",
        "Mark Hollis",
        "Tanya Brooks",
        "Ryan Cole",
        "Heather Quinn",
        "Ben Foster",
        "Alicia Grant",
        "Tom Reeves",
        "Nina Park",
        "Craig Dunn",
    ],
    "de": [
        "Sabine Keller",
        "Markus Franke",
        "Nadine Busch",
        "Christian Lang",
        "Heike Winter",
        "Daniel Koch",
        "Carolin Frey",
        "Patrick Albrecht",
    ],
    "fr": [
        "Aurélie Dupont",
        "Nicolas Lambert",
        "Émilie Roux",
        "Sébastien Faure",
        "Claire Bonnet",
        "Mathieu Blanc",
        "Sandrine Perrin",
    ],
    "es": [
        "Cristina Vidal",
        "Raúl Herrera",
        "Silvia Castro",
        "Óscar Ramos",
        "Beatriz Iglesias",
        "Iván Molina",
        "Patricia Ortiz",
    ],
}
COMPANIES = {
    "en": [
        "Northwind Analytics",
        "Bluefin Systems",
        "Harborview Health",
        "Crescent Logistics",
        "Maple & Finch",
        "Quarry Labs",
        "Silverline Insurance",
        "Tidewater Energy",
        "Brightwell Foods",
        "Lumen Retail Group",
        "Arcadia Software",
        "Keystone Bank",
        "Pioneer Robotics",
        "Westgate Media",
        "Ridgeway Consulting",
        "Copperleaf Pharma",
        "Summit Outdoor Co.",
        "Orchard Learning",
        "Falcon Aerospace",
        "Greenway Transit",
    ],
    "de": [
        "Nordlicht Energie GmbH",
        "Brückner Maschinenbau AG",
        "Stadtwerke Havelland",
        "Alpenblick Versicherung",
        "Kranich Logistik GmbH",
        "Helios Medizintechnik",
        "Weber & Söhne KG",
        "Datenwerk Solutions GmbH",
        "Sonnenhof Kliniken",
        "Rheintal Bank eG",
        "Fuchs Handelsgruppe",
        "Elbe Software GmbH",
        "Bergmann Bau AG",
        "Lindenberg Verlag",
    ],
    "fr": [
        "Atelier Lumière",
        "Groupe Vauban",
        "Banque du Rhône",
        "Solvéa Conseil",
        "Méridien Santé",
        "Transports Garonne",
        "Éditions Carmin",
        "Nexalis Technologies",
        "Maison Berthier",
        "Océane Assurances",
        "Alpes Ingénierie",
        "Cerise Retail",
    ],
    "es": [
        "Grupo Alhambra",
        "Soluciones Ibéricas S.L.",
        "Banco Mediterráneo",
        "Clínica San Rafael",
        "Transportes Duero",
        "Editorial Faro",
        "Nexo Digital",
        "Energía del Sur",
        "Almacenes Castilla",
        "Tecnologías Rías Baixas",
        "Seguros Atlántico",
        "Consultora Montera",
    ],
}
ROLES = {
    "en": [
        "Data Analyst",
        "Senior Software Engineer",
        "Product Manager",
        "Registered Nurse",
        "Marketing Coordinator",
        "Financial Analyst",
        "Customer Success Manager",
        "UX Designer",
        "Warehouse Supervisor",
        "Executive Assistant",
        "DevOps Engineer",
        "HR Business Partner",
        "Account Executive",
        "Research Scientist",
        "Graduate Trainee",
        "Project Coordinator",
        "Backend Developer",
        "Supply Chain Planner",
    ],
    "de": [
        "Sachbearbeiter Buchhaltung (m/w/d)",
        "Softwareentwickler Java (m/w/d)",
        "Projektleiterin Bau",
        "Pflegefachkraft (m/w/d)",
        "Werkstudent Marketing",
        "Data Scientist (m/w/d)",
        "Vertriebsinnendienst",
        "Ausbildung Industriekaufmann/-frau",
        "Personalreferent (m/w/d)",
        "Teamleitung Logistik",
        "IT-Administrator (m/w/d)",
        "Controller (m/w/d)",
        "Produktmanager:in",
        "Elektroniker für Betriebstechnik",
    ],
    "fr": [
        "Chargé de recrutement (H/F)",
        "Développeur Full Stack",
        "Comptable fournisseurs",
        "Chef de projet digital",
        "Infirmier(ère) de bloc",
        "Assistant(e) de direction",
        "Analyste financier",
        "Responsable logistique",
        "Stage Marketing",
        "Ingénieur DevOps",
        "Commercial B2B",
        "Data Engineer",
    ],
    "es": [
        "Técnico de Recursos Humanos",
        "Desarrollador Backend",
        "Administrativo contable",
        "Enfermero/a",
        "Jefe de proyecto",
        "Analista de datos",
        "Comercial de zona",
        "Becario de marketing",
        "Responsable de almacén",
        "Ingeniero de software",
        "Auxiliar administrativo",
        "Consultor SAP",
    ],
}
CITIES = {
    "en": [
        "Chicago, IL",
        "Austin, TX",
        "London",
        "Manchester",
        "Toronto, ON",
        "Denver, CO",
        "Dublin",
        "Remote (US)",
        "Seattle, WA",
        "Boston, MA",
    ],
    "de": [
        "Berlin",
        "München",
        "Hamburg",
        "Köln",
        "Frankfurt am Main",
        "Leipzig",
        "Stuttgart",
        "Remote (DE)",
        "Düsseldorf",
        "Wien",
    ],
    "fr": ["Paris", "Lyon", "Toulouse", "Nantes", "Lille", "Bordeaux", "Marseille", "Télétravail"],
    "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Zaragoza", "Remoto"],
}

# --- greetings and sign-offs -----------------------------------------------------------------
GREET = {
    "en": [
        "Dear {first},",
        "Hi {first},",
        "Hello {first},",
        "Dear {full},",
        "Dear Candidate,",
        "Hi {first}!",
        "Dear {first} {last},",
        "Good afternoon {first},",
    ],
    "de": [
        "Hallo {first},",
        "Guten Tag {full},",
        "Sehr geehrte Bewerberin, sehr geehrter Bewerber,",
        "Liebe:r {first},",
        "Hallo {first} {last},",
        "Guten Tag,",
        "Hi {first},",
        "Sehr geehrte:r {full},",
    ],
    "fr": [
        "Bonjour {first},",
        "Bonjour {full},",
        "Madame, Monsieur,",
        "Chère candidate, cher candidat,",
        "Bonjour,",
        "Bonjour {first} {last},",
        "Hello {first},",
    ],
    "es": [
        "Hola {first}:",
        "Estimado/a {full}:",
        "Buenos días, {first}:",
        "Hola {first},",
        "Estimado/a candidato/a:",
        "Hola, {first}:",
        "Buenas tardes {first},",
    ],
}
SIGN_TEAM = {
    "en": [
        "Best regards,\nThe {company} Talent Acquisition Team",
        "Sincerely,\n{company} Recruiting",
        "Kind regards,\n{company} Careers",
        "Thank you,\nThe Recruiting Team at {company}",
        "Best,\n{company} People Team",
        "Warm regards,\nTalent Team | {company}",
    ],
    "de": [
        "Mit freundlichen Grüßen\nIhr Recruiting-Team der {company}",
        "Viele Grüße\nDein {company} Talent Team",
        "Freundliche Grüße\nPersonalabteilung {company}",
        "Beste Grüße\nIhr HR-Team\n{company}",
        "Mit freundlichen Grüßen\n{company} – Human Resources",
    ],
    "fr": [
        "Cordialement,\nL’équipe Recrutement {company}",
        "Bien cordialement,\nLa Direction des Ressources Humaines\n{company}",
        "Belle journée,\nL’équipe Talents de {company}",
        "Nous vous prions d’agréer nos salutations distinguées.\nService RH – {company}",
    ],
    "es": [
        "Un saludo,\nEquipo de Selección de {company}",
        "Atentamente,\nDepartamento de Recursos Humanos\n{company}",
        "Saludos cordiales,\nEl equipo de Talento de {company}",
        "Muchas gracias,\nRRHH {company}",
    ],
}

# --- application acknowledgement ---------------------------------------------------------------
ACK_RECEIVED = {
    "en": [
        "Thank you for applying for the {role} position at {company}. We have received your application.",
        "This email confirms that your application for {role} (Req. {ref}) has been submitted successfully.",
        "Thanks for your interest in {company}! Your application for {role} is in, and it has been shared with our recruiting team.",
        "We’re writing to let you know that we received your application for {role}.",
        "Your application for the role of {role} in {city} has been received.",
        "Thank you for submitting your resume for the {role} opening. We appreciate the time you took to apply.",
        "Success! You have applied to {role} at {company}.",
        "Thank you for your interest in a career with {company}. We confirm receipt of your application for {role}.",
        "Thanks for applying to {company} — we’re excited that you’d like to join us as {role}.",
        "We wanted to confirm that your application for {role} arrived safely.",
    ],
    "de": [
        "vielen Dank für Ihre Bewerbung als {role} bei der {company}. Ihre Unterlagen sind bei uns eingegangen.",
        "hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Position {role} (Kennziffer {ref}).",
        "danke für deine Bewerbung als {role}! Wir haben deine Unterlagen erhalten und freuen uns über dein Interesse an {company}.",
        "wir haben Ihre Bewerbung für die Stelle {role} in {city} erhalten und bedanken uns für Ihr Interesse.",
        "Ihre Bewerbung auf die Position {role} ist erfolgreich bei uns eingegangen.",
        "herzlichen Dank für Ihr Interesse an einer Mitarbeit bei {company} und für die Zusendung Ihrer Bewerbungsunterlagen.",
        "schön, dass du dich für {company} interessierst – deine Bewerbung als {role} ist bei uns angekommen.",
        "vielen Dank für Ihre Online-Bewerbung. Hiermit bestätigen wir Ihnen den Eingang.",
    ],
    "fr": [
        "Nous vous remercions pour votre candidature au poste de {role} chez {company}. Nous l’avons bien reçue.",
        "Nous accusons réception de votre candidature pour le poste de {role} (référence {ref}).",
        "Merci d’avoir postulé chez {company} ! Votre candidature pour {role} a bien été transmise à notre équipe recrutement.",
        "Votre candidature au poste de {role} à {city} a bien été enregistrée.",
        "Nous avons bien reçu votre CV et votre lettre de motivation et vous remercions de l’intérêt que vous portez à {company}.",
        "Ce message confirme que votre candidature pour l’offre {role} a été envoyée avec succès.",
        "Merci pour l’intérêt que vous portez à notre entreprise et pour votre candidature au poste de {role}.",
    ],
    "es": [
        "Gracias por tu candidatura al puesto de {role} en {company}. La hemos recibido correctamente.",
        "Te confirmamos que hemos recibido tu solicitud para la vacante de {role} (ref. {ref}).",
        "Le agradecemos su interés en {company} y le confirmamos la recepción de su candidatura para el puesto de {role}.",
        "¡Gracias por inscribirte en la oferta de {role}! Tu CV ya está en manos de nuestro equipo de selección.",
        "Tu candidatura para {role} en {city} se ha registrado con éxito.",
        "Hemos recibido su currículum para la posición de {role}. Gracias por el tiempo dedicado.",
        "Queremos confirmarte que tu solicitud para {role} nos ha llegado correctamente.",
    ],
}
ACK_REVIEW = {
    "en": [
        "Our team is currently reviewing all submissions.",
        "A member of our recruiting team will review your background against the requirements of the role.",
        "We will review your application carefully over the coming weeks.",
        "Our hiring team reviews every application individually, so this may take a little time.",
        "Your profile is now being reviewed by the hiring manager.",
        "We are still accepting applications and will begin reviewing them once the posting closes on {date}.",
        "We aim to review all applications within 10 business days.",
    ],
    "de": [
        "Wir prüfen derzeit alle eingegangenen Bewerbungen sorgfältig.",
        "Ihre Unterlagen werden nun von der Fachabteilung gesichtet.",
        "Wir werden deine Bewerbung in den nächsten Wochen sorgfältig prüfen.",
        "Die Bewerbungsfrist endet am {date}; im Anschluss sichten wir alle Unterlagen.",
        "Bitte haben Sie etwas Geduld, die Prüfung der Unterlagen kann einige Wochen in Anspruch nehmen.",
        "Unser Recruiting-Team schaut sich jede Bewerbung individuell an.",
    ],
    "fr": [
        "Notre équipe étudie actuellement l’ensemble des candidatures.",
        "Votre profil va être examiné avec attention par nos équipes.",
        "Nous étudierons votre dossier dans les prochaines semaines.",
        "Le manager et l’équipe RH analysent les candidatures au fil de l’eau.",
        "Le traitement des candidatures peut prendre quelques semaines.",
    ],
    "es": [
        "Nuestro equipo está revisando todas las candidaturas recibidas.",
        "Revisaremos tu perfil con atención en las próximas semanas.",
        "El responsable de selección está analizando los perfiles recibidos.",
        "El proceso de revisión puede durar varias semanas.",
        "Estudiaremos tu candidatura en cuanto finalice el plazo de inscripción, el {date}.",
    ],
}
COMPETITION = {
    "en": [
        "Please note that we receive a high number of applications for every role.",
        "There is strong competition for this position.",
        "We typically receive hundreds of applications for roles like this one.",
        "Because of the large volume of applications we receive, the review can take some time.",
    ],
    "de": [
        "Bitte beachten Sie, dass wir für jede Position eine Vielzahl von Bewerbungen erhalten.",
        "Die Konkurrenz für diese Stelle ist groß.",
        "Aufgrund der hohen Anzahl an Bewerbungen kann die Bearbeitung etwas Zeit in Anspruch nehmen.",
    ],
    "fr": [
        "Nous recevons un très grand nombre de candidatures pour chaque offre.",
        "La concurrence est forte sur ce poste.",
        "En raison du volume important de candidatures, le délai de réponse peut être long.",
    ],
    "es": [
        "Recibimos un gran número de candidaturas para cada puesto.",
        "Hay mucha competencia para esta posición.",
        "Debido al elevado volumen de solicitudes, el proceso puede alargarse.",
    ],
}
# Conditional or future statements: a possibility, never a decision made.
ACK_HEDGE = {
    "en": [
        "If your qualifications match our needs, we will contact you to discuss next steps.",
        "If you are not selected for this position, we will keep your resume on file and may contact you about future openings.",
        "Should your profile be a good fit, a recruiter will reach out within two weeks.",
        "Due to the volume of applications, we are unable to respond to every candidate individually. If you have not heard from us within four weeks, please assume that your application has not been successful on this occasion.",
        "If we decide to move forward with your application, you’ll hear from us directly.",
        "Unfortunately we cannot provide individual feedback to every applicant, but we will be in touch if there is a match.",
        "Only shortlisted candidates will be contacted.",
        "In case your experience is not a match for this role, we may consider you for other openings.",
        "We will let you know either way once a decision has been made.",
        "If you are selected for an interview, a member of our team will reach out to schedule a time.",
    ],
    "de": [
        "Sollte Ihr Profil zu unseren Anforderungen passen, melden wir uns zeitnah bei Ihnen.",
        "Falls wir Sie für diese Position nicht berücksichtigen können, nehmen wir Ihre Unterlagen gerne in unseren Talentpool auf.",
        "Wir melden uns bei dir, sobald wir eine Entscheidung getroffen haben.",
        "Aufgrund der Vielzahl an Bewerbungen können wir leider nicht jede Bewerbung einzeln beantworten. Sollten Sie innerhalb von vier Wochen nichts von uns hören, gehen Sie bitte davon aus, dass wir Ihre Bewerbung nicht weiter berücksichtigen.",
        "Passt dein Profil zur Stelle, laden wir dich zu einem ersten Gespräch ein.",
        "Nur Bewerberinnen und Bewerber in der engeren Auswahl werden kontaktiert.",
        "Sie erhalten von uns in jedem Fall eine Rückmeldung.",
        "Wenn wir Sie zu einem Vorstellungsgespräch einladen möchten, kommen wir telefonisch auf Sie zu.",
    ],
    "fr": [
        "Si votre profil correspond à nos attentes, nous vous contacterons pour un premier échange.",
        "Si votre candidature n’est pas retenue pour ce poste, nous conserverons votre CV dans notre vivier pour de futures opportunités.",
        "Nous reviendrons vers vous dans les meilleurs délais.",
        "En raison du nombre important de candidatures, nous ne pouvons pas répondre individuellement à chacun. Sans réponse de notre part sous quatre semaines, veuillez considérer que votre candidature n’a pas été retenue.",
        "Dans le cas où votre profil serait retenu, un recruteur vous contactera.",
        "Seuls les candidats présélectionnés seront contactés.",
        "Nous ne manquerons pas de revenir vers vous quelle que soit l’issue.",
    ],
    "es": [
        "Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.",
        "En caso de no ser seleccionado/a para este puesto, conservaremos tu CV para futuras oportunidades.",
        "Te informaremos en cuanto tengamos novedades.",
        "Debido al gran volumen de candidaturas, no podemos responder a cada persona. Si no recibes noticias en cuatro semanas, entiende que tu candidatura no ha sido seleccionada en esta ocasión.",
        "Solo contactaremos con las personas preseleccionadas.",
        "Si su candidatura avanza, un técnico de selección le llamará para concertar una entrevista.",
        "Sea cual sea el resultado, te mantendremos informado/a.",
    ],
}
PORTAL = {
    "en": [
        "You can check the status of your application at any time in your candidate home: {url}",
        "To track your application, sign in to our careers portal: {url}",
        "View your application status here: {url}",
        "You can update your profile or withdraw your application in the candidate portal ({url}).",
    ],
    "de": [
        "Den aktuellen Status Ihrer Bewerbung können Sie jederzeit in unserem Bewerberportal einsehen: {url}",
        "Über deinen Kandidatenzugang ({url}) kannst du den Stand deiner Bewerbung verfolgen.",
        "Status Ihrer Bewerbung: {url}",
    ],
    "fr": [
        "Vous pouvez suivre l’avancement de votre candidature depuis votre espace candidat : {url}",
        "Pour consulter le statut de votre candidature, connectez-vous ici : {url}",
    ],
    "es": [
        "Puedes consultar el estado de tu candidatura en cualquier momento en tu área de candidato: {url}",
        "Para seguir tu solicitud, accede al portal de empleo: {url}",
    ],
}
ACK_CLOSE = {
    "en": [
        "Thank you again for your interest in {company}.",
        "We appreciate your interest in joining our team.",
        "Best of luck, and thank you for thinking of us!",
        "Thanks again for applying.",
    ],
    "de": [
        "Nochmals vielen Dank für Ihr Interesse an {company}.",
        "Wir freuen uns, dass du dabei sein möchtest!",
        "Vielen Dank für Ihr Vertrauen.",
    ],
    "fr": [
        "Merci encore pour l’intérêt que vous portez à {company}.",
        "À très bientôt peut-être !",
        "Merci pour votre confiance.",
    ],
    "es": ["Gracias de nuevo por tu interés en {company}.", "¡Mucha suerte!", "Agradecemos tu confianza."],
}

# --- rejection -------------------------------------------------------------------------------
REJ_THANKS = {
    "en": [
        "Thank you for applying for the {role} position at {company}.",
        "Thank you for your interest in {company} and for taking the time to apply for {role}.",
        "We appreciate you considering {company} as your next employer.",
        "Thanks for applying to {role} and for your patience while we reviewed applications.",
        "Thank you for the time you invested in our application process for {role}.",
    ],
    "de": [
        "vielen Dank für Ihre Bewerbung als {role} und das damit verbundene Interesse an {company}.",
        "danke für deine Bewerbung als {role} und deine Geduld.",
        "wir bedanken uns für Ihr Interesse an der Position {role}.",
        "vielen Dank für die Zeit, die Sie in Ihre Bewerbung investiert haben.",
    ],
    "fr": [
        "Nous vous remercions de l’intérêt que vous portez à {company} et de votre candidature au poste de {role}.",
        "Merci pour votre candidature au poste de {role} et pour votre patience.",
        "Nous avons bien pris connaissance de votre candidature pour le poste de {role}.",
    ],
    "es": [
        "Gracias por tu interés en {company} y por presentar tu candidatura al puesto de {role}.",
        "Le agradecemos el tiempo dedicado al proceso de selección para {role}.",
        "Queremos agradecerte tu participación en el proceso de {role}.",
    ],
}
REJ_CORE = {
    "en": [
        "After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs.",
        "We regret to inform you that we will not be moving forward with your application at this time.",
        "While your background is impressive, we have decided not to proceed with your candidacy for this role.",
        "The hiring team has reviewed your application, and you have not been selected for further consideration.",
        "We have now filled this position with a candidate whose profile was a closer match.",
        "We’ve decided to pursue other applicants for this opening.",
        "Your application was not successful on this occasion.",
        "We do not offer visa sponsorship for this position and will therefore not be able to move forward with your application.",
        "For this one, we aren’t a match, but we’d love to stay in touch.",
        "We’ve made the decision to progress with candidates who more closely meet the requirements of the role.",
        "At this point we won’t be taking your application any further.",
        "It was a difficult decision, but we have chosen another candidate for the role.",
        "We have decided to go in a different direction for this position.",
        "We are unable to offer you a position at this time.",
        "Your application did not progress past the initial screening stage.",
        "Your application status has been updated to: Not selected.",
        "The team felt that other applicants were better aligned with the needs of the role, so we won’t be scheduling an interview.",
        "We have concluded our review and will not be extending an invitation to interview.",
    ],
    "de": [
        "Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
        "Wir haben uns für eine:n andere:n Kandidat:in entschieden, deren Profil noch besser zu den Anforderungen passt.",
        "Nach reiflicher Überlegung haben wir uns entschieden, den Prozess mit anderen Bewerber:innen fortzusetzen.",
        "Leider können wir Ihnen keine positive Rückmeldung geben.",
        "Die Stelle haben wir mittlerweile mit einer Bewerberin besetzt, deren Qualifikation unseren Anforderungen noch genauer entspricht.",
        "Wir haben uns gegen eine Einladung zum Vorstellungsgespräch entschieden.",
        "Da wir kein Visum sponsern können, ist es uns nicht möglich, Ihre Bewerbung weiter zu berücksichtigen.",
        "Diesmal passt es leider nicht zusammen.",
        "Ihre Bewerbung war in diesem Fall nicht erfolgreich.",
        "Wir haben uns dazu entschieden, andere Kandidat:innen in die nächste Runde einzuladen.",
        "Wir müssen dir heute mitteilen, dass wir uns anders entschieden haben.",
        "Nach Abschluss der Vorauswahl sind Sie leider nicht in die engere Wahl gekommen.",
        "Der Status Ihrer Bewerbung wurde geändert: Absage.",
    ],
    "fr": [
        "Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.",
        "Nous avons décidé de poursuivre le processus avec d’autres candidats dont le profil correspond davantage à nos besoins.",
        "Votre candidature n’a malheureusement pas été retenue.",
        "Le poste a été pourvu par un candidat dont l’expérience correspond plus précisément à nos attentes.",
        "Nous ne proposons pas de parrainage de visa pour ce poste et ne pourrons donc pas poursuivre avec votre candidature.",
        "Pour ce poste, nos besoins et votre profil ne se rencontrent pas, mais nous aimerions rester en contact.",
        "Nous avons fait le choix d’avancer avec un autre profil.",
        "Nous ne donnerons pas suite à votre candidature pour ce poste.",
        "Après réflexion, nous avons choisi de ne pas vous convier à un entretien.",
        "Le statut de votre candidature a été mis à jour : non retenue.",
    ],
    "es": [
        "Tras valorar detenidamente tu perfil, lamentamos comunicarte que hemos decidido continuar con otros candidatos.",
        "En esta ocasión tu candidatura no ha sido seleccionada.",
        "Hemos optado por un perfil que se ajusta más a los requisitos del puesto.",
        "Lamentamos informarle de que no continuaremos con su candidatura.",
        "La vacante ya ha sido cubierta por otra persona.",
        "No ofrecemos patrocinio de visado para este puesto y, por lo tanto, no podremos seguir adelante con tu candidatura.",
        "Para esta posición no encajamos, pero nos encantaría seguir en contacto.",
        "Hemos decidido no avanzar con tu candidatura a la siguiente fase.",
        "Después de analizar todas las candidaturas, hemos elegido a otra persona para el puesto.",
        "El estado de tu candidatura ha cambiado a: descartada.",
    ],
}
REJ_REASON = {
    "en": [
        "We received over {n} applications for this role, and the competition was particularly strong.",
        "This was not an easy decision.",
        "Please know that this decision was not made lightly.",
        "The quality of applicants was very high.",
    ],
    "de": [
        "Wir haben über {n} Bewerbungen erhalten, und die Entscheidung ist uns nicht leichtgefallen.",
        "Diese Entscheidung ist keine Bewertung Ihrer Person.",
        "Die Auswahl fiel uns bei der Vielzahl sehr guter Bewerbungen nicht leicht.",
    ],
    "fr": [
        "Nous avons reçu plus de {n} candidatures et le choix a été difficile.",
        "Cette décision ne remet pas en cause vos compétences.",
        "Le niveau des candidatures était particulièrement élevé.",
    ],
    "es": [
        "Hemos recibido más de {n} candidaturas y la decisión no ha sido fácil.",
        "Esta decisión no cuestiona tu valía profesional.",
        "El nivel de los candidatos ha sido muy alto.",
    ],
}
REJ_FUTURE = {
    "en": [
        "We will keep your resume on file and may contact you if a suitable position opens.",
        "We encourage you to apply for future openings that match your skills.",
        "Please don’t let this discourage you from applying again.",
        "Your profile will remain in our talent community.",
    ],
    "de": [
        "Gerne nehmen wir Ihre Unterlagen mit Ihrem Einverständnis in unseren Talentpool auf.",
        "Wir würden uns freuen, wenn du dich auf zukünftige Stellen wieder bewirbst.",
        "Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.",
    ],
    "fr": [
        "Nous conservons votre CV et reviendrons vers vous si une opportunité se présente.",
        "N’hésitez pas à postuler à nos futures offres.",
        "Vos données seront conservées deux ans conformément au RGPD.",
    ],
    "es": [
        "Guardaremos tu CV para futuras vacantes.",
        "Te animamos a seguir atento/a a nuestras ofertas.",
        "Conservaremos sus datos durante un año conforme al RGPD.",
    ],
}
REJ_CLOSE = {
    "en": [
        "We wish you every success in your job search.",
        "Thank you again for your interest, and best of luck.",
        "We wish you all the best in your future endeavors.",
    ],
    "de": [
        "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.",
        "Wir wünschen dir alles Gute für deinen weiteren Weg.",
        "Für Ihre weitere Suche wünschen wir Ihnen viel Erfolg.",
    ],
    "fr": [
        "Nous vous souhaitons pleine réussite dans vos recherches.",
        "Nous vous souhaitons une belle continuation.",
        "Bonne continuation dans vos projets professionnels.",
    ],
    "es": [
        "Te deseamos mucha suerte en tu búsqueda.",
        "Le deseamos mucho éxito en su carrera profesional.",
        "Mucho éxito en tus próximos pasos.",
    ],
}

# --- position closed -------------------------------------------------------------------------
CLOSED_CORE = {
    "en": [
        "We wanted to let you know that the {role} position is no longer available and your application has been closed.",
        "The requisition for {role} has been cancelled due to a change in business needs, so we are closing all applications.",
        "This position has been put on hold indefinitely, and we have withdrawn the posting.",
        "The {role} role has been filled internally.",
        "We have decided not to fill this position at this time, so your application will not be progressed.",
        "Due to a restructuring, the {role} vacancy has been closed.",
    ],
    "de": [
        "leider müssen wir Ihnen mitteilen, dass die Stelle {role} nicht mehr zu besetzen ist und wir das Auswahlverfahren beendet haben.",
        "die Position {role} wurde intern besetzt.",
        "aufgrund interner Umstrukturierungen wurde die Ausschreibung {role} zurückgezogen.",
        "die Stelle ist inzwischen vergeben, daher haben wir Ihre Bewerbung geschlossen.",
        "wir haben entschieden, die Position vorerst nicht zu besetzen.",
    ],
    "fr": [
        "Nous vous informons que le poste de {role} n’est plus disponible et que votre candidature a été clôturée.",
        "Le recrutement pour le poste de {role} a été annulé suite à une réorganisation.",
        "Le poste a été pourvu en interne.",
        "Nous avons décidé de suspendre ce recrutement.",
    ],
    "es": [
        "Te informamos de que la vacante de {role} ya no está disponible y tu candidatura ha sido cerrada.",
        "El proceso de selección para {role} ha sido cancelado por un cambio en las necesidades de la empresa.",
        "El puesto se ha cubierto con una promoción interna.",
        "Hemos decidido congelar esta posición, por lo que cerramos el proceso.",
    ],
}

# --- withdrawal confirmation (the candidate asked) ---------------------------------------------
WITHDRAW_CORE = {
    "en": [
        "We have received your request to withdraw your application for {role}. Your application has been withdrawn and you will no longer be considered for this position.",
        "As requested, your application for {role} has been withdrawn.",
        "This confirms that you have withdrawn from the recruitment process for {role}.",
        "Thank you for letting us know that you have accepted another offer. We have closed your application for {role} at your request.",
        "You withdrew your application to {role} at {company}.",
    ],
    "de": [
        "wir bestätigen hiermit, dass Sie Ihre Bewerbung für die Stelle {role} zurückgezogen haben.",
        "wie gewünscht haben wir deine Bewerbung als {role} zurückgezogen. Du wirst für diese Stelle nicht weiter berücksichtigt.",
        "vielen Dank für Ihre Nachricht, dass Sie sich für ein anderes Angebot entschieden haben. Ihre Bewerbung haben wir auf Ihren Wunsch hin aus dem Verfahren genommen.",
        "Ihre Bewerbung wurde auf Ihren Wunsch zurückgezogen.",
    ],
    "fr": [
        "Nous confirmons le retrait de votre candidature au poste de {role}, comme vous l’avez demandé.",
        "Votre candidature pour {role} a bien été retirée. Elle ne sera plus étudiée.",
        "Merci de nous avoir informés que vous avez accepté une autre proposition. Nous avons clôturé votre candidature à votre demande.",
    ],
    "es": [
        "Confirmamos que has retirado tu candidatura al puesto de {role}.",
        "Según tu petición, hemos retirado tu solicitud para {role}. Ya no serás considerado/a para este puesto.",
        "Gracias por avisarnos de que has aceptado otra oferta. Hemos cerrado tu candidatura a petición tuya.",
    ],
}
WITHDRAW_EXTRA = {
    "en": [
        "If this was a mistake, you can reapply at {url}.",
        "We’re sorry to see you go and wish you all the best.",
        "You are welcome to apply for other roles in the future.",
    ],
    "de": [
        "Falls das ein Versehen war, kannst du dich jederzeit erneut bewerben: {url}",
        "Schade – wir wünschen Ihnen alles Gute!",
        "Über neue Bewerbungen freuen wir uns jederzeit.",
    ],
    "fr": [
        "S’il s’agit d’une erreur, vous pouvez postuler de nouveau : {url}",
        "Nous vous souhaitons une belle réussite dans votre nouveau poste.",
    ],
    "es": [
        "Si ha sido un error, puedes volver a inscribirte aquí: {url}",
        "¡Te deseamos mucho éxito en tu nueva etapa!",
    ],
}

# --- interview invitation / next step ------------------------------------------------------------
INVITE_CORE = {
    "en": [
        "We were impressed by your application and would like to invite you to a first interview for the {role} position.",
        "We have decided to move your application forward to the next stage of our process.",
        "The next step is a short online assessment, which should take about 45 minutes. Please complete it within five days: {url}",
        "Following your interview, the team would like to invite you to a final round with the department head.",
        "Please use the link below to choose a 30-minute slot for a phone screen with {recruiter}: {url}",
        "Congratulations, you’ve been shortlisted! Please confirm your availability for a video interview next week.",
        "We’d love to learn more about you. Please record a short video interview here: {url}",
    ],
    "de": [
        "Ihre Bewerbung hat uns überzeugt und wir möchten Sie gerne zu einem ersten Kennenlerngespräch einladen.",
        "wir freuen uns, dir mitzuteilen, dass du in die nächste Runde kommst.",
        "Als nächsten Schritt bitten wir Sie, einen kurzen Online-Test zu absolvieren: {url}",
        "nach dem netten Gespräch letzte Woche möchten wir Sie zu einem zweiten Gespräch vor Ort einladen.",
        "Bitte wählen Sie über folgenden Link einen passenden Termin für ein Telefoninterview: {url}",
        "Wir würden dich gern persönlich kennenlernen. Passt dir Dienstag oder Mittwoch?",
    ],
    "fr": [
        "Votre candidature a retenu toute notre attention et nous souhaitons vous rencontrer pour un premier entretien.",
        "Nous avons le plaisir de vous informer que votre candidature passe à l’étape suivante.",
        "La prochaine étape consiste en un test en ligne d’environ 45 minutes : {url}",
        "Suite à votre entretien, l’équipe souhaite vous convier à un dernier échange avec la direction.",
        "Merci de choisir un créneau pour un appel de 30 minutes : {url}",
    ],
    "es": [
        "Tu candidatura nos ha interesado y nos gustaría invitarte a una primera entrevista.",
        "Nos alegra comunicarte que pasas a la siguiente fase del proceso.",
        "El siguiente paso es una prueba técnica online de unos 45 minutos: {url}",
        "Tras la entrevista, el equipo quiere invitarte a una última reunión con la dirección.",
        "Por favor, elige un hueco para una llamada de 30 minutos: {url}",
    ],
}
OFFER_CORE = {
    "en": [
        "We are delighted to offer you the position of {role} at {company}! Your offer letter is attached.",
        "Congratulations! On behalf of the whole team, I’m pleased to extend you an offer for {role}.",
        "Great news: the team would love to have you join as {role}. Please review and sign your offer in the portal: {url}",
    ],
    "de": [
        "wir freuen uns sehr, Ihnen die Position {role} anbieten zu können! Den Vertragsentwurf finden Sie im Anhang.",
        "herzlichen Glückwunsch – wir möchten dich sehr gern als {role} in unserem Team begrüßen.",
        "anbei erhalten Sie Ihr Vertragsangebot für die Stelle {role}.",
    ],
    "fr": [
        "Nous avons le plaisir de vous proposer le poste de {role} ! Vous trouverez votre promesse d’embauche en pièce jointe.",
        "Félicitations : nous serions ravis de vous accueillir en tant que {role}.",
    ],
    "es": [
        "Nos complace ofrecerte el puesto de {role}. Adjuntamos la carta de oferta.",
        "¡Enhorabuena! Queremos que te unas a nuestro equipo como {role}.",
    ],
}
OTHER_ATS = {
    "en": [
        "Your candidate account has been created. Use the link below to set your password: {url}",
        "We noticed you started an application for {role} but did not finish it. Complete your application here: {url}",
        "Your application status has changed. Log in to your candidate home to view the update: {url}",
        "Please verify your email address to continue: {url}",
        "Thanks for joining our talent community! We’ll send you news and roles that match your interests.",
        "Reminder: your interview with {company} is tomorrow at 10:00. Add it to your calendar: {url}",
    ],
    "de": [
        "Ihr Bewerberkonto wurde angelegt. Bitte legen Sie über folgenden Link ein Passwort fest: {url}",
        "du hast eine Bewerbung als {role} begonnen, aber noch nicht abgeschickt. Hier kannst du sie vervollständigen: {url}",
        "Es gibt Neuigkeiten zu Ihrer Bewerbung. Bitte melden Sie sich im Bewerberportal an: {url}",
        "bitte bestätigen Sie Ihre E-Mail-Adresse: {url}",
        "willkommen in unserem Talent-Netzwerk! Wir informieren dich über passende Stellen.",
    ],
    "fr": [
        "Votre compte candidat a été créé. Définissez votre mot de passe ici : {url}",
        "Vous avez commencé une candidature pour {role} sans la finaliser. Terminez-la ici : {url}",
        "Le statut de votre candidature a évolué. Connectez-vous à votre espace candidat pour le consulter : {url}",
        "Merci de confirmer votre adresse e-mail : {url}",
    ],
    "es": [
        "Tu cuenta de candidato se ha creado. Establece tu contraseña aquí: {url}",
        "Empezaste una candidatura para {role} pero no la terminaste. Complétala aquí: {url}",
        "Hay novedades en tu candidatura. Accede a tu área privada para verlas: {url}",
        "Confirma tu dirección de correo electrónico: {url}",
    ],
}

SUBJECTS = {
    "acknowledgement": {
        "en": [
            "Thank you for applying to {company}",
            "Application received: {role}",
            "Your application for {role} ({ref})",
            "We’ve received your application",
            "{company} | Application confirmation",
            "Thanks for your interest in {company}!",
            "Your application to {role} at {company}",
        ],
        "de": [
            "Eingangsbestätigung Ihrer Bewerbung",
            "Ihre Bewerbung als {role}",
            "Danke für deine Bewerbung!",
            "Bewerbung bei {company} – Eingangsbestätigung",
            "Ihre Bewerbung ({ref})",
        ],
        "fr": [
            "Accusé de réception de votre candidature",
            "Votre candidature – {role}",
            "Merci pour votre candidature !",
            "{company} : confirmation de candidature",
        ],
        "es": [
            "Hemos recibido tu candidatura",
            "Confirmación de tu solicitud – {role}",
            "¡Gracias por tu candidatura!",
            "{company}: candidatura recibida",
        ],
    },
    "rejection": {
        "en": [
            "Your application for {role}",
            "Update on your application to {company}",
            "{company} – {role} ({ref})",
            "Regarding your application",
            "Thank you for your interest in {company}",
            "Your candidacy at {company}",
            "Application status update",
        ],
        "de": [
            "Ihre Bewerbung als {role}",
            "Rückmeldung zu Ihrer Bewerbung",
            "Deine Bewerbung bei {company}",
            "Ihre Bewerbung ({ref})",
            "Information zu Ihrer Bewerbung",
        ],
        "fr": [
            "Votre candidature – {role}",
            "Suite à votre candidature",
            "Réponse à votre candidature chez {company}",
            "Votre candidature ({ref})",
        ],
        "es": [
            "Tu candidatura para {role}",
            "Respuesta a tu candidatura",
            "Actualización del proceso de selección",
            "{company} – {role}",
        ],
    },
    "position_closed": {
        "en": [
            "Update: {role} ({ref})",
            "Your application for {role}",
            "Position update from {company}",
            "{role} – posting closed",
        ],
        "de": [
            "Information zur Stelle {role}",
            "Ihre Bewerbung als {role}",
            "Update zur Ausschreibung {ref}",
        ],
        "fr": ["Information concernant le poste de {role}", "Votre candidature – {role}"],
        "es": ["Información sobre la vacante {role}", "Tu candidatura para {role}"],
    },
    "withdrawal": {
        "en": [
            "Application withdrawn: {role}",
            "Confirmation of withdrawal",
            "Your application for {role} has been withdrawn",
            "{company}: withdrawal confirmed",
        ],
        "de": [
            "Bestätigung: Bewerbung zurückgezogen",
            "Rückzug Ihrer Bewerbung",
            "Deine Bewerbung als {role}",
        ],
        "fr": ["Confirmation du retrait de votre candidature", "Retrait de candidature – {role}"],
        "es": ["Confirmación de retirada de candidatura", "Has retirado tu candidatura – {role}"],
    },
    "interview_invite": {
        "en": [
            "Next steps: {role} at {company}",
            "Interview invitation – {role}",
            "Let’s schedule a call",
            "Your online assessment for {role}",
        ],
        "de": [
            "Einladung zum Vorstellungsgespräch",
            "Nächster Schritt: {role}",
            "Terminvorschlag Kennenlernen",
            "Online-Test für Ihre Bewerbung",
        ],
        "fr": [
            "Invitation à un entretien – {role}",
            "Prochaine étape de votre candidature",
            "Test en ligne – {role}",
        ],
        "es": [
            "Invitación a entrevista – {role}",
            "Siguiente paso en tu candidatura",
            "Prueba online – {role}",
        ],
    },
    "offer": {
        "en": ["Your offer from {company}", "Offer of employment – {role}", "Congratulations!"],
        "de": ["Ihr Vertragsangebot", "Zusage: {role}", "Herzlichen Glückwunsch!"],
        "fr": ["Votre proposition d’embauche", "Proposition – {role}"],
        "es": ["Tu oferta de {company}", "Carta de oferta – {role}"],
    },
    "other": {
        "en": [
            "Action required: your candidate account",
            "Complete your application",
            "Your application status has changed",
            "Verify your email",
            "Welcome to the {company} talent community",
            "Interview reminder",
        ],
        "de": [
            "Ihr Bewerberkonto",
            "Bewerbung vervollständigen",
            "Neuigkeiten zu Ihrer Bewerbung",
            "E-Mail-Adresse bestätigen",
        ],
        "fr": ["Votre espace candidat", "Finalisez votre candidature", "Mise à jour de votre candidature"],
        "es": ["Tu cuenta de candidato", "Completa tu candidatura", "Novedades en tu candidatura"],
    },
}

# "Moving forward" with someone else is a rejection; moving forward with *you* is a next step.
REJ_CORE["en"] += [
    "We have decided to move forward with another candidate.",
    "Unfortunately, the team decided to move ahead with other applicants for this role.",
    "We’ve chosen to move forward with a candidate whose experience is a closer fit.",
    "The hiring manager has decided to proceed with someone else.",
]
REJ_CORE["de"] += [
    "Wir haben uns entschieden, mit einer anderen Person weiterzugehen.",
    "Das Team hat beschlossen, den Prozess mit anderen Bewerbenden fortzuführen.",
]
REJ_CORE["fr"] += [
    "Nous avons décidé d’avancer avec un autre candidat.",
    "L’équipe a choisi de poursuivre avec d’autres profils.",
]
REJ_CORE["es"] += [
    "Hemos decidido avanzar con otro candidato.",
    "El equipo ha optado por seguir adelante con otras personas.",
]
INVITE_CORE["en"] += [
    "We have decided to move forward with your application and would like to schedule a call.",
    "Good news: the team would like to move ahead with you to the technical interview.",
]
INVITE_CORE["de"] += ["Wir möchten gern mit Ihnen in die nächste Runde gehen und einen Termin vereinbaren."]
INVITE_CORE["fr"] += ["Nous souhaitons avancer avec vous et organiser un entretien technique."]
INVITE_CORE["es"] += ["Queremos avanzar contigo y organizar una entrevista técnica."]
