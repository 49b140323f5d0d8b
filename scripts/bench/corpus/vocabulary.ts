/**
 * Bilingual word lists and sentence templates for the generated corpus. Every item exists in
 * English and French, so translation twins say the same thing. Slots in braces are filled by the
 * generator: {prog} (a made-up programme name, unique per practice), {group}, {actor}, {place},
 * {state}, {year}, {n}, {p} (a percentage), {approach}.
 *
 * The lists are long enough that two entries rarely share a sentence, and every title carries
 * a made-up name or a serial number: the public audit fingerprints internal titles and 6-word
 * sequences of internal text, so internal wording must not turn up in public pages by chance.
 */

export interface Both {
  en: string;
  fr: string;
}

const b = (en: string, fr: string): Both => ({ en, fr });

/** Syllables of made-up programme names (Valmora, Kesunti…): unique tokens no other text uses. */
export const SYLLABLES = [
  'val',
  'mor',
  'ka',
  'lin',
  'dra',
  'sen',
  'ti',
  'vik',
  'ar',
  'nel',
  'qua',
  'ost',
  'ber',
  'mi',
  'ru',
  'zu',
  'lem',
  'fa',
  'tor',
  'io',
  'sa',
  'dun',
  'el',
  'vo',
  'ke',
  'sun',
  'pa',
  'ri',
  'go',
  'tal',
  'ne',
  'bre',
  'ol',
  'xa',
  'yen',
  'ju',
  'fel',
  'da',
  'ro',
  'ska',
  'mu',
  'tre',
  'la',
  'vin',
  'ho',
  'ze',
  'ama',
  'cor',
] as const;

/** Ways of doing things, each tied to a theme id from src/data/themes.json. */
export const APPROACHES: (Both & { theme: string })[] = [
  {
    theme: 'asylum-procedures',
    ...b('accelerated registration of asylum applications', 'enregistrement accéléré des demandes d’asile'),
  },
  {
    theme: 'asylum-procedures',
    ...b('early legal counselling before the asylum interview', 'conseil juridique précoce avant l’entretien d’asile'),
  },
  {
    theme: 'asylum-procedures',
    ...b('digital case files shared between asylum services', 'dossiers numériques partagés entre services de l’asile'),
  },
  {
    theme: 'asylum-procedures',
    ...b('quality assurance of first-instance decisions', 'contrôle de la qualité des décisions de première instance'),
  },
  {
    theme: 'reception',
    ...b('small-scale reception in rented flats', 'accueil en petites unités dans des logements loués'),
  },
  {
    theme: 'reception',
    ...b('contingency planning for reception capacity', 'planification d’urgence des capacités d’accueil'),
  },
  { theme: 'reception', ...b('mobile teams visiting reception centres', 'équipes mobiles dans les centres d’accueil') },
  { theme: 'unaccompanied-children', ...b('volunteer guardianship', 'tutelle bénévole') },
  {
    theme: 'unaccompanied-children',
    ...b('multidisciplinary age assessment', 'évaluation multidisciplinaire de l’âge'),
  },
  {
    theme: 'unaccompanied-children',
    ...b('supported transition to adulthood', 'accompagnement du passage à l’âge adulte'),
  },
  {
    theme: 'vulnerable-persons',
    ...b('early identification of vulnerabilities', 'identification précoce des vulnérabilités'),
  },
  {
    theme: 'vulnerable-persons',
    ...b('psychological first aid in reception', 'premiers secours psychologiques dans l’accueil'),
  },
  {
    theme: 'vulnerable-persons',
    ...b('safe accommodation for women at risk', 'hébergement sécurisé pour les femmes en danger'),
  },
  {
    theme: 'alternatives-to-detention',
    ...b('case management as an alternative to detention', 'gestion de cas comme alternative à la rétention'),
  },
  {
    theme: 'alternatives-to-detention',
    ...b('open family housing instead of detention', 'logements familiaux ouverts au lieu de la rétention'),
  },
  {
    theme: 'alternatives-to-detention',
    ...b('reporting duties with community support', 'obligation de se présenter avec un soutien de proximité'),
  },
  { theme: 'integration', ...b('one-stop integration centres', 'guichets uniques d’intégration') },
  { theme: 'integration', ...b('mentoring by established residents', 'parrainage par des résidents installés') },
  { theme: 'integration', ...b('municipal integration plans', 'plans municipaux d’intégration') },
  { theme: 'language-learning', ...b('job-related language courses', 'cours de langue à visée professionnelle') },
  {
    theme: 'language-learning',
    ...b('language learning from the first week of arrival', 'apprentissage de la langue dès la première semaine'),
  },
  { theme: 'language-learning', ...b('online language tutoring', 'tutorat linguistique en ligne') },
  {
    theme: 'labour-migration',
    ...b('fast-track recognition of qualifications', 'reconnaissance accélérée des qualifications'),
  },
  { theme: 'labour-migration', ...b('circular seasonal work schemes', 'programmes de travail saisonnier circulaire') },
  {
    theme: 'labour-migration',
    ...b('labour market tests handled online', 'examen de la situation de l’emploi en ligne'),
  },
  {
    theme: 'family-reunification',
    ...b('a family reunification helpdesk', 'un service d’aide au regroupement familial'),
  },
  { theme: 'family-reunification', ...b('DNA testing with free legal aid', 'tests ADN avec aide juridique gratuite') },
  {
    theme: 'family-reunification',
    ...b(
      'simplified visa procedures for family members',
      'procédures de visa simplifiées pour les membres de la famille',
    ),
  },
  {
    theme: 'trafficking',
    ...b(
      'a national referral mechanism for victims of trafficking',
      'un mécanisme national d’orientation des victimes de la traite',
    ),
  },
  {
    theme: 'trafficking',
    ...b(
      'joint training of labour inspectors and police',
      'formation commune des inspecteurs du travail et de la police',
    ),
  },
  {
    theme: 'trafficking',
    ...b('screening for trafficking indicators at the border', 'repérage des indicateurs de traite à la frontière'),
  },
  {
    theme: 'return',
    ...b('return counselling with reintegration support', 'conseil au retour avec aide à la réintégration'),
  },
  { theme: 'return', ...b('independent monitoring of forced returns', 'contrôle indépendant des retours forcés') },
  { theme: 'return', ...b('voluntary departure grants', 'aides au départ volontaire') },
  {
    theme: 'statelessness',
    ...b('a statelessness determination procedure', 'une procédure de détermination de l’apatridie'),
  },
  {
    theme: 'statelessness',
    ...b('birth registration for children of migrants', 'enregistrement des naissances des enfants de migrants'),
  },
  {
    theme: 'statelessness',
    ...b('facilitated naturalisation of stateless persons', 'naturalisation facilitée des apatrides'),
  },
  { theme: 'health', ...b('health assessments on arrival', 'bilans de santé à l’arrivée') },
  { theme: 'health', ...b('interpreting services in hospitals', 'services d’interprétation dans les hôpitaux') },
  {
    theme: 'health',
    ...b('mental health care for torture survivors', 'soins de santé mentale pour les victimes de torture'),
  },
  {
    theme: 'data',
    ...b('a public dashboard of processing times', 'un tableau de bord public des délais de traitement'),
  },
  {
    theme: 'data',
    ...b('anonymised statistics on protection decisions', 'statistiques anonymisées sur les décisions de protection'),
  },
  { theme: 'data', ...b('forecasting of arrivals', 'prévision des arrivées') },
  {
    theme: 'information',
    ...b('multilingual information before departure', 'information multilingue avant le départ'),
  },
  {
    theme: 'information',
    ...b(
      'a rights information video for new arrivals',
      'une vidéo d’information sur les droits pour les nouveaux arrivants',
    ),
  },
  { theme: 'information', ...b('community information officers', 'agents d’information de proximité') },
];

