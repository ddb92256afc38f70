// The team's policy file (.github/stack-verdict.yml): parsed with node positions, checked
// against schema/config.schema.json and then for what a schema cannot say (rule ids,
// proposal fields, ranges). Every problem is an error: nothing in it is silently ignored.
import schema from '../../schema/config.schema.json' with { type: 'json' };
import { canonical, parseApprover, type Approver } from '../core/approvals.js';
import { parseYaml } from '../core/proposal/parse.js';
import { schemaIssues, type SchemaWording } from '../core/proposal/validate.js';
import { config as validateConfig } from '../generated/validators.js';
import { RULES } from '../core/rules/index.js';
import type { Settings } from '../core/settings.js';
import { didYouMean } from '../core/suggest.js';
import type { DraftPolicy } from '../core/verdict.js';
import type { RingId } from '../core/drift/index.js';
import type { FailOn, NodePath, Severity, SeverityLevel } from '../core/types.js';
import { DEFAULT_GLOBS } from '../io/files.js';
import { compileCustomRules, type CustomRule } from './custom-rules.js';
import { parseExtends } from './extends-ref.js';
import { RANGE_SETTINGS, SETTING_KEYS, settingsFrom } from './settings.js';
import type { ErrorObject } from 'ajv';

/** Largest evidence artefact read unless `max-evidence-bytes` says otherwise (16 MiB). */
export const DEFAULT_MAX_EVIDENCE_BYTES = 16 * 1024 * 1024;

/** Where the configuration is read from unless told otherwise, relative to the repository. */
export const DEFAULT_CONFIG_PATH = '.github/stack-verdict.yml';

/** A configuration that passed every check. */
export interface Config {
  /** The file it came from, relative to the workspace; undefined for the built-in defaults. */
  file?: string;
  extends: 'recommended' | 'none';
  /** Severities set under `rules`, by rule id (built-in or custom). */
  rules: ReadonlyMap<string, SeverityLevel>;
  settings: Settings;
  /** Globs that find proposals when no target is given. */
  files: readonly string[];
  /** Undefined when not configured: the caller's own default (error) applies. */
  failOn?: FailOn;
  maxBytes?: number;
  /** Largest evidence artefact read, in bytes; undefined: DEFAULT_MAX_EVIDENCE_BYTES. */
  maxEvidenceBytes?: number;
  unwaivable: readonly string[];
  customRules: readonly CustomRule[];
  /** advisory (default): a draft fails the gate only for invalid input, duplicates and unwaivable rules. gate: like any proposal. */
  drafts: DraftPolicy;
  /** Who may grant waivers; empty when not configured (no waiver needs approval). */
  approvers: readonly Approver[];
  /** The severities whose waivers need an approval ([error] unless the file says otherwise). */
  approvalRequired: readonly Severity[];
  /** The shared configuration this file extends, with where the value is written. */
  extendsRef?: { value: string; line: number; column: number };
  /** What the file itself says, for merging it over what it extends (extends.ts). */
  layer?: ConfigLayer;
  /** The files merged into this configuration, the repository's own first. */
  chain?: readonly string[];
  /** Which file set each value (`rules.team-missing`, `fail-on`, …); see extends.ts. */
  origins?: ReadonlyMap<string, string>;
  /** The merged values as one file would write them (keys as in the file). */
  values?: Readonly<Record<string, unknown>>;
  /** The strictest fail-on a shared configuration set; no flag or input goes below it. */
  failOnFloor?: FailOn;
  /** The texts of other repositories' files read for this configuration, by name. */
  remoteTexts?: Readonly<Record<string, string>>;
  /** The portfolio page's title (and its issue's); undefined: the default. */
  portfolioTitle?: string;
  /** Globs that find Backstage catalog files for the portfolio's drift check. */
  catalog: readonly string[];
  /** The Tech Radar's ring by language (`portfolio.radar`), over the policy's. */
  radarRings?: Readonly<Record<string, RingId>>;
}

/** Where a developer portal's catalog files are, unless the configuration says otherwise. */
export const DEFAULT_CATALOG_GLOBS: readonly string[] = ['**/catalog-info.yaml'];

