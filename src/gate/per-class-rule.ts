import { z } from 'zod';
import { pClause, points, signedPoints } from '../format.js';
import { judgeDrop, noBaselineOutcome } from './metric-rules.js';
import { decision, fraction, severity } from './options.js';
import { defineRule } from './rule.js';
import { type RuleOutcome, worstStatus } from './types.js';

/** An outcome's numbers without its name, status and message. */
function facts(outcome: RuleOutcome): Omit<RuleOutcome, 'name' | 'status' | 'message'> {
  const { name: _name, status: _status, message: _message, ...rest } = outcome;
  return rest;
}

export const perClassF1Rule = defineRule({
  key: 'perClassF1',
  schema: z
    .object({
      maxDrop: fraction.nullable().default(0.05),
      severity: severity('warn'),
      decision: decision(),
    })
    .strict()
    .prefault({}),
  docs: [
    {
      name: 'perClassF1.maxDrop',
      defaults: '`0.05`, warn, significant',
      judges: "each class's paired F1 drop (bootstrap p, Holm-adjusted over the classes); the worst class's numbers",
      why: 'a class can collapse while the averages hold; a warning, as classes are many and small',
    },
  ],
  evaluate(rule, input) {
    if (rule.maxDrop === null || input.candidate.task !== 'classification') return [];
    const name = 'perClassF1.maxDrop';
    if (!input.comparison) return [noBaselineOutcome(name, 'per-class F1', rule.maxDrop, 'points')];
    const limit = rule.maxDrop;
    const judged = Object.entries(input.comparison.perClass)
      .filter(([, delta]) => delta.support > 0)
      .map(([label, delta]) => ({
        label,
        delta,
        outcome: judgeDrop(
          // The per-class p-values are Holm-adjusted: with many classes, some would cross alpha by chance.
          {
            name,
            label: `F1 of "${label}"`,
            limit,
            relative: false,
            severity: rule.severity,
            decision: rule.decision,
            alpha: input.alpha,
            confidence: input.confidence,
          },
          { ...delta, pValue: delta.holmPValue },
        ),
      }));
    const flagged = judged
      .filter((entry) => entry.outcome.status !== 'pass')
      .sort((x, y) => x.delta.delta - y.delta.delta);
    if (flagged.length === 0) {
      const worst = [...judged].sort((x, y) => x.delta.delta - y.delta.delta)[0];
      return [
        {
          ...(worst ? facts(worst.outcome) : { limit, unit: 'points' as const, decision: rule.decision }),
          name,
          status: 'pass',
          message: `no class's F1 dropped more than ${points(limit)} points (${judged.length} classes, Holm-adjusted)`,
        },
      ];
    }
    const status = worstStatus(flagged.map((entry) => entry.outcome.status));
    const listed = flagged
      .slice(0, 5)
      .map(
        (entry) =>
          `"${entry.label}" ${signedPoints(entry.delta.delta)}${entry.delta.holmPValue === null ? '' : ` (${pClause(entry.delta.holmPValue, 'Holm p')})`}`,
      )
      .join(', ');
    const more = flagged.length > 5 ? ` and ${flagged.length - 5} more` : '';
    const verb =
      status === 'warn' && rule.severity === 'fail'
        ? 'dropped more than the limit but not significantly'
        : 'dropped more than the limit';
    const message = `F1 of ${flagged.length} class${flagged.length === 1 ? '' : 'es'} ${verb} of ${points(limit)} points: ${listed}${more}`;
    // The numbers are the worst class's: the one a reviewer looks at first.
    return [{ ...facts((flagged[0] as (typeof flagged)[number]).outcome), name, status, message }];
  },
});
