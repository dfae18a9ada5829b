import { INSTRUCTION_SET_IDS, type InstructionSetId, type MethodId } from '../engine/types';
import { COMMON_EN, SETS_EN } from './instruction-sets/en';
import { COMMON_NL, SETS_NL } from './instruction-sets/nl';
import type { CleanOrg, CommonTexts, Line, SetCatalogue } from './instruction-sets/shape';
import { pick } from './lang';
import { INSTRUCTION_SECTION_IDS, type InstructionSection, type InstructionSectionId, type Lang, type LocalizedInstructions, type OrgValues } from './types';

const METHOD_OF_SET = {
  'automatic-organization': 'automatic',
  'automatic-organization-existing': 'automatic',
  'automatic-bulk': 'automatic',
  'automatic-personal-register': 'automatic',
  'automatic-personal-register-general': 'automatic',
  'automatic-personal-join': 'automatic',
  'windows-home-no-join': 'automatic',
  'autopilot-user-driven': 'autopilot',
  'autopilot-hybrid': 'autopilot',
  'autopilot-pre-provisioned': 'autopilot',
  'autopilot-self-deploying': 'autopilot',
  'autopilot-existing-devices': 'autopilot',
  'group-policy': 'groupPolicy',
  'co-management-existing': 'coManagement',
  'co-management-new': 'coManagement',
  'userless-nothing-to-do': 'automatic',
} satisfies Record<InstructionSetId, MethodId>;

const SETS: Record<Lang, SetCatalogue> = { en: SETS_EN, nl: SETS_NL };
const COMMON: Record<Lang, CommonTexts> = { en: COMMON_EN, nl: COMMON_NL };

/** Keeps org values from breaking a card: trims, collapses whitespace, caps length and defuses template markers. */
function cleanValue(v: unknown, max: number): string | undefined {
  if (typeof v !== 'string') return undefined;
  const printable = Array.from(v, (ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? ' ' : ch)).join('');
  const cleaned = printable
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\$\{/g, '$ {')
    .slice(0, max)
    .trim();
  return cleaned === '' ? undefined : cleaned;
}

function cleanUrl(v: unknown): string | undefined {
  const s = cleanValue(v, 500);
  if (s === undefined) return undefined;
  try {
    const url = new URL(s);
    return url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

function cleanOrg(org: OrgValues | undefined): CleanOrg {
  if (org === undefined || org === null || typeof org !== 'object') return {};
  const organizationName = cleanValue(org.organizationName, 100);
  const enrollmentServer = cleanValue(org.enrollmentServer, 253);
  // Same limit as the settings form (SETTINGS_MAX_LENGTH.supportText), so a saved contact is never cut short.
  const supportText = cleanValue(org.supportText, 300);
  const supportUrl = cleanUrl(org.supportUrl);
  return {
    ...(organizationName === undefined ? {} : { organizationName }),
    ...(enrollmentServer === undefined ? {} : { enrollmentServer }),
    ...(supportText === undefined ? {} : { supportText }),
    ...(supportUrl === undefined ? {} : { supportUrl }),
  };
}

function contactLine(org: CleanOrg, lang: Lang): string {
  const t = pick(COMMON, lang);
  const parts = [org.supportText, org.supportUrl].filter((p): p is string => p !== undefined);
  return parts.length === 0 ? t.defaultContact : t.contact(parts.join(' '));
}

function fill(lines: readonly Line[] | undefined, org: CleanOrg): string[] {
  return (lines ?? []).map((line) => (typeof line === 'string' ? line : line(org)));
}

/** The method an instruction set belongs to. */
export function instructionSetMethod(id: InstructionSetId): MethodId {
  return METHOD_OF_SET[id];
}

/** True when `v` names an instruction set. */
export function isInstructionSetId(v: unknown): v is InstructionSetId {
  return typeof v === 'string' && (INSTRUCTION_SET_IDS as readonly string[]).includes(v);
}

/** True when `org` carries at least one usable value (otherwise the instructions are the general ones). */
export function hasOrgValues(org: OrgValues | undefined): boolean {
  return Object.keys(cleanOrg(org)).length > 0;
}

/**
 * End-user instructions written for employees: numbered steps in Windows 11's order and the blocks around them.
 * With `org`, the organization's name, enrollment server and support contact are filled in where a line needs them;
 * without, the lines point to the IT department and `general` is true.
 */
export function localizeInstructions(id: InstructionSetId, lang: Lang, org?: OrgValues): LocalizedInstructions {
  const texts = pick(SETS, lang)[id];
  const common = pick(COMMON, lang);
  const clean = cleanOrg(org);
  const intro = typeof texts.intro === 'string' ? texts.intro : texts.intro(clean);
  const blocks: Record<InstructionSectionId, string[]> = {
    before: fill(texts.before, clean),
    see: fill(texts.see, clean),
    time: [texts.time],
    fallback: fill(texts.fallback, clean),
    failure: [...fill(texts.failure, clean), ...common.failure, contactLine(clean, lang)],
    check: [texts.check],
  };
  const sections: InstructionSection[] = INSTRUCTION_SECTION_IDS.filter((s) => blocks[s].length > 0).map((s) => ({
    id: s,
    heading: common.headings[s],
    items: blocks[s],
  }));
  return {
    id,
    method: METHOD_OF_SET[id],
    title: texts.title,
    listTitle: texts.listTitle,
    intro: clean.organizationName === undefined ? intro : `${common.fromOrg(clean.organizationName)} ${intro}`,
    steps: fill(texts.steps, clean),
    sections,
    outro: contactLine(clean, lang),
    general: Object.keys(clean).length === 0,
    keywords: [...texts.keywords],
  };
}

/** Every instruction set, in INSTRUCTION_SET_IDS order, for the helpdesk search and the tab. */
export function allInstructionSets(lang: Lang, org?: OrgValues): LocalizedInstructions[] {
  return INSTRUCTION_SET_IDS.map((id) => localizeInstructions(id, lang, org));
}

/** The heading above the numbered steps. */
export function instructionStepsHeading(lang: Lang): string {
  return pick(COMMON, lang).headings.steps;
}

/** The sentence that marks instructions without organization values as the general ones. */
export function generalInstructionsNote(lang: Lang): string {
  return pick(COMMON, lang).general;
}

/** The instructions as e-mail-ready plain text: title, intro, each block, the numbered steps, the contact. */
export function instructionsAsPlainText(instr: LocalizedInstructions, lang: Lang): string {
  const common = pick(COMMON, lang);
  const block = (s: InstructionSection): string => `${s.heading}:\n${s.items.map((i) => `- ${i}`).join('\n')}`;
  const before = instr.sections.filter((s) => s.id === 'before').map(block);
  const after = instr.sections.filter((s) => s.id !== 'before').map(block);
  const steps = `${common.headings.steps}:\n${instr.steps.map((step, i) => `${i + 1}. ${step}`).join('\n')}`;
  const general = instr.general ? [common.general] : [];
  return `${[instr.title, ...general, instr.intro, ...before, steps, ...after].join('\n\n')}\n`;
}
