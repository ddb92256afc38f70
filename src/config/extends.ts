// One policy for an organisation. A configuration may extend a shared one (a file
// of the same repository, or OWNER/REPO/PATH@REF of another), which may extend another, up to
// MAX_EXTENDS_DEPTH files. Each file is merged over what it extends: its own values win,
// except where it would loosen the shared gate (a severity a shared file set, unwaivable
// rules, settings against their direction, drafts: gate, fail-on, approvers). Loosening is a
// configuration error, never silently ignored.

import { RULES } from '../core/rules/index.js';
import { didYouMean } from '../core/suggest.js';
import type { FailOn, SeverityLevel } from '../core/types.js';
import { ConfigError, parseConfig, type Config, type ConfigProblem } from './config.js';
import { parseExtends, targetName, type ExtendsTarget } from './extends-ref.js';
import { isLooser, SETTING_DIRECTIONS, settingField, settingsFrom } from './settings.js';

/** Most files a configuration may extend through, one after another. */
export const MAX_EXTENDS_DEPTH = 5;

export type RemoteTarget = Extract<ExtendsTarget, { kind: 'remote' }>;

/** How a remote read went: the text, missing (404), or refused (401/403) or failed. */
export type RemoteRead =
  { ok: true; text: string } | { ok: false; status?: number; message: string };

/** Where the files of a chain are read from. */
export interface ConfigReader {
  /**
   * A file of the repository being judged (relative to its root); undefined when it does not
   * exist. Throws ConfigError when it cannot be read (a link out of the repository, too large).
   */
  local(file: string): Promise<string | undefined>;
  /** A file of another repository at a ref. */
  remote(target: RemoteTarget): Promise<RemoteRead>;
}

const SEVERITY_RANK: Record<SeverityLevel, number> = { off: 0, notice: 1, warning: 2, error: 3 };
// fail-on: warning fails on the most, never on nothing.
const FAIL_ON_RANK: Record<FailOn, number> = { never: 0, error: 1, warning: 2 };
const BUILT_IN = new Map(RULES.map((r) => [r.id, r.severity]));

/** The stricter of two fail-on levels. */
export function stricterFailOn(a: FailOn, b: FailOn | undefined): FailOn {
  return b !== undefined && FAIL_ON_RANK[b] > FAIL_ON_RANK[a] ? b : a;
}

interface Link {
  config: Config;
  name: string;
  /** The repository its relative `extends` paths are in; undefined: the one being judged. */
  repo?: { owner: string; repo: string; ref: string };
}

/**
 * The configuration with everything it extends merged under it. `config` comes from the
 * repository's own file (or is the defaults). Throws ConfigError naming the chain.
 */
export async function resolveExtends(config: Config, reader: ConfigReader): Promise<Config> {
  const rootName = config.file ?? '';
  const links: Link[] = [{ config, name: rootName }];
  const texts: Record<string, string> = {};
  for (let link = links[0]!; link.config.extendsRef; link = links[links.length - 1]!) {
    const ref = link.config.extendsRef;
    const parsed = parseExtends(ref.value);
    if ('problem' in parsed || parsed.kind === 'base') break; // parseConfig has reported it
    const target: ExtendsTarget =
      parsed.kind === 'local' && link.repo
        ? { kind: 'remote', ...link.repo, path: parsed.path }
        : parsed;
    const name = targetName(target);
    const chain = [...links.map((l) => l.name), name].join(' → ');
    const fail = (message: string): never => {
      throw new ConfigError([
        {
          file: link.name,
          line: ref.line,
          column: ref.column,
          message: `${message} (chain: ${chain})`,
        },
      ]);
    };
    if (links.some((l) => l.name === name))
      fail(`\`extends\` makes a cycle: ${name} is already in the chain`);
    if (links.length > MAX_EXTENDS_DEPTH) {
      fail(`\`extends\` goes deeper than ${MAX_EXTENDS_DEPTH} shared configurations`);
    }
    let text: string | undefined;
    if (target.kind === 'local') {
      text = await reader.local(target.path).catch((err: unknown) => {
        if (err instanceof ConfigError) fail(err.problems.map((p) => p.message).join('; '));
        throw err;
      });
      if (text === undefined) fail(`the shared configuration ${name} does not exist`);
    } else {
      const read = await reader.remote(target);
      if (!read.ok) {
        if (read.status === 404) {
          fail(
            `the shared configuration ${name} does not exist, or the token cannot see its repository (HTTP 404)`,
          );
        }
        if (read.status === 401 || read.status === 403) {
          fail(
            `the shared configuration ${name} cannot be read: access denied (HTTP ${read.status}); a private policy repository needs a token that can read it (the Action's \`policy-token\` input; GITHUB_TOKEN or GH_TOKEN for the CLI)`,
          );
        }
        fail(`the shared configuration ${name} cannot be read: ${read.message}`);
      }
      text = (read as { text: string }).text;
      texts[name] = text;
    }
    let shared: Config;
    try {
      shared = parseConfig(name, text!);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      throw new ConfigError(
        err.problems.map((p) => ({ ...p, message: `${p.message} (chain: ${chain})` })),
      );
    }
    links.push({
      config: shared,
      name,
      ...(target.kind === 'remote'
        ? { repo: { owner: target.owner, repo: target.repo, ref: target.ref } }
        : {}),
    });
  }
  const chain = links.map((l) => l.name).filter((n) => n !== '');
  return merge(links, chain, texts);
}

