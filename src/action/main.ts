import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import * as core from '@actions/core';
import { configBaselineKey, loadConfig, type ResolvedConfig } from '../config/load.js';
import { InputError, InterruptedError } from '../errors.js';
import { type BaselineOrigin, MISSING_BASELINE_RULE } from '../gate/missing-baseline.js';
import { ARTIFACT_FILES } from '../github/artifact-files.js';
import { type ArtifactStore, createArtifactStore } from '../github/artifact-store.js';
import { fetchBaseline, type ResolvedBaseline } from '../github/baseline.js';
import { type CacheStore, createCacheStore } from '../github/cache-store.js';
import { type GateRecord, writeGateRecord } from '../github/gate-record.js';
import { firstLine, httpStatus } from '../github/http-status.js';
import { createGitHubClient, type GitHubClient } from '../github/octokit.js';
import { fetchReleaseHistory } from '../github/release-history.js';
import { type RunContext, readRunContext } from '../github/run-context.js';
import type { Logger } from '../log.js';
import { secretValues } from '../models/secrets.js';
import { notify } from '../notify/webhook.js';
import { type GateRunOptions, runGate } from '../pipeline.js';
import type { GateReport } from '../report/types.js';
import { runMerge } from '../shard/merge.js';
import { runShard } from '../shard/run.js';
import { findRunAcceptance } from './acceptance.js';
import { withCacheAcrossRuns } from './cache-across-runs.js';
import { abortOnCancel } from './cancel.js';
import { commentForTriggeringRun } from './comment-mode.js';
import { type ActionOptions, defaultCommentKey, readInputs } from './inputs.js';
import { modelEnvironment, pullRequestTargetWarning } from './model-env.js';
import { gateOutputs, stepFailure } from './outputs.js';
import { attachSnapshotToRelease, commentOnPullRequest, uploadRunArtifact } from './publish.js';
import { actionsRunner, type RunnerPort } from './runner-port.js';
import { downloadShards, uploadShard } from './shards.js';

export interface ActionDeps {
  env: Record<string, string | undefined>;
  /** Where artifacts go: @actions/artifact on a runner, something else in tests. */
  artifacts: ArtifactStore;
  /** Where live endpoints' answers are kept between runs: @actions/cache on a runner. */
  cacheStore: CacheStore;
  /** Log lines, annotations and cancel signals of the publish, shard, cache and cancel steps: the runner's, or a recording in tests. */
  runner: RunnerPort;
}

/** A GitHub step summary holds at most 1 MiB; 4 bytes per character at worst. */
const SUMMARY_MAX_CHARACTERS = 262_144;

const actionLogger: Logger = {
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  debug: (message) => core.debug(message),
};

/**
 * The Action: inputs → config → baseline (and an accept label) → gate → summary, comment,
 * artifact with the gate's record, release → outputs and exit. `mode: comment` instead posts
 * the report of the run that triggered this one (comment-mode.ts). The only catch: every
 * failure ends the step with one line, its stack at debug level.
 */
export async function run(deps: Partial<ActionDeps> = {}): Promise<void> {
  const env = deps.env ?? process.env;
  try {
    await gate({
      env,
      artifacts: deps.artifacts ?? createArtifactStore(env),
      cacheStore: deps.cacheStore ?? createCacheStore(env),
      runner: deps.runner ?? actionsRunner,
    });
  } catch (error) {
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(oneLine(error));
  }
}

