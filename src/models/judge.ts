import { compileRubric } from '../config/rubric.js';
import { type JudgeConfig, judgeModelIdentity } from '../config/scorer.js';
import type { DatasetKeys, Example } from '../dataset/types.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { referencesOf } from '../metrics/references.js';
import { gradeScore, parseGrade } from '../metrics/scorers.js';
import type { RecordTable } from '../snapshot/table.js';
import { runModel } from './run.js';

export interface JudgeOptions {
  judge: JudgeConfig;
  /** The dataset's keys: each row's input (as records keep it) and references. */
  keys: Pick<DatasetKeys, 'rowOfId' | 'expected' | 'inputs'>;
  baseDir: string;
  env: Record<string, string | undefined>;
  logger: Logger;
  cacheDir?: string;
  signal?: AbortSignal;
}

/** How many answers the judge graded and how many it left without a grade (those became errors). */
export interface JudgeSummary {
  graded: number;
  ungraded: number;
}

/**
 * Grades every answered row of `table` with the judge model, in place: its grade becomes the
 * row's pass/fail and score; an answer without a grade on the scale (or a judge request that
 * failed after its retries) makes the row an error, never a 0. The requests go through
 * runModel like the model's own: cached under `--cache`, retried, rate-limited. The prompt is
 * the rubric over `input`, `output`, `expected` (the first reference), `references` and `id`.
 */
export async function judgeTable(table: RecordTable, options: JudgeOptions): Promise<JudgeSummary> {
  const { judge } = options;
  const rubric = compileRubric(judge.rubric ?? '', 'scoring.scorer.rubric');
  const prompts: Example[] = [];
  const rows: number[] = [];
  for (let row = 0; row < table.size; row++) {
    const output = table.outputOf(row);
    if (output === null || table.errorOf(row) !== undefined) continue;
    const id = table.id(row);
    const datasetRow = options.keys.rowOfId.get(id);
    const expected = datasetRow === undefined ? table.expectedOf(row) : (options.keys.expected[datasetRow] as string);
    const input = datasetRow === undefined ? (table.inputOf(row) ?? '') : options.keys.inputs.get(datasetRow);
    const references = referencesOf(expected);
    let prompt: string;
    try {
      prompt = rubric({ id, input, output, expected: references[0] ?? '', references });
    } catch (error) {
      table.markError(row, `judge: the rubric cannot be rendered (${errorMessage(error).split('\n')[0]})`);
      continue;
    }
    prompts.push({ id, input: prompt, expected: '', tags: {}, fields: {} });
    rows.push(row);
  }
  if (prompts.length === 0) return { graded: 0, ungraded: 0 };
  // Named as the snapshot names the judge ("grader-1", not "openai").
  const { name } = judgeModelIdentity(judge.model);
  options.logger.info(`Judge ${judge.model.type} model ${name}: grading ${prompts.length} answers`);
  const run = await runModel({
    config: judge.model,
    examples: prompts,
    baseDir: options.baseDir,
    env: options.env,
    logger: options.logger,
    cacheDir: options.cacheDir,
    signal: options.signal,
  });
  let graded = 0;
  run.outcomes.forEach((outcome, index) => {
    const row = rows[index] as number;
    if ('error' in outcome) {
      table.markError(row, `judge: ${outcome.error}`);
      return;
    }
    const grade = parseGrade(outcome.output, judge.scale);
    if (grade === null) {
      const shown = outcome.output.length > 80 ? `${outcome.output.slice(0, 79)}…` : outcome.output;
      table.markError(
        row,
        `judge: no grade from ${judge.scale.min} to ${judge.scale.max} in its answer ${JSON.stringify(shown)}`,
      );
      return;
    }
    const verdict = gradeScore(grade, judge);
    table.rescore(row, {
      expected: table.expectedOf(row),
      prediction: table.predictionOf(row),
      correct: verdict.pass,
      score: verdict.score,
    });
    graded += 1;
  });
  return { graded, ungraded: rows.length - graded };
}
