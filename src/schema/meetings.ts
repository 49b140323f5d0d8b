/** Plenary sessions and thematic sessions (§4.1–4.4). */
import { z } from 'zod';
import { common } from './common.ts';
import { day, httpsUrl, stateOrSrsg, timeOfDay, timeZone } from './fields.ts';

const agendaItem = z.object({
  /** The item as it appears on the agenda. */
  title: z.string().min(1, 'an agenda item needs a title'),
  /** Who proposed the item: SRSG or a member-state code (§4.4). */
  proposer: stateOrSrsg.optional(),
  /** Who presents it (a person, a delegation, a Council of Europe body). */
  presenter: z.string().optional(),
  /** Questions put to correspondents under this item. */
  questions: z.array(z.string()).optional(),
});

export const meeting = common.extend({
  /** `plenary` (closed session, at least once a year, §4.1) or `thematic` (§4.3). */
  kind: z.enum(['plenary', 'thematic'], {
    error: (issue) => `expected 'plenary' or 'thematic', got ${JSON.stringify(issue.input)}`,
  }),
  /** First day of the meeting. */
  start: day,
  /** Last day of the meeting (the same as start for a one-day meeting). */
  end: day,
  /**
   * Time the meeting opens on its first day (`09:30`, the venue's time). With endTime, calendars
   * show the meeting at these hours; without both, as whole days.
   */
  startTime: timeOfDay.optional(),
  /** Time the meeting closes on its last day (`13:00`, the venue's time); given with startTime. */
  endTime: timeOfDay.optional(),
  /**
   * The venue's IANA time zone (`Europe/Lisbon`), which startTime and endTime are in; absent, the
   * site's (src/config/site.ts: Europe/Paris, Strasbourg's).
   */
  timeZone: timeZone.optional(),
  /** Where it takes place (city, building); for an online meeting, the platform. */
  place: z.string().min(1),
  /** How participants attend. */
  format: z.enum(['in-person', 'hybrid', 'online'], {
    error: (issue) => `expected 'in-person', 'hybrid' or 'online', got ${JSON.stringify(issue.input)}`,
  }),
  /**
   * The https:// address participants open to join a hybrid or online meeting. Internal by nature:
   * shown on the restricted site and its calendars only, never in the public tree.
   */
  onlineLink: httpsUrl('participants open to join online').optional(),
  /** Date the convocation and draft agenda were sent (at least 30 working days before a plenary). */
  convened: day.optional(),
  /** Whether participants from outside the network take part (§1.2, §4.3). */
  outsideParticipants: z.boolean().optional(),
  /** Numbered agenda items; their number is their position. */
  agenda: z.array(agendaItem).default([]),
});
