#!/usr/bin/env node
// The `lambda-access-auditor` command. It runs the TypeScript CLI (lambda/cli/main.ts) through tsx's own
// command line, which hooks both require() and import() (the CLI loads its dependencies lazily with
// import()), from any working directory. Exit code and stdio are passed through.
'use strict';
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const tsx = require.resolve('tsx/cli');
const main = join(__dirname, '..', 'lambda', 'cli', 'main.ts');
const run = spawnSync(process.execPath, [tsx, main, ...process.argv.slice(2)], { stdio: 'inherit' });
if (run.error) {
  console.error(`lambda-access-auditor: could not start: ${run.error.message}`);
  process.exit(3);
}
process.exit(run.status ?? 3);
