// Declarative rules from the configuration: a `when` condition over proposal fields and a
// message with {field.path} placeholders. Compiled once into ordinary Rule objects.
import proposalSchema from '../../schema/proposal.schema.json' with { type: 'json' };
import { schemaIssues, type SchemaWording } from '../core/proposal/validate.js';
import { fields as fieldValidators } from '../generated/validators.js';
import type { Rule, RuleHit } from '../core/rules/rule.js';
import type { NodePath, Severity } from '../core/types.js';
import { readField, resolveField, type ResolvedField } from './fields.js';

/** A rule written in the configuration. */
export interface CustomRule extends Rule {
  /** The `docs` link of the configuration, if any. */
  link?: string;
}

/** What a missing field reads as in a message. */
export const NOT_SET = '(not set)';
/** What an empty list reads as in a message. */
export const NONE = '(none)';
// Proposal text inside a message is data; keep one field from flooding the report.
const MAX_VALUE_CHARS = 200;
// Deeper conditions are refused; nobody writes them, and recursion must stay bounded.
export const MAX_CONDITION_DEPTH = 16;

const TESTS = ['equals', 'one-of', 'gt', 'gte', 'lt', 'lte', 'exists'] as const;
const COMBINATORS = ['all', 'any', 'not'] as const;

type Predicate = (data: unknown) => boolean;

/** Where the rule compiler reports a problem: a path in the configuration. */
export interface CompileContext {
  report(path: NodePath, message: string, target?: 'key' | 'value'): void;
  /** True when the schema already reported a problem at or beneath `path`. */
  hasSchemaIssue(path: NodePath): boolean;
  source?(path: NodePath): string | undefined;
}

/**
 * Checks and compiles `custom-rules` (already checked against the schema where
 * `ctx.hasSchemaIssue` says nothing). `builtIn` are the ids a custom rule may not take.
 */
export function compileCustomRules(
  list: readonly unknown[],
  builtIn: ReadonlySet<string>,
  ctx: CompileContext,
): CustomRule[] {
  const rules: CustomRule[] = [];
  const seen = new Map<string, number>();
  list.forEach((raw, i) => {
    const at: NodePath = ['custom-rules', i];
    if (!isRecord(raw)) return;
    const { id, severity, message, description, docs, when } = raw;
    if (typeof id === 'string' && !ctx.hasSchemaIssue([...at, 'id'])) {
      if (builtIn.has(id)) {
        ctx.report(
          [...at, 'id'],
          `the custom rule \`${id}\` has the id of a built-in rule; give it another id, or set the built-in's severity under \`rules\``,
        );
      } else if (seen.has(id)) {
        ctx.report(
          [...at, 'id'],
          `two custom rules have the id \`${id}\` (items ${seen.get(id)!} and ${i}); ids must be unique`,
        );
      }
      seen.set(id, i);
    }
    if (typeof docs === 'string' && !ctx.hasSchemaIssue([...at, 'docs']) && !isWebLink(docs)) {
      ctx.report([...at, 'docs'], '`docs` must be an http or https link');
    }
    const render =
      typeof message === 'string' ? compileMessage(message, [...at, 'message'], ctx) : undefined;
    const condition =
      when !== undefined && !ctx.hasSchemaIssue([...at, 'when'])
        ? compileCondition(when, [...at, 'when'], ctx, 0)
        : undefined;
    if (typeof id !== 'string' || !isSeverity(severity) || !render || !condition) return;
    rules.push({
      id,
      severity,
      description: typeof description === 'string' ? description : (message as string),
      docs: {
        why: typeof description === 'string' ? description : 'A rule of the team’s configuration.',
        fix: typeof docs === 'string' ? `See ${docs}.` : 'Ask the owners of the configuration.',
        fires: '',
        passes: '',
      },
      ...(typeof docs === 'string' ? { link: docs } : {}),
      check({ proposal }): RuleHit[] {
        if (!condition.test(proposal)) return [];
        // The first field the condition names that the proposal sets; else the language.
        const named = condition.fields.find((f) => readField(proposal, f, false) !== undefined);
        return [{ message: render(proposal), path: named?.path ?? ['language'] }];
      },
    });
  });
  return rules;
}

