#!/usr/bin/env node
// The `scribe-lint` executable. All behaviour is in src/cli/main.ts; this only binds it to the process.

import { runCli } from './cli/main.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
