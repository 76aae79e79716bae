import { describe, expect, it } from 'vitest';
import { detectAnomalies } from '../../src/anomaly/detect.js';
import { type OutputObservation, repetitionRatio } from '../../src/anomaly/features.js';
import { outputLengths } from '../../src/metrics/lengths.js';
import { seededRandom } from '../../src/stats/random.js';

const vocabulary =
  'the model answers each question with a short plain sentence about weather cats trains music and food'.split(' ');

/** Ordinary answers: 8–20 words, latency around 400 ms; a fresh seed is a fresh run of the same model. */
function ordinaryRun(seed: number, n: number): OutputObservation[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, index) => {
    const words = 8 + Math.floor(random.uniform() * 13);
    const output = Array.from(
      { length: words },
      () => vocabulary[Math.floor(random.uniform() * vocabulary.length)],
    ).join(' ');
    return observation(`ex-${index}`, output, 300 + random.uniform() * 200);
  });
}

function observation(id: string, output: string, latencyMs: number): OutputObservation {
  // A words run: no token counts, so words stand in for them as in observationsOf.
  const length = outputLengths(output, null);
  return {
    id,
    output,
    chars: length.chars,
    words: length.words,
    tokens: length.words,
    latencyMs,
    completionTokens: length.words,
  };
}

const options = { seed: 7, contamination: 0.01, confidence: 0.95, top: 10 };

describe('anomaly detector', () => {
  const baseline = ordinaryRun(1, 400);
  const planted = new Map<string, (normal: OutputObservation) => OutputObservation>([
    ['ex-11', (normal) => observation(normal.id, '', normal.latencyMs as number)],
    ['ex-97', (normal) => observation(normal.id, Array(20).fill(normal.output).join(' '), normal.latencyMs as number)],
    [
      'ex-203',
      (normal) => observation(normal.id, Array(40).fill('I am sorry but').join(' '), normal.latencyMs as number),
    ],
    ['ex-350', (normal) => observation(normal.id, normal.output, (normal.latencyMs as number) * 10)],
  ]);
  const candidate = ordinaryRun(2, 400).map((normal) => planted.get(normal.id)?.(normal) ?? normal);

  it('ranks the planted anomalies (empty, 20× longer, a loop, 10× latency) first', () => {
    const result = detectAnomalies(baseline, candidate, options);
    expect(result).not.toBeNull();
    const firstFour = result?.top.slice(0, 4).map((example) => example.id);
    expect(new Set(firstFour)).toEqual(new Set(planted.keys()));
    // Each is flagged, and by the feature that made it odd.
    const byId = new Map(result?.top.map((example) => [example.id, example]));
    expect(byId.get('ex-350')?.features[0]?.name).toBe('latencyMs');
    expect(byId.get('ex-11')?.features.map((feature) => feature.value)).toContain(0);
    for (const id of planted.keys()) expect(byId.get(id)?.score).toBeGreaterThan(result?.threshold as number);
  });

  it('does not raise the rate on a clean re-run of the same model', () => {
    for (const seed of [2, 3, 4]) {
      const rerun = detectAnomalies(baseline, ordinaryRun(seed, 400), options);
      expect(rerun).not.toBeNull();
      // No significant rise, and the observed rise well inside what 400 examples can tell apart.
      expect(rerun?.pValue).toBeGreaterThan(0.05);
      expect(rerun?.candidateRate).toBeLessThan(0.04);
      expect(rerun?.ciLow).toBeLessThanOrEqual(0);
    }
    const same = detectAnomalies(baseline, baseline, options);
    expect(same?.delta).toBeLessThanOrEqual(0);
  });

  it('is reproducible with its seed, and the seed matters', () => {
    const once = detectAnomalies(baseline, candidate, options);
    const again = detectAnomalies(baseline, candidate, options);
    expect(again).toEqual(once);
    const otherSeed = detectAnomalies(baseline, candidate, { ...options, seed: 8 });
    expect(otherSeed?.top.map((example) => example.score)).not.toEqual(once?.top.map((example) => example.score));
  });

  it('drops features a run did not measure, and declines a baseline too small to learn from', () => {
    const noLatency = baseline.map(({ latencyMs: _latency, ...rest }) => rest);
    expect(detectAnomalies(noLatency, candidate, options)?.features).not.toContain('latencyMs');
    expect(detectAnomalies(baseline.slice(0, 10), candidate, options)).toBeNull();
  });

  it('measures a looping phrase as repetition', () => {
    expect(repetitionRatio('a b c d e f g')).toBe(0);
    expect(repetitionRatio(Array(50).fill('so sorry').join(' '))).toBeGreaterThan(0.9);
  });
});
