// The Action's platform inputs: `supabase-project` and `supabase-token` reach the Management API (the
// stand-in, through SUPABASE_API_URL), the token is masked for the runner and appears in nothing the run
// wrote, and a project without a token is one error line.

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubStandIn } from '../action/github-standin.ts';
import { installAction, makeWorkspace, runAction, type ActionRun } from '../action/run-action.ts';
import {
  nonCompliantAnswers,
  startStandin,
  STANDIN_REF,
  STANDIN_TOKEN,
  type Standin,
} from './management-standin.ts';

const GITHUB_TOKEN = 'ghs_standInToken0123456789';
let actionDir: string;
let management: Standin;
const github = new GitHubStandIn(GITHUB_TOKEN);
const cleanup: string[] = [];

beforeAll(async () => {
  actionDir = installAction();
  cleanup.push(actionDir);
  await github.start();
  management = await startStandin({ kind: 'project', answers: nonCompliantAnswers() });
});

afterAll(async () => {
  await github.stop();
  await management.close();
  for (const folder of cleanup) rmSync(folder, { recursive: true, force: true });
});

function run(inputs: Record<string, string>): Promise<ActionRun> {
  const workspace = makeWorkspace({ 'scribe-lint.toml': '[platform]\npitr_days = 28\n' });
  cleanup.push(workspace);
  return runAction({
    actionDir,
    workspace,
    apiUrl: github.baseUrl,
    token: GITHUB_TOKEN,
    event: 'schedule',
    inputs: { comment: 'false', 'fail-on': 'never', ...inputs },
    env: { SUPABASE_API_URL: management.url },
  });
}

const visible = (result: ActionRun) =>
  result.everything
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');

describe('the Action with supabase-project and supabase-token', () => {
  it('checks the platform, masks the token and prints it nowhere', async () => {
    const result = await run({ 'supabase-project': STANDIN_REF, 'supabase-token': STANDIN_TOKEN });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`::add-mask::${STANDIN_TOKEN}`);
    expect(result.summary).toContain('ssl-enforced');
    expect(result.summary).toContain('network-allowlist');
    expect(visible(result)).not.toContain(STANDIN_TOKEN);
  });

  it('a project without a token is one error line, exit 2', async () => {
    const result = await run({ 'supabase-project': STANDIN_REF });
    expect(result.status).toBe(2);
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toEqual([
      '::error::scribe-lint: input supabase-project needs input supabase-token (a read-only personal access token)',
    ]);
  });
});
