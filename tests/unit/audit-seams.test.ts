/**
 * The audit reads Pagefind's fragments, where a page's title, summary and body run on as one text
 * with no tags between them. Sequences across those seams are public when both sides are.
 */
import { describe, expect, test } from 'vitest';
import { fingerprints, scanFile } from '../../scripts/audit/audit.ts';
import { scanContent } from '../../src/content-index/scan.ts';
import { treeOf } from './tree.ts';
import { md, tree } from './tree.ts';

const practice = {
  lang: 'en',
  country: 'PT',
  themes: '[reception]',
  gcm: '[15]',
  dissemination: 'network',
};

const root = tree({
  'content/practices/open-units.en.md': md(
    {
      ...practice,
      title: 'Open family units',
      summary: 'Families stay in open units as persons awaiting return.',
      visibility: 'public',
      decided: '2025-03-14',
    },
    'The discussion drew on reports from the regions.\n\nSee [the guide for persons awaiting return](https://example.org/guide/for/return/cases/2024). Speakers stressed the need for data.',
  ),
  'content/practices/closed-minutes.en.md': md(
    { ...practice, title: 'Minutes of a closed session', summary: 'Internal notes.' },
    'The session heard from persons awaiting return. The discussion drew on reports from the regions.\n\nA guide for persons awaiting return. Speakers stressed the need for a quiet deportation schedule.\n\nSources: https://example.org/guide/for/return/cases/2024 and more.',
  ),
});
const index = scanContent(root);
const fp = fingerprints(index.entries, treeOf(index));

describe('the audit across the seams of a search record', () => {
  test('a public summary running into a public body is not a leak', () => {
    const record =
      'Open family units. Families stay in open units as persons awaiting return. The discussion drew on reports from the regions.';
    expect(scanFile(record, fp)).toBeUndefined();
  });

  test('a public link’s words running into the next sentence are not a leak, nor its address', () => {
    const record =
      'See the guide for persons awaiting return. Speakers stressed the need for data. <a href="https://example.org/guide/for/return/cases/2024">';
    expect(scanFile(record, fp)).toBeUndefined();
  });

  test('internal text after the same seam is still found', () => {
    const record =
      'See the guide for persons awaiting return. Speakers stressed the need for a quiet deportation schedule.';
    expect(scanFile(record, fp)).toMatchObject({ what: 'internal text' });
  });
});

describe('the audit across the language versions of one search record', () => {
  const both = tree({
    'content/practices/units.en.md': md(
      {
        ...practice,
        title: 'Open family units',
        summary: 'Families stay together.',
        visibility: 'public',
        decided: '2025-03-14',
        translationKey: 'units',
      },
      'The discussion drew on reports from the regions.',
    ),
    'content/practices/units.fr.md': md(
      {
        ...practice,
        lang: 'fr',
        title: 'Unités familiales ouvertes en Suisse',
        summary: 'Les familles restent ensemble.',
        visibility: 'public',
        decided: '2025-03-14',
        translationKey: 'units',
      },
      'Les familles restent dans des unités ouvertes.',
    ),
    'content/practices/notes.en.md': md(
      { ...practice, title: 'Notes of a closed session', summary: 'Internal notes.' },
      'Reports from the regions. Unités familiales ouvertes en Suisse: a quiet deportation schedule.',
    ),
  });
  const i = scanContent(both);
  const prints = fingerprints(i.entries, treeOf(i));

  test('the English version’s last words running into the French title are not a leak', () => {
    const record =
      'The discussion drew on reports from the regions. Unités familiales ouvertes en Suisse. Les familles';
    expect(scanFile(record, prints)).toBeUndefined();
  });

  test('internal text across the same seam is still found', () => {
    const record = 'Unités familiales ouvertes en Suisse: a quiet deportation schedule.';
    expect(scanFile(record, prints)).toMatchObject({ what: 'internal text' });
  });
});
