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

/** A plain-text message (no markdown), so it can be copied into an e-mail exactly as shown. */
export function plainTextMessage(text: string): Partial<Activity> {
  return { ...MessageFactory.text(text), textFormat: 'plain' };
}
