import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  applyEdits,
  escapeControls,
  lint,
  plural,
  readMigrations
} from "./chunk-KOGUILDU.js";
import "./chunk-AXLB2HKF.js";
import {
  describeError
} from "./chunk-P2MRMTSO.js";
import {
  FIX_LOCK_TIMEOUT,
  concurrentForm
} from "./chunk-JD2MU42I.js";
import "./chunk-6KETGI7Z.js";
import {
  RUNNER_FILE_NAME,
  displayPathOf,
  parseStatements
} from "./chunk-C74ZEOQR.js";
import "./chunk-WEHHNOLE.js";
import "./chunk-L7IHH2D7.js";
import "./chunk-AFGGDKVR.js";
import "./chunk-BJJ7RUVL.js";
import {
  LineIndex
} from "./chunk-3A7T3MXJ.js";
import "./chunk-C6ROTVYX.js";
import {
  UsageError
} from "./chunk-KMD5P3L4.js";
import {
  statementOf
} from "./chunk-CRXCDDBS.js";
import "./chunk-A56RWH2U.js";

// src/fix/index.ts
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// src/fix/diff.ts
function unifiedDiff(displayPath, before, after) {
  if (before === after) return "";
  let oldLines = linesOf(before ?? ""), newLines = linesOf(after), ops = compare(oldLines, newLines);
  return `--- ${before === void 0 ? "/dev/null" : `a/${displayPath}`}
+++ b/${displayPath}
` + hunks(ops).join("");
}
function linesOf(text) {
  return text === "" ? [] : text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function compare(a, b) {
  let start = 0;
  for (; start < a.length && start < b.length && a[start] === b[start]; ) start++;
  let endA = a.length, endB = b.length;
  for (; endA > start && endB > start && a[endA - 1] === b[endB - 1]; )
    endA--, endB--;
  let middle = compareMiddle(a.slice(start, endA), b.slice(start, endB)), same = (lines) => lines.map((text) => ({ kind: " ", text }));
  return [...same(a.slice(0, start)), ...middle, ...same(a.slice(endA))];
}
function compareMiddle(a, b) {
  let removed = a.map((text) => ({ kind: "-", text })), added = b.map((text) => ({ kind: "+", text }));
  if (a.length === 0 || b.length === 0 || a.length * b.length > 4e6)
    return [...removed, ...added];
  let common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i2 = a.length - 1; i2 >= 0; i2--)
    for (let j2 = b.length - 1; j2 >= 0; j2--)
      common[i2][j2] = a[i2] === b[j2] ? common[i2 + 1][j2 + 1] + 1 : Math.max(common[i2 + 1][j2], common[i2][j2 + 1]);
  let ops = [], i = 0, j = 0;
  for (; i < a.length || j < b.length; )
    i < a.length && j < b.length && a[i] === b[j] ? (ops.push({ kind: " ", text: a[i++] }), j++) : i < a.length && (j === b.length || common[i + 1][j] >= common[i][j + 1]) ? ops.push({ kind: "-", text: a[i++] }) : ops.push({ kind: "+", text: b[j++] });
  return ops;
}
function hunks(ops) {
  let changed = ops.flatMap((op, index) => op.kind === " " ? [] : [index]), groups = [];
  for (let index of changed) {
    let last = groups.at(-1);
    last && index - last.to <= 7 ? last.to = index : groups.push({ from: index, to: index });
  }
  return groups.map(({ from, to }) => {
    let first = Math.max(0, from - 3), end = Math.min(ops.length, to + 3 + 1), before = ops.slice(0, first), oldStart = before.filter((op) => op.kind !== "+").length, newStart = before.filter((op) => op.kind !== "-").length, body = ops.slice(first, end), oldCount = body.filter((op) => op.kind !== "+").length, newCount = body.filter((op) => op.kind !== "-").length, range = (start, count) => `${count === 0 ? start : start + 1},${count}`, lines = body.map(
      (op) => `${op.kind}${op.text.endsWith(`
`) ? op.text : `${op.text}
\\ No newline at end of file
`}`
    );
    return `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@
${lines.join("")}`;
  });
}

