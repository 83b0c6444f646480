// ssl-enforced over `currentConfig.database` of the SSL enforcement settings.

import { describe, expect, it } from 'vitest';
import sslEnforced from '../../rules/ssl-enforced.ts';
import { compliantFacts, platformLines } from '../platform/platform-facts.ts';

describe('ssl-enforced', () => {
  it('passes when SSL is enforced', async () => {
    expect(await platformLines(sslEnforced, compliantFacts())).toEqual([]);
  });

  it('reports a database that accepts clear-text connections', async () => {
    const facts = compliantFacts();
    facts.api!.sslEnforced = false;
    expect(await platformLines(sslEnforced, facts)).toEqual([
      'supabase:abcdefghijklmnopqrst error ssl-enforced SSL is not enforced for database connections (`currentConfig.database` is false): a client that does not ask for TLS connects in clear text',
    ]);
  });

  it('follows the configured severity', async () => {
    const facts = compliantFacts();
    facts.api!.sslEnforced = false;
    const [line] = await platformLines(
      sslEnforced,
      facts,
      (config) => (config.rules['ssl-enforced'] = 'warning'),
    );
    expect(line).toMatch(/^supabase:abcdefghijklmnopqrst warning ssl-enforced /);
  });
});