/** One file's own values, with their positions. */
export interface ConfigLayer {
  raw: Readonly<Record<string, unknown>>;
  locate: (path: NodePath, target?: 'key' | 'value') => { line: number; column: number };
  /** Rule ids under `rules`/`unwaivable` this file does not define: the files it extends may. */
  pending: readonly ConfigProblem[];
}

/** One problem of a configuration file; line and column are 1-based, 0 when about the whole file. */
export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A configuration that cannot be used; the message has one line per problem. */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];
  constructor(problems: readonly ConfigProblem[]) {
    super(problems.map(formatConfigProblem).join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** `configuration error in .github/stack-verdict.yml:4:3: unknown rule …` */
export function formatConfigProblem(p: ConfigProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return `configuration error in ${where}: ${p.message}`;
}

/** The policy when there is no configuration file. */
export function defaultConfig(): Config {
  return {
    extends: 'recommended',
    rules: new Map(),
    settings: settingsFrom(undefined),
    files: DEFAULT_GLOBS,
    catalog: DEFAULT_CATALOG_GLOBS,
    unwaivable: [],
    customRules: [],
    drafts: 'advisory',
    approvers: [],
    approvalRequired: ['error'],
  };
}

// The built-in rules whose findings come from reading the file: always on, always errors.
const VALIDATION_RULES = new Set(['proposal-invalid', 'waiver-invalid']);
const BUILT_IN = new Set(RULES.map((r) => r.id));
// Configurations are small; deeper nesting is an attack on the validator's recursion.
const MAX_DEPTH = 40;

const props = schema.properties;
const WORDING: SchemaWording = {
  root: 'the configuration',
  key: 'key',
  patterns: {
    [schema.definitions['custom-rule'].properties.id.pattern]:
      'a kebab-case id such as no-python-for-cpu',
    [schema.definitions['custom-rule'].properties.docs.pattern]: 'an http or https link',
    [schema.definitions.condition.properties.field.pattern]:
      'a proposal field written as a dotted path, such as workload.bound or constraints.0.type',
    [props.settings.properties['min-go-version'].pattern]: 'a Go release such as "1.26"',
    [props.settings.properties['min-rust-edition'].pattern]: 'an edition year such as "2024"',
    [props.settings.properties['min-rust-version'].pattern]: 'a rustc release such as "1.85"',
    [props.approvers.items.pattern]:
      'a GitHub login such as alice (or @alice), or a team written org/team-slug such as acme/architecture',
  },
};

/**
 * Reads a configuration from its text. `file` is only for messages. Throws ConfigError
 * listing every problem, each at the line and column of the offending node.
 */
export function parseConfig(file: string, text: string): Config {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doc = parseYaml(source, 0, 'the configuration');
  const problems: ConfigProblem[] = doc.problems.map(({ message, line, column }) => ({
    file,
    message,
    line,
    column,
  }));
  if (problems.length > 0) throw new ConfigError(problems);
  const data = doc.data ?? {}; // an empty file, or one of comments only, means the defaults
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError([
      {
        file,
        message: `the configuration is a mapping of keys (extends, rules, settings, files, custom-rules, …); found ${Array.isArray(data) ? 'a list' : `the value ${JSON.stringify(data)}`}`,
        ...doc.locate([]),
      },
    ]);
  }
  const deep = tooDeep(data, [], 0);
  if (deep) {
    throw new ConfigError([
      {
        file,
        message: `the configuration nests deeper than ${MAX_DEPTH} levels`,
        ...doc.locate(deep),
      },
    ]);
  }
  const raw = data as Record<string, unknown>;

  const report = (path: NodePath, message: string, target: 'key' | 'value' = 'value') =>
    problems.push({ file, message, ...doc.locate(path, target) });
  const issues = validateConfig(raw)
    ? []
    : schemaIssues(quieter(validateConfig.errors ?? []), doc, WORDING);
  for (const { message, line, column } of issues) problems.push({ file, message, line, column });
  const hasSchemaIssue = (path: NodePath) =>
    issues.some((i) => path.every((seg, k) => String(i.path[k]) === String(seg)));

  const customRules = compileCustomRules(
    Array.isArray(raw['custom-rules']) ? raw['custom-rules'] : [],
    BUILT_IN,
    { report, hasSchemaIssue, ...(doc.source ? { source: doc.source } : {}) },
  );
  const known = [...BUILT_IN, ...customIds(raw['custom-rules'])];
  const sharedExtends = checkExtends(raw.extends, report);
  // A rule the shared configuration defines is known only once it is read (extends.ts).
  const pending: ConfigProblem[] = [];
  checkRuleIds(
    raw,
    known,
    sharedExtends
      ? (path, message, target) => pending.push({ file, message, ...doc.locate(path, target) })
      : report,
  );
  checkSettings(raw.settings, report);
  checkGlobs(raw.files, report);
  checkGlobs(raw.catalog, report, 'catalog');
  checkApprovers(raw, report);

  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new ConfigError(problems);
  }
  return {
    file,
    extends: sharedExtends ? 'recommended' : ((raw.extends as Config['extends']) ?? 'recommended'),
    rules: new Map(Object.entries((raw.rules ?? {}) as Record<string, SeverityLevel>)),
    settings: settingsFrom(raw.settings as Record<string, unknown> | undefined),
    files: (raw.files as string[] | undefined) ?? DEFAULT_GLOBS,
    catalog: (raw.catalog as string[] | undefined) ?? DEFAULT_CATALOG_GLOBS,
    ...(raw['fail-on'] !== undefined ? { failOn: raw['fail-on'] as FailOn } : {}),
    ...(raw['max-bytes'] !== undefined ? { maxBytes: raw['max-bytes'] as number } : {}),
    ...(raw['max-evidence-bytes'] !== undefined
      ? { maxEvidenceBytes: raw['max-evidence-bytes'] as number }
      : {}),
    unwaivable: (raw.unwaivable as string[] | undefined) ?? [],
    customRules,
    drafts: (raw.drafts as DraftPolicy | undefined) ?? 'advisory',
    ...(sharedExtends ? { extendsRef: { value: sharedExtends, ...doc.locate(['extends']) } } : {}),
    layer: { raw, locate: doc.locate, pending },
    ...approvalsFrom(raw),
    ...portfolioFrom(raw),
  };
}

