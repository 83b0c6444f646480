#!/usr/bin/env node
import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);

// src/cli.ts
var debug = process.argv.includes("--debug"), fail = (error) => {
  let detail = debug && error instanceof Error ? `
${error.stack}` : " (run with --debug for details)";
  process.stderr.write(
    `scribe-lint: internal error: ${error instanceof Error ? error.message : String(error)}${detail}
`
  ), process.exit(2);
};
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
for (let stream of [process.stdout, process.stderr])
  stream.on("error", (error) => {
    error.code === "EPIPE" ? stream.destroy() : fail(error);
  });
var argv = process.argv.slice(2);
argv.includes("--no-shadow") && !argv.some((arg) => arg.startsWith("--db")) && ((await import("node:v8")).setFlagsFromString("--liftoff-only --max-semi-space-size=64"), (await import("./chunk-6H45SPEZ.js")).prestartWorkers());
var { runCli } = await import("./chunk-YR5WDVIM.js");
process.exitCode = await runCli(argv, {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr
});
