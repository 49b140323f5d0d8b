/** URL builders, so every link of the site has the same shape: /<lang>/<section>/<key>/ */
import type { Lang } from '../data/reference.ts';
import { LANGS } from '../config/site.ts';

export const path = (lang: Lang, ...parts: (string | number)[]): string =>
  `/${[lang, ...parts.map((p) => encodeURIComponent(String(p)))].join('/')}/`;

/** getStaticPaths for a page that exists once per language. */
export const langPaths = (when = true) => (when ? LANGS.map((lang) => ({ params: { lang } })) : []);

/** The same page in the other language (every page exists in both). */
export function switchLang(pathname: string, to: Lang): string {
  return pathname.replace(/^\/(en|fr)(?=\/|$)/, `/${to}`);
}

export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');
