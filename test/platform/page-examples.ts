// The examples of a platform rule's page, run for real: the page shows the Management API's answers as
// `json` blocks headed `// GET /v1/projects/{ref}/<endpoint>`, and files (supabase/config.toml,
// scribe-lint.toml) as `toml` blocks headed `# file: <path>`. The stand-in answers with the compliant
// project overridden by those blocks, and the example is linted with --supabase-project through
// SUPABASE_API_URL, as a user's run would be.

import { loadConfig } from '../../src/config.ts';
import { lint } from '../../src/lint.ts';
import type { Finding, Rule } from '../../src/types.ts';
import { EXAMPLE_NOW, fences, section, writeProject, type ExampleFile } from '../helpers/examples.ts';
import {
  compliantAnswers,
  startStandin,
  STANDIN_REF,
  STANDIN_TOKEN,
  type ProjectAnswers,
} from './management-standin.ts';

export function isPlatformRule(rule: Rule): boolean {
  return rule.meta.sources.includes('platform');
}

interface PlatformExample {
  answers: ProjectAnswers;
  files: ExampleFile[];
}

export function platformExample(page: string, title: 'Invalid' | 'Valid'): PlatformExample {
  const text = section(page, title);
  const answers = compliantAnswers() as unknown as Record<string, unknown>;
  for (const block of fences(text, 'json')) {
    const [first, ...rest] = block.split('\n');
    const endpoint = /^\/\/ GET \/v1\/projects\/\{ref\}\/(\S+)\s*$/.exec(first)?.[1];
    if (!endpoint || !(endpoint in answers))
      throw new Error(`a json block must start with a known endpoint: ${first}`);
    answers[endpoint] = JSON.parse(rest.join('\n'));
  }
  const files = fences(text, 'toml').map((block) => {
    const [first, ...rest] = block.split('\n');
    const file = /^# file: (\S+)\s*$/.exec(first)?.[1];
    if (!file) throw new Error(`a toml block must start with "# file: <path>": ${first}`);
    return { path: file, text: rest.join('\n') };
  });
  return { answers: answers as unknown as ProjectAnswers, files };
}

/** Lints the example against the stand-in; the project's own scribe-lint.toml, if the page gives one. */
export async function lintPlatformExample(
  example: PlatformExample,
  rules: readonly Rule[],
): Promise<Finding[]> {
  const standin = await startStandin({ kind: 'project', answers: example.answers });
  const project = writeProject(example.files);
  const saved = process.env.SUPABASE_API_URL;
  process.env.SUPABASE_API_URL = standin.url;
  try {
    const config = loadConfig({ cwd: project.root, knownRuleIds: rules.map((rule) => rule.meta.id) });
    const result = await lint({
      cwd: project.root,
      config,
      rules,
      paths: [],
      shadow: true,
      now: EXAMPLE_NOW,
      supabaseProject: STANDIN_REF,
      supabaseToken: STANDIN_TOKEN,
    });
    return result.findings;
  } finally {
    if (saved === undefined) delete process.env.SUPABASE_API_URL;
    else process.env.SUPABASE_API_URL = saved;
    project.remove();
    await standin.close();
  }
}
