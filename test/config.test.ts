import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.ts';
import { configTemplate } from '../src/cli/init.ts';
import { checkRunway } from '../src/catalog/partitions.ts';
import { errnoInWords } from '../src/errno.ts';
import { defaultConfig, parseConfig } from '../src/config.ts';

const knownRuleIds = allRules.map((rule) => rule.meta.id);
const parse = (text: string) => parseConfig(text, { file: '/project/scribe-lint.toml', knownRuleIds });

describe('config', () => {
  it('reads every documented key', () => {
    const config = parse(`
migrations = "db/migrations"
runner = "psql"
exposed_schemas = ["public", "api"]
fail_on = "warning"
[audit]
tables = ["audit_logs", "access_logs"]
partition_key = "logged_at"
runway_months = 6
[phi]
tables = ["messages"]
cache_allow = ["programs"]
source = ["app/**/*.ts"]
[rules]
concurrent-index = "off"
constraint-not-valid = "error"
`);
    expect(config).toMatchObject({
      migrations: 'db/migrations',
      runner: 'psql',
      exposedSchemas: ['public', 'api'],
      failOn: 'warning',
      audit: { tables: ['audit_logs', 'access_logs'], partitionKey: 'logged_at', runwayMonths: 6 },
      phi: { tables: ['messages'], cacheAllow: ['programs'], source: ['app/**/*.ts'] },
      rules: { 'concurrent-index': 'off', 'constraint-not-valid': 'error' },
      baseDir: '/project',
    });
  });

  it.each([
    ['an unknown top-level key', 'migration = "x"', 'unknown key "migration"'],
    ['an unknown nested key', '[audit]\ntable = ["a"]', 'unknown key "audit.table"'],
    [
      'a wrong type',
      'exposed_schemas = "public"',
      '"exposed_schemas" must be an array of non-empty strings, got "public"',
    ],
    [
      'a bad enum',
      'runner = "flyway"',
      '"runner" must be one of "supabase", "psql", "transaction", got "flyway"',
    ],
    [
      'a bad number',
      '[audit]\nrunway_months = 0',
      '"audit.runway_months" must be a whole number from 1 to 120, got 0',
    ],
    ['an unknown rule', '[rules]\nfk-indexes = "off"', 'unknown rule "rules.fk-indexes"'],
    ['a bad severity', '[rules]\nconcurrent-index = "fatal"', '"rules.concurrent-index" must be one of'],
    ['a table where a value belongs', 'fail_on = { a = 1 }', '"fail_on" must be one of'],
    ['invalid TOML', 'runner = ', 'invalid TOML (line 1'],
  ])('rejects %s, naming it', (_name, text, message) => {
    expect(() => parse(text)).toThrowError(message);
  });

  it.each([
    ['[audit]\nrunway_month = 6', 'unknown key "audit.runway_month"; did you mean "runway_months"?'],
    ['fail-on = "warning"', 'unknown key "fail-on"; did you mean "fail_on"?'],
    ['[phi]\ncache_allowed = []', 'unknown key "phi.cache_allowed"; did you mean "cache_allow"?'],
    ['[rules]\nfk-indexes = "off"', 'unknown rule "rules.fk-indexes"; did you mean "fk-index"?'],
  ])('suggests the nearest valid key for %j', (text, message) => {
    expect(() => parse(text)).toThrowError(message);
  });

  it('suggests nothing when no key is close', () => {
    expect(() => parse('colour = "blue"')).toThrowError(/unknown key "colour"$/);
  });

  it("init's comment on runway_months says what partition-runway checks", () => {
    const template = configTemplate(allRules);
    expect(template).toContain(
      '# Months of monthly partitions that must already exist, counted from the start of the current month\n' +
        '# (UTC) and including it: 3 means this month and the next two.\nrunway_months = 3\n',
    );
    // The rule with runway 3 on 15 November wants November, December and January.
    const missing = checkRunway([], new Date('2025-11-15T00:00:00Z'), 3).missingMonths;
    expect(missing).toEqual(['2025-11', '2025-12', '2026-01']);
  });

  it('init writes a template that parses back to the defaults', () => {
    const config = parse(configTemplate(allRules));
    const defaults = defaultConfig('/project');
    expect({ ...config, file: undefined }).toEqual({ ...defaults, file: undefined });
  });

  it('reads [realtime] publications and parses [indexes] required entries', () => {
    const config = parse(`
[realtime]
publications = ["supabase_realtime", "audit_stream"]
[indexes]
required = ["public.messages(conversation_id, created_at DESC)", 'Notes("Program Id" asc, at)']
`);
    expect(config.realtime.publications).toEqual(['supabase_realtime', 'audit_stream']);
    expect(config.indexes.required).toEqual([
      {
        entry: 'public.messages(conversation_id, created_at DESC)',
        table: 'public.messages',
        columns: [
          { name: 'conversation_id', descending: false },
          { name: 'created_at', descending: true },
        ],
      },
      {
        entry: 'Notes("Program Id" asc, at)',
        table: 'notes',
        columns: [
          { name: 'Program Id', descending: false },
          { name: 'at', descending: false },
        ],
      },
    ]);
  });

  it("defaults [indexes] required to the spec's three composite indexes", () => {
    expect(defaultConfig().indexes.required.map((index) => index.entry)).toEqual([
      'messages(conversation_id, created_at desc)',
      'audit_logs(user_id, action, created_at desc)',
      'conversations(user_id, updated_at desc)',
    ]);
    expect(defaultConfig().realtime.publications).toEqual(['supabase_realtime']);
  });

  it.each([
    ['messages'],
    ['messages()'],
    ['messages(conversation_id created_at)'],
    ['messages(conversation_id, created_at sideways)'],
    ['messages(lower(body))'],
    ['a.b.c(x)'],
  ])('rejects the [indexes] required entry %j, naming the key and the entry', (entry) => {
    expect(() => parse(`[indexes]\nrequired = [${JSON.stringify(entry)}]`)).toThrowError(
      `/project/scribe-lint.toml: "indexes.required" entry "${entry}" is not table(column [asc|desc], ...)`,
    );
  });

  it.each([
    ['[realtime]\npublication = []', 'unknown key "realtime.publication"; did you mean "publications"?'],
    ['[indexes]\nrequire = []', 'unknown key "indexes.require"; did you mean "required"?'],
    ['[realtime]\npublications = "supabase_realtime"', '"realtime.publications" must be an array'],
  ])('rejects %j in the new tables, naming the key', (text, message) => {
    expect(() => parse(text)).toThrowError(message);
  });

  it("init's template sets the shadow's on_error, with both values explained", () => {
    const template = configTemplate(allRules);
    expect(template).toContain('[shadow]\n');
    expect(template).toContain('on_error = "skip-statement"\n');
    expect(template).toContain('"rollback-file"  drop the whole file');
  });
});

describe('errno codes in one-line errors', () => {
  it.each([
    ['cannot read x.sql: EISDIR', 'cannot read x.sql: is a directory'],
    ['cannot read x.sql: EACCES', 'cannot read x.sql: permission denied'],
    [
      "cannot read config a.toml: ENOENT: no such file or directory, open '/p/a.toml'",
      'cannot read config a.toml: no such file',
    ],
    ['cannot read x: EWHATEVER', 'cannot read x: EWHATEVER'],
  ])('%j', (message, words) => {
    expect(errnoInWords(message)).toBe(words);
  });
});
