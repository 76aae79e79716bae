import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ModelConfig, modelConfigSchema, type OpenAIConfig, openaiConfigSchema } from '../../src/config/model.js';
import type { Example } from '../../src/dataset/types.js';
import type { Logger } from '../../src/log.js';

export function example(id: string, input: unknown = id, overrides: Partial<Example> = {}): Example {
  return { id, input, expected: '', tags: {}, fields: { id, input }, ...overrides };
}

export function examples(count: number, prefix = 'ex'): Example[] {
  return Array.from({ length: count }, (_, index) => example(`${prefix}${index}`, `${prefix}${index}`));
}

/** A config as the lead's loader would hand it over: parsed, defaults filled in. */
export function modelConfig(raw: Record<string, unknown>): ModelConfig {
  return modelConfigSchema.parse(raw);
}

export function openaiConfig(raw: Record<string, unknown>): OpenAIConfig {
  return openaiConfigSchema.parse({ type: 'openai', ...raw });
}

export interface RecordingLogger extends Logger {
  lines: { level: 'info' | 'warn' | 'debug'; message: string }[];
  text(level?: 'info' | 'warn' | 'debug'): string;
}

export function recordingLogger(): RecordingLogger {
  const lines: RecordingLogger['lines'] = [];
  return {
    lines,
    info: (message) => void lines.push({ level: 'info', message }),
    warn: (message) => void lines.push({ level: 'warn', message }),
    debug: (message) => void lines.push({ level: 'debug', message }),
    text: (level) =>
      lines
        .filter((line) => level === undefined || line.level === level)
        .map((line) => line.message)
        .join('\n'),
  };
}

export async function withTempDir<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'mrg-models-'));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Messages of a rejected promise, so tests can match the one line a user would see. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

/**
 * Runner timing for tests: backoff and Retry-After waits are recorded, not slept, so a test
 * of a 429 with `Retry-After: 30` takes milliseconds.
 */
export function fastTiming() {
  const sleeps: number[] = [];
  return {
    sleeps,
    timing: {
      backoff: { baseDelayMs: 8, maxDelayMs: 64, maxRetryAfterMs: 120_000, random: () => 0.5 },
      clock: {
        now: () => performance.now(),
        sleep: (ms: number, signal?: AbortSignal) => {
          sleeps.push(ms);
          return new Promise<void>((resolve, reject) => {
            if (signal?.aborted) reject(signal.reason);
            else setImmediate(resolve);
          });
        },
      },
      progressIntervalMs: 60_000,
    },
  };
}
