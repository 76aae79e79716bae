import packageJson from '../package.json' with { type: 'json' };

/** Written into every snapshot, so a results.json says which gate made it. */
export const tool = { name: packageJson.name, version: packageJson.version };
