import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  HISTORY_TREES,
  HistoryModel,
  allRules,
  checkMigrations,
  historyEffectOf
} from "./chunk-JD2MU42I.js";
import {
  displayPathOf,
  migrationFileHeader,
  readMigrationFile
} from "./chunk-C74ZEOQR.js";
import {
  severityOf
} from "./chunk-BJJ7RUVL.js";
import {
  LineIndex
} from "./chunk-3A7T3MXJ.js";

// src/parallel/protocol.ts
function packFiles(files) {
  let total = files.reduce((sum, file) => sum + file.statements.length, 0), ranges = new Int32Array(total * 3), problems = [], at = 0;
  for (let file of files)
    for (let statement of file.statements)
      ranges[at * 3] = statement.start, ranges[at * 3 + 1] = statement.end, ranges[at * 3 + 2] = statement.nodeOffset, statement.parseProblem && problems.push([at, statement.parseProblem]), at++;
  return { headers: files.map(({ lines: _lines, statements: _statements, ...header }) => header), counts: files.map((file) => file.statements.length), ranges, problems };
}
function unpackFiles(packed) {
  let problems = new Map(packed.problems), { ranges } = packed, at = 0;
  return packed.headers.map((header, fileIndex) => {
    let statements = [];
    for (let index = 0; index < packed.counts[fileIndex]; index++, at++) {
      let parseProblem = problems.get(at);
      statements.push({
        index,
        start: ranges[at * 3],
        end: ranges[at * 3 + 1],
        nodeOffset: ranges[at * 3 + 2],
        ...parseProblem && { parseProblem }
      });
    }
    return withLazyLines({ ...header, statements });
  });
}
function withLazyLines(file) {
  let lines;
  return Object.defineProperty(file, "lines", {
    get: () => lines ??= new LineIndex(file.text),
    enumerable: !0
  });
}

// src/parallel/range.ts
var FileRange = class {
  constructor(input) {
    this.input = input;
    this.rules = rulesWithIds(input.ruleIds);
    let keep = treeNeedsOf(this.rules, input.config);
    for (let path of input.paths) {
      let file = readMigrationFile(path, input.cwd, keep), effects = file.statements.map(historyEffectOf);
      this.statementEffects.push(effects), this.fileEffects.push(effects.filter((effect) => effect !== void 0)), this.files.push(file);
    }
  }
  input;
  files = [];
  fileEffects = [];
  /** Each statement's effect (or undefined), by file then statement: the check applies them again. */
  statementEffects = [];
  rules;
  effects() {
    return this.fileEffects;
  }
  /** Runs the statement and file rules, given the history effects of every file before this range. */
  check(earlier, config) {
    let history = new HistoryModel(), changed = this.input.changedFiles && new Set(this.input.changedFiles);
    earlier.forEach((effects, fileNumber) => {
      let displayPath = displayPathOf(this.input.allPaths[fileNumber], this.input.cwd);
      history.startFile(fileNumber, changed?.has(displayPath) ?? !1);
      for (let effect of effects) history.applyEffect(effect);
    });
    let own = new Map(this.files.map((file) => [file.path, file])), allFiles = this.input.allPaths.map(
      (file) => own.get(file) ?? migrationFileHeader(file, this.input.cwd)
    );
    return checkMigrations({
      files: this.files,
      allFiles,
      firstFileNumber: this.input.firstFileNumber,
      history,
      rules: this.rules,
      config,
      changedFiles: changed,
      effects: this.statementEffects
    });
  }
};
function rulesWithIds(ids) {
  return ids.map((id) => {
    let rule = allRules.find((candidate) => candidate.meta.id === id);
    if (!rule) throw new Error(`no bundled rule has the id \`${id}\`, so it cannot run in a worker`);
    return rule;
  });
}
function treeNeedsOf(rules, config) {
  let needs = new Map(HISTORY_TREES);
  for (let rule of rules)
    if (!(!rule.checkStatement || severityOf(rule, config) === "off")) {
      if (!rule.meta.statementKinds) return;
      for (let kind of rule.meta.statementKinds) needs.set(kind, []);
    }
  return needs;
}

export {
  packFiles,
  unpackFiles,
  FileRange
};
