/** The public sitemap lists the documents the public site holds, not only its pages. */
import { expect, test } from 'vitest';
import { DOCUMENT, withDocuments } from '../../src/site/sitemap-documents.ts';

test('calendars, drawings and downloads below a language are documents; the favicon and assets are not', () => {
  const files = [
    'en/meetings/calendar.ics',
    'fr/states/map.svg',
    'en/requests/x/answers.xlsx',
    'favicon.svg',
    '_astro/logo.svg',
    'en/index.html',
    'en/outcomes.xml',
  ];
  expect(files.filter((f) => DOCUMENT.test(f))).toEqual([
    'en/meetings/calendar.ics',
    'fr/states/map.svg',
    'en/requests/x/answers.xlsx',
  ]);
});

test('documents are added as addresses at the end of the sitemap, escaped', () => {
  const sitemap = '<?xml version="1.0"?><urlset><url><loc>https://x.org/en/</loc></url></urlset>';
  expect(withDocuments(sitemap, ['https://x.org/en/meetings/calendar.ics', 'https://x.org/a&b.svg'])).toBe(
    '<?xml version="1.0"?><urlset><url><loc>https://x.org/en/</loc></url>' +
      '<url><loc>https://x.org/en/meetings/calendar.ics</loc></url><url><loc>https://x.org/a&amp;b.svg</loc></url></urlset>',
  );
});
