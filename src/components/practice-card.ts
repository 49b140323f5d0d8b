/**
 * A practice's card, as HTML. Listing pages show every practice several times (all practices, its
 * member states, themes, GCM objectives, language): at 10,000 entries that is ~50,000 cards per
 * site. Built once per practice and language as a string, a card costs a lookup after the first
 * page instead of a component render each time (PracticeCard.astro and PracticeBrowser.astro
 * insert it with set:html).
 */
import type { Translated } from '../content.ts';
import { pick } from '../content.ts';
import { stateName, themeLabel, type Lang } from '../data/reference.ts';
import { path } from '../i18n/paths.ts';
import { isoDay, useT } from '../i18n/t.ts';
import { entryBadges } from './publication-badge.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for an element's content or a quoted attribute value. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function build(practice: Translated<'practices'>, lang: Lang): string {
  const d = pick(practice, lang).entry.data;
  const e = escapeHtml;
  const period = d.period ? ` · ${e(String(d.period.from))}${d.period.to ? `–${e(String(d.period.to))}` : '–'}` : '';
  const badges = entryBadges(lang, 'practices', d);
  // The date that orders the lists, said for what it is ("Submitted 3 March 2025").
  const { t, date } = useT(lang);
  const [before = '', after = ''] = t('date.submitted', { date: '\0' }).split('\0');
  const submitted = d.submitted
    ? ` · <span class="card-date">${e(before)}<time datetime="${isoDay(d.submitted)}">${e(date(d.submitted))}</time>${e(after)}</span>`
    : '';
  const tags = d.themes
    .map(
      (th) =>
        `<li><a class="tag" href="${e(path(lang, 'practices', 'theme', th))}">${e(themeLabel(th, lang))}</a></li>`,
    )
    .join('');
  return (
    `<article class="card" lang="${e(d.lang)}">` +
    `<h3><a href="${e(path(lang, 'practices', practice.key))}">${e(d.title)}</a></h3>` +
    `<p class="muted" lang="${lang}">${e(d.country.map((c) => stateName(c, lang)).join(', '))}${period}${submitted} ` +
    `<span class="badge lang" title="${e(d.lang)}">${e(d.lang)}</span>` +
    badges.map((b) => ` <span class="badge ${b.kind}" data-pagefind-ignore>${e(b.text)}</span>`).join('') +
    `</p><p>${e(d.summary)}</p><ul class="tags" lang="${lang}">${tags}</ul></article>`
  );
}

// Keyed by the practice object: a content reload in `astro dev` makes new objects, so no stale card.
const cache = {
  en: new WeakMap<Translated<'practices'>, string>(),
  fr: new WeakMap<Translated<'practices'>, string>(),
};

export function practiceCardHtml(practice: Translated<'practices'>, lang: Lang): string {
  let html = cache[lang].get(practice);
  if (html === undefined) {
    html = build(practice, lang);
    cache[lang].set(practice, html);
  }
  return html;
}
