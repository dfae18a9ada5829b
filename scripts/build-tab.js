#!/usr/bin/env node
// Bundles the personal tab (src/tab/main.ts with the card builders, engine, content, adaptivecards and teams-js)
// for the browser with esbuild: public/tab/tab.js + tab.css, minified. `node scripts/build-tab.js [outDir]` builds;
// `--if-stale` builds only when an input changed since the last build (npm start uses that).
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..');
const DEFAULT_OUT_DIR = path.join(REPO_ROOT, 'public', 'tab');
const ENTRY = path.join(REPO_ROOT, 'src', 'tab', 'main.ts');
/** Written beside the bundle: the files it was built from, so staleness is exact rather than guessed. */
const INPUTS_FILE = 'inputs.json';
const OUTPUTS = ['tab.js', 'tab.css'];

/**
 * adaptive-expressions (used by adaptivecards-templating) ships a prebundled browser build whose `assert` import is
 * an ES namespace instead of a function, so template expansion throws in browsers ("… is not a function"). The tab
 * bundles its Node entry instead, with these few Node built-ins it and antlr4ts touch replaced by browser versions.
 */
const NODE_SHIMS = {
  assert: `
    function assert(value, message) { if (!value) throw new Error(message || 'Assertion failed'); }
    assert.ok = assert;
    assert.equal = function (a, b, message) { assert(a == b, message); };
    assert.strictEqual = function (a, b, message) { assert(a === b, message); };
    assert.notStrictEqual = function (a, b, message) { assert(a !== b, message); };
    assert.fail = function (message) { throw new Error(message || 'Assertion failed'); };
    module.exports = assert;`,
  util: `
    module.exports = {
      inspect: { custom: Symbol.for('nodejs.util.inspect.custom') },
      promisify: function (fn) { return function () { var args = Array.prototype.slice.call(arguments); return new Promise(function (resolve, reject) { fn.apply(null, args.concat(function (err, value) { if (err) reject(err); else resolve(value); })); }); }; },
      TextEncoder: TextEncoder,
      TextDecoder: TextDecoder,
    };`,
  os: `module.exports = { EOL: '\\n' };`,
  fs: `module.exports = {};`,
};

const browserShims = {
  name: 'tab-browser-shims',
  setup(build) {
    build.onResolve({ filter: /^adaptive-expressions$/ }, () => ({
      path: require.resolve('adaptive-expressions/lib/index.js', { paths: [REPO_ROOT] }),
    }));
    const names = Object.keys(NODE_SHIMS).join('|');
    build.onResolve({ filter: new RegExp(`^(node:)?(${names})$`) }, (args) => ({ path: args.path.replace(/^node:/, ''), namespace: 'node-shim' }));
    build.onLoad({ filter: /.*/, namespace: 'node-shim' }, (args) => ({ contents: NODE_SHIMS[args.path], loader: 'js' }));
  },
};

/** Builds into `outDir` (atomically per file, so a running server never reads half a bundle). */
async function buildTab(outDir = DEFAULT_OUT_DIR) {
  const esbuild = require('esbuild');
  const result = await esbuild.build({
    entryPoints: { tab: ENTRY },
    outdir: outDir,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    minify: true,
    target: ['chrome110', 'edge110', 'firefox115', 'safari16'],
    define: { 'process.env.NODE_ENV': '"production"' },
    absWorkingDir: REPO_ROOT,
    metafile: true,
    write: false,
    plugins: [browserShims],
    logLevel: 'warning',
  });
  fs.mkdirSync(outDir, { recursive: true });
  for (const file of result.outputFiles) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, file.contents);
    fs.renameSync(tmp, file.path);
  }
  // Shims live in this script (a namespace, not a file); this script itself is an input instead.
  const inputs = [...Object.keys(result.metafile.inputs).filter((p) => !p.includes(':')), path.relative(REPO_ROOT, path.join(__dirname, 'build-tab.js'))];
  fs.writeFileSync(path.join(outDir, INPUTS_FILE), JSON.stringify(inputs));
  return { outDir, files: result.outputFiles.map((f) => path.basename(f.path)), inputs: inputs.length };
}

/** True when a bundle file is missing or any input of the last build is newer than it (or gone). */
function isTabStale(outDir = DEFAULT_OUT_DIR) {
  let built = Infinity;
  for (const name of OUTPUTS) {
    const file = path.join(outDir, name);
    if (!fs.existsSync(file)) return true;
    built = Math.min(built, fs.statSync(file).mtimeMs);
  }
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(path.join(outDir, INPUTS_FILE), 'utf8'));
  } catch {
    return true;
  }
  if (!Array.isArray(inputs)) return true;
  // A new source file is always imported by one that changed, so checking the known inputs suffices.
  return inputs.some((rel) => {
    const full = path.join(REPO_ROOT, String(rel));
    return !fs.existsSync(full) || fs.statSync(full).mtimeMs > built;
  });
}

/** True when esbuild (a devDependency) is installed. */
function canBuild() {
  try {
    require.resolve('esbuild', { paths: [REPO_ROOT] });
    return true;
  } catch {
    return false;
  }
}

/**
 * Builds when stale; returns whether it built. Without esbuild (a production install without devDependencies)
 * it keeps the bundle that was built and shipped, and only warns.
 */
async function buildTabIfStale(outDir = DEFAULT_OUT_DIR) {
  if (!isTabStale(outDir)) return false;
  if (!canBuild()) {
    const have = OUTPUTS.every((name) => fs.existsSync(path.join(outDir, name)));
    console.warn(
      have
        ? 'esbuild is not installed, so the tab bundle was not rebuilt; serving the one already built.'
        : 'esbuild is not installed and there is no tab bundle: /tab/ will answer 503. Run npm run build where devDependencies are installed.',
    );
    return false;
  }
  await buildTab(outDir);
  return true;
}

module.exports = { buildTab, buildTabIfStale, isTabStale, DEFAULT_OUT_DIR };

if (require.main === module) {
  const args = process.argv.slice(2);
  const ifStale = args.includes('--if-stale');
  const outDir = args.find((a) => !a.startsWith('--')) ?? DEFAULT_OUT_DIR;
  const started = Date.now();
  (ifStale ? buildTabIfStale(outDir) : buildTab(outDir).then(() => true)).then(
    (built) => {
      const shown = path.relative(REPO_ROOT, outDir);
      if (built) console.log(`Built the tab into ${shown.startsWith('..') ? outDir : shown} in ${Date.now() - started} ms.`);
    },
    (err) => {
      // esbuild has already printed the errors with file and line.
      console.error(`Building the tab failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      process.exit(1);
    },
  );
}
