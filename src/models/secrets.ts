import type { ModelConfig } from '../config/model.js';

/** An environment variable named in a header template (`{{env.NAME}}`); matchAll-only, it is global. */
export const envReference = /\benv\.([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * The secret values a model config makes the adapter send: the API key of an `openai` model,
 * the variables its header templates read for an `http` model. The Action registers each with
 * the runner (`::add-mask::`) before anything runs. A value with line breaks is listed whole
 * and line by line, because the runner masks its log line by line. `predictions` and `command`
 * models send no credentials of ours (a command's own environment is the user's to mask).
 */
export function secretValues(config: ModelConfig, env: Record<string, string | undefined>): string[] {
  const names: string[] = [];
  if (config.type === 'openai' && config.apiKeyEnv !== null) names.push(config.apiKeyEnv);
  if (config.type === 'http') {
    for (const template of Object.values(config.headers)) {
      for (const [, name] of template.matchAll(envReference)) if (name !== undefined) names.push(name);
    }
  }
  const values = new Set<string>();
  for (const name of names) {
    const value = env[name];
    if (value === undefined || value.trim() === '') continue;
    values.add(value);
    for (const line of value.split(/\r?\n/)) if (line.trim() !== '' && line !== value) values.add(line);
  }
  return [...values];
}

/**
 * Every secret value in `text` replaced by ***, longest first (so a whole multi-line value goes
 * before its lines). Applied to outputs as well as to error messages: an endpoint that echoes
 * its Authorization header must not put the key into results, the cache, the report or a comment.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  if (secrets.length === 0) return text;
  const longestFirst = [...secrets].filter((secret) => secret !== '').sort((a, b) => b.length - a.length);
  return longestFirst.reduce(
    (result, secret) => (result.includes(secret) ? result.split(secret).join('***') : result),
    text,
  );
}