/** The `extends` value when it names a shared configuration; its form is checked here. */
function checkExtends(value: unknown, report: Report): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const target = parseExtends(value);
  if ('problem' in target) {
    report(['extends'], target.problem);
    return undefined;
  }
  return target.kind === 'base' ? undefined : value;
}

function portfolioFrom(
  raw: Record<string, unknown>,
): Pick<Config, 'portfolioTitle' | 'radarRings'> {
  const portfolio = raw.portfolio as { title?: unknown; radar?: unknown } | undefined;
  const title = portfolio?.title;
  const radar = portfolio?.radar;
  return {
    ...(typeof title === 'string' && title.trim() ? { portfolioTitle: title.trim() } : {}),
    // The schema checked the rings; keys are languages in lower case.
    ...(radar !== null && typeof radar === 'object'
      ? { radarRings: radar as Record<string, RingId> }
      : {}),
  };
}

function approvalsFrom(
  raw: Record<string, unknown>,
): Pick<Config, 'approvers' | 'approvalRequired'> {
  const approvers = ((raw.approvers as string[] | undefined) ?? []).map((a) => parseApprover(a)!);
  // A waived error needs an approval unless the team says otherwise, approvers named or not:
  // without approvers it waits, and the message says how to name them.
  const required = (raw['approval-required'] as Severity[] | undefined) ?? ['error'];
  return { approvers, approvalRequired: required };
}

/** The same approver twice (GitHub ignores case) is a slip. */
function checkApprovers(raw: Record<string, unknown>, report: Report): void {
  if (!Array.isArray(raw.approvers)) return;
  const seen = new Map<string, number>();
  raw.approvers.forEach((entry, i) => {
    if (typeof entry !== 'string' || !parseApprover(entry)) return;
    const first = seen.get(canonical(entry));
    if (first === undefined) seen.set(canonical(entry), i);
    else
      report(
        ['approvers', i],
        `\`approvers[${i}]\` repeats \`approvers[${first}]\` (GitHub ignores case and the @); remove one`,
      );
  });
}

