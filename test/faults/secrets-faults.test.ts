import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActionBundle, runAction } from '../action/run-action.js';
import { startOpenAIServer, type TestServer } from '../models/support/openai-server.js';
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js';
import { jsonl, parseResults, tempDir } from '../support/tmp.js';
import { startCli } from './support/cli-process.js';
import { filesUnder } from './support/files.js';

/** An endpoint that answers with the Authorization header it was sent: the key comes back in a 200. */
const apiKey = 'sk-echoed-secret-4242';
const dataset = Array.from({ length: 12 }, (_, i) => ({
  id: `m${i}`,
  input: `mail ${i}`,
  expected: i % 2 === 0 ? 'spam' : 'ham',
}));

/** What the report shows instead, Markdown-escaped. */
const scrubbed = /auth: Bearer \\\*\\\*\\\*/;

let model: TestServer;
beforeAll(async () => {
  model = await startOpenAIServer({
    plan: (request) => ({ kind: 'ok', content: `spam (auth: ${String(request.headers.authorization)})` }),
  });
});
afterAll(() => model.close());

function workspace() {
  const files = tempDir('mrg-secrets-');
  files.write('eval.jsonl', jsonl(dataset));
  files.write('previous.jsonl', jsonl(dataset.map((row) => ({ id: row.id, output: row.expected }))));
  files.write(
    'gate.yml',
    `task: classification\ndataset: eval.jsonl\nmodel: { type: openai, baseUrl: "${model.baseUrl}", model: echo, maxRetries: 0 }\nout: gate-out\n`,
  );
  return files;
}

function expectNoSecret(where: { path: string; text: string }[]) {
  const leaks = where.filter((file) => file.text.includes(apiKey)).map((file) => file.path);
  expect(leaks).toEqual([]);
}

describe('a secret echoed in successful answers', () => {
  it('the CLI: no file it wrote (results, report.md, report.json, response cache) holds the key; every example accounted for', async () => {
    const files = workspace();
    const cli = await startCli(
      ['run', '--config', 'gate.yml', '--baseline', 'previous.jsonl', '--cache', 'cache'],
      files.dir,
      { OPENAI_API_KEY: apiKey },
    );
    const { status, stdout, stderr } = await cli.exited;
    expect(status, stderr).toBe(1);
    const inputs = new Set(['eval.jsonl', 'previous.jsonl', 'gate.yml'].map((name) => join(files.dir, name)));
    const written = filesUnder(files.dir).filter((file) => !inputs.has(file.path));
    expect(written.map((file) => file.path.slice(files.dir.length + 1)).sort()).toEqual(
      expect.arrayContaining(['gate-out/report.json', 'gate-out/report.md', 'gate-out/results.jsonl']),
    );
    expect(written.some((file) => file.path.includes(`${files.dir}/cache/`))).toBe(true);
    expectNoSecret([...written, { path: 'stdout', text: stdout }, { path: 'stderr', text: stderr }]);
    const results = parseResults(await readFile(join(files.dir, 'gate-out', 'results.jsonl'), 'utf8')) as unknown as {
      records: { id: string; output: string }[];
    };
    expect(results.records.map((record) => record.id).sort()).toEqual(dataset.map((row) => row.id).sort());
    for (const record of results.records) expect(record.output).toBe('spam (auth: Bearer ***)');
    // The report shows the outputs of the negative flips: scrubbed there too.
    expect(await readFile(join(files.dir, 'gate-out', 'report.md'), 'utf8')).toMatch(scrubbed);
  });

  describe('the Action', () => {
    let bundle: string;
    let github: FakeGitHub;
    beforeAll(async () => {
      [bundle, github] = await Promise.all([buildActionBundle(), startFakeGitHub()]);
    });
    afterAll(() => github.close());

    it('no job summary, PR comment, workspace or runner-temp file holds the key', async () => {
      const files = workspace();
      const runnerTemp = tempDir('mrg-secrets-runner-').dir;
      const payload = JSON.parse(
        await readFile(join(import.meta.dirname, '..', 'action', 'fixtures', 'pull_request.json'), 'utf8'),
      ) as Record<string, unknown>;
      const run = await runAction({
        bundle,
        workspace: files.dir,
        apiUrl: github.url,
        eventName: 'pull_request',
        payload,
        runnerTemp,
        inputs: { config: 'gate.yml', baseline: 'previous.jsonl', comment: 'always', 'upload-artifact': 'false' },
        env: { OPENAI_API_KEY: apiKey },
      });
      expect(run.exitCode, run.stderr).toBe(1);
      expect(github.state.comments).toHaveLength(1);
      expect(run.summary).toMatch(scrubbed);
      expectNoSecret([
        ...filesUnder(files.dir),
        ...filesUnder(runnerTemp),
        { path: 'summary', text: run.summary },
        // `::add-mask::` is how the Action tells the runner to mask the key in the log: the one place it belongs.
        {
          path: 'stdout',
          text: run.stdout
            .split('\n')
            .filter((line) => line !== `::add-mask::${apiKey}`)
            .join('\n'),
        },
        ...github.state.comments.map((comment) => ({ path: `comment ${comment.id}`, text: comment.body })),
      ]);
    });
  });
});
