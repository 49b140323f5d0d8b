/**
 * The search page's script: reads the search from the address, runs it with Pagefind, draws
 * facets and results, and writes the search back to the address. Pagefind is loaded only when
 * the reader searches (or starts to), so the page itself stays light.
 */
import { NAMES_ITS_TYPE, dateLabel } from './dates.ts';
import { FACETS, type Facet } from './fields.ts';
import type { SearchLabels } from './labels.ts';
import { fold, markedWords, matches, queryWords } from './matches.ts';
import { RecordTable, TABLE_FILE, type RecordTableData } from './record-table.ts';
import { isEmpty, parseState, stateQuery, type SearchState } from './url-state.ts';
import { chooseVersion, excerptFor, versionsOf, type FoundRecord, type Version } from './versions.ts';
import type { Vocabulary } from './suggest.ts';
import { VOCABULARY_FILE } from './vocabulary.ts';

interface ResultData extends FoundRecord {
  url: string;
  meta: Record<string, string | undefined>;
}
interface Result {
  id: string;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<{ results: Result[] }>;
}

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 120;
/** Words in an excerpt. */
const EXCERPT_WORDS = 24;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const facetsBox = form.querySelector<HTMLElement>('[data-facet-list]')!;
const facetsToggle = form.querySelector<HTMLDetailsElement>('[data-facets]')!;
const statusLine = document.getElementById('search-status')!;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = form.querySelector<HTMLButtonElement>('[data-more]')!;
const suggestionLine = document.getElementById('search-suggestion')!;
const labels = JSON.parse(document.getElementById('search-labels')!.textContent!) as SearchLabels;
const plural = new Intl.PluralRules(labels.lang);
const langs = Object.keys(labels.langNames);
const numbers = new Intl.NumberFormat(labels.lang);

let state: SearchState = parseState(location.search);
let pagefind: Promise<Pagefind> | undefined;
let table: Promise<RecordTable> | undefined;
let run = 0;
let shown: Result[] = [];
let typing: ReturnType<typeof setTimeout> | undefined;
const known = new Map<string, boolean>();
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs Pagefind calls one batch at a time. A result's excerpt is highlighted with the terms of
 * the latest search, so searches must not interleave (typing fast would otherwise mark the
 * words of one query in the results of another).
 */
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}
const facetInputs = new Map<string, { input: HTMLInputElement; item: HTMLElement; count: HTMLElement }>();
const facetSets = new Map<Facet, HTMLFieldSetElement>();

function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${labels.bundle}pagefind.js`)) as Pagefind;
    // On the page's own thread: Pagefind's web worker is one more script to fetch (12 KB gzip)
    // before the first results, and a query over 10,000 pages costs only milliseconds here.
    await pf.options({ excerptLength: EXCERPT_WORDS, noWorker: true });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

/** The record table (record-table.ts), fetched once: for facets, filters and newest first. */
function loadTable(): Promise<RecordTable> {
  table ??= (async () => {
    // Revalidated: a table kept from the previous release would not know the records Pagefind
    // (which always loads the current release) finds.
    const response = await fetch(`${labels.bundle}${TABLE_FILE}`, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${TABLE_FILE}: ${response.status}`);
    return new RecordTable((await response.json()) as RecordTableData);
  })();
  // A failed fetch is tried again at the next search.
  table.catch(() => (table = undefined));
  return table;
}

/** Facet checkboxes are made once, for every value in the index, and only updated after: a
 * checkbox the reader is on never disappears from under the keyboard focus. */
function buildFacets(all: Record<Facet, readonly string[]>): void {
  for (const facet of FACETS) {
    const values = [...all[facet]];
    if (values.length === 0) continue;
    const known = labels.facets[facet].values;
    const label = (v: string) => known[v] ?? v;
    values.sort((a, b) =>
      facet === 'year'
        ? Number(b) - Number(a)
        : facet === 'gcm'
          ? Number(a) - Number(b)
          : facet === 'type' || facet === 'lang'
            ? Object.keys(known).indexOf(a) - Object.keys(known).indexOf(b)
            : label(a).localeCompare(label(b), labels.lang),
    );
    const set = document.createElement('fieldset');
    set.className = `facet facet-${facet}`;
    const legend = document.createElement('legend');
    legend.textContent = labels.facets[facet].legend;
    const ul = document.createElement('ul');
    for (const value of values) {
      const item = document.createElement('li');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = facet;
      box.value = value;
      box.id = `facet-${facet}-${value}`;
      const text = document.createElement('label');
      text.htmlFor = box.id;
      text.textContent = label(value);
      const count = document.createElement('span');
      count.className = 'count';
      text.append(' ', count);
      item.append(box, text);
      ul.append(item);
      facetInputs.set(`${facet}:${value}`, { input: box, item, count });
    }
    set.append(legend, ul);
    facetSets.set(facet, set);
    facetsBox.append(set);
  }
}

