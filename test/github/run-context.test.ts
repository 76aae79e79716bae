import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunContext, workflowFileFromRef } from '../../src/github/run-context.js';

const fixtures = join(import.meta.dirname, '..', 'action', 'fixtures');
const env = (overrides: Record<string, string>) => ({
  GITHUB_REPOSITORY: 'acme/classifier',
  GITHUB_RUN_ID: '77',
  GITHUB_SERVER_URL: 'https://github.example.com/',
  GITHUB_WORKFLOW_REF: 'acme/classifier/.github/workflows/gate.yml@refs/pull/42/merge',
  GITHUB_SHA: 'merge0000',
  ...overrides,
});

describe('readRunContext', () => {
  it('reads a pull_request event', async () => {
    const context = await readRunContext(
      env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(fixtures, 'pull_request.json') }),
    );
    expect(context).toMatchObject({
      owner: 'acme',
      repo: 'classifier',
      runUrl: 'https://github.example.com/acme/classifier/actions/runs/77',
      workflowFile: 'gate.yml',
      sha: 'f1c3a8b2d9e04c7a5b6e8d1f2a3c4b5d6e7f8a9b',
      pullRequest: { number: 42, baseRef: 'main', fromFork: false },
      defaultBranch: 'main',
      release: null,
    });
  });

  it('knows a pull request from a fork', async () => {
    const context = await readRunContext(env({ GITHUB_EVENT_PATH: join(fixtures, 'pull_request_fork.json') }));
    expect(context.pullRequest?.fromFork).toBe(true);
  });

  it('reads a release event', async () => {
    const context = await readRunContext(env({ GITHUB_EVENT_PATH: join(fixtures, 'release.json') }));
    expect(context.release).toEqual({
      id: 3,
      tagName: 'v1.1.0',
      uploadUrl: 'https://uploads.github.com/repos/acme/classifier/releases/3/assets{?name,label}',
    });
    expect(context.pullRequest).toBeNull();
    expect(context.sha).toBe('merge0000');
  });

  it('refuses to run without a repository, in one line', async () => {
    await expect(readRunContext({})).rejects.toThrow('GITHUB_REPOSITORY: expected "owner/repo", got ""');
  });

  it('names an event file that is not JSON', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'mrg-event-')), 'event.json');
    await writeFile(path, '{not json');
    await expect(readRunContext(env({ GITHUB_EVENT_PATH: path }))).rejects.toThrow(
      `GITHUB_EVENT_PATH ${path}: is not JSON`,
    );
  });
});

describe('workflowFileFromRef', () => {
  it.each([
    ['acme/classifier/.github/workflows/gate.yml@refs/heads/main', 'gate.yml'],
    ['acme/classifier/.github/workflows/model gate.yaml@refs/tags/v1', 'model gate.yaml'],
    ['', null],
    [undefined, null],
  ])('%j → %j', (ref, file) => {
    expect(workflowFileFromRef(ref)).toBe(file);
  });
});
