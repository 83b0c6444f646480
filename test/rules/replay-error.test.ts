import { describe, expect, it } from 'vitest';
import { shadowFindings } from '../catalog/helpers.ts';
import { findingLines } from '../helpers/examples.ts';

const RULE = ['replay-error'];
const FIRST = '20250101000000_step.sql';
const SECOND = '20250101000001_step.sql';
/** What every replay-error says after the failure: the default runner stops the deploy at that file. */
const ROLLS_BACK =
  '(on Supabase this file rolls back whole and the deploy stops here; the shadow kept the rest of the file to judge it)';
const failed = (where: string, error: string) =>
  `${where} replay-error statement failed on replay: ${error} ${ROLLS_BACK}`;

describe('replay-error', () => {
  it('reports the first failure of a chain only, and carries on', async () => {
    const findings = await shadowFindings(
      [
        `create table public.notes (id int primary key, client_id int references public.clinets (id));
insert into public.notes values (1, null);
create index on public.notes (client_id);
create table public.ok (id int primary key)`,
        `alter table public.ok add column note_id int references public.notes (id);
select no_such_function()`,
      ],
      ['replay-error', 'rls-enabled'],
    );
    expect(findingLines(findings)).toEqual([
      failed(`${FIRST}:1:1-1:93`, 'relation "public.clinets" does not exist'),
      `${FIRST}:4:14-4:23 rls-enabled table \`public.ok\` does not have row level security enabled`,
      failed(`${SECOND}:2:8-2:26`, 'function no_such_function() does not exist'),
    ]);
  });

  it('points at the error position inside the statement', async () => {
    const findings = await shadowFindings('create table public.t (id int);\nselect idd from public.t', RULE);
    expect(findingLines(findings)).toEqual([failed(`${FIRST}:2:8-2:25`, 'column "idd" does not exist')]);
  });

  it('accepts extensions Supabase provides and reports those nobody provides, with their dependants silenced', async () => {
    const findings = await shadowFindings(
      `create extension if not exists pg_net;
create extension if not exists pg_trgm;
create table public.notes (body text);
create index notes_trgm on public.notes using gin (body gin_trgm_ops);
create extension if not exists nosuch_geo;
create table public.places (id int, at nosuch_geo)`,
      RULE,
    );
    expect(findingLines(findings)).toEqual([
      failed(`${FIRST}:5:1-5:42`, 'extension "nosuch_geo" is not available'),
    ]);
  });

  it('is an error by default', async () => {
    const findings = await shadowFindings('select * from public.missing', RULE);
    expect(findingLines(findings, { withSeverity: true })).toEqual([
      `${FIRST}:1:15-1:29 error replay-error statement failed on replay: relation "public.missing" does not exist ${ROLLS_BACK}`,
    ]);
  });

  it('skips transaction control so one failure does not abort the rest of the file', async () => {
    const findings = await shadowFindings(
      'begin;\ncreate table public.a (id int references public.missing);\ncreate table public.b (id int);\ncommit;',
      ['replay-error', 'rls-enabled'],
    );
    expect(findingLines(findings)).toEqual([
      failed(`${FIRST}:2:1-2:57`, 'relation "public.missing" does not exist'),
      `${FIRST}:3:14-3:22 rls-enabled table \`public.b\` does not have row level security enabled`,
    ]);
  });
});