async function gate({ env, artifacts, cacheStore, runner }: ActionDeps): Promise<void> {
  const options = readInputs((name) => core.getInput(name));
  const context = await readRunContext(env);
  const octokit = createGitHubClient({ token: options.token, apiUrl: context.apiUrl });
  if (options.mode === 'comment') {
    const commentUrl = await commentForTriggeringRun({
      octokit,
      context,
      options,
      artifacts,
      downloadDir: join(env.RUNNER_TEMP ?? tmpdir(), `model-release-gate-comment-${process.pid}`),
      logger: actionLogger,
    });
    core.setOutput('comment-url', commentUrl ?? '');
    return;
  }
  const config = await loadConfig({
    configPath: options.configPath ?? undefined,
    overrides: {
      dataset: options.dataset ?? undefined,
      predictions: options.predictions ?? undefined,
      baseline: options.baseline.kind === 'path' ? options.baseline.path : undefined,
      baselineRepeat: options.baselineRepeat ?? undefined,
      task: options.task ?? undefined,
      lengthUnit: options.lengthUnit ?? undefined,
      labels: options.labels ?? undefined,
      reportTemplate: options.reportTemplate ?? undefined,
    },
    cwd: context.workspace,
  });
  // Before anything can print them: the runner replaces these values with *** in the log.
  for (const model of [config.model, config.baseline.model]) {
    for (const secret of model ? secretValues(model, env) : []) core.setSecret(secret);
  }
  const targetWarning = pullRequestTargetWarning(context.eventName, [config.model, config.baseline.model]);
  if (targetWarning) core.warning(targetWarning);

  const runnerTemp = env.RUNNER_TEMP ?? tmpdir();
  if (options.shard) {
    // A shard job: its examples evaluated, its snapshot uploaded; no baseline, comment or verdict.
    const shard = options.shard;
    const cancelShard = abortOnCancel(runner);
    const ran = await withCacheAcrossRuns(
      {
        runner,
        store: cacheStore,
        enabled: options.cache,
        models: [config.model],
        // Each shard keeps its own entries: the jobs of a matrix save at once, under keys of their own.
        datasetPath: `${relative(context.workspace, config.dataset.path).split(sep).join('/')}#shard-${shard.index}-of-${shard.count}`,
        runnerTemp,
        runId: env.GITHUB_RUN_ID ?? 'local',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        step: `${env.GITHUB_ACTION ?? ''}\n${shard.index}/${shard.count}`,
      },
      (cacheDir) =>
        runShard(
          {
            config,
            logger: actionLogger,
            gitSha: context.sha,
            env: modelEnvironment(env),
            runUrl: context.runUrl,
            signal: cancelShard.signal,
            ...(cacheDir === undefined ? {} : { cacheDir }),
          },
          shard,
        ),
    ).finally(cancelShard.dispose);
    core.setOutput('results-path', ran.paths.results);
    await uploadShard(runner, artifacts, options.artifactName, ran);
    return;
  }
  const shardFolders =
    options.mode === 'merge'
      ? await downloadShards(
          runner,
          artifacts,
          options.artifactName,
          join(runnerTemp, `model-release-gate-shards-${process.pid}`),
        )
      : null;

  const baseline = await resolveBaseline({ options, config, context, octokit, artifacts, env });
  const history = await fetchHistory({ options, config, context, octokit, env, baseline });
  const acceptance = options.acceptLabel
    ? await findRunAcceptance({ octokit, context, label: options.acceptLabel, logger: actionLogger })
    : null;
  const commentKey = options.commentKey ?? defaultCommentKey(context.job, options);
  const cancel = abortOnCancel(runner);
  const cacheOptions = {
    runner,
    store: cacheStore,
    enabled: options.cache,
    models: [config.model, config.baseline.model],
    datasetPath: relative(context.workspace, config.dataset.path).split(sep).join('/'),
    runnerTemp: env.RUNNER_TEMP ?? tmpdir(),
    runId: env.GITHUB_RUN_ID ?? 'local',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    // GITHUB_ACTION is the step's id, unique in its job; the comment key tells gates (and matrix jobs) apart.
    step: `${env.GITHUB_ACTION ?? ''}\n${commentKey}`,
  };
  const gateRun = await withCacheAcrossRuns(cacheOptions, (cacheDir) =>
    (shardFolders ? (gateOptions: GateRunOptions) => runMerge(gateOptions, shardFolders) : runGate)({
      config,
      ...(baseline.path === undefined ? {} : { baselinePath: baseline.path }),
      ...(baseline.origin ? { baselineOrigin: baseline.origin } : {}),
      onMissingBaseline: options.onMissingBaseline,
      ...(history ? { history } : {}),
      acceptance,
      logger: actionLogger,
      gitSha: context.sha,
      env: modelEnvironment(env),
      runUrl: context.runUrl,
      signal: cancel.signal,
      ...(cacheDir === undefined ? {} : { cacheDir }),
    }),
  ).finally(cancel.dispose);
  const report = gateRun.report;
  const render = gateRun.render;

  // Outputs first: whatever fails after this, a later step can still read the verdict.
  const outputs = gateOutputs(report, {
    reportPath: gateRun.paths.reportMarkdown,
    reportJsonPath: gateRun.paths.reportJson,
    resultsPath: gateRun.paths.results,
    commentUrl: null,
  });
  for (const [name, value] of Object.entries(outputs)) if (name !== 'comment-url') core.setOutput(name, value);

  await writeJobSummary(render(SUMMARY_MAX_CHARACTERS), env);
  for (const warning of report.warnings) core.warning(warning);
  for (const outcome of report.gates.filter((gate) => gate.status === 'warn'))
    core.warning(outcome.message, { title: `${outcome.name} (${outcome.rule})` });
  const missing = report.gates.find((gate) => gate.name === MISSING_BASELINE_RULE);
  if (missing?.status === 'pass') core.warning(missing.message);
  if (report.accepted)
    core.warning(
      `Regression accepted: ${report.accepted.by} applied "${report.accepted.label}" to PR ` +
        `#${report.accepted.pullRequest} on ${report.accepted.at}.`,
    );

  const commentUrl =
    options.comment === 'never'
      ? null
      : await commentOnPullRequest({
          runner,
          octokit,
          context,
          mode: options.comment,
          author: options.commentAuthor,
          key: commentKey,
          render,
        });
  core.setOutput('comment-url', commentUrl ?? '');
  // The record says whether this step took care of the comment (wrote it, or was told not to):
  // the comment workflow fills in only where it could not.
  const recordPath = join(gateRun.paths.outDir, ARTIFACT_FILES.record);
  await writeGateRecord(
    recordPath,
    gateRecordOf(report, context, commentKey, options.comment === 'never' || commentUrl !== null),
  );
  if (options.uploadArtifact) {
    await uploadRunArtifact({
      runner,
      artifacts,
      name: options.artifactName,
      files: [
        gateRun.paths.results,
        gateRun.paths.reportMarkdown,
        gateRun.paths.reportJson,
        gateRun.paths.reportHtml,
        recordPath,
      ],
      rootDirectory: gateRun.paths.outDir,
    });
  }
  if (options.publish !== 'false') {
    await attachSnapshotToRelease({
      runner,
      octokit,
      context,
      artifactName: options.artifactName,
      resultsPath: gateRun.paths.results,
      verdict: report.verdict,
      always: options.publish === 'always',
    });
  }

  if (config.notify) {
    // The runner masks them in every later log line, whatever prints them.
    for (const name of [config.notify.urlEnv, config.notify.tokenEnv]) if (name && env[name]) core.setSecret(env[name]);
    await notify(config.notify, report, { env, logger: actionLogger, runUrl: context.runUrl });
  }
  const failure = stepFailure(report, options.failOn);
  if (failure) core.setFailed(failure);
  else core.info(`Model gate verdict: ${report.verdict}${options.failOn === 'never' ? ' (fail-on: never)' : ''}`);
}

