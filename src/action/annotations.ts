// Annotations on the pull request's diff, as workflow commands on stdout. GitHub shows at most 10 annotations
// per severity per step (and 50 per job), and drops the rest silently, so the Action chooses which ones: errors
// first, then warnings, then notices, at most 10 of each. Every finding is in the job summary regardless.

import { annotation } from '../report/github.ts';
import type { Finding, Severity } from '../types.ts';

/** GitHub's display limit per severity per step. */
export const ANNOTATIONS_PER_SEVERITY = 10;

const ORDER: Severity[] = ['error', 'warning', 'info'];

export interface AnnotationPlan {
  /** The workflow commands to print, errors first. */
  commands: string;
  annotated: number;
  /** Open new findings that were not annotated because of the limit. */
  omitted: number;
}

/** Suppressed findings and existing ones (outside the pull request's files) are never annotated. */
export function planAnnotations(findings: readonly Finding[]): AnnotationPlan {
  const open = findings.filter((finding) => !finding.suppressed && finding.isNew !== false);
  const chosen = ORDER.flatMap((severity) =>
    open.filter((finding) => finding.severity === severity).slice(0, ANNOTATIONS_PER_SEVERITY),
  );
  return {
    commands: chosen.map(annotation).join(''),
    annotated: chosen.length,
    omitted: open.length - chosen.length,
  };
}
