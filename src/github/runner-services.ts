/**
 * Why a runner service (artifacts, cache) cannot be reached from here, or null. Both need the
 * job's ACTIONS_RUNTIME_TOKEN and a service URL, which only a GitHub Actions job sets.
 * `urlNames`: the variables that may hold the URL; the first is named when none is set.
 */
export function runnerServiceMissing(
  env: Record<string, string | undefined>,
  urlNames: readonly [string, ...string[]],
  consequence: string,
): string | null {
  const missing: string[] = [];
  if (!env.ACTIONS_RUNTIME_TOKEN) missing.push('ACTIONS_RUNTIME_TOKEN');
  if (!urlNames.some((name) => env[name])) missing.push(urlNames[0]);
  return missing.length === 0 ? null : `${missing.join(' and ')} not set (${consequence})`;
}
