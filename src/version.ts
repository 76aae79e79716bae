import packageJson from '../package.json' with { type: 'json' };

/** Written into every snapshot, so a results.json says which gate made it. */
export const tool = { name: packageJson.name, version: packageJson.version };

/**
 * What workflows write in `uses:`: the repository named in package.json (OWNER until the
 * project's real owner is filled in there) at the major tag the release workflow moves —
 * `v0` while the package is 0.x, as `v1` will follow 1.0.0 (.github/workflows/release.yml).
 */
export const actionRef = `${packageJson.repository.url.replace(/^git\+https:\/\/github\.com\/|\.git$/g, '')}@v${packageJson.version.split('.')[0]}`;
