/** The iCalendar feed of the site's meetings, one per language (src/calendar/). */
import type { APIRoute } from 'astro';
import { meetingsCalendar } from '../../../calendar/meetings.ts';
import { calendarMeetings, calendarSite, icsResponse } from '../../../calendar/site-meetings.ts';
import { site } from '../../../config/site.ts';
import { sections } from '../../../content.ts';
import type { Lang } from '../../../data/reference.ts';
import { langPaths, path } from '../../../i18n/paths.ts';
import { useT } from '../../../i18n/t.ts';

export const getStaticPaths = () => langPaths(sections.meetings);

export const GET: APIRoute = (context) => {
  const lang = context.params.lang as Lang;
  const { t } = useT(lang);
  const calendar = calendarSite(lang, context.site);
  return icsResponse(
    meetingsCalendar(calendarMeetings(lang), calendar, {
      name: `${t('nav.meetings')} · ${site.network[lang]}`,
      description: t('meetings.intro'),
      url: new URL(path(lang, 'meetings'), calendar.url).href,
    }),
  );
};
