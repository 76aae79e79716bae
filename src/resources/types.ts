/** A command model's resource use over the run (README "Resource use"), sampled from /proc. */
export interface ResourceUse {
  /** User + system CPU time of the process and its children. */
  cpuSeconds: number;
  /** Largest sum of resident memory over the process and its children seen at one sample. */
  peakRssBytes: number;
  /** From spawn to the process's first answer (its start-up; the latency percentiles leave it out). Null if it answered nothing. */
  startupMs: number | null;
  /** Milliseconds between samples: a peak shorter than this can be missed. */
  sampleIntervalMs: number;
}
