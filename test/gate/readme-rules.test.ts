import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema } from '../../src/config/schema.js';
import { GATE_RULES } from '../../src/gate/registry.js';
import { ruleTable, withRuleTable } from '../../src/gate/rule-table.js';

describe('README rule table', () => {
  it('matches the registry (run `node scripts/readme-rules.mjs` after changing a rule)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme === withRuleTable(readme), 'README.md rule table is stale').toBe(true);
  });

  it('lists every registered rule and its config key', () => {
    const table = ruleTable();
    for (const rule of GATE_RULES) {
      expect(table).toContain(`\`gates.${rule.key}\``);
      for (const doc of rule.docs) expect(table).toContain(`\`${doc.name}\``);
    }
    expect(table).toContain('`baseline.available`');
  });

  it('makes every registered key a config key, and only those', () => {
    const gates = configSchema.parse({}).gates;
    expect(Object.keys(gates).sort()).toEqual(GATE_RULES.map((rule) => rule.key).sort());
    expect(() => configSchema.parse({ gates: { nope: {} } })).toThrow(/nope/);
  });
});

describe('README config examples', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(
    readme.indexOf('## Configuration'),
    readme.indexOf('## Models: files, local processes, endpoints'),
  );
  const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] as string);

  it('parse with the config schema, every gate key included', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of blocks) expect(() => configSchema.parse(parse(block)), block).not.toThrow();
    const full = parse(blocks[0] as string) as { gates: Record<string, unknown> };
    expect(Object.keys(full.gates).sort()).toEqual(GATE_RULES.map((rule) => rule.key).sort());
  });

  it('say the defaults the schema has', () => {
    const documented = configSchema.parse({ gates: (parse(blocks[0] as string) as { gates: object }).gates }).gates;
    const { overrides: _overrides, ...slices } = documented.slices;
    const defaults = configSchema.parse({}).gates;
    expect({ ...documented, slices: { ...slices, overrides: {} } }).toEqual(defaults);
  });
});
