import { QUESTION_VALUES, type QuestionId } from '../engine/types';
import { fold } from './fold';
import type { AnyRule, StatedValue } from './rule';
import { FLEET_RULES } from './rules-fleet';
import { SETUP_RULES } from './rules-setup';
import { CLAUSE_BREAK, GONE_AFTER, NEGATION_AFTER, NEGATION_BEFORE } from './vocabulary';
import { BULK_FROM, COUNT_PATTERN, NOT_A_COUNT_BEFORE, VOLUME_RULES, countOf } from './volume';
import { wordPattern } from './fold';
import { correctTypos } from './typos';

/** One stated answer: the key, its value, and the words of the message that said it (offsets into the original). */
export type Fact = {
  readonly [Q in QuestionId]: { readonly key: Q; readonly value: StatedValue<Q>; readonly text: string; readonly start: number; readonly end: number };
}[QuestionId];

/** Something the message says about a key that could mean several values: asked back, never guessed. */
export interface Unclear {
  readonly key: QuestionId;
  readonly text: string;
  readonly candidates: readonly string[];
}

interface Hit {
  readonly key: QuestionId;
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly weak: boolean;
  readonly ambiguous?: readonly string[];
}

// Counts in words first: they claim no words from other keys ("twee kiosken" is a count and user-less devices).
const RULES: readonly AnyRule[] = [...VOLUME_RULES, ...SETUP_RULES, ...FLEET_RULES];
const COMPILED = RULES.map((r) => ({ rule: r, patterns: r.patterns.map(wordPattern) }));

