// The `Providers.readPlatform` of src/lint.ts: the Management API with `--supabase-project`, and
// `supabase/config.toml` when the project has one. Neither is there: undefined, so the platform rules are
// listed as not run rather than passing.

import { UsageError } from '../errors.ts';
import type { LintOptions } from '../providers.ts';
import { DEFAULT_API_URL, ManagementClient } from './client.ts';
import { readConfigToml } from './config-toml.ts';
import type { PlatformFacts } from './facts.ts';
import { readManagementFacts } from './management.ts';

export const MISSING_TOKEN =
  '--supabase-project needs a Management API token in SUPABASE_ACCESS_TOKEN (a read-only personal access token is enough)';

export async function readPlatform(
  options: LintOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PlatformFacts | undefined> {
  const configToml = readConfigToml(options.config.baseDir, options.cwd);
  const ref = options.supabaseProject;
  if (ref === undefined) return configToml ? { configToml } : undefined;
  if (!options.supabaseToken) throw new UsageError(MISSING_TOKEN);
  const client = new ManagementClient({
    baseUrl: env.SUPABASE_API_URL || DEFAULT_API_URL,
    token: options.supabaseToken,
    projectRef: ref,
    timeoutMs: options.config.platform.timeoutSeconds * 1000,
  });
  return { projectRef: ref, api: await readManagementFacts(client, ref), configToml };
}
