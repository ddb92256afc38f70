// `stack-verdict portfolio`: one page of every service decision; it reports, it does not gate.
import path from 'node:path';
import { engineOptionsFromConfig } from '../../config/index.js';
import { repositoryOf, withCitedArtefacts } from '../evidence-pass.js';
import { buildReport, utcToday } from '../../core/engine.js';
import { beforeArtefacts } from '../../core/evidence/artefacts.js';
import {
  decisionsFrom,
  driftFindings,
  techRadar,
  type RadarOptions,
  type RepositoryCode,
} from '../../core/drift/index.js';
import { buildPortfolio, mergePortfolios, type Portfolio } from '../../core/portfolio.js';
import { safeUrl, stripControl } from '../../core/render/escape.js';
import { renderPortfolioHtml } from '../../core/render/portfolio-html.js';
import {
  DEFAULT_PORTFOLIO_TITLE,
  renderPortfolioMarkdown,
} from '../../core/render/portfolio-markdown.js';
import { plural } from '../../core/format.js';
import { toReportPath } from '../../io/files.js';
import { UsageError, type CliIo } from '../io.js';
import { localRepositoryCode } from '../../io/repository-code.js';
import { loadCliConfig } from '../load-config.js';
import { oneOf, parseOptions } from '../options.js';
import { judgeAll } from '../parallel.js';
import { readPortfolioFile } from '../portfolio-file.js';
import { writeFileAtomically } from '../report-file.js';
import { proposalsAmong, resolveTargets } from '../targets.js';
import type { GitHubApi } from '../../action/api/types.js';
import { portfolioOfRepositories } from '../../action/portfolio/across.js';
import { readRepositories } from '../../action/portfolio/repositories.js';
import {
  parseRepositorySpec,
  parseRepositorySpecs,
  type RepositorySpec,
} from '../../action/portfolio/specs.js';
import { cliGitHubApi } from '../github-api.js';

export const PORTFOLIO_HELP = `Usage: stack-verdict portfolio [PATH|GLOB ...] [options]
       stack-verdict portfolio --repo OWNER/NAME[@REF] ... --org OWNER ... [options]
       stack-verdict portfolio --merge FILE.json ... [options]

Judges every proposal (the configuration's \`files\` globs, or the paths given) and prints one
page: every proposal (owner, language, verdict, status, justifications, waivers), past
decisions apart, counts by language, status and verdict, proposals whose language differs
from the recommendation, every waiver (expiring ones first), measurements to revisit, and the
summed cost of the Rust choices with the proposals the sums leave out.

Options:
  -f, --format FORMAT     markdown (default), json, html (one self-contained file) or
                          backstage-radar (a Tech Radar the Backstage plugin loads)
  -o, --output FILE       write the page to FILE (whole or not at all) instead of printing
                          it; never a proposal, nor the configuration
      --config PATH       the team's configuration (default: .github/stack-verdict.yml)
      --merge             the paths are portfolio JSON files (--format json of other runs or
                          jobs): print one page of them all, judging nothing
      --repo OWNER/NAME[@REF]
                          a repository to read through the GitHub API at its default branch
                          (or REF), with its own configuration; repeat for more
      --org OWNER         every repository of OWNER the token can read (archived ones
                          skipped); repeat for more
  -h, --help              show this help

With --repo or --org nothing is cloned: each repository is read through the GitHub API with
GITHUB_TOKEN (or GH_TOKEN), at GITHUB_API_URL and GITHUB_GRAPHQL_URL (GitHub Enterprise
Server), and judged with its own configuration; the local one gives only the page's title.
A repository that cannot be read is on the page with the reason. Drift (the code and the
developer portal against the decisions) comes from each repository's tree, its catalog
files and GitHub's language breakdown, with no round trip more (docs/drift.md).

Exit status: 0 the page was written, 2 usage, configuration or I/O error. The page reports
verdicts; it does not gate (use \`check\` for that).
`;

const FORMATS = ['markdown', 'json', 'html', 'backstage-radar'] as const;

/** What `portfolio` was asked, validated. */
export interface PortfolioOptions {
  /** Files, folders and globs; empty: the configuration's `files` globs. */
  targets: string[];
  format: (typeof FORMATS)[number];
  /** `--config`, relative to the current folder; undefined: `.github/stack-verdict.yml`. */
  config: string | undefined;
  /** `--merge`: the targets are portfolio JSON files to merge. */
  merge: boolean;
  /** `--output`, relative to the current folder; undefined: standard output. */
  output: string | undefined;
  /** `--repo` and `--org`: read through the API; empty: the local files. */
  repositories: RepositorySpec[];
}