export const GROUPS: Both[] = [
  b('unaccompanied children', 'enfants non accompagnés'),
  b('families with children', 'familles avec enfants'),
  b('recognised refugees', 'réfugiés reconnus'),
  b('asylum seekers', 'demandeurs d’asile'),
  b('beneficiaries of temporary protection', 'bénéficiaires de la protection temporaire'),
  b('seasonal workers', 'travailleurs saisonniers'),
  b('stateless persons', 'apatrides'),
  b('victims of trafficking', 'victimes de la traite'),
  b('women travelling alone', 'femmes voyageant seules'),
  b('young adults leaving care', 'jeunes adultes sortant de la protection de l’enfance'),
  b('older migrants', 'migrants âgés'),
  b('persons with disabilities', 'personnes handicapées'),
  b('highly qualified workers', 'travailleurs hautement qualifiés'),
  b('returnees', 'personnes de retour'),
  b('international students', 'étudiants internationaux'),
  b('survivors of torture', 'victimes de torture'),
  b('separated children', 'enfants séparés'),
  b('persons awaiting return', 'personnes en attente de retour'),
];

export const ACTORS: Both[] = [
  b('the national asylum authority', 'l’autorité nationale chargée de l’asile'),
  b('the immigration service', 'le service de l’immigration'),
  b('the ministry of the interior', 'le ministère de l’intérieur'),
  b('the ministry of labour', 'le ministère du travail'),
  b('several municipalities', 'plusieurs communes'),
  b('the regional authorities', 'les autorités régionales'),
  b('the border police', 'la police aux frontières'),
  b('the public employment service', 'le service public de l’emploi'),
  b('the national child protection agency', 'l’agence nationale de protection de l’enfance'),
  b('a network of non-governmental organisations', 'un réseau d’organisations non gouvernementales'),
  b('the ombudsperson’s office', 'le bureau du médiateur'),
  b('the national health service', 'le service national de santé'),
  b('the reception agency', 'l’agence d’accueil'),
  b('the statistical office', 'l’office statistique'),
  b('the bar association', 'l’ordre des avocats'),
  b('two universities', 'deux universités'),
  b('the labour inspectorate', 'l’inspection du travail'),
  b('the courts of first instance', 'les tribunaux de première instance'),
];