interface Acc {
  config: Config;
  raw: Record<string, unknown>;
  settings: Record<string, unknown>;
  origins: Map<string, string>;
}

// Keys merged by hand below; any other top-level key is taken from the nearest file setting it.
const HANDLED = new Set([
  'extends',
  'rules',
  'settings',
  'files',
  'fail-on',
  'max-bytes',
  'unwaivable',
  'custom-rules',
  'drafts',
  'approvers',
  'approval-required',
]);

function merge(links: readonly Link[], chain: string[], texts: Record<string, string>): Config {
  const chainText = chain.join(' → ');
  const bottom = links[links.length - 1]!;
  let acc: Acc = {
    config: bottom.config,
    raw: { ...(bottom.config.layer?.raw ?? {}) },
    settings: { ...(record(bottom.config.layer?.raw.settings) ?? {}) },
    origins: new Map(),
  };
  recordOrigins(acc.origins, bottom, true);
  const problems: ConfigProblem[] = [];
  // Rule ids of the last file that no file defines.
  problems.push(...pendingUnknown(bottom.config, bottom.config.customRules));
  let floor: FailOn | undefined =
    links.length > 1 ? (bottom.config.layer?.raw['fail-on'] as FailOn | undefined) : undefined;
  for (let i = links.length - 2; i >= 0; i--) {
    const link = links[i]!;
    acc = mergeLayer(acc, link, problems);
    if (i > 0)
      floor = stricterFailOn(
        floor ?? 'never',
        link.config.layer?.raw['fail-on'] as FailOn | undefined,
      );
  }
  if (problems.length > 0) {
    throw new ConfigError(
      problems.map((p) =>
        links.length > 1 ? { ...p, message: `${p.message} (chain: ${chainText})` } : p,
      ),
    );
  }
  const top = links[0]!.config;
  // Resolved: what it extended and its own layer are in chain, origins and values now.
  const merged: Config = { ...acc.config };
  delete merged.extendsRef;
  delete merged.layer;
  return {
    ...merged,
    ...(top.file !== undefined ? { file: top.file } : {}),
    chain,
    origins: acc.origins,
    values: acc.raw,
    ...(floor !== undefined && floor !== 'never' ? { failOnFloor: floor } : {}),
    ...(Object.keys(texts).length > 0 ? { remoteTexts: texts } : {}),
  };
}

