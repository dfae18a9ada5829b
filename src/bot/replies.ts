import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { buildNoticeCard, type AdaptiveCardJson, type NoticeInput } from '../cards';
import type { Lang } from '../content/types';

/** A message carrying one Adaptive Card, with optional text shown above it. */
export function cardMessage(card: AdaptiveCardJson, text?: string): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card), text);
}

/** A message with the notice card (title, text, optional follow-up buttons) in `lang`. */
export function noticeMessage(input: NoticeInput, lang: Lang): Partial<Activity> {
  return cardMessage(buildNoticeCard(input, lang));
}

/**
 * Escapes what markdown would read as structure in one line of our text (a leading "1." list number, "#", ">",
 * "-" or "+", and inline emphasis, code, links and HTML), so the line shows exactly as written.
 */
export function escapeMarkdownLine(line: string): string {
  const inline = line.replace(/[\\`*_[\]<]/g, (c) => `\\${c}`);
  return inline.replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3').replace(/^(\s*)([#>+-])/, '$1\\$2');
}

/**
 * Text meant to be copied into an e-mail, one paragraph per line. Teams (and the Agents Playground) join single
 * line breaks into one paragraph, so the message is markdown with a blank line between lines and every line escaped.
 */
export function plainTextMessage(text: string): Partial<Activity> {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return { ...MessageFactory.text(lines.map(escapeMarkdownLine).join('\n\n')), textFormat: 'markdown' };
}