/** What this run decided, beside its snapshot in the artifact: what later runs and `mode: comment` read. */
function gateRecordOf(report: GateReport, context: RunContext, commentKey: string, commented: boolean): GateRecord {
  const pr = context.pullRequest;
  return {
    recordVersion: 1,
    verdict: report.verdict,
    accepted: report.verdict === 'accepted',
    acceptedBy: report.accepted
      ? {
          login: report.accepted.by,
          at: report.accepted.at,
          label: report.accepted.label,
          pullRequest: report.accepted.pullRequest,
        }
      : null,
    commit: context.sha,
    createdAt: report.createdAt,
    event: context.eventName,
    pullRequest: pr ? { number: pr.number, headSha: pr.headSha, headRepository: pr.headRepository } : null,
    commentKey,
    commented,
  };
}

/**
 * `undefined` path: the pipeline takes the baseline the config names (or the `baseline`
 * input's file, handed to the config loader). A string or null: fetched here, or none.
 */
async function resolveBaseline(args: {
  options: ActionOptions;
  config: ResolvedConfig;
  context: RunContext;
  octokit: GitHubClient;
  artifacts: ArtifactStore;
  env: Record<string, string | undefined>;
}): Promise<{ path?: string | null; origin?: BaselineOrigin }> {
  const { options, config, context, octokit, artifacts, env } = args;
  const source = options.baseline;
  if (source.kind === 'path') return {};
  if (source.kind === 'auto' && (config.baseline.path || config.baseline.model)) return {};
  // `none` and `release:` win over the config's baseline, as inputs win over the config: said, so
  // a baseline.model that does not run is no surprise.
  const skipped = configBaselineKey(config);
  if (skipped) {
    const input = source.kind === 'release' ? `release:${source.tag}` : source.kind;
    const where = options.configPath ? ` in ${options.configPath}` : '';
    core.info(`The config's ${skipped}${where} is not used: the baseline input is ${input}.`);
  }
  if (source.kind === 'none')
    return { path: null, origin: { status: 'none', source: null, reason: 'the baseline input is none' } };
  const resolved: ResolvedBaseline = await fetchBaseline(source, {
    octokit,
    context,
    token: options.token,
    artifactName: options.artifactName,
    artifacts,
    downloadDir: join(env.RUNNER_TEMP ?? tmpdir(), `model-release-gate-baseline-${process.pid}`),
    logger: actionLogger,
    maxArtifactMB: config.baseline.maxArtifactMB,
  });
  if (resolved.origin.reason && resolved.origin.status !== 'found')
    core.info(`Baseline ${resolved.origin.status}: ${resolved.origin.reason}.`);
  return resolved;
}

