import type { ModelConfig } from '../config/model.js';

/** What lets a process act as the job: the runner's service tokens and the URLs they go to. */
const RUNNER_CREDENTIALS = new Set([
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
]);

/**
 * The environment the model adapters get (API-key variables, `command` processes): the job's,
 * without the Action's inputs (INPUT_GITHUB-TOKEN holds the token) and the runner's
 * credentials. The model under test is the least trusted code in the job; the Action's own
 * GitHub, artifact and cache clients keep the full environment.
 */
export function modelEnvironment(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !name.startsWith('INPUT_') && !RUNNER_CREDENTIALS.has(name)),
  );
}

/**
 * A warning for `pull_request_target` runs with a `command` model: such a run has a write
 * token and the repository's secrets, and a workflow that checks out the pull request to
 * run its model runs the pull request's code with them. Null when that cannot happen.
 */
export function pullRequestTargetWarning(eventName: string, models: ReadonlyArray<ModelConfig | null>): string | null {
  if (eventName !== 'pull_request_target' || !models.some((model) => model?.type === 'command')) return null;
  return (
    'This `pull_request_target` run starts a `command` model: it runs with a write token and the ' +
    'repository’s secrets, so a command from the pull request’s checkout runs the pull request’s code with ' +
    'them. Gate `command` models on `pull_request` instead.'
  );
}
