import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface BuildTabModule {
  buildTab(outDir: string): Promise<{ outDir: string; files: string[]; inputs: number }>;
  isTabStale(outDir: string): boolean;
}

/** scripts/build-tab.js, the same bundler npm start and npm run build use. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const buildTabScript = require('../../scripts/build-tab.js') as BuildTabModule;

/** A fresh bundle of the tab in its own temporary folder (test files run in parallel and must not share one). */
export async function buildTabBundle(): Promise<{ readonly dir: string; readonly remove: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'advisor-tab-'));
  await buildTabScript.buildTab(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
