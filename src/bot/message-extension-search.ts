import { localizeInstructions, methodName } from '../content';
import { METHOD_WORDS } from '../content/bot';
import { LANGS } from '../content/types';
import { employeeInstructionSet } from '../engine';
import {
  EMPLOYEE_QUESTION_VALUES,
  INSTRUCTION_SET_IDS,
  type EmployeeAnswers,
  type InstructionSetId,
  type OrganizationSettings,
} from '../engine/types';

/** Words that say nothing about which instructions are meant ("how do I enroll my laptop" → enroll, laptop). */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'my', 'our', 'i', 'me', 'how', 'do', 'to', 'for', 'of', 'with', 'on', 'in', 'and', 'or', 'can', 'what', 'is',
  'een', 'de', 'het', 'mijn', 'onze', 'ons', 'ik', 'hoe', 'voor', 'van', 'met', 'op', 'in', 'en', 'of', 'kan', 'wat', 'is', 'mij',
]);

/** Lower case, accents removed, anything but letters and digits a space: "Privé-laptop" and "prive laptop" match. */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/(^|\s)\.+|\.+(\s|$)/g, ' ')
    .trim();
}

function words(text: string): string[] {
  return text.split(' ').filter((w) => w !== '');
}

/** How much a kind of text counts: the sets' own search keywords most, the method's names least. */
const WEIGHT = { keyword: 1, title: 0.8, method: 0.45 } as const;

interface IndexedPhrase {
  readonly text: string;
  readonly words: readonly string[];
  readonly weight: number;
}

interface IndexedSet {
  readonly id: InstructionSetId;
  readonly phrases: readonly IndexedPhrase[];
  readonly words: ReadonlySet<string>;
}

function phrase(text: string, weight: number): IndexedPhrase {
  const normalized = normalizeSearchText(text);
  return { text: normalized, words: words(normalized), weight };
}

/** Every set's keywords, titles and method names in both languages, so helpdesk can search in either. */
function buildIndex(): readonly IndexedSet[] {
  return INSTRUCTION_SET_IDS.map((id) => {
    const phrases: IndexedPhrase[] = [phrase(id.replace(/-/g, ' '), WEIGHT.method)];
    for (const lang of LANGS) {
      const instr = localizeInstructions(id, lang);
      phrases.push(phrase(instr.title, WEIGHT.title), phrase(methodName(instr.method, lang), WEIGHT.method));
      for (const k of instr.keywords) phrases.push(phrase(k, WEIGHT.keyword));
      if (lang === 'en') for (const w of METHOD_WORDS[instr.method]) phrases.push(phrase(w, WEIGHT.method));
    }
    return { id, phrases, words: new Set(phrases.flatMap((p) => p.words)) };
  });
}

/** Built once: the texts are constants, and a query then only compares short strings (well under a millisecond). */
const INDEX = buildIndex();

/** 100 for the whole phrase, 70 when the query starts a word run inside it ("laptop" in "own laptop", "autop"), else 0. */
function phraseScore(query: string, p: IndexedPhrase): number {
  if (p.text === query) return 100;
  if (p.text.startsWith(query) || p.text.includes(` ${query}`)) return 70;
  return 0;
}

function scoreSet(set: IndexedSet, query: string, tokens: readonly string[]): number {
  let best = 0;
  for (const p of set.phrases) best = Math.max(best, phraseScore(query, p) * p.weight);
  // Every meaningful word of the query must start a word of this set ("personal laptop", "nieuwe laptop thuis").
  const allTokens = tokens.length > 0 && tokens.every((t) => [...set.words].some((w) => w.startsWith(t)));
  return Math.max(best, allTokens ? 50 : 0);
}

/** The sets employees of an organization with these settings are sent to, for listing those first. */
function organizationSets(org: OrganizationSettings): Set<InstructionSetId> {
  const sets = new Set<InstructionSetId>();
  for (const deviceOwner of EMPLOYEE_QUESTION_VALUES.deviceOwner) {
    for (const obtained of EMPLOYEE_QUESTION_VALUES.obtained) {
      const answers: EmployeeAnswers = { deviceOwner, obtained };
      sets.add(employeeInstructionSet(answers, org));
    }
  }
  return sets;
}

/**
 * The instruction sets matching a helpdesk search, best first (ties in INSTRUCTION_SET_IDS order). An empty query
 * lists every set, the organization's own first when it has published methods; no match gives an empty list.
 * Matches far weaker than the best (half its score or less) are left out, so "byod" does not list bulk enrollment.
 */
export function searchInstructionSets(query: string, org?: OrganizationSettings): InstructionSetId[] {
  const q = normalizeSearchText(query.slice(0, 200));
  if (q === '') {
    if (org === undefined || (org.organizationMethod === undefined && org.personalMethod === undefined)) return [...INSTRUCTION_SET_IDS];
    const own = organizationSets(org);
    return [...INSTRUCTION_SET_IDS.filter((id) => own.has(id)), ...INSTRUCTION_SET_IDS.filter((id) => !own.has(id))];
  }
  const tokens = words(q).filter((w) => !STOP_WORDS.has(w));
  const scored = INDEX.map((set) => ({ id: set.id, score: scoreSet(set, q, tokens) })).filter((s) => s.score > 0);
  const top = Math.max(0, ...scored.map((s) => s.score));
  return scored
    .filter((s) => s.score > top / 2)
    .sort((a, b) => b.score - a.score || INSTRUCTION_SET_IDS.indexOf(a.id) - INSTRUCTION_SET_IDS.indexOf(b.id))
    .map((s) => s.id);
}
