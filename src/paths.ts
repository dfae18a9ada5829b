import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Finds the repository root by walking up from `start` to the first folder holding both package.json and cards/,
 * so the same code works from src/ (ts-jest) and from dist/src/ (npm start). Throws if there is none.
 */
export function findRepoRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'cards'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No repository root (package.json + cards/) above ${start}`);
    dir = parent;
  }
}

/** Absolute path of the repository root (where package.json, cards/ and manifest/ live). */
export const REPO_ROOT: string = findRepoRoot(__dirname);

/** Absolute path of the Adaptive Card templates folder. */
export const CARDS_DIR: string = path.join(REPO_ROOT, 'cards');
