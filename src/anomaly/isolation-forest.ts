import { type SeededRandom, seededRandom } from '../stats/random.js';

/**
 * Isolation forest (Liu, Ting & Zhou 2008), with scikit-learn's defaults: 100 trees, each grown
 * on ψ = min(256, n) rows drawn without replacement, depth limit ⌈log₂ ψ⌉, score
 * 2^(−E[h(x)] / c(ψ)) in (0, 1], higher is odder. Written here because the npm packages
 * (`ml-isolation-forest`, `isolation-forest`) draw from Math.random: no seed, not reproducible.
 *
 * One change from the paper, for values the trees never saw: plain iForest routes a value
 * beyond the sample's range with the sample's extreme point, so an answer 20× longer than any
 * seen scores no higher than the longest ordinary one. Here a split on that feature isolates it
 * with the chance a split drawn over the range widened to include it would (see pathLength):
 * near 1 for a 20× outlier, near 0 just past the edge. Inside the range: the paper's scores.
 *
 * Cost: fitting O(trees · ψ log ψ); scoring O(trees · log ψ) per row; memory O(trees · ψ).
 */

interface Leaf {
  kind: 'leaf';
  size: number;
}
interface Split {
  kind: 'split';
  feature: number;
  value: number;
  left: TreeNode;
  right: TreeNode;
}
type TreeNode = Leaf | Split;

interface Tree {
  root: TreeNode;
  /** Range of the tree's sample per feature. */
  min: Float64Array;
  max: Float64Array;
  /** Rows of the fitted data this tree was grown on: they are scored by the other trees. */
  sample: Set<number>;
}

export interface IsolationForestOptions {
  seed: number;
  trees?: number;
  /** Rows per tree; default min(256, n). */
  sampleSize?: number;
}

export interface IsolationForest {
  sampleSize: number;
  trees: Tree[];
  features: number;
}

const eulerGamma = 0.5772156649015329;

/** Average path length of an unsuccessful search in a binary search tree of n nodes: c(n). */
export function averagePathLength(n: number): number {
  if (n <= 1) return 0;
  if (n === 2) return 1;
  return 2 * (Math.log(n - 1) + eulerGamma) - (2 * (n - 1)) / n;
}

/** ψ distinct indices from [0, n): Floyd's algorithm, O(ψ) whatever n is. */
function sampleWithoutReplacement(n: number, size: number, random: SeededRandom): number[] {
  const chosen = new Set<number>();
  for (let j = n - size; j < n; j++) {
    const candidate = Math.floor(random.uniform() * (j + 1));
    chosen.add(chosen.has(candidate) ? j : candidate);
  }
  return [...chosen];
}

function grow(
  rows: readonly Float64Array[],
  indices: number[],
  depth: number,
  limit: number,
  features: number,
  random: SeededRandom,
): TreeNode {
  if (depth >= limit || indices.length <= 1) return { kind: 'leaf', size: indices.length };
  const varying: { feature: number; low: number; high: number }[] = [];
  for (let feature = 0; feature < features; feature++) {
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (const index of indices) {
      const value = (rows[index] as Float64Array)[feature] as number;
      if (value < low) low = value;
      if (value > high) high = value;
    }
    if (high > low) varying.push({ feature, low, high });
  }
  // Only features that vary here can split (as scikit-learn's tree skips constant features).
  if (varying.length === 0) return { kind: 'leaf', size: indices.length };
  const { feature, low, high } = varying[Math.floor(random.uniform() * varying.length)] as (typeof varying)[number];
  const value = low + random.uniform() * (high - low);
  const left = indices.filter((index) => ((rows[index] as Float64Array)[feature] as number) < value);
  const right = indices.filter((index) => ((rows[index] as Float64Array)[feature] as number) >= value);
  return {
    kind: 'split',
    feature,
    value,
    left: grow(rows, left, depth + 1, limit, features, random),
    right: grow(rows, right, depth + 1, limit, features, random),
  };
}

export function fitIsolationForest(rows: readonly Float64Array[], options: IsolationForestOptions): IsolationForest {
  const n = rows.length;
  if (n < 2) throw new RangeError(`isolation forest: at least 2 rows are needed, got ${n}`);
  const features = (rows[0] as Float64Array).length;
  const sampleSize = Math.min(options.sampleSize ?? 256, n);
  const limit = Math.ceil(Math.log2(Math.max(2, sampleSize)));
  const random = seededRandom(options.seed);
  const trees: Tree[] = [];
  for (let t = 0; t < (options.trees ?? 100); t++) {
    const indices = sampleWithoutReplacement(n, sampleSize, random);
    const min = new Float64Array(features).fill(Number.POSITIVE_INFINITY);
    const max = new Float64Array(features).fill(Number.NEGATIVE_INFINITY);
    for (const index of indices) {
      const row = rows[index] as Float64Array;
      for (let feature = 0; feature < features; feature++) {
        min[feature] = Math.min(min[feature] as number, row[feature] as number);
        max[feature] = Math.max(max[feature] as number, row[feature] as number);
      }
    }
    trees.push({ root: grow(rows, indices, 0, limit, features, random), min, max, sample: new Set(indices) });
  }
  return { sampleSize, trees, features };
}

/**
 * Expected path length. Beyond the sample's range on the split feature, the split is taken as
 * drawn over the range widened to include the value: it isolates the value with probability
 * excess / widened range, else the walk goes on as usual. Inside the range this is the paper's h(x).
 */
function pathLength(tree: Tree, row: Float64Array): number {
  let node = tree.root;
  let depth = 0;
  let expected = 0;
  let remaining = 1;
  while (node.kind === 'split') {
    const value = row[node.feature] as number;
    const low = tree.min[node.feature] as number;
    const high = tree.max[node.feature] as number;
    const excess = value < low ? low - value : value > high ? value - high : 0;
    if (excess > 0) {
      const isolated = excess / (high - low + excess);
      expected += remaining * isolated * (depth + 1);
      remaining *= 1 - isolated;
    }
    node = value < node.value ? node.left : node.right;
    depth += 1;
  }
  return expected + remaining * (depth + averagePathLength(node.size));
}

/**
 * The anomaly score of a row. `fittedIndex`: the row's index in the fitted data, so that only
 * the trees that did not see it score it (out-of-bag): a fitted row then scores as a new row
 * from the same distribution would, and the baseline's rate is comparable to the candidate's.
 */
export function anomalyScore(forest: IsolationForest, row: Float64Array, fittedIndex: number | null = null): number {
  let total = 0;
  let counted = 0;
  for (const tree of forest.trees) {
    if (fittedIndex !== null && tree.sample.has(fittedIndex)) continue;
    total += pathLength(tree, row);
    counted += 1;
  }
  if (counted === 0) return Number.NaN;
  return 2 ** (-(total / counted) / averagePathLength(forest.sampleSize));
}
