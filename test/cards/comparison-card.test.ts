import { buildComparisonCard, collectActions, VERBS, type AdaptiveCardJson } from '../../src/cards';
import { criterionLabel, markLabel, methodName, methodShortName, verdictLabel } from '../../src/content';
import { conversationText } from '../../src/content/conversation';
import type { Lang } from '../../src/content/types';
import { LANGS } from '../../src/content/types';
import { uiText } from '../../src/content/ui';
import { MATRIX, recommend, situation } from '../../src/engine';
import { CRITERION_IDS, METHOD_IDS, type CriterionId, type MethodId } from '../../src/engine/types';
import { CARD_SCENARIOS, cardScenario } from '../fixtures/card-scenarios';

interface Cell {
  readonly items: readonly { readonly text: string; readonly color?: string }[];
}
interface Row {
  readonly style?: string;
  readonly cells: readonly Cell[];
}
interface Table {
  readonly type: 'Table';
  readonly columns: readonly unknown[];
  readonly rows: readonly Row[];
  readonly fallback: { readonly items: readonly { readonly items: readonly { type: string; text?: string; facts?: { title: string; value: string }[] }[] }[] };
}

function tableOf(card: AdaptiveCardJson): Table {
  const table = card.body.find((e) => (e as { type?: string }).type === 'Table');
  if (!table) throw new Error('no Table in the comparison card');
  return table as Table;
}

const cellText = (row: Row | undefined, i: number): string => row?.cells[i]?.items[0]?.text ?? '';

/** The row of `criterion`, found by its label (a ▶ in front marks the admin's situation). */
function rowOf(table: Table, criterion: CriterionId, lang: Lang = 'en'): Row | undefined {
  return table.rows.slice(1).find((r) => cellText(r, 0).replace(/^\u25b6 /, '') === criterionLabel(criterion, lang));
}

/** True when the guide marks the criterion differently for at least two methods (computed by hand from MATRIX). */
const DIFFERS = (c: CriterionId): boolean => METHOD_IDS.some((m) => MATRIX[m][c].mark !== MATRIX.automatic[c].mark);

/** The verdict facts below the table: method name → verdict text. */
function verdicts(card: AdaptiveCardJson): { title: string; value: string }[] {
  const found: { title: string; value: string }[] = [];
  JSON.stringify(card, (key, value: unknown) => {
    if (key === 'facts' && Array.isArray(value)) found.push(...(value as { title: string; value: string }[]));
    return value;
  });
  return found;
}

/** A few cells read off the guide's tables by hand (not from MATRIX), to catch a table drawn from the wrong data. */
const KNOWN_CELLS: readonly { method: MethodId; criterion: CriterionId; symbol: string }[] = [
  { method: 'autopilot', criterion: 'personal', symbol: '✘' },
  { method: 'groupPolicy', criterion: 'personal', symbol: '✘' },
  { method: 'automatic', criterion: 'personal', symbol: '✔' },
  { method: 'groupPolicy', criterion: 'dem', symbol: '✘' },
  { method: 'automatic', criterion: 'dem', symbol: '✔' },
  { method: 'coManagement', criterion: 'configMgr', symbol: '✔' },
  { method: 'automatic', criterion: 'configMgr', symbol: '—' },
  { method: 'autopilot', criterion: 'autopilotPartner', symbol: '✔' },
  { method: 'automatic', criterion: 'otherMdm', symbol: '✘' },
  { method: 'automatic', criterion: 'caBulk', symbol: '✔' },
];

