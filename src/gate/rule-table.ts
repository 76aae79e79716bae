import { ruleDocs } from './registry.js';

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
  return `${RULE_TABLE_START}\n${rows.join('\n')}\n${RULE_TABLE_END}`;
}

/** The README with its rule table regenerated; throws when the markers are missing. */
export function withRuleTable(readme: string): string {
  const from = readme.indexOf(RULE_TABLE_START);
  const to = readme.indexOf(RULE_TABLE_END);
  if (from < 0 || to < 0) throw new Error('README.md has no rule table markers');
  return readme.slice(0, from) + ruleTable() + readme.slice(to + RULE_TABLE_END.length);
}
