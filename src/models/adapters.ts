import { type LiveModelConfig, modelTypes } from '../config/model.js';
import { InputError } from '../errors.js';
import type { Logger } from '../log.js';
import { CommandAdapter } from './command.js';
import { HttpAdapter } from './http.js';
import { OpenAIAdapter } from './openai.js';
import type { ModelAdapter } from './types.js';

export interface AdapterContext {
  baseDir: string;
  env: Record<string, string | undefined>;
  logger: Logger;
  signal?: AbortSignal;
}

/** The adapter for a live model config; a missing credential is an InputError here, before any request. */
export function createAdapter(config: LiveModelConfig, context: AdapterContext): ModelAdapter {
  switch (config.type) {
    case 'command':
      return new CommandAdapter({ config, ...context });
    case 'openai':
      return new OpenAIAdapter(config, context.env);
    case 'http':
      return new HttpAdapter(config, context.env);
    default:
      throw new InputError(
        `model: unknown type "${(config as { type: unknown }).type}" (expected one of ${modelTypes.join(', ')})`,
      );
  }
}