/** Sentences that ask rather than tell ("do we need P1?", "wat is co-beheer?") state no facts. */
const ASKING = /^(?:what|what's|whats|wat|why|waarom|do|does|did|is|are|can|could|kan|kun|kunnen|moet|moeten|need|should i|heb ik|hebben we .* nodig|is het|zijn|which|welke|who|wie|explain|leg)(?![\p{L}])/u;
/** Hedges: "not sure whether we have P1" states nothing either way. */
const UNSURE = /(?<![\p{L}])(?:not sure|unsure|don'?t know|do not know|no idea|weet (?:ik )?niet|geen idee|niet zeker|twijfel|maybe|misschien|perhaps|possibly|wellicht|if we|whether|of we)(?![\p{L}])/u;

/** Character ranges of the sentences that ask a question. */
function askingRanges(f: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of f.matchAll(/[^.!?\n]+[.!?\n]*/g)) {
    const sentence = m[0].trim();
    if (ASKING.test(sentence)) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** Start of the clause that contains offset `at`. */
function clauseStart(f: string, at: number): number {
  let start = 0;
  for (const m of f.slice(0, at).matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  return start;
}

/** The rest of the clause after offset `at`. */
function clauseRest(f: string, at: number): string {
  const rest = f.slice(at);
  CLAUSE_BREAK.lastIndex = 0;
  const next = rest.search(CLAUSE_BREAK);
  return next < 0 ? rest : rest.slice(0, next);
}

type Polarity = 'plain' | 'negated' | 'unsure';

function polarity(f: string, start: number, end: number): Polarity {
  const before = f.slice(Math.max(clauseStart(f, start), start - 40), start);
  const after = clauseRest(f, end).trim();
  if (UNSURE.test(before)) return 'unsure';
  if (NEGATION_BEFORE.test(before) || NEGATION_BEFORE.test(f.slice(start, end))) return 'negated';
  // Only a negation that ends the clause reads backwards: "SCCM gebruiken we niet meer", not "SCCM, not Intune".
  return NEGATION_AFTER.test(after) || GONE_AFTER.test(after) ? 'negated' : 'plain';
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Every rule match in the folded text, in rule order; earlier, more specific rules claim their words first. */
function findHits(f: string): Hit[] {
  const asking = askingRanges(f);
  const claimed: { start: number; end: number; key: QuestionId; exclusive: boolean }[] = [];
  const hits: Hit[] = [];
  const consider = (r: AnyRule, start: number, end: number, value: string, ambiguous?: readonly string[]): void => {
    if (claimed.some((c) => overlaps(c, { start, end }) && (c.key === r.key || c.exclusive))) return;
    claimed.push({ start, end, key: r.key, exclusive: r.exclusive === true });
    if (asking.some(([s, e]) => start >= s && end <= e)) return;
    const p = r.ignoreNegation === true ? 'plain' : polarity(f, start, end);
    if (p === 'unsure') return;
    const stated = p === 'negated' ? r.negated : value;
    if (stated === undefined) return;
    hits.push({ key: r.key, value: stated, start, end, weak: r.weak === true, ambiguous: p === 'plain' ? ambiguous : undefined });
  };
  // Counts first: "50 Windows 10 laptops" is a count around a version, and the version rule may claim only its own words.
  addCounts(f, consider);
  for (const { rule: r, patterns } of COMPILED) {
    for (const re of patterns) for (const m of f.matchAll(re)) if (m[0].trim() !== '') consider(r, m.index, m.index + m[0].length, r.value, r.ambiguous);
  }
  return hits;
}

/** Device counts in digits become volume facts, unless the number is a Windows version or a licence. */
function addCounts(f: string, consider: (r: AnyRule, start: number, end: number, value: string) => void): void {
  const volumeRule = VOLUME_RULES[0];
  if (volumeRule === undefined) return;
  for (const m of f.matchAll(COUNT_PATTERN)) {
    if (NOT_A_COUNT_BEFORE.test(f.slice(Math.max(0, m.index - 10), m.index))) continue;
    const n = countOf(m[1] ?? '');
    consider(volumeRule, m.index, m.index + m[0].length, n >= BULK_FROM ? 'bulk' : 'few');
  }
}

/** Two values of one key that together mean a third ("company-owned" and "BYOD" → mixed). */
const UNIONS: { readonly [Q in QuestionId]?: { readonly of: readonly string[]; readonly is: string } } = {
  ownership: { of: ['organization', 'personal', 'mixed'], is: 'mixed' },
  deviceAge: { of: ['new', 'existing', 'both'], is: 'both' },
  userAffinity: { of: ['single', 'userless', 'both'], is: 'both' },
  manage: { of: ['device', 'account', 'both'], is: 'both' },
  identity: { of: ['onprem', 'hybrid'], is: 'hybrid' },
  configMgr: { of: ['keep', 'phasing-out'], is: 'phasing-out' },
};

/** What the message states about each key: one fact, or an unclear entry when it says two things or something vague. */
function combineHits(hits: readonly Hit[], original: string): { facts: Fact[]; unclear: Unclear[] } {
  const facts: Fact[] = [];
  const unclear: Unclear[] = [];
  const keys = [...new Set(hits.map((h) => h.key))];
  for (const key of keys) {
    const all = hits.filter((h) => h.key === key).sort((a, b) => a.start - b.start);
    const clear = all.filter((h) => h.ambiguous === undefined);
    const strong = clear.filter((h) => !h.weak);
    const used = strong.length > 0 ? strong : clear;
    const textOf = (hs: readonly Hit[]): string => hs.map((h) => original.slice(h.start, h.end)).join(' … ');
    if (used.length === 0) {
      const vague = all.filter((h) => h.ambiguous !== undefined);
      unclear.push({ key, text: textOf(vague), candidates: [...new Set(vague.flatMap((h) => h.ambiguous ?? []))] });
      continue;
    }
    const values = [...new Set(used.map((h) => h.value))];
    const union = UNIONS[key];
    const value = values.length === 1 ? values[0] : union !== undefined && values.every((v) => union.of.includes(v)) ? union.is : undefined;
    const first = used[0];
    if (value === undefined || first === undefined) {
      unclear.push({ key, text: textOf(used), candidates: values });
      continue;
    }
    const last = used[used.length - 1] ?? first;
    const fact = { key, value, text: textOf(used), start: first.start, end: last.end };
    if (isFact(fact)) facts.push(fact);
  }
  // In the order the message said them, so the "I understood" line reads like the message and back undoes the last.
  facts.sort((a, b) => a.start - b.start);
  return { facts, unclear };
}

/** True when the value belongs to the key (the catalogue's values, or phasing-out for Configuration Manager). */
function isFact(f: { key: QuestionId; value: string; text: string; start: number; end: number }): f is Fact {
  const values: readonly string[] = QUESTION_VALUES[f.key];
  return values.includes(f.value) || (f.key === 'configMgr' && f.value === 'phasing-out');
}

/** The facts a free-text description states and what it leaves unclear (pure, deterministic, offline). */
export function readFacts(text: string): { facts: Fact[]; unclear: Unclear[] } {
  const corrected = correctTypos(fold(text));
  const hits = findHits(corrected.text).map((h) => ({ ...h, start: corrected.startAt(h.start), end: corrected.endAt(h.end) }));
  return combineHits(hits, text);
}
