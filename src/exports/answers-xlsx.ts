/**
 * A request's compiled answers as an Excel workbook (exceljs): a sheet of answers, one row per
 * member state asked and one column per question under two header rows (the request's title and
 * the question numbers, then the column names and the questions in full), frozen with the states'
 * names; and a sheet of the request's facts. Text wraps in columns wide enough to read, the
 * header rows repeat on every printed page, and a filter on the second header row picks, say, the
 * states that did not answer.
 */
import ExcelJS from 'exceljs';
import { site } from '../config/site.ts';
import type { AnswerSheet } from './answer-sheet.ts';
import { repackZip } from './zip-repack.ts';

/** Columns' widths, in characters. */
const WIDTH = { state: 22, code: 7, status: 22, received: 12, language: 12, question: 60 };
/** Excel refuses a cell of more text than this. */
const CELL_MAX = 32_767;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF4FB' } };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

const fit = (text: string) => (text.length > CELL_MAX ? `${text.slice(0, CELL_MAX - 1)}…` : text);

export async function answersWorkbook(sheet: AnswerSheet): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = site.network[sheet.lang];
  wb.title = sheet.title;
  wb.created = sheet.modified;
  wb.modified = sheet.modified;

  const heads = sheet.heads.length;
  const ws = wb.addWorksheet(sheet.sheets.answers, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' },
  });
  ws.columns = [
    ...sheet.heads.map((h) => ({ width: WIDTH[h.key] })),
    ...sheet.questions.map(() => ({ width: WIDTH.question })),
  ];
  const top = ws.addRow([sheet.title, ...Array<string>(heads - 1).fill(''), ...sheet.questions.map((q) => q.label)]);
  ws.mergeCells(1, 1, 1, heads);
  const labels = ws.addRow([...sheet.heads.map((h) => h.label), ...sheet.questions.map((q) => fit(q.text))]);
  for (const row of [top, labels]) {
    row.font = { bold: true };
    row.alignment = WRAP;
    row.eachCell((cell) => (cell.fill = HEADER_FILL));
  }
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: heads + sheet.questions.length } };

  for (const r of sheet.rows) {
    const head = { state: r.state, code: r.code, status: r.status, received: r.received, language: r.language };
    const row = ws.addRow([
      ...sheet.heads.map((h) => head[h.key] ?? null),
      ...r.answers.map((a) => (a ? fit(a) : null)),
    ]);
    row.alignment = WRAP;
  }
  const received = sheet.heads.findIndex((h) => h.key === 'received');
  if (received >= 0) ws.getColumn(received + 1).numFmt = 'yyyy-mm-dd';

  const facts = wb.addWorksheet(sheet.sheets.request);
  facts.columns = [{ width: 24 }, { width: 90 }];
  for (const f of sheet.facts) {
    const row = facts.addRow([f.label, f.value]);
    row.alignment = WRAP;
    row.getCell(1).font = { bold: true };
  }

  // Stored, then deflated by fflate and dated (src/exports/zip-repack.ts says why).
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return repackZip(new Uint8Array(stored), sheet.modified);
}
