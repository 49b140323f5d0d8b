/** A request's compiled answers as CSV: one header row, then one row per member state asked. */
import { isoDay } from '../i18n/t.ts';
import { questionHeading, type AnswerSheet } from './answer-sheet.ts';
import { toCsv } from './csv.ts';

export function answersCsv(sheet: AnswerSheet): string {
  const header = [...sheet.heads.map((h) => h.label), ...sheet.questions.map((q) => questionHeading(sheet.lang, q))];
  const rows = sheet.rows.map((r) => {
    // The day as ISO: every spreadsheet reads it as a date, in any locale.
    const head = {
      state: r.state,
      code: r.code,
      status: r.status,
      received: r.received ? isoDay(r.received) : '',
      language: r.language,
    };
    return [...sheet.heads.map((h) => head[h.key]), ...r.answers];
  });
  return toCsv([header, ...rows]);
}
