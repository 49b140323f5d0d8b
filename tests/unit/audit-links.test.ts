/** The audit's closed links read the addresses of downloads too, not only of pages. */
import { expect, test } from 'vitest';
import { addressesIn, targetOf } from '../../scripts/audit/links.ts';
import { site } from '../../src/config/site.ts';

const origin = new URL(site.urls.public).origin;

test('a calendar’s addresses are read across its folded lines, its own ones lead to files of the site', () => {
  const ics = [
    'BEGIN:VEVENT',
    `URL:${origin}/en/meetings/plenary-2`,
    ' 027-03/',
    `DESCRIPTION:Agenda\\, convocation: ${origin}/en/meetings/thematic-x/\\nSee also https://example.org/x`,
    'END:VEVENT',
  ].join('\r\n');
  const targets = addressesIn('en/meetings/calendar.ics', ics).map((a) => targetOf('en/meetings/calendar.ics', a));
  expect(targets).toEqual(['en/meetings/plenary-2027-03/', 'en/meetings/thematic-x/', undefined]);
});

test('an address book’s and a CSV file’s addresses are read', () => {
  expect(addressesIn('en/directory/all.vcf', `BEGIN:VCARD\r\nURL:${origin}/en/directory/#pt\r\nEND:VCARD`)).toEqual([
    `${origin}/en/directory/#pt`,
  ]);
  expect(addressesIn('en/requests/x/answers.csv', `"State","Page"\r\n"Portugal","${origin}/en/requests/x/"`)).toEqual([
    `${origin}/en/requests/x/`,
  ]);
});