export function readPortfolioOptions(args: readonly string[]): PortfolioOptions | 'help' {
  const { values, positionals } = parseOptions(
    args,
    {
      format: { type: 'string', short: 'f', default: 'markdown' },
      output: { type: 'string', short: 'o' },
      config: { type: 'string' },
      merge: { type: 'boolean', default: false },
      repo: { type: 'string', multiple: true },
      org: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    'portfolio',
  );
  if (values.help) return 'help';
  const format = oneOf('--format', values.format, FORMATS);
  if (values.config === '') throw new UsageError('--config needs the path of a configuration file');
  if (values.output === '') throw new UsageError('--output needs the path of a file');
  if (values.merge && positionals.length === 0) {
    throw new UsageError('--merge needs the portfolio JSON files to merge');
  }
  const given = [
    ...(values.repo ?? []).map((r) => ({ flag: '--repo', text: r })),
    ...(values.org ?? []).map((o) => ({ flag: '--org', text: `${o}/*` })),
  ];
  const problems: string[] = [];
  for (const { flag, text } of given) {
    if (flag === '--org' && text.slice(0, -2).includes('/')) {
      problems.push(`--org takes an owner such as acme, not ${JSON.stringify(text.slice(0, -2))}`);
      continue;
    }
    if (flag === '--repo' && text.endsWith('/*')) {
      problems.push(
        `--repo takes OWNER/NAME[@REF]; for every repository of an owner use --org ${text.slice(0, -2)}`,
      );
      continue;
    }
    const parsed = parseRepositorySpec(text);
    if ('problem' in parsed) problems.push(`${flag}: ${parsed.problem}`);
  }
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  const { specs } = parseRepositorySpecs(given.map((g) => g.text));
  if (specs.length > 0 && (positionals.length > 0 || values.merge)) {
    throw new UsageError(
      '--repo and --org read repositories through the API; give no PATH, GLOB or --merge with them',
    );
  }
  return {
    targets: positionals,
    format,
    config: values.config,
    merge: values.merge === true,
    output: values.output,
    repositories: specs,
  };
}

/** What `portfolioCommand` needs from the CLI's io. */
export type PortfolioIo = Pick<CliIo, 'cwd' | 'stdout' | 'workerUrl' | 'readerUrl'> &
  Partial<Pick<CliIo, 'env' | 'stderr'>> & {
    /** The client for --repo/--org (tests); default: the CLI's own, from the environment. */
    github?: GitHubApi;
  };

export async function portfolioCommand(args: readonly string[], io: PortfolioIo): Promise<number> {
  const options = readPortfolioOptions(args);
  if (options === 'help') {
    io.stdout(PORTFOLIO_HELP);
    return 0;
  }
  const { config, root, file } = await loadCliConfig(io.cwd, io.env ?? {}, options.config);
  const scope = { root, configFile: file };
  // The same page the Action writes: its title and its warning days come from the configuration.
  const title = config.portfolioTitle ?? DEFAULT_PORTFOLIO_TITLE;
  // Merged or read through the API, no local file is judged; -o still never replaces one.
  if (options.output !== undefined && (options.merge || options.repositories.length > 0))
    refuseProposal(io.cwd, options.output, [], config.files, scope);
  if (options.repositories.length > 0) {
    const api = io.github ?? cliGitHubApi(io.env ?? process.env);
    const today = utcToday();
    const reads = await readRepositories(api, options.repositories, { today });
    for (const read of reads) {
      if (!read.ok) io.stderr?.(`${stripControl(read.name)}: not read: ${read.error.reason}\n`);
      else {
        for (const u of read.code.unread) {
          io.stderr?.(
            `${stripControl(read.name)}: catalog file ${stripControl(u.file)} not read: ${stripControl(u.message)}\n`,
          );
        }
        if (read.code.breakdownUnread !== undefined) {
          io.stderr?.(`${stripControl(read.name)}: ${stripControl(read.code.breakdownUnread)}\n`);
        }
      }
    }
    const portfolio = portfolioOfRepositories(reads, {
      today,
      warningDays: config.settings.waiverWarningDays,
    });
    return writePage(
      io,
      options,
      portfolio,
      title,
      `${plural(reads.length, 'repository', 'repositories')} read`,
      config.radarRings,
      reads.flatMap((r) => (r.ok ? [r.code] : [])),
    );
  }
  if (options.merge) {
    // Every file is read and checked before anything is printed: one bad file, no page.
    const parts = options.targets.map((f) => readPortfolioFile(io.cwd, f));
    refuseOverlap(options.targets, parts);
    return writePage(
      io,
      options,
      mergePortfolios(parts),
      title,
      `${plural(parts.length, 'page')} merged`,
      config.radarRings,
    );
  }
  const files = await resolveTargets(io.cwd, options.targets, config.files, scope);
  if (options.output !== undefined)
    refuseProposal(io.cwd, options.output, files, config.files, scope);
  const today = utcToday();
  const where = await repositoryOf(root, io.env ?? {}, undefined);
  const engine = beforeArtefacts({
    ...engineOptionsFromConfig(config, { today }),
    ...where.engine,
  });
  const parallel = io.workerUrl
    ? {
        jobs: 'auto' as const,
        workerUrl: io.workerUrl,
        ...(io.readerUrl ? { readerUrl: io.readerUrl } : {}),
        configPath: file,
        configRoot: root,
        today,
      }
    : undefined;
  // The same judgement as `check`: with the artefacts the proposals cite.
  const results = await withCitedArtefacts(
    await judgeAll(root, files, engine, config.maxBytes, parallel),
    {
      cwd: root,
      root: where.root,
      engine,
      maxBytes: config.maxBytes,
      cap: config.maxEvidenceBytes,
    },
  );
  // The checkout's code and catalog, held against its decisions (drift).
  const code = localRepositoryCode(root, config);
  for (const { file, message } of code.unread) {
    io.stderr?.(`${stripControl(file)}: not read for the drift check: ${stripControl(message)}\n`);
  }
  const decisions = decisionsFrom(results);
  if (options.format === 'backstage-radar') {
    const radar = techRadar(decisions, [code], {
      date: today,
      ...(config.radarRings ? { rings: config.radarRings } : {}),
    });
    return writeText(
      io,
      options,
      `${JSON.stringify(radar, null, 2)}\n`,
      `${plural(files.length, 'file')} judged`,
    );
  }
  const portfolio = buildPortfolio(buildReport(results, 'never'), {
    drift: driftFindings(decisions, [code]),
    today,
    warningDays: config.settings.waiverWarningDays,
  });
  return writePage(io, options, portfolio, title, `${plural(files.length, 'file')} judged`);
}

/** One repository in two files would count its proposals twice: the jobs overlapped. */
function refuseOverlap(files: readonly string[], parts: readonly Portfolio[]): void {
  const seen = new Map<string, string>();
  parts.forEach((part, i) => {
    for (const r of part.repositories) {
      const key = `${r.name}@${r.ref ?? ''}`;
      const first = seen.get(key);
      if (first !== undefined) {
        throw new UsageError(
          `${files[i]}: the repository ${stripControl(r.name)} is in ${first} too; merge each repository once`,
        );
      }
      seen.set(key, files[i]!);
    }
  });
}

/** Prints the page, or writes it to `-o` whole or not at all. */
function writePage(
  io: PortfolioIo,
  options: PortfolioOptions,
  portfolio: Portfolio,
  title: string,
  done: string,
  rings?: RadarOptions['rings'],
  /** The code beside the decisions, when it was read (the API); merged pages have none. */
  code: readonly RepositoryCode[] = [],
): number {
  const { format } = options;
  // Files of a named repository link to it on the server the workflow runs on.
  const serverUrl = safeUrl(io.env?.GITHUB_SERVER_URL ?? '');
  const links = serverUrl ? { serverUrl } : {};
  const page =
    format === 'json'
      ? `${JSON.stringify(portfolio, null, 2)}\n`
      : format === 'backstage-radar'
        ? // A merged page holds the decisions, not the code beside them.
          `${JSON.stringify(techRadar(portfolio.proposals, code, { date: portfolio.date, ...(rings ? { rings } : {}) }), null, 2)}\n`
        : format === 'html'
          ? renderPortfolioHtml(portfolio, title, links)
          : renderPortfolioMarkdown(portfolio, { title, ...links });
  return writeText(io, options, page, done);
}

/** Prints the text, or writes it to `-o` whole or not at all. */
function writeText(io: PortfolioIo, options: PortfolioOptions, page: string, done: string): number {
  if (options.output === undefined) {
    io.stdout(page);
    return 0;
  }
  const output = options.output;
  writeFileAtomically(io.cwd, output, page, (why) => {
    throw new UsageError(`cannot write the portfolio to ${output}: ${why}`);
  });
  io.stdout(`Wrote ${output} (${options.format}, ${done})\n`);
  return 0;
}

/**
 * `-o` never replaces what a user wrote: a file this run judges, any file the `files` globs
 * match, or the configuration.
 */
function refuseProposal(
  cwd: string,
  output: string,
  judged: readonly string[],
  globs: readonly string[],
  scope: { root: string; configFile: string | undefined },
): void {
  const absolute = path.resolve(cwd, output);
  const file = toReportPath(scope.root, absolute);
  const why = judged.includes(absolute)
    ? 'it is one of the proposals judged'
    : proposalsAmong([absolute], globs, scope).length > 0
      ? "the configuration's files globs make it a proposal"
      : file === scope.configFile || file.startsWith('.github/stack-verdict.')
        ? 'it is the configuration'
        : undefined;
  if (why !== undefined) {
    throw new UsageError(
      `cannot write the portfolio to ${output}: ${why}, and -o never overwrites one; choose another file`,
    );
  }
}
