import { describe, expect, test } from 'vitest';
import {
  answerRoll,
  answersByQuestion,
  askedStates,
  deadlineStatus,
  shortQuestion,
} from '../../src/site/request-answers.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const STATES = ['AT', 'BE', 'DE', 'FR', 'IT', 'LU', 'SE'];
const byCode = (a: string, b: string) => a.localeCompare(b);

describe('the deadline of a request', () => {
  test('is open until the end of its day, with the days left counted in whole days', () => {
    expect(deadlineStatus(day('2026-12-15'), day('2026-11-24'))).toEqual({ open: true, daysLeft: 21 });
    expect(deadlineStatus(day('2026-12-15'), day('2026-12-14'))).toEqual({ open: true, daysLeft: 1 });
    expect(deadlineStatus(day('2026-12-15'), day('2026-12-15'))).toEqual({ open: true, daysLeft: 0 });
  });

  test('is closed from the day after it', () => {
    expect(deadlineStatus(day('2025-05-02'), day('2025-05-03'))).toEqual({ open: false, daysLeft: -1 });
  });
});

describe('who is asked', () => {
  test('every member state of the network but the one that asks', () => {
    expect(askedStates('IT', STATES, [], byCode)).toEqual(['AT', 'BE', 'DE', 'FR', 'LU', 'SE']);
  });

  test('every member state when the SRSG asks', () => {
    expect(askedStates('SRSG', STATES, [], byCode)).toEqual(STATES);
  });

  test('a state that answered counts as asked, even when it is the one that asked', () => {
    expect(askedStates('IT', STATES, ['IT'], byCode)).toContain('IT');
    expect(askedStates('IT', ['BE'], ['NL'], byCode)).toEqual(['BE', 'NL']);
  });

  test('in the order the page gives (state names in its language)', () => {
    const byName = (a: string, b: string) =>
      ({ DE: 'Allemagne', BE: 'Belgique' })[a]!.localeCompare({ DE: 'Allemagne', BE: 'Belgique' }[b]!);
    expect(askedStates('SRSG', ['BE', 'DE'], [], byName)).toEqual(['DE', 'BE']);
  });
});

describe('who answered, late, and who did not', () => {
  const responses = [
    { country: 'SE', received: day('2025-05-06') },
    { country: 'BE', received: day('2025-04-22') },
    { country: 'LU', received: day('2025-05-02') },
    { country: 'DE' },
  ];
  const roll = answerRoll({ requestedBy: 'IT', deadline: day('2025-05-02'), responses, states: STATES, order: byCode });

  test('lists the answering states in order, with their answers', () => {
    expect(roll.answered.map((a) => a.response.country)).toEqual(['BE', 'DE', 'LU', 'SE']);
  });

  test('an answer received after the deadline is late; one received on the day or undated is not', () => {
    expect(Object.fromEntries(roll.answered.map((a) => [a.response.country, a.late]))).toEqual({
      BE: false,
      DE: false,
      LU: false,
      SE: true,
    });
  });

  test('the states asked that did not answer are the rest, the requester left out', () => {
    expect(roll.asked).toEqual(['AT', 'BE', 'DE', 'FR', 'LU', 'SE']);
    expect(roll.missing).toEqual(['AT', 'FR']);
  });
});

describe('answers grouped by question', () => {
  const responses = [
    { country: 'BE', answers: { '1': 'b1', '2': 'b2' } },
    { country: 'LU', answers: { '2': 'l2' } },
  ];
  const groups = answersByQuestion(['First?', 'Second?', 'Third?'], responses);

  test('each question with its number, its text and every answer to it, once, in the order given', () => {
    expect(groups.map((g) => [g.n, g.text, g.answers.map((a) => [a.response.country, a.text])])).toEqual([
      [1, 'First?', [['BE', 'b1']]],
      [
        2,
        'Second?',
        [
          ['BE', 'b2'],
          ['LU', 'l2'],
        ],
      ],
      [3, 'Third?', []],
    ]);
  });

  test('with the answering states that left the question out', () => {
    expect(groups.map((g) => g.silent.map((r) => r.country))).toEqual([['LU'], [], ['BE', 'LU']]);
  });
});

describe('the short form of a question', () => {
  test('a short question is kept whole', () => {
    expect(shortQuestion('How many people were placed in them in 2025?')).toBe(
      'How many people were placed in them in 2025?',
    );
  });

  test('a long one is cut where a clause ends near the limit, with an ellipsis', () => {
    expect(
      shortQuestion(
        'How many age assessments were carried out in 2024, and in what proportion of cases was the person found to be an adult?',
      ),
    ).toBe('How many age assessments were carried out in 2024…');
  });

  test('else at the last word that fits', () => {
    const s = shortQuestion(
      'Which authority is responsible for assessing the age of a person who says that he or she is a child, and at what stage of the procedure does the assessment take place?',
    );
    expect(s).toBe('Which authority is responsible for assessing the age of a person who…');
    expect(s.length).toBeLessThanOrEqual(73);
  });

  test('a cut inside parentheses drops the unfinished aside', () => {
    expect(
      shortQuestion(
        'Which methods are used (examination of documents, interviews, psychosocial assessment, medical examinations), and in what order?',
      ),
    ).toBe('Which methods are used…');
  });

  test('no punctuation is left before the ellipsis, in French either', () => {
    expect(
      shortQuestion(
        'Quelle autorité est chargée d’évaluer l’âge d’une personne qui se déclare mineure, et à quel stade de la procédure ?',
      ),
    ).toBe('Quelle autorité est chargée d’évaluer l’âge d’une personne qui se déclare mineure…');
  });
});