/** What was done: past-tense clauses completing "In {year}, {actor} …". */
export const ACTIONS: Both[] = [
  b('trained {n} caseworkers in interviewing techniques', 'a formé {n} agents aux techniques d’entretien'),
  b('opened {n} local offices', 'a ouvert {n} antennes locales'),
  b('signed agreements with {n} partner organisations', 'a signé des accords avec {n} organisations partenaires'),
  b('recruited {n} interpreters for rare languages', 'a recruté {n} interprètes pour des langues rares'),
  b(
    'adopted new guidelines for frontline staff',
    'a adopté de nouvelles lignes directrices pour le personnel de terrain',
  ),
  b(
    'set up a hotline open seven days a week',
    'a mis en place une permanence téléphonique ouverte sept jours sur sept',
  ),
  b('published a handbook translated into {n} languages', 'a publié un guide traduit en {n} langues'),
  b('created a steering committee with civil society', 'a créé un comité de pilotage avec la société civile'),
  b('moved {n} families into independent housing', 'a installé {n} familles dans des logements indépendants'),
  b('ran a pilot in {place}', 'a mené un projet pilote à {place}'),
  b('extended the scheme from {place} to the whole country', 'a étendu le dispositif de {place} à tout le pays'),
  b('introduced a single case number for each person', 'a introduit un numéro de dossier unique par personne'),
  b('funded {n} places in evening classes', 'a financé {n} places dans des cours du soir'),
  b('appointed a coordinator in each region', 'a nommé un coordinateur dans chaque région'),
  b('replaced paper forms with an online application', 'a remplacé les formulaires papier par une demande en ligne'),
  b('organised {n} information sessions', 'a organisé {n} séances d’information'),
  b('paired {n} newcomers with volunteer mentors', 'a associé {n} nouveaux arrivants à des mentors bénévoles'),
  b('commissioned an external evaluation', 'a commandé une évaluation externe'),
  b('reviewed the legal framework with practitioners', 'a réexaminé le cadre juridique avec les praticiens'),
  b(
    'shared its data with the statistical office every month',
    'a transmis chaque mois ses données à l’office statistique',
  ),
];

export const RESULTS: Both[] = [
  b('the average processing time fell by {p} per cent', 'le délai moyen de traitement a diminué de {p} %'),
  b(
    '{p} per cent of participants found work within a year',
    '{p} % des participants ont trouvé un emploi dans l’année',
  ),
  b('complaints dropped by {p} per cent', 'les plaintes ont baissé de {p} %'),
  b('{n} people used the service in its first year', '{n} personnes ont utilisé le service la première année'),
  b('the number of appeals decreased by {p} per cent', 'le nombre de recours a baissé de {p} %'),
  b('{p} per cent of the children stayed in school', '{p} % des enfants sont restés scolarisés'),
  b(
    'costs per person were {p} per cent lower than before',
    'le coût par personne a été inférieur de {p} % à celui d’avant',
  ),
  b('waiting lists disappeared in {place}', 'les listes d’attente ont disparu à {place}'),
  b('{n} cases were referred to specialised services', '{n} cas ont été orientés vers des services spécialisés'),
  b('the evaluation rated the scheme as effective', 'l’évaluation a jugé le dispositif efficace'),
  b(
    'participants rated the support {p} out of 100 on average',
    'les participants ont noté l’accompagnement {p} sur 100 en moyenne',
  ),
  b('the share of voluntary departures rose to {p} per cent', 'la part des départs volontaires a atteint {p} %'),
  b('{n} staff members completed the training', '{n} agents ont suivi la formation'),
  b('identification rates doubled in {place}', 'les taux d’identification ont doublé à {place}'),
];

