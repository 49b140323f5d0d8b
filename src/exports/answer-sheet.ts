/**
 * A request's compiled answers as a table (issue 21): one row per member state asked, one column
 * per question, as the CSV and the Excel workbook of the internal site write it. Plain data in,
 * plain data out; the roll of who answered comes from src/site/request-answers.ts, so the files
 * and the request's pages say the same. Headings and state names are in the UI language, the
 * questions in the language of the request's version shown, each answer as its state wrote it.
 */
import { site } from '../config/site.ts';
import { stateName, type Lang } from '../data/reference.ts';
import { useT } from '../i18n/t.ts';
import type { AnswerRoll } from '../site/request-answers.ts';

/** What the table needs of a state's answer (the `responses` collection's data). */
export interface SheetResponse {
  country: string;
  lang: Lang;
  received?: Date | undefined;
  answers: Record<string, string>;
}

export interface AnswerSheetInput {
  /** The UI language: headings, statuses, state names, dates. */
  lang: Lang;
  /** The request's version shown in that language (its own, or the other one). */
  request: { title: string; lang: Lang; requestedBy: string; sent: Date; deadline: Date; questions: string[] };
  roll: AnswerRoll<SheetResponse>;
  /** Whether answers are still due: a state yet to answer has "not answered yet", else "did not answer". */
  open: boolean;
  /** The request's page on the internal site, so a file passed round leads back to it. */
  address: string;
}

/** One member state asked: what it did, and its answer to each question ('' where it gave none). */
export interface AnswerRow {
  code: string;
  state: string;
  status: string;
  received: Date | undefined;
  /** The name of the language it answered in ('' when it did not answer). */
  language: string;
  /** Answers in the questions' order. */
  answers: string[];
}

export interface AnswerSheet {
  lang: Lang;
  title: string;
  /** The names of the workbook's two sheets. */
  sheets: { answers: string; request: string };
  /** The columns before the questions, in order. */
  heads: { key: 'state' | 'code' | 'status' | 'received' | 'language'; label: string }[];
  /** Each question's label ("Question 2") and full text. */
  questions: { label: string; text: string }[];
  /** The language the questions are written in. */
  questionLang: Lang;
  rows: AnswerRow[];
  /** The request's facts, label and value, for the workbook's second sheet. */
  facts: { label: string; value: string }[];
  /** When the compilation was last added to (the latest of its sending and answers), for the file's properties. */
  modified: Date;
}

export function answerSheet({ lang, request, roll, open, address }: AnswerSheetInput): AnswerSheet {
  const { t, count, date, langName } = useT(lang);
  const answered = new Map(roll.answered.map((a) => [a.response.country, a]));
  const rows = roll.asked.map((code): AnswerRow => {
    const a = answered.get(code);
    const r = a?.response;
    return {
      code,
      state: stateName(code, lang),
      status: a
        ? t(a.late ? 'exports.answeredLate' : 'exports.answered')
        : t(open ? 'exports.notYet' : 'exports.didNot'),
      received: r?.received,
      language: r ? langName(r.lang) : '',
      answers: request.questions.map((_, i) => r?.answers[String(i + 1)] ?? ''),
    };
  });
  const who = request.requestedBy === 'SRSG' ? site.coordinatorShort[lang] : stateName(request.requestedBy, lang);
  const received = roll.answered.flatMap((a) => (a.response.received ? [a.response.received.getTime()] : []));
  return {
    lang,
    title: request.title,
    sheets: { answers: t('exports.answersSheet'), request: t('exports.requestSheet') },
    heads: [
      { key: 'state', label: t('field.country') },
      { key: 'code', label: t('exports.code') },
      { key: 'status', label: t('exports.status') },
      { key: 'received', label: t('exports.received') },
      { key: 'language', label: t('field.lang') },
    ],
    questions: request.questions.map((text, i) => ({ label: t('requests.question', { n: i + 1 }), text })),
    questionLang: request.lang,
    rows,
    facts: [
      { label: t('exports.title'), value: request.title },
      { label: t('field.requestedBy'), value: who },
      { label: t('field.sent'), value: date(request.sent) },
      { label: t('field.deadline'), value: date(request.deadline) },
      { label: t('field.lang'), value: langName(request.lang) },
      { label: t('requests.roll'), value: count('answeredOf', roll.answered.length, { m: roll.asked.length }) },
      { label: t('exports.address'), value: address },
      { label: t('exports.note'), value: t('requests.disclaimer') },
    ],
    modified: new Date(Math.max(request.sent.getTime(), ...received)),
  };
}

/** A question's heading in a one-row header (CSV): its label and its text. */
export const questionHeading = (lang: Lang, q: { label: string; text: string }): string =>
  useT(lang).t('exports.questionHeading', { question: q.label, text: q.text });
