import { errorMessage, InputError } from '../errors.js';
import { compileTemplate } from './template.js';

/** What a judge's rubric sees of each answer (README "Scorers"). */
export interface RubricFields {
  id: string;
  input: string;
  output: string;
  /** The first reference. */
  expected: string;
  references: string[];
}

const RUBRIC_NAMES = '{{input}}, {{output}}, {{expected}}, {{references}} and {{id}}';

/**
 * Compiles a judge's rubric and renders it once on a stand-in answer, so a misspelt field
 * (`{{question}}`) is one line when the config is read, not an error on every example after
 * the model under test has run (and been paid for).
 */
export function compileRubric(source: string, where: string): (fields: RubricFields) => string {
  const render = compileTemplate(source, where);
  try {
    render({ id: 'id', input: 'input', output: 'output', expected: 'expected', references: ['expected'] });
  } catch (error) {
    const name = /"([^"]+)" not defined/.exec(errorMessage(error))?.[1];
    const what = name === undefined ? errorMessage(error).split('\n')[0] : `{{${name}}} is not a field of the rubric`;
    throw new InputError(`${where}: ${what}; a rubric can use ${RUBRIC_NAMES}`);
  }
  return render;
}
