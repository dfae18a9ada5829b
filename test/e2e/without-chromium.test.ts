import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '..', '..');
const E2E_SUITE = 'test/e2e/playground.test.ts';

interface JestRun {
  readonly numTotalTests: number;
  readonly numPassedTests: number;
  readonly numFailedTests: number;
  readonly numPendingTests: number;
  readonly stderr: string;
}

/** Runs the end-to-end suite in a child jest on a machine without Chromium (CHROMIUM_PATH points nowhere). */
function runE2eWithoutChromium(ci: 'true' | ''): JestRun {
  const result = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--json', '--runTestsByPath', E2E_SUITE],
    {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', CHROMIUM_PATH: '/nonexistent/chromium', CI: ci },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  const report = JSON.parse(result.stdout) as Omit<JestRun, 'stderr'>;
  return { ...report, stderr: result.stderr };
}

type Row = { readonly name: string; readonly ci: 'true' | ''; readonly outcome: 'all skipped' | 'one failure'; readonly says: RegExp };

const ROWS: readonly Row[] = [
  {
    name: 'on a developer machine the suite is skipped, and the run says why',
    ci: '',
    outcome: 'all skipped',
    says: /Skipping "the bot in the Microsoft 365 Agents Playground \(headless Chromium\)": no executable Chromium at \/nonexistent\/chromium/,
  },
  {
    name: 'with CI=true a missing Chromium is a failure, not a silent skip',
    ci: 'true',
    outcome: 'one failure',
    says: /Chromium is installed \(required when CI=true\)/,
  },
];

describe('the end-to-end suite without Chromium', () => {
  test.each(ROWS)('$name', ({ ci, outcome, says }) => {
    const run = runE2eWithoutChromium(ci);
    const counts = { passed: run.numPassedTests, failed: run.numFailedTests, skipped: run.numPendingTests };
    if (outcome === 'all skipped') expect(counts).toEqual({ passed: 0, failed: 0, skipped: run.numTotalTests });
    else expect(counts).toEqual({ passed: 0, failed: 1, skipped: 0 });
    expect(run.numTotalTests).toBeGreaterThan(0);
    expect(run.stderr).toMatch(says);
  }, 90_000);
});
