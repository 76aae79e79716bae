import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { canonicalJson } from '../canonical-json.js';
import type { ResolvedConfig } from '../config/load.js';
import type { ModelConfig } from '../models/config.js';

/**
 * What a predictions model is, without where its file lies on this machine (paths are
 * absolute once resolved, and a merge job's checkout may differ from a shard job's).
 */
function modelPart(model: ModelConfig): unknown {
  return model.type === 'predictions' ? { type: model.type, name: model.name ?? basename(model.path) } : model;
}

/**
 * A fingerprint of everything that decides a shard's records besides its examples: the task,
 * the model's configuration, scoring, the declared labels and the length unit. Shards of one
 * evaluation carry the same one; canonical JSON, so key order in the config does not matter.
 * Model configs name environment variables, never secret values.
 */
export function configFingerprint(
  config: Pick<ResolvedConfig, 'task' | 'model' | 'scoring' | 'labels' | 'lengthUnit'>,
): string {
  const text = canonicalJson({
    task: config.task,
    model: modelPart(config.model),
    scoring: config.scoring,
    labels: config.labels ?? null,
    lengthUnit: config.lengthUnit,
  });
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}
