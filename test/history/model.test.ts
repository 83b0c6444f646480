// The history model's answers for the zero-downtime rules: which columns a file added, which indexes were
// built CONCURRENTLY, and which `CHECK (column IS NOT NULL)` constraints PostgreSQL would trust.

import { beforeAll, describe, expect, it } from 'vitest';
import { HistoryModel, historyEffectOf } from '../../src/history/model.ts';
import { loadParser, parseStatements } from '../../src/parse/parse-file.ts';

beforeAll(loadParser);

/** A model fed the files in order; the last file is the current one, left open for questions. */
function historyOf(...files: string[]): HistoryModel {
  const model = new HistoryModel();
  files.forEach((text, number) => {
    model.startFile(number);
    for (const statement of parseStatements(text)) model.apply(statement);
  });
  return model;
}

/** The model as a rule sees it at the start of a file after `files`, before any of its statements. */
function atNextFile(...files: string[]): HistoryModel {
  const model = historyOf(...files);
  model.startFile(files.length);
  return model;
}

const TABLE = 'create table public.clients (id uuid primary key, email text);';

describe('HistoryModel.isExistingColumn', () => {
  it('counts a column of an existing table, even one the history never saw declared', () => {
    const model = atNextFile(TABLE);
    expect(model.isExistingColumn('public.clients', 'email')).toBe(true);
    expect(model.isExistingColumn('public.elsewhere', 'x')).toBe(true);
  });

  it('does not count the columns of a table created in the current file', () => {
    const model = historyOf(TABLE);
    expect(model.isExistingColumn('public.clients', 'email')).toBe(false);
  });

  it('does not count a column added in the current file, and counts it from the next file on', () => {
    const model = historyOf(TABLE, 'alter table public.clients add column phone text;');
    expect(model.isExistingColumn('public.clients', 'phone')).toBe(false);
    expect(model.isExistingColumn('public.clients', 'email')).toBe(true);
    model.startFile(2);
    expect(model.isExistingColumn('public.clients', 'phone')).toBe(true);
  });

  it('treats a column added by a file of the change as new (--since)', () => {
    const model = historyOf(TABLE);
    model.startFile(1, true);
    for (const statement of parseStatements('alter table clients add column phone text;'))
      model.apply(statement);
    model.startFile(2);
    expect(model.isExistingColumn('public.clients', 'phone')).toBe(false);
  });

  it('follows a column renamed after being added, and a table renamed after that', () => {
    const model = historyOf(
      TABLE,
      'alter table clients add column phone text;\nalter table clients rename column phone to mobile;\n' +
        'alter table clients rename to customers;',
    );
    expect(model.isExistingColumn('public.customers', 'mobile')).toBe(false);
    expect(model.isExistingColumn('public.customers', 'email')).toBe(true);
  });

  it('forgets added columns when the table is dropped and created again', () => {
    const model = historyOf(TABLE, 'alter table clients add column phone text;');
    model.startFile(2);
    for (const statement of parseStatements('drop table clients;\n' + TABLE)) model.apply(statement);
    model.startFile(3);
    expect(model.isExistingColumn('public.clients', 'phone')).toBe(true);
  });
});

describe('HistoryModel.hasValidNotNullCheck', () => {
  const check = (sql: string) => historyOf(TABLE, sql).hasValidNotNullCheck('public.clients', 'email');

  it.each([
    ['a named check added valid', 'alter table clients add constraint email_nn check (email is not null);'],
    [
      'a NOT VALID check validated later',
      'alter table clients add constraint email_nn check (email is not null) not valid;\n' +
        'alter table clients validate constraint email_nn;',
    ],
    [
      'an unnamed NOT VALID check validated by its default name',
      'alter table clients add check (email is not null) not valid;\n' +
        'alter table clients validate constraint clients_email_check;',
    ],
    [
      'a check whose column was renamed to the column asked about',
      'alter table clients rename column email to old_email;\nalter table clients add column email text;\n' +
        'alter table clients add constraint c check (email is not null);',
    ],
  ])('is true for %s', (_name, sql) => {
    expect(check(sql)).toBe(true);
  });

  it.each([
    ['no check', 'select 1;'],
    ['a NOT VALID check', 'alter table clients add constraint email_nn check (email is not null) not valid;'],
    ['a check of another shape', "alter table clients add constraint c check (email <> '');"],
    ['a check over two columns', 'alter table clients add constraint c check (row(email, id) is not null);'],
    [
      'a check that was dropped',
      'alter table clients add constraint c check (email is not null);\nalter table clients drop constraint c;',
    ],
    [
      'a check whose column was dropped',
      'alter table clients add constraint c check (email is not null);\nalter table clients drop column email;',
    ],
    [
      'a check validated under another name than its own',
      'alter table clients add constraint c check (email is not null) not valid;\n' +
        'alter table clients validate constraint d;',
    ],
  ])('is false for %s', (_name, sql) => {
    expect(check(sql)).toBe(false);
  });

  it('follows a check renamed before it is validated, and its table renamed', () => {
    const model = historyOf(
      TABLE,
      'alter table clients add constraint c check (email is not null) not valid;\n' +
        'alter table clients rename constraint c to email_nn;\n' +
        'alter table clients validate constraint email_nn;\nalter table clients rename to customers;',
    );
    expect(model.hasValidNotNullCheck('public.customers', 'email')).toBe(true);
    expect(model.hasValidNotNullCheck('public.clients', 'email')).toBe(false);
  });
});

describe('HistoryModel.isConcurrentIndex', () => {
  it('knows which indexes were built CONCURRENTLY, by their schema-qualified name', () => {
    const model = historyOf(
      TABLE,
      'create unique index concurrently clients_email on clients (email);\n' +
        'create index clients_id on public.clients (id);',
    );
    expect(model.isConcurrentIndex('public.clients_email')).toBe(true);
    expect(model.isConcurrentIndex('public.clients_id')).toBe(false);
    expect(model.isConcurrentIndex('public.unknown')).toBe(false);
  });

  it('follows a renamed index and forgets a dropped one', () => {
    const model = historyOf(
      TABLE,
      'create index concurrently a on clients (email);\nalter index a rename to b;\n' +
        'create index concurrently c on clients (id);\ndrop index c;',
    );
    expect(model.isConcurrentIndex('public.b')).toBe(true);
    expect(model.isConcurrentIndex('public.a')).toBe(false);
    expect(model.isConcurrentIndex('public.c')).toBe(false);
  });
});

describe('historyEffectOf on ALTER TABLE', () => {
  const effect = (sql: string) => historyEffectOf(parseStatements(sql)[0]);

  it('keeps only the subcommands the model tracks', () => {
    expect(
      effect(
        'alter table s.t add column a int, alter column b set not null, drop column c, ' +
          'add constraint k check (a is not null) not valid, validate constraint k, drop constraint j',
      ),
    ).toEqual({
      kind: 'alter-table',
      table: 's.t',
      changes: [
        { change: 'add-column', column: 'a' },
        { change: 'drop-column', column: 'c' },
        { change: 'add-not-null-check', name: 'k', column: 'a', valid: false },
        { change: 'validate-constraint', name: 'k' },
        { change: 'drop-constraint', name: 'j' },
      ],
    });
  });

  it('has no effect for an ALTER TABLE that changes nothing tracked, or that alters an index', () => {
    expect(effect('alter table t alter column b set not null')).toBeUndefined();
    expect(effect('alter index i set (fillfactor = 70)')).toBeUndefined();
  });
});