/** Why it started: full sentences. */
export const CONTEXTS: Both[] = [
  b(
    'In {year}, arrivals of {group} in {place} rose faster than the services could follow.',
    'En {year}, les arrivées de {group} à {place} ont augmenté plus vite que les services ne pouvaient suivre.',
  ),
  b(
    'Reports by monitoring bodies had pointed to gaps in the support given to {group}.',
    'Des rapports d’organes de suivi avaient relevé des lacunes dans le soutien apporté aux {group}.',
  ),
  b(
    'Before {year}, {group} had to deal with up to {n} different offices.',
    'Avant {year}, les {group} devaient s’adresser à {n} services différents.',
  ),
  b(
    'A review by {actor} found that procedures for {group} varied widely from one region to another.',
    'Un examen mené par {actor} a montré que les procédures applicables aux {group} variaient fortement d’une région à l’autre.',
  ),
  b(
    'Case law of the European Court of Human Rights led the authorities to rethink their approach to {group}.',
    'La jurisprudence de la Cour européenne des droits de l’homme a conduit les autorités à repenser leur approche des {group}.',
  ),
  b(
    'Local services in {place} asked for clearer rules on {group}.',
    'Les services locaux de {place} demandaient des règles plus claires concernant les {group}.',
  ),
  b(
    'The national action plan adopted in {year} made {group} a priority.',
    'Le plan d’action national adopté en {year} a fait des {group} une priorité.',
  ),
  b(
    'Staff shortages in {place} had lengthened waiting times to {n} weeks.',
    'Le manque de personnel à {place} avait porté les délais d’attente à {n} semaines.',
  ),
  b(
    'Civil society organisations in {place} had long called for a change.',
    'Les organisations de la société civile de {place} réclamaient depuis longtemps un changement.',
  ),
  b(
    'An audit in {year} showed that {p} per cent of files for {group} were incomplete.',
    'Un audit réalisé en {year} a montré que {p} % des dossiers des {group} étaient incomplets.',
  ),
];

export const FURTHER: Both[] = [
  b(
    'Questions about {prog} can be sent to the correspondent through the secretariat.',
    'Les questions sur {prog} peuvent être adressées au correspondant par l’intermédiaire du secrétariat.',
  ),
  b(
    'An evaluation report on {prog} is available in the national language.',
    'Un rapport d’évaluation de {prog} est disponible dans la langue nationale.',
  ),
  b(
    'The authorities are ready to host a study visit to {place}.',
    'Les autorités sont disposées à accueillir une visite d’étude à {place}.',
  ),
  b(
    'Annual figures on {prog} appear in the activity report of {actor}.',
    'Les chiffres annuels de {prog} figurent dans le rapport d’activité de {actor}.',
  ),
  b('A second phase of {prog} is planned until {year}.', 'Une deuxième phase de {prog} est prévue jusqu’en {year}.'),
  b(
    'Training materials from {prog} can be shared on request.',
    'Les supports de formation de {prog} peuvent être communiqués sur demande.',
  ),
];

/** Passages kept internal (redacted on the public site): figures and assessments not cleared for release. */
export const REDACTED: Both[] = [
  b(
    'Budget for {prog} in {year}: {n} thousand euros, of which {p} per cent came from a fund not yet disclosed.',
    'Budget de {prog} en {year} : {n} milliers d’euros, dont {p} % provenant d’un fonds non encore rendu public.',
  ),
  b(
    'The internal review of {prog} counted {n} incidents at the {place} site, which are still under investigation.',
    'L’examen interne de {prog} a relevé {n} incidents sur le site de {place}, qui font encore l’objet d’une enquête.',
  ),
  b(
    'The correspondent asks that the name of the contractor running {prog} in {place} is not shared outside the network.',
    'Le correspondant demande que le nom du prestataire qui gère {prog} à {place} ne soit pas diffusé hors du réseau.',
  ),
  b(
    'Draft figures for {year} suggest a drop of {p} per cent, pending validation by {actor}.',
    'Les chiffres provisoires pour {year} indiquent une baisse de {p} %, sous réserve de validation par {actor}.',
  ),
  b(
    'A dispute between {actor} and the contractor in {place} delayed {prog} by {n} months.',
    'Un différend entre {actor} et le prestataire de {place} a retardé {prog} de {n} mois.',
  ),
];

export const HEADINGS = {
  context: b('Context', 'Contexte'),
  done: b('What was done', 'Mesures prises'),
  results: b('Results', 'Résultats'),
  further: b('Further information', 'Pour en savoir plus'),
  see: b('See also', 'Voir aussi'),
};

/** "In {year}, {actor} …" and its French twin. */
export const IN_YEAR = b('In {year}, {actor} {action}.', 'En {year}, {actor} {action}.');
export const AFTERWARDS = b('Within {n} months, {result}.', 'En {n} mois, {result}.');
export const SUMMARY = b(
  '{prog} brings {approach} to {group} in {place}.',
  '{prog} apporte {approach} aux {group} à {place}.',
);
export const TITLE = b('{prog}: {approach} for {group}', '{prog} : {approach} pour les {group}');

