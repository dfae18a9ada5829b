import { buildComparisonCard, collectActions, VERBS, type AdaptiveCardJson } from '../../src/cards';
import { criterionLabel, markLabel, methodName, methodShortName, verdictLabel } from '../../src/content';
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
  test.each(LANGS)('[%s] a Table: header + the 15 criteria as rows, a column per method, in the user\u2019s language', (lang) => {
    const table = tableOf(buildComparisonCard({}, lang));
    expect(table.columns).toHaveLength(5);
    expect(table.rows).toHaveLength(1 + CRITERION_IDS.length);
    expect([1, 2, 3, 4].map((i) => cellText(table.rows[0], i))).toEqual(METHOD_IDS.map((m) => methodShortName(m, lang)));
    expect(cellText(table.rows[0], 0)).toBe(uiText(lang).comparison.situation);
    expect(table.rows.slice(1).map((r) => cellText(r, 0))).toEqual(CRITERION_IDS.map((c) => criterionLabel(c, lang)));
  });

  test('every cell shows the matrix mark ✔ / ✘ / —', () => {
    const table = tableOf(buildComparisonCard({}, 'en'));
    CRITERION_IDS.forEach((c, r) =>
      METHOD_IDS.forEach((m, i) => expect(cellText(table.rows[r + 1], i + 1)).toBe({ yes: '✔', no: '✘', silent: '—' }[MATRIX[m][c].mark])),
    );
  });

  test.each(KNOWN_CELLS)('$method × $criterion reads $symbol (as in the guide)', ({ method, criterion, symbol }) => {
    const table = tableOf(buildComparisonCard({}, 'en'));
    const row = table.rows[1 + CRITERION_IDS.indexOf(criterion)];
    expect(cellText(row, 1 + METHOD_IDS.indexOf(method))).toBe(symbol);
  });

  test.each(LANGS)('[%s] without answers nothing is highlighted, there is no verdict row, and it offers to start', (lang) => {
    const card = buildComparisonCard({}, lang);
    const table = tableOf(card);
    expect(table.rows.filter((r) => r.style === 'accent')).toEqual([]);
    expect(JSON.stringify(card)).toContain(uiText(lang).comparison.noAnswersNote);
    expect(collectActions(card).map((a) => a.data)).toEqual([{ verb: VERBS.start }]);
  });

  test.each(CARD_SCENARIOS.filter((s) => Object.keys(s.answers()).length > 0))(
    '$name: exactly the rows of the admin\u2019s situation are highlighted, and the verdict row shows each method',
    ({ answers }) => {
      const a = answers();
      const rec = recommend(a);
      const table = tableOf(buildComparisonCard({ answers: a, rec, flow: 'f' }, 'en'));
      const where = situation(a);
      const highlighted = CRITERION_IDS.filter((_, i) => table.rows[i + 1]?.style === 'accent');
      expect(highlighted).toEqual(CRITERION_IDS.filter((c) => where[c] === 'applies'));
      expect(highlighted.length).toBeGreaterThan(0);
      for (const c of highlighted) expect(cellText(table.rows[1 + CRITERION_IDS.indexOf(c)], 0)).toMatch(/^▶ /);
      const verdictRow = table.rows[table.rows.length - 1];
      expect(table.rows).toHaveLength(2 + CRITERION_IDS.length);
      METHOD_IDS.forEach((m, i) => {
        const result = rec.methods.find((r) => r.id === m);
        expect(cellText(verdictRow, i + 1)).toContain(verdictLabel(result?.verdict ?? 'suitable', 'en'));
        expect(cellText(verdictRow, i + 1).startsWith('★')).toBe(rec.recommended === m);
      });
    },
  );

  test('personal devices: the "personal" row is highlighted, the "organization" row is not', () => {
    const answers = cardScenario('personal-automatic-scopes').answers();
    const table = tableOf(buildComparisonCard({ answers, rec: recommend(answers) }, 'en'));
    expect(table.rows[1 + CRITERION_IDS.indexOf('personal')]?.style).toBe('accent');
    expect(table.rows[1 + CRITERION_IDS.indexOf('organization')]?.style).toBe('default');
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
