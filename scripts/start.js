#!/usr/bin/env node
// `npm start`: compiles the server (tsc -p tsconfig.build.json) when dist is missing or older than any source,
// card template or build setting, bundles the personal tab when its inputs changed (scripts/build-tab.js), then runs
// dist/src/index.js in this same process so signals reach it directly.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const REPO_ROOT = path.resolve(__dirname, '..');
const ENTRY = path.join(REPO_ROOT, 'dist', 'src', 'index.js');
const WATCHED = [
  { dir: 'src', ext: ['.ts'] },
  { dir: 'cards', ext: ['.json'] },
];
const WATCHED_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package.json'];

/** Newest modification time (ms) of the watched files under `dir`, recursively; 0 when there are none. */
function newestIn(dir, extensions) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestIn(full, extensions));
    else if (extensions.some((ext) => entry.name.endsWith(ext))) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  if (!fs.existsSync(ENTRY)) return true;
  const built = fs.statSync(ENTRY).mtimeMs;
  const sources = Math.max(
    ...WATCHED.map(({ dir, ext }) => newestIn(path.join(REPO_ROOT, dir), ext)),
    ...WATCHED_FILES.map((f) => {
      const full = path.join(REPO_ROOT, f);
      return fs.existsSync(full) ? fs.statSync(full).mtimeMs : 0;
    }),
  );
  return sources > built;
}

function build() {
  console.log('Building (tsc -p tsconfig.build.json)…');
  const tsc = require.resolve('typescript/bin/tsc', { paths: [REPO_ROOT] });
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('Build failed; fix the errors above and run npm start again.');
    process.exit(1);
  }
}

function buildTab() {
  const result = spawnSync(process.execPath, [path.join(__dirname, 'build-tab.js'), '--if-stale'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('Building the tab failed; fix the errors above and run npm start again.');
    process.exit(1);
  }
}

if (needsBuild()) build();
buildTab();
require(ENTRY);
