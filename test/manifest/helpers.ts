import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';

export const REPO_ROOT = resolve(__dirname, '..', '..');

/** The committed files the packager reads; local *.user files are left out so results do not depend on a machine. */
const COMMITTED = ['manifest', 'env/.env.dev', 'env/.env.playground', 'package.json'];

/** A throw-away copy of the repository's manifest/, env files and package.json, removed by `cleanup()`. */
export interface TempRepo {
  readonly root: string;
  read(path: string): string;
  write(path: string, text: string | Uint8Array): void;
  /** Edits a file's text in place. */
  edit(path: string, change: (text: string) => string): void;
  cleanup(): void;
}

/** Copies the committed packaging inputs into a new temporary directory. */
export function makeTempRepo(): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'app-package-'));
  for (const path of COMMITTED) cpSync(join(REPO_ROOT, path), join(root, path), { recursive: true });
  return {
    root,
    read: (path) => readFileSync(join(root, path), 'utf8'),
    write: (path, text) => writeFileSync(join(root, path), text),
    edit(path, change) {
      this.write(path, change(this.read(path)));
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Reads every entry of a zip file into memory. */
export async function unzip(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const entries = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) entries.set(name, await zip.files[name].async('nodebuffer'));
  return entries;
}
