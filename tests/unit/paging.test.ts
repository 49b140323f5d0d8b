import { describe, expect, test } from 'vitest';
import {
  PAGE_SIZE,
  pageCount,
  pageHref,
  pageItems,
  pageNumber,
  pageParams,
  pagerNumbers,
} from '../../src/site/paging.ts';

describe('listing pages', () => {
  test('a listing has one page per 48 items, and one page when it is empty', () => {
    expect(PAGE_SIZE).toBe(48);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(48)).toBe(1);
    expect(pageCount(49)).toBe(2);
    expect(pageParams(100)).toEqual([undefined, 'page/2', 'page/3']);
  });

  test('the first page keeps the listing address, the others are below page/', () => {
    expect(pageHref('/en/practices/', 1)).toBe('/en/practices/');
    expect(pageHref('/en/practices/', 3)).toBe('/en/practices/page/3/');
    expect(pageNumber(undefined)).toBe(1);
    expect(pageNumber('page/3')).toBe(3);
  });

  test('every item is on exactly one page, in order', () => {
    const list = Array.from({ length: 100 }, (_, i) => i);
    const pages = pageParams(list.length).map((p) => pageItems(list, pageNumber(p)));
    expect(pages.map((p) => p.length)).toEqual([48, 48, 4]);
    expect(pages.flat()).toEqual(list);
  });

  test('the pager shows the first, the last and two pages either side, with gaps marked', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerNumbers(3, 7)).toEqual([1, 2, 3, 4, 5, null, 7]);
    expect(pagerNumbers(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pagerNumbers(20, 20)).toEqual([1, null, 18, 19, 20]);
  });
});
