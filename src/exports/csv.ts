/**
 * CSV as spreadsheets open it (issue 21): UTF-8 with a byte-order mark (without it Excel reads
 * the file in the system's code page and breaks accents), records ended by CRLF and fields
 * quoted when they hold a comma, a quote or a line break (RFC 4180), written by csv-stringify.
 */
import { stringify } from 'csv-stringify/sync';

// Excel, LibreOffice and Google Sheets read a cell starting with one of these as a formula: an
// answer set out as a list ("- documents") would show as #NAME?, and "=…" would run. A leading
// apostrophe makes them read the cell as text; other readers see the apostrophe, the lesser harm.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet will show as the text it is. */
export const asText = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** Rows of cells as a CSV file's text (its first character is the byte-order mark). */
export function toCsv(rows: string[][]): string {
  // Excel shows a CR inside a quoted field as a box: line breaks within a cell are LF alone.
  const cells = rows.map((row) => row.map((cell) => asText(cell.replace(/\r\n?/g, '\n'))));
  return stringify(cells, { bom: true, record_delimiter: 'windows' });
}
