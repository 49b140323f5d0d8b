/**
 * What a request's pages compile from the request and the states' answers (working methods §4.6):
 * where the deadline stands, who was asked, who answered (and late), who did not, and the answers
 * grouped by question. Plain data in, plain data out: the pages only lay it out.
 */

const DAY = 86_400_000;

/** Where a request stands against its deadline, on the build's "today". */
export interface DeadlineStatus {
  /** Answers are still due: the deadline is today or later. */
  open: boolean;
  /** Whole days from today to the deadline: 0 on its last day, negative once it has passed. */
  daysLeft: number;
}

/** The deadline is the last day answers are due: a request is open until that day is over. */
export function deadlineStatus(deadline: Date, today: Date): DeadlineStatus {
  const daysLeft = Math.round((deadline.getTime() - today.getTime()) / DAY);
  return { open: daysLeft >= 0, daysLeft };
}

/**
 * The states a request is addressed to. A request goes to the whole network (§4.6: "adressées au
 * Réseau"), whose members are designated by the member states (§1.1), so every member state is
 * asked except the one asking; a request of the SRSG asks them all. A state that answered was
 * asked, whatever the list says (a state answering its own request, or one the list lacks).
 */
export function askedStates(
  requestedBy: string,
  states: readonly string[],
  answering: readonly string[],
  order: (a: string, b: string) => number,
): string[] {
  return [...new Set([...states.filter((s) => s !== requestedBy), ...answering])].sort(order);
}

/** What the roll of a request needs of an answer. */
export interface Answering {
  country: string;
  received?: Date | undefined;
}

/** Who was asked, who answered (each answer marked late or not) and who did not. */
export interface AnswerRoll<R extends Answering> {
  asked: string[];
  answered: { response: R; late: boolean }[];
  missing: string[];
}

export function answerRoll<R extends Answering>(opts: {
  requestedBy: string;
  deadline: Date;
  responses: readonly R[];
  /** Every member state of the network (codes). */
  states: readonly string[];
  /** The order states are listed in: by name, in the page's language. */
  order: (a: string, b: string) => number;
}): AnswerRoll<R> {
  const { requestedBy, deadline, responses, states, order } = opts;
  const byState = new Map(responses.map((r) => [r.country, r]));
  const asked = askedStates(requestedBy, states, [...byState.keys()], order);
  return {
    asked,
    answered: asked
      .filter((s) => byState.has(s))
      .map((s) => {
        const response = byState.get(s)!;
        // Undated answers are not called late: nothing says they were.
        return { response, late: response.received !== undefined && response.received > deadline };
      }),
    missing: asked.filter((s) => !byState.has(s)),
  };
}

/** One question of a request with every answer given to it. */
export interface QuestionAnswers<R> {
  /** The question's number: its position in the request, from 1. */
  n: number;
  text: string;
  answers: { response: R; text: string }[];
  /** The states that answered the request but left this question out. */
  silent: R[];
}

/** The compilation the network sends round: each question, then each state's answer to it. */
export function answersByQuestion<R extends { answers: Record<string, string> }>(
  questions: readonly string[],
  responses: readonly R[],
): QuestionAnswers<R>[] {
  return questions.map((text, i) => {
    const key = String(i + 1);
    return {
      n: i + 1,
      text,
      answers: responses.filter((r) => r.answers[key]).map((r) => ({ response: r, text: r.answers[key]! })),
      silent: responses.filter((r) => !r.answers[key]),
    };
  });
}

const CLAUSE_END = /[,;:–—](?=\s)/g;
const TRAILING = /[\s,;:–—(«“"'’-]+$/u;

/**
 * A question short enough for a list of contents or a label (about `max` characters): whole when
 * it fits, else cut where a clause ends near the limit, else at the last word that fits; never in
 * the middle of an aside in parentheses. An ellipsis marks the cut.
 */
export function shortQuestion(text: string, max = 72): string {
  const whole = text.trim();
  if (whole.length <= max) return whole;
  const clauseEnds = [...whole.matchAll(CLAUSE_END)]
    .map((m) => m.index)
    .filter((at) => at >= max * 0.4 && at <= max + 12);
  let cut = clauseEnds.at(-1) ?? whole.lastIndexOf(' ', max);
  if (cut <= 0) cut = max;
  let short = whole.slice(0, cut);
  const open = short.lastIndexOf('(');
  if (open > short.lastIndexOf(')') && open >= 15) short = short.slice(0, open);
  return `${short.replace(TRAILING, '')}…`;
}
