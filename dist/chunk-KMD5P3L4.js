import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);

// src/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
  exitCode = 2;
}, NotVerifiedError = class extends Error {
  constructor(message, object) {
    super(message);
    this.object = object;
  }
  object;
  name = "NotVerifiedError";
}, RuleError = class extends Error {
  constructor(ruleId, checking, cause) {
    let message = cause instanceof Error ? cause.message : String(cause);
    super(`rule ${ruleId} failed while checking ${checking}: ${message.split(`
`)[0].trim()}`, { cause });
    this.ruleId = ruleId;
    this.checking = checking;
    cause instanceof Error && cause.stack && (this.stack = `${this.stack}
Caused by: ${cause.stack}`);
  }
  ruleId;
  checking;
  name = "RuleError";
};
function ruleFailure(ruleId, checking, error) {
  return error instanceof UsageError || error instanceof NotVerifiedError || error instanceof RuleError ? error : new RuleError(ruleId, checking, error);
}

export {
  UsageError,
  NotVerifiedError,
  ruleFailure
};
