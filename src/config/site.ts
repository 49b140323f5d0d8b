/**
 * Site-wide settings. Names and titles change (since 2025 a Division follows the network up), so
 * templates read them from here and never spell them out.
 */
import type { Lang } from '../data/reference.ts';
import type { Variant } from '../release/rule.ts';
import { env } from './env.ts';

export const LANGS = ['en', 'fr'] as const satisfies readonly Lang[];
export const DEFAULT_LANG: Lang = 'en';

export const site = {
  /** The network's name in each official language. */
  network: {
    en: 'Network of correspondents on migration',
    fr: 'Réseau de correspondants sur les migrations',
  },
  /** Who coordinates the network (working methods §4.9). */
  coordinator: {
    en: 'Special Representative of the Secretary General on migration and refugees',
    fr: 'Représentant spécial de la Secrétaire Générale sur les migrations et les réfugiés',
  },
  coordinatorShort: { en: 'SRSG', fr: 'RSSG' },
  /** The office that runs the network day to day. */
  office: {
    en: 'Migration and Refugees Division, Council of Europe',
    fr: 'Division des migrations et des réfugiés, Conseil de l’Europe',
  },
  organisation: { en: 'Council of Europe', fr: 'Conseil de l’Europe' },
  /**
   * The time zone of a meeting that does not name its own (`timeZone`): the network meets in
   * Strasbourg, the Council of Europe's seat, which is in the IANA zone Europe/Paris (the list has
   * no Europe/Strasbourg).
   */
  timeZone: 'Europe/Paris',
  /** Where each site is deployed (used for canonical links, the sitemap and feeds). */
  urls: {
    internal: 'https://relais-intranet.example.org',
    public: 'https://relais.example.org',
  } satisfies Record<Variant, string>,
  /**
   * How the public build treats a body link from a public entry to one that is not public:
   * `error` stops the build (the default), `text` keeps the link's words without the link.
   * RELAIS_PRIVATE_LINKS=text overrides it for one build.
   */
  privateLinks: (env.privateLinks() === 'text' ? 'text' : 'error') as 'error' | 'text',
};
