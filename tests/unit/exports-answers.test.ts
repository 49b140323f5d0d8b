/**
 * A request's compiled answers as a spreadsheet (issue 21): one row per member state asked, one
 * column per question, as CSV and as an Excel workbook; each parsed back by a library and compared
 * with what the states answered.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { answerSheet, type AnswerSheetInput } from '../../src/exports/answer-sheet.ts';
import { answersCsv } from '../../src/exports/answers-csv.ts';
import { answersWorkbook } from '../../src/exports/answers-xlsx.ts';
import { answerRoll } from '../../src/site/request-answers.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const questions = [
  'Which authority assesses age, and when?',
  'Which methods are used (documents, interviews, "medical" examinations), and in what order?',
  'How many assessments were made in 2024?',
];
const responses = [
  {
    country: 'BE',
    lang: 'fr' as const,
    received: day('2025-05-06'),
    answers: {
      '1': 'Le Service des Tutelles du SPF Justice, dès qu’un doute est émis sur la minorité.',
      '2': 'Un examen médical en trois volets : poignet, clavicule et dentition.\n\nUn entretien d’accueil est aussi pris en compte.',
    },
  },
  {
    country: 'DE',
    lang: 'en' as const,
    received: day('2025-04-28'),
    answers: {
      '1': 'The youth welfare office; "qualified inspection" first, then a medical examination.',
      '2': '- documents\n- interview\n- medical examination, last',
      '3': '=SUM(1,2)',
    },
  },
];
const STATES = ['BE', 'DE', 'FR', 'IT', 'LU'];

function input(lang: 'en' | 'fr'): AnswerSheetInput {
  const names: Record<string, Record<'en' | 'fr', string>> = {
    BE: { en: 'Belgium', fr: 'Belgique' },
    DE: { en: 'Germany', fr: 'Allemagne' },
    FR: { en: 'France', fr: 'France' },
    IT: { en: 'Italy', fr: 'Italie' },
    LU: { en: 'Luxembourg', fr: 'Luxembourg' },
  };
  const deadline = day('2025-05-02');
  return {
    lang,
    request: {
      title: 'Age assessment of unaccompanied children',
      lang: 'en',
      requestedBy: 'IT',
      sent: day('2025-04-02'),
      deadline,
      questions,
    },
    roll: answerRoll({
      requestedBy: 'IT',
      deadline,
      responses,
      states: STATES,
      order: (a, b) => names[a]![lang].localeCompare(names[b]![lang], lang),
    }),
    open: false,
    address: 'https://intranet.example.org/en/requests/age/',
  };
}

describe('the compiled answers of a request', () => {
  test('hold one row per member state asked, in the order of their names, with what each did', () => {
    const sheet = answerSheet(input('en'));
    expect(sheet.rows.map((r) => r.state)).toEqual(['Belgium', 'France', 'Germany', 'Luxembourg']);
    expect(sheet.rows.map((r) => r.status)).toEqual(['Answered late', 'Did not answer', 'Answered', 'Did not answer']);
  });

  test('say "not answered yet" of the states still to answer while the request is open', () => {
    const sheet = answerSheet({ ...input('en'), open: true });
    expect(sheet.rows.find((r) => r.code === 'LU')!.status).toBe('Not answered yet');
  });

  test('name states and headings in the UI language and keep the answers as written', () => {
    const sheet = answerSheet(input('fr'));
    expect(sheet.rows[0]!.state).toBe('Allemagne');
    expect(sheet.rows[0]!.status).toBe('A répondu');
    expect(sheet.heads.map((h) => h.label)).toContain('État membre');
    expect(sheet.rows.find((r) => r.code === 'BE')!.answers[0]).toBe(responses[0]!.answers['1']);
  });
});

describe('the answers as CSV', () => {
  const csv = answersCsv(answerSheet(input('en')));
  const records = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
  const row = (state: string) => records.find((r) => r['Member state'] === state)!;
  const q = (n: number) => `Question ${n}: ${questions[n - 1]}`;

  test('starts with a byte-order mark and ends its records with CRLF, so Excel reads it as UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.split('\r\n').length).toBeGreaterThan(records.length);
  });

  test('puts each state’s answer under the right question, French accents intact', () => {
    expect(row('Belgium')[q(1)]).toBe(responses[0]!.answers['1']);
    expect(row('Belgium')[q(2)]).toContain('dentition.\n\nUn entretien d’accueil');
    expect(row('Belgium')[q(3)]).toBe('');
    expect(row('Germany')[q(1)]).toBe(responses[1]!.answers['1']);
    expect(row('France')[q(1)]).toBe('');
  });

  test('quotes fields holding commas, quotes and line breaks (RFC 4180) and reads back whole', () => {
    expect(csv).toContain('"The youth welfare office; ""qualified inspection"" first, then a medical examination."');
    expect(Object.keys(records[0]!)).toContain(q(2));
  });

  test('gives the code, status, day received and language of each answer', () => {
    expect(row('Belgium')).toMatchObject({
      Code: 'BE',
      Status: 'Answered late',
      Received: '2025-05-06',
      Language: 'French',
    });
    expect(row('Luxembourg')).toMatchObject({ Code: 'LU', Status: 'Did not answer', Received: '', Language: '' });
  });

  test('keeps a spreadsheet from reading an answer as a formula', () => {
    expect(row('Germany')[q(2)]).toBe(`'${responses[1]!.answers['2']}`);
    expect(row('Germany')[q(3)]).toBe(`'=SUM(1,2)`);
  });
});

describe('the answers as an Excel workbook', () => {
  const read = async (lang: 'en' | 'fr') => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await answersWorkbook(answerSheet(input(lang)))) as unknown as ArrayBuffer);
    return wb;
  };
  const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v));

  test('has a sheet of answers: question numbers and texts in two header rows, one row per state', async () => {
    const ws = (await read('en')).getWorksheet('Answers')!;
    expect(text(ws.getRow(1).getCell(1).value)).toBe('Age assessment of unaccompanied children');
    expect(text(ws.getRow(2).getCell(1).value)).toBe('Member state');
    const head = (ws.getRow(1).values as ExcelJS.CellValue[]).map(text);
    const col = head.indexOf('Question 2');
    expect(col).toBeGreaterThan(0);
    expect(text(ws.getRow(2).getCell(col).value)).toBe(questions[1]);
    const rows = new Map<string, ExcelJS.Row>();
    ws.eachRow((r, n) => n > 2 && rows.set(text(r.getCell(1).value), r));
    expect([...rows.keys()]).toEqual(['Belgium', 'France', 'Germany', 'Luxembourg']);
    expect(text(rows.get('Belgium')!.getCell(col).value)).toBe(responses[0]!.answers['2']);
    expect(text(rows.get('Germany')!.getCell(col).value)).toBe(responses[1]!.answers['2']);
    expect(text(rows.get('France')!.getCell(col).value)).toBe('');
  });

  test('keeps the header rows and the states’ names in view, wraps the answers and widens their columns', async () => {
    const ws = (await read('en')).getWorksheet('Answers')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    const head = (ws.getRow(1).values as ExcelJS.CellValue[]).map(text);
    const col = ws.getColumn(head.indexOf('Question 1'));
    expect(col.width).toBeGreaterThanOrEqual(40);
    expect(ws.getRow(3).getCell(head.indexOf('Question 1')).alignment).toMatchObject({ wrapText: true });
  });

  test('gives the day an answer was received as a date', async () => {
    const ws = (await read('en')).getWorksheet('Answers')!;
    const head = (ws.getRow(2).values as ExcelJS.CellValue[]).map(text);
    expect(ws.getRow(3).getCell(head.indexOf('Received')).value).toEqual(day('2025-05-06'));
  });

  test('has a sheet of the request’s facts: title, requester, sent and deadline', async () => {
    const ws = (await read('en')).getWorksheet('Request')!;
    const facts = new Map<string, string>();
    ws.eachRow((r) => facts.set(text(r.getCell(1).value), text(r.getCell(2).value)));
    expect(facts.get('Title')).toBe('Age assessment of unaccompanied children');
    expect(facts.get('Requested by')).toBe('Italy');
    expect(facts.get('Sent')).toBe('2 April 2025');
    expect(facts.get('Deadline')).toBe('2 May 2025');
    expect(facts.get('Address')).toBe('https://intranet.example.org/en/requests/age/');
  });

  test('is in French, accents intact, for the French site', async () => {
    const wb = await read('fr');
    const ws = wb.getWorksheet('Réponses')!;
    expect(text(ws.getRow(2).getCell(1).value)).toBe('État membre');
    expect(text(ws.getRow(3).getCell(1).value)).toBe('Allemagne');
    expect(text(wb.getWorksheet('Demande')!.getRow(1).getCell(1).value)).toBe('Titre');
  });

  test('is compressed', async () => {
    const bytes = Buffer.from(await answersWorkbook(answerSheet(input('en'))));
    // The shared strings' XML would be readable in a stored member.
    expect(bytes.includes('<sst')).toBe(false);
    expect(bytes.includes('dentition')).toBe(false);
  });

  test('is the same bytes each time it is made from the same answers', async () => {
    const a = await answersWorkbook(answerSheet(input('en')));
    await new Promise((r) => setTimeout(r, 2100));
    const b = await answersWorkbook(answerSheet(input('en')));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