/** A few cities per member state, for places in the texts. */
export const CITIES: Record<string, string[]> = {
  AL: ['Tirana', 'Durrës'],
  AD: ['Andorra la Vella'],
  AM: ['Yerevan', 'Gyumri'],
  AT: ['Vienna', 'Graz', 'Linz'],
  AZ: ['Baku', 'Ganja'],
  BE: ['Brussels', 'Antwerp', 'Liège'],
  BA: ['Sarajevo', 'Bihać'],
  BG: ['Sofia', 'Harmanli'],
  HR: ['Zagreb', 'Split'],
  CY: ['Nicosia', 'Larnaca'],
  CZ: ['Prague', 'Brno'],
  DK: ['Copenhagen', 'Aarhus'],
  EE: ['Tallinn', 'Tartu'],
  FI: ['Helsinki', 'Tampere'],
  FR: ['Lyon', 'Marseille', 'Lille'],
  GE: ['Tbilisi', 'Batumi'],
  DE: ['Berlin', 'Hamburg', 'Leipzig'],
  GR: ['Athens', 'Thessaloniki', 'Lesvos'],
  HU: ['Budapest', 'Szeged'],
  IS: ['Reykjavík'],
  IE: ['Dublin', 'Cork'],
  IT: ['Rome', 'Palermo', 'Turin'],
  LV: ['Riga'],
  LI: ['Vaduz'],
  LT: ['Vilnius', 'Kaunas'],
  LU: ['Luxembourg', 'Esch-sur-Alzette'],
  MT: ['Valletta'],
  MD: ['Chișinău', 'Bălți'],
  MC: ['Monaco'],
  ME: ['Podgorica'],
  NL: ['Amsterdam', 'Utrecht', 'Ter Apel'],
  MK: ['Skopje', 'Gevgelija'],
  NO: ['Oslo', 'Bergen'],
  PL: ['Warsaw', 'Kraków'],
  PT: ['Lisbon', 'Porto'],
  RO: ['Bucharest', 'Timișoara'],
  SM: ['San Marino'],
  RS: ['Belgrade', 'Subotica'],
  SK: ['Bratislava', 'Košice'],
  SI: ['Ljubljana', 'Maribor'],
  ES: ['Madrid', 'Málaga', 'Ceuta'],
  SE: ['Stockholm', 'Gothenburg', 'Malmö'],
  CH: ['Bern', 'Geneva', 'Zurich'],
  TR: ['Ankara', 'Gaziantep', 'Izmir'],
  UA: ['Kyiv', 'Lviv'],
  GB: ['London', 'Glasgow', 'Manchester'],
};

/** States whose correspondents write in French by default. */
export const FRENCH_SPEAKING = new Set(['FR', 'BE', 'LU', 'CH', 'MC']);

export const FIRST_NAMES = [
  'Ana',
  'Jonas',
  'Ingrid',
  'Eleni',
  'Paul',
  'Aoife',
  'Milica',
  'Elif',
  'Marta',
  'Sarah',
  'Lucas',
  'Nino',
  'Eva',
  'Erik',
  'Ion',
  'Claire',
  'Giulia',
  'Tomás',
  'Katarzyna',
  'Mihai',
  'Jana',
  'Pieter',
  'Sofia',
  'Andrei',
  'Maria',
  'Dimitris',
  'Hanna',
  'Luka',
  'Ayşe',
  'Olena',
  'Matteo',
  'Inês',
  'Bjørn',
  'Kristiina',
  'Arman',
  'Leyla',
  'Gentiana',
  'Nikola',
  'Zsófia',
  'Rūta',
  'Aleksander',
  'Chiara',
  'Hugo',
  'Marie',
  'Sean',
  'Fatima',
  'Petra',
  'Vesna',
  'Oskar',
  'Irina',
  'Davit',
  'Lena',
  'Mehmet',
  'Agnieszka',
  'Tiago',
  'Emma',
  'Jakub',
  'Laura',
  'Stefan',
  'Nadia',
];
export const LAST_NAMES = [
  'Sousa',
  'Keller',
  'Haugen',
  'Papadaki',
  'Weber',
  'Byrne',
  'Jovanović',
  'Yıldız',
  'Iglesias',
  'Meier',
  'Dubois',
  'Beridze',
  'de Vries',
  'Lindqvist',
  'Rusu',
  'Moreau',
  'Ferri',
  'Novak',
  'Kowalska',
  'Popescu',
  'Horvat',
  'Janssens',
  'Nielsen',
  'Ivanova',
  'Petrović',
  'Georgiou',
  'Korhonen',
  'Kaya',
  'Shevchenko',
  'Rossi',
  'Pereira',
  'Berg',
  'Tamm',
  'Hakobyan',
  'Aliyeva',
  'Hoxha',
  'Stojanovski',
  'Nagy',
  'Kazlauskas',
  'Zieliński',
  'Martín',
  'Fischer',
  'Laurent',
  'Murphy',
  'Borg',
  'Svoboda',
  'Kovač',
  'Lund',
  'Vella',
  'Marković',
  'Gashi',
  'Demir',
  'Bondarenko',
  'Bianchi',
  'Costa',
  'Olsen',
  'Kask',
  'Sargsyan',
  'Mammadov',
  'Krasniqi',
  'Wagner',
  'Lefèvre',
  'Walsh',
  'Nowak',
  'Dumitru',
];

