import { buildResultCard } from '../../cards';
import { recommend } from '../../engine';
import type { CardAction } from '../card-action';
import { storedAnswers } from '../state';
import { showLiveCard, type Turn } from '../turn';
import { canChangeSettings, publishFromResult, type SettingsTurn } from './settings';

type PublishAction = Extract<CardAction, { verb: 'publish' }>;

/** The settings view of a turn. */
export function settingsTurn(turn: Turn): SettingsTurn {
  return { context: turn.context, lang: turn.lang, logger: turn.logger, admin: turn.settingsAdmin };
}

/** Redraws the result card the click came from (or the run's card) in the given publish state. */
async function showPublishState(turn: Turn, flow: string, state: 'confirm' | 'published'): Promise<void> {
  const data = await turn.data();
  const answers = data.lastResult?.flow === flow ? storedAnswers(data.lastResult.answers) : undefined;
  if (answers === undefined) return;
  const run = data.run?.id === flow ? data.run : undefined;
  const org = await turn.org();
  const card = buildResultCard(
    { rec: recommend(answers), answers, flow, view: run?.view ?? 'recommendation', publish: state, ...(org === undefined ? {} : { org }) },
    turn.lang,
  );
  const replyTo = turn.context.activity.replyToId;
  await showLiveCard(turn, card, typeof replyTo === 'string' && replyTo !== '' ? replyTo : run?.cardActivityId);
}

/**
 * "Use this for our organization": an administrator is first asked to confirm on the result card itself; "Yes,
 * publish" saves the stored advice's methods, and the button then reads "Published". Anyone else, a stale button or
 * a missing settings store gets the settings handler's answer.
 */
export async function onPublish(turn: Turn, action: PublishAction): Promise<void> {
  const st = settingsTurn(turn);
  const last = (await turn.data()).lastResult;
  const current = action.flow !== undefined && last?.flow === action.flow;
  if (action.confirmed !== true && canChangeSettings(st) && current && action.flow !== undefined) {
    return showPublishState(turn, action.flow, 'confirm');
  }
  const outcome = await publishFromResult(st, action, last);
  if ((outcome === 'saved' || outcome === 'unchanged') && action.flow !== undefined) await showPublishState(turn, action.flow, 'published');
}
