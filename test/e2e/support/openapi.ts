// Checks HTTP requests and responses against GitHub's own OpenAPI description of the REST API
// (@octokit/openapi, generated/api.github.com.json). The description is OpenAPI 3.0: its
// schemas are JSON Schema with `nullable`, `discriminator`, `example` and `#/components/...`
// references, so they are normalised once and handed to ajv, which compiles only the schemas
// an operation in use reaches.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Obj;
  'x-multi-segment'?: boolean;
}

interface Operation {
  operationId: string;
  parameters?: Obj[];
  requestBody?: Obj;
  responses: Record<string, Obj>;
}

export interface Route {
  method: string;
  template: string;
  operationId: string;
  /** Literal characters in the template: the more, the more specific. */
  specificity: number;
  regex: RegExp;
  names: string[];
  operation: Operation;
  pathParameters: Obj[];
}

export interface Match {
  route: Route;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
}

export interface HttpRequest {
  method: string;
  /** Path and query, as on the request line. */
  url: string;
  contentType: string | undefined;
  body: string;
}

export interface HttpResponse {
  status: number;
  contentType: string | undefined;
  body: string;
}

/** Statuses GitHub may send from any operation, whether or not the description lists them. */
export const ANY_OPERATION_STATUSES = [403, 429, 500, 502, 503, 504];

const SPEC_FILE = createRequire(import.meta.url).resolve(
  '@octokit/openapi/generated/api.github.com.json',
);
const SCHEMA_ID = 'https://api.github.com/openapi.json';
/** OpenAPI keywords that are not JSON Schema (or whose data must not be walked). */
const DROPPED = new Set([
  'nullable',
  'discriminator',
  'example',
  'examples',
  'xml',
  'externalDocs',
]);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not']);

/**
 * An OpenAPI 3.0 schema as JSON Schema for ajv: `nullable: true` becomes a type list (or an
 * `anyOf` with null around combinators and references), `#/components/...` references point
 * into the registered description, and documentation-only keywords go.
 */
export function normaliseSchema(schema: Json, formats?: Set<string>): Json {
  if (Array.isArray(schema)) return schema.map((s) => normaliseSchema(s, formats));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Obj = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.startsWith('#/') ? `${SCHEMA_ID}${value}` : value;
    } else if (
      SCHEMA_MAPS.has(key) &&
      value &&
      typeof value === 'object' &&
      !Array.isArray(value)
    ) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, s]) => [name, normaliseSchema(s, formats)]),
      );
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((s) => normaliseSchema(s, formats));
    } else if (SCHEMA_VALUES.has(key)) {
      out[key] = normaliseSchema(value, formats);
    } else {
      if (key === 'format' && typeof value === 'string') formats?.add(value);
      out[key] = value; // type, enum, required, format, …: data, copied as it is
    }
  }
  if (schema.nullable !== true) return out;
  const combined = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not'].some((k) => k in out);
  if (typeof out.type === 'string' && !combined) {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

function addFormats(ajv: Ajv, formats: Set<string>): void {
  const checked: Record<string, (v: string) => boolean> = {
    'date-time': (v) => DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)),
    date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v),
    uri: (v) => URL.canParse(v),
    email: (v) => /^[^\s@]+@[^\s@]+$/.test(v),
  };
  for (const name of formats) {
    // Formats with no check here (int32, repo.nwo, …) are accepted as they are.
    ajv.addFormat(name, checked[name] ?? true);
  }
}

function errorsText(errors: ErrorObject[] | null | undefined, where: string): string[] {
  // oneOf/anyOf report every branch; the first few errors say enough.
  return (errors ?? [])
    .slice(0, 8)
    .map((e) => `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}${paramsText(e)}`);
}

