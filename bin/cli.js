#!/usr/bin/env node
// The `lambda-access-auditor` command: registers tsx so Node can load the TypeScript sources directly.
'use strict';
require('tsx/cjs');
const { main } = require('../lambda/cli/main.ts');

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
