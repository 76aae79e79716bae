import { describe, expect, it } from 'vitest';
import type { ModelConfig } from '../../src/config/model.js';
import { InputError } from '../../src/errors.js';
import { runModel } from '../../src/models/run.js';
import { example, recordingLogger, rejection } from './helpers.js';

describe('runModel', () => {
  it('an unknown adapter type is one line listing the known ones', async () => {
    const config = { type: 'onnx', path: 'model.onnx' } as unknown as ModelConfig;
    const error = await rejection(
      runModel({ config, examples: [example('a')], baseDir: '.', env: {}, logger: recordingLogger() }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('model: unknown type "onnx" (expected one of predictions, command, openai, http)');
  });
});
