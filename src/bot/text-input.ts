import { COMMANDS_WITH_ARGUMENT, COMMAND_IDS, COMMAND_WORDS, INTENT_WORDS, MAX_MESSAGE_CHARS, type CommandId } from '../content/bot';

/** A typed chat command, with the rest of the message when the command takes an argument. */
export interface TypedCommand {
  readonly command: CommandId;
  /** Normalized text after the command word ('' when none). */
  readonly argument: string;
}

/** What a first message is about: an employee asking how to enroll, or an admin wanting advice. */
export type Intent = 'employee' | 'admin';

/**
 * Lower-cases, unifies quotes and spaces, and drops trailing punctuation so "Start!" and "start" compare equal;
 * a message that is only punctuation (e.g. "?") keeps it.
 */
export function normalizeText(text: string): string {
  const flat = text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201b\u2032`\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  const stripped = flat.replace(/[\s.!?,;:)"']+$/u, '').replace(/^["'(]+/u, '').trim();
  return stripped === '' ? flat : stripped;
}

/** True when the raw message is longer than the bot reads (MAX_MESSAGE_CHARS). */
export function isTooLong(text: string): boolean {
  return text.length > MAX_MESSAGE_CHARS;
}

/**
 * Reads a chat command in English or Dutch: the whole message must be the command word, except for commands that
 * take an argument (instructions, language), whose first word may be followed by one. Otherwise undefined.
 */
export function parseCommand(text: string): TypedCommand | undefined {
  const norm = normalizeText(text);
  for (const command of COMMAND_IDS) {
    const words: readonly string[] = COMMAND_WORDS[command];
    if (words.includes(norm)) return { command, argument: '' };
  }
  const space = norm.indexOf(' ');
  if (space < 0) return undefined;
  const first = norm.slice(0, space);
  for (const command of COMMANDS_WITH_ARGUMENT) {
    const words: readonly string[] = COMMAND_WORDS[command];
    if (words.includes(first)) return { command, argument: norm.slice(space + 1).trim() };
  }
  return undefined;
}

/** True when `phrase` occurs in `text` as whole words. */
export function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text);
}

/**
 * Guesses whether a first free-text message is an admin's question (start the advice) or an employee's (ask the two
 * employee questions); undefined when neither shows. Admin phrases win, so "how should we enroll our devices in
 * Intune" starts the advice.
 */
export function detectIntent(text: string): Intent | undefined {
  const norm = normalizeText(text);
  if (INTENT_WORDS.admin.some((p) => containsPhrase(norm, p))) return 'admin';
  if (INTENT_WORDS.employee.some((p) => containsPhrase(norm, p))) return 'employee';
  return undefined;
}
