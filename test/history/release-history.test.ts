import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareTables } from '../../src/compare/compare.js';
import { configSchema } from '../../src/config/schema.js';
import { evaluateGates } from '../../src/gate/evaluate.js';
import { cumulativeReference, type ReleaseHistory, trendOf } from '../../src/history/trend.js';
import { buildReport } from '../../src/report/build.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { type SnapshotTable, snapshotTable } from '../../src/snapshot/table.js';
import { recordingLogger } from '../models/helpers.js';
import { defined } from '../support/defined.js';
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js';
import { rowsOf, snapshotOf } from '../support/snapshots.js';

const github: FakeGitHub = await startFakeGitHub();
process.env.GITHUB_API_URL = github.url;
const { createGitHubClient } = await import('../../src/github/octokit.js');
const { fetchReleaseHistory } = await import('../../src/github/release-history.js');

// An older gate's asset name (schema 2 gates attach -results.jsonl): the history reads both.
const assetName = 'model-release-gate-results.json';
const n = 400;
/** Each release gets 6 more of the same examples wrong: −1.5 points a release, nested. */
const release = (wrong: number, name: string): SnapshotTable =>
  snapshotTable(
    snapshotOf(
      rowsOf(n, (i) => i >= wrong),
      { name },
    ),
  );
const v100 = release(32, 'v1.0.0'); // 92.0%
const v110 = release(38, 'v1.1.0'); // 90.5%
const v120 = release(44, 'v1.2.0'); // 89.0%
const candidate = release(50, 'candidate'); // 87.5%
/** The snapshot as the gate writes it (schema 2: header line, then one record per line). */
const jsonl = ({ header, records }: SnapshotTable) =>
  `${[
    JSON.stringify(header),
    ...Array.from({ length: records.size }, (_, row) => JSON.stringify(records.record(row))),
  ].join('\n')}\n`;
const asset = (id: number, snapshot: SnapshotTable) => ({ id, name: assetName, content: Buffer.from(jsonl(snapshot)) });

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'history-'));
});
afterAll(async () => {
  await github.close();
  await rm(scratch, { recursive: true, force: true });
});

async function history(options: { count: number; anchor: string | null; excludeReleaseId?: number | null }) {
  github.reset({
    releases: [
      { id: 1, tagName: 'v1.0.0', publishedAt: '2026-08-01T00:00:00Z', assets: [asset(11, v100)] },
      { id: 2, tagName: 'v1.0.1-no-gate', publishedAt: '2026-08-15T00:00:00Z', assets: [] },
      { id: 3, tagName: 'v1.1.0', publishedAt: '2026-09-01T00:00:00Z', assets: [asset(13, v110)] },
      {
        id: 4,
        tagName: 'v1.2.0-rc1',
        prerelease: true,
        publishedAt: '2026-09-20T00:00:00Z',
        assets: [asset(14, v110)],
      },
      { id: 5, tagName: 'v1.2.0', publishedAt: '2026-10-01T00:00:00Z', assets: [asset(15, v120)] },
      { id: 6, tagName: 'v1.3.0', draft: true, assets: [] },
    ],
  });
  const logger = recordingLogger();
  const fetched = await fetchReleaseHistory({
    octokit: createGitHubClient({ token: 'ghs_test', apiUrl: github.url }),
    owner: 'acme',
    repo: 'classifier',
    artifactName: 'model-release-gate',
    count: options.count,
    anchor: options.anchor,
    excludeReleaseId: options.excludeReleaseId ?? 6,
    downloadDir: scratch,
    logger,
  });
  return { fetched, logger };
}

const statistics = {
  lengthUnit: 'words' as const,
  alpha: 0.05,
  confidence: 0.95,
  resamples: 1000,
  seed: 1,
  labels: null,
};

function gatesWith(cumulativeDrop: Record<string, unknown>, fetched: ReleaseHistory) {
  const config = configSchema.parse({ gates: { cumulativeDrop } });
  const reference = cumulativeReference(fetched, candidate, config.gates.cumulativeDrop, statistics);
  const comparison = compareTables(v120, candidate, statistics);
  return evaluateGates({
    gates: config.gates,
    alpha: 0.05,
    confidence: 0.95,
    candidate: candidate.header.summary.metrics,
    comparison,
    cumulative: reference,
  });
}

