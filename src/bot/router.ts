import type { CommandId } from '../content/bot';
import { GREETING_WORDS } from '../content/conversation';
import type { CardAction } from './card-action';
import { cancel, isAsking, onAnswer, onBack, onChange, onTypedAnswer, onTypedBack, startAdvice } from './handlers/advice';
import { continueEmployee, employeeRunning, onEmployeeAnswer, startEmployee } from './handlers/employee';
import { onCloseSettings, onGreeting, onHelp, onLanguage, onTermQuestion, onUnknownText } from './handlers/general';
import { understand } from '../understanding';
import { onAnswerGroup } from './handlers/prerequisites';
import { onCompare, onInstructionsAction, onInstructionsFor, onTasks, onView } from './handlers/result';
import { onPublish, settingsTurn } from './handlers/publish';
import { saveSettingsForm, showSettingsForm } from './handlers/settings';
import { detectIntent, normalizeText, type TypedCommand } from './text-input';
import type { Turn } from './turn';

/** A handler for a typed command; `argument` is the rest of the message for commands that take one. */
type CommandHandler = (turn: Turn, argument: string) => Promise<void>;

/** The card action of verb V (the members of CardAction whose verb includes V). */
type ActionOf<V, A = CardAction> = A extends { readonly verb: infer X } ? (V extends X ? A : never) : never;

/** One handler per card verb; the mapped type makes a verb without a handler a compile error. */
type VerbRoutes = { readonly [V in CardAction['verb']]: (turn: Turn, action: ActionOf<V>) => Promise<void> };

/** Typed commands (English and Dutch words in content/bot.ts) → their handler. */
export const COMMAND_ROUTES = {
  help: (turn) => onHelp(turn),
  start: (turn) => startAdvice(turn, 'start'),
  restart: (turn) => startAdvice(turn, 'restart'),
  cancel: (turn) => cancel(turn),
  back: (turn) => onTypedBackCommand(turn),
  compare: (turn) => onCompare(turn, {}),
  tasks: (turn) => onTasks(turn, {}),
  instructions: (turn, argument) => (argument === '' ? startEmployee(turn) : onInstructionsFor(turn, argument)),
  language: (turn, argument) => onLanguage(turn, argument),
  settings: (turn) => showSettingsForm(settingsTurn(turn)),
} as const satisfies Record<CommandId, CommandHandler>;

/** Card verbs (src/cards/verbs.ts) → their handler. */
export const VERB_ROUTES: VerbRoutes = {
  answer: (turn, action) => onAnswer(turn, action),
  answerGroup: (turn, action) => onAnswerGroup(turn, action),
  back: (turn, action) => onBack(turn, action.flow),
  change: (turn, action) => onChange(turn, action),
  start: (turn) => startAdvice(turn, 'start'),
  restart: (turn) => startAdvice(turn, 'restart'),
  cancel: (turn) => cancel(turn),
  help: (turn) => onHelp(turn),
  language: (turn, action) => onLanguage(turn, action.lang),
  view: (turn, action) => onView(turn, action),
  compare: (turn, action) => onCompare(turn, action),
  showTasks: (turn, action) => onTasks(turn, action),
  instructions: (turn, action) => onInstructionsAction(turn, action, startEmployee),
  employeeAnswer: (turn) => onEmployeeAnswer(turn),
  publish: (turn, action) => onPublish(turn, action),
  settings: (turn) => showSettingsForm(settingsTurn(turn)),
  saveSettings: (turn, action) => saveSettingsForm(settingsTurn(turn), action.inputs),
  closeSettings: (turn) => onCloseSettings(turn),
};

/** Runs the handler of a clicked card button. */
export async function routeAction<V extends CardAction['verb']>(turn: Turn, action: ActionOf<V> & { readonly verb: V }): Promise<void> {
  const handler: (turn: Turn, action: ActionOf<V>) => Promise<void> = VERB_ROUTES[action.verb];
  await handler(turn, action);
}

async function onTypedBackCommand(turn: Turn): Promise<void> {
  const run = (await turn.data()).run;
  if (isAsking(run)) return onTypedBack(turn, run);
  if (await employeeRunning(turn)) return continueEmployee(turn);
  return onUnknownText(turn);
}

/** True when the whole message is a greeting ("hello", "hallo", "goedemorgen"…). */
export function isGreeting(text: string): boolean {
  return GREETING_WORDS.includes(normalizeText(text));
}

/**
 * Routes typed text: a command first; then a greeting; then an answer to the open question (advice or employee);
 * then what the text is about (an admin's or an employee's question); else a short "how can I help".
 */
export async function routeText(turn: Turn, text: string, command: TypedCommand | undefined): Promise<void> {
  if (command !== undefined) return COMMAND_ROUTES[command.command](turn, command.argument);
  if (isGreeting(text)) return onGreeting(turn);
  const run = (await turn.data()).run;
  if (isAsking(run)) return onTypedAnswer(turn, run, text);
  if (await employeeRunning(turn)) return continueEmployee(turn);
  const understood = text === '' ? undefined : understand(text);
  if (understood?.question !== undefined && understood.facts.length === 0) return onTermQuestion(turn, understood.question);
  // A message that describes the situation starts the advice past every question it answers.
  if (understood !== undefined && understood.facts.length + understood.unclear.length > 0 && understood.intent !== 'employee') {
    return startAdvice(turn, 'start', text);
  }
  const intent = text === '' ? undefined : (understood?.intent ?? detectIntent(text));
  if (intent === 'admin') return startAdvice(turn, 'start');
  if (intent === 'employee') return startEmployee(turn);
  if (intent === 'greeting') return onGreeting(turn);
  return onUnknownText(turn);
}
