import { QUESTION_VALUES, recommend, type Answers } from '../../src/engine';
import { localizeInstructions, localizeRecommendation, methodName, methodSummary } from '../../src/content';
import { textInventory } from './text-inventory';

/**
 * The customer's Dutch copy has known defects (reference: "Known defects of the Dutch copy"):
 * Autopilot introduced as "for personal devices", and co-management saying "geregistreerd/registratie"
 * where it means enrolled. Our Dutch texts must carry the corrected meaning.
 */
const NL = textInventory('nl');

/** Splits a text into clauses so a negation elsewhere in a long text cannot excuse a wrong clause. */
const clauses = (text: string): string[] => text.split(/[.;]/).map((c) => c.trim()).filter((c) => c !== '');

/** "Not for" sense: a negation, or pointing personal devices to another method. */
const NOT_FOR = /\b(niet|geen|alleen|sluit)\b|Automatische inschrijving|Gebruikersinschrijving/i;

/**
 * In an Autopilot text (by key) or an Autopilot clause anywhere, every mention of personal devices must be
 * in a "not for" sense.
 */
function autopilotPersonalViolations(texts: readonly { key: string; text: string }[]): string[] {
  return texts.flatMap(({ key, text }) =>
    clauses(text)
      .filter((c) => (/autopilot|\.ap-/i.test(key) || /autopilot/i.test(c)) && /persoonlijk/i.test(c) && !NOT_FOR.test(c))
      .map((c) => `${key}: ${c}`),
  );
}

/** Keys whose text is about co-management; "geregistreerd/registratie" there is the Dutch copy's mistranslation. */
const COMANAGEMENT_KEY =
  /coManagement|comanagement|cm-|co-management|configmgr|enrolledInIntune|alreadyInIntune|configMgr|unenroll-no-classic-agents/;

describe('Dutch copy defects are fixed', () => {
  it('never introduces Autopilot as a method for personal devices', () => {
    expect(autopilotPersonalViolations(NL)).toEqual([]);
    expect(NL.filter((e) => /gebruik dit op apparaten in persoonlijk eigendom/i.test(e.text))).toEqual([]);
  });

  it('says Autopilot is for organization-owned devices', () => {
    expect(methodSummary('autopilot', 'nl')).toMatch(/bedrijfseigendom/);
    const note = NL.find((e) => e.key === 'note.autopilot-organization-only');
    expect(note?.text).toMatch(/alleen voor apparaten in bedrijfseigendom/);
  });

  it('the check itself catches the defective sentence', () => {
    const guide = 'Gebruik dit op apparaten in persoonlijk eigendom waarop Windows 10 en hoger wordt uitgevoerd.';
    expect(autopilotPersonalViolations([{ key: 'method.autopilot.summary', text: guide }])).toHaveLength(1);
    expect(autopilotPersonalViolations([{ key: 'x', text: `Windows Autopilot: ${guide}` }])).toHaveLength(1);
  });

  it('co-management texts say ingeschreven/inschrijving, never geregistreerd/registratie', () => {
    const coTexts = NL.filter((e) => COMANAGEMENT_KEY.test(e.key));
    expect(coTexts.length).toBeGreaterThanOrEqual(15);
    expect(coTexts.filter((e) => /registr/i.test(e.text)).map((e) => `${e.key}: ${e.text}`)).toEqual([]);
    expect(methodName('coManagement', 'nl')).toBe('Inschrijving via co-beheer');
    expect(NL.find((e) => e.key === 'criterion.enrolledInIntune.label')?.text).toMatch(/ingeschreven bij Intune/);
    expect(localizeInstructions('co-management-existing', 'nl').intro).toMatch(/ingeschreven/);
  });

  it('restores the Autopilot admin tasks the Dutch copy lost', () => {
    const ap = NL.filter((e) => e.key.startsWith('task.ap-'));
    const all = ap.map((e) => e.text).join('\n');
    expect(all).toMatch(/Automatische inschrijving/);
    expect(all).toMatch(/Registreer de apparaten bij Autopilot/);
    expect(all).toMatch(/OEM- of CSP-partner/);
    expect(all).toMatch(/geen lokale beheerder/);
    expect(all).toMatch(/EULA overslaan/);
    expect(all).toMatch(/beveiligingsgroepen/);
    expect(all).toMatch(/Intune Connector voor Active Directory/);
  });

  it('restores the two co-management paths the Dutch copy lost', () => {
    const a = NL.find((e) => e.key === 'task.cm-path-configmgr-clients.detail')?.text ?? '';
    const b = NL.find((e) => e.key === 'task.cm-path-intune-devices.detail')?.text ?? '';
    expect(a).toMatch(/automatische inschrijving bij Intune/);
    expect(a).toMatch(/hybride Microsoft Entra-gekoppeld/);
    expect(b).toMatch(/aan Microsoft Entra gekoppeld/);
    expect(b).toMatch(/cloudbeheergateway/);
    expect(NL.find((e) => e.key === 'task.cm-path-configmgr-clients.title')?.text).toMatch(/bestaande Configuration Manager-clients/);
  });

  it('uses the guide’s own Dutch terms', () => {
    const all = NL.map((e) => e.text).join('\n');
    for (const term of [
      'Automatische inschrijving',
      'Groepsbeleid',
      'Inschrijving via co-beheer',
      'Bedrijfsportal',
      'Toegang tot werk of school',
      'Verbinding maken',
      'Sommige of Alle',
      'Geen',
      'MDM-gebruikersbereik',
      'MAM-gebruikersbereik',
    ]) {
      expect({ term, found: all.includes(term) }).toEqual({ term, found: true });
    }
  });
});

/** Every answer set varying ownership, Premium, Configuration Manager, identity and Windows version: the rows that word Autopilot and co-management. */
function engineResultsInDutch(): { key: string; text: string }[] {
  const varied = ['ownership', 'azureAdPremium', 'configMgr', 'identity', 'windowsVersion', 'alreadyInIntune'] as const;
  let sets: Answers[] = [{}];
  for (const q of varied) {
    const values: readonly string[] = [...QUESTION_VALUES[q], 'unknown'];
    sets = sets.flatMap((a) => values.map((v) => ({ ...a, [q]: v }) as Answers));
  }
  return sets.flatMap((answers) => {
    const loc = localizeRecommendation(recommend(answers), 'nl');
    const parts = loc.segments === undefined ? [loc] : [loc, loc.segments.organization, loc.segments.personal];
    return parts.flatMap((part) =>
      part.methods.flatMap((m) => [
        ...m.reasons.map((r) => ({ key: `${m.id}.reason.${r.criterion}`, text: r.text })),
        ...m.prerequisites.map((p) => ({ key: `${m.id}.prerequisite.${p.code}`, text: p.text })),
      ]),
    );
  });
}

describe('Dutch engine results carry the corrected meaning', () => {
  const texts = engineResultsInDutch();

  it('Autopilot reasons never present Autopilot as a method for personal devices', () => {
    const autopilot = texts.filter((t) => t.key.startsWith('autopilot.'));
    expect(autopilot.some((t) => /persoonlijk/.test(t.text))).toBe(true);
    expect([...new Set(autopilotPersonalViolations(autopilot))]).toEqual([]);
  });

  it('co-management reasons and prerequisites never say geregistreerd/registratie', () => {
    const co = texts.filter((t) => t.key.startsWith('coManagement.'));
    expect(co.length).toBeGreaterThan(1000);
    expect([...new Set(co.filter((t) => /registr/i.test(t.text)).map((t) => t.text))]).toEqual([]);
  });
});