// src/fix/new-migrations.ts
var TIMESTAMP = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
function nextVersion(version) {
  let match = TIMESTAMP.exec(version);
  if (match) {
    let [, year, month, day, hour, minute, second] = match.map(Number), time = Date.UTC(year, month - 1, day, hour, minute, second);
    if (timestampOf(new Date(time)) === version) return timestampOf(new Date(time + 1e3));
  }
  return (BigInt(version) + 1n).toString().padStart(version.length, "0");
}
function timestampOf(date) {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}
function isolatesConcurrently(runner) {
  return runner === "supabase";
}
function splitConcurrent(text) {
  let statements = parseStatements(text);
  if (statements.some((statement) => statement.parseProblem)) return;
  let concurrent = statements.map((statement) => concurrentForm(statement.node) !== void 0), validates = statements.map((statement, index) => index > 0 && onlyValidates(statement));
  if (statements.length < 2 || !(concurrent.includes(!0) || validates.includes(!0))) return;
  let lines = new LineIndex(text), cuts = statements.slice(0, -1).map((statement) => cutAfter(lines, statement.end)), runs = [], from = 0, current = "";
  return statements.forEach((_, index) => {
    let to = index < cuts.length ? cuts[index] : lines.byteLength, piece = lines.slice(from, to);
    from = to;
    let ends = concurrent[index] || concurrent[index + 1] === !0 || validates[index + 1] === !0 || index === statements.length - 1;
    current += piece, ends && (runs.push(current), current = "");
  }), runs;
}
function onlyValidates(statement) {
  let commands = statementOf(statement.node, "AlterTableStmt")?.cmds ?? [];
  return commands.length > 0 && commands.every(
    (command) => command.AlterTableCmd?.subtype === "AT_ValidateConstraint"
  );
}
function cutAfter(lines, statementEnd) {
  let rest = lines.slice(statementEnd, lines.byteLength), semicolon = rest.indexOf(";");
  if (semicolon === -1) return statementEnd;
  let afterSemicolon = statementEnd + Buffer.byteLength(rest.slice(0, semicolon + 1)), tail = /^[ \t]*\r?\n/.exec(rest.slice(semicolon + 1));
  return tail ? afterSemicolon + Buffer.byteLength(tail[0]) : afterSemicolon;
}
function sqlMigrations(fixes2, runner) {
  let files = [], privileges;
  for (let fix of fixes2) {
    let pieces = piecesOf(fix.sql);
    if (pieces.every((piece) => piece.grants)) {
      privileges || files.push(privileges = { name: "scribe_lint_fix_privileges", text: "", fixes: [] }), privileges.text += pieces.map((piece) => piece.text).join(""), privileges.fixes.push(fix);
      continue;
    }
    let own = {
      name: `scribe_lint_fix_${slug(fix.finding.ruleId)}${subjectOf(fix)}`,
      text: "",
      fixes: [fix]
    }, indexes = [];
    for (let piece of pieces)
      piece.concurrent && isolatesConcurrently(runner) || piece.buildsIndex ? indexes.push({ name: indexFileName(piece, fix), text: piece.text, fixes: [fix], indexBuild: !0 }) : own.text += piece.text;
    files.push(...own.text === "" ? [] : [own], ...indexes);
  }
  return files.map((file) => ({
    ...file,
    // Statements that lock existing tables get a lock timeout: a busy table makes the migration fail and be
    // retried instead of queueing every query behind it.
    text: `${header(file.fixes)}${file.indexBuild ? "" : lockTimeout()}${file.text}`
  }));
}
function lockTimeout() {
  return `set lock_timeout = '${FIX_LOCK_TIMEOUT}';
`;
}
function subjectOf(fix) {
  let table = fix.finding.object?.split(".")[1];
  return table ? `_${slug(table)}` : "";
}
function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 60);
}
function piecesOf(sql) {
  let statements = parseStatements(sql);
  if (statements.length === 0 || statements.some((statement) => statement.parseProblem))
    return [{ text: `${sql.trim()}
`, concurrent: !1, buildsIndex: !1, grants: !1 }];
  let lines = new LineIndex(sql);
  return statements.map((statement) => ({
    text: `${lines.slice(statement.start, statement.end).trim()};
`,
    concurrent: concurrentForm(statement.node) !== void 0,
    buildsIndex: statementOf(statement.node, "IndexStmt") !== void 0,
    grants: statementOf(statement.node, "GrantStmt") !== void 0,
    statement
  }));
}
function indexFileName(piece, fix) {
  let index = statementOf(piece.statement?.node, "IndexStmt")?.idxname;
  return `scribe_lint_fix_${slug(index ?? fix.finding.ruleId)}`;
}
function header(fixes2) {
  let what = fixes2.map(({ finding }) => `${finding.ruleId}${finding.object ? ` (${finding.object})` : ""}`), unique = [...new Set(what)];
  return unique.length === 1 ? `-- Written by scribe-lint fix: ${unique[0]}
` : `-- Written by scribe-lint fix:
${unique.map((line) => `--   ${line}
`).join("")}`;
}