interface Compiled {
  test: Predicate;
  /** The fields the condition names, depth first. */
  fields: ResolvedField[];
}

function compileCondition(
  raw: unknown,
  at: NodePath,
  ctx: CompileContext,
  depth: number,
): Compiled | undefined {
  if (!isRecord(raw)) return undefined;
  if (depth >= MAX_CONDITION_DEPTH) {
    ctx.report(at, `conditions nest deeper than ${MAX_CONDITION_DEPTH} levels; simplify the rule`);
    return undefined;
  }
  const tests = TESTS.filter((k) => Object.hasOwn(raw, k));
  const combinators = COMBINATORS.filter((k) => Object.hasOwn(raw, k));
  if (typeof raw.field === 'string') {
    if (combinators.length > 0) {
      ctx.report(
        [...at, combinators[0]!],
        `a condition either tests \`field\` or combines conditions with ${combinators[0]!}, not both; move the test on \`${raw.field}\` into the \`${combinators[0]!}\` list`,
        'key',
      );
      return undefined;
    }
    if (tests.length !== 1) {
      ctx.report(
        tests.length === 0 ? at : [...at, tests[1]!],
        tests.length === 0
          ? `the condition on \`${raw.field}\` has no test: add one of ${TESTS.join(', ')}`
          : `the condition on \`${raw.field}\` has ${tests.length} tests (${tests.join(', ')}); give each its own condition under \`all\``,
        tests.length === 0 ? 'value' : 'key',
      );
      return undefined;
    }
    return compileTest(raw.field, tests[0]!, raw[tests[0]!], at, ctx);
  }
  if (combinators.length !== 1) {
    ctx.report(
      at,
      combinators.length === 0
        ? `a condition needs \`field\` and a test (${TESTS.join(', ')}), or one of all, any, not`
        : `a condition combines with one of all, any or not; this one has ${combinators.join(' and ')}: nest them instead`,
    );
    return undefined;
  }
  const kind = combinators[0]!;
  if (kind === 'not') {
    const inner = compileCondition(raw.not, [...at, 'not'], ctx, depth + 1);
    return inner && { test: (d) => !inner.test(d), fields: inner.fields };
  }
  const list = Array.isArray(raw[kind]) ? (raw[kind] as unknown[]) : [];
  const parts = list.map((c, i) => compileCondition(c, [...at, kind, i], ctx, depth + 1));
  if (parts.some((p) => p === undefined)) return undefined;
  const ok = parts as Compiled[];
  return {
    test: kind === 'all' ? (d) => ok.every((p) => p.test(d)) : (d) => ok.some((p) => p.test(d)),
    fields: ok.flatMap((p) => p.fields),
  };
}

function compileTest(
  name: string,
  test: (typeof TESTS)[number],
  expected: unknown,
  at: NodePath,
  ctx: CompileContext,
): Compiled | undefined {
  const field = resolveField(name);
  if ('error' in field) {
    ctx.report([...at, 'field'], field.error);
    return undefined;
  }
  const fields = [field];
  const read = (d: unknown) => readField(d, field);
  if (test === 'exists') {
    return { test: (d) => (read(d) !== undefined) === expected, fields };
  }
  if (field.shape === 'mapping' || field.shape === 'list-of-mappings') {
    const example =
      field.shape === 'mapping'
        ? Object.keys(field.schema.properties ?? {})[0]
        : `0.${Object.keys(field.schema.items?.properties ?? {})[0]}`;
    ctx.report(
      [...at, test],
      `\`${name}\` holds ${field.shape === 'mapping' ? 'a mapping' : 'a list of mappings'}; \`${test}\` needs a single value: test one of its fields, e.g. \`${name}.${example}\`, or use \`exists\``,
      'key',
    );
    return undefined;
  }
  if (test === 'gt' || test === 'gte' || test === 'lt' || test === 'lte') {
    if (field.shape !== 'number') {
      ctx.report(
        [...at, test],
        `\`${test}\` compares numbers, and \`${name}\` is not a number; use equals or one-of`,
        'key',
      );
      return undefined;
    }
    const limit = expected as number;
    const cmp = {
      gt: (v: number) => v > limit,
      gte: (v: number) => v >= limit,
      lt: (v: number) => v < limit,
      lte: (v: number) => v <= limit,
    }[test];
    return {
      test: (d) => {
        const v = read(d);
        return typeof v === 'number' && cmp(v);
      },
      fields,
    };
  }
  const values = test === 'equals' ? [expected] : Array.isArray(expected) ? expected : [];
  const valuePath = (i: number): NodePath => (test === 'equals' ? [...at, test] : [...at, test, i]);
  let fits = true;
  values.forEach((v, i) => {
    const problem = valueProblem(field, v, () => ctx.source?.(valuePath(i)));
    if (problem) {
      fits = false;
      ctx.report(valuePath(i), `this condition can never hold: ${problem}`);
    }
  });
  if (!fits) return undefined;
  return {
    test: (d) => {
      const v = read(d);
      return Array.isArray(v) ? v.some((item) => values.includes(item)) : values.includes(v);
    },
    fields,
  };
}

