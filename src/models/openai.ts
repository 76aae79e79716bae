import type { OpenAIConfig } from '../config/model.js';
import { compileTemplate, type Render } from '../config/template.js';
import type { Example } from '../dataset/types.js';
import { InputError } from '../errors.js';
import { scalarAnswerText } from '../json-number.js';
import type { Usage } from '../snapshot/run-outcome.js';
import { ModelFailure } from './failure.js';
import { requestJson } from './request.js';
import { redactSecrets, secretValues } from './secrets.js';
import { inputText, renderFor } from './template.js';
import { type ProxySettings, proxySettings } from './transport.js';
import type { ModelAdapter, Prediction } from './types.js';

/**
 * An OpenAI-compatible endpoint (OpenAI, Azure-style proxies, vLLM, Ollama, llama.cpp) over
 * undici with keep-alive (request.ts) rather than the `openai` SDK: the runner owns retries,
 * timeouts, rate limits and the cache, and the SDK's own retry layer would multiply them;
 * it also keeps the bundle small.
 */
export class OpenAIAdapter implements ModelAdapter {
  readonly identity: { type: string; name: string };
  private readonly url: string;
  private readonly headers: Record<string, string>;
  private readonly secrets: string[];
  private readonly proxy: ProxySettings;
  private readonly prompt: Render | null;

  constructor(
    private readonly config: OpenAIConfig,
    env: Record<string, string | undefined>,
  ) {
    this.identity = { type: 'openai', name: config.name ?? config.model };
    const where = `openai model ${config.model}`;
    const key = config.apiKeyEnv === null ? undefined : env[config.apiKeyEnv];
    if (config.apiKeyEnv !== null && (key === undefined || key === '')) {
      throw new InputError(`${where}: the environment variable ${config.apiKeyEnv} (the API key) is not set`);
    }
    this.headers = key === undefined ? {} : { authorization: `Bearer ${key}` };
    this.secrets = secretValues(config, env);
    this.proxy = proxySettings(env);
    this.url = `${config.baseUrl.replace(/\/+$/, '')}/${config.api === 'chat' ? 'chat/completions' : 'completions'}`;
    this.prompt = config.prompt === undefined ? null : compileTemplate(config.prompt, `${where}: prompt`);
  }

  async predict(example: Example, signal: AbortSignal): Promise<Prediction> {
    const body = this.body(this.userText(example));
    const response = await requestJson({
      url: this.url,
      method: 'POST',
      headers: this.headers,
      body,
      signal,
      secrets: this.secrets,
      maxResponseMB: this.config.maxResponseMB,
      proxy: this.proxy,
    });
    // An endpoint that echoes the request (its Authorization header) must not leak the key into any file.
    const output = redactSecrets(this.outputOf(response), this.secrets);
    const usage = usageOf(response);
    return usage ? { output, usage } : { output };
  }

  /** Characters / 4 (OpenAI's rule of thumb) plus the completion budget, which OpenAI also counts. */
  estimateTokens(example: Example): number {
    let text: string;
    try {
      text = (this.config.system ?? '') + this.userText(example);
    } catch {
      text = inputText(example);
    }
    return Math.ceil(text.length / 4) + (this.config.maxTokens ?? 0);
  }

  private userText(example: Example): string {
    return this.prompt === null ? inputText(example) : renderFor(this.prompt, example, 'prompt template');
  }

  private body(user: string): Record<string, unknown> {
    const { model, system, temperature, maxTokens, seed } = this.config;
    const body: Record<string, unknown> = { model };
    if (this.config.api === 'chat') {
      body.messages =
        system === undefined
          ? [{ role: 'user', content: user }]
          : [
              { role: 'system', content: system },
              { role: 'user', content: user },
            ];
    } else {
      body.prompt = system === undefined ? user : `${system}\n\n${user}`;
    }
    if (temperature !== undefined) body.temperature = temperature;
    if (maxTokens !== undefined) body.max_tokens = maxTokens;
    if (seed !== undefined) body.seed = seed;
    return body;
  }

  private outputOf(response: unknown): string {
    const choice = (response as { choices?: unknown[] }).choices?.[0] as
      | { message?: { content?: unknown }; text?: unknown; finish_reason?: unknown }
      | undefined;
    const content = this.config.api === 'chat' ? choice?.message?.content : choice?.text;
    if (typeof content === 'string') return content;
    const field = this.config.api === 'chat' ? 'choices[0].message.content' : 'choices[0].text';
    // A compatible server that answers a number: its text, as in a predictions file.
    const scalar = scalarAnswerText(field, content);
    if (scalar && 'refused' in scalar) throw new ModelFailure('unexpected', scalar.refused);
    if (scalar) return scalar.text;
    const reason = typeof choice?.finish_reason === 'string' ? ` (finish_reason: ${choice.finish_reason})` : '';
    throw new ModelFailure('unexpected', `the response has no ${field}${reason}`);
  }
}

function usageOf(response: unknown): Usage | undefined {
  const usage = (response as { usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } }).usage;
  if (typeof usage?.prompt_tokens !== 'number' || typeof usage.completion_tokens !== 'number') return undefined;
  return { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens };
}