function paramsText(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'required') return '';
  if (e.keyword === 'enum') return ` (${JSON.stringify(p.allowedValues)})`;
  if (e.keyword === 'additionalProperties') return ` ("${String(p.additionalProperty)}")`;
  return '';
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class OpenApi {
  readonly routes: Route[] = [];
  private readonly ajv: Ajv;
  /** Path and query parameters arrive as strings: this instance coerces them. */
  private readonly paramAjv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly components: Obj;

  constructor(spec: Obj) {
    const formats = new Set<string>();
    // Only the schemas are normalised up front (for ajv to reference); responses, parameters
    // and request bodies are normalised where their schemas are used.
    const raw = (spec.components ?? {}) as Record<string, Obj>;
    const schemas = Object.entries(raw.schemas ?? {}).map(([n, s]) => [
      n,
      normaliseSchema(s, formats),
    ]);
    this.components = { ...raw, schemas: Object.fromEntries(schemas) as Obj };
    JSON.stringify(spec.paths, (key, value: unknown) => {
      if (key === 'format' && typeof value === 'string') formats.add(value);
      return value;
    });
    const options = { strict: false, allErrors: true, validateSchema: false } as const;
    this.ajv = new Ajv(options);
    this.paramAjv = new Ajv({ ...options, coerceTypes: true });
    for (const ajv of [this.ajv, this.paramAjv]) {
      addFormats(ajv, formats);
      ajv.addSchema({ $id: SCHEMA_ID, components: { schemas: this.components.schemas! } });
    }
    for (const [template, item] of Object.entries((spec.paths ?? {}) as Record<string, Obj>)) {
      const shared = (item.parameters ?? []) as Obj[];
      for (const [method, op] of Object.entries(item)) {
        if (!['get', 'put', 'post', 'patch', 'delete', 'head', 'options'].includes(method))
          continue;
        this.routes.push(
          this.route(method.toUpperCase(), template, op as unknown as Operation, shared),
        );
      }
    }
    this.routes.sort((a, b) => b.specificity - a.specificity);
  }

  /** A named example of the description (components/examples), as a fresh copy. */
  example(name: string): Json {
    const examples = (this.components.examples ?? {}) as Record<string, Obj>;
    const found = examples[name];
    if (!found) throw new Error(`the OpenAPI description has no example ${name}`);
    return structuredClone(found.value!);
  }

  /** The description, read once per process (it is 13 MB). */
  static load(): OpenApi {
    cached ??= new OpenApi(JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as Obj);
    return cached;
  }

  private route(method: string, template: string, operation: Operation, shared: Obj[]): Route {
    const all = [...shared, ...(operation.parameters ?? [])].map((p) => this.deref(p) as Obj);
    const names: string[] = [];
    const pattern = template.replace(/\{([^}]+)\}|[^{]+/g, (part, name?: string) => {
      if (!name) return escapeRegex(part);
      names.push(name);
      const param = all.find((p) => p.in === 'path' && p.name === name) as Parameter | undefined;
      return param?.['x-multi-segment'] ? '(.+)' : '([^/]+)';
    });
    return {
      method,
      template,
      operationId: operation.operationId,
      specificity: template.replace(/\{[^}]+\}/g, '').length,
      regex: new RegExp(`^${pattern}$`),
      names,
      operation,
      pathParameters: all,
    };
  }

  /** Follows a `#/components/...` reference in the (normalised) description. */
  private deref(node: Json): Json {
    let current = node;
    for (let i = 0; i < 10; i++) {
      const ref = (current as Obj | null)?.$ref;
      if (typeof ref !== 'string') return current;
      const pointer = ref.replace(SCHEMA_ID, '').replace(/^#\//, '').split('/');
      let target: Json = { components: this.components };
      for (const key of pointer)
        target = (target as Obj)[key.replace(/~1/g, '/').replace(/~0/g, '~')]!;
      current = target;
    }
    return current;
  }

  /** The operation for a method and path (most specific template first). */
  match(method: string, pathname: string): Match | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1]!);
      });
      return { route, params };
    }
    return undefined;
  }

  private validator(key: string, schema: () => Json, params = false): ValidateFunction {
    let fn = this.compiled.get(key);
    if (!fn) {
      fn = (params ? this.paramAjv : this.ajv).compile(normaliseSchema(schema()) as object);
      this.compiled.set(key, fn);
    }
    return fn;
  }

  /** Problems with a request: unknown operation, path and query parameters, body. */
  checkRequest(req: HttpRequest): { match: Match | undefined; violations: string[] } {
    const url = new URL(req.url, 'http://localhost');
    const match = this.match(req.method, url.pathname);
    const what = `${req.method} ${url.pathname}`;
    if (!match) {
      return { match, violations: [`${what}: no operation of the description matches`] };
    }
    const { route } = match;
    const id = route.operationId;
    const violations: string[] = [];

    for (const where of ['path', 'query'] as const) {
      const declared = route.pathParameters.filter((p) => p.in === where) as unknown as Parameter[];
      const values: Record<string, string | string[]> = {};
      if (where === 'path') Object.assign(values, match.params);
      else {
        for (const key of new Set(url.searchParams.keys())) {
          const all = url.searchParams.getAll(key);
          values[key] = all.length > 1 ? all : all[0]!;
        }
      }
      const validate = this.validator(
        `${id} ${where}`,
        () => ({
          type: 'object',
          properties: Object.fromEntries(declared.map((p) => [p.name, p.schema ?? {}])),
          required: declared.filter((p) => p.required).map((p) => p.name),
          additionalProperties: false,
        }),
        true,
      );
      if (!validate({ ...values })) {
        violations.push(...errorsText(validate.errors, `${id}: ${where} parameters`));
      }
    }

    const requestBody = this.deref(route.operation.requestBody ?? null) as Obj | null;
    if (req.body.length === 0) {
      if (requestBody?.required) violations.push(`${id}: the request body is required`);
    } else if (!requestBody) {
      violations.push(`${id}: the operation takes no request body, but one was sent`);
    } else {
      const type = (req.contentType ?? '').split(';')[0]!.trim().toLowerCase();
      const content = (requestBody.content ?? {}) as Record<string, Obj>;
      const media = content[type];
      if (!media) {
        violations.push(
          `${id}: request content-type "${type}" is not one of ${Object.keys(content).join(', ')}`,
        );
      } else {
        const body = parseJson(req.body);
        if (body === undefined) violations.push(`${id}: the request body is not JSON`);
        else {
          const validate = this.validator(`${id} request ${type}`, () => media.schema ?? {});
          if (!validate(body))
            violations.push(...errorsText(validate.errors, `${id}: request body`));
        }
      }
    }
    return { match, violations };
  }

  /** Problems with a response: a status the operation does not have, or a body not its schema. */
  checkResponse(match: Match, res: HttpResponse): string[] {
    const { route } = match;
    const id = route.operationId;
    const responses = route.operation.responses;
    const status = String(res.status);
    let declared = responses[status] ?? responses[`${status[0]}XX`] ?? responses.default;
    let documented = `response ${status}`;
    if (!declared) {
      if (!ANY_OPERATION_STATUSES.includes(res.status)) {
        return [
          `${id}: status ${status} is not a response of the operation (${Object.keys(responses).join(', ')})`,
        ];
      }
      // A rate limit or a server error: GitHub sends its usual error object.
      declared = {
        content: { 'application/json': { schema: { $ref: '#/components/schemas/basic-error' } } },
      };
      documented = `response ${status} (any operation)`;
    }
    const response = this.deref(declared) as Obj;
    const content = response.content as Record<string, Obj> | undefined;
    if (!content || Object.keys(content).length === 0) {
      return res.body.length === 0
        ? []
        : [`${id}: ${documented} has no content, but a body was sent`];
    }
    const type = (res.contentType ?? '').split(';')[0]!.trim().toLowerCase();
    const media = content[type];
    if (!media) {
      return [
        `${id}: ${documented} content-type "${type}" is not one of ${Object.keys(content).join(', ')}`,
      ];
    }
    const body = parseJson(res.body);
    if (body === undefined) return [`${id}: ${documented} body is not JSON`];
    const validate = this.validator(`${id} ${status} ${type}`, () => media.schema ?? {});
    return validate(body) ? [] : errorsText(validate.errors, `${id}: ${documented} body`);
  }
}

let cached: OpenApi | undefined;

function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}