const LANGUAGE_PATTERN = proposalSchema.properties.language.pattern;

/** Why `value` can never be the field's value (or an item of it), or undefined. */
function valueProblem(
  field: ResolvedField,
  value: unknown,
  written: () => string | undefined,
): string | undefined {
  // The field's schema (its items', for a list), compiled ahead of time by
  // scripts/generate-validators.mjs under its schema path: `constraints.*.type`.
  const key = [
    ...field.path.map((s) => (typeof s === 'number' ? '*' : s)),
    ...(field.shape === 'list' ? ['*'] : []),
  ].join('.');
  const validate = fieldValidators[key];
  if (!validate) throw new Error(`no generated validator for proposal field ${key}`);
  if (validate(value)) return undefined;
  const wording: SchemaWording = {
    root: `\`${field.name}\`${field.shape === 'list' ? ' items' : ''}`,
    key: 'field',
    patterns: { [LANGUAGE_PATTERN]: 'a language name in lower case, such as go or rust' },
  };
  const position = { line: 0, column: 0 };
  const [issue] = schemaIssues(
    validate.errors,
    { locate: () => position, source: written },
    wording,
  );
  return issue?.message;
}

/** Parses the placeholders once; the result renders the message for a proposal. */
function compileMessage(
  template: string,
  at: NodePath,
  ctx: CompileContext,
): ((data: unknown) => string) | undefined {
  const parts: (string | ResolvedField)[] = [];
  let ok = true;
  let last = 0;
  for (const m of template.matchAll(/\{\{|\}\}|\{([^{}]*)\}/g)) {
    parts.push(template.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[0] === '{{' || m[0] === '}}') {
      parts.push(m[0][0]!);
      continue;
    }
    const name = m[1]!.trim();
    const field = /^[\w.-]+$/.test(name)
      ? resolveField(name)
      : { error: 'it names no proposal field. Write {{ and }} for literal braces' };
    if ('error' in field) {
      ctx.report(at, `the message's placeholder \`${m[0]}\`: ${field.error}`);
      ok = false;
    } else if (field.shape === 'mapping' || field.shape === 'list-of-mappings') {
      ctx.report(
        at,
        `the placeholder \`${m[0]}\` names ${field.shape === 'mapping' ? 'a mapping' : 'a list of mappings'}; name one of its fields instead`,
      );
      ok = false;
    } else {
      parts.push(field);
    }
  }
  parts.push(template.slice(last));
  if (!ok) return undefined;
  return (data) =>
    parts.map((p) => (typeof p === 'string' ? p : showValue(readField(data, p)))).join('');
}

/** A proposal value as message text. */
export function showValue(value: unknown): string {
  if (value === undefined || value === null) return NOT_SET;
  if (Array.isArray(value)) return value.length ? clip(value.map(String).join(', ')) : NONE;
  return clip(String(value));
}

function clip(text: string): string {
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function isSeverity(v: unknown): v is Severity {
  return v === 'error' || v === 'warning' || v === 'notice';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
