import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { inputError } from '../errors.js';
import { BASELINE_STATUSES } from '../gate/missing-baseline.js';
import { VERDICTS } from '../gate/types.js';
import type { GateReport } from '../report/types.js';

/**
 * report.json from a run of someone else's code (a fork's pull request), for `mode: comment`.
 * Every string in it, keys too, is made inert before the renderer sees it: the characters
 * that make Markdown or HTML active become their full-width look-alikes, line breaks become
 * spaces, and autolinks, @mentions and #references are broken. So whatever the template does
 * with a value, nothing from the fork becomes a link, an image, a mention or markup — however
 * the renderer's own escaping changes.
 */

const MAX_REPORT_BYTES = 16 * 1024 * 1024;

// Checked so the renderer gets the shape it reads (loose: the rest is kept); every value is neutralised below anyway.
const reportShape = z
  .object({
    reportVersion: z.literal(1),
    verdict: z.enum(VERDICTS),
    gates: z.array(
      z.object({ name: z.string(), status: z.enum(['pass', 'warn', 'fail']), message: z.string() }).loose(),
    ),
    candidate: z.object({ n: z.number(), model: z.object({ name: z.string(), type: z.string() }).loose() }).loose(),
    dataset: z.object({ fingerprint: z.string() }).loose(),
    baselineSource: z.object({ status: z.enum(BASELINE_STATUSES) }).loose(),
    warnings: z.array(z.string()),
    notes: z.array(z.string()),
  })
  .loose();

const lookAlikes: Record<string, string> = {
  '&': '＆',
  '<': '＜',
  '>': '＞',
  '\\': '＼',
  '`': '｀',
  '*': '＊',
  _: '＿',
  '[': '［',
  ']': '］',
  '|': '｜',
  '~': '～',
  $: '＄',
};

export function neutralizeText(text: string): string {
  return text
    .replace(/[\r\n\t\v\f]+/g, ' ')
    .replace(/[&<>\\`*_[\]|~$]/g, (character) => lookAlikes[character] as string)
    .replace(/[@#]/g, (character) => `${character}\u200B`)
    .replace(/:\/\//g, ':\u200B//')
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\u200B.`);
}

/** Cost: one pass over the parsed JSON, each string once. */
export function neutralize(value: unknown): unknown {
  if (typeof value === 'string') return neutralizeText(value);
  if (Array.isArray(value)) return value.map(neutralize);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [neutralizeText(key), neutralize(inner)]));
  }
  return value;
}

export async function readUntrustedReport(path: string, where: string): Promise<GateReport> {
  const size = await stat(path).then(
    (info) => info.size,
    () => null,
  );
  if (size === null) throw inputError(where, 'holds no report.json');
  if (size > MAX_REPORT_BYTES)
    throw inputError(where, `report.json is ${size} bytes, more than a report can be (${MAX_REPORT_BYTES})`);
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw inputError(where, 'report.json is not JSON');
  }
  const parsed = reportShape.safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw inputError(
      where,
      `report.json is not a report of this version of the gate ` +
        `(${issue ? `${issue.path.join('.') || 'root'}: ${issue.message}` : 'shape'})`,
    );
  }
  // The shape the renderer reads was checked above; every string in it is now inert text.
  return neutralize(parsed.data) as GateReport;
}
