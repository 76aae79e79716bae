import { ruleDocs } from './registry.js';
import { RULE_EXAMPLES } from './rule-examples.js';

export const RULE_TABLE_START =
  '<!-- rules:start (generated from src/gate/registry.ts by scripts/readme-rules.mjs) -->';
export const RULE_TABLE_END = '<!-- rules:end -->';

const cell = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');

/** The README's table of every rule: outcome name, where it is configured, default, what it judges, why. */
export function ruleTable(): string {
  const rows = ['| rule | configured by | default | judges | why this default |', '|---|---|---|---|---|'];
  for (const { rule, docs } of ruleDocs()) {
    for (const doc of docs)
      rows.push(`| \`${doc.name}\` | \`${rule}\` | ${cell(doc.defaults)} | ${cell(doc.judges)} | ${cell(doc.why)} |`);
  }
  return rows.join('\n');
}

/** One example per rule, in the table's order: the config line and what the gate then does. */
export function ruleExamples(): string {
  const lines = Object.values(RULE_EXAMPLES).map((example) => {
    const [parent, key] = splitPath(example.at);
    return `- \`${parent}: { ${key}: ${example.yaml} }\` — ${cell(example.says)}.`;
  });
  return `An example for each rule (\`parent: { key: value }\` is YAML; write it as a block if you prefer):\n\n${lines.join('\n')}`;
}

function splitPath(path: string): [string, string] {
  const dot = path.indexOf('.');
  return [path.slice(0, dot), path.slice(dot + 1)];
}

/** The README with its rule table and examples regenerated; throws when the markers are missing. */
export function withRuleTable(readme: string): string {
  const from = readme.indexOf(RULE_TABLE_START);
  const to = readme.indexOf(RULE_TABLE_END);
  if (from < 0 || to < 0) throw new Error('README.md has no rule table markers');
  const section = `${RULE_TABLE_START}\n${ruleTable()}\n\n${ruleExamples()}\n${RULE_TABLE_END}`;
  return readme.slice(0, from) + section + readme.slice(to + RULE_TABLE_END.length);
}
