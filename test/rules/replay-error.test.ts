import { describe, expect, it } from 'vitest';
import { at, shadowFindings } from '../catalog/helpers.ts';

const RULE = ['replay-error'];

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
    expect(findings.map((finding) => `${finding.location?.file.slice(-10)}:${at(finding)}`)).toEqual([
      '0_step.sql:1:1 replay-error statement failed on replay: relation "public.clinets" does not exist (on Supabase this file rolls back whole and the deploy stops here; the shadow kept the rest of the file to judge it)',
      '0_step.sql:4:1 rls-enabled table `public.ok` does not have row level security enabled',
      '1_step.sql:2:8 replay-error statement failed on replay: function no_such_function() does not exist (on Supabase this file rolls back whole and the deploy stops here; the shadow kept the rest of the file to judge it)',
    ]);
  });

  it('points at the error position inside the statement', async () => {
    const findings = await shadowFindings('create table public.t (id int);\nselect idd from public.t', RULE);
    expect(findings.map(at)).toEqual([
      '2:8 replay-error statement failed on replay: column "idd" does not exist (on Supabase this file rolls back whole and the deploy stops here; the shadow kept the rest of the file to judge it)',
    ]);
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
    expect(findings.map(at)).toEqual([
      '5:1 replay-error statement failed on replay: extension "nosuch_geo" is not available (on Supabase this file rolls back whole and the deploy stops here; the shadow kept the rest of the file to judge it)',
    ]);
  });

  it('is an error by default', async () => {
    const findings = await shadowFindings('select * from public.missing', RULE);
    expect(findings.map((finding) => finding.severity)).toEqual(['error']);
  });

  it('skips transaction control so one failure does not abort the rest of the file', async () => {
    const findings = await shadowFindings(
      'begin;\ncreate table public.a (id int references public.missing);\ncreate table public.b (id int);\ncommit;',
      ['replay-error', 'rls-enabled'],
    );
    expect(findings.map(at)).toEqual([
      '2:1 replay-error statement failed on replay: relation "public.missing" does not exist (on Supabase this file rolls back whole and the deploy stops here; the shadow kept the rest of the file to judge it)',
      '3:1 rls-enabled table `public.b` does not have row level security enabled',
    ]);
  });
});
