import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GateReport } from '../../src/report/types.js';
import { startOpenAIServer, type TestServer } from '../models/support/openai-server.js';
import { cli } from '../support/cli.js';
import { jsonl, parseResults, tempDir } from '../support/tmp.js';

/**
 * The judge scorer end to end: the CLI grades every answer with a grader on 127.0.0.1 that
 * speaks the OpenAI chat API and grades deterministically from the prompt the rubric made:
 * 5 when the answer contains the reference, 1 when it does not, and no grade at all when the
 * answer says "ABSTAIN".
 */
const n = 40;
const reference = (i: number) => `city${i}`;
const rubric = 'Question: {{input}}\nReference: {{expected}}\nAnswer: {{output}}\nGrade the answer from 1 to 5.';

/** The grade the grader gives a prompt, read back from the rubric's lines. */
function grade(prompt: string): string {
  const field = (name: string) => prompt.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1] ?? '';
  const answer = field('Answer');
  if (answer.includes('ABSTAIN')) return 'I cannot tell whether this answer is right.';
  return answer.includes(field('Reference')) ? 'The answer names the reference. Grade: 5' : 'Wrong city. Grade: 1 / 5';
}

/** Answers right on every example but those `isWrong` names; `special` replaces some answers. */
function answers(isWrong: (i: number) => boolean, special: (i: number) => string | null = () => null): string {
  return jsonl(
    Array.from({ length: n }, (_, i) => ({
      id: `q${i}`,
      output: special(i) ?? (isWrong(i) ? 'I think it is nowhere' : `It is ${reference(i)}.`),
    })),
  );
}

let grader: TestServer;
beforeAll(async () => {
  // A prompt with "REFUSE" in it is refused with a 400 (not retried): the judge request fails.
  grader = await startOpenAIServer({
    answer: grade,
    plan: (request) => (request.prompt.includes('REFUSE') ? { kind: 'status', status: 400 } : { kind: 'ok' }),
  });
});
afterAll(async () => {
  await grader.close();
});

function setup(extra = '') {
  const tmp = tempDir('mrg-judge-');
  tmp.write(
    'eval.jsonl',
    jsonl(
      Array.from({ length: n }, (_, i) => ({ id: `q${i}`, input: `Where is place ${i}?`, expected: reference(i) })),
    ),
  );
  tmp.write(
    'gate.yml',
    [
      'task: generation',
      'scoring:',
      '  scorer:',
      '    type: judge',
      `    model: { type: openai, baseUrl: "${grader.baseUrl}", model: grader-1, apiKeyEnv: null }`,
      `    rubric: ${JSON.stringify(rubric)}`,
      extra,
    ].join('\n'),
  );
  // The baseline misses q0..q3.
  tmp.write(
    'baseline.jsonl',
    answers((i) => i < 4),
  );
  return tmp;
}

const args = (candidate: string, ...more: string[]) => [
  'run',
  '--config',
  'gate.yml',
  '--dataset',
  'eval.jsonl',
  '--baseline',
  'baseline.jsonl',
  '--predictions',
  candidate,
  '--out',
  'out',
  ...more,
];
const report = (dir: string) => JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as GateReport;
const results = (dir: string) => parseResults(readFileSync(join(dir, 'out', 'results.jsonl'), 'utf8'));
const gate = (dir: string, name: string) => report(dir).gates.find((outcome) => outcome.name === name);

interface StoredRecord {
  id: string;
  correct: boolean | null;
  score?: number;
  error?: string;
}

