/**
 * Meetings as calendars, on the built sample sites: the feeds and files parse as iCalendar (ical.js,
 * as an application reads them), the public ones hold the public meetings only and never a link to
 * join online, and the pages offer them in both languages, on a phone too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { scanContent } from '../../src/content-index/scan.ts';
import { filesContaining } from '../support/files.ts';
import { ROOT, SAMPLE_DIST, serveSites, type Sites } from '../support/sites.ts';

const meetings = scanContent(ROOT).entries.filter((e) => e.collection === 'meetings');
const keysOf = (list: typeof meetings) => [...new Set(list.map((e) => e.key))].sort();
const links = [...new Set(meetings.map((e) => e.data.onlineLink as string | undefined).filter(Boolean))] as string[];

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, start: event.startDate.toString(), description: event.description };
  });
}
const read = (variant: string, file: string) => readFileSync(join(SAMPLE_DIST, variant, file), 'utf8');

let sites: Sites;
test.beforeAll(async () => {
  sites = await serveSites(SAMPLE_DIST);
});
test.afterAll(async () => {
  await sites.close();
});

test.describe('the feeds', () => {
  test('the sample content has public and internal meetings, some with a link to join online', () => {
    expect(keysOf(meetings.filter((e) => e.public)).length).toBeGreaterThan(0);
    expect(keysOf(meetings.filter((e) => !e.public)).length).toBeGreaterThan(0);
    expect(meetings.some((e) => e.public && e.data.onlineLink)).toBe(true);
  });

  for (const lang of ['en', 'fr'] as const) {
    test(`the public ${lang} feed holds only the public meetings, and no link to join online`, () => {
      const feed = events(read('public', `${lang}/meetings/calendar.ics`));
      const publicKeys = keysOf(meetings.filter((e) => e.public));
      expect(feed.map((e) => e.uid.replace(/@.*/, '')).sort()).toEqual(publicKeys);
      for (const key of keysOf(meetings.filter((e) => !e.public)))
        expect(existsSync(join(SAMPLE_DIST, 'public', lang, 'meetings', `${key}.ics`)), key).toBe(false);
      for (const e of feed) expect(e.description).not.toMatch(/Join online|Participer en ligne/);
    });

    test(`the internal ${lang} feed holds every meeting, with its link to join online`, () => {
      const feed = events(read('internal', `${lang}/meetings/calendar.ics`));
      expect(feed.map((e) => e.uid.replace(/@.*/, '')).sort()).toEqual(keysOf(meetings));
      const joinable = meetings.find((e) => e.data.onlineLink && e.lang === lang)!;
      const event = feed.find((e) => e.uid === `${joinable.key}@relais.example.org`)!;
      expect(event.description).toContain(joinable.data.onlineLink as string);
    });

    test(`each ${lang} meeting’s own file is the same event as in its site’s feed`, () => {
      for (const variant of ['internal', 'public'] as const) {
        const feed = events(read(variant, `${lang}/meetings/calendar.ics`));
        for (const e of feed) {
          const key = e.uid.replace(/@.*/, '');
          expect(events(read(variant, `${lang}/meetings/${key}.ics`)), `${variant} ${key}`).toEqual([e]);
        }
      }
    });
  }

  test('no file of the public site holds a link to join a meeting online', () => {
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(filesContaining(join(SAMPLE_DIST, 'public'), link), link).toEqual([]);
  });
});

test.describe('the pages', () => {
  const listing = { en: 'Subscribe (iCalendar)', fr: 'S’abonner (iCalendar)' };
  const add = { en: 'Add to calendar (.ics)', fr: 'Ajouter à l’agenda (.ics)' };

  for (const variant of ['internal', 'public'] as const)
    for (const lang of ['en', 'fr'] as const) {
      test(`the ${variant} ${lang} meetings listing offers its feed, and a meeting page its file`, async ({
        page,
        request,
      }) => {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(`${sites[variant]}/${lang}/meetings/`);
        const feed = `/${lang}/meetings/calendar.ics`;
        await expect(page.locator('head link[rel="alternate"][type="text/calendar"]')).toHaveAttribute('href', feed);
        const subscribe = page.getByRole('link', { name: listing[lang] });
        await expect(subscribe).toHaveAttribute('href', feed);
        await expect(page.locator('.calendar-feed code')).toHaveText(
          `https://relais${variant === 'internal' ? '-intranet' : ''}.example.org${feed}`,
        );
        const body = await (await request.get(`${sites[variant]}${feed}`)).text();
        expect(events(body).length).toBeGreaterThan(0);
        // Nothing wider than a phone's screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

        const key = keysOf(meetings.filter((e) => variant === 'internal' || e.public))[0]!;
        await page.goto(`${sites[variant]}/${lang}/meetings/${key}/`);
        const file = page.getByRole('link', { name: add[lang] });
        await expect(file).toHaveAttribute('href', `/${lang}/meetings/${key}.ics`);
        const own = events(await (await request.get(`${sites[variant]}/${lang}/meetings/${key}.ics`)).text());
        expect(own.map((e) => e.uid)).toEqual([`${key}@relais.example.org`]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      });
    }

  test('a meeting page shows its hours, and its link to join online on the internal site only', async ({ page }) => {
    const joinable = meetings.find((e) => e.public && e.data.onlineLink && e.lang === 'en')!;
    await page.goto(`${sites.internal}/en/meetings/${joinable.key}/`);
    await expect(page.locator('.meta')).toContainText(/Opens at \d\d:\d\d, closes at \d\d:\d\d \(UTC[+−]\d+, [A-Z]/);
    await expect(page.getByRole('link', { name: 'Join the meeting online' })).toHaveAttribute(
      'href',
      joinable.data.onlineLink as string,
    );
    await page.goto(`${sites.public}/en/meetings/${joinable.key}/`);
    await expect(page.locator('.meta')).toContainText('Opens at');
    await expect(page.getByRole('link', { name: 'Join the meeting online' })).toHaveCount(0);
  });

  test('the listing and a meeting page pass axe at 390 and 1280 px, light and dark, in both languages', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const key = keysOf(meetings.filter((e) => e.data.onlineLink))[0]!;
    const violations: string[] = [];
    for (const lang of ['en', 'fr'])
      for (const p of [`/${lang}/meetings/`, `/${lang}/meetings/${key}/`]) {
        await page.goto(`${sites.internal}${p}`);
        for (const width of [390, 1280])
          for (const colorScheme of ['light', 'dark'] as const) {
            await page.setViewportSize({ width, height: 844 });
            await page.emulateMedia({ colorScheme });
            const results = await new AxeBuilder({ page })
              .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
              .analyze();
            for (const v of results.violations)
              violations.push(`${p} (${colorScheme}, ${width} px): ${v.id} ${v.help}`);
          }
      }
    expect(violations).toEqual([]);
  });
});
