#!/usr/bin/env node
// The `scribe-lint` executable. All behaviour is in src/cli/main.ts; this only binds it to the process.

// A library failing outside the awaited chain (an event handler, a stray promise) must still end the run
// the documented way: one line on stderr and exit code 2, never a stack trace unless --debug.
const debug = process.argv.includes('--debug');
const fail = (error: unknown) => {
  const detail = debug && error instanceof Error ? `\n${error.stack}` : ' (run with --debug for details)';
  process.stderr.write(
    `scribe-lint: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n`,
  );
  process.exit(2);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

// A reader that stops early (`scribe-lint | head -1`, a pager that quits) closes the pipe; like other
// command-line tools, the run then ends quietly with the exit code the lint chose, not an "internal error".
// Whatever was still to be written has nobody to read it, so the stream is dropped.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') stream.destroy();
    else fail(error);
  });
}

// A static lint parses on every core; starting the workers before the rest of the CLI loads hides their
// start-up (src/parallel/pool.ts). It is also a short, allocation-heavy burst of WASM, for which two of
// V8's defaults cost more than they save (measured with bench/: about 0.1 s of a 1.1 s run): compiling the
// parser's hot functions again with the optimising compiler, and a small young generation that the parse
// trees keep overflowing. Both flags must be set before any WASM is compiled or any worker is started.
const argv = process.argv.slice(2);
if (argv.includes('--no-shadow') && !argv.some((arg) => arg.startsWith('--db'))) {
  (await import('node:v8')).setFlagsFromString('--liftoff-only --max-semi-space-size=64');
  (await import('./parallel/pool.ts')).prestartWorkers();
}

const { runCli } = await import('./cli/main.ts');
process.exitCode = await runCli(argv, {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
