import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { zipFiles } from './zip.js';

/**
 * A small GitHub REST server on 127.0.0.1 that speaks the endpoints the Action uses, keeps
 * their state in memory and records every request. Tests point the real Octokit (and
 * @actions/artifact) at it through GITHUB_API_URL and assert on the recorded requests.
 */

export interface FakeUser {
  login: string;
  type: 'User' | 'Bot';
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
}

export interface FakeRun {
  id: number;
  /** Workflow file name, e.g. `gate.yml` (what `workflow_id` accepts). */
  workflow: string;
  headBranch: string;
  event: string;
  conclusion: 'success' | 'failure' | 'cancelled';
  /** `owner/repo` of the head repository; a fork's runs have the fork here. */
  headRepository?: string;
  headSha?: string;
  /** ISO time; default a fixed November date. */
  createdAt?: string;
}

export interface FakePullRequest {
  number: number;
  headSha: string;
  headRef: string;
  /** `owner/repo` the head branch lives in (a fork's for fork PRs). */
  headRepository: string;
  baseRef: string;
  state: 'open' | 'closed';
  labels: string[];
  mergedAt?: string;
  mergeCommitSha?: string;
}

export interface FakeIssueEvent {
  issueNumber: number;
  event: 'labeled' | 'unlabeled' | 'closed' | 'merged';
  label?: string;
  actor: string;
  createdAt: string;
}

export interface FakeArtifact {
  id: number;
  runId: number;
  name: string;
  expired?: boolean;
  files: Record<string, string>;
  /** The archive as uploaded through the results service; else built from `files`. */
  zip?: Buffer;
}

export interface FakeAsset {
  id: number;
  name: string;
  content: Buffer;
}

