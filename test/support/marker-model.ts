/**
 * A command model that leaves the file `baseline-model-ran` in its working folder when it is
 * started at all, and answers every example "maybe": tests use it to prove a model never ran.
 */
export const markerModelSource = [
  "import { writeFileSync } from 'node:fs';",
  "import { createInterface } from 'node:readline';",
  "writeFileSync('baseline-model-ran', 'yes');",
  'for await (const line of createInterface({ input: process.stdin })) {',
  "  console.log(JSON.stringify({ id: JSON.parse(line).id, output: 'maybe' }));",
  '}',
].join('\n');
