import Handlebars from 'handlebars';
import { errorMessage, InputError } from '../errors.js';

/**
 * Prompts, request bodies and judge rubrics in the config are handlebars templates. Prompts are
 * plain text, so nothing is HTML-escaped; strict mode makes a misspelt field an error instead of
 * an empty string. `{{json value}}` writes a value as JSON (structured inputs).
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
