import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../src/parse/parse-file.ts';
import {
  buildsCalledIn,
  buildsToLoad,
  extensionsInText,
  extensionsNeeded,
  missingLibrary,
} from '../../src/shadow/extensions.ts';
import { migrationFileOf } from '../helpers/migration-file.ts';

beforeAll(() => loadParser());

describe('which real builds a start loads', () => {
  it('loads pg_stat_statements always, and a created extension with what it needs', () => {
    expect(buildsToLoad([])).toEqual(['pg_stat_statements']);
    expect(buildsToLoad(['earthdistance']).sort()).toEqual(['cube', 'earthdistance', 'pg_stat_statements']);
    // pgjwt is a stand-in whose functions call pgcrypto's
    expect(buildsToLoad(['pgjwt']).sort()).toEqual(['pg_stat_statements', 'pgcrypto']);
  });

  it("sees calls of pgcrypto's and uuid-ossp's functions in SQL text, function bodies included", () => {
    expect(buildsCalledIn("insert into t values (extensions.crypt('x', gen_salt('bf')))")).toEqual([
      'pgcrypto',
    ]);
    expect(
      buildsCalledIn('create function f() returns bytea language sql as $$ select DIGEST(x, $1) $$'),
    ).toEqual(['pgcrypto']);
    expect(buildsCalledIn('select extensions.gen_random_uuid()')).toEqual(['pgcrypto']);
    expect(buildsCalledIn('id uuid default "uuid_generate_v4" ()')).toEqual(['uuid-ossp']);
    // core's gen_random_uuid, a column named like a function, a longer name
    expect(buildsCalledIn('id uuid default gen_random_uuid(), digest text, crypted(1)')).toEqual([]);
  });

  it("reads the missing library from PostgreSQL's error", () => {
    expect(missingLibrary('could not access file "$libdir/pgcrypto": No such file or directory')).toBe(
      'pgcrypto',
    );
    expect(missingLibrary('relation "t" does not exist')).toBeUndefined();
  });

  it('needs an extension the stand-in installed only when the history calls, drops or alters it', () => {
    const needed = (text: string) => extensionsNeeded([migrationFileOf(text)]).sort();
    expect(needed('create extension if not exists pgcrypto with schema extensions;')).toEqual([]);
    expect(needed('create extension vector;')).toEqual(['vector']);
    expect(needed('drop extension pgcrypto; create extension pgcrypto with schema extensions;')).toEqual([
      'pgcrypto',
    ]);
    expect(needed('create extension if not exists "uuid-ossp"; alter extension "uuid-ossp" update;')).toEqual(
      ['uuid-ossp'],
    );
    expect(needed("create extension if not exists pgcrypto; select crypt('a', gen_salt('bf'));")).toEqual([
      'pgcrypto',
    ]);
  });

  it('finds from the text alone what the parse tree would, or more', () => {
    const inText = (text: string) => extensionsInText([{ displayPath: 'x.sql', text, applied: true }]).sort();
    expect(inText('CREATE EXTENSION IF NOT EXISTS "vector" WITH SCHEMA extensions;')).toEqual(['vector']);
    expect(inText('create extension if not exists pgcrypto;')).toEqual([]);
    expect(inText('drop extension if exists pg_trgm, "uuid-ossp";\ncreate extension "uuid-ossp";')).toEqual([
      'uuid-ossp',
    ]);
    // a comment counts too: it only costs the build's start
    expect(inText('-- create extension postgis')).toEqual(['postgis']);
  });
});