export const MINISTRIES: Both[] = [
  b('Ministry of the Interior, Migration Department', 'Ministère de l’intérieur, département des migrations'),
  b(
    'Ministry of Justice, Asylum and Migration Directorate',
    'Ministère de la justice, direction de l’asile et des migrations',
  ),
  b('State Migration Service', 'Service national des migrations'),
  b('Ministry of Labour and Social Affairs', 'Ministère du travail et des affaires sociales'),
  b('Ministry of Foreign Affairs, Consular Department', 'Ministère des affaires étrangères, département consulaire'),
  b('Immigration and Asylum Office', 'Office de l’immigration et de l’asile'),
  b(
    'Ministry of Home Affairs, International Protection Unit',
    'Ministère de l’intérieur, unité de la protection internationale',
  ),
];
export const ROLES: Both[] = [
  b('Correspondent; Head of Unit', 'Correspondant ; chef d’unité'),
  b('Correspondent; Senior Policy Adviser', 'Correspondant ; conseiller principal'),
  b('Deputy correspondent; Legal Officer', 'Correspondant suppléant ; juriste'),
  b(
    'Correspondent; Director of International Cooperation',
    'Correspondant ; directeur de la coopération internationale',
  ),
  b('Deputy correspondent; Desk Officer', 'Correspondant suppléant ; chargé de dossier'),
];

/** Information-request questions (§4.6): concise, numbered, about a topic. */
export const QUESTIONS: Both[] = [
  b(
    'Which authority is responsible for {approach} in your system?',
    'Quelle autorité est responsable de {approach} dans votre système ?',
  ),
  b('How many {group} were concerned in {year}?', 'Combien de {group} étaient concernés en {year} ?'),
  b(
    'Which safeguards apply to {group} during the procedure?',
    'Quelles garanties s’appliquent aux {group} pendant la procédure ?',
  ),
  b(
    'Has your country evaluated {approach}, and with what findings?',
    'Votre pays a-t-il évalué {approach}, et avec quelles conclusions ?',
  ),
  b(
    'How is the work of {actor} coordinated with other services?',
    'Comment le travail de {actor} est-il coordonné avec les autres services ?',
  ),
  b(
    'Which changes to the law or practice are planned for {year}?',
    'Quelles modifications de la loi ou de la pratique sont prévues pour {year} ?',
  ),
  b(
    'What does {approach} cost per person, and how is it funded?',
    'Combien coûte {approach} par personne, et comment est-ce financé ?',
  ),
  b(
    'Do {group} receive information in a language they understand, and how?',
    'Les {group} reçoivent-ils l’information dans une langue qu’ils comprennent, et comment ?',
  ),
  b(
    'Which difficulties have your services met since {year}?',
    'Quelles difficultés vos services ont-ils rencontrées depuis {year} ?',
  ),
];

export const ANSWERS: Both[] = [
  b(
    '{actor} is responsible; since {year} it has worked with {n} regional offices.',
    '{actor} est compétent ; depuis {year}, il travaille avec {n} antennes régionales.',
  ),
  b(
    'About {n} persons were concerned in {year}, {p} per cent of them in {place}.',
    'Environ {n} personnes étaient concernées en {year}, dont {p} % à {place}.',
  ),
  b(
    'The law guarantees legal aid and an interpreter; in practice delays of {n} days remain.',
    'La loi garantit l’aide juridique et un interprète ; dans la pratique, des délais de {n} jours subsistent.',
  ),
  b(
    'An evaluation by {actor} in {year} found the approach useful but under-funded.',
    'Une évaluation menée par {actor} en {year} a jugé l’approche utile mais sous-financée.',
  ),
  b(
    'No separate figures are kept; an estimate of {p} per cent is available on request.',
    'Aucun chiffre distinct n’est tenu ; une estimation de {p} % est disponible sur demande.',
  ),
  b(
    'A reform is under discussion in parliament and should enter into force in {year}.',
    'Une réforme est en discussion au parlement et devrait entrer en vigueur en {year}.',
  ),
  b(
    'Coordination takes place in a working group chaired by {actor}, which meets {n} times a year.',
    'La coordination a lieu au sein d’un groupe de travail présidé par {actor}, qui se réunit {n} fois par an.',
  ),
  b(
    'Information leaflets exist in {n} languages and are handed out in {place}.',
    'Des dépliants d’information existent en {n} langues et sont distribués à {place}.',
  ),
  b(
    'The main difficulty is staff turnover, about {p} per cent a year.',
    'La principale difficulté est la rotation du personnel, environ {p} % par an.',
  ),
  b(
    'This question does not apply: the competence lies with the regions, which report separately.',
    'Cette question ne s’applique pas : la compétence relève des régions, qui rendent compte séparément.',
  ),
];

