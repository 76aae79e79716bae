import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/octokit.js';
import { resolveCommentAuthor, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js';

const marker = '<!-- model-release-gate:gate:a.yml -->';
const bot = 'github-actions[bot]';

let github: FakeGitHub;
let octokit: GitHubClient;
beforeEach(async () => {
  github = await startFakeGitHub();
  octokit = createGitHubClient({ token: 'ghs_test', apiUrl: github.url });
});
afterEach(() => github.close());

function upsert(body: string, mode: 'always' | 'on-change' = 'always', author = bot) {
  return upsertStickyComment({
    octokit,
    owner: 'acme',
    repo: 'classifier',
    issueNumber: 7,
    marker,
    body,
    mode,
    author,
  });
}

describe('upsertStickyComment', () => {
  it('creates the comment once, then updates that same comment', async () => {
    const first = await upsert(`${marker}\nfirst`);
    const second = await upsert(`${marker}\nsecond`);
    expect(first.action).toBe('created');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(github.requestsTo('comments').filter((request) => request.method === 'POST')).toHaveLength(1);
    expect(github.requestsTo('comment')).toHaveLength(1);
    expect(github.requestsTo('comment')[0]?.path).toBe(`/repos/acme/classifier/issues/comments/${first.id}`);
    expect(github.state.comments.map((comment) => comment.body)).toEqual([`${marker}\nsecond`]);
    expect(first.url).toContain(`#issuecomment-${first.id}`);
  });

  it('finds its comment past the first page of a long discussion', async () => {
    for (let id = 1; id <= 250; id += 1) {
      github.state.comments.push({ id, issueNumber: 7, body: `comment ${id}`, user: { login: 'dev', type: 'User' } });
    }
    github.state.comments.push({
      id: 251,
      issueNumber: 7,
      body: `${marker}\nold`,
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    const result = await upsert(`${marker}\nnew`);
    expect(result).toMatchObject({ action: 'updated', id: 251 });
    expect(
      github
        .requestsTo('comments')
        .filter((request) => request.method === 'GET')
        .map((request) => request.query.page ?? '1'),
    ).toEqual(['1', '2', '3']);
  });

  it('never takes over a comment someone else planted with the marker', async () => {
    github.state.comments.push({
      id: 1,
      issueNumber: 7,
      body: `${marker}\nplanted`,
      user: { login: 'mallory', type: 'User' },
    });
    const result = await upsert(`${marker}\nreal`);
    expect(result.action).toBe('created');
    expect(github.state.comments.find((comment) => comment.id === 1)?.body).toBe(`${marker}\nplanted`);
  });

  it('with a user token, matches its own login only', async () => {
    github.state.comments.push({
      id: 1,
      issueNumber: 7,
      body: `${marker}\nby another bot`,
      user: { login: 'other[bot]', type: 'Bot' },
    });
    github.state.comments.push({
      id: 2,
      issueNumber: 7,
      body: `${marker}\nmine`,
      user: { login: 'release-bot', type: 'User' },
    });
    const result = await upsert(`${marker}\nupdated`, 'always', 'release-bot');
    expect(result).toMatchObject({ action: 'updated', id: 2 });
  });

  it('with the GITHUB_TOKEN, leaves other apps’ comments and a marker quoted mid-body alone', async () => {
    github.state.comments.push({
      id: 1,
      issueNumber: 7,
      body: `${marker}\nby another app`,
      user: { login: 'other[bot]', type: 'Bot' },
    });
    github.state.comments.push({
      id: 2,
      issueNumber: 7,
      body: `${marker}\nby dependabot`,
      user: { login: 'dependabot[bot]', type: 'Bot' },
    });
    github.state.comments.push({
      id: 3,
      issueNumber: 7,
      body: `> quoting a user:\n> ${marker}\n`,
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    const before = github.state.comments.map((comment) => comment.body);

    const result = await upsert(`${marker}\nreal`);

    expect(result.action).toBe('created');
    expect(github.requestsTo('comment')).toHaveLength(0);
    expect(github.state.comments.slice(0, 3).map((comment) => comment.body)).toEqual(before);
    expect(github.state.comments[3]?.body).toBe(`${marker}\nreal`);
  });

  it('matches a configured app login, not the GITHUB_TOKEN’s', async () => {
    github.state.comments.push({
      id: 1,
      issueNumber: 7,
      body: `${marker}\nold`,
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    github.state.comments.push({
      id: 2,
      issueNumber: 7,
      body: `${marker}\nold`,
      user: { login: 'Gate-App[bot]', type: 'Bot' },
    });
    expect(await upsert(`${marker}\nnew`, 'always', 'gate-app[bot]')).toMatchObject({ action: 'updated', id: 2 });
  });

  it('keeps another gate’s comment apart', async () => {
    github.state.comments.push({
      id: 1,
      issueNumber: 7,
      body: '<!-- model-release-gate:other:b.yml -->\nother gate',
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    expect((await upsert(`${marker}\nthis gate`)).action).toBe('created');
    expect(github.state.comments).toHaveLength(2);
  });

  it('on-change leaves an unchanged report alone, footer aside', async () => {
    await upsert(
      `${marker}\nreport\n\n<sub>model-release-gate · [workflow run](https://github.com/acme/classifier/actions/runs/1)</sub>`,
      'on-change',
    );
    const same = await upsert(
      `${marker}\nreport\n\n<sub>model-release-gate · [workflow run](https://github.com/acme/classifier/actions/runs/2)</sub>`,
      'on-change',
    );
    const changed = await upsert(`${marker}\nnew report`, 'on-change');
    expect(same.action).toBe('unchanged');
    expect(changed.action).toBe('updated');
    expect(github.requestsTo('comment')).toHaveLength(1);
  });

  it('lets a 403 through for the caller to turn into a warning', async () => {
    github.state.faults['POST comments'] = 403;
    await expect(upsert(`${marker}\nx`)).rejects.toMatchObject({ status: 403 });
  });
});

describe('resolveCommentAuthor', () => {
  it('is the login of a user token', async () => {
    github.state.tokenUser = { login: 'release-bot', type: 'User' };
    expect(await resolveCommentAuthor(octokit, null)).toBe('release-bot');
  });

  it('is github-actions[bot] for an installation token, which GET /user refuses', async () => {
    expect(await resolveCommentAuthor(octokit, null)).toBe('github-actions[bot]');
    expect(github.requestsTo('user')[0]?.authorization).toBe('token ghs_test');
  });

  it('is the configured login without asking GitHub', async () => {
    expect(await resolveCommentAuthor(octokit, 'gate-app[bot]')).toBe('gate-app[bot]');
    expect(github.requestsTo('user')).toHaveLength(0);
  });
});
