import type { TurnContext } from 'botbuilder';
import { buildSettingsCard, publishedMethods } from '../../cards';
import { settingsChangeText, settingsProblemText, settingsText } from '../../content/settings';
import type { Lang } from '../../content/types';
import { recommend } from '../../engine';
import type { Logger } from '../../logger';
import {
  applyPublishedMethods,
  checkPublishedMethods,
  normalizeTenantId,
  parseSettingsForm,
  type OrgSettingsData,
  type SettingsChangeOutcome,
  type SettingsChangeRequest,
  type SettingsRecord,
  type SettingsSource,
  type SettingsStore,
} from '../../settings';
import { tenantOf, turnIds } from '../activity-info';
import { isTenantAdmin } from '../auth/admin-list';
import { supportsMessageUpdates } from '../surface';
import { cardMessage, noticeMessage } from '../replies';
import { storedAnswers, type StoredResult } from '../state';

/** What lets administrators change their organization's settings: the store and who counts as an administrator. */
export interface SettingsAdmin {
  readonly store: SettingsStore;
  /** Entra ID object ids allowed to change settings (ADMIN_AAD_OBJECT_IDS), compared case-insensitively. */
  readonly adminAadObjectIds: readonly string[];
  /** The clock for the audit trail; the real time by default. */
  readonly now?: () => Date;
}

/** One turn's view for the settings handlers. */
export interface SettingsTurn {
  readonly context: TurnContext;
  readonly lang: Lang;
  readonly logger: Logger;
  /** Undefined when this installation has no settings store: every settings action then says so. */
  readonly admin: SettingsAdmin | undefined;
}

type SettingsAction = 'view' | 'publish' | 'save';

interface Authorized {
  readonly admin: SettingsAdmin;
  readonly tenantId: string;
  readonly userId: string;
}

/**
 * The administrator and tenant of this turn, or undefined after answering why not (no store, not an administrator,
 * no tenant). The tenant always comes from the activity, never from card data.
 */
async function authorize(turn: SettingsTurn, action: SettingsAction): Promise<Authorized | undefined> {
  const { context, lang, logger, admin } = turn;
  const t = settingsText(lang);
  if (admin === undefined) {
    await context.sendActivity(noticeMessage({ title: t.unavailable.title, text: t.unavailable.text }, lang));
    return undefined;
  }
  const raw: unknown = context.activity.from?.aadObjectId;
  const userId = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  // Administrators are scoped to their tenant (ADMIN_AAD_OBJECT_IDS: tenantId:objectId).
  if (!isTenantAdmin(admin.adminAadObjectIds, normalizeTenantId(tenantOf(context.activity)), userId)) {
    logger.info({ ...turnIds(context), userAadObjectId: userId === '' ? null : userId, action }, 'organization settings change refused: not an administrator');
    await context.sendActivity(noticeMessage({ title: t.refused.title, text: t.refused.text }, lang));
    return undefined;
  }
  const tenantId = normalizeTenantId(tenantOf(context.activity));
  if (tenantId === undefined) {
    logger.info({ ...turnIds(context), action }, 'organization settings unavailable: the activity names no tenant');
    await context.sendActivity(noticeMessage({ title: t.noTenant.title, text: t.noTenant.text }, lang));
    return undefined;
  }
  return { admin, tenantId, userId };
}

/** True when this turn's sender may change the tenant's settings (checked without answering; authorize() answers). */
export function canChangeSettings(turn: SettingsTurn): boolean {
  const { admin, context } = turn;
  const raw: unknown = context.activity.from?.aadObjectId;
  const userId = typeof raw === 'string' ? raw : '';
  const tenantId = normalizeTenantId(tenantOf(context.activity));
  return admin !== undefined && tenantId !== undefined && isTenantAdmin(admin.adminAadObjectIds, tenantId, userId);
}

type SettingsForm = Parameters<typeof buildSettingsCard>[0];

/** The settings card after `lead`; Save carries `revision` so a change made meanwhile is not overwritten. */
function formCard(lang: Lang, lead: string, form: SettingsForm) {
  return cardMessage(buildSettingsCard(form, lang), lead);
}