function drawFacets(counts: Partial<Record<Facet, Record<string, number>>>): void {
  for (const [id, { input: box, item, count }] of facetInputs) {
    const [facet, value] = id.split(/:(.*)/s) as [Facet, string];
    const n = counts[facet]?.[value] ?? 0;
    box.checked = state.filters[facet]?.includes(value) ?? false;
    count.textContent = `(${numbers.format(n)})`;
    item.hidden = n === 0 && !box.checked;
  }
  for (const set of facetSets.values()) set.hidden = [...set.querySelectorAll('li')].every((li) => li.hidden);
}

function excerptNodes(html: string): Node[] {
  // Pagefind escapes the text and marks the matches; keep only text and <mark>, never markup.
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  return [...doc.body.firstChild!.childNodes].map((n) => {
    if (n.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = n.textContent;
      return mark;
    }
    return document.createTextNode(n.textContent ?? '');
  });
}

/** A link to another language version of the result, named in that version's language. */
function versionLink(v: Version): HTMLAnchorElement {
  const a = document.createElement('a');
  const names = labels.versions[v.lang as keyof SearchLabels['versions']];
  a.href = v.url;
  a.className = 'result-version';
  a.lang = a.hreflang = v.lang;
  a.textContent = names?.name ?? v.lang;
  if (names) a.setAttribute('aria-label', names.label.replace('{title}', v.title));
  return a;
}

function resultItem(d: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  const versions = versionsOf(d.meta, langs);
  const { shown, others } = chooseVersion(versions, labels.lang, state.filters.lang);
  const head = document.createElement('div');
  head.className = 'result-head';
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = shown?.url ?? d.url;
  a.textContent = shown?.title ?? d.url;
  if (shown) a.lang = shown.lang;
  h.append(a);
  head.append(h, ...others.map(versionLink));
  const facts: (string | Node)[] = [];
  const type = d.meta['type'];
  if (type && !(shown?.date && NAMES_ITS_TYPE.includes(shown.date.kind)))
    facts.push(labels.facets.type.values[type] ?? type);
  const countries = d.meta['countries']?.split(' ').filter(Boolean) ?? [];
  if (countries.length) facts.push(countries.map((c) => labels.facets.country.values[c] ?? c).join(', '));
  if (shown?.date) {
    const when = document.createElement('span');
    when.className = 'result-date';
    for (const part of dateLabel(labels.dates[shown.date.kind], shown.date, labels.lang)) {
      if (typeof part === 'string') when.append(part);
      else {
        const time = document.createElement('time');
        time.dateTime = part.dateTime;
        time.textContent = part.text;
        when.append(time);
      }
    }
    facts.push(when);
  }
  const lang = shown?.lang as keyof SearchLabels['langNames'] | undefined;
  if (lang && lang !== labels.lang && labels.langNames[lang]) {
    const badge = document.createElement('span');
    badge.className = 'result-lang';
    badge.textContent = labels.strings['search.language'].replace('{lang}', labels.langNames[lang]);
    facts.push(badge);
  }
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  facts.forEach((f, i) => meta.append(...(i > 0 ? [' · ', f] : [f])));
  const found = excerptFor(d, shown, versions, EXCERPT_WORDS);
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  if (found.lang) excerpt.lang = found.lang;
  excerpt.append(...excerptNodes(found.html));
  li.append(head, meta, excerpt);
  return li;
}

async function showMore(from: number, mine: number): Promise<HTMLLIElement[]> {
  const data = await Promise.all(shown.slice(from, from + PAGE_SIZE).map((r) => r.data()));
  if (mine !== run) return [];
  const items = data.map(resultItem);
  list.append(...items);
  more.hidden = shown.length <= from + PAGE_SIZE;
  return items;
}

/** Whether the index really holds a query word (see matches.ts); remembered per word. */
async function inIndex(pf: Pagefind, word: string): Promise<boolean> {
  let answer = known.get(word);
  if (answer === undefined) {
    const best = (await pf.search(word, {})).results[0];
    answer = best ? markedWords((await best.data()).excerpt).some((m) => matches(m, word)) : false;
    known.set(word, answer);
  }
  return answer;
}

function setStatus(text: string): void {
  statusLine.textContent = text;
}

