import type { Answers } from '../../src/engine';
import { post, startApp, type RunningApp } from './http-harness';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.close();
});

interface Coded {
  readonly id?: string;
  readonly code?: string;
  readonly text: string;
}
interface DecisionBody {
  readonly recommended: string | null;
  readonly autopilotJoin?: { id: string; text: string };
  readonly coManagementPath?: { id: string; text: string };
  readonly registerPersonal?: { id: string; text: string };
  readonly scopes?: { mdm: string; mam: string; mamLabel: string };
  readonly decision: { method: string; reasons: string[]; blocking: string[]; changes: Coded[]; guideCopyNotes: Coded[] };
  readonly tasks: { id: string; title: string; text: string }[];
  readonly instructionSets: string[];
  readonly sinceGuideChanges: Coded[];
  readonly guideCopyNotes: Coded[];
  readonly warnings: { code: string; text: string }[];
}

async function recommendVia(answers: Answers, lang: 'en' | 'nl'): Promise<DecisionBody> {
  const res = await post(app.base, '/api/recommend', { answers, lang });
  expect(res.status).toBe(200);
  return (await res.json()) as DecisionBody;
}

interface Row {
  readonly name: string;
  readonly answers: Answers;
  readonly lang: 'en' | 'nl';
  readonly check: (body: DecisionBody) => void;
}

const ids = (xs: readonly { id: string }[]): string[] => xs.map((x) => x.id);

const ROWS: readonly Row[] = [
  {
    name: 'no P1 (en): the decision names P1 as blocking; the P1 task comes before the method’s tasks',
    answers: { ownership: 'organization', azureAdPremium: 'no', identity: 'cloud', configMgr: 'none', purchase: 'other', remoteWorkers: 'no' },
    lang: 'en',
    check: (b) => {
      expect(b.decision.blocking.join(' ')).toContain('Get Microsoft Entra ID P1');
      expect(ids(b.tasks).indexOf('entra-p1-licences')).toBeLessThan(ids(b.tasks).indexOf('auto-scopes'));
      expect(b.sinceGuideChanges.map((c) => c.id)).toContain('p1-required');
    },
  },
  {
    name: 'registered personal devices (nl): WIP Geen, registration sentence, own task set, register instructions',
    answers: { ownership: 'personal', manage: 'account', windowsVersion: 'win11' },
    lang: 'nl',
    check: (b) => {
      expect(b.scopes).toMatchObject({ mdm: 'none', mam: 'none', mamLabel: 'Geen' });
      expect(b.registerPersonal?.text).toContain('geregistreerd, niet ingeschreven');
      expect(ids(b.tasks)).toEqual(expect.arrayContaining(['byod-keep-registered', 'byod-app-protection-edge', 'byod-conditional-access']));
      expect(b.instructionSets).toEqual(['automatic-personal-register']);
      expect(b.decision.reasons.join(' ')).toContain('geregistreerd');
      expect(b.guideCopyNotes.map((n) => n.code)).toContain('nl-registered-means-enrolled');
    },
  },
  {
    name: 'hybrid kiosks (en): Entra join named in the decision, no connector task, TPM warning',
    answers: { ownership: 'organization', identity: 'hybrid', deviceAge: 'existing', purchase: 'autopilot-partner', userAffinity: 'userless', azureAdPremium: 'yes' },
    lang: 'en',
    check: (b) => {
      expect(b.autopilotJoin?.id).toBe('entra');
      expect(b.decision.reasons.join(' ')).toContain('Microsoft Entra join');
      expect(ids(b.tasks)).not.toContain('ap-intune-connector');
      expect(b.warnings.map((w) => w.code)).toContain('tpm-attestation-required');
      expect(b.instructionSets).toEqual(['autopilot-self-deploying']);
    },
  },
  {
    name: 'existing hybrid clients with Configuration Manager (nl): path a only, in the decision and the tasks',
    answers: { ownership: 'organization', identity: 'hybrid', deviceAge: 'existing', configMgr: 'keep', azureAdPremium: 'yes' },
    lang: 'nl',
    check: (b) => {
      expect(b.coManagementPath?.id).toBe('existing-clients');
      expect(b.decision.reasons.join(' ')).toContain('Pad a');
      expect(ids(b.tasks)).toContain('cm-path-configmgr-clients');
      expect(ids(b.tasks)).not.toContain('cm-path-intune-devices');
      expect(b.guideCopyNotes.map((n) => n.code)).toContain('nl-comanagement-paths-missing');
    },
  },
  {
    name: 'phasing out Configuration Manager is an accepted value (en), and the change says so',
    answers: { ownership: 'organization', identity: 'hybrid', deviceAge: 'existing', configMgr: 'phasing-out', azureAdPremium: 'yes' },
    lang: 'en',
    check: (b) => {
      expect(b.recommended).toBe('coManagement');
      expect(ids(b.tasks)).toContain('cm-move-workloads');
      expect(b.sinceGuideChanges.map((c) => c.id)).toContain('configmgr-phasing-out');
    },
  },
  {
    name: 'conditional access is still accepted by the API (nl), though the flow no longer asks it',
    answers: { ownership: 'organization', conditionalAccess: 'yes', volume: 'bulk', windowsVersion: 'win10-1709-or-older' },
    lang: 'nl',
    check: (b) => {
      expect(b.sinceGuideChanges.map((c) => c.id)).toContain('bulk-ca-any-version');
      expect(b.decision.changes.every((c) => c.text.startsWith('Gewijzigd sinds uw exemplaar'))).toBe(true);
    },
  },
];

describe('POST /api/recommend: the decision, the tasks that apply, instruction set ids, changes and the Dutch copy’s defects', () => {
  test.each(ROWS)('$name', async ({ answers, lang, check }) => {
    check(await recommendVia(answers, lang));
  });

  test('the decision leads with 2–4 reasons, in both languages, and the API’s lists are the decision’s', async () => {
    for (const lang of ['en', 'nl'] as const) {
      const b = await recommendVia({ ownership: 'organization', purchase: 'autopilot-partner', azureAdPremium: 'yes', identity: 'cloud' }, lang);
      expect(b.decision.reasons.length).toBeGreaterThanOrEqual(2);
      expect(b.decision.reasons.length).toBeLessThanOrEqual(4);
      expect(b.sinceGuideChanges).toEqual(b.decision.changes);
      expect(b.guideCopyNotes).toEqual(b.decision.guideCopyNotes);
      expect(b.tasks.every((t) => t.title.length > 0 && t.text.length > 0)).toBe(true);
    }
  });

  test('contradicting answers: no tasks, no instruction sets, no changes', async () => {
    const b = await recommendVia({ ownership: 'personal', userAffinity: 'userless' }, 'en');
    expect(b.recommended).toBeNull();
    expect(b.tasks).toEqual([]);
    expect(b.instructionSets).toEqual([]);
    expect(b.sinceGuideChanges).toEqual([]);
  });
});
