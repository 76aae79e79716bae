import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { CommandConfig } from '../config/model.js';
import type { Example } from '../dataset/types.js';
import { scalarAnswerText } from '../json-number.js';
import { megabytes } from '../limits.js';
import type { Logger } from '../log.js';
import { type ResourceSampler, startResourceSampler } from '../resources/proc-sampler.js';
import type { ResourceUse } from '../resources/types.js';
import { ModelFailure } from './failure.js';
import { splitLines } from './lines.js';
import type { ModelAdapter, Prediction } from './types.js';

export interface CommandAdapterOptions {
  config: CommandConfig;
  /** The config file's directory: the default working directory of the process. */
  baseDir: string;
  env: Record<string, string | undefined>;
  logger: Logger;
  /** The run's signal: aborting it kills the process. */
  signal?: AbortSignal;
  /** How long close() waits for the process to exit on its own before it is terminated. */
  exitGraceMs?: number;
}

interface Waiter {
  resolve(prediction: Prediction): void;
  reject(error: unknown): void;
  /** When its line was handed to the operating system (performance.now()); null until then. */
  writtenAt: number | null;
}

/** Non-JSON stdout lines shown as warnings before the rest go to debug only. */
const noiseWarnings = 5;
const stderrKept = 3;
const shownChars = 200;

function clip(text: string): string {
  return text.length > shownChars ? `${text.slice(0, shownChars)}…` : text;
}

/** The id of an answer line cut short, when it comes first: `{"id": "a", …` or `{"id": 7, …`. */
function leadingId(head: string): string | null {
  const match = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)/.exec(head);
  if (match === null) return null;
  const value: unknown = JSON.parse(match[1] as string);
  return typeof value === 'number' ? String(value) : (value as string);
}

