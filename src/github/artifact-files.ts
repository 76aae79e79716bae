/**
 * The files inside the gate's artifact, named in one place: the run that uploads them, the
 * baseline lookup and `mode: comment` all read these names.
 */
export const ARTIFACT_FILES = {
  /**
   * The snapshot (the pipeline writes it, snapshot/io.ts SNAPSHOT_FILE): what a later run
   * compares against. Older gates wrote results.json.
   */
  snapshot: 'results.jsonl',
  reportJson: 'report.json',
  reportMarkdown: 'report.md',
  /** The gate's own record of its decision (gate-record.ts): verdict, accepted, the PR it ran for. */
  record: 'gate-record.json',
} as const;
