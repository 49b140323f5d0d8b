/**
 * What the internal site's download endpoints read (issue 21): a request's compiled answers, made
 * from the same view of the request its pages show, and the directory's people in the directory
 * page's order (by member state, then by name). None of these files exists on the public site:
 * each endpoint's getStaticPaths gives no path there (`internalOnly`), and the public build has no
 * answers and no correspondents to make them from anyway.
 */
import { isPublicSite } from 'virtual:relais/site';
import { LANGS, site } from '../config/site.ts';
import { cacheKeyOf, correspondents, listingCacheKey, requests, type Translated } from '../content.ts';
import { stateName, type Lang } from '../data/reference.ts';
import { path } from '../i18n/paths.ts';
import { requestView } from '../components/request-page.ts';
import { answerSheet, type AnswerSheet } from './answer-sheet.ts';
import type { CardPerson } from './vcard.ts';

/** Paths for the internal site only: the public site gets none. */
const internalOnly = <P>(paths: () => P[]): P[] => (isPublicSite ? [] : paths());

/** One path per language and request, keyed as the request's pages are. */
export const requestFilePaths = () =>
  internalOnly(() =>
    LANGS.flatMap((lang) =>
      requests.map((request) => ({
        params: { lang, key: request.key },
        props: { request },
        cacheKey: cacheKeyOf(request),
      })),
    ),
  );

/** One path per language, for the files of the whole directory. */
export const directoryFilePaths = () =>
  internalOnly(() =>
    correspondents.length > 0 ? LANGS.map((lang) => ({ params: { lang }, cacheKey: listingCacheKey })) : [],
  );

/** One path per language and correspondent, for the cards. */
export const cardPaths = () =>
  internalOnly(() =>
    LANGS.flatMap((lang) =>
      correspondents.map((c) => ({
        params: { lang, id: c.id },
        props: { person: toPerson(c) },
        cacheKey: listingCacheKey,
      })),
    ),
  );

/** The compiled answers of a request in a UI language. */
export function requestSheet(request: Translated<'requests'>, lang: Lang): AnswerSheet {
  const view = requestView(request, lang);
  if (!view.roll) throw new Error(`the answers to ${request.key} are asked for on the public site`);
  const d = view.entry.data;
  return answerSheet({
    lang,
    request: d,
    roll: view.roll,
    open: view.deadline.open,
    address: new URL(path(lang, 'requests', request.key), site.urls.internal).href,
  });
}

const toPerson = (c: (typeof correspondents)[number]): CardPerson => ({ id: c.id, ...c.data });

/** The directory's people in the order of its page in `lang`: by member state's name, then by name. */
export function directoryPeople(lang: Lang): CardPerson[] {
  return correspondents
    .map((c, i) => ({ person: toPerson(c), state: stateName(c.data.country, lang), i }))
    .sort((a, b) => a.state.localeCompare(b.state, lang) || a.i - b.i)
    .map((x) => x.person);
}
