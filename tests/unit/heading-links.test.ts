import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { headingLinks, slugger } from '../../src/site/heading-links.ts';

const html = (md: string) => markdownToHtml(md, { hastPlugins: [headingLinks()] }).html;

describe('headings of entry bodies', () => {
  test('link to themselves, through the id they carry', () => {
    expect(html('## What was done\n\ntext')).toContain(
      '<h2 id="what-was-done"><a href="#what-was-done" class="heading-link">What was done</a></h2>',
    );
  });

  test('keep their inline formatting inside the link', () => {
    expect(html('### The *new* `rule`')).toContain(
      '<h3 id="the-new-rule"><a href="#the-new-rule" class="heading-link">The <em>new</em> <code>rule</code></a></h3>',
    );
  });

  test('that hold a link of their own are left as they are (a link cannot hold a link)', () => {
    expect(html('## See [the guide](https://example.org)')).toContain(
      '<h2 id="see-the-guide">See <a href="https://example.org">the guide</a></h2>',
    );
  });

  test('get ids that differ when their titles repeat, one document at a time', () => {
    const twice = html('## Results\n\n## Results\n\n## Results-1');
    expect(twice).toContain('id="results"');
    expect(twice).toContain('id="results-1"');
    expect(twice).toContain('id="results-1-1"');
    expect(html('## Results')).toContain('id="results"');
  });
});

describe('ids made from titles', () => {
  test('keep letters of every language, drop punctuation, join words with hyphens', () => {
    const slug = slugger();
    expect(slug('Résultats obtenus')).toBe('résultats-obtenus');
    expect(slug('Why? (and how)')).toBe('why-and-how');
    expect(slug('L’évaluation : étape 2')).toBe('lévaluation--étape-2');
    expect(slug('snake_case stays')).toBe('snake_case-stays');
  });
});
