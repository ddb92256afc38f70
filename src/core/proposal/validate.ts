import type { ErrorObject } from 'ajv';
import schema from '../../../schema/proposal.schema.json' with { type: 'json' };
import { proposal as validator } from '../../generated/validators.js';
import { MAX_TOKEN_CHARS, plural, quote } from '../format.js';
import { STATUSES, normalizeStatus } from '../status.js';
import { closestUnique, didYouMean, editDistance } from '../suggest.js';
import type { Fix, NodePath, Position, Proposal } from '../types.js';
import { PROPOSAL_FIELDS, classifyKey, languageAlias } from './fields.js';
import { keyFix, quoteFix, valueFix } from './fixes.js';
import type { Problem, SourceDocument } from './parse.js';

/** How schema errors are worded for one kind of document. */
export interface SchemaWording {
  /** The document's name in a message about its root, e.g. `the proposal`. */
  root: string;
  /** What its keys are called: `field` in a proposal, `key` in the configuration. */
  key: string;
  /** What a value that fits each `pattern` of the schema looks like, by pattern. */
  patterns?: Readonly<Record<string, string>>;
}

/** A schema error as a message at a node of the document. */
export interface SchemaIssue extends Position {
  path: NodePath;
  message: string;
  /** The correction, when exactly one makes sense (a proposal's, with node spans). */
  fixes?: Fix[];
}

const PROPOSAL_WORDING: SchemaWording = {
  root: 'the proposal',
  key: 'field',
  patterns: {
    [schema.properties.language.pattern]: 'a language name in lower case, such as go or rust',
    [schema.properties.waivers.items.properties.expires.pattern]:
      'a date written YYYY-MM-DD, such as 2026-12-31',
    [schema.properties.status.pattern]:
      'draft, proposed, accepted, rejected, deprecated or superseded (any case; `superseded by ADR-0012` too)',
    [schema.properties.waivers.items.properties.reason.pattern]:
      'a reason in words (blank space records no decision)',
  },
};

/** Maps ajv errors to messages at lines and columns of `doc`, without duplicates. */
export function schemaIssues(
  errors: readonly ErrorObject[] | null | undefined,
  doc: Pick<SourceDocument, 'locate' | 'source' | 'span'>,
  wording: SchemaWording,
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    const issue = describeError(error, pointerToPath(error.instancePath), doc, wording);
    const key = `${issue.line}:${issue.column}:${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
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
  // Compiled ahead of time (scripts/generate-validators.mjs): nothing to compile at start-up.
  const validate = validator;
  const problems = policyProblems(data as Record<string, unknown>, doc);
  if (validate(data) && problems.length === 0) return { proposal: data as Proposal, problems };

  const badWaivers = new Set<number>();
  // A language flagged as an alias already has its message; the pattern's would repeat it.
  const aliased = problems.some((p) => p.path === 'language');
  for (const { path, message, line, column, fixes } of schemaIssues(
    validate.errors,
    doc,
    PROPOSAL_WORDING,
  )) {
    if (aliased && path.length === 1 && path[0] === 'language') continue;
    const fixed = fixes ? { fixes } : {};
    if (path[0] === 'waivers' && typeof path[1] === 'number') {
      badWaivers.add(path[1]);
      problems.push({ rule: 'waiver-invalid', message, line, column, ...fixed });
    } else {
      problems.push({ rule: 'proposal-invalid', message, line, column, ...fixed });
    }
  }
  const onlyWaivers = problems.every((p) => p.rule === 'waiver-invalid');
  if (!onlyWaivers) return { proposal: undefined, problems: problems.map(strip) };
  const proposal = { ...(data as Proposal) };
  proposal.waivers = (proposal.waivers ?? []).filter((_, i) => !badWaivers.has(i));
  return { proposal, problems: problems.map(strip) };
}

type PolicyProblem = Problem & { path?: string };

function strip({ rule, message, line, column, fixes }: PolicyProblem): Problem {
  return fixes ? { rule, message, line, column, fixes } : { rule, message, line, column };
}

/** A problem with its fix, when there is one. */
function withFix<T extends object>(problem: T, fix: Fix | undefined): T & { fixes?: Fix[] } {
  return fix ? { ...problem, fixes: [fix] } : problem;
}

/**
 * Policy 1.1's checks beyond the schema: top-level keys that are typos of a field, a
 * language that is go or rust under another name, and experience counts above the team's size.
 */
function policyProblems(data: Record<string, unknown>, doc: SourceDocument): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const keys = Object.keys(data);
  const nearMisses = keys.map((key) => {
    const kind = classifyKey(key);
    return kind.kind === 'near-miss' ? kind.field : undefined;
  });
  keys.forEach((key, i) => {
    const field = nearMisses[i];
    if (field === undefined) return;
    // Renamed only when the field is not there yet, no other key is a near miss of it, and
    // no other field is as near: else the rename is a guess.
    const folded = key.toLowerCase().replace(/_/g, '-');
    const distance = editDistance(folded, field);
    const single =
      !Object.prototype.hasOwnProperty.call(data, field) &&
      nearMisses.filter((f) => f === field).length === 1 &&
      PROPOSAL_FIELDS.filter((f) => editDistance(folded, f) === distance).length === 1;
    const fix = single ? keyFix(doc, [key], field, `rename the key to \`${field}\``) : undefined;
    out.push(
      withFix(
        {
          rule: 'proposal-invalid',
          message: `unknown field ${keyName(key, true)}. Did you mean \`${field}\`?`,
          ...doc.locate([key], 'key'),
        },
        fix,
      ),
    );
  });
  if (typeof data.language === 'string') {
    const meant = languageAlias(data.language);
    if (meant) {
      out.push(
        withFix(
          {
            rule: 'proposal-invalid',
            path: 'language',
            message: `\`language\` names ${meant === 'go' ? 'Go' : 'Rust'}: write \`${meant}\`; found ${quote(data.language, MAX_TOKEN_CHARS)}. Did you mean \`${meant}\`? The rules judge go and rust only by these names; a version or edition belongs in \`toolchain\`, a framework in \`rationale\`.`,
            ...doc.locate(['language']),
          },
          valueFix(doc, ['language'], meant, `write \`${meant}\``),
        ),
      );
    }
  }
  const team = data.team;
  if (team !== null && typeof team === 'object' && !Array.isArray(team)) {
    const t = team as Record<string, unknown>;
    if (typeof t.size === 'number') {
      for (const field of ['rust-experience', 'go-experience']) {
        const n = t[field];
        if (typeof n === 'number' && n > t.size) {
          out.push({
            rule: 'proposal-invalid',
            message: `\`team.${field}\` is ${n}, more than \`team.size\` (${t.size}): it counts engineers on the team who have shipped the language, so it is at most the team's size`,
            ...doc.locate(['team', field]),
          });
        }
      }
    }
  }
  return out;
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
export function fieldName(path: NodePath, root = 'the proposal'): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || root;
}

