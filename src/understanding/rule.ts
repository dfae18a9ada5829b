import type { KnownValue, QuestionId } from '../engine/types';

/** Values a sentence can state: the engine's values, plus Configuration Manager on its way out (the advice issue adds it). */
export type StatedValue<Q extends QuestionId> = KnownValue<Q> | (Q extends 'configMgr' ? 'phasing-out' : never);

/** One way a situation sentence states an answer: a pattern over folded text and what it means. */
export interface Rule<Q extends QuestionId = QuestionId> {
  readonly key: Q;
  readonly value: StatedValue<Q>;
  /** RegExp sources over folded text; matched as whole words. */
  readonly patterns: readonly string[];
  /** What the phrase means when negated ("no SCCM" → none); absent: a negated phrase states nothing. */
  readonly negated?: StatedValue<Q>;
  /** Implied rather than said (a licence without P1): any explicit statement of the same key wins. */
  readonly weak?: boolean;
  /** The words cannot be read as this key's value alone: asked back with these candidates. */
  readonly ambiguous?: readonly StatedValue<Q>[];
  /** Its words belong to this fact only: later rules of other keys may not reuse them ("Entra ID P1" is no join). */
  readonly exclusive?: boolean;
  /** Says what the phrase means on its own even after a negation word ("not yet in Intune" → no). */
  readonly ignoreNegation?: boolean;
}

/** Any rule, whatever its key. */
export type AnyRule = { readonly [Q in QuestionId]: Rule<Q> }[QuestionId];

/** A typed rule (the value is checked against the key). */
export function rule<Q extends QuestionId>(
  key: Q,
  value: StatedValue<Q>,
  patterns: readonly string[],
  options: Omit<Rule<Q>, 'key' | 'value' | 'patterns'> = {},
): Rule<Q> {
  return { key, value, patterns, ...options };
}
