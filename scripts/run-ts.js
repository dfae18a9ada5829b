#!/usr/bin/env node
// Runs a TypeScript script without ts-node: esbuild bundles it (dependencies stay external) into
// node_modules/.cache so that `require` of project packages still resolves, then the bundle is required.
// Usage: node scripts/run-ts.js <entry.ts> [args...]   (the entry sees its own args in process.argv.slice(2))
'use strict';

const path = require('node:path');
const fs = require('node:fs');
const crypto = require('node:crypto');

const REPO_ROOT = path.resolve(__dirname, '..');

function main() {
  const entryArg = process.argv[2];
  if (entryArg === undefined) {
    console.error('Usage: node scripts/run-ts.js <entry.ts> [args...]');
    process.exit(2);
  }
  const entry = path.resolve(entryArg);
  if (!fs.existsSync(entry)) {
    console.error(`run-ts: ${entryArg} does not exist.`);
    process.exit(2);
  }
  const esbuild = require('esbuild');
  const cacheDir = path.join(REPO_ROOT, 'node_modules', '.cache', 'run-ts');
  fs.mkdirSync(cacheDir, { recursive: true });
  // One file per entry and process: parallel runs (jest workers) must not overwrite each other's bundle.
  const tag = crypto.createHash('sha1').update(entry).digest('hex').slice(0, 10);
  const outfile = path.join(cacheDir, `${path.basename(entry, '.ts')}-${tag}-${process.pid}.js`);
  esbuild.buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'error',
  });
  process.argv = [process.argv[0], entry, ...process.argv.slice(3)];
  process.on('exit', () => fs.rmSync(outfile, { force: true }));
  require(outfile);
}

main();
