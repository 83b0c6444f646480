// The live statistics the health rules judge (issue 11): read once per run, in the live audit's read-only
// session, by src/health. The shape grows with the rules that read it.

export interface HealthFacts {
  /** Statistics the audit role could not read: what could not be verified, and the grant that fixes it. */
  unreadable: { what: string; fix: string }[];
}
