import { describe, expect, it } from 'vitest';
import { REGRESSIONS_KEPT } from '../../src/compare/compare.js';
import type { Example } from '../../src/dataset/types.js';
import { buildCommentBody, commentMarker, MAX_COMMENT_LENGTH } from '../../src/github/comment-body.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildSnapshot } from '../../src/snapshot/build.js';
import { reportOf } from './scenarios.js';

const N = 50_000;
const long = (seed: number, length: number) =>
  `${seed} `.padEnd(length, `lorem ipsum ${seed} dolor | sit <b>amet</b> `);

function snapshot(isWrong: (i: number) => boolean, outputLength: number) {
  const examples: Example[] = Array.from({ length: N }, (_, i) => ({
    id: `example-${i}`,
    input: long(i, 3000),
    expected: i % 2 === 0 ? 'yes' : 'no',
    tags: { shard: `s${i % 40}` },
    fields: {},
  }));
  return buildSnapshot({
    dataset: { path: 'big.jsonl', format: 'jsonl', fingerprint: 'sha256:big' },
    examples,
    // A wrong answer is the other label after a long explanation (an LLM's reasoning), so the label set stays two.
    outcomes: examples.map((example, i) => ({
      id: example.id,
      output: isWrong(i) ? `${example.expected === 'yes' ? 'no' : 'yes'}: ${long(i, outputLength)}` : example.expected,
    })),
    task: 'classification',
    scoring: { labelPattern: '^(yes|no)\\b', caseSensitive: false },
    model: { type: 'predictions', name: 'big' },
    tool: { name: 'model-release-gate', version: 'test' },
    gitSha: null,
    createdAt: '2026-11-23T00:00:00.000Z',
    seed: 1,
  });
}

describe('a 50,000-example run with thousands of long flips', () => {
  // 5,000 negative flips whose answers run to 2,000 characters each, on 3,000-character inputs.
  const report = reportOf(
    snapshot((i) => i % 50 === 0, 10),
    snapshot((i) => i % 50 === 0 || i % 10 === 3, 2000),
    200,
  );

  it('still gives a comment under 65,536 characters that leads with the verdict and its reasons', () => {
    // report.json keeps the worst REGRESSIONS_KEPT; flips.negative counts them all.
    expect(report.comparison?.flips.negative).toBe(5000);
    expect(report.comparison?.regressions.length).toBe(REGRESSIONS_KEPT);
    const marker = commentMarker('gate:big');
    const body = buildCommentBody({
      marker,
      render: (maxLength) => renderMarkdown(report, { maxLength, runUrl: 'https://github.com/o/r/actions/runs/9' }),
      runUrl: 'https://github.com/o/r/actions/runs/9',
      sha: 'abc1234',
    });
    expect(body.length).toBeLessThan(MAX_COMMENT_LENGTH);
    const lines = body.split('\n');
    expect(lines[0]).toBe(marker);
    expect(lines[1]).toMatch(
      /^## ❌ Fail: accuracy fell 10\.0 points \(95% CI [\d.–]+, p &lt; 0\.0001\), beyond the 2\.0-point limit; /,
    );
    // The headline table and the worst regressions (with their inputs) made it in.
    expect(body).toContain('| metric | baseline | candidate | change |');
    expect(body).toMatch(/\| 1 \| example-\d+ \| shard=s\d+ \| \d+ lorem ipsum/);
  });
});
