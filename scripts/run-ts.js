#!/usr/bin/env node
// Runs TypeScript scripts without ts-node: esbuild bundles the entry (dependencies stay external) into
// node_modules/.cache/run-ts so that `require` of project packages still resolves, then requires the bundle.
// CLI: node scripts/run-ts.js <entry.ts> [args...]   (the entry sees its own args in process.argv.slice(2))
'use strict';

const path = require('node:path');
const fs = require('node:fs');
const crypto = require('node:crypto');

const REPO_ROOT = path.resolve(__dirname, '..');

/**
 * Bundles `entry` (a .ts file) and returns its exports; the bundle is deleted when the process exits.
 * @param {string} entry
 * @returns {Record<string, unknown>}
 */
function runTs(entry) {
  const file = path.resolve(entry);
  if (!fs.existsSync(file)) throw new Error(`run-ts: ${entry} does not exist.`);
  const esbuild = require('esbuild');
  const cacheDir = path.join(REPO_ROOT, 'node_modules', '.cache', 'run-ts');
  fs.mkdirSync(cacheDir, { recursive: true });
  // One file per entry and process: parallel runs (jest workers) must not overwrite each other's bundle.
  const tag = crypto.createHash('sha1').update(file).digest('hex').slice(0, 10);
  const outfile = path.join(cacheDir, `${path.basename(file, '.ts')}-${tag}-${process.pid}.js`);
  esbuild.buildSync({
    entryPoints: [file],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'error',
  });
  process.on('exit', () => fs.rmSync(outfile, { force: true }));
  return require(outfile);
}

module.exports = { runTs };

if (require.main === module) {
  const entry = process.argv[2];
  if (entry === undefined) {
    console.error('Usage: node scripts/run-ts.js <entry.ts> [args...]');
    process.exit(2);
  }
  if (!fs.existsSync(path.resolve(entry))) {
    console.error(`run-ts: ${entry} does not exist.`);
    process.exit(2);
  }
  process.argv = [process.argv[0], path.resolve(entry), ...process.argv.slice(3)];
  runTs(entry);
}
