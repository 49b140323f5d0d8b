/**
 * The schema's doc lines in French, for the hints of the French web editor. The English is the
 * JSDoc of src/schema/*.ts itself (read by schema-docs.ts); keys are `<declaration>.<field>` as
 * schema-docs.ts names them. A field documented in the schema without its line here fails
 * tests/unit/editor-config.test.ts, as does a line here for a field that no longer exists.
 */
export const FRENCH_DOCS: Record<string, string> = {
  'common.title': 'Le titre de l’entrée, dans la langue de l’entrée.',
  'common.lang': 'Langue du texte de ce fichier\u00a0: `en` ou `fr`.',
  'common.translationKey':
    'Les entrées qui la partagent sont des traductions l’une de l’autre\u00a0; c’est aussi la clé que citent les autres entrées.',
  'common.visibility':
    '`public` pour publier sur la page du RSSG\u00a0; absente ou `internal`, l’entrée reste sur le site à accès restreint.',
  'common.decided':
    'Date à laquelle le Réseau et le RSSG ont décidé de publier (§3.3)\u00a0; obligatoire pour une entrée publique.',
  'common.notes': 'Notes pour le Bureau et les correspondants\u00a0; internes par nature, jamais sur le site public.',
  'common.sample':
    'Signale un contenu d’exemple livré avec le produit, pour qu’il ne passe pas pour une donnée réelle.',
  'correspondent.name': 'Nom complet, tel que la personne veut qu’il apparaisse.',
  'correspondent.country': 'L’État membre qui a désigné ce correspondant.',
  'correspondent.ministry': 'Ministère ou agence.',
  'correspondent.role':
    'Fonction dans le Réseau ou au ministère\u00a0: un texte, ou un par langue officielle (`role: { en: …, fr: … }`) pour que les pages de chaque langue affichent le leur.',
  'correspondent.email': 'Adresse électronique professionnelle.',
  'correspondent.phone': 'Téléphone professionnel, au format international (+33 …).',
  'correspondent.languages': 'Langues de travail de la personne (codes ISO 639-1\u00a0: en, fr, de…).',
  'correspondent.sample': 'Signale un contenu d’exemple livré avec le produit.',
  'group.kind': 'Un groupe de plusieurs membres, ou le mandat d’un seul rapporteur.',
  'group.mandate': 'Ce que le groupe ou le rapporteur est chargé de faire, en une ou deux phrases.',
  'group.members': 'Identifiants des correspondants qui y participent.',
  'group.rapporteurs': 'Identifiants des rapporteurs thématiques.',
  'group.themes': 'Thèmes couverts par le groupe.',
  'group.established': 'Date à laquelle le Réseau a créé le groupe.',
  'agendaItem.title': 'Le point tel qu’il figure à l’ordre du jour.',
  'agendaItem.proposer': 'Qui a proposé le point\u00a0: le RSSG ou un code d’État membre (§4.4).',
  'agendaItem.presenter': 'Qui le présente (une personne, une délégation, un organe du Conseil de l’Europe).',
  'agendaItem.questions': 'Questions posées aux correspondants sous ce point.',
  'meeting.kind': '`plenary` (séance à huis clos, au moins une fois par an, §4.1) ou `thematic` (§4.3).',
  'meeting.start': 'Premier jour de la réunion.',
  'meeting.end': 'Dernier jour de la réunion (le même que le premier pour une réunion d’un jour).',
  'meeting.place': 'Où elle se tient (ville, bâtiment)\u00a0; pour une réunion en ligne, la plateforme.',
  'meeting.format': 'Comment les participants y assistent.',
  'meeting.startTime':
    'Heure d’ouverture le premier jour (`09:30`, heure du lieu). Avec endTime, les calendriers montrent la réunion à ces heures\u00a0; sans les deux, en journées entières.',
  'meeting.endTime': 'Heure de clôture le dernier jour (`13:00`, heure du lieu)\u00a0; donnée avec startTime.',
  'meeting.timeZone':
    'Le fuseau horaire IANA du lieu (`Europe/Lisbon`), celui de startTime et endTime\u00a0; absent, celui du site (src/config/site.ts\u00a0: Europe/Paris, celui de Strasbourg).',
  'meeting.onlineLink':
    'L’adresse https:// que les participants ouvrent pour rejoindre une réunion hybride ou en ligne. Interne par nature\u00a0: montrée sur le site restreint et ses calendriers seulement, jamais dans l’arbre public.',
  'meeting.convened':
    'Date d’envoi de la convocation et du projet d’ordre du jour (au moins 30 jours ouvrables avant une plénière).',
  'meeting.outsideParticipants': 'Si des participants extérieurs au Réseau y prennent part (§1.2, §4.3).',
  'meeting.agenda': 'Points numérotés de l’ordre du jour\u00a0; leur numéro est leur position.',
  'method.version': 'Numéro de version commun à toutes les sections d’une révision, par exemple `1.0`.',
  'method.adopted': 'Date d’adoption de cette version\u00a0; la dernière version adoptée est la version en vigueur.',
  'method.order': 'Position de cette section dans sa version (1, 2, 3…).',
  'method.changes': 'Ce que cette version a changé, en une phrase, affichée dans l’historique des révisions.',
  'outcome.kind': 'La sorte de résultat.',
  'outcome.date': 'Date de publication.',
  'outcome.meeting': 'Clé de la réunion dont ce résultat rend compte, le cas échéant.',
  'outcome.summary': 'Une ou deux phrases affichées dans les listes, les flux et les résultats de recherche.',
  'outcome.source': 'Où l’original a été publié, s’il l’a été ailleurs.',
  'practice.summary': 'Une ou deux phrases affichées dans les listes et les résultats de recherche.',
  'practice.country': 'Le ou les États membres dont vient la pratique\u00a0: un code ou une liste de codes.',
  'practice.themes': 'Thèmes du vocabulaire contrôlé de src/data/themes.json.',
  'practice.gcm': 'Numéros des objectifs du Pacte mondial (1 à 23) auxquels la pratique contribue.',
  'practice.submitted':
    'Jour où le correspondant l’a soumise (`npm run new` écrit celui du jour)\u00a0; à défaut, le premier commit de son fichier\u00a0: src/content-index/submitted.ts. Ordonne les listes.',
  'practice.period': 'Années pendant lesquelles la pratique a eu cours\u00a0; laissez `to` vide tant qu’elle continue.',
  'practice.submittedBy':
    'Identifiant du correspondant qui l’a soumise (information interne, jamais affichée publiquement).',
  'practice.dissemination':
    'La diffusion proposée par l’auteur (§4.7)\u00a0: au sein du Réseau (`network`) ou `public`.',
  'request.requestedBy': 'Qui demande\u00a0: un code d’État membre ou le RSSG (SRSG).',
  'request.sent': 'Date d’envoi de la demande au Réseau.',
  'request.deadline': 'Date limite des réponses.',
  'request.questions': 'Questions concises\u00a0; le numéro de chacune est sa position dans la liste (§4.6).',
};
