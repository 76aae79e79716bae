import type { HttpConfig } from '../config/model.js';
import { compileTemplate, type Render } from '../config/template.js';
import type { Example } from '../dataset/types.js';
import { InputError } from '../errors.js';
import { scalarAnswerText } from '../json-number.js';
import { ModelFailure } from './failure.js';
import { requestJson, valueAtPath } from './request.js';
import { envReference, redactSecrets, secretValues } from './secrets.js';
import { renderFor } from './template.js';
import { type ProxySettings, proxySettings } from './transport.js';
import type { ModelAdapter, Prediction } from './types.js';

/** A JSON value whose strings are templates, compiled once. */
type BodyTemplate = Render | null | boolean | number | BodyTemplate[] | { [key: string]: BodyTemplate };

function compileBody(value: unknown, where: string): BodyTemplate {
  if (typeof value === 'string') return compileTemplate(value, where);
  if (Array.isArray(value)) return value.map((item, index) => compileBody(item, `${where}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, compileBody(item, `${where}.${key}`)]));
  }
  return value as null | boolean | number;
}

function renderBody(template: BodyTemplate, example: Example): unknown {
  if (typeof template === 'function') return renderFor(template, example, 'body template');
  if (Array.isArray(template)) return template.map((item) => renderBody(item, example));
  if (typeof template === 'object' && template !== null) {
    return Object.fromEntries(Object.entries(template).map(([key, item]) => [key, renderBody(item, example)]));
  }
  return template;
}

/**
 * Any JSON endpoint: the body's strings are templates over the example (so values are always
 * valid JSON strings), headers are templates over environment variables (so secrets stay out
 * of the config file), and the output is read at a dot path in the response.
 */
export class HttpAdapter implements ModelAdapter {
  readonly identity: { type: string; name: string };
  private readonly headers: Record<string, string>;
  private readonly secrets: string[];
  private readonly proxy: ProxySettings;
  private readonly body: BodyTemplate | undefined;

  constructor(
    private readonly config: HttpConfig,
    env: Record<string, string | undefined>,
  ) {
    const url = new URL(config.url);
    // Origin and path only: a query string may carry a key.
    this.identity = { type: 'http', name: config.name ?? `${url.origin}${url.pathname}` };
    const where = `http model ${this.identity.name}`;
    const used: Record<string, string> = {};
    for (const [header, source] of Object.entries(config.headers)) {
      for (const [, name] of source.matchAll(envReference)) {
        const value = env[name as string];
        if (value === undefined || value === '') {
          throw new InputError(`${where}: header "${header}" uses the environment variable ${name}, which is not set`);
        }
        used[name as string] = value;
      }
    }
    this.secrets = secretValues(config, env);
    this.proxy = proxySettings(env);
    this.headers = Object.fromEntries(
      Object.entries(config.headers).map(([header, source]) => [
        header,
        compileTemplate(source, `${where}: header "${header}"`)({ env: used }),
      ]),
    );
    this.body =
      config.method === 'GET' || config.body === undefined ? undefined : compileBody(config.body, `${where}: body`);
  }

  async predict(example: Example, signal: AbortSignal): Promise<Prediction> {
    const body = this.body === undefined ? undefined : renderBody(this.body, example);
    const { url, method, maxResponseMB } = this.config;
    const response = await requestJson({
      url,
      method,
      headers: this.headers,
      body,
      signal,
      secrets: this.secrets,
      maxResponseMB,
      proxy: this.proxy,
    });
    const value = valueAtPath(response, this.config.outputPath);
    if (typeof value === 'string') return { output: redactSecrets(value, this.secrets) };
    // A number is its text, as in a predictions file (the output path names it if beyond 2^53).
    const scalar = scalarAnswerText(this.config.outputPath, value);
    if (scalar && 'refused' in scalar) throw new ModelFailure('unexpected', scalar.refused);
    if (scalar) return { output: scalar.text };
    const found =
      value === undefined ? 'nothing' : value === null ? 'null' : Array.isArray(value) ? 'an array' : 'an object';
    throw new ModelFailure(
      'unexpected',
      `the response has ${found} at the output path "${this.config.outputPath}", not text`,
    );
  }
}
