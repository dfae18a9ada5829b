import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildTabBundle, buildTabScript } from './support';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
let bundle: { dir: string; remove: () => void };

beforeAll(async () => {
  bundle = await buildTabBundle();
});
afterAll(() => bundle.remove());

function inputsOf(dir: string): string[] {
  return JSON.parse(readFileSync(path.join(dir, 'inputs.json'), 'utf8')) as string[];
}

describe('scripts/build-tab.js', () => {
  test('bundles the tab with the card builders, the templates, the engine and the tab texts', () => {
    expect(existsSync(path.join(bundle.dir, 'tab.js'))).toBe(true);
    expect(existsSync(path.join(bundle.dir, 'tab.css'))).toBe(true);
    expect(inputsOf(bundle.dir)).toEqual(
      expect.arrayContaining(['src/tab/main.ts', 'src/cards/render.ts', 'cards/recommendation.card.json', 'src/engine/recommend.ts', 'src/content/tab.ts', 'scripts/build-tab.js']),
    );
  });

  test('the bundle is one minified browser script (no module loader, no Node require)', () => {
    const js = readFileSync(path.join(bundle.dir, 'tab.js'), 'utf8');
    // Minified: long lines (only licence comments and multi-line template strings break them).
    expect(js.length / js.split('\n').length).toBeGreaterThan(2000);
    // A bare require of a Node built-in would throw in the browser (lodash's guarded `module.require` is fine).
    expect(/(^|[^.\w$])require\(["'](assert|util|os|fs)["']\)/.test(js)).toBe(false);
  });

  test('a fresh bundle is not stale', () => {
    expect(buildTabScript.isTabStale(bundle.dir)).toBe(false);
  });

  test.each([
    { name: 'an input changed after the build', change: (dir: string) => touchedInput(dir) },
    { name: 'an input was deleted', change: (dir: string) => writeInputs(dir, [...inputsOf(dir), 'src/tab/deleted-module.ts']) },
    { name: 'the style sheet is missing', change: (dir: string) => rmSync(path.join(dir, 'tab.css')) },
    { name: 'the list of inputs is unreadable', change: (dir: string) => writeFileSync(path.join(dir, 'inputs.json'), '{') },
  ])('the bundle is stale when $name', ({ change }) => {
    const copy = mkdtempSync(path.join(tmpdir(), 'advisor-tab-copy-'));
    try {
      cpSync(bundle.dir, copy, { recursive: true, preserveTimestamps: true });
      expect(buildTabScript.isTabStale(copy)).toBe(false);
      change(copy);
      expect(buildTabScript.isTabStale(copy)).toBe(true);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  test('--if-stale builds a missing bundle once, then leaves it alone', () => {
    const dir = path.join(bundle.dir, 'cli');
    const run = (): string => execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-tab.js'), '--if-stale', dir], { encoding: 'utf8' });
    expect(run()).toMatch(/^Built the tab into .+ in \d+ ms\./);
    expect(run()).toBe('');
    expect(existsSync(path.join(dir, 'tab.js'))).toBe(true);
  });
});

function writeInputs(dir: string, inputs: string[]): void {
  writeFileSync(path.join(dir, 'inputs.json'), JSON.stringify(inputs));
}

/** Adds an input file of our own, dated after the build (the real sources are shared with other work). */
function touchedInput(dir: string): void {
  const file = path.join(dir, 'changed-input.ts');
  writeFileSync(file, 'export {};\n');
  const later = new Date(Date.now() + 60_000);
  utimesSync(file, later, later);
  writeInputs(dir, [...inputsOf(dir), path.relative(REPO_ROOT, file)]);
}
