import { tool } from './version.js';

// The first log line comes before the bulk of the Action loads (the whole pipeline, most of it
// the tokenizer: bench/startup.bench.ts measures it), so the step's log shows at once that it
// started and which release of the gate runs. In the bundle, './action/main.js' is
// dist/action-main.js (scripts/bundle.mjs).
process.stdout.write(`${tool.name} ${tool.version}\n`);
const { run } = await import('./action/main.js');
await run();
