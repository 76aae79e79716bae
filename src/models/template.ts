import type { Render } from '../config/template.js';
import type { Example } from '../dataset/types.js';
import { errorMessage } from '../errors.js';
import { ModelFailure } from './failure.js';

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
