// The README's table of the Action's inputs and outputs is generated from action.yml, so the
// two cannot drift: `node scripts/readme-inputs.mjs` rewrites it; a test fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const start = '<!-- inputs:start (generated from action.yml by scripts/readme-inputs.mjs) -->';
const end = '<!-- inputs:end -->';

const oneLine = (text) => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');

export function inputsTable(actionYaml) {
  const action = parse(actionYaml);
  const rows = ['| input | default | what it does |', '|---|---|---|'];
  for (const [name, input] of Object.entries(action.inputs)) {
    const value = input.default === undefined || input.default === '' ? '—' : `\`${input.default}\``;
    rows.push(`| \`${name}\` | ${value} | ${oneLine(input.description)} |`);
  }
  rows.push('', '| output | what it holds |', '|---|---|');
  for (const [name, output] of Object.entries(action.outputs))
    rows.push(`| \`${name}\` | ${oneLine(output.description)} |`);
  return `${start}\n${rows.join('\n')}\n${end}`;
}

export function withInputsTable(readme, actionYaml) {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < 0) throw new Error('README.md has no inputs table markers');
  return readme.slice(0, from) + inputsTable(actionYaml) + readme.slice(to + end.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', withInputsTable(readme, readFileSync('action.yml', 'utf8')));
}