function mergeLayer(acc: Acc, link: Link, problems: ConfigProblem[]): Acc {
  const local = link.config;
  const raw = local.layer?.raw ?? {};
  const at = (path: (string | number)[], message: string, target: 'key' | 'value' = 'value') =>
    problems.push({
      file: link.name,
      message,
      ...(local.layer?.locate(path, target) ?? { line: 0, column: 0 }),
    });
  const shared = acc.config;
  const from = (key: string) => acc.origins.get(key) ?? 'the shared configuration';

  // Custom rules: the shared ones stay as they are; a file adds its own.
  const sharedCustom = new Set(shared.customRules.map((r) => r.id));
  local.customRules.forEach((rule) => {
    if (sharedCustom.has(rule.id)) {
      const index = (Array.isArray(raw['custom-rules']) ? raw['custom-rules'] : []).findIndex(
        (r) => record(r)?.id === rule.id,
      );
      at(
        ['custom-rules', Math.max(0, index), 'id'],
        `custom rule \`${rule.id}\` is defined in ${from(`custom-rules.${rule.id}`)}; a repository cannot redefine a shared rule (set its severity under \`rules\`)`,
      );
    }
  });
  const customRules = [
    ...shared.customRules,
    ...local.customRules.filter((r) => !sharedCustom.has(r.id)),
  ];
  problems.push(...pendingUnknown(local, customRules));

  // Rules: the file's severities win where they raise one. A severity a shared file set (under
  // `rules`, or a shared custom rule's own) is never lowered, nor an unwaivable rule's; a rule
  // the shared files leave at its default is the repository's to set.
  for (const [id, level] of local.rules) {
    const before = effectiveLevel(shared, id);
    if (SEVERITY_RANK[level] >= SEVERITY_RANK[before]) continue;
    if (shared.unwaivable.includes(id)) {
      at(
        ['rules', id],
        level === 'off'
          ? `\`${id}\` is unwaivable in ${from(`unwaivable.${id}`)}; a repository cannot turn it off`
          : `\`${id}\` is unwaivable in ${from(`unwaivable.${id}`)} at ${before}; a repository cannot lower it to ${level}`,
      );
    } else if (shared.rules.has(id) || sharedCustom.has(id)) {
      const setBy = acc.origins.get(`rules.${id}`) ?? from(`custom-rules.${id}`);
      at(
        ['rules', id],
        `\`${id}\` is ${before} in ${setBy}; a repository may raise a severity, not lower it to ${level}`,
      );
    }
  }
  checkSettings(acc.settings, record(raw.settings) ?? {}, at, from);
  const rules = new Map([...shared.rules, ...local.rules]);
  const unwaivable = [
    ...shared.unwaivable,
    ...local.unwaivable.filter((id) => !shared.unwaivable.includes(id)),
  ];

  if (shared.drafts === 'gate' && raw.drafts === 'advisory') {
    at(
      ['drafts'],
      `${from('drafts')} sets \`drafts: gate\`; a repository cannot make drafts advisory`,
    );
  }
  const failOn = raw['fail-on'] as FailOn | undefined;
  if (
    failOn !== undefined &&
    shared.failOn !== undefined &&
    FAIL_ON_RANK[failOn] < FAIL_ON_RANK[shared.failOn]
  ) {
    at(
      ['fail-on'],
      `${from('fail-on')} sets \`fail-on: ${shared.failOn}\`; a repository may make the gate stricter, not looser (${failOn})`,
    );
  }
  checkApprovals(acc.raw, raw, at, from);

  const settings = { ...acc.settings, ...(record(raw.settings) ?? {}) };
  const merged: Record<string, unknown> = {
    ...shared,
    rules,
    settings: settingsFrom(settings),
    unwaivable,
    customRules,
    ...(raw.files !== undefined ? { files: local.files } : {}),
    ...(failOn !== undefined ? { failOn: local.failOn } : {}),
    ...(raw['max-bytes'] !== undefined ? { maxBytes: local.maxBytes } : {}),
    ...(raw.drafts !== undefined ? { drafts: local.drafts } : {}),
  };
  // Keys added by other features (approvers, approval-required, …): the nearest file wins.
  const localFields = local as unknown as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (HANDLED.has(key) && key !== 'approvers' && key !== 'approval-required') continue;
    const field = camel(key);
    // A file's own approval-required counts even when the approvers come from a shared one.
    if (key === 'approval-required') merged.approvalRequired = raw[key];
    else if (key === 'portfolio') {
      // Each part of `portfolio` is the nearest file's that sets it.
      if (local.portfolioTitle !== undefined) merged.portfolioTitle = local.portfolioTitle;
      if (local.radarRings !== undefined) merged.radarRings = local.radarRings;
    } else if (field in localFields) merged[field] = localFields[field];
  }
  // approval-required defaults once approvers is set: take that default with the approvers.
  if (
    raw.approvers !== undefined &&
    acc.raw['approval-required'] === undefined &&
    'approvalRequired' in localFields
  ) {
    merged.approvalRequired = localFields.approvalRequired;
  }
  const origins = new Map(acc.origins);
  recordOrigins(origins, link, false);
  return {
    config: merged as unknown as Config,
    raw: mergeRaw(acc.raw, raw),
    settings,
    origins,
  };
}

/**
 * Settings move only in their tightening direction (SETTING_DIRECTIONS), measured from what
 * the shared files make of them: the value a shared file set, else the built-in default that
 * the shared policy accepted by not changing it.
 */
function checkSettings(
  sharedRaw: Record<string, unknown>,
  localRaw: Record<string, unknown>,
  at: (path: (string | number)[], message: string) => void,
  from: (key: string) => string,
): void {
  const before = settingsFrom(sharedRaw);
  const after = settingsFrom({ ...sharedRaw, ...localRaw });
  for (const key of Object.keys(localRaw)) {
    const field = settingField(key);
    if (field === undefined || !isLooser(field, before[field], after[field])) continue;
    const show = (v: unknown) => (Array.isArray(v) ? `[${v.join(', ')}]` : String(v));
    const where =
      key in sharedRaw ? `in ${from(`settings.${key}`)}` : 'by default under the shared policy';
    const rule = SETTING_DIRECTIONS[field];
    at(
      ['settings', key],
      rule.direction === 'fixed'
        ? `\`${key}\` is ${show(before[field])} ${where}; a repository cannot change it (to ${show(after[field])})`
        : `\`${key}\` is ${show(before[field])} ${where}; a repository may tighten it (${rule.tighter}), not loosen it to ${show(after[field])}`,
    );
  }
}

