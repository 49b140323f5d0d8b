/**
 * Meetings as iCalendar (src/calendar/meetings.ts), read back with ical.js as a calendar
 * application would: never compared as strings.
 */
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { meetingHours } from '../../src/calendar/hours.ts';
import { meetingsCalendar, type CalendarMeeting, type CalendarSite } from '../../src/calendar/meetings.ts';
import { schemas } from '../../src/schema/index.ts';

const site: CalendarSite = {
  lang: 'en',
  url: 'https://relais-intranet.example.org',
  uidHost: 'relais.example.org',
  isPublicSite: false,
  timeZone: 'Europe/Paris',
  today: new Date('2026-11-24T00:00:00Z'),
  holidays: new Set(),
};

const fields = {
  title: 'Plenary session, March 2027',
  lang: 'en',
  kind: 'plenary',
  start: '2027-03-18',
  end: '2027-03-19',
  place: 'Strasbourg, Agora building, and online',
  format: 'hybrid',
  agenda: [{ title: 'Opening of the session' }, { title: 'Labour migration pathways' }],
};

const meeting = (over: Record<string, unknown> = {}, changed = '2026-10-01T08:00:00Z'): CalendarMeeting => ({
  key: 'plenary-2027-03',
  data: schemas.meetings.parse({ ...fields, ...over }),
  changed: new Date(changed),
});

