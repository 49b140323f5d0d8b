/**
 * What both views of an information request (by question, by member state) and the listing read
 * of a request: its version in the UI language, its answers, who answered against the deadline.
 * The states' answers are internal by nature: the public site has none, and says nothing of who
 * answered (an empty roll there would only say, wrongly, that nobody did).
 */
import { isPublicSite } from 'virtual:relais/site';
import { site } from '../config/site.ts';
import { useT } from '../i18n/t.ts';
import { pick, responses, today, type Entry, type Translated } from '../content.ts';
import { STATE_CODES, stateName, type Lang } from '../data/reference.ts';
import { answerRoll, deadlineStatus, type AnswerRoll, type DeadlineStatus } from '../site/request-answers.ts';

export type Response = Entry<'responses'>['data'];

export interface RequestView {
  entry: Entry<'requests'>;
  /** The version shown is in the other language (the UI's does not exist). */
  fallback: boolean;
  deadline: DeadlineStatus;
  /** The answers' files, for the page's last-changed date. */
  answerEntries: Entry<'responses'>[];
  /** Who was asked, who answered (in the order of state names), who did not; none on the public site. */
  roll: AnswerRoll<Response> | undefined;
}

const answersOf = new Map<string, Entry<'responses'>[]>();
for (const r of responses) answersOf.set(r.data.request, [...(answersOf.get(r.data.request) ?? []), r]);

/** State codes in the order of their names in `lang`. */
export const byStateName =
  (lang: Lang) =>
  (a: string, b: string): number =>
    stateName(a, lang).localeCompare(stateName(b, lang), lang);

export function requestView(request: Translated<'requests'>, lang: Lang): RequestView {
  const { entry, fallback } = pick(request, lang);
  const d = entry.data;
  const answerEntries = answersOf.get(request.key) ?? [];
  return {
    entry,
    fallback,
    deadline: deadlineStatus(d.deadline, today),
    answerEntries,
    roll: isPublicSite
      ? undefined
      : answerRoll({
          requestedBy: d.requestedBy,
          deadline: d.deadline,
          responses: answerEntries.map((r) => r.data),
          states: STATE_CODES,
          order: byStateName(lang),
        }),
  };
}

/** The id of a state's part of a page (its answers, on the view by member state). */
export const stateAnchor = (code: string): string => code.toLowerCase();

/** The request in one line for search engines' and link previews' description. */
export function requestDescription(
  lang: Lang,
  d: { requestedBy: string; sent: Date; deadline: Date; questions: readonly string[] },
): string {
  const { t, count, date } = useT(lang);
  const who = d.requestedBy === 'SRSG' ? site.coordinatorShort[lang] : stateName(d.requestedBy, lang);
  return t('requests.description', {
    who,
    questions: count('questions', d.questions.length),
    sent: date(d.sent),
    deadline: date(d.deadline),
  });
}
