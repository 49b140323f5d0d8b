/** RSS feed of outcomes, one per language, on the public site only. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../../config/site.ts';
import { isPublicSite } from 'virtual:relais/site';
import { outcomes, pick, sections } from '../../content.ts';
import type { Lang } from '../../data/reference.ts';
import { langPaths, path } from '../../i18n/paths.ts';
import { useT } from '../../i18n/t.ts';

export const getStaticPaths = () => langPaths(isPublicSite && sections.outcomes);

export const GET: APIRoute = (context) => {
  const lang = context.params.lang as Lang;
  const { t } = useT(lang);
  return rss({
    title: `${t('nav.outcomes')} · ${site.network[lang]}`,
    description: t('outcomes.intro'),
    // The channel's link is the listing the feed follows; items' paths resolve against it.
    site: new URL(path(lang, 'outcomes'), context.site).href,
    customData: `<language>${lang}</language>`,
    items: outcomes.map((o) => {
      const d = pick(o, lang).entry.data;
      return { title: d.title, description: d.summary, pubDate: d.date, link: path(lang, 'outcomes', o.key) };
    }),
  });
};
