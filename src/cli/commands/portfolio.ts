// `stack-verdict portfolio`: one page of every service decision; it reports, it does not gate.
import { parseArgs } from 'node:util';
import { engineOptionsFromConfig, loadConfig } from '../../config/index.js';
import { buildReport, utcToday } from '../../core/engine.js';
import { decisionsFrom, driftFindings, techRadar } from '../../core/drift/index.js';
import { buildPortfolio } from '../../core/portfolio.js';
import { renderPortfolioHtml } from '../../core/render/portfolio-html.js';
import {
  DEFAULT_PORTFOLIO_TITLE,
  renderPortfolioMarkdown,
} from '../../core/render/portfolio-markdown.js';
import { UsageError, type CliIo } from '../io.js';
import { localRepositoryCode } from '../drift.js';
import { judgeAll } from '../parallel.js';
import { resolveTargets } from '../targets.js';

export const PORTFOLIO_HELP = `Usage: stack-verdict portfolio [PATH|GLOB ...] [options]

Judges every proposal (the configuration's \`files\` globs, or the paths given) and prints one
page: counts by language, status and verdict, proposals whose language differs from the
recommendation, every waiver (expiring ones first), measurements to revisit, and the summed
cost of the Rust choices.

Options:
  -f, --format FORMAT     markdown (default), json, html (one self-contained file) or
                          backstage-radar (a Tech Radar the Backstage plugin loads)
      --config PATH       the team's configuration (default: .github/stack-verdict.yml)
  -h, --help              show this help

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
}

export function readPortfolioOptions(args: readonly string[]): PortfolioOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'markdown' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${values.format}"`);
  }
  if (values.config === '') throw new UsageError('--config needs the path of a configuration file');
  return { targets: positionals, format, config: values.config };
}

/** What `portfolioCommand` needs from the CLI's io. */
export type PortfolioIo = Pick<CliIo, 'cwd' | 'stdout' | 'workerUrl' | 'readerUrl'>;

export async function portfolioCommand(args: readonly string[], io: PortfolioIo): Promise<number> {
  const options = readPortfolioOptions(args);
  if (options === 'help') {
    io.stdout(PORTFOLIO_HELP);
    return 0;
  }
  const { format } = options;
  const config = await loadConfig(io.cwd, options.config);
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
  // The checkout's code and catalog, held against its decisions (drift).
  const code = localRepositoryCode(io.cwd, config);
  const decisions = decisionsFrom(results);
  if (format === 'backstage-radar') {
    const radar = techRadar(decisions, [code], {
      date: today,
      ...(config.radarRings ? { rings: config.radarRings } : {}),
    });
    io.stdout(`${JSON.stringify(radar, null, 2)}\n`);
    return 0;
  }
  const portfolio = buildPortfolio(buildReport(results, 'never'), {
    drift: driftFindings(decisions, [code]),
    today,
    warningDays: config.settings.waiverWarningDays,
  });
  // The same page the Action writes: its title and its warning days come from the configuration.
  const title = config.portfolioTitle ?? DEFAULT_PORTFOLIO_TITLE;
  if (format === 'json') io.stdout(`${JSON.stringify(portfolio, null, 2)}\n`);
  else if (format === 'html') io.stdout(renderPortfolioHtml(portfolio, title));
  else io.stdout(renderPortfolioMarkdown(portfolio, { title }));
  return 0;
}