describe('trend across releases, from release assets on the GitHub REST API', () => {
  it('takes the last accepted releases newest first, passing over drafts, pre-releases and releases without a snapshot', async () => {
    const { fetched } = await history({ count: 5, anchor: null });
    expect(fetched.recent.map((entry) => entry.ref)).toEqual(['release:v1.2.0', 'release:v1.1.0', 'release:v1.0.0']);
    expect((await history({ count: 2, anchor: null })).fetched.recent).toHaveLength(2);
    const trend = trendOf(fetched, candidate);
    expect(trend.map((point) => [point.ref, point.accuracy, point.n])).toEqual([
      ['release:v1.0.0', 0.92, n],
      ['release:v1.1.0', 0.905, n],
      ['release:v1.2.0', 0.89, n],
      ['candidate', 0.875, n],
    ]);
    expect(trend[0]?.createdAt).toBe('2026-08-01T00:00:00Z');
  });

  it('passes each 1.5-point step but fails the 4.5 points lost since the anchor release', async () => {
    const { fetched } = await history({ count: 2, anchor: 'release:v1.0.0' });
    // The anchor is older than the last two: fetched by its tag.
    expect(fetched.anchor?.ref).toBe('release:v1.0.0');
    const result = gatesWith({ maxDrop: 0.03, against: 'anchor', anchor: 'release:v1.0.0', severity: 'fail' }, fetched);
    expect(result.gates.find((gate) => gate.name === 'accuracy.maxDrop')?.status).toBe('pass');
    const cumulative = result.gates.find((gate) => gate.name === 'cumulativeDrop');
    expect(cumulative?.status).toBe('fail');
    expect(cumulative?.message).toContain('release:v1.0.0');
    expect(cumulative?.message).toContain('−4.5');
    // The same paired statistics as the baseline comparison: McNemar on 18 discordant pairs.
    const reference = cumulativeReference(
      fetched,
      candidate,
      { against: 'anchor', anchor: 'release:v1.0.0' },
      statistics,
    );
    expect(reference).toMatchObject({ status: 'compared', paired: n });
    expect(reference?.status === 'compared' ? reference.accuracy : null).toEqual(
      compareTables(v100, candidate, statistics)?.accuracy,
    );
  });

  it('compares with the best of the recent releases by default, and warns by default', async () => {
    const { fetched } = await history({ count: 5, anchor: null });
    const result = gatesWith({ maxDrop: 0.03 }, fetched);
    const cumulative = result.gates.find((gate) => gate.name === 'cumulativeDrop');
    expect(cumulative?.status).toBe('warn');
    expect(cumulative?.message).toContain('best recent release (release:v1.0.0)');
    expect(gatesWith({ maxDrop: 0.05 }, fetched).gates.find((gate) => gate.name === 'cumulativeDrop')?.status).toBe(
      'pass',
    );
  });

  it('warns when the anchor release does not exist, rather than passing quietly', async () => {
    const { fetched, logger } = await history({ count: 5, anchor: 'release:v0.9.0' });
    expect(fetched.anchor).toBeNull();
    expect(logger.lines.some((line) => line.message.includes('v0.9.0'))).toBe(true);
    const cumulative = gatesWith({ maxDrop: 0.03, against: 'anchor', anchor: 'release:v0.9.0' }, fetched).gates.find(
      (gate) => gate.name === 'cumulativeDrop',
    );
    expect(cumulative?.status).toBe('warn');
  });

  it('shows the trend as a table and a Mermaid chart, release tags made inert', async () => {
    const { fetched } = await history({ count: 5, anchor: null });
    const hostile: ReleaseHistory = {
      ...fetched,
      recent: [{ ...defined(fetched.recent[0]), ref: 'release:v9"]\n```<img src=x>' }, ...fetched.recent.slice(1)],
    };
    const gate = evaluateGates({
      gates: configSchema.parse({}).gates,
      alpha: 0.05,
      confidence: 0.95,
      candidate: candidate.header.summary.metrics,
      comparison: null,
    });
    const report = buildReport({
      candidate,
      baseline: null,
      comparison: null,
      gate,
      lengthUnit: 'words',
      accuracyMaxDrop: 0.02,
      alpha: 0.05,
      notes: [],
      monitoring: { anomalies: null, history: trendOf(hostile, candidate) },
    });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('```mermaid\nxychart-beta');
    expect(markdown).toContain('line [92.0, 90.5, 89.0, 87.5]');
    expect(markdown).not.toContain('<img');
    // One chart block, opened and closed once: the tag cannot end it early.
    expect(markdown.split('```').length).toBe(3);
  });
});

describe('trend when the releases cannot be read', () => {
  it('warns in the log and in the rule instead of passing quietly', async () => {
    github.reset({ faults: { 'GET releases': 403 } });
    const logger = recordingLogger();
    const fetched = await fetchReleaseHistory({
      octokit: createGitHubClient({ token: 'ghs_test', apiUrl: github.url, retries: 0 }),
      owner: 'acme',
      repo: 'classifier',
      artifactName: 'model-release-gate',
      count: 5,
      anchor: null,
      excludeReleaseId: null,
      downloadDir: scratch,
      logger,
    });
    expect(fetched.unavailable).toContain('403');
    expect(logger.lines.some((line) => line.level === 'warn' && line.message.includes('contents: read'))).toBe(true);
    expect(gatesWith({ maxDrop: 0.03 }, fetched).gates.find((gate) => gate.name === 'cumulativeDrop')?.status).toBe(
      'warn',
    );
  });
});