// src/fix/plan.ts
function planFixes(findings, options) {
  let plan = { edits: /* @__PURE__ */ new Map(), sql: [], left: [], outsideChange: 0 }, sqlSeen = /* @__PURE__ */ new Set();
  for (let finding of findings) {
    let fix = finding.fix;
    if (!fix || finding.suppressed) continue;
    if (finding.isNew === !1) {
      plan.outsideChange++;
      continue;
    }
    let edits = fix.edits ?? [], blocked = edits.find((edit) => !options.editable.has(edit.file));
    if (!(edits.length > 0 && !blocked && addEdits(plan, finding, edits))) {
      if (fix.sql !== void 0 && fix.sql.trim() !== "") {
        let key = fix.sql.trim();
        sqlSeen.has(key) || plan.sql.push({ finding, sql: key }), sqlSeen.add(key);
        continue;
      }
      edits.length !== 0 && plan.left.push({
        finding,
        reason: blocked ? `the file may already be applied (it is not ${options.editableBy}), so it is not edited` : "its edits overlap another fix in the file: run `scribe-lint fix` again after this one"
      });
    }
  }
  return plan;
}
function addEdits(plan, finding, edits) {
  let added = [];
  for (let edit of edits) {
    let planned = plan.edits.get(edit.file)?.edits ?? [];
    if (!planned.some((other) => sameEdit(other, edit))) {
      if ([...planned, ...added.map((item) => item.edit)].some((other) => overlaps(other, edit))) return !1;
      added.push({ file: edit.file, edit });
    }
  }
  for (let { file, edit } of added) {
    let entry = plan.edits.get(file) ?? { edits: [], findings: [] };
    entry.edits.push(edit), plan.edits.set(file, entry);
  }
  for (let file of new Set(edits.map((edit) => edit.file))) plan.edits.get(file)?.findings.push(finding);
  return !0;
}
function sameEdit(a, b) {
  return a.file === b.file && a.start === b.start && a.end === b.end && a.text === b.text;
}
function overlaps(a, b) {
  return a.file !== b.file ? !1 : a.start === a.end ? b.start < a.start && a.start < b.end : b.start === b.end ? a.start < b.start && b.start < a.end : a.start < b.end && b.start < a.end;
}