export interface FakeRelease {
  id: number;
  tagName: string;
  publishedAt?: string;
  draft?: boolean;
  prerelease?: boolean;
  assets: FakeAsset[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  accept: string | undefined;
  body: unknown;
}

export interface FakeGitHubState {
  owner: string;
  repo: string;
  /** The token's own user as `GET /user` sees it; null answers 403 like an installation token. */
  tokenUser: FakeUser | null;
  /** Who comments made with the token are attributed to. */
  commentAuthor: FakeUser;
  comments: FakeComment[];
  runs: FakeRun[];
  artifacts: FakeArtifact[];
  releases: FakeRelease[];
  pulls: FakePullRequest[];
  issueEvents: FakeIssueEvent[];
  /**
   * `"METHOD routeName"` → status to answer instead, e.g. `"POST comments": 403`, or `'reset'`:
   * close the connection without an answer, as a network failure does.
   */
  faults: Record<string, number | 'reset'>;
}

export interface FakeGitHub {
  url: string;
  state: FakeGitHubState;
  requests: RecordedRequest[];
  /** ACTIONS_RUNTIME_TOKEN for a job of run `runId`: uploads through the results service land there. */
  runtimeToken(runId: number): string;
  /** Requests whose route name is `route` (see the table below), in order. */
  requestsTo(route: string): RecordedRequest[];
  /** Back to an empty repository (state overrides applied) with no recorded requests. */
  reset(overrides?: Partial<FakeGitHubState>): void;
  close(): Promise<void>;
}

type Handler = (context: RouteContext) => Reply;
interface RouteContext {
  params: string[];
  query: URLSearchParams;
  body: unknown;
  rawBody: Buffer;
  accept: string;
  base: string;
  url: URL;
}
interface Reply {
  status: number;
  json?: unknown;
  raw?: { contentType: string; data: Buffer };
  headers?: Record<string, string>;
}

const GITHUB_WEB = 'https://github.com';

export async function startFakeGitHub(initial: Partial<FakeGitHubState> = {}): Promise<FakeGitHub> {
  const emptyState = (overrides: Partial<FakeGitHubState>): FakeGitHubState => ({
    owner: 'acme',
    repo: 'classifier',
    tokenUser: null,
    commentAuthor: { login: 'github-actions[bot]', type: 'Bot' },
    comments: [],
    runs: [],
    artifacts: [],
    releases: [],
    pulls: [],
    issueEvents: [],
    faults: {},
    ...overrides,
  });
  const state = emptyState(initial);
  const requests: Array<RecordedRequest & { route: string }> = [];
  let nextId = 9000;
  // Uploads in progress through the results service: blocks staged by the blob client.
  const uploads = new Map<number, { name: string; runId: number; blocks: Map<string, Buffer>; zip: Buffer | null }>();
  const archiveOf = (artifact: FakeArtifact) => artifact.zip ?? zipFiles(artifact.files);
  const twirp = '/twirp/github.actions.results.api.v1.ArtifactService';

  const repoPath = () => `/repos/${state.owner}/${state.repo}`;
  const commentJson = (comment: FakeComment) => ({
    id: comment.id,
    body: comment.body,
    user: comment.user,
    html_url: `${GITHUB_WEB}/${state.owner}/${state.repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
  });
  const assetJson = (base: string, asset: FakeAsset) => ({
    id: asset.id,
    name: asset.name,
    size: asset.content.length,
    url: `${base}${repoPath()}/releases/assets/${asset.id}`,
    browser_download_url: `${GITHUB_WEB}/${state.owner}/${state.repo}/releases/download/x/${asset.name}`,
  });
  const releaseJson = (base: string, release: FakeRelease) => ({
    id: release.id,
    tag_name: release.tagName,
    html_url: `${GITHUB_WEB}/${state.owner}/${state.repo}/releases/tag/${release.tagName}`,
    created_at: release.publishedAt ?? '2026-11-01T08:00:00Z',
    published_at: release.publishedAt ?? '2026-11-01T08:00:00Z',
    draft: release.draft ?? false,
    prerelease: release.prerelease ?? false,
    upload_url: `${base}/uploads${repoPath()}/releases/${release.id}/assets{?name,label}`,
    assets: release.assets.map((asset) => assetJson(base, asset)),
  });
  const notFound: Reply = { status: 404, json: { message: 'Not Found' } };
  const pullJson = (pull: FakePullRequest) => ({
    number: pull.number,
    state: pull.state,
    html_url: `${GITHUB_WEB}/${state.owner}/${state.repo}/pull/${pull.number}`,
    labels: pull.labels.map((name, index) => ({ id: index + 1, name })),
    merged_at: pull.mergedAt ?? null,
    merge_commit_sha: pull.mergeCommitSha ?? null,
    head: {
      sha: pull.headSha,
      ref: pull.headRef,
      label: `${pull.headRepository.split('/')[0]}:${pull.headRef}`,
      repo: { full_name: pull.headRepository },
    },
    base: { ref: pull.baseRef, repo: { full_name: `${state.owner}/${state.repo}` } },
  });

  // Route names are what tests pass to requestsTo().
  const routes: Array<{ method: string; name: string; pattern: RegExp; handle: Handler }> = [
    {
      method: 'GET',
      name: 'user',
      pattern: /^\/user$/,
      handle: () =>
        state.tokenUser
          ? { status: 200, json: state.tokenUser }
          : { status: 403, json: { message: 'Resource not accessible by integration' } },
    },
    {
      method: 'GET',
      name: 'comments',
      pattern: /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/,
      handle: ({ params, query, url }) => {
        const issueNumber = Number(params[0]);
        const all = state.comments.filter((comment) => comment.issueNumber === issueNumber).map(commentJson);
        return paginate(url, query, all, (items) => items);
      },
    },
    {
      method: 'POST',
      name: 'comments',
      pattern: /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/,
      handle: ({ params, body }) => {
        const comment: FakeComment = {
          id: nextId++,
          issueNumber: Number(params[0]),
          body: String((body as { body?: unknown }).body),
          user: state.commentAuthor,
        };
        state.comments.push(comment);
        return { status: 201, json: commentJson(comment) };
      },
    },
    {
      method: 'PATCH',
      name: 'comment',
      pattern: /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/,
      handle: ({ params, body }) => {
        const comment = state.comments.find((candidate) => candidate.id === Number(params[0]));
        if (!comment) return notFound;
        comment.body = String((body as { body?: unknown }).body);
        return { status: 200, json: commentJson(comment) };
      },
    },
    {
      method: 'GET',
      name: 'issue-events',
      pattern: /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/events$/,
      handle: ({ params, query, url }) => {
        const events = state.issueEvents
          .filter((event) => event.issueNumber === Number(params[0]))
          .map((event, index) => ({
            id: index + 1,
            event: event.event,
            actor: { login: event.actor, type: 'User' },
            created_at: event.createdAt,
            ...(event.label === undefined ? {} : { label: { name: event.label, color: 'ededed' } }),
          }));
        return paginate(url, query, events, (items) => items);
      },
    },
    {
      method: 'GET',
      name: 'pulls',
      pattern: /^\/repos\/[^/]+\/[^/]+\/pulls$/,
      handle: ({ query, url }) => {
        // GitHub's `head` filter is `owner:branch`; `state` defaults to open.
        const wanted = query.get('state') ?? 'open';
        const head = query.get('head');
        const pulls = state.pulls
          .filter((pull) => wanted === 'all' || pull.state === wanted)
          .filter((pull) => !head || `${pull.headRepository.split('/')[0]}:${pull.headRef}` === head)
          .map(pullJson);
        return paginate(url, query, pulls, (items) => items);
      },
    },
    {
      method: 'GET',
      name: 'commit-pulls',
      pattern: /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/pulls$/,
      handle: ({ params, query, url }) => {
        const sha = params[0] ?? '';
        const pulls = state.pulls.filter((pull) => pull.mergeCommitSha === sha || pull.headSha === sha).map(pullJson);
        return paginate(url, query, pulls, (items) => items);
      },
    },
    {
      method: 'GET',
      name: 'workflow-runs',
      pattern: /^\/repos\/[^/]+\/[^/]+\/actions\/workflows\/([^/]+)\/runs$/,
      handle: ({ params, query, url }) => {
        const workflow = decodeURIComponent(params[0] ?? '');
        const runs = state.runs
          .filter((run) => run.workflow === workflow)
          .filter((run) => !query.has('branch') || run.headBranch === query.get('branch'))
          .filter((run) => !query.has('event') || run.event === query.get('event'))
          .filter((run) => !query.has('status') || run.conclusion === query.get('status'))
          .sort((a, b) => b.id - a.id)
          .map((run) => ({
            id: run.id,
            name: 'gate',
            path: `.github/workflows/${run.workflow}`,
            head_branch: run.headBranch,
            head_sha: run.headSha ?? `sha-of-run-${run.id}`,
            created_at: run.createdAt ?? '2026-11-01T10:00:00Z',
            event: run.event,
            status: 'completed',
            conclusion: run.conclusion,
            html_url: `${GITHUB_WEB}/${state.owner}/${state.repo}/actions/runs/${run.id}`,
            head_repository: { full_name: run.headRepository ?? `${state.owner}/${state.repo}` },
          }));
        return paginate(url, query, runs, (items) => ({ total_count: runs.length, workflow_runs: items }));
      },
    },
    {
      method: 'GET',
      name: 'run-artifacts',
      pattern: /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/,
      handle: ({ params, query, url }) => {
        const runId = Number(params[0]);
        const artifacts = state.artifacts
          .filter((artifact) => artifact.runId === runId)
          .filter((artifact) => !query.has('name') || artifact.name === query.get('name'))
          .map((artifact) => ({
            id: artifact.id,
            name: artifact.name,
            size_in_bytes: archiveOf(artifact).length,
            expired: artifact.expired ?? false,
            created_at: '2026-11-01T10:00:00Z',
            expires_at: '2027-01-30T10:00:00Z',
            workflow_run: { id: runId },
          }));
        return paginate(url, query, artifacts, (items) => ({ total_count: artifacts.length, artifacts: items }));
      },
    },
    {
      method: 'GET',
      name: 'artifact-zip',
      pattern: /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/,
      handle: ({ params, base }) => {
        const artifact = state.artifacts.find((candidate) => candidate.id === Number(params[0]));
        if (!artifact) return notFound;
        if (artifact.expired) return { status: 410, json: { message: 'Artifact has expired' } };
        return { status: 302, headers: { location: `${base}/blob/artifacts/${artifact.id}.zip?sig=signed` } };
      },
    },
    {
      method: 'GET',
      name: 'artifact-blob',
      pattern: /^\/blob\/artifacts\/(\d+)\.zip$/,
      handle: ({ params }) => {
        const artifact = state.artifacts.find((candidate) => candidate.id === Number(params[0]));
        if (!artifact) return notFound;
        return { status: 200, raw: { contentType: 'application/zip', data: archiveOf(artifact) } };
      },
    },
    {
      method: 'GET',
      name: 'release-latest',
      pattern: /^\/repos\/[^/]+\/[^/]+\/releases\/latest$/,
      handle: ({ base }) => {
        const latest = publishedReleases()[0];
        return latest ? { status: 200, json: releaseJson(base, latest) } : notFound;
      },
    },
    {
      method: 'GET',
      name: 'release-by-tag',
      pattern: /^\/repos\/[^/]+\/[^/]+\/releases\/tags\/(.+)$/,
      handle: ({ params, base }) => {
        const tag = decodeURIComponent(params[0] ?? '');
        const release = state.releases.find((candidate) => candidate.tagName === tag);
        return release ? { status: 200, json: releaseJson(base, release) } : notFound;
      },
    },
    {
      method: 'GET',
      name: 'releases',
      pattern: /^\/repos\/[^/]+\/[^/]+\/releases$/,
      handle: ({ query, url, base }) => {
        const releases = [...state.releases].sort((a, b) => b.id - a.id).map((release) => releaseJson(base, release));
        return paginate(url, query, releases, (items) => items);
      },
    },
    {
      method: 'GET',
      name: 'release-asset',
      pattern: /^\/repos\/[^/]+\/[^/]+\/releases\/assets\/(\d+)$/,
      handle: ({ params, accept, base }) => {
        const asset = findAsset(Number(params[0]));
        if (!asset) return notFound;
        if (accept.includes('application/octet-stream')) {
          return { status: 302, headers: { location: `${base}/blob/assets/${asset.id}?sig=signed` } };
        }
        return { status: 200, json: assetJson(base, asset) };
      },
    },
    {
      method: 'GET',
      name: 'asset-blob',
      pattern: /^\/blob\/assets\/(\d+)$/,
      handle: ({ params }) => {
        const asset = findAsset(Number(params[0]));
        return asset
          ? { status: 200, raw: { contentType: 'application/octet-stream', data: asset.content } }
          : notFound;
      },
    },
    {
      method: 'GET',
      name: 'release-assets',
      pattern: /^\/repos\/[^/]+\/[^/]+\/releases\/(\d+)\/assets$/,
      handle: ({ params, query, url, base }) => {
        const release = state.releases.find((candidate) => candidate.id === Number(params[0]));
        if (!release) return notFound;
        return paginate(
          url,
          query,
          release.assets.map((asset) => assetJson(base, asset)),
          (items) => items,
        );
      },
    },
    {
      method: 'DELETE',
      name: 'release-asset',
      pattern: /^\/repos\/[^/]+\/[^/]+\/releases\/assets\/(\d+)$/,
      handle: ({ params }) => {
        for (const release of state.releases) {
          release.assets = release.assets.filter((asset) => asset.id !== Number(params[0]));
        }
        return { status: 204 };
      },
    },
    {
      method: 'POST',
      name: 'upload-asset',
      pattern: /^\/uploads\/repos\/[^/]+\/[^/]+\/releases\/(\d+)\/assets$/,
      handle: ({ params, query, rawBody, base }) => {
        const release = state.releases.find((candidate) => candidate.id === Number(params[0]));
        if (!release) return notFound;
        const name = query.get('name') ?? '';
        if (release.assets.some((asset) => asset.name === name)) {
          return { status: 422, json: { message: 'Validation Failed', errors: [{ code: 'already_exists' }] } };
        }
        const asset: FakeAsset = { id: nextId++, name, content: rawBody };
        release.assets.push(asset);
        return { status: 201, json: assetJson(base, asset) };
      },
    },
    // The runner's artifact (results) service, as @actions/artifact uploads: a Twirp call
    // for a signed URL, Azure blob block uploads to it, and a Twirp call to finalize.
    {
      method: 'POST',
      name: 'create-artifact',
      pattern: new RegExp(`^${twirp}/CreateArtifact$`),
      handle: ({ body, base }) => {
        // Twirp's JSON carries the proto field names (workflow_run_backend_id).
        const request = body as { name: string; workflow_run_backend_id: string };
        const id = nextId++;
        uploads.set(id, {
          name: request.name,
          runId: Number(request.workflow_run_backend_id.replace('run-', '')),
          blocks: new Map(),
          zip: null,
        });
        return { status: 200, json: { ok: true, signed_upload_url: `${base}/blob/upload/${id}?sig=signed` } };
      },
    },
    {
      method: 'PUT',
      name: 'blob-upload',
      pattern: /^\/blob\/upload\/(\d+)$/,
      handle: ({ params, query, rawBody }) => {
        const upload = uploads.get(Number(params[0]));
        if (!upload) return notFound;
        if (query.get('comp') === 'block') {
          upload.blocks.set(query.get('blockid') ?? '', rawBody);
        } else if (query.get('comp') === 'blocklist') {
          const order = [...rawBody.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map(
            (match) => match[1] ?? '',
          );
          upload.zip = Buffer.concat(order.map((blockId) => upload.blocks.get(blockId) ?? Buffer.alloc(0)));
        } else {
          upload.zip = rawBody;
        }
        return { status: 201, headers: { etag: '"0x1"', 'x-ms-request-id': 'fake', 'x-ms-version': '2025-01-05' } };
      },
    },
    {
      method: 'POST',
      name: 'finalize-artifact',
      pattern: new RegExp(`^${twirp}/FinalizeArtifact$`),
      handle: ({ body }) => {
        const request = body as { name: string };
        const entry = [...uploads.entries()].find(([, upload]) => upload.name === request.name && upload.zip);
        if (!entry) return { status: 404, json: { code: 'not_found', msg: 'no upload' } };
        const [id, upload] = entry;
        uploads.delete(id);
        state.artifacts.push({
          id,
          runId: upload.runId,
          name: upload.name,
          files: {},
          zip: upload.zip ?? Buffer.alloc(0),
        });
        return { status: 200, json: { ok: true, artifact_id: String(id) } };
      },
    },
    // Listing and downloading the current run's artifacts (what @actions/artifact does without
    // `findBy`): only artifacts of the run the runtime token's claim names are visible.
    {
      method: 'POST',
      name: 'list-artifacts',
      pattern: new RegExp(`^${twirp}/ListArtifacts$`),
      handle: ({ body }) => {
        const request = body as { workflow_run_backend_id: string; id_filter?: string; name_filter?: string };
        const runId = Number(request.workflow_run_backend_id.replace('run-', ''));
        const artifacts = state.artifacts
          .filter((artifact) => artifact.runId === runId && !artifact.expired)
          .filter((artifact) => request.id_filter === undefined || String(artifact.id) === String(request.id_filter))
          .filter((artifact) => request.name_filter === undefined || artifact.name === request.name_filter)
          .map((artifact) => ({
            workflow_run_backend_id: `run-${artifact.runId}`,
            workflow_job_run_backend_id: 'job-1',
            database_id: String(artifact.id),
            name: artifact.name,
            size: String(archiveOf(artifact).length),
            created_at: '2026-11-01T10:00:00Z',
          }));
        return { status: 200, json: { artifacts } };
      },
    },
    {
      method: 'POST',
      name: 'signed-artifact-url',
      pattern: new RegExp(`^${twirp}/GetSignedArtifactURL$`),
      handle: ({ body, base }) => {
        const request = body as { workflow_run_backend_id: string; name: string };
        const runId = Number(request.workflow_run_backend_id.replace('run-', ''));
        const artifact = state.artifacts.find(
          (candidate) => candidate.runId === runId && candidate.name === request.name,
        );
        if (!artifact) return { status: 404, json: { code: 'not_found', msg: 'no such artifact' } };
        return { status: 200, json: { signed_url: `${base}/blob/artifacts/${artifact.id}.zip?sig=signed` } };
      },
    },
  ];

  function publishedReleases(): FakeRelease[] {
    return state.releases.filter((release) => !release.draft && !release.prerelease).sort((a, b) => b.id - a.id);
  }
  function findAsset(id: number): FakeAsset | undefined {
    return state.releases.flatMap((release) => release.assets).find((asset) => asset.id === id);
  }

  const server: Server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      response.statusCode = 500;
      response.end(JSON.stringify({ message: String(error) }));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks);
    const base = `http://${request.headers.host ?? '127.0.0.1'}`;
    const url = new URL(request.url ?? '/', base);
    const isJson = /\bapplication\/json\b/.test(String(request.headers['content-type'] ?? ''));
    const body: unknown =
      isJson && rawBody.length > 0 ? JSON.parse(rawBody.toString('utf8')) : rawBody.length > 0 ? rawBody : undefined;
    const method = request.method ?? 'GET';
    const route = routes.find((candidate) => candidate.method === method && candidate.pattern.test(url.pathname));
    requests.push({
      route: route?.name ?? 'unknown',
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: request.headers.authorization,
      accept: request.headers.accept,
      body: isJson ? body : undefined,
    });
    if (!route)
      return send(response, { status: 404, json: { message: `fake GitHub: no route for ${method} ${url.pathname}` } });
    const fault = state.faults[`${method} ${route.name}`];
    if (fault === 'reset') {
      request.socket.destroy();
      return;
    }
    if (fault !== undefined)
      return send(response, { status: fault, json: { message: 'Resource not accessible by integration' } });
    // Blob URLs are pre-signed; everything else needs the token like the real API.
    if (!url.pathname.startsWith('/blob/') && !request.headers.authorization) {
      return send(response, { status: 401, json: { message: 'Requires authentication' } });
    }
    const params = route.pattern.exec(url.pathname)?.slice(1) ?? [];
    const accept = String(request.headers.accept ?? '');
    send(response, route.handle({ params, query: url.searchParams, body, rawBody, accept, base, url }));
  }

  function send(response: ServerResponse, reply: Reply): void {
    response.statusCode = reply.status;
    for (const [name, value] of Object.entries(reply.headers ?? {})) response.setHeader(name, value);
    if (reply.raw) {
      response.setHeader('content-type', reply.raw.contentType);
      response.end(reply.raw.data);
    } else if (reply.json !== undefined) {
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.end(JSON.stringify(reply.json));
    } else {
      response.end();
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    state,
    requests,
    runtimeToken: (runId) => {
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.Results:run-${runId}:job-1` })}.unsigned`;
    },
    requestsTo: (route) => requests.filter((request) => request.route === route),
    reset: (overrides = {}) => {
      Object.assign(state, emptyState(overrides));
      requests.length = 0;
      uploads.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** GitHub's page/per_page pagination with a Link header to the next page. */
function paginate<T>(url: URL, query: URLSearchParams, items: T[], wrap: (page: T[]) => unknown): Reply {
  const perPage = Number(query.get('per_page') ?? 30);
  const page = Number(query.get('page') ?? 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const headers: Record<string, string> = {};
  if (page * perPage < items.length) {
    const next = new URL(url);
    next.searchParams.set('page', String(page + 1));
    next.searchParams.set('per_page', String(perPage));
    headers.link = `<${next.toString()}>; rel="next"`;
  }
  return { status: 200, json: wrap(slice), headers };
}