export const REQUEST_BACKGROUND: Both[] = [
  b(
    '{requester} is reviewing its rules on {approach} and would like to compare them with the practice of other member States.',
    '{requester} réexamine ses règles relatives à {approach} et souhaiterait les comparer à la pratique des autres États membres.',
  ),
  b(
    'Following the thematic session on {group}, several correspondents asked for an overview of national approaches.',
    'À la suite de la séance thématique sur les {group}, plusieurs correspondants ont demandé un aperçu des approches nationales.',
  ),
  b(
    'Correspondents are invited to reply in English or French by the deadline; short answers are welcome.',
    'Les correspondants sont invités à répondre en anglais ou en français avant la date limite ; les réponses brèves sont bienvenues.',
  ),
  b(
    'Replies are provided for the exchange of information and do not necessarily reflect the official position of the responding State.',
    'Les réponses sont fournies aux fins d’échange d’informations et ne reflètent pas nécessairement la position officielle de l’État qui répond.',
  ),
];

export const TOPICS = APPROACHES;

export const OUTCOME_TITLES: Record<'news' | 'statement' | 'publication', Both> = {
  news: b(
    'Network news no. {serial}: correspondents discuss {approach}',
    'Actualités du Réseau n° {serial} : les correspondants débattent de {approach}',
  ),
  statement: b('Statement no. {serial} on {group}', 'Déclaration n° {serial} sur les {group}'),
  publication: b(
    'Compilation no. {serial}: {approach} in the member States',
    'Compilation n° {serial} : {approach} dans les États membres',
  ),
};
export const OUTCOME_SUMMARY = b(
  'Correspondents from {n} member States compared their experience of {approach} for {group}.',
  'Les correspondants de {n} États membres ont comparé leur expérience de {approach} pour les {group}.',
);
export const OUTCOME_SENTENCES: Both[] = [
  b(
    'The {coordinator} opened the discussion and recalled the relevant Council of Europe standards.',
    'Le {coordinator} a ouvert la discussion et rappelé les normes pertinentes du Conseil de l’Europe.',
  ),
  b(
    'Delegations from {state} and {state2} presented recent reforms concerning {group}.',
    'Les délégations de {state} et de {state2} ont présenté des réformes récentes concernant les {group}.',
  ),
  b(
    'Participants agreed to continue the exchange on {approach} at a later meeting.',
    'Les participants sont convenus de poursuivre l’échange sur {approach} lors d’une prochaine réunion.',
  ),
  b(
    'A compilation of {n} national contributions was prepared by the secretariat.',
    'Une compilation de {n} contributions nationales a été préparée par le secrétariat.',
  ),
  b(
    'Speakers stressed the need for reliable data on {group} and for cooperation between services.',
    'Les intervenants ont souligné la nécessité de données fiables sur les {group} et d’une coopération entre services.',
  ),
  b(
    'The discussion drew on the good practice of {state} in {place}.',
    'La discussion s’est appuyée sur la bonne pratique de {state} à {place}.',
  ),
];

export const MEETING_TITLE = {
  plenary: b('Plenary session no. {serial} of the Network, {place}', 'Session plénière n° {serial} du Réseau, {place}'),
  thematic: b('Thematic session no. {serial}: {approach}', 'Séance thématique n° {serial} : {approach}'),
};
export const AGENDA: Both[] = [
  b('Opening of the session and adoption of the agenda', 'Ouverture de la session et adoption de l’ordre du jour'),
  b(
    'Recent developments in the member States concerning {group}',
    'Évolutions récentes dans les États membres concernant les {group}',
  ),
  b(
    'Presentation of {approach} by the delegation of {state}',
    'Présentation de {approach} par la délégation de {state}',
  ),
  b(
    'Council of Europe standards and case law relevant to {group}',
    'Normes et jurisprudence du Conseil de l’Europe relatives aux {group}',
  ),
  b('Follow-up to the information request on {approach}', 'Suivi de la demande d’information sur {approach}'),
  b(
    'Work programme of the thematic groups and rapporteurs',
    'Programme de travail des groupes thématiques et des rapporteurs',
  ),
  b('Any other business and closing of the session', 'Questions diverses et clôture de la session'),
];
export const MEETING_BODY: Both[] = [
  b(
    'The session took place in closed format and brought together correspondents from {n} member States.',
    'La session s’est tenue à huis clos et a réuni des correspondants de {n} États membres.',
  ),
  b(
    'Discussions focused on {approach} and on the situation of {group}.',
    'Les discussions ont porté sur {approach} et sur la situation des {group}.',
  ),
  b(
    'The secretariat will circulate a summary of conclusions within {n} weeks.',
    'Le secrétariat diffusera un relevé de conclusions dans un délai de {n} semaines.',
  ),
  b(
    'Correspondents are invited to send their comments on the draft agenda to the secretariat.',
    'Les correspondants sont invités à adresser leurs observations sur le projet d’ordre du jour au secrétariat.',
  ),
];
export const PRESENTERS: Both[] = [
  b('Office of the SRSG', 'Bureau du RSSG'),
  b('Secretariat of the Network', 'Secrétariat du Réseau'),
  b('Delegation of {state}', 'Délégation de {state}'),
  b('Invited expert', 'Expert invité'),
  b('Correspondents of the member States', 'Correspondants des États membres'),
];

