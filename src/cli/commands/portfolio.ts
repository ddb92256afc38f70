// `stack-verdict portfolio`: one page of every service decision; it reports, it does not gate.
import { parseArgs } from 'node:util';
import { engineOptionsFromConfig, loadConfig } from '../../config/index.js';
import { buildReport, utcToday } from '../../core/engine.js';
import { buildPortfolio, mergePortfolios, type Portfolio } from '../../core/portfolio.js';
import { safeUrl, stripControl } from '../../core/render/escape.js';
import { renderPortfolioHtml } from '../../core/render/portfolio-html.js';
import {
  DEFAULT_PORTFOLIO_TITLE,
  renderPortfolioMarkdown,
} from '../../core/render/portfolio-markdown.js';
import { UsageError, type CliIo } from '../io.js';
import { judgeAll } from '../parallel.js';
import { readPortfolioFile } from '../portfolio-file.js';
import type { GitHubApi } from '../../action/api/types.js';
import { portfolioOfRepositories } from '../../action/portfolio/across.js';
import { readRepositories } from '../../action/portfolio/repositories.js';
import {
  parseRepositorySpec,
  parseRepositorySpecs,
  type RepositorySpec,
} from '../../action/portfolio/specs.js';
import { cliGitHubApi } from '../github-api.js';
import { resolveTargets } from '../targets.js';

export const PORTFOLIO_HELP = `Usage: stack-verdict portfolio [PATH|GLOB ...] [options]
       stack-verdict portfolio --repo OWNER/NAME[@REF] ... --org OWNER ... [options]
       stack-verdict portfolio --merge FILE.json ... [options]

Judges every proposal (the configuration's \`files\` globs, or the paths given) and prints one
page: every proposal (owner, language, verdict, status, justifications, waivers), past
decisions apart, counts by language, status and verdict, proposals whose language differs
from the recommendation, every waiver (expiring ones first), measurements to revisit, and the
summed cost of the Rust choices with the proposals the sums leave out.

Options:
  -f, --format FORMAT     markdown (default), json or html (one self-contained file)
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
A repository that cannot be read is on the page with the reason.

Exit status: 0 the page was written, 2 usage, configuration or I/O error. The page reports
verdicts; it does not gate (use \`check\` for that).
`;

const FORMATS = ['markdown', 'json', 'html'] as const;

/** What `portfolio` was asked, validated. */
export interface PortfolioOptions {
  /** Files, folders and globs; empty: the configuration's `files` globs. */
  targets: string[];
  format: (typeof FORMATS)[number];
  /** `--config`, relative to the current folder; undefined: `.github/stack-verdict.yml`. */
  config: string | undefined;
  /** `--merge`: the targets are portfolio JSON files to merge. */
  merge: boolean;
  /** `--repo` and `--org`: read through the API; empty: the local files. */
  repositories: RepositorySpec[];
}

export function readPortfolioOptions(args: readonly string[]): PortfolioOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'markdown' },
      config: { type: 'string' },
      merge: { type: 'boolean', default: false },
      repo: { type: 'string', multiple: true },
      org: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${values.format}"`);
  }
  if (values.config === '') throw new UsageError('--config needs the path of a configuration file');
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
  const { format } = options;
  const config = await loadConfig(io.cwd, options.config);
  // The same page the Action writes: its title and its warning days come from the configuration.
  const title = config.portfolioTitle ?? DEFAULT_PORTFOLIO_TITLE;
  if (options.repositories.length > 0) {
    const api = io.github ?? cliGitHubApi(io.env ?? process.env);
    const today = utcToday();
    const reads = await readRepositories(api, options.repositories, { today });
    for (const read of reads) {
      if (!read.ok) io.stderr?.(`${stripControl(read.name)}: not read: ${read.error.reason}\n`);
    }
    const portfolio = portfolioOfRepositories(reads, {
      today,
      warningDays: config.settings.waiverWarningDays,
    });
    writePage(io, portfolio, format, title);
    return 0;
  }
  if (options.merge) {
    // Every file is read and checked before anything is printed: one bad file, no page.
    const parts = options.targets.map((file) => readPortfolioFile(io.cwd, file));
    refuseOverlap(options.targets, parts);
    writePage(io, mergePortfolios(parts), format, title);
    return 0;
  }
  const files = await resolveTargets(io.cwd, options.targets, config.files);
  const today = utcToday();
  const engine = engineOptionsFromConfig(config, { today });
  const parallel = io.workerUrl
    ? {
        jobs: 'auto' as const,
        workerUrl: io.workerUrl,
        ...(io.readerUrl ? { readerUrl: io.readerUrl } : {}),
        configPath: options.config,
        today,
      }
    : undefined;
  const results = await judgeAll(io.cwd, files, engine, config.maxBytes, parallel);
  const portfolio = buildPortfolio(buildReport(results, 'never'), {
    today,
    warningDays: config.settings.waiverWarningDays,
  });
  writePage(io, portfolio, format, title);
  return 0;
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

function writePage(
  io: PortfolioIo,
  portfolio: Portfolio,
  format: PortfolioOptions['format'],
  title: string,
): void {
  // Files of a named repository link to it on the server the workflow runs on.
  const serverUrl = safeUrl(io.env?.GITHUB_SERVER_URL ?? '');
  const links = serverUrl ? { serverUrl } : {};
  if (format === 'json') io.stdout(`${JSON.stringify(portfolio, null, 2)}\n`);
  else if (format === 'html') io.stdout(renderPortfolioHtml(portfolio, title, links));
  else io.stdout(renderPortfolioMarkdown(portfolio, { title, ...links }));
}