/** The calendar's events, with its VTIMEZONEs registered so times convert as an application would. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const value = (name: string) => vevent.getFirstPropertyValue(name);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      start: event.startDate,
      end: event.endDate,
      tzid: vevent.getFirstProperty('dtstart')?.getParameter('tzid'),
      sequence: Number(value('sequence')),
      stamp: (value('dtstamp') as ICAL.Time).toJSDate(),
      lastModified: (value('last-modified') as ICAL.Time).toJSDate(),
      url: value('url'),
    };
  });
  return {
    calendar,
    events,
    zones: calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')),
  };
}

describe('one meeting as an event', () => {
  test('its UID is its key at the public host, and its page is its URL', () => {
    const [e] = parse(meetingsCalendar([meeting()], site)).events;
    expect(e!.uid).toBe('plenary-2027-03@relais.example.org');
    expect(e!.summary).toBe('Plenary session, March 2027');
    expect(e!.location).toBe('Strasbourg, Agora building, and online');
    expect(e!.url).toBe('https://relais-intranet.example.org/en/meetings/plenary-2027-03/');
  });

  test('without times it is whole days, ending the day after its last', () => {
    const [e] = parse(meetingsCalendar([meeting()], site)).events;
    expect(e!.start.isDate).toBe(true);
    expect(e!.start.toString()).toBe('2027-03-18');
    expect(e!.end.isDate).toBe(true);
    expect(e!.end.toString()).toBe('2027-03-20');
  });

  test('with times it is at those hours in the venue’s zone, which the file defines', () => {
    const lisbon = parse(
      meetingsCalendar([meeting({ startTime: '09:30', endTime: '13:00', timeZone: 'Europe/Lisbon' })], site),
    );
    const [e] = lisbon.events;
    expect(e!.tzid).toBe('Europe/Lisbon');
    expect(e!.start.isDate).toBe(false);
    expect([e!.start.hour, e!.start.minute, e!.end.day, e!.end.hour]).toEqual([9, 30, 19, 13]);
    expect(lisbon.zones).toEqual(['Europe/Lisbon']);
    // Lisbon keeps UTC in March; Strasbourg (the default zone) is an hour ahead, two in June.
    expect(e!.start.toJSDate().toISOString()).toBe('2027-03-18T09:30:00.000Z');
    const [paris] = parse(
      meetingsCalendar(
        [meeting({ start: '2027-06-10', end: '2027-06-10', startTime: '09:30', endTime: '17:00' })],
        site,
      ),
    ).events;
    expect(paris!.tzid).toBe('Europe/Paris');
    expect(paris!.start.toJSDate().toISOString()).toBe('2027-06-10T07:30:00.000Z');
    expect(paris!.end.toJSDate().toISOString()).toBe('2027-06-10T15:00:00.000Z');
  });

  test('a zone keeps the name it was given, with its VTIMEZONE, where Intl knows an older one', () => {
    // Intl (ICU) calls Kyiv by its former spelling, Europe/Kiev; the IANA list and the file say Kyiv.
    const parsed = parse(
      meetingsCalendar([meeting({ startTime: '10:00', endTime: '12:00', timeZone: 'Europe/Kyiv' })], site),
    );
    expect(parsed.events[0]!.tzid).toBe('Europe/Kyiv');
    expect(parsed.zones).toEqual(['Europe/Kyiv']);
    expect(parsed.events[0]!.start.toJSDate().toISOString()).toBe('2027-03-18T08:00:00.000Z');
  });

  test('its description has its kind and format, convocation date, agenda and page', () => {
    const [e] = parse(meetingsCalendar([meeting({ convened: '2027-01-25' })], site)).events;
    expect(e!.description).toContain('Plenary session · Hybrid');
    expect(e!.description).toContain('Convocation and draft agenda due: 25 January 2027');
    expect(e!.description).toContain('Draft agenda:\n1. Opening of the session\n2. Labour migration pathways');
    expect(e!.description).toContain('Details: https://relais-intranet.example.org/en/meetings/plenary-2027-03/');
    const [sent] = parse(meetingsCalendar([meeting({ convened: '2026-10-02' })], site)).events;
    expect(sent!.description).toContain('Convocation and draft agenda sent: 2 October 2026');
  });

  test('a plenary without a convocation date gives the latest day §4.1 allows, 30 working days before', () => {
    const [e] = parse(meetingsCalendar([meeting()], site)).events;
    expect(e!.description).toContain('Convocation and draft agenda due by 4 February 2027 at the latest');
    // A holiday in those weeks moves it one working day earlier.
    const [withHoliday] = parse(meetingsCalendar([meeting()], { ...site, holidays: new Set(['2027-03-01']) })).events;
    expect(withHoliday!.description).toContain('due by 3 February 2027 at the latest');
    const [thematic] = parse(meetingsCalendar([meeting({ kind: 'thematic' })], site)).events;
    expect(thematic!.description).not.toContain('Convocation');
  });

  test('in French, its description is in French', () => {
    const [e] = parse(meetingsCalendar([meeting({ convened: '2026-10-02' })], { ...site, lang: 'fr' })).events;
    expect(e!.description).toContain('Session plénière · Hybride');
    expect(e!.description).toContain('Convocation et projet d’ordre du jour envoyés le 2 octobre 2026');
    expect(e!.url).toBe('https://relais-intranet.example.org/fr/meetings/plenary-2027-03/');
  });

  test('the online link is in the internal site’s event and never in the public site’s', () => {
    const link = 'https://meet.example.org/j/42?pwd=secret';
    const internal = meetingsCalendar([meeting({ onlineLink: link })], site);
    expect(parse(internal).events[0]!.description).toContain(`Join online: ${link}`);
    const pub = meetingsCalendar([meeting({ onlineLink: link })], { ...site, isPublicSite: true });
    expect(parse(pub).events[0]!.description).not.toContain('Join online');
    expect(pub).not.toContain('meet.example.org');
  });
});

describe('an edited meeting', () => {
  test('a meeting moved by a day keeps its UID, moves, and is a newer version', () => {
    const [before] = parse(meetingsCalendar([meeting({}, '2026-10-01T08:00:00Z')], site)).events;
    const [after] = parse(
      meetingsCalendar([meeting({ start: '2027-03-19', end: '2027-03-20' }, '2026-10-05T16:20:00Z')], site),
    ).events;
    expect(after!.uid).toBe(before!.uid);
    expect([before!.start.toString(), after!.start.toString()]).toEqual(['2027-03-18', '2027-03-19']);
    expect([before!.end.toString(), after!.end.toString()]).toEqual(['2027-03-20', '2027-03-21']);
    expect(after!.sequence).toBeGreaterThan(before!.sequence);
    expect(after!.stamp.toISOString()).toBe('2026-10-05T16:20:00.000Z');
    expect(after!.lastModified.toISOString()).toBe('2026-10-05T16:20:00.000Z');
  });

  test('the same meeting has the same UID on both sites and in both languages', () => {
    const uids = [
      meetingsCalendar([meeting()], site),
      meetingsCalendar([meeting()], { ...site, lang: 'fr' }),
      meetingsCalendar([meeting()], { ...site, url: 'https://relais.example.org', isPublicSite: true }),
    ].map((text) => parse(text).events[0]!.uid);
    expect(new Set(uids)).toEqual(new Set(['plenary-2027-03@relais.example.org']));
  });
});

describe('the feed', () => {
  test('names itself and asks to be fetched again, while a one-meeting file adds to a calendar', () => {
    const header = { name: 'Meetings', description: 'All of them.', url: 'https://relais.example.org/en/meetings/' };
    const feed = parse(
      meetingsCalendar(
        [meeting(), { ...meeting({ title: 'Thematic', kind: 'thematic' }), key: 'thematic-2027' }],
        site,
        header,
      ),
    );
    expect(feed.events.map((e) => e.uid)).toEqual([
      'plenary-2027-03@relais.example.org',
      'thematic-2027@relais.example.org',
    ]);
    expect(feed.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Meetings');
    expect(String(feed.calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT12H');
    expect(feed.calendar.getFirstPropertyValue('version')).toBe('2.0');
    const single = parse(meetingsCalendar([meeting()], site));
    expect(single.calendar.getFirstPropertyValue('x-wr-calname')).toBeNull();
  });
});

describe('a meeting’s hours on its page', () => {
  test('name the zone by its offset on the day and its IANA name, in either language', () => {
    const d = schemas.meetings.parse({ ...fields, startTime: '09:30', endTime: '13:00' });
    expect(meetingHours(d, 'en', 'Europe/Paris')).toBe('Opens at 09:30, closes at 13:00 (UTC+1, Europe/Paris)');
    const summer = { ...d, start: new Date('2027-06-10T00:00:00Z'), timeZone: 'Europe/Lisbon' };
    expect(meetingHours(summer, 'fr', 'Europe/Paris')).toBe(
      'Ouverture à 09:30, clôture à 13:00 (UTC+1, Europe/Lisbon)',
    );
    expect(meetingHours({ ...d, timeZone: 'America/St_Johns' }, 'en', 'Europe/Paris')).toContain(
      '(UTC−2:30, America/St_Johns)',
    );
    expect(meetingHours(schemas.meetings.parse(fields), 'en', 'Europe/Paris')).toBeUndefined();
  });
});