/** The header's language switch, which takes the search (words, filters) to the other language. */
const langSwitch = document.querySelector<HTMLAnchorElement>('a.lang-switch');
const otherLanguagePage = langSwitch?.getAttribute('href')?.split('?')[0];
function carrySearch(): void {
  if (langSwitch && otherLanguagePage) langSwitch.href = `${otherLanguagePage}${stateQuery(state)}`;
}

function writeAddress(mode: 'push' | 'replace' | 'none'): void {
  carrySearch();
  if (mode === 'none') return;
  const url = `${location.pathname}${stateQuery(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
}

/** Builds the facets the first time, with every value the index holds. */
let facetsBuilt = false;
function ensureFacets(t: RecordTable): void {
  if (facetsBuilt) return;
  buildFacets(t.values);
  facetsBuilt = true;
}

/**
 * Each facet's counts among `ids`: a facet with a selection is counted without its own
 * selection, so its other values show what choosing them as well would add.
 */
function facetCounts(t: RecordTable, ids: readonly string[]): Partial<Record<Facet, Record<string, number>>> {
  return Object.fromEntries(FACETS.map((facet) => [facet, t.count(ids, state.filters, facet)]));
}

let vocabulary: Promise<Vocabulary> | undefined;
/** The index's words, with the code that finds the nearest: fetched only when a query finds nothing. */
function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= (async () => {
    const [{ Vocabulary }, response] = await Promise.all([
      import('./suggest.ts'),
      // Revalidated, as the record table is: it must be the words of the index Pagefind loads.
      fetch(`${labels.bundle}${VOCABULARY_FILE}`, { cache: 'no-cache' }),
    ]);
    if (!response.ok) throw new Error(`${VOCABULARY_FILE}: ${response.status}`);
    return new Vocabulary(await response.text());
  })();
  vocabulary.catch(() => (vocabulary = undefined));
  return vocabulary;
}

/**
 * "Did you mean": the query with each word the index does not hold replaced by the nearest it
 * does (suggest.ts), offered only if that finds something within the chosen filters.
 */
async function offerSuggestion(pf: Pagefind, mine: number, t: RecordTable | undefined): Promise<void> {
  let suggested: string | undefined;
  try {
    const [words, { suggestQuery }] = await Promise.all([loadVocabulary(), import('./suggest.ts')]);
    suggested = suggestQuery(state.q, (w) => known.get(fold(w)) === false, words);
    if (suggested) {
      const { results } = await pf.search(suggested);
      if ((t ? t.filter(results, state.filters) : results).length === 0) suggested = undefined;
    }
  } catch {
    // Without the vocabulary there is no suggestion; "nothing found" stands.
    return;
  }
  if (mine !== run || !suggested) return;
  const q = suggested;
  const link = document.createElement('a');
  link.href = `${location.pathname}${stateQuery({ ...state, q })}`;
  link.textContent = q;
  link.addEventListener('click', (e) => {
    e.preventDefault();
    state = { ...state, q };
    toForm();
    input.focus();
    void search('push');
  });
  const [before = '', after = ''] = labels.strings['search.didYouMean'].split('{query}');
  suggestionLine.replaceChildren(before, link, after);
}

async function showNothing(mine: number): Promise<void> {
  shown = [];
  suggestionLine.replaceChildren();
  list.replaceChildren();
  more.hidden = true;
  setStatus(labels.strings['search.prompt']);
  const t = await loadTable();
  if (mine !== run) return;
  ensureFacets(t);
  drawFacets(facetCounts(t, t.ids));
}

async function showResults(pf: Pagefind, mine: number): Promise<void> {
  const term = state.q || null;
  const byDate = state.sort === 'date' || !state.q;
  const filtered = Object.values(state.filters).some((v) => v?.length);
  const words = queryWords(state.q);
  // Pagefind finds the words (or, without any, every record); the record table filters and
  // orders them. Only a plain query can show its results before the table has arrived.
  const find = () => Promise.all([pf.search(term), byDate || filtered ? loadTable() : undefined] as const);
  let [found, t] = await find();
  const ordered = () => {
    const results = t ? t.filter(found.results, state.filters) : found.results;
    return t && byDate ? t.newestFirst(results) : results;
  };
  // The first page's fragments download while the query words are checked below (Pagefind
  // keeps them), rather than after: one wait for the network instead of two.
  for (const r of ordered().slice(0, PAGE_SIZE)) r.data().catch(() => undefined);
  // Usually the best hit's excerpt already shows every query word is really in the index (see
  // matches.ts); only words it leaves in doubt cost a search of their own.
  const unsure = () => words.filter((w) => known.get(w) === undefined);
  const best = found.results[0];
  if (unsure().length > 0 && best) {
    const marked = markedWords((await best.data()).excerpt);
    for (const w of unsure()) if (marked.some((m) => matches(m, w))) known.set(w, true);
  }
  if (unsure().length > 0) {
    for (const w of words) await inIndex(pf, w);
    // Excerpts are marked with the latest search's words: search this query again.
    [found, t] = await find();
  }
  const real = words.every((w) => known.get(w));
  if (mine !== run) return;
  shown = real ? ordered() : [];
  list.replaceChildren();
  await showMore(0, mine);
  if (mine !== run) return;
  const n = shown.length;
  const count = (plural.select(n) === 'one' ? labels.results.one : labels.results.other).replace(
    '#',
    numbers.format(n),
  );
  const what = state.q ? ` ${labels.strings['search.for'].replace('{query}', state.q)}` : '';
  setStatus(n === 0 ? labels.strings['search.none'] : `${count}${what}`);
  suggestionLine.replaceChildren();
  form.dataset['state'] = 'results';
  if (n === 0 && !real) await offerSuggestion(pf, mine, t);

  try {
    t ??= await loadTable();
  } catch {
    // The results stand; the facets wait for the next search, which tries the table again.
    return;
  }
  if (mine !== run) return;
  ensureFacets(t);
  drawFacets(
    real
      ? facetCounts(
          t,
          found.results.map((r) => r.id),
        )
      : {},
  );
}

async function search(mode: 'push' | 'replace' | 'none'): Promise<void> {
  const mine = ++run;
  writeAddress(mode);
  form.dataset['state'] = 'busy';
  list.setAttribute('aria-busy', 'true');
  try {
    const pf = await load();
    await exclusive(async () => {
      if (mine !== run) return;
      if (isEmpty(state)) await showNothing(mine);
      else await showResults(pf, mine);
    });
  } catch (e) {
    if (mine === run) setStatus(labels.strings['search.failed']);
    throw e;
  } finally {
    if (mine === run) {
      list.removeAttribute('aria-busy');
      form.dataset['state'] = 'done';
    }
  }
}

function fromForm(): void {
  const fields = [...new FormData(form)].map(([k, v]) => [k, String(v)]);
  const filters = state.filters;
  state = parseState(new URLSearchParams(fields).toString());
  // Before the facets are on the page, the filters from the address still hold.
  if (!facetsBuilt) state.filters = filters;
}

function toForm(): void {
  input.value = state.q;
  sortSelect.value = state.sort;
  for (const [id, { input: box }] of facetInputs) {
    const [facet, value] = id.split(/:(.*)/s) as [Facet, string];
    box.checked = state.filters[facet]?.includes(value) ?? false;
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(typing);
  fromForm();
  void search('push');
});
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    fromForm();
    void search('replace');
  }, TYPING_PAUSE_MS);
});
form.addEventListener('change', (e) => {
  if (e.target === input) return;
  fromForm();
  void search('push');
});
form.querySelector('[data-clear]')!.addEventListener('click', () => {
  state = parseState('');
  toForm();
  input.focus();
  void search('push');
});
more.addEventListener('click', async () => {
  const items = await exclusive(() => showMore(list.children.length, run));
  items[0]?.querySelector('a')?.focus();
});
addEventListener('popstate', () => {
  state = parseState(location.search);
  carrySearch();
  toForm();
  void search('none');
});
// Get Pagefind ready as soon as the reader heads for the search box.
for (const event of ['focusin', 'pointerover'] as const)
  form.addEventListener(event, () => void load(), { once: true });
/**
 * Before any search the prompt offers the filters too: they are filled once the reader opens
 * them or heads for the form, not at page load (the record table would weigh on the page's first
 * download: issue 4 keeps it under 30 KB).
 */
function offerFilters(): void {
  if (!facetsBuilt && isEmpty(state)) showNothing(run).catch(() => undefined);
}
// The summary's click (keyboard included) comes before the panel opens; the page's own opening of
// the panel on wide screens is no reason to download anything.
facetsToggle.querySelector('summary')?.addEventListener('click', () => {
  if (!facetsToggle.open) offerFilters();
});
for (const event of ['focusin', 'pointerover'] as const) form.addEventListener(event, offerFilters, { once: true });

form.querySelector<HTMLElement>('[data-search-ui]')!.hidden = false;
facetsToggle.open = matchMedia('(min-width: 48rem)').matches;
toForm();
carrySearch();
if (!isEmpty(state)) void search('none');
else setStatus(labels.strings['search.prompt']);