describe('comparison card', () => {
  test.each(LANGS)('[%s] a Table: header with short method codes (explained in a legend), only the rows where the methods differ', (lang) => {
    const card = buildComparisonCard({ compact: true }, lang);
    const table = tableOf(card);
    expect(table.columns).toHaveLength(5);
    const codes = METHOD_IDS.map((m) => conversationText(lang).comparison.abbreviations[m]);
    expect([1, 2, 3, 4].map((i) => cellText(table.rows[0], i))).toEqual(codes);
    for (const code of codes) expect(code.length).toBeLessThanOrEqual(2);
    for (const m of METHOD_IDS) expect(JSON.stringify(card)).toContain(`${conversationText(lang).comparison.abbreviations[m]} = `);
    expect(cellText(table.rows[0], 0)).toBe(uiText(lang).comparison.situation);
    expect(table.rows.slice(1).map((r) => cellText(r, 0))).toEqual(CRITERION_IDS.filter(DIFFERS).map((c) => criterionLabel(c, lang)));
    expect(table.rows.length).toBeLessThan(1 + CRITERION_IDS.length);
  });

  test.each(LANGS)('[%s] the tab\u2019s full layout: every situation as a row, the methods\u2019 short names as headings, no legend', (lang) => {
    const card = buildComparisonCard({}, lang);
    const table = tableOf(card);
    expect(table.rows.slice(1).map((r) => cellText(r, 0))).toEqual(CRITERION_IDS.map((c) => criterionLabel(c, lang)));
    expect([1, 2, 3, 4].map((i) => cellText(table.rows[0], i))).toEqual(METHOD_IDS.map((m) => methodShortName(m, lang)));
    expect(JSON.stringify(card)).not.toContain(conversationText(lang).comparison.legend);
  });

  test('every cell shows the matrix mark ✔ / ✘ / —', () => {
    const table = tableOf(buildComparisonCard({ compact: true }, 'en'));
    CRITERION_IDS.filter(DIFFERS).forEach((c) =>
      METHOD_IDS.forEach((m, i) => expect(cellText(rowOf(table, c), i + 1)).toBe({ yes: '✔', no: '✘', silent: '—' }[MATRIX[m][c].mark])),
    );
  });

  test.each(KNOWN_CELLS)('$method × $criterion reads $symbol (as in the guide)', ({ method, criterion, symbol }) => {
    const table = tableOf(buildComparisonCard({ answers: { ownership: 'mixed' }, compact: true }, 'en'));
    const row = rowOf(table, criterion);
    if (row === undefined) expect(DIFFERS(criterion)).toBe(false);
    else expect(cellText(row, 1 + METHOD_IDS.indexOf(method))).toBe(symbol);
  });

  test.each(LANGS)('[%s] without answers nothing is highlighted, there is no verdict row, and it offers to start', (lang) => {
    const card = buildComparisonCard({}, lang);
    const table = tableOf(card);
    expect(table.rows.filter((r) => r.style === 'accent')).toEqual([]);
    expect(JSON.stringify(card)).toContain(uiText(lang).comparison.noAnswersNote);
    expect(collectActions(card).map((a) => a.data)).toEqual([{ verb: VERBS.start }]);
  });

  test.each(CARD_SCENARIOS.filter((s) => Object.keys(s.answers()).length > 0))(
    '$name: the admin\u2019s situation rows are all there and highlighted, and each method\u2019s verdict is text with an icon',
    ({ answers }) => {
      const a = answers();
      const rec = recommend(a);
      const card = buildComparisonCard({ answers: a, rec, flow: 'f', compact: true }, 'en');
      const table = tableOf(card);
      const where = situation(a);
      const mine = CRITERION_IDS.filter((c) => where[c] === 'applies');
      expect(mine.length).toBeGreaterThan(0);
      for (const c of mine) {
        expect(rowOf(table, c)?.style).toBe('accent');
        expect(cellText(rowOf(table, c), 0)).toMatch(/^▶ /);
      }
      for (const c of CRITERION_IDS.filter((c) => !mine.includes(c))) expect(rowOf(table, c)?.style ?? 'default').toBe('default');
      expect(table.rows).toHaveLength(1 + CRITERION_IDS.filter((c) => DIFFERS(c) || mine.includes(c)).length);
      const facts = verdicts(card);
      expect(facts.map((f) => f.title)).toEqual(METHOD_IDS.map((m) => methodName(m, 'en')));
      METHOD_IDS.forEach((m, i) => {
        const verdict = rec.methods.find((r) => r.id === m)?.verdict ?? 'suitable';
        expect(facts[i]?.value).toContain(conversationText('en').comparison.verdicts[verdict]);
        expect(facts[i]?.value).toMatch(/[\u2714\u2718!]/);
        expect(facts[i]?.value.startsWith('★')).toBe(rec.recommended === m);
      });
      expect(JSON.stringify(card)).not.toContain('"Warning"');
    },
  );

  test('personal devices: the "personal" row is highlighted, the "organization" row is not', () => {
    const answers = cardScenario('personal-automatic-scopes').answers();
    const table = tableOf(buildComparisonCard({ answers, rec: recommend(answers) }, 'en'));
    expect(rowOf(table, 'personal')?.style).toBe('accent');
    expect(rowOf(table, 'organization')?.style ?? 'default').toBe('default');
  });

  test.each(LANGS)('[%s] clients without Table support get a fallback: per method its verdict and every situation under its mark', (lang) => {
    const answers = cardScenario('co-management').answers();
    const rec = recommend(answers);
    const fallback = tableOf(buildComparisonCard({ answers, rec }, lang)).fallback;
    expect(fallback.items).toHaveLength(4);
    fallback.items.forEach((method, i) => {
      const id = METHOD_IDS[i] as MethodId;
      const texts = method.items.map((x) => x.text ?? '');
      expect(texts[0]).toBe(methodName(id, lang));
      expect(texts[1]).toContain(verdictLabel(rec.methods[i]?.verdict ?? 'suitable', lang));
      for (const c of CRITERION_IDS) {
        const line = texts.find((t) => t.startsWith(markLabel(MATRIX[id][c].mark, lang)));
        expect(line).toContain(criterionLabel(c, lang));
      }
    });
    expect(JSON.stringify(fallback)).toContain(`\u25b6 ${criterionLabel('configMgr', lang)}`);
  });
});