/**
 * A value as messages show it: `the string "CPU"`, `number 3`, `a list`. A string is the
 * offending token: quoted, cut to MAX_TOKEN_CHARS (the file may be a secret).
 */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${quote(value, MAX_TOKEN_CHARS)}`;
  return `${typeof value} ${String(value)}`;
}

function describeError(
  error: ErrorObject,
  path: NodePath,
  doc: Pick<SourceDocument, 'locate' | 'source' | 'span'>,
  wording: SchemaWording,
): SchemaIssue {
  const field = path.length ? `\`${fieldName(path)}\`` : wording.root;
  const problem = (
    message: string,
    at: NodePath,
    target: 'key' | 'value' = 'value',
    fix?: Fix,
  ): SchemaIssue => ({
    path,
    message,
    ...doc.locate(at, target),
    ...(fix ? { fixes: [fix] } : {}),
  });
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return problem(`missing required ${wording.key} \`${fieldName([...path, missing])}\``, path);
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      const where = path.length ? ` in ${field}` : '';
      const hint = didYouMean(key, known);
      return problem(
        `unknown ${wording.key} ${keyName(key, hint !== '')}${where}.${hint}`.replace(/\.\s*$/, ''),
        [...path, key],
        'key',
        renameFix(doc, path, key, known, error.data),
      );
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = error.data;
      const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
      const meant = typeof value === 'string' ? closestUnique(value, allowed) : undefined;
      return problem(
        `${field} must be one of ${allowed.join(', ')}; found ${describe(value)}.${hint}`,
        path,
        'value',
        meant === undefined ? undefined : valueFix(doc, path, meant, `write \`${meant}\``),
      );
    }
    case 'type': {
      const want = String(params.type);
      let advice = '';
      let fix: Fix | undefined;
      if (want === 'string' && typeof error.data === 'number') {
        fix = quoteFix(doc, path);
        // Quote what was written: "1.20", not the number YAML made of it (once, cut short).
        const read = String(error.data);
        const written = doc.source?.(path) ?? read;
        advice =
          written === read
            ? ` Quote it (${quote(written, MAX_TOKEN_CHARS)}).`
            : ` Quote it (${quote(written, MAX_TOKEN_CHARS)}): unquoted, YAML reads it as the number ${read}.`;
      }
      return problem(
        `${field} must be ${article(want)}; found ${describe(error.data)}.${advice}`,
        path,
        'value',
        fix,
      );
    }
    case 'minimum':
    case 'maximum': {
      const bound = error.keyword === 'minimum' ? 'at least' : 'at most';
      return problem(
        `${field} must be ${bound} ${String(params.limit)}; found ${String(error.data)}`,
        path,
      );
    }
    case 'exclusiveMinimum':
      return problem(
        `${field} must be more than ${String(params.limit)}; found ${String(error.data)}`,
        path,
      );
    case 'minLength':
    case 'minProperties':
      return problem(`${field} must not be empty`, path);
    case 'maxLength':
      return problem(
        `${field} must be at most ${plural(Number(params.limit), 'character')} long`,
        path,
      );
    case 'minItems':
      return problem(`${field} must list at least ${plural(Number(params.limit), 'item')}`, path);
    case 'maxItems':
      return problem(`${field} must list at most ${plural(Number(params.limit), 'item')}`, path);
    case 'uniqueItems':
      return problem(
        `${field} lists the same value twice (items ${String(params.i)} and ${String(params.j)})`,
        [...path, Number(params.j)],
      );
    case 'dependencies': {
      const has = String(params.property);
      return problem(
        `${field} has \`${has}\` but no \`${String(params.missingProperty)}\`, which it needs`,
        [...path, has],
        'key',
      );
    }
    case 'pattern': {
      const pattern = String(params.pattern);
      const like = wording.patterns?.[pattern] ?? `text that matches ${pattern}`;
      const lower = typeof error.data === 'string' ? error.data.toLowerCase().trim() : undefined;
      // The file's own value in lower case: offered only when short enough to quote whole.
      const lowerFits =
        lower !== undefined &&
        lower !== error.data &&
        lower.length <= MAX_TOKEN_CHARS &&
        new RegExp(pattern, 'u').test(lower);
      const status =
        !lowerFits && wording === PROPOSAL_WORDING && path.length === 1 && path[0] === 'status'
          ? statusSpelling(error.data)
          : undefined;
      const fixed = lowerFits ? lower : status;
      const hint = lowerFits
        ? ` Did you mean ${quote(lower)}?`
        : status !== undefined
          ? ` Did you mean \`${status.split(' ', 1)[0]!}\`?`
          : '';
      const fix =
        fixed !== undefined
          ? valueFix(doc, path, fixed, `write ${quote(fixed, MAX_TOKEN_CHARS)}`)
          : undefined;
      return problem(
        `${field} must be ${like}; found ${describe(error.data)}.${hint}`,
        path,
        'value',
        fix,
      );
    }
    default:
      return problem(`${field} ${error.message ?? 'is not valid'}`, path);
  }
}