type Report = (path: NodePath, message: string, target?: 'key' | 'value') => void;

/** Ids under `rules` and `unwaivable` must name a rule. */
function checkRuleIds(
  raw: Record<string, unknown>,
  known: readonly string[],
  report: Report,
): void {
  const unknown = (id: string) =>
    `unknown rule \`${id}\`.${didYouMean(id, known) || ' `stack-verdict rules` lists the built-in rules'}`;
  const rules = raw.rules;
  if (isRecord(rules)) {
    for (const [id, level] of Object.entries(rules)) {
      if (!known.includes(id)) report(['rules', id], unknown(id), 'key');
      else if (VALIDATION_RULES.has(id) && level !== 'error') {
        report(
          ['rules', id],
          `\`${id}\` always runs as error: a file that cannot be read cannot be judged. Remove this line`,
          'key',
        );
      }
    }
  }
  if (Array.isArray(raw.unwaivable)) {
    raw.unwaivable.forEach((id, i) => {
      if (typeof id === 'string' && !known.includes(id)) report(['unwaivable', i], unknown(id));
    });
  }
}

/** [min, max] settings must be in order. */
function checkSettings(settings: unknown, report: Report): void {
  if (!isRecord(settings)) return;
  for (const field of RANGE_SETTINGS) {
    const key = SETTING_KEYS[field];
    const value = settings[key];
    if (
      Array.isArray(value) &&
      typeof value[0] === 'number' &&
      typeof value[1] === 'number' &&
      value[0] > value[1]
    ) {
      report(
        ['settings', key],
        `\`settings.${key}\` is [min, max], but ${value[0]} is more than ${value[1]}`,
      );
    }
  }
}

/** Globs are matched against paths inside the repository; others would silently match nothing. */
function checkGlobs(files: unknown, report: Report, key: 'files' | 'catalog' = 'files'): void {
  if (!Array.isArray(files)) return;
  files.forEach((glob, i) => {
    if (typeof glob !== 'string' || glob === '') return;
    let why: string | undefined;
    // `!glob` removes files from what the other globs choose (src/io/match.ts).
    const body = glob.startsWith('!') ? glob.slice(1) : glob;
    if (body === '') why = 'an exclusion (`!`) needs a glob after it';
    else if (body.startsWith('/') || /^[A-Za-z]:/.test(body) || body.includes('\\'))
      why = 'globs are relative to the repository root and use forward slashes';
    else if (body.split('/').includes('..')) why = 'globs cannot leave the repository (`..`)';
    if (why) report([key, i], `\`${key}[${i}]\` (${JSON.stringify(glob)}): ${why}`);
  });
  if (files.length > 0 && files.every((g) => typeof g === 'string' && g.startsWith('!'))) {
    report(
      [key],
      `\`${key}\` holds only exclusions (\`!\`); an exclusion removes files from what the other globs choose, so list at least one glob without \`!\``,
    );
  }
}

function customIds(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((r) =>
    isRecord(r) && typeof r.id === 'string' && !BUILT_IN.has(r.id) ? [r.id] : [],
  );
}

/** A misspelt key in a condition also trips `dependencies`; the unknown key says it better. */
function quieter(errors: readonly ErrorObject[]): ErrorObject[] {
  const unknownKeyAt = new Set(
    errors.filter((e) => e.keyword === 'additionalProperties').map((e) => e.instancePath),
  );
  return errors.filter((e) => e.keyword !== 'dependencies' || !unknownKeyAt.has(e.instancePath));
}

function tooDeep(value: unknown, path: (string | number)[], depth: number): NodePath | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= MAX_DEPTH) return path;
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  for (const [k, v] of entries) {
    const found = tooDeep(v, [...path, k], depth + 1);
    if (found) return found;
  }
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
