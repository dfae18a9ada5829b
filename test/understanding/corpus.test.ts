import { understand } from '../../src/understanding';
import { CORPUS } from '../fixtures/understanding-corpus';

/** Facts as key=value strings, sorted, so a failing row shows exactly what differs. */
function factList(facts: { readonly [k: string]: string | undefined }): string[] {
  return Object.entries(facts)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .sort();
}

describe('the understanding corpus: what each sentence states, and nothing else', () => {
  test.each(CORPUS.map((row) => ({ ...row, name: `${row.lang}: ${row.text}` })))('$name', (row) => {
    const u = understand(row.text);
    expect(factList(Object.fromEntries(u.facts.map((f) => [f.key, f.value])))).toEqual(factList(row.facts));
    expect(u.unclear.map((c) => c.key).sort()).toEqual([...(row.unclear ?? [])].sort());
    expect(u.intent).toBe(row.intent);
    expect(u.question).toBe(row.question);
  });

  test('the corpus has at least 150 sentences, at least 60 of them Dutch, with negations, licences and typos', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(CORPUS.filter((r) => r.lang === 'nl').length).toBeGreaterThanOrEqual(60);
    expect(CORPUS.filter((r) => r.negated === true).length).toBeGreaterThanOrEqual(20);
    expect(CORPUS.filter((r) => /e3|e5|premium|p1|business|a3|a5|f3/i.test(r.text)).length).toBeGreaterThanOrEqual(15);
  });
});