function parseAnswer(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    const isRecord = typeof value === 'object' && value !== null && !Array.isArray(value);
    return isRecord && 'id' in value ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * A local model process started once: one JSON line `{"id","input"}` per example on its stdin,
 * one JSON line `{"id","output"}` (or `{"id","error"}`) per example on its stdout, in any order.
 * Whatever else it prints is logged and skipped, since real model processes print banners.
 */
export class CommandAdapter implements ModelAdapter {
  readonly identity: { type: string; name: string };
  private child: ChildProcess | null = null;
  private readonly waiters = new Map<string, Waiter>();
  private writes: Promise<void> = Promise.resolve();
  private readonly recentStderr: string[] = [];
  private noiseLines = 0;
  private answers = 0;
  /** Set once the process is gone; every later request fails with it. */
  private exitCause: string | null = null;
  private exitCode: number | null = null;
  private closed: Promise<void> | null = null;
  private inputEnded = false;
  /** Fires when the process has answered nothing for `timeoutMs` while answers are owed. */
  private stallTimer: NodeJS.Timeout | null = null;
  /**
   * Set when the stall timer fired, cleared by the next byte the process prints: until then
   * new examples fail at once instead of each waiting out another `timeoutMs` in turn, so a
   * run against a process that went quiet ends about `timeoutMs` after its last answer.
   */
  private stalled: string | null = null;
  private readonly onRunAbort = () => this.kill('SIGKILL');
  /** CPU, peak memory and start-up of the process tree (src/resources); settled once it closed. */
  private sampler: ResourceSampler | null = null;
  private measured: Promise<ResourceUse | null> = Promise.resolve(null);
  /** When the previous answer arrived (performance.now()); null before the first. */
  private lastAnswerAt: number | null = null;

  constructor(private readonly options: CommandAdapterOptions) {
    this.identity = { type: 'command', name: options.config.name ?? options.config.command };
    options.signal?.addEventListener('abort', this.onRunAbort, { once: true });
  }

  /**
   * A process works through its input in order, so a line waiting behind 63 others is not late:
   * the timeout is on the process going quiet — nothing on stdout or stderr while answers are
   * owed — reset by every line it prints (log lines while it loads weights count), not per line.
   */
  private watchForStall(): void {
    if (this.stallTimer !== null) clearTimeout(this.stallTimer);
    this.stallTimer = null;
    if (this.waiters.size === 0 || this.exitCause !== null) return;
    const { timeoutMs } = this.options.config;
    this.stallTimer = setTimeout(() => {
      // Cleared first: a timer that has fired must not look armed to the next predict().
      this.stallTimer = null;
      const owed = [...this.waiters.values()];
      this.stalled = `no answer from the model process for ${timeoutMs} ms`;
      for (const waiter of owed)
        waiter.reject(new ModelFailure('transient', `${this.stalled} (${owed.length} waiting)`));
    }, timeoutMs);
    this.stallTimer.unref();
  }

  predict(example: Example, signal: AbortSignal): Promise<Prediction> {
    const child = this.start();
    if (this.exitCause !== null) return Promise.reject(new ModelFailure('fatal', this.exitCause));
    if (this.inputEnded)
      return Promise.reject(new ModelFailure('rejected', 'the model process input is already closed'));
    if (this.stalled !== null) return Promise.reject(new ModelFailure('transient', `${this.stalled}; not sent`));
    if (this.waiters.has(example.id)) {
      return Promise.reject(new ModelFailure('rejected', `id "${example.id}" is already waiting for an answer`));
    }
    return new Promise<Prediction>((resolvePrediction, rejectPrediction) => {
      const onAbort = () => {
        this.waiters.delete(example.id);
        rejectPrediction(signal.reason);
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      const settle = () => {
        signal.removeEventListener('abort', onAbort);
        this.waiters.delete(example.id);
      };
      const waiter: Waiter = {
        resolve: (prediction) => {
          settle();
          resolvePrediction(prediction);
        },
        reject: (error) => {
          settle();
          rejectPrediction(error);
        },
        writtenAt: null,
      };
      this.waiters.set(example.id, waiter);
      if (this.stallTimer === null) this.watchForStall();
      this.writeLine(child, `${JSON.stringify({ id: example.id, input: example.input })}\n`, () => {
        waiter.writtenAt = performance.now();
      });
    });
  }

  /** No more examples will come: the process sees the end of its input and should exit. */
  inputEnd(): void {
    this.inputEnded = true;
    const stdin = this.child?.stdin;
    if (stdin) this.writes = this.writes.then(() => void stdin.end());
  }

  async close(): Promise<void> {
    this.options.signal?.removeEventListener('abort', this.onRunAbort);
    if (this.stallTimer !== null) clearTimeout(this.stallTimer);
    if (this.child === null || this.closed === null) return;
    this.inputEnd();
    // A process that went quiet with answers owed has had its `timeoutMs`: it is not waited for again.
    const grace = this.stalled !== null && this.exitCause === null ? 0 : (this.options.exitGraceMs ?? 10_000);
    if (grace > 0 && (await this.exitsWithin(grace))) return this.reportExit();
    this.options.logger.warn(
      grace > 0
        ? `model process did not exit ${grace} ms after its input ended; terminating it`
        : `terminating the model process, which stopped answering`,
    );
    this.kill('SIGTERM');
    if (!(await this.exitsWithin(this.options.exitGraceMs ?? 10_000))) this.kill('SIGKILL');
    await this.closed;
  }

  /** The process's resource use, once close() returned; null where /proc is not there. */
  resources(): Promise<ResourceUse | null> {
    return this.measured;
  }

  private start(): ChildProcess {
    if (this.child !== null) return this.child;
    const { config, baseDir, env, logger } = this.options;
    const inherited = Object.fromEntries(
      Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    // Its own process group, so that killing it also kills what the shell started.
    const child = spawn(config.command, {
      shell: true,
      cwd: resolve(baseDir, config.cwd ?? '.'),
      env: { ...inherited, ...config.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    this.child = child;
    if (child.pid !== undefined) this.sampler = startResourceSampler(child.pid);
    child.stdin.on('error', (error) => logger.debug(`model process stdin: ${error.message}`));
    const maxLineBytes = megabytes(config.maxLineMB);
    splitLines(child.stdout, maxLineBytes, {
      line: (line) => this.onStdout(line),
      oversized: (head) => this.onOversizedLine(head),
      activity: () => this.onActivity(),
    });
    splitLines(child.stderr, maxLineBytes, {
      line: (line) => this.onStderr(line),
      oversized: () => logger.warn(`model stderr: a line longer than ${config.maxLineMB} MB, skipped`),
      activity: () => this.onActivity(),
    });
    this.closed = new Promise<void>((resolveClosed) => {
      child.on('error', (error) => {
        this.onExit(`the model process could not start: ${error.message}`);
        resolveClosed();
      });
      // 'close' (not 'exit') fires after stdout is drained, so no answer is lost.
      child.on('close', (code, signal) => {
        this.measured = this.sampler?.stop() ?? Promise.resolve(null);
        this.exitCode = code;
        const how = signal !== null ? `was killed by ${signal}` : `exited with code ${code}`;
        this.onExit(`the model process ${how} after ${this.answers} answers${this.stderrTail()}`);
        resolveClosed();
      });
    });
    return child;
  }

  /** `onWritten` runs once the line is handed to the operating system (the pipe holds it). */
  private writeLine(child: ChildProcess, line: string, onWritten: () => void = () => undefined): void {
    const stdin = child.stdin;
    if (stdin === null) return;
    // One write at a time, each after the previous one drained: the pipe's backpressure.
    this.writes = this.writes.then(
      () =>
        new Promise<void>((resolveWrite) => {
          if (!stdin.writable) return resolveWrite();
          if (stdin.write(line, (error) => error ?? onWritten())) return resolveWrite();
          const done = () => {
            stdin.off('drain', done);
            stdin.off('close', done);
            resolveWrite();
          };
          stdin.on('drain', done);
          stdin.on('close', done);
        }),
    );
  }

  /** Any output shows the process alive: the quiet clock restarts. */
  private onActivity(): void {
    this.stalled = null;
    this.watchForStall();
  }

  /** The line's id is near its start (`{"id": …`); that example fails, the others go on. */
  private onOversizedLine(head: string): void {
    const limit = `${this.options.config.maxLineMB} MB`;
    const id = leadingId(head);
    const waiter = id === null ? undefined : this.waiters.get(id);
    if (waiter === undefined) {
      this.options.logger.warn(
        `model stdout: a line longer than ${limit} (the maxLineMB limit) was skipped: ${clip(head)}`,
      );
      return;
    }
    this.answers += 1;
    queueMicrotask(() => this.watchForStall());
    waiter.reject(new ModelFailure('rejected', `answer line larger than ${limit} (the maxLineMB limit)`));
  }

  private onStdout(line: string): void {
    if (line.trim() === '') return;
    const answer = parseAnswer(line);
    if (answer === null) {
      this.noise(`model stdout (not an answer): ${clip(line)}`);
      return;
    }
    const id = typeof answer.id === 'number' ? String(answer.id) : answer.id;
    const waiter = typeof id === 'string' ? this.waiters.get(id) : undefined;
    if (waiter === undefined) {
      this.noise(`model stdout (an answer for an id not asked for, ignored): ${clip(line)}`);
      return;
    }
    this.answers += 1;
    const latencyMs = this.answerLatency(waiter);
    // The quiet clock restarts once this waiter has settled (or stops when none is left).
    queueMicrotask(() => this.watchForStall());
    if (typeof answer.error === 'string') {
      waiter.reject(new ModelFailure('rejected', `model process: ${answer.error}`));
      return;
    }
    // A number (`"output": 3`) is its text, as in a predictions file.
    const output = scalarAnswerText('output', answer.output);
    if (output === null)
      waiter.reject(new ModelFailure('unexpected', 'the answer has no "output" text or number (nor "error")'));
    else if ('refused' in output) waiter.reject(new ModelFailure('unexpected', output.refused));
    else waiter.resolve({ output: output.text, latencyMs });
  }

  /**
   * The time this answer took, without start-up and queueing: from the later of "its line was
   * written" and "the previous answer arrived" to now (a process works through its input in
   * order, so a line written earlier was waiting its turn). The first answer's time is the
   * start-up (spawn → first answer, the resource sampler's `startupMs`), reported on its own:
   * null here, so it stays out of the latency percentiles.
   */
  private answerLatency(waiter: Waiter): number | null {
    const now = performance.now();
    const previous = this.lastAnswerAt;
    this.lastAnswerAt = now;
    if (previous === null) {
      this.sampler?.markOutput();
      return null;
    }
    return Math.round(now - Math.max(waiter.writtenAt ?? now, previous));
  }

  private onStderr(line: string): void {
    this.recentStderr.push(line);
    if (this.recentStderr.length > stderrKept) this.recentStderr.shift();
    this.options.logger.info(`model stderr: ${line}`);
  }

  /** Banners and log lines on stdout are normal for model servers: shown, not warned about. */
  private noise(message: string): void {
    this.noiseLines += 1;
    const { logger } = this.options;
    if (this.noiseLines <= noiseWarnings) logger.info(message);
    else logger.debug(message);
    if (this.noiseLines === noiseWarnings)
      logger.info('further model stdout lines that are not answers are logged at debug level only');
  }

  private stderrTail(): string {
    const tail = this.recentStderr.map(clip).join(' | ');
    return tail === '' ? '' : `; last stderr: ${tail}`;
  }

  private onExit(cause: string): void {
    this.exitCause = cause;
    for (const waiter of [...this.waiters.values()]) waiter.reject(new ModelFailure('fatal', `no answer: ${cause}`));
  }

  private reportExit(): void {
    if (this.exitCode !== 0 && this.exitCause !== null) this.options.logger.warn(this.exitCause);
  }

  private async exitsWithin(ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolveTimeout) => (timer = setTimeout(() => resolveTimeout(false), ms)));
    const exited = (this.closed ?? Promise.resolve()).then(() => true as const);
    const result = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    return result;
  }

  private kill(signal: NodeJS.Signals): void {
    const pid = this.child?.pid;
    if (pid === undefined || this.exitCause !== null) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  }
}