/**
 * A misspelt status keyword (`acepted`, `superseeded by ADR-0012`) spelt right, the rest as
 * written; undefined when no single keyword is meant.
 */
function statusSpelling(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 200) return undefined;
  const m = /^(\S+)((?:\s+\S+)*)$/.exec(value);
  if (!m) return undefined;
  const keyword = closestUnique(m[1]!, STATUSES);
  if (keyword === undefined) return undefined;
  const fixed = `${keyword}${m[2]!}`;
  return normalizeStatus(fixed) === undefined ? undefined : fixed;
}

/**
 * A key one edit or so from exactly one known key, renamed to it: only when that key is not
 * in the mapping yet and no other unknown key of the mapping is as near to it.
 */
function renameFix(
  doc: Pick<SourceDocument, 'span'>,
  path: NodePath,
  key: string,
  known: readonly string[],
  parent: unknown,
): Fix | undefined {
  const meant = closestUnique(key, known);
  if (meant === undefined || parent === null || typeof parent !== 'object') return undefined;
  const keys = Object.keys(parent);
  if (keys.includes(meant)) return undefined;
  const rivals = keys.filter((k) => !known.includes(k) && closestUnique(k, known) === meant);
  if (rivals.length !== 1) return undefined;
  return keyFix(doc, [...path, key], meant, `rename the key to \`${meant}\``);
}

/**
 * A key as the user wrote it. A plain name within two edits of a known one (`nearMiss`) is
 * our own word misspelt, shown in backticks; any other key is an offending token, quoted and
 * cut short.
 */
function keyName(key: string, nearMiss: boolean): string {
  return nearMiss && /^[\w.-]{1,60}$/.test(key) ? `\`${key}\`` : quote(key, MAX_TOKEN_CHARS);
}

/** `a string`, `a whole number`, and for union types `a string, number or boolean`. */
function article(type: string): string {
  const names = type
    .split(',')
    .map((t) =>
      t === 'integer' ? 'whole number' : t === 'object' ? 'mapping' : t === 'array' ? 'list' : t,
    );
  const name =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)!}` : names[0]!;
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

/**
 * Why a Markdown file is not a proposal although it has front matter: a decision record or
 * an index page whose front matter holds no proposal field (nor a near miss of one).
 * `status` alone does not count: decision records have one of their own.
 */
export function notAProposal(file: string, doc: SourceDocument): string | undefined {
  if (!/\.md$/i.test(file) || doc.problems.length > 0) return undefined;
  const data = doc.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const proposalLike = Object.keys(data).some((key) => {
    const kind = classifyKey(key);
    return (kind.kind === 'field' && key !== 'status') || kind.kind === 'near-miss';
  });
  return proposalLike
    ? undefined
    : 'Markdown file whose front matter has no proposal field (a decision record or index page)';
}
