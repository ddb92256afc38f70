import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../schema/proposal.schema.json' with { type: 'json' };
import { didYouMean } from '../suggest.js';
import type { NodePath, Proposal } from '../types.js';
import type { Problem, SourceDocument } from './parse.js';

let compiled: ValidateFunction | undefined;

// Compiled on first use, so commands that judge nothing (rules, explain, --help) never pay for it.
function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, verbose: true, strict: true }).compile(schema);
  return compiled;
}

export interface Validated {
  /** The proposal when every problem is confined to its waivers (the bad waivers removed). */
  proposal: Proposal | undefined;
  problems: Problem[];
}

/** Checks a parsed document against schema/proposal.schema.json, mapping errors to lines. */
export function validateProposal(doc: SourceDocument): Validated {
  const data = doc.data;
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    const found = data === null || data === undefined ? 'an empty document' : describe(data);
    return {
      proposal: undefined,
      problems: [
        {
          rule: 'proposal-invalid',
          message: `a proposal is a mapping of fields (service, language, kind, workload, …); found ${found}`,
          ...doc.locate([]),
        },
      ],
    };
  }
  const validate = validator();
  if (validate(data)) return { proposal: data as Proposal, problems: [] };

  const problems: Problem[] = [];
  const badWaivers = new Set<number>();
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const path = pointerToPath(error.instancePath);
    const problem = describeError(error, path, doc);
    const key = `${problem.line}:${problem.column}:${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (path[0] === 'waivers' && typeof path[1] === 'number') {
      badWaivers.add(path[1]);
      problems.push({ ...problem, rule: 'waiver-invalid' });
    } else {
      problems.push(problem);
    }
  }
  const onlyWaivers = problems.every((p) => p.rule === 'waiver-invalid');
  if (!onlyWaivers) return { proposal: undefined, problems };
  const proposal = { ...(data as Proposal) };
  proposal.waivers = (proposal.waivers ?? []).filter((_, i) => !badWaivers.has(i));
  return { proposal, problems };
}

function pointerToPath(pointer: string): NodePath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `workload.latency.p99-ms`, `constraints[0].source`. */
export function fieldName(path: NodePath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || 'the proposal';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${JSON.stringify(truncate(value))}`;
  return `${typeof value} ${String(value)}`;
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function describeError(error: ErrorObject, path: NodePath, doc: SourceDocument): Problem {
  const field = `\`${fieldName(path)}\``;
  const problem = (message: string, at: NodePath, target: 'key' | 'value' = 'value'): Problem => ({
    rule: 'proposal-invalid',
    message,
    ...doc.locate(at, target),
  });
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return problem(`missing required field \`${fieldName([...path, missing])}\``, path);
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      const where = path.length ? ` in ${field}` : '';
      return problem(
        `unknown field \`${key}\`${where}.${didYouMean(key, known)}`.replace(/\.\s*$/, ''),
        [...path, key],
        'key',
      );
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = error.data;
      const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
      return problem(
        `${field} must be one of ${allowed.join(', ')}; found ${describe(value)}.${hint}`,
        path,
      );
    }
    case 'type': {
      const want = String(params.type);
      const quote =
        want === 'string' && typeof error.data === 'number'
          ? ` Quote it ("${String(error.data)}"): YAML reads an unquoted 1.20 as the number 1.2.`
          : '';
      return problem(`${field} must be ${article(want)}; found ${describe(error.data)}.${quote}`, path);
    }
    case 'minimum':
    case 'maximum': {
      const bound = error.keyword === 'minimum' ? 'at least' : 'at most';
      return problem(
        `${field} must be ${bound} ${String(params.limit)}; found ${String(error.data)}`,
        path,
      );
    }
    case 'minLength':
      return problem(`${field} must not be empty`, path);
    case 'pattern':
      return problem(
        `${field} must be a language name in lower case, such as go or rust; found ${describe(error.data)}.` +
          (typeof error.data === 'string' && /^[a-z]/i.test(error.data)
            ? ` Did you mean \`${error.data.toLowerCase().trim()}\`?`
            : ''),
        path,
      );
    default:
      return problem(`${field} ${error.message ?? 'is not valid'}`, path);
  }
}

function article(type: string): string {
  const name = type === 'integer' ? 'whole number' : type === 'object' ? 'mapping' : type === 'array' ? 'list' : type;
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}
