// After judging: does the pull request change the configuration? It is judged by the base
// commit's (config.ts), so a change to `.github/stack-verdict.yml`, to a file it extends or
// to its custom rules takes effect only once merged. The author is told so, and, with a
// checkout (no request more), what the changed configuration would decide, as information
// only. Nothing here changes the report, the gate or the outputs.

import { ConfigError, loadConfig, type Config } from '../../config/index.js';
import { targetName } from '../../config/extends-ref.js';
import { escapeCode, messageToMarkdown } from '../../core/render/escape.js';
import { getPolicyFile } from '../api/get-policy-file.js';
import { DEFAULT_CONFIG_ALTERNATIVE, effectiveSettings } from '../config.js';
import { errorMessage } from '../github.js';
import { DEFAULT_CONFIG } from '../inputs.js';
import { docsBase } from '../links.js';
import { countsText } from '../notes.js';
import { printable } from '../printable.js';
import type { ArtefactReads } from '../artefacts.js';
import type { OtherProposals } from '../others.js';
import { short, type Source } from '../read-files.js';
import type { Started } from '../types.js';
import type { Configuration } from './configuration.js';
import type { Listing } from './files.js';
import { judge } from './judge.js';
import type { Prefetched } from './prefetch.js';

export interface HeadConfig {
  /** The note above the report (comment and summary); undefined: the configuration is unchanged. */
  note: string | undefined;
}

/**
 * The note when the pull request's own configuration differs from the base's: read from its
 * checkout, or (no checkout) seen in the pull request's file list. undefined: unchanged, or
 * not a pull request.
 */
export async function headConfigNote(
  run: Started,
  source: Source,
  base: Configuration,
  listing: Listing,
  prefetched: Prefetched,
  artefacts?: ArtefactReads,
  others?: OtherProposals,
): Promise<HeadConfig> {
  const { ctx, inputs, sink, workspace, api, policyApi, env } = run;
  const pr = ctx.pr;
  if (!pr || base.place.kind !== 'api') return { note: undefined };
  const explicit = inputs.configExplicit ? inputs.config : undefined;
  const baseAt = short(base.place.ref);
  let head: Config;
  try {
    if (source.kind === 'workspace') {
      // A shared file of another repository the base read already is not read again.
      const known = base.config.remoteTexts ?? {};
      head = await loadConfig(workspace, explicit, {
        remote: (t) => {
          const text = known[targetName(t)];
          return text !== undefined
            ? Promise.resolve({ ok: true as const, text })
            : getPolicyFile(policyApi ?? api, t);
        },
      });
    } else {
      // Without a checkout the head's configuration is not read: what judges stays the
      // base's, and reading the head would cost the proposals' reads again.
      if (!(await namesConfig(prefetched, base.config, explicit))) return { note: undefined };
      const file = printable(explicit ?? base.config.file ?? DEFAULT_CONFIG);
      sink.notice(
        `This pull request changes the configuration (${file} or a file it extends). It is judged by the configuration of the base commit ${baseAt}; the change applies once merged. Check out the pull request before this step (actions/checkout) to see what the change would decide.`,
      );
      return {
        note: `> [!NOTE]\n> **This pull request changes the configuration** (<code>${escapeCode(file)}</code> or a file it extends). It is judged by the configuration of the base commit <code>${baseAt}</code>; the change applies once merged.`,
      };
    }
  } catch (err) {
    const where =
      err instanceof ConfigError && err.problems[0]
        ? placeOf(err.problems[0])
        : `(${errorMessage(err)})`;
    const changedBroken = err instanceof ConfigError;
    if (!changedBroken) {
      sink.info(`The pull request's own configuration was not read: ${errorMessage(err)}`);
      return { note: undefined };
    }
    const line = `This pull request's configuration is invalid at ${where}; it is judged by the configuration of the base commit ${baseAt}, and the change would stop every run once merged.`;
    sink.warning(line);
    return {
      note: `> [!WARNING]\n> **This pull request's configuration is invalid** at <code>${escapeCode(where)}</code>. It is judged by the configuration of the base commit <code>${baseAt}</code>; merged as it is, the change would stop every run.`,
    };
  }
  if (digest(head) === digest(base.config)) return { note: undefined };

  const effective = effectiveSettings(inputs, head, docsBase(env), base.options.today);
  const settings = {
    ...effective,
    options: {
      ...effective.options,
      ...(base.options.repository ? { repository: base.options.repository } : {}),
    },
    info: base.info,
    place: base.place,
  };
  // The same approvals the run saw, under the changed configuration's approvers.
  if (base.options.approvals && settings.config.approvers.length > 0) {
    settings.options = {
      ...settings.options,
      approvals: {
        approvers: settings.config.approvers,
        required: settings.config.approvalRequired,
        context: base.options.approvals.context,
      },
    };
  }
  let would: string;
  try {
    const { report } = await judge(run, source, settings, listing, artefacts, others);
    would = `${report.gate.passed ? 'pass' : 'fail'} (${countsText(report)})`;
  } catch (err) {
    would = `not be known: ${errorMessage(err)}`;
  }
  const file = printable(head.file ?? explicit ?? DEFAULT_CONFIG);
  sink.notice(
    `This pull request changes the configuration (${file}). It is judged by the configuration of the base commit ${baseAt}; the change applies once merged. For information only: judged by the changed configuration, the gate would ${would}.`,
  );
  return {
    note: `> [!NOTE]\n> **This pull request changes the configuration** (<code>${escapeCode(file)}</code>). It is judged by the configuration of the base commit <code>${baseAt}</code>; the change applies once merged. For information only: judged by the changed configuration, the gate would ${messageToMarkdown(would)}.`,
  };
}

function placeOf(p: { file: string; line: number; column: number }): string {
  return p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
}

/** Whether the pull request's file list names the configuration or a file of its chain. */
async function namesConfig(
  prefetched: Prefetched,
  base: Config,
  explicit: string | undefined,
): Promise<boolean> {
  if (!prefetched.prFiles) return false;
  const listed = await prefetched.prFiles.catch(() => undefined);
  if (!listed) return false;
  const watched = new Set([
    ...(explicit !== undefined ? [explicit] : [DEFAULT_CONFIG, DEFAULT_CONFIG_ALTERNATIVE]),
    ...(base.chain ?? []),
  ]);
  return listed.entries.some(
    (e) =>
      watched.has(e.filename) ||
      (e.previous_filename !== undefined && watched.has(e.previous_filename)),
  );
}

/** What a configuration decides, as one string: the merged values of its whole chain. */
function digest(config: Config): string {
  // Which file a value came from does not change what it decides.
  const values = { ...(config.values ?? config.layer?.raw ?? {}) } as Record<string, unknown>;
  delete values.extends;
  return stable(values);
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