describe('the judge scorer through the CLI, against a local grader', () => {
  it('grades each answer, stores the grades, the rubric and the judge model, and caches the grades', async () => {
    const tmp = setup();
    // As good as the baseline, on other examples: wrong on q4..q7 instead of q0..q3.
    tmp.write(
      'candidate.jsonl',
      answers((i) => i >= 4 && i < 8),
    );
    const before = grader.requests.length;
    const run = await cli(args('candidate.jsonl', '--cache', '.cache'), tmp.dir);
    expect(run.stderr).not.toMatch(/^error/m);
    expect(run.stderr).toContain('Judge openai model grader-1: grading 40 answers');
    expect(run.status).toBe(0);
    // Both releases graded, each distinct prompt once: the baseline's 40, and the candidate's 8
    // that differ from them (its other 32 answers are the baseline's, so are their prompts).
    const sent = grader.requests.slice(before);
    expect(sent).toHaveLength(n + 8);
    expect(sent.every((request) => request.path === '/v1/chat/completions')).toBe(true);
    expect(sent.map((request) => (request.body as { model?: string }).model)).toEqual(Array(n + 8).fill('grader-1'));
    // The rubric as its template says: question, reference and answer in their places.
    const prompts = sent.map((request) => request.prompt);
    expect(prompts).toContain(
      'Question: Where is place 7?\nReference: city7\nAnswer: It is city7.\nGrade the answer from 1 to 5.',
    );
    expect(prompts).toContain(
      'Question: Where is place 2?\nReference: city2\nAnswer: I think it is nowhere\nGrade the answer from 1 to 5.',
    );

    // The snapshot: the judge's model and rubric, and each example's grade as pass/fail and score.
    const snapshot = results(tmp.dir);
    expect(snapshot.scoring).toMatchObject({
      scorer: {
        type: 'judge',
        model: { type: 'openai', name: 'grader-1' },
        rubric,
        scale: { min: 1, max: 5 },
        passAt: 3,
      },
    });
    const records = snapshot.records as StoredRecord[];
    expect(records).toHaveLength(n);
    for (const record of records) {
      const i = Number(record.id.slice(1));
      const wrong = i >= 4 && i < 8;
      expect(record, record.id).toMatchObject({ correct: !wrong, score: wrong ? 0 : 1 });
    }

    // report.json: the judge's pass rate, named as such, and its rules.
    const json = report(tmp.dir);
    expect(json.candidate).toMatchObject({ scorer: 'judge', passRate: 36 / 40, score: 36 / 40 });
    expect(gate(tmp.dir, 'judge.maxDrop')).toMatchObject({ status: 'pass', observed: 0, delta: 0 });
    expect(gate(tmp.dir, 'judgeScore.maxDrop')?.status).toBe('pass');
    expect(json.gates.some((outcome) => outcome.name.startsWith('exactMatch.'))).toBe(false);

    // The same run again with the cache: the grader is not asked once.
    const again = grader.requests.length;
    const rerun = await cli(args('candidate.jsonl', '--cache', '.cache'), tmp.dir);
    expect(rerun.status).toBe(0);
    expect(grader.requests.length - again).toBe(0);
    expect((results(tmp.dir).records as StoredRecord[]).map((record) => record.correct)).toEqual(
      records.map((record) => record.correct),
    );
  });

  it('takes a judged baseline snapshot as it is, and grades it again when the rubric changed', async () => {
    const tmp = setup();
    tmp.write(
      'candidate.jsonl',
      answers((i) => i < 4),
    );
    const first = await cli(args('candidate.jsonl'), tmp.dir);
    expect(first.status).toBe(0);
    tmp.write('judged-baseline.jsonl', readFileSync(join(tmp.dir, 'out', 'results.jsonl'), 'utf8'));
    const asBaseline = (more: string[] = []) => [
      'run',
      '--config',
      'gate.yml',
      '--dataset',
      'eval.jsonl',
      '--baseline',
      'judged-baseline.jsonl',
      '--predictions',
      'candidate.jsonl',
      '--out',
      'out',
      ...more,
    ];
    // Same judge, same rubric: only the candidate is graded.
    let before = grader.requests.length;
    const same = await cli(asBaseline(), tmp.dir);
    expect(same.status).toBe(0);
    expect(grader.requests.length - before).toBe(n);
    expect(report(tmp.dir).notes.join('\n')).not.toContain('scored again');

    // Another rubric: the baseline's stored grades are not this judge's, so it is graded again.
    tmp.write(
      'gate.yml',
      readFileSync(join(tmp.dir, 'gate.yml'), 'utf8').replace('from 1 to 5', 'from 1 (bad) to 5 (good)'),
    );
    before = grader.requests.length;
    const changed = await cli(asBaseline(), tmp.dir);
    expect(changed.status).toBe(0);
    expect(grader.requests.length - before).toBe(2 * n);
    expect(report(tmp.dir).notes.join('\n')).toContain('its outputs were scored again');
  });

  it('fails a candidate the judge grades worse, naming the rule, and passes an equal one', async () => {
    const tmp = setup();
    // 16 more answers wrong (q0..q19): a 40-point drop in the judge's pass rate.
    tmp.write(
      'worse.jsonl',
      answers((i) => i < 20),
    );
    const worse = await cli(args('worse.jsonl'), tmp.dir);
    expect(worse.status).toBe(1);
    const failed = gate(tmp.dir, 'judge.maxDrop');
    expect(failed).toMatchObject({ status: 'fail', limit: 0.02 });
    expect(failed?.observed).toBeCloseTo(16 / 40, 12);
    expect(failed?.delta).toBeCloseTo(-16 / 40, 12);
    expect(failed?.pValue).toBeLessThan(0.05);
    expect(worse.stdout).toContain('judge.maxDrop');
    expect(gate(tmp.dir, 'judgeScore.maxDrop')?.status).toBe('warn');

    // Other answers, as good: wrong on q4..q7 instead of q0..q3 (4 flips each way).
    tmp.write(
      'equal.jsonl',
      answers((i) => i >= 4 && i < 8),
    );
    const equal = await cli(args('equal.jsonl'), tmp.dir);
    expect(equal.stderr).not.toMatch(/^error/m);
    expect(equal.status).toBe(0);
    expect(gate(tmp.dir, 'judge.maxDrop')).toMatchObject({ status: 'pass', delta: 0 });
  });

  it('makes an answer the grader gave no grade (or a grading request that failed) an error, never a 0', async () => {
    const tmp = setup('maxErrorRate: 0.1');
    tmp.write(
      'abstained.jsonl',
      answers(
        (i) => i < 4,
        (i) => (i === 9 ? 'ABSTAIN' : i === 11 ? 'REFUSE' : null),
      ),
    );
    const run = await cli(args('abstained.jsonl'), tmp.dir);
    expect(run.status).toBe(0);
    const records = results(tmp.dir).records as StoredRecord[];
    const ungraded = records.find((record) => record.id === 'q9');
    expect(ungraded?.error).toBe(
      'judge: no grade from 1 to 5 in its answer "I cannot tell whether this answer is right."',
    );
    expect(ungraded?.correct).toBeNull();
    const refused = records.find((record) => record.id === 'q11');
    expect(refused?.error).toMatch(/^judge: .*400/);
    expect(refused?.correct).toBeNull();
    // Left out of the pass rate (34 of the 38 graded pass), not counted as failures.
    expect(report(tmp.dir).candidate).toMatchObject({ passRate: 34 / 38, errors: 2 });

    // Under the default error budget (0) the same answers stop the gate from passing.
    const strict = setup();
    strict.write('abstained.jsonl', readFileSync(join(tmp.dir, 'abstained.jsonl'), 'utf8'));
    const refusedRun = await cli(args('abstained.jsonl'), strict.dir);
    expect(refusedRun.status).toBe(2);
    expect(refusedRun.stderr).toContain(
      '2 of 40 examples (5.0%) ended in an error, above the 0.0% budget (maxErrorRate)',
    );
  });

  it('refuses a rubric with a misspelt field before any answer is graded, in one line', async () => {
    const tmp = setup();
    tmp.write('gate.yml', readFileSync(join(tmp.dir, 'gate.yml'), 'utf8').replace('{{input}}', '{{question}}'));
    tmp.write(
      'candidate.jsonl',
      answers((i) => i < 4),
    );
    const before = grader.requests.length;
    const run = await cli(args('candidate.jsonl'), tmp.dir);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      `error: ${join(tmp.dir, 'gate.yml')}: scoring.scorer.rubric: {{question}} is not a field of the rubric; a rubric can use {{input}}, {{output}}, {{expected}}, {{references}} and {{id}}`,
    ]);
    expect(grader.requests.length).toBe(before);
  });

  it('grades through the http adapter too', async () => {
    const tmp = tempDir('mrg-judge-http-');
    tmp.write(
      'eval.jsonl',
      jsonl(
        Array.from({ length: n }, (_, i) => ({ id: `q${i}`, input: `Where is place ${i}?`, expected: reference(i) })),
      ),
    );
    tmp.write('rubric.hbs', rubric);
    tmp.write(
      'gate.yml',
      [
        'task: generation',
        'scoring:',
        '  scorer:',
        '    type: judge',
        `    model: { type: http, url: "${grader.baseUrl}/grade", body: { text: "{{input}}" }, outputPath: result.label }`,
        '    rubricPath: rubric.hbs',
        '    scale: { min: 1, max: 10 }',
        '    passAt: 5',
      ].join('\n'),
    );
    tmp.write(
      'candidate.jsonl',
      answers((i) => i % 4 === 0),
    );
    const before = grader.requests.length;
    const run = await cli(
      ['run', '--config', 'gate.yml', '--dataset', 'eval.jsonl', '--predictions', 'candidate.jsonl', '--out', 'out'],
      tmp.dir,
    );
    expect(run.stderr).not.toMatch(/^error/m);
    const sent = grader.requests.slice(before);
    expect(sent.map((request) => request.path)).toEqual(Array(n).fill('/v1/grade'));
    expect(sent.map((request) => request.prompt)).toContain(
      'Question: Where is place 3?\nReference: city3\nAnswer: It is city3.\nGrade the answer from 1 to 5.',
    );
    const snapshot = results(tmp.dir);
    expect(snapshot.scoring).toMatchObject({
      scorer: { type: 'judge', model: { type: 'http', name: `${grader.baseUrl}/grade` }, rubric, passAt: 5 },
    });
    // Grades 5 (pass, (5 − 1) / 9 of the scale) and 1 (fail, 0).
    const records = snapshot.records as StoredRecord[];
    expect(records.find((record) => record.id === 'q1')).toMatchObject({ correct: true, score: 4 / 9 });
    expect(records.find((record) => record.id === 'q4')).toMatchObject({ correct: false, score: 0 });
    expect(report(tmp.dir).candidate).toMatchObject({ scorer: 'judge', passRate: 30 / 40 });
  });
});