export const GROUP_TITLE = {
  group: b('Thematic group no. {serial} on {approach}', 'Groupe thématique n° {serial} sur {approach}'),
  rapporteur: b('Thematic rapporteur no. {serial} on {group}', 'Rapporteur thématique n° {serial} sur les {group}'),
};
export const MANDATES: Both[] = [
  b(
    'To compare national practice on {approach} and report to the plenary session with examples of good practice.',
    'Comparer les pratiques nationales en matière de {approach} et rendre compte à la session plénière avec des exemples de bonnes pratiques.',
  ),
  b(
    'To follow developments concerning {group} and propose topics for information requests.',
    'Suivre l’évolution de la situation des {group} et proposer des thèmes de demandes d’information.',
  ),
  b(
    'To prepare a thematic session on {approach} together with the secretariat.',
    'Préparer une séance thématique sur {approach} avec le secrétariat.',
  ),
];
export const GROUP_BODY: Both[] = [
  b(
    'The group was set up on a voluntary basis in {year}, in line with § 4.8 of the working methods.',
    'Le groupe a été créé sur une base volontaire en {year}, conformément au § 4.8 des méthodes de travail.',
  ),
  b(
    'It meets online about every {n} weeks and reports to the plenary session.',
    'Il se réunit en ligne environ toutes les {n} semaines et rend compte à la session plénière.',
  ),
  b(
    'Its first task is to analyse the answers received from {n} member States.',
    'Sa première tâche est d’analyser les réponses reçues de {n} États membres.',
  ),
];

export const METHOD_SECTIONS: Both[] = [
  b('Preamble', 'Préambule'),
  b('1. Composition of the Network', '1. Composition du Réseau'),
  b('2. Main objectives of the Network', '2. Principaux objectifs du Réseau'),
  b('3. Communication and confidentiality', '3. Communication et confidentialité'),
  b('4. Meetings and exchanges', '4. Réunions et échanges'),
  b('5. Thematic groups and rapporteurs', '5. Groupes thématiques et rapporteurs'),
  b('6. Information requests', '6. Demandes d’information'),
  b('7. Revision of the working methods', '7. Révision des méthodes de travail'),
];
export const METHOD_SENTENCES: Both[] = [
  b(
    'Correspondents communicate through a restricted-access site whose content is not public.',
    'Les correspondants communiquent au moyen d’un site à accès restreint dont le contenu n’est pas public.',
  ),
  b(
    'The Network meets in plenary session at least once a year, in closed session.',
    'Le Réseau se réunit en session plénière au moins une fois par an, à huis clos.',
  ),
  b(
    'The draft agenda is sent at least thirty working days before the session.',
    'Le projet d’ordre du jour est envoyé au moins trente jours ouvrables avant la session.',
  ),
  b(
    'Requests for information are made in English or French as concise numbered questions.',
    'Les demandes d’information sont formulées en anglais ou en français sous forme de questions concises et numérotées.',
  ),
  b(
    'Members submit information together with a proposal for its dissemination.',
    'Les membres transmettent les informations accompagnées d’une proposition de diffusion.',
  ),
  b(
    'Thematic groups or thematic rapporteurs may be set up on a voluntary basis.',
    'Des groupes thématiques ou des rapporteurs thématiques peuvent être créés sur une base volontaire.',
  ),
  b(
    'Information is made public only where the Network and the SRSG jointly decide so.',
    'Les informations ne sont rendues publiques que si le Réseau et le RSSG en décident conjointement.',
  ),
  b(
    'The SRSG may revise these working methods after consulting the correspondents.',
    'Le RSSG peut réviser les présentes méthodes de travail après avoir consulté les correspondants.',
  ),
];
export const METHOD_CHANGES = b(
  'Version {version}: revised after the plenary session of {year}.',
  'Version {version} : révisée après la session plénière de {year}.',
);

export const MONTHS: Both[] = [
  b('January', 'janvier'),
  b('February', 'février'),
  b('March', 'mars'),
  b('April', 'avril'),
  b('May', 'mai'),
  b('June', 'juin'),
  b('July', 'juillet'),
  b('August', 'août'),
  b('September', 'septembre'),
  b('October', 'octobre'),
  b('November', 'novembre'),
  b('December', 'décembre'),
];
