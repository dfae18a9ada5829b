import { factLabel, termAnswer, understoodLine, unclearQuestion, type TermId } from '../content/understanding';
import type { Lang } from '../content/types';
import { QUESTION_VALUES, type Answers, type QuestionId } from '../engine/types';
import { localizeQuestion } from '../content/questions';
import { understandAnswer } from './answer';
import { askedTerm, isEmployeeRequest, isGreeting } from './intent';
import type { StatedValue } from './rule';
import { readFacts, type Fact, type Unclear } from './situation';
import { labelOfFact } from './labels';

export { understandAnswer, type AnswerReading } from './answer';
export type { Fact, Unclear } from './situation';
export type { StatedValue } from './rule';

/** Everything one free-text message says: facts with their words, what is unclear, and what kind of message it is. */
export interface Understanding {
  readonly facts: readonly Fact[];
  readonly unclear: readonly Unclear[];
  /** The facts the advice engine accepts today, as answers (a value the engine does not know yet is left out). */
  readonly answers: Answers;
  /** Set when the message asks what a term is ("what is Autopilot?"); it may state facts as well. */
  readonly question?: TermId;
  /** Set when the message is an employee's enrollment request or only a greeting. */
  readonly intent?: 'employee' | 'greeting';
}

function engineAccepts(key: QuestionId, value: string): boolean {
  const values: readonly string[] = QUESTION_VALUES[key];
  return values.includes(value);
}

/** Reads a message in English or Dutch (or both mixed). Pure and deterministic; no network. */
export function understand(text: string): Understanding {
  // An employee's "my new laptop" describes one person's device, not the organization's situation.
  if (isEmployeeRequest(text)) return { facts: [], unclear: [], answers: {}, intent: 'employee' };
  const question = askedTerm(text);
  const { facts, unclear } = readFacts(text);
  const answers: Record<string, string> = {};
  for (const f of facts) if (engineAccepts(f.key, f.value)) answers[f.key] = f.value;
  const intent = facts.length === 0 && isGreeting(text) ? 'greeting' : undefined;
  return {
    facts,
    unclear,
    answers: answers as Answers,
    ...(question === undefined ? {} : { question }),
    ...(intent === undefined ? {} : { intent }),
  };
}

/** What the bot shows after a description: merged answers, the "I understood: …" line, questions back, a term answer. */
export interface StatedFacts {
  readonly answers: Answers;
  /** The facts that changed or added an answer. */
  readonly applied: readonly Fact[];
  /** "I understood: organization-owned · hybrid joined · … — change anything that is not right." (undefined: nothing). */
  readonly understoodLine?: string;
  /** One line per unclear statement, asking which value was meant. */
  readonly questions: readonly string[];
  /** The short answer to a "what is …?" message. */
  readonly termAnswer?: string;
  readonly intent?: 'employee' | 'greeting';
}

function labelOf<Q extends QuestionId>(key: Q, value: StatedValue<Q>, lang: Lang): string {
  return factLabel(key, value, lang);
}


/** How a piece of the user's own text is shown inside a line: as is (plain-text surfaces such as the tab) or escaped. */
export type Echo = (typed: string) => string;

const asTyped: Echo = (typed) => typed;

/**
 * Merges what `text` states into `answers` (a stated fact replaces an earlier answer to the same key; unclear keys
 * stay unanswered) and words the result for the bot or tab in `lang`; `echo` shows the user's own words (the bot
 * passes escapeMarkdown, so typed Markdown never becomes a link in its card).
 */
export function applyStatedFacts(answers: Answers, text: string, lang: Lang, echo: Echo = asTyped): StatedFacts {
  const u = understand(text);
  const merged: Record<string, string> = { ...answers };
  const applied = u.facts.filter((f) => engineAccepts(f.key, f.value) && merged[f.key] !== f.value);
  for (const f of applied) merged[f.key] = f.value;
  const labels = u.facts.map((f) => labelOfFact(f, lang));
  const questions = u.unclear.map((c) =>
    unclearQuestion(c.key, echo(c.text), c.candidates.filter((v) => engineAccepts(c.key, v)).map((v) => labelOf(c.key, v as StatedValue<typeof c.key>, lang)), lang),
  );
  return {
    answers: merged as Answers,
    applied,
    ...(labels.length > 0 ? { understoodLine: understoodLine(labels, lang) } : {}),
    questions,
    ...(u.question !== undefined ? { termAnswer: termAnswer(u.question, lang) } : {}),
    ...(u.intent !== undefined ? { intent: u.intent } : {}),
  };
}

/** What the bot does with a message typed during (or at the start of) the advice, when it is more than an answer. */
export interface StatedAtQuestion {
  readonly answers: Answers;
  /** The keys the message answered, in order, so "back" can undo them one by one. */
  readonly answered: readonly QuestionId[];
  /** The line to show above the next question: what was understood, what is asked back, or a term's answer. */
  readonly lead: string;
}

/**
 * For a message typed during the advice or at its start: the merged answers and the lead line when the message states
 * facts, leaves something unclear, or asks what a term is; undefined when it says none of that. The caller prefers a
 * plain typed answer to the current question when these facts are only about that question.
 */
export function statedAtQuestion(answers: Answers, text: string, lang: Lang, echo: Echo = asTyped): StatedAtQuestion | undefined {
  const stated = applyStatedFacts(answers, text, lang, echo);
  const keys = stated.applied.map((f) => f.key);
  if (keys.length === 0 && stated.questions.length === 0 && stated.termAnswer === undefined) return undefined;
  const lead = [stated.termAnswer, stated.understoodLine, ...stated.questions].filter((l): l is string => l !== undefined).join(' ');
  return { answers: stated.answers, answered: keys, lead };
}

/** "You wrote “windows 10”: do you mean Windows 10, 1803 or newer or Windows 10, 1709 or older?" for an ambiguous typed answer. */
export function ambiguousAnswerLine(q: QuestionId, text: string, lang: Lang, echo: Echo = asTyped): string | undefined {
  const reading = understandAnswer(q, text);
  if (reading.kind !== 'ambiguous') return undefined;
  const options = localizeQuestion(q, lang).options;
  const labels = reading.candidates.map((v) => options.find((o) => o.value === v)?.label ?? v);
  return unclearQuestion(q, echo(text.trim()), labels, lang);
}
