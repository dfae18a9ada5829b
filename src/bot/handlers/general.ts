import { buildHelpCard, buildWelcomeCard } from '../../cards';
import { botText, LANGUAGE_WORDS, MAX_MESSAGE_CHARS } from '../../content/bot';
import { greetingText, greetingTitle, termAnswer, type TermId } from '../../content/understanding';
import { isLang } from '../../content';
import { settingsText } from '../../content/settings';
import { LANGS, type Lang } from '../../content/types';
import { turnIds } from '../activity-info';
import { cardMessage, noticeMessage } from '../replies';
import { normalizeText } from '../text-input';
import type { Turn } from '../turn';

/** The help card: every command, the message extension and the personal tab. */
export async function onHelp(turn: Turn): Promise<void> {
  await turn.context.sendActivity(cardMessage(buildHelpCard(turn.lang)));
}

/** "hello" / "hallo": a greeting that invites a description, with the two main actions (advice, enroll my device). */
export async function onGreeting(turn: Turn): Promise<void> {
  await turn.context.sendActivity(noticeMessage({ title: greetingTitle(turn.lang), text: greetingText(turn.lang), actions: ['start', 'employee'] }, turn.lang));
}

/** "What is Autopilot?" with nothing else: a short answer. */
export async function onTermQuestion(turn: Turn, term: TermId): Promise<void> {
  await turn.context.sendActivity(noticeMessage({ title: botText(turn.lang).notice, text: termAnswer(term, turn.lang), actions: ['start', 'help'] }, turn.lang));
}

/** Text the bot does not understand. */
export async function onUnknownText(turn: Turn): Promise<void> {
  const t = botText(turn.lang).unknownText;
  await turn.context.sendActivity(noticeMessage({ title: t.title, text: t.text, actions: ['start', 'employee', 'help'] }, turn.lang));
}

/** A button the bot cannot read: says nothing changed and shows the help card. */
export async function onUnknownAction(turn: Turn): Promise<void> {
  const t = botText(turn.lang).unknownAction;
  await turn.context.sendActivities([noticeMessage({ title: t.title, text: t.text }, turn.lang), cardMessage(buildHelpCard(turn.lang))]);
}

/** A message longer than the bot reads. */
export async function onTooLong(turn: Turn): Promise<void> {
  const t = botText(turn.lang).tooLong;
  await turn.context.sendActivity(noticeMessage({ title: t.title, text: t.text(MAX_MESSAGE_CHARS), actions: ['help'] }, turn.lang));
}

/** The language a word names ("nl", "Nederlands", "english"…), from a button's lang or the language command. */
export function languageFromWord(word: string): Lang | undefined {
  const norm = normalizeText(word);
  if (isLang(norm)) return norm;
  return LANGS.find((lang) => (LANGUAGE_WORDS[lang] as readonly string[]).includes(norm));
}

/** `language nl` / the language button: remembers the language for this user and confirms in it. */
export async function onLanguage(turn: Turn, argument: string): Promise<void> {
  const wanted = languageFromWord(argument);
  if (wanted === undefined) {
    const t = botText(turn.lang);
    await turn.context.sendActivity(noticeMessage({ title: t.notice, text: t.language.unknown }, turn.lang));
    return;
  }
  await turn.setLang(wanted);
  const t = botText(wanted);
  await turn.context.sendActivity(noticeMessage({ title: t.notice, text: t.language.switched, actions: ['help'] }, wanted));
}

/** Closing the settings card without saving. */
export async function onCloseSettings(turn: Turn): Promise<void> {
  const closed = settingsText(turn.lang).closed;
  await turn.context.sendActivity(noticeMessage({ title: closed.title, text: closed.text }, turn.lang));
}

/** The welcome card, once per conversation (install events may arrive together). */
export async function welcome(turn: Turn): Promise<void> {
  const data = await turn.data();
  if (data.welcomed === true) return;
  await turn.context.sendActivity(cardMessage(buildWelcomeCard(turn.lang)));
  await turn.setData({ ...data, welcomed: true });
}

/** A message that only carries a card someone inserted (the message extension): nothing to answer, so the bot stays quiet. */
export function onInsertedCard(turn: Turn): void {
  turn.logger.debug(turnIds(turn.context), 'message with only an inserted card; not answered');
}
