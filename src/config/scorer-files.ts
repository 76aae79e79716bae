import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { inputError } from '../errors.js';
import { compileJsonSchema } from '../metrics/scorers.js';
import { compileTemplate } from '../models/template.js';
import type { ScorerConfig } from './scorer.js';

async function readText(path: string, what: string, key: string): Promise<string> {
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw inputError(
      path,
      error.code === 'ENOENT'
        ? `${what} not found (scoring.scorer.${key}, relative to the config file)`
        : `cannot read the ${what} (${error.code ?? error.message})`,
    );
  });
}

/**
 * Reads the files a scorer names, relative to the config file, before any model runs: a
 * json scorer's `schemaPath` becomes its `schema`, a judge's `rubricPath` its `rubric` (and
 * the rubric is compiled, so a syntax error costs no evaluation).
 */
export async function readScorerFiles(scorer: ScorerConfig, baseDir: string): Promise<ScorerConfig> {
  if (scorer.type === 'json' && scorer.schemaPath !== null) {
    const path = resolve(baseDir, scorer.schemaPath);
    const text = await readText(path, 'JSON Schema', 'schemaPath');
    let schema: unknown;
    try {
      schema = JSON.parse(text);
    } catch (error) {
      throw inputError(path, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    try {
      compileJsonSchema(schema);
    } catch (error) {
      throw inputError(
        path,
        `not a JSON Schema ajv accepts (${error instanceof Error ? error.message : String(error)}): fix the schema`,
      );
    }
    return { ...scorer, schema: schema as typeof scorer.schema, schemaPath: null };
  }
  if (scorer.type === 'judge') {
    const rubric =
      scorer.rubricPath === null
        ? (scorer.rubric as string)
        : await readText(resolve(baseDir, scorer.rubricPath), 'judge rubric', 'rubricPath');
    compileTemplate(rubric, scorer.rubricPath ?? 'scoring.scorer.rubric');
    return { ...scorer, rubric, rubricPath: null };
  }
  return scorer;
}
