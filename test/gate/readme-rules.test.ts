import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema } from '../../src/config/schema.js';
import { scorerSchema } from '../../src/config/scorer.js';
import { GATE_RULES } from '../../src/gate/registry.js';
import { RULE_EXAMPLES } from '../../src/gate/rule-examples.js';
import { RULE_TABLE_END, RULE_TABLE_START, ruleTable, withRuleTable } from '../../src/gate/rule-table.js';
import { scorerNames } from '../../src/metrics/types.js';
import { defined } from '../support/defined.js';

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

describe('README rule examples', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf(RULE_TABLE_START), readme.indexOf(RULE_TABLE_END));
  /** The README's example lines, by the rule they configure (`- \`gates: { accuracy: … }\` — what it does.`). */
  const examples = new Map(
    [...section.matchAll(/^- `(\w+): \{ (\w+): (.*) \}` — (.+)$/gm)].map((match) => [
      `${match[1]}.${match[2]}`,
      { yaml: `${match[1]}: { ${match[2]}: ${match[3]} }`, says: match[4] as string },
    ]),
  );

  it('give every registered rule (and baseline.onMissing) an example with what it does', () => {
    const wanted = ['baseline.onMissing', ...GATE_RULES.map((rule) => `gates.${rule.key}`)];
    for (const at of wanted) {
      const example = examples.get(at);
      expect(example, `README.md has no example for ${at}: add one to src/gate/rule-examples.ts`).toBeDefined();
      expect(example?.says.length).toBeGreaterThan(20);
    }
    expect([...examples.keys()].sort()).toEqual(wanted.sort());
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(
      ['baseline.onMissing', ...GATE_RULES.map((rule) => rule.key)].sort(),
    );
  });

  it('are config the schema accepts, and each changes its rule from the default', () => {
    const defaults = configSchema.parse({});
    for (const [at, example] of examples) {
      const parsed = configSchema.parse(parse(example.yaml));
      const [parent, key] = at.split('.') as [keyof typeof parsed, string];
      const section = (config: typeof parsed) => config[parent] as Record<string, unknown> | string | undefined;
      const value = (config: typeof parsed) => {
        const part = section(config);
        return typeof part === 'object' && part !== null ? part[key] : undefined;
      };
      expect(value(parsed), at).toBeDefined();
      expect(value(parsed), at).not.toEqual(value(defaults));
    }
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

describe('README scorers', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### Scorers (generation)'), readme.indexOf('*Generation* is gated'));
  const block = defined(section.match(/```yaml\n([\s\S]*?)```/)?.[1], 'yaml block in "Scorers"');
  /** Each `scorer:` of the block, commented out or not, as YAML of its own (the judge's spans the lines after it). */
  const examples = block
    .split(/\n(?=#? *scorer:)/)
    .filter((part) => /^#? *scorer:/.test(part))
    .map((part) =>
      part
        .split('\n')
        .filter((line) => line.startsWith('#') || line.startsWith('  scorer:'))
        .map((line) => line.replace(/^# ?/, '').replace(/^ {2}scorer:/, 'scorer:'))
        .join('\n'),
    )
    .map((yaml) => ({ yaml, scorer: scorerSchema.parse((parse(yaml) as { scorer: unknown }).scorer) }));

  it('give every scorer an example the config schema accepts', () => {
    expect(examples.map((example) => example.scorer.type).sort()).toEqual([...scorerNames].sort());
  });

  it('say why each scorer’s defaults are what they are', () => {
    const why = section.slice(section.indexOf('Why these defaults'));
    for (const name of scorerNames)
      expect(why, `README "Scorers" has no "why" line for ${name}`).toMatch(
        new RegExp(`^- \`${name}\`\\S* .{30,}`, 'm'),
      );
  });
});