/** Approvers named by a shared file stay the only ones; its approval-required stays required. */
function checkApprovals(
  shared: Record<string, unknown>,
  raw: Record<string, unknown>,
  at: (path: (string | number)[], message: string) => void,
  from: (key: string) => string,
): void {
  const canon = (v: unknown) => String(v).replace(/^@/, '').toLowerCase();
  if (Array.isArray(shared.approvers) && Array.isArray(raw.approvers)) {
    const allowed = new Set(shared.approvers.map(canon));
    raw.approvers.forEach((a, i) => {
      if (!allowed.has(canon(a))) {
        at(
          ['approvers', i],
          `${from('approvers')} names the approvers; a repository may only keep some of them, not add \`${canon(a)}\``,
        );
      }
    });
  }
  const required = Array.isArray(shared['approval-required'])
    ? shared['approval-required']
    : Array.isArray(shared.approvers)
      ? ['error']
      : undefined;
  if (required && Array.isArray(raw['approval-required'])) {
    const missing = required.filter((s) => !(raw['approval-required'] as unknown[]).includes(s));
    if (missing.length > 0) {
      at(
        ['approval-required'],
        `${from('approval-required')} requires approval for ${missing.join(', ')}; a repository may add severities, not remove them`,
      );
    }
  }
}

/** A rule's severity under a configuration before the next file is merged over it. */
function effectiveLevel(config: Config, id: string): SeverityLevel {
  const set = config.rules.get(id);
  if (set) return set;
  const custom = config.customRules.find((r) => r.id === id);
  if (custom) return custom.severity;
  return config.extends === 'recommended' ? (BUILT_IN.get(id) ?? 'off') : 'off';
}

/** The rule ids a file named but left to what it extends, which still no file defines. */
function pendingUnknown(config: Config, customRules: Config['customRules']): ConfigProblem[] {
  const defined = new Set(customRules.map((r) => r.id));
  const known = [...BUILT_IN.keys(), ...defined];
  return (config.layer?.pending ?? []).flatMap((p) => {
    const id = /`([^`]+)`/.exec(p.message)?.[1];
    if (id === undefined || !p.message.startsWith('unknown rule')) return [p];
    if (defined.has(id)) return [];
    const hint = didYouMean(id, known) || ' `stack-verdict rules` lists the rules';
    return [{ ...p, message: `unknown rule \`${id}\`.${hint}` }];
  });
}

/** Which file set each value; a nearer file overwrites (unwaivable ids keep their first setter). */
function recordOrigins(origins: Map<string, string>, link: Link, bottom: boolean): void {
  const raw = link.config.layer?.raw ?? {};
  const name = link.name || 'the built-in defaults';
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'extends') {
      if (bottom) origins.set('extends', name);
    } else if ((key === 'rules' || key === 'settings') && record(value)) {
      for (const k of Object.keys(record(value)!)) origins.set(`${key}.${k}`, name);
    } else if (key === 'unwaivable' && Array.isArray(value)) {
      for (const id of value)
        if (!origins.has(`unwaivable.${id}`)) origins.set(`unwaivable.${id}`, name);
    } else if (key === 'custom-rules' && Array.isArray(value)) {
      for (const r of value) {
        const id = record(r)?.id;
        if (typeof id === 'string' && !origins.has(`custom-rules.${id}`))
          origins.set(`custom-rules.${id}`, name);
      }
    } else origins.set(key, name);
  }
}

/** The merged configuration as it would be written in one file (for `config --print`). */
function mergeRaw(lower: Record<string, unknown>, upper: Readonly<Record<string, unknown>>) {
  const out: Record<string, unknown> = { ...lower, ...upper };
  if (lower.extends !== undefined || upper.extends !== undefined) {
    out.extends = lower.extends ?? 'recommended';
  }
  for (const key of ['rules', 'settings']) {
    if (record(lower[key]) || record(upper[key]))
      out[key] = { ...record(lower[key]), ...record(upper[key]) };
  }
  if (Array.isArray(lower.unwaivable) || Array.isArray(upper.unwaivable)) {
    out.unwaivable = [...new Set([...list(lower.unwaivable), ...list(upper.unwaivable)])];
  }
  if (Array.isArray(lower['custom-rules']) || Array.isArray(upper['custom-rules'])) {
    out['custom-rules'] = [...list(lower['custom-rules']), ...list(upper['custom-rules'])];
  }
  return out;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function camel(key: string): string {
  return key.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

function record(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}
