import { METHOD_WORDS } from '../content/bot';
import { instructionSetMethod } from '../content';
import { INSTRUCTION_SET_IDS, METHOD_IDS, type InstructionSetId, type MethodId } from '../engine/types';
import { normalizeText } from './text-input';

/** The instructions shown for a method when nothing narrows it down: its most common situation. */
const MAIN_SET = {
  automatic: 'automatic-organization',
  autopilot: 'autopilot-user-driven',
  groupPolicy: 'group-policy',
  coManagement: 'co-management-existing',
} as const satisfies Record<MethodId, InstructionSetId>;

/** Which instruction set an "instructions …" argument names, and the other sets of the same method. */
export interface ResolvedInstructions {
  readonly set: InstructionSetId;
  /** Other set ids of the same method, so the helpdesk can ask for the exact variant. */
  readonly variants: readonly InstructionSetId[];
}

/**
 * Reads the argument of "instructions <…>": an instruction set id (e.g. autopilot-self-deploying) or a method name
 * in English or Dutch (e.g. "groepsbeleid"). Undefined when it names neither.
 */
export function resolveInstructionsArgument(argument: string): ResolvedInstructions | undefined {
  const norm = normalizeText(argument);
  const bySet = INSTRUCTION_SET_IDS.find((id) => id === norm);
  const method = bySet === undefined ? METHOD_IDS.find((m) => (METHOD_WORDS[m] as readonly string[]).includes(norm)) : instructionSetMethod(bySet);
  if (method === undefined) return undefined;
  const set = bySet ?? MAIN_SET[method];
  return { set, variants: bySet === undefined ? INSTRUCTION_SET_IDS.filter((id) => id !== set && instructionSetMethod(id) === method) : [] };
}