/** The last accepted releases for the trend and `gates.cumulativeDrop` (README "Trend across releases"). */
async function fetchHistory(args: {
  options: ActionOptions;
  config: ResolvedConfig;
  context: RunContext;
  octokit: GitHubClient;
  env: Record<string, string | undefined>;
  baseline: { path?: string | null; origin?: BaselineOrigin };
}) {
  const { options, config, context, octokit, env, baseline } = args;
  const source = baseline.origin?.source;
  const downloaded = new Map(source?.kind === 'release' && baseline.path ? [[source.tag, baseline.path]] : []);
  const rule = config.gates.cumulativeDrop;
  if (config.history === 0 && (rule.maxDrop === null || rule.against === 'best')) return null;
  return fetchReleaseHistory({
    octokit,
    owner: context.owner,
    repo: context.repo,
    artifactName: options.artifactName,
    count: config.history,
    anchor: rule.maxDrop === null ? null : rule.anchor,
    excludeReleaseId: context.release?.id ?? null,
    downloadDir: join(env.RUNNER_TEMP ?? tmpdir(), `model-release-gate-history-${process.pid}`),
    downloaded,
    logger: actionLogger,
  });
}

async function writeJobSummary(markdown: string, env: Record<string, string | undefined>): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written (the report is in report.md).');
    return;
  }
  await core.summary.addRaw(markdown, true).write();
}

/** What the step fails with: one line, never a stack trace. */
function oneLine(error: unknown): string {
  const message = firstLine(error) || 'unknown error';
  if (error instanceof InputError || error instanceof InterruptedError) return message;
  const status = httpStatus(error);
  return `Model gate could not run: ${message}${status === null ? '' : ` (HTTP ${status})`}`;
}
