#!/usr/bin/env node
// `npm run dev`: the bot on PORT in local mode plus the Microsoft 365 Agents Playground pointed at it; prints the
// Playground's address; Ctrl-C stops both. Settings: env/.env.playground (+ .user). Logic: scripts/lib/dev-loop.ts.
'use strict';

const path = require('node:path');
const { runTs } = require('./run-ts');

const { main } = runTs(path.join(__dirname, 'lib', 'dev-loop.ts'));
main(process.argv.slice(2), { repoRoot: path.resolve(__dirname, '..') });