// src/fix/index.ts
var PAST = { edit: "edited", split: "split", write: "wrote" };
async function runFix(options) {
  let result = await lint({ ...options.lint, paths: [] }), files = readMigrations({ ...options.lint, paths: [] }), editable = editableFiles(files, options), plan = planFixes(result.findings, { editable, editableBy: editableBy(options) }), left = [...plan.left], taken = new Set(files.flatMap((file) => file.version ? [file.version] : [])), edited = editedTexts(files, plan, left), changes = [
    ...editChanges(files, edited, plan),
    ...splitChanges(files, edited, editable, options.lint, taken)
  ];
  changes.push(...sqlChanges(files, plan, options.lint, taken));
  let merged = mergeChanges(changes);
  return options.dryRun || writeChanges(merged), report(merged, plan, left, options.dryRun, splitFixes(result.findings, merged));
}
function splitFixes(findings, changes) {
  let split = new Set(
    changes.filter((change) => change.what.some(({ verb }) => verb === "split")).map((change) => change.displayPath)
  );
  return findings.filter(
    (finding) => finding.ruleId === "concurrent-in-transaction" && !finding.suppressed && finding.location !== void 0 && split.has(finding.location.file)
  ).length;
}
function editableFiles(files, options) {
  let known = new Map(files.map((file) => [file.path, file.displayPath])), editable = new Set(options.lint.changedFiles ?? []);
  for (let given of options.files) {
    let shown = known.get(path.resolve(options.lint.cwd, given));
    if (shown === void 0)
      throw new UsageError(`fix: ${given} is not a migration file of ${options.lint.config.migrations}`);
    editable.add(shown);
  }
  return editable;
}
function editableBy(options) {
  let named = "named on the command line";
  return options.since === void 0 ? named : `changed since ${options.since} nor ${named}`;
}
function editedTexts(files, plan, left) {
  let texts = /* @__PURE__ */ new Map();
  for (let [displayPath, { edits, findings }] of plan.edits) {
    let file = files.find((candidate) => candidate.displayPath === displayPath);
    try {
      if (!file) throw new Error(`${displayPath} is not one of the migration files`);
      texts.set(displayPath, applyEdits(file.text, edits));
    } catch (error) {
      for (let finding of findings) left.push({ finding, reason: error.message });
    }
  }
  return texts;
}
function editChanges(files, edited, plan) {
  return files.flatMap((file) => {
    let after = edited.get(file.displayPath);
    if (after === void 0) return [];
    let fixed = plan.edits.get(file.displayPath)?.findings ?? [], text = `${file.displayPath}: ${[...new Set(fixed.map((finding) => `${finding.ruleId}${lineOf(finding)}`))].join(", ")}`;
    return [
      {
        absolute: file.path,
        displayPath: file.displayPath,
        before: file.text,
        after,
        what: [{ verb: "edit", text }]
      }
    ];
  });
}
function lineOf(finding) {
  return finding.location ? ` (line ${finding.location.line})` : "";
}
function splitChanges(files, edited, editable, options, taken) {
  if (!isolatesConcurrently(options.config.runner)) return [];
  let changes = [];
  return files.forEach((file, index) => {
    let match = RUNNER_FILE_NAME.exec(file.name);
    if (!editable.has(file.displayPath) || !match || !file.applied) return;
    let text = edited.get(file.displayPath) ?? file.text, runs = splitConcurrent(text);
    if (!runs) return;
    let following = files.slice(index + 1).find((other) => other.applied)?.name, versions = freeVersionsAfter(
      match[1],
      runs.length - 1,
      taken,
      (version) => following === void 0 ? !0 : `${version}_${match[2]}.sql` < following
    );
    if (!versions) return;
    let directory = path.dirname(file.path), parts = runs.slice(1).map((run, part) => {
      let absolute = path.join(directory, `${versions[part]}_${match[2]}_${part + 2}.sql`);
      return { absolute, displayPath: displayPathOf(absolute, options.cwd), after: run };
    });
    changes.push({
      absolute: file.path,
      displayPath: file.displayPath,
      before: file.text,
      after: runs[0],
      what: [
        {
          verb: "split",
          text: `${file.displayPath} so CONCURRENTLY and VALIDATE CONSTRAINT run in files of their own: ${parts.map((part) => part.displayPath).join(", ")}`
        }
      ]
    });
    for (let part of parts) changes.push({ ...part, what: [] });
  }), changes;
}
function freeVersionsAfter(version, count, taken, fits) {
  let found = [], candidate = version;
  for (; found.length < count; ) {
    if (candidate = nextVersion(candidate), !fits(candidate)) return;
    taken.has(candidate) || found.push(candidate);
  }
  for (let chosen of found) taken.add(chosen);
  return found;
}
function sqlChanges(files, plan, options, taken) {
  let migrations = sqlMigrations(plan.sql, options.config.runner);
  if (migrations.length === 0) return [];
  let last = files.filter((file) => file.applied).at(-1), directory = last ? path.dirname(last.path) : path.resolve(options.config.baseDir, options.config.migrations), version = [...taken].sort().at(-1) ?? timestampOf(options.now);
  return migrations.map((migration) => {
    do
      version = nextVersion(version);
    while (taken.has(version) || existsSync(path.join(directory, `${version}_${migration.name}.sql`)));
    taken.add(version);
    let absolute = path.join(directory, `${version}_${migration.name}.sql`), displayPath = displayPathOf(absolute, options.cwd), fixed = migration.fixes.map(
      ({ finding }) => `${finding.ruleId}${finding.object ? ` (${finding.object})` : ""}`
    ), text = `${displayPath}: ${[...new Set(fixed)].join(", ")}`;
    return { absolute, displayPath, after: migration.text, what: [{ verb: "write", text }] };
  });
}
function mergeChanges(changes) {
  let byPath = /* @__PURE__ */ new Map();
  for (let change of changes) {
    let earlier = byPath.get(change.absolute);
    byPath.set(
      change.absolute,
      earlier ? { ...change, before: earlier.before, what: [...earlier.what, ...change.what] } : change
    );
  }
  return [...byPath.values()];
}
function writeChanges(changes) {
  for (let change of changes)
    try {
      let bom = change.before !== void 0 && readFileSync(change.absolute).subarray(0, 3).toString("hex");
      writeFileSync(change.absolute, (bom === "efbbbf" ? "\uFEFF" : "") + change.after);
    } catch (error) {
      throw new UsageError(`fix: cannot write ${change.displayPath}: ${describeError(error)}`);
    }
}
function report(changes, plan, left, dryRun, splitFixed) {
  let out = [];
  if (dryRun)
    for (let change of changes) out.push(unifiedDiff(change.displayPath, change.before, change.after));
  for (let { verb, text } of changes.flatMap((change) => change.what))
    out.push(`${escapeControls(`${dryRun ? `would ${verb}` : PAST[verb]} ${text}`)}
`);
  for (let { finding, reason } of left) {
    let where = finding.location ? `${finding.location.file}:${finding.location.line}` : finding.object ?? "";
    out.push(`${escapeControls(`left ${finding.ruleId} at ${where}: ${reason}`)}
`);
  }
  return plan.outsideChange > 0 && out.push(
    `left ${fixes(plan.outsideChange)} of existing findings outside the change (run \`scribe-lint fix\` without --since for them)
`
  ), out.push(`${totals(changes, plan, left, dryRun, splitFixed)}
`), out.join("");
}
function totals(changes, plan, left, dryRun, splitFixed) {
  let edited = changes.filter((change) => change.before !== void 0).length, written = changes.length - edited, leftFindings = new Set(left.map((item) => item.finding)), fixed = [...new Set([...plan.edits.values()].flatMap((entry) => entry.findings))].filter((finding) => !leftFindings.has(finding)).length + plan.sql.length + splitFixed, leftCount = left.length + plan.outsideChange;
  if (fixed === 0 && changes.length === 0)
    return `nothing to fix${leftCount > 0 ? `; ${fixes(leftCount)} left` : ""}`;
  let parts = [`${plural(edited, "file")} edited`, `${plural(written, "new migration")}`];
  return leftCount > 0 && parts.push(`${fixes(leftCount)} left`), `${dryRun ? "would fix" : "fixed"} ${plural(fixed, "finding")}: ${parts.join(", ")}${dryRun ? " (dry run: nothing written)" : ""}`;
}
function fixes(count) {
  return `${count} ${count === 1 ? "fix" : "fixes"}`;
}
export {
  runFix
};
