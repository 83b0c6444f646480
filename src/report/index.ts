import { githubReporter } from './github.ts';
import { jsonReporter } from './json.ts';
import { markdownReporter } from './markdown.ts';
import { prettyReporter } from './pretty.ts';
import { sarifReporter } from './sarif.ts';
import type { Format, Reporter } from './types.ts';

export const REPORTERS: Record<Format, Reporter> = {
  pretty: prettyReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  markdown: markdownReporter,
};

export { FORMATS, type Format, type ReportInput, type Reporter } from './types.ts';
