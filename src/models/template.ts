import Handlebars from 'handlebars';
import type { Example } from '../dataset/types.js';
import { errorMessage, InputError } from '../errors.js';
import { ModelFailure } from './failure.js';

/**
 * Prompts and request bodies are handlebars templates. Prompts are plain text, so nothing is
 * HTML-escaped; strict mode makes a misspelt field an error instead of an empty string.
 * `{{json value}}` writes a value as JSON (structured inputs).
 */
const handlebars = Handlebars.create();
handlebars.registerHelper('json', (value: unknown) => JSON.stringify(value));

export type Render = (context: object) => string;

/** Compiles now, so that a syntax error is an InputError naming `where`, not a failure per example. */
export function compileTemplate(source: string, where: string): Render {
  try {
    handlebars.precompile(source, { strict: true });
  } catch (error) {
    throw new InputError(`${where}: invalid template (${errorMessage(error).split('\n')[0]})`);
  }
  const template = handlebars.compile(source, { noEscape: true, strict: true });
  return (context) => template(context);
}

/** What a prompt template sees: every source field, then `id` and `input` (after field mapping). */
export function templateContext(example: Example): Record<string, unknown> {
  return { ...example.fields, id: example.id, input: example.input };
}

/** The example's input as text: a string as it is, anything else as JSON. */
export function inputText(example: Example): string {
  return typeof example.input === 'string' ? example.input : JSON.stringify(example.input);
}

/** Renders for one example; a field the example lacks fails the request as a config mismatch. */
export function renderFor(render: Render, example: Example, where: string): string {
  try {
    return render(templateContext(example));
  } catch (error) {
    throw new ModelFailure('unexpected', `${where}: ${errorMessage(error).split('\n')[0]}`);
  }
}
