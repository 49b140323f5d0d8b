/**
 * Incremental builds copy a page from the previous build when its key is unchanged: a key that
 * misses a change would publish a stale page, one that changes too often only costs time.
 */
import { describe, expect, test } from 'vitest';
import { cacheKeys, type KeyedEntry } from '../../src/site/cache-keys.ts';

const entry = (collection: string, id: string, title: string, digest: string): KeyedEntry => ({
  collection,
  id,
  data: { title, visibility: 'public' },
  digest,
  filePath: `content/${collection}/${id}.md`,
});

const practice = entry('practices', 'en/open-units', 'Open units', 'p1');
const other = entry('practices', 'en/language-cafes', 'Language cafés', 'p2');
const request = entry('requests', 'en/request-2025-001', 'Age assessment', 'r1');
const response = entry('responses', 'request-2025-001/pt', 'Portugal', 's1');
const all = [practice, other, request, response];
const settings = { today: '2025-06-01' };
const noDates = () => '';

const keysOf = (entries: KeyedEntry[], opts: { settings?: unknown; changed?: (f?: string) => string } = {}) => {
  const { entry: key } = cacheKeys(entries, opts.settings ?? settings, opts.changed ?? noDates);
  const keyOf = (id: string) => {
    const e = entries.find((x) => x.id === id);
    return e ? key([e]) : undefined;
  };
  return { practice: keyOf(practice.id), other: keyOf(other.id), request: keyOf(request.id) };
};
const before = keysOf(all);
const edited = (e: KeyedEntry, change: Partial<KeyedEntry>) => all.map((x) => (x === e ? { ...x, ...change } : x));

describe('incremental build keys', () => {
  test("listings are keyed by every entry's data, not by texts", () => {
    const listing = (entries: KeyedEntry[]) => cacheKeys(entries, settings, noDates).data;
    expect(listing(edited(practice, { digest: 'p1-edited' }))).toBe(listing(all));
    expect(listing(edited(practice, { data: { title: 'Closed units', visibility: 'public' } }))).not.toBe(listing(all));
  });

  test('the same content gives the same keys', () => {
    expect(keysOf(all.map((e) => ({ ...e })))).toEqual(before);
  });

  test("editing a practice's text re-renders that practice's pages only", () => {
    const after = keysOf(edited(practice, { digest: 'p1-edited' }));
    expect(after.practice).not.toBe(before.practice);
    expect(after.other).toBe(before.other);
    expect(after.request).toBe(before.request);
  });

  test("editing any entry's data re-renders every page (titles and visibility show on other pages)", () => {
    const after = keysOf(edited(other, { data: { title: 'Language cafés', visibility: 'internal' } }));
    expect(after.practice).not.toBe(before.practice);
    expect(after.other).not.toBe(before.other);
    expect(after.request).not.toBe(before.request);
  });

  test("editing a response's text re-renders the request pages, where it shows", () => {
    const after = keysOf(edited(response, { digest: 's1-edited' }));
    expect(after.request).not.toBe(before.request);
    expect(after.practice).toBe(before.practice);
  });

  test('an entry removed from the site re-renders every page', () => {
    const after = keysOf(all.filter((e) => e !== other));
    expect(after.practice).not.toBe(before.practice);
    expect(after.request).not.toBe(before.request);
  });

  test("a new last-changed date or other settings (today's date) change the keys", () => {
    const dated = keysOf(all, { changed: (f) => (f === practice.filePath ? '2025-05-30' : '') });
    expect(dated.practice).not.toBe(before.practice);
    expect(dated.other).toBe(before.other);
    const tomorrow = keysOf(all, { settings: { today: '2025-06-02' } });
    expect(tomorrow.other).not.toBe(before.other);
  });
});
