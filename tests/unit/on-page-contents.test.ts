import { describe, expect, test } from 'vitest';
import { contentsTree, type ContentsEntry } from '../../src/site/contents.ts';

const h = (depth: number, slug: string): ContentsEntry => ({ depth, slug, text: slug.toUpperCase() });
const shape = (items: ReturnType<typeof contentsTree>): unknown =>
  items.map((i) => (i.children.length ? [i.slug, shape(i.children)] : i.slug));

describe('the contents of a page', () => {
  test('are left out below three entries', () => {
    expect(contentsTree([h(2, 'a'), h(2, 'b')])).toEqual([]);
    expect(contentsTree([])).toEqual([]);
  });

  test('list the sections in order, with their sub-sections nested', () => {
    expect(shape(contentsTree([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')]))).toEqual([['a', ['a1', 'a2']], 'b']);
  });

  test('count nested entries towards the three', () => {
    expect(shape(contentsTree([h(2, 'a'), h(3, 'a1'), h(2, 'b')]))).toEqual([['a', ['a1']], 'b']);
  });

  test('go two levels deep from the shallowest heading, and no deeper', () => {
    expect(shape(contentsTree([h(2, 'a'), h(3, 'a1'), h(4, 'deep'), h(2, 'b')]))).toEqual([['a', ['a1']], 'b']);
    expect(shape(contentsTree([h(3, 'a'), h(4, 'a1'), h(5, 'deep'), h(3, 'b')]))).toEqual([['a', ['a1']], 'b']);
  });

  test('put a sub-section before any section at the top', () => {
    expect(shape(contentsTree([h(3, 'intro'), h(2, 'a'), h(2, 'b')]))).toEqual(['intro', 'a', 'b']);
  });

  test('link each id once: a repeated id leads to its first heading', () => {
    expect(shape(contentsTree([h(2, 'a'), h(2, 'b'), h(2, 'a'), h(2, 'c')]))).toEqual(['a', 'b', 'c']);
  });

  test('keep the language of an entry written in another one', () => {
    expect(contentsTree([h(2, 'a'), { ...h(2, 'b'), lang: 'fr' }, h(2, 'c')])[1]!.lang).toBe('fr');
  });
});
