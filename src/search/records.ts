/**
 * Records for what has no page of its own: each correspondent of the directory becomes one
 * search result pointing at their card. Written by an endpoint of the internal build
 * (src/pages/search-records/[lang].json.ts), read and removed by the search indexer
 * (scripts/build/search/).
 */
export interface PersonRecord {
  url: string;
  /** The words a correspondent is found by: name, ministry, role, their state's names (in both languages, and usual variants). */
  content: string;
  title: string;
  country: string;
}

/** Where the endpoint writes a language's records, relative to the output folder. */
export const RECORDS_DIR = 'search-records';
