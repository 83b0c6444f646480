// The Supabase platform settings the platform rules judge (issue 12): read once per run from the
// Management API (GET only) and from `supabase/config.toml`, by src/platform. The shape grows with the
// rules that read it.

export interface PlatformFacts {
  /** The project ref the settings belong to, when the Management API was asked. */
  projectRef?: string;
}
