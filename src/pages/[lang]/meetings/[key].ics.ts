/** One meeting as an iCalendar file, to add to a calendar from its page (src/calendar/). */
import type { APIRoute } from 'astro';
import { meetingsCalendar } from '../../../calendar/meetings.ts';
import { calendarMeeting, calendarSite, icsResponse } from '../../../calendar/site-meetings.ts';
import { LANGS } from '../../../config/site.ts';
import { meetings, type Translated } from '../../../content.ts';
import type { Lang } from '../../../data/reference.ts';

// No cacheKey: the file carries its last-changed time, which a key of days would not follow, and
// writing it costs less than comparing.
export const getStaticPaths = () =>
  LANGS.flatMap((lang) => meetings.map((meeting) => ({ params: { lang, key: meeting.key }, props: { meeting } })));

export const GET: APIRoute<{ meeting: Translated<'meetings'> }> = (context) => {
  const lang = context.params.lang as Lang;
  return icsResponse(
    meetingsCalendar([calendarMeeting(context.props.meeting, lang)], calendarSite(lang, context.site)),
  );
};
