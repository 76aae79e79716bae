import type { GateConfig } from '../config/schema.js';
import type { Logger } from '../log.js';
import type { GateReport } from '../report/types.js';
import { alertPayload } from './payload.js';

export type NotifyConfig = NonNullable<GateConfig['notify']>;

export interface NotifyOptions {
  env: Record<string, string | undefined>;
  logger: Logger;
  runUrl: string | null;
  /** First retry delay; doubled on each retry. Tests shorten it. */
  backoffMs?: number;
  timeoutMs?: number;
}

export type NotifyResult =
  | { status: 'sent'; attempts: number }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; attempts: number; reason: string };

const retryable = (status: number) => status === 429 || status >= 500;

/** Why a request failed, without its URL: an error code or a status, never the message text. */
function failureOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code =
    typeof cause === 'object' && cause !== null && 'code' in cause ? String((cause as { code: unknown }).code) : null;
  if (error instanceof Error && error.name === 'TimeoutError') return 'timed out';
  return code ? `network error ${code}` : 'network error';
}

/**
 * Posts the verdict to the webhook whose URL is in `$<urlEnv>` (and a bearer token from
 * `$<tokenEnv>`), when the verdict is one of `on`. Network errors, 429 and 5xx are retried with
 * exponential backoff. It never throws and never decides the verdict: a failure is one warning,
 * which names the variable, not the URL (a Slack webhook URL is itself the secret).
 */
export async function notify(config: NotifyConfig, report: GateReport, options: NotifyOptions): Promise<NotifyResult> {
  const { logger } = options;
  if (!(config.on as readonly string[]).includes(report.verdict))
    return { status: 'skipped', reason: `verdict ${report.verdict} is not in notify.on` };
  const url = options.env[config.urlEnv];
  const where = `the webhook in $${config.urlEnv}`;
  if (!url) {
    logger.warn(`notify: $${config.urlEnv} is not set: no alert sent for the ${report.verdict} verdict`);
    return { status: 'skipped', reason: `$${config.urlEnv} is not set` };
  }
  const token = config.tokenEnv ? options.env[config.tokenEnv] : undefined;
  if (config.tokenEnv && !token)
    logger.warn(`notify: $${config.tokenEnv} is not set: calling ${where} without a token`);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'model-release-gate' };
  if (token) headers.authorization = `Bearer ${token}`;
  const body = JSON.stringify(alertPayload(report, config.format, options.runUrl));
  const backoffMs = options.backoffMs ?? 1000;

  let reason = '';
  for (let attempt = 1; attempt <= config.retries + 1; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await response.body?.cancel();
      if (response.ok) {
        logger.info(
          `notify: sent the ${report.verdict} verdict to ${where}${attempt > 1 ? ` (attempt ${attempt})` : ''}`,
        );
        return { status: 'sent', attempts: attempt };
      }
      reason = `HTTP ${response.status}`;
      if (!retryable(response.status)) return failed(attempt);
    } catch (error) {
      reason = failureOf(error);
    }
    if (attempt <= config.retries) {
      logger.debug(`notify: ${where} answered ${reason}; retrying`);
      await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 1)));
    }
  }
  return failed(config.retries + 1);

  function failed(attempts: number): NotifyResult {
    logger.warn(
      `notify: ${where} failed after ${attempts} attempt${attempts === 1 ? '' : 's'} (${reason}): no alert sent; the verdict stands`,
    );
    return { status: 'failed', attempts, reason };
  }
}
