#!/usr/bin/env node
// `npm run bench`: builds the server (tsc -p tsconfig.build.json) when dist is stale, bundles the benchmark runner and
// the echo baseline bot with esbuild, then runs the benchmark (bench/run-bench.ts), which prints a table and writes
// bench/results.json. Exits non-zero if the benchmark could not run; missed goals are reported, not failed.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const REPO_ROOT = path.resolve(__dirname, '..');
const ADVISOR_ENTRY = path.join(REPO_ROOT, 'dist', 'src', 'index.js');
const OUT_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'bench');

/** Newest modification time (ms) of the .ts/.json files under `dir`; 0 when there are none. */
function newestIn(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestIn(full));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildServerIfStale() {
  const built = fs.existsSync(ADVISOR_ENTRY) ? fs.statSync(ADVISOR_ENTRY).mtimeMs : 0;
  const sources = Math.max(newestIn(path.join(REPO_ROOT, 'src')), newestIn(path.join(REPO_ROOT, 'cards')), fs.statSync(path.join(REPO_ROOT, 'tsconfig.build.json')).mtimeMs);
  if (built > sources) return;
  console.log('Building the server (tsc -p tsconfig.build.json)…');
  const tsc = require.resolve('typescript/bin/tsc', { paths: [REPO_ROOT] });
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('Build failed; fix the errors above and run npm run bench again.');
    process.exit(1);
  }
}

function bundle(entry, outfile) {
  require('esbuild').buildSync({
    entryPoints: [path.join(REPO_ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
}

// `npm run bench -- understanding` runs only the free-text understanding section (no servers, a second or two).
if (process.argv.slice(2).includes('understanding')) {
  require('./run-ts').runTs(path.join(REPO_ROOT, 'bench', 'understanding-bench.ts')).main(REPO_ROOT);
  process.exit(0);
}

buildServerIfStale();
fs.mkdirSync(OUT_DIR, { recursive: true });
const runner = path.join(OUT_DIR, 'run-bench.js');
const echo = path.join(OUT_DIR, 'echo-bot.js');
bundle('bench/run-bench.ts', runner);
bundle('bench/echo-bot.ts', echo);
const result = spawnSync(process.execPath, [runner, ADVISOR_ENTRY, echo], { cwd: REPO_ROOT, stdio: 'inherit', env: process.env });
process.exit(result.status ?? 1);