/** Shows the form on the card whose Save was clicked (updated in place where the surface allows), else posts it. */
async function showForm(turn: SettingsTurn, lead: string, form: SettingsForm): Promise<void> {
  const { context } = turn;
  const target = context.activity.replyToId;
  if (typeof target === 'string' && target !== '' && supportsMessageUpdates(context.activity)) {
    try {
      await context.updateActivity({ ...formCard(turn.lang, lead, form), id: target });
      return;
    } catch (err) {
      turn.logger.warn({ ...turnIds(context), err }, 'could not update the settings card; posting it instead');
    }
  }
  await context.sendActivity(formCard(turn.lang, lead, form));
}

/** The form for a stored record (revision 0 when there is none yet, so a first save made meanwhile is noticed too). */
function recordForm(record: SettingsRecord | undefined): { current?: OrgSettingsData; revision: number } {
  return { ...(record === undefined ? {} : { current: record.settings }), revision: record?.revision ?? 0 };
}

/** "settings" / "instellingen" or the Settings button: the settings card with the tenant's current values (administrators only). */
export async function showSettingsForm(turn: SettingsTurn): Promise<void> {
  const who = await authorize(turn, 'view');
  if (who === undefined) return;
  const { context, lang, logger } = turn;
  const t = settingsText(lang);
  let record: SettingsRecord | undefined;
  try {
    record = await who.admin.store.readRecord(who.tenantId);
  } catch (err) {
    logger.error({ ...turnIds(context), err }, 'could not read organization settings for the settings card');
    await context.sendActivity(noticeMessage({ title: t.readFailed.title, text: t.readFailed.text }, lang));
    return;
  }
  await context.sendActivity(formCard(lang, t.form.lead, recordForm(record)));
}

/** Runs one change, logging it (who, when, which fields from what to what); a failing store is answered, not thrown. */
async function change(turn: SettingsTurn, who: Authorized, source: SettingsSource, request: Pick<SettingsChangeRequest, 'next' | 'expectedRevision'>): Promise<SettingsChangeOutcome | undefined> {
  const { context, lang, logger } = turn;
  const at = (who.admin.now ?? (() => new Date()))();
  try {
    const { id, conversation } = context.activity;
    // The same activity run again (after a conversation-state conflict) must get the same answer, not "unchanged".
    const requestId = typeof id === 'string' && id !== '' ? `${conversation?.id ?? ''}|${who.userId}|${id}` : undefined;
    const outcome = await who.admin.store.change({
      tenantId: who.tenantId,
      by: who.userId,
      at,
      source,
      ...request,
      ...(requestId === undefined ? {} : { requestId }),
    });
    if (outcome.kind === 'saved') {
      logger.info(
        {
          ...turnIds(context),
          tenantId: who.tenantId,
          changedBy: who.userId,
          at: at.toISOString(),
          source,
          revision: outcome.record.revision,
          changes: outcome.changes.map((c) => ({ field: c.field, from: c.before ?? null, to: c.after ?? null })),
        },
        'organization settings changed',
      );
    }
    return outcome;
  } catch (err) {
    logger.error({ ...turnIds(context), err, source }, 'could not save organization settings');
    const t = settingsText(lang);
    await context.sendActivity(noticeMessage({ title: t.failed.title, text: t.failed.text }, lang));
    return undefined;
  }
}

function changeLines(outcome: Extract<SettingsChangeOutcome, { kind: 'saved' }>, lang: Lang): string[] {
  return outcome.changes.map((c) => `\u2022 ${settingsChangeText(c, lang)}`);
}

/**
 * "Use this for our organization": publishes the methods of the advice kept in conversation state for the button's
 * flow. Method ids in the button are never used; when they differ from the stored result that is logged.
 */
