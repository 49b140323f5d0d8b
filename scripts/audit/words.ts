/**
 * How the audit reads text: as lower-cased words, with entities and escapes decoded. The audit's
 * fingerprints and the files it scans go through this one function, so both split alike.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Anything not a letter or digit, in any script. */
const NOT_WORD = /[^\p{L}\p{N}]+/u;
/**
 * Most text is Latin letters and punctuation (U+0000–U+02AF, U+2000–U+206F), where this class
 * splits exactly as NOT_WORD does, at less than half the cost (tests/unit/audit-words.test.ts
 * checks every character of those ranges). Any other character sends the text to NOT_WORD.
 */
const LATIN_ONLY = /^[\u0000-\u02af\u2000-\u206f]*$/;
const NOT_LATIN_WORD =
  /[^0-9a-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af]+/;

/** Text as words: entities and escapes decoded, lower-cased, split on anything not a letter or digit. */
export function words(text: string): string[] {
  let decoded = text;
  // Most text has neither entities nor escapes: skip those passes (the audit reads every file).
  if (decoded.includes('&'))
    decoded = decoded
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&([a-z]+);/gi, (m, n: string) => ENTITIES[n.toLowerCase()] ?? m);
  if (decoded.includes('\\u'))
    decoded = decoded.replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const lower = decoded.normalize('NFC').toLowerCase();
  return lower.split(LATIN_ONLY.test(lower) ? NOT_LATIN_WORD : NOT_WORD).filter(Boolean);
}
