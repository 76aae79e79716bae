import { describe, expect, it } from 'vitest';
import { buildCommentBody, commentMarker, comparableBody, MAX_COMMENT_LENGTH } from '../../src/github/comment-body.js';

describe('commentMarker', () => {
  it('is an HTML comment keyed by gate', () => {
    expect(commentMarker('gate:.github/model-gate.yml')).toBe(
      '<!-- model-release-gate:gate:.github/model-gate.yml -->',
    );
  });

  it('cannot be closed early by the key', () => {
    const marker = commentMarker('x --> <img src=y> <!--');
    expect(marker.match(/-->/g)).toHaveLength(1);
    expect(marker.endsWith(' -->')).toBe(true);
    expect(marker).not.toContain('<img');
  });

  it('tells two keys apart', () => {
    expect(commentMarker('job-a:a.yml')).not.toBe(commentMarker('job-b:a.yml'));
  });
});

describe('buildCommentBody', () => {
  const marker = commentMarker('gate');
  it('starts with the marker and ends with the run link', () => {
    const body = buildCommentBody({
      marker,
      render: () => '## Verdict: pass',
      runUrl: 'https://github.com/o/r/actions/runs/5',
      sha: 'abcdef123456',
    });
    expect(body.startsWith(`${marker}\n## Verdict: pass`)).toBe(true);
    expect(body).toContain('[workflow run](https://github.com/o/r/actions/runs/5)');
    expect(body).toContain('commit abcdef1');
  });

  it('gives the renderer a budget that leaves room for marker and footer', () => {
    let budget = 0;
    const body = buildCommentBody({
      marker,
      render: (maxLength) => {
        budget = maxLength;
        return 'x'.repeat(maxLength);
      },
      runUrl: 'https://github.com/o/r/actions/runs/5',
      sha: 'abcdef1',
    });
    expect(budget).toBeLessThan(MAX_COMMENT_LENGTH);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
  });

  it('cuts a report that ignores its budget at a line and says where the rest is', () => {
    const line = 'row | of | a | long | table\n';
    const body = buildCommentBody({
      marker,
      render: () => line.repeat(10_000),
      runUrl: 'https://github.com/o/r/actions/runs/5',
      sha: null,
    });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(body).toContain('cut to fit');
    expect(body).toContain('[run summary](https://github.com/o/r/actions/runs/5)');
    // Cut between rows, never inside one.
    const kept = body.split('\n\n> The report was cut')[0] ?? '';
    expect(kept.endsWith('row | of | a | long | table')).toBe(true);
  });
});

describe('comparableBody', () => {
  it('ignores the footer and run ids, not the report', () => {
    const render = (text: string) => () => `${text}\nfull report: https://github.com/o/r/actions/runs/7`;
    const first = buildCommentBody({
      marker: 'm',
      render: render('pass'),
      runUrl: 'https://github.com/o/r/actions/runs/7',
      sha: 'aaaaaaa',
    });
    const rerun = buildCommentBody({
      marker: 'm',
      render: () => 'pass\nfull report: https://github.com/o/r/actions/runs/8',
      runUrl: 'https://github.com/o/r/actions/runs/8',
      sha: 'bbbbbbb',
    });
    const changed = buildCommentBody({
      marker: 'm',
      render: render('fail'),
      runUrl: 'https://github.com/o/r/actions/runs/7',
      sha: 'aaaaaaa',
    });
    expect(comparableBody(first)).toBe(comparableBody(rerun));
    expect(comparableBody(first)).not.toBe(comparableBody(changed));
  });
});
