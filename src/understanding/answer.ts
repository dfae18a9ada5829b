import { findChoices, recognizeChoices, type Choice } from 'botbuilder-dialogs';
import { ANSWER_WORDS, VALUE_SYNONYMS, YES_NO_VALUES } from '../content/bot';
import { localizeQuestion } from '../content/questions';
import { LANGS } from '../content/types';
import { QUESTION_VALUES, UNKNOWN, type AnswerValue, type KnownValue, type QuestionId } from '../engine/types';
import { EXTRA_SYNONYMS, LAST_WORDS, ORDINAL_FILLER, ORDINAL_WORDS, STOP_WORDS, YES_NO_WORDS } from './answer-words';
import { fold, foldAnswer } from './fold';

/** How a typed answer to one question was read: one value (with the words that named it), several, or none. */
export type AnswerReading<Q extends QuestionId> =
  | { readonly kind: 'value'; readonly value: AnswerValue<Q>; readonly text: string }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly KnownValue<Q>[] }
  | { readonly kind: 'none' };

const NONE = { kind: 'none' } as const;

function valuesOf<Q extends QuestionId>(q: Q): readonly KnownValue<Q>[] {
  return QUESTION_VALUES[q];
}

/** Drops stop words and punctuation: what partial matching compares. */
function content(text: string): string {
  return fold(text)
    .split(/[^\p{L}\p{N}.]+/u)
    .filter((w) => w !== '' && !STOP_WORDS.has(w))
    .join(' ');
}

/** Every way to name value `v` of `q`: both languages' labels (with and without the aside), the id, synonyms. */
function namesOf<Q extends QuestionId>(q: Q, v: KnownValue<Q>): string[] {
  const names: string[] = [v.replace(/-/g, ' ')];
  for (const lang of LANGS) {
    const label = localizeQuestion(q, lang).options.find((o) => o.value === v)?.label ?? '';
    names.push(label, label.replace(/\([^)]*\)/g, ' '));
  }
  const synonyms: Readonly<Partial<Record<string, readonly string[]>>> = VALUE_SYNONYMS[q] ?? {};
  const extra: Readonly<Partial<Record<string, readonly string[]>>> = EXTRA_SYNONYMS[q] ?? {};
  names.push(...(synonyms[v] ?? []), ...(extra[v] ?? []));
  return [...new Set(names.map(content).filter((n) => n !== ''))];
}

/** Option number n (1-based) of q; n + 1 is "don't know". */
function byNumber<Q extends QuestionId>(q: Q, n: number, text: string): AnswerReading<Q> {
  const values = valuesOf(q);
  if (n === values.length + 1) return { kind: 'value', value: UNKNOWN, text };
  const value = values[n - 1];
  return value === undefined ? NONE : { kind: 'value', value, text };
}

/** "2", "nummer 2", "de tweede", "de laatste": the option's position in either language. */
function byPosition<Q extends QuestionId>(q: Q, norm: string): AnswerReading<Q> | undefined {
  if (LAST_WORDS.includes(norm)) return byNumber(q, valuesOf(q).length, norm);
  const core = ORDINAL_FILLER.exec(norm)?.[1] ?? norm;
  const digits = /^#?(\d{1,2})(?:\s*[.)])?$/.exec(core);
  if (digits !== null) return byNumber(q, Number(digits[1]), norm);
  const word = ORDINAL_WORDS[core];
  return word === undefined ? undefined : byNumber(q, word, norm);
}

/** Yes/no words mapped to q's own values (configMgr: yes = keep). */
function byYesNo<Q extends QuestionId>(q: Q, norm: string): AnswerReading<Q> | undefined {
  const word = (YES_NO_WORDS.yes as readonly string[]).includes(norm) ? 'yes' : (YES_NO_WORDS.no as readonly string[]).includes(norm) ? 'no' : undefined;
  if (word === undefined) return undefined;
  const values: readonly string[] = valuesOf(q);
  const mapped: Readonly<Partial<Record<string, string>>> = YES_NO_VALUES[q] ?? {};
  const value = values.includes(word) ? word : mapped[word];
  const known = valuesOf(q).find((v) => v === value);
  return known === undefined ? undefined : { kind: 'value', value: known, text: norm };
}

/** Partial matching with botbuilder's findChoices over every name of every value; the best score wins, a tie is ambiguous. */
function byName<Q extends QuestionId>(q: Q, norm: string): AnswerReading<Q> | undefined {
  const utterance = content(norm);
  if (utterance === '') return undefined;
  const values = valuesOf(q);
  const best = new Map<KnownValue<Q>, number>();
  for (const value of values) {
    // One value at a time: findChoices keeps only one match per span, which would hide an equally good second value.
    const choice: Choice = { value, synonyms: namesOf(q, value) };
    for (const match of findChoices(utterance, [choice], { allowPartialMatches: true, recognizeNumbers: false, noAction: true })) {
      // How much of what was typed the name covers decides first ("azure ad" beats "ad"), then how much of the name.
      const covered = (match.end - match.start + 1) / utterance.length;
      best.set(value, Math.max(best.get(value) ?? 0, Math.round(covered * 100) + match.resolution.score));
    }
  }
  if (best.size === 0) return undefined;
  const top = Math.max(...best.values());
  const winners = values.filter((v) => best.get(v) === top);
  const [only] = winners;
  if (winners.length === 1 && only !== undefined) return { kind: 'value', value: only, text: norm };
  return { kind: 'ambiguous', candidates: winners };
}

/** English ordinals ("the second", "2nd", "third option") through the Microsoft number recognizer. */
function byEnglishOrdinal<Q extends QuestionId>(q: Q, norm: string): AnswerReading<Q> | undefined {
  // The recognizer is slow on long digit strings; an ordinal is a few short words.
  if (norm.length > 40 || norm.split(' ').length > 4) return undefined;
  // Placeholder choices no text can name, so only the recognizer's ordinal and number readings can match.
  const slots = valuesOf(q).map((_, i) => `\u00a7${i}`);
  const [first] = recognizeChoices(norm, slots, { locale: 'en-us', recognizeOrdinals: true, recognizeNumbers: true });
  return first === undefined ? undefined : byNumber(q, first.resolution.index + 1, norm);
}

/**
 * Reads a typed answer to question `q` in English or Dutch, forgivingly: the option's number or ordinal ("de
 * tweede"), its value, its label or a clear part of it (accents ignored), a synonym (SCCM, Entra, BYOD, kiosk), yes/no,
 * or "don't know". Two options named equally well come back as `ambiguous` with both candidates.
 */
export function understandAnswer<Q extends QuestionId>(q: Q, text: string): AnswerReading<Q> {
  const norm = foldAnswer(text).replace(/^\d+\s*[.)]\s+(?=\D)/, '');
  if (norm === '') return NONE;
  const unknownWords: readonly string[] = ANSWER_WORDS.unknown;
  if (norm === UNKNOWN || unknownWords.includes(norm)) return { kind: 'value', value: UNKNOWN, text: norm };
  const byId = valuesOf(q).find((v) => v === norm);
  if (byId !== undefined) return { kind: 'value', value: byId, text: norm };
  return byPosition(q, norm) ?? byYesNo(q, norm) ?? byName(q, norm) ?? byEnglishOrdinal(q, norm) ?? NONE;
}