export async function publishFromResult(
  turn: SettingsTurn,
  action: { readonly flow?: string; readonly settings?: unknown },
  last: StoredResult | undefined,
): Promise<SettingsChangeOutcome['kind'] | undefined> {
  const who = await authorize(turn, 'publish');
  if (who === undefined) return undefined;
  const { context, lang, logger } = turn;
  const t = settingsText(lang);
  const answers = last !== undefined && action.flow !== undefined && action.flow === last.flow ? storedAnswers(last.answers) : undefined;
  if (answers === undefined) {
    await context.sendActivity(noticeMessage({ title: t.stalePublish.title, text: t.stalePublish.text, actions: ['start'] }, lang));
    return undefined;
  }
  const rec = recommend(answers);
  const methods = rec.recommended === null ? undefined : checkPublishedMethods(publishedMethods(rec, answers));
  if (methods === undefined) {
    await context.sendActivity(noticeMessage({ title: t.nothingToPublish.title, text: t.nothingToPublish.text, actions: ['restart'] }, lang));
    return undefined;
  }
  if (action.settings !== undefined && JSON.stringify(action.settings) !== JSON.stringify(publishedMethods(rec, answers))) {
    logger.warn({ ...turnIds(context) }, 'publish button carried methods that differ from the stored advice; published the stored advice');
  }
  // Without an expected revision the only conflict is a save at the very same moment: try once more.
  let outcome = await change(turn, who, 'publish', { next: (current) => applyPublishedMethods(current, methods) });
  if (outcome?.kind === 'conflict') outcome = await change(turn, who, 'publish', { next: (current) => applyPublishedMethods(current, methods) });
  if (outcome === undefined) return undefined;
  await tellPublished(turn, outcome);
  return outcome.kind;
}

async function tellPublished(turn: SettingsTurn, outcome: SettingsChangeOutcome): Promise<void> {
  const { context, lang } = turn;
  const t = settingsText(lang);
  switch (outcome.kind) {
    case 'saved': {
      const s = outcome.record.settings;
      const missing = s.enrollmentServer === undefined || (s.supportText === undefined && s.supportUrl === undefined);
      await context.sendActivity(
        noticeMessage(
          { title: t.published.title, text: [t.published.intro, ...changeLines(outcome, lang), ...(missing ? [t.published.addValues] : [])], actions: ['settings'] },
          lang,
        ),
      );
      return;
    }
    case 'unchanged':
      await context.sendActivity(noticeMessage({ title: t.unchanged.title, text: t.unchanged.text, actions: ['settings'] }, lang));
      return;
    case 'conflict':
      await context.sendActivity(noticeMessage({ title: t.failed.title, text: t.failed.text }, lang));
      return;
  }
}

/** The revision a settings form was opened at, if its Save button carried a usable one. */
function formRevision(inputs: Readonly<Record<string, unknown>>): number | undefined {
  const raw = Object.prototype.hasOwnProperty.call(inputs, 'revision') ? inputs.revision : undefined;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/**
 * Save on the settings card: validates every field (problems come back on the card, naming each field), refuses to
 * overwrite a change made after the form was opened, saves, and confirms exactly what changed.
 */
export async function saveSettingsForm(turn: SettingsTurn, inputs: Readonly<Record<string, unknown>>): Promise<void> {
  const who = await authorize(turn, 'save');
  if (who === undefined) return;
  const { context, lang, logger } = turn;
  const t = settingsText(lang);
  const revision = formRevision(inputs);
  const parsed = parseSettingsForm(inputs);
  if (!parsed.ok) {
    logger.info({ ...turnIds(context), problems: parsed.problems.map((p) => `${p.field}:${p.code}`) }, 'organization settings form refused');
    const problems = parsed.problems.map((p) => settingsProblemText(p, lang));
    await showForm(turn, t.form.problemsLead, { current: parsed.entered, problems, ...(revision === undefined ? {} : { revision }) });
    return;
  }
  const outcome = await change(turn, who, 'form', { next: () => parsed.settings, ...(revision === undefined ? {} : { expectedRevision: revision }) });
  if (outcome === undefined) return;
  // The same values saved again from an older form are not someone else's change: nothing changed.
  const sameAsStored = outcome.kind === 'conflict' && JSON.stringify(outcome.record?.settings ?? {}) === JSON.stringify(parsed.settings);
  switch (outcome.kind) {
    case 'saved':
      await showForm(turn, '', {
        current: outcome.record.settings,
        revision: outcome.record.revision,
        status: { title: t.saved.title, lines: [t.saved.intro, ...changeLines(outcome, lang), t.saved.outro] },
      });
      return;
    case 'unchanged':
      await showForm(turn, '', { ...recordForm(outcome.record), status: { title: t.unchanged.title, lines: [t.unchanged.text] } });
      return;
    case 'conflict':
      if (sameAsStored) {
        await showForm(turn, '', { ...recordForm(outcome.record), status: { title: t.unchanged.title, lines: [t.unchanged.text] } });
        return;
      }
      await context.sendActivities([
        noticeMessage({ title: t.conflict.title, text: t.conflict.text }, lang),
        formCard(lang, t.form.lead, recordForm(outcome.record)),
      ]);
      return;
  }
}
