import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.ts';
import { configTemplate } from '../src/cli/init.ts';
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

  it('init writes a template that parses back to the defaults', () => {
    const config = parse(configTemplate(allRules));
    const defaults = defaultConfig('/project');
    expect({ ...config, file: undefined }).toEqual({ ...defaults, file: undefined });
  });
});
