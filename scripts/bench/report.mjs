// docs/benchmarks.md: the report of a run, from what the scenarios measured.

import { portfolioMarkdown } from './scenarios/portfolio.mjs';
import os from 'node:os';
import path from 'node:path';
import { NODE24, versionOf } from '../../test/e2e/node24.mjs';
import {
  ACTION,
  BUDGET_MS,
  CLI,
  COMPARE_ACTION,
  fmtBytes,
  fmtMB,
  fmtMs,
  fmtN,
  fmtX,
  LATENCY_MS,
  met,
  ONLY,
  opt,
  repetitions,
  ROOT,
  TARGET,
} from './context.mjs';
import { bundleSizes } from './machine.mjs';
import { PARSE_VARIANTS } from './scenarios/parse.mjs';

export function targetsTable(targets) {
  return [
    '| target | measured | |',
    '|---|---|---|',
    ...targets.map((t) => `| ${t.what} | ${t.value} | ${met(t.ok)} |`),
  ].join('\n');
}

export function report({
  m,
  sets,
  cmp,
  floorRows,
  start,
  economy,
  targets,
  profiles,
  spectral,
  hasAction,
  totalS,
  memory,
  parseRows,
  scale,
  rounds,
  across,
}) {
  const L = [];
  const rel = (p) => path.relative(ROOT, p).split(path.sep).join('/');
  L.push('# Benchmarks', '');
  L.push(
    'Written by `npm run bench` (scripts/bench.mjs); run it again to refresh this page. Every',
    'comparison is a ratio of medians of runs alternated within one process on the machine',
    'below, so it holds better than the absolute times, which vary with the machine and its load.',
    '',
  );
  L.push('| machine | |', '|---|---|');
  L.push(
    `| CPU | ${m.cpu} |`,
    `| cores | ${m.cores} |`,
    `| memory | ${m.memoryGB.toFixed(1)} GiB |`,
    `| OS | ${m.os} |`,
  );
  L.push(`| Node | ${m.node} |`, `| date | ${m.date} |`, `| commit | ${m.commit} |`);
  const load = (l) => l.map((x) => x.toFixed(2)).join(', ');
  L.push(
    `| load average (1, 5, 15 min) | ${load(m.load)} at the start, ${load(os.loadavg())} at the end |`,
  );
  L.push(
    `| peak memory measured with | ${memory} |`,
    `| this run took | ${totalS.toFixed(0)} s${opt.quick ? ' (`--quick`)' : ''} |`,
    '',
  );

  L.push('## Targets', '', targetsTable(targets), '');

  // Spectral
  L.push('## Against Spectral', '');
  if (!spectral)
    L.push(ONLY.has('compare') ? 'Skipped (`--no-spectral`).' : 'Not run (`--only`).', '');
  else {
    L.push(
      `The same generated proposals (\`bench/generate.mjs\`, seeded, so identical every run; ${describeSets(sets)}),`,
      `judged by \`node ${rel(CLI)} check proposals --format json\` and by`,
      `\`spectral lint 'proposals/**/*.{yml,yaml,md}' --ruleset bench/spectral/.spectral.yaml --format json\``,
      `(@stoplight/spectral-cli ${spectral.version}, installed on demand into the git-ignored \`.bench/\`).`,
      'The ruleset checks the same schema (schema/proposal.schema.json, inlined by',
      '`bench/spectral/make-ruleset.mjs` because Spectral does not follow a `$ref` out of a',
      'ruleset, through the core function `schema`) and the main language rule',
      '(`rust-without-measured-constraint`, JSONPath `$.language` and the custom function',
      '`bench/spectral/functions/rustWithoutJustification.js`). Spectral has no notion of',
      'Markdown front matter: it reads a `.md` proposal as a YAML stream, judges the front matter',
      '(the first document) and reports the Markdown body as parser errors.',
      '',
    );
    if (cmp.agree) {
      const a = cmp.agree;
      L.push(
        `Both judge alike: on the ${fmtN(a.size)} proposals, ${a.both} are flagged \`rust-without-measured-constraint\` by both,`,
        `${a.onlyOurs} by Stack Verdict only and ${a.onlySpectral} by Spectral only; ${a.invalidSpectral} fail Spectral's schema`,
        `rule, ${a.invalidOurs} are invalid for Stack Verdict (which also reports YAML errors, duplicate keys and bad waivers).`,
        '',
      );
    }
    L.push(
      '| proposals | Stack Verdict (median) | runs | Spectral (median) | runs | Spectral ÷ Stack Verdict |',
      '|---:|---:|---:|---:|---:|---:|',
    );
    for (const r of cmp.rows) {
      L.push(
        `| ${fmtN(r.size)} | ${fmtMs(r.ourMs)} | ${r.ourRuns} | ${fmtMs(r.spectralMs)} | ${r.spectralRuns} | ${fmtX(r.ratio)} |`,
      );
    }
    L.push('');
    const notes = cmp.rows.flatMap((r) => r.notes.map((n) => `${fmtN(r.size)} proposals: ${n}.`));
    L.push(
      'Repetitions shrink with size, since one Spectral run on 10,000 proposals takes minutes:',
      `${cmp.rows.map((r) => `${fmtN(r.size)}: ${repetitions(r.size).ours} × Stack Verdict, ${repetitions(r.size).spectral} × Spectral`).join('; ')},`,
      `each size after one untimed warm-up run; the whole run is capped at about ${Math.round(BUDGET_MS / 60000)} minutes (\`--budget\`),`,
      'and a Spectral run the budget cannot hold is skipped or stopped.',
      ...(notes.length ? ['', ...notes.map((n) => `- ${n}`)] : []),
      '',
    );
  }

  // Start-up
  L.push('## Start-up', '');
  if (!start) L.push('Not run (`--only`).', '');
  else {
    const row = (label, st) =>
      `| ${label} | ${fmtMs(st.ms)} | ${fmtX(st.ms / start.bare.ms)} | ${fmtMs(st.cpuMs)} | ${fmtMB(st.mb)} |`;
    L.push(
      `Medians of ${start.bare.n} runs each, alternated, after one warm-up run each. One proposal:`,
      '`examples/proposals/orders-api.yaml` for the CLI; for the Action, a generated one, checked',
      'out in a workspace, the API being the loopback server (below).',
      '',
      "| command | median | × `node -e ''` | CPU time | peak memory |",
      '|---|---:|---:|---:|---:|',
      row("`node -e ''`", start.bare),
      row(`CLI: \`node ${rel(CLI)} check FILE --format json\``, start.cli),
    );
    if (start.action) {
      L.push(
        row(`Action: \`node ${rel(ACTION)}\`, workflow_dispatch`, start.action),
        row(
          `Action: \`node ${rel(ACTION)}\`, pull_request (1 file), comment: never`,
          start.actionPr,
        ),
      );
    } else {
      L.push(
        `| Action | not measured: \`${rel(ACTION)}\` is not built (\`npm run build\`) | | | |`,
      );
    }
    if (start.bare24) {
      const row24 = (label, st) =>
        `| ${label} | ${fmtMs(st.ms)} | ${fmtX(st.ms / start.bare24.ms)} | ${fmtMs(st.cpuMs)} | ${fmtMB(st.mb)} |`;
      L.push(
        '',
        `The same, alternated with the runs above, on Node ${versionOf(NODE24)}: the runtime GitHub`,
        'runs the Action on (`runs.using: node24`), from the copy the end-to-end suite installs',
        'in `.tmp/node24`. Its bare start-up is much shorter, so the same work is a larger multiple',
        'of it; the start-up target is taken on Node 24, as GitHub runs the Action.',
        '',
        "| command | median | × `node24 -e ''` | CPU time | peak memory |",
        '|---|---:|---:|---:|---:|',
        row24("`node24 -e ''`", start.bare24),
        row24(`Action: \`node24 ${rel(ACTION)}\`, workflow_dispatch`, start.action24),
        row24(
          `Action: \`node24 ${rel(ACTION)}\`, pull_request (1 file), comment: never`,
          start.actionPr24,
        ),
        ...(start.other24
          ? [
              row24(`Action: \`node24 ${rel(COMPARE_ACTION)}\`, workflow_dispatch`, start.other24),
              row24(
                `Action: \`node24 ${rel(COMPARE_ACTION)}\`, pull_request (1 file), comment: never`,
                start.otherPr24,
              ),
            ]
          : []),
      );
    }
    if (start.other24) {
      L.push(
        '',
        `\`${rel(COMPARE_ACTION)}\` (\`--compare-action\`) is another build, alternated with the runs above.`,
      );
    }
    L.push(
      '',
      'What a start costs besides Node itself: reading and compiling the bundle (about a third of',
      'it), then the work. The Action imports the few functions of @actions/core it uses from the',
      "package's own modules (src/action/core.ts), not its index, which loads the OIDC client and",
      'undici on every start; it writes workflow commands with fs.writeSync rather than building',
      '`process.stdout` (~2.5 ms on a pipe), and reads and writes its few small files (event',
      'payload, .git/HEAD, configuration, report, job summary) synchronously: each trip through',
      "libuv's thread pool cost more than the read. The default globs' expressions are compiled",
      'ahead of time (src/generated/globs.js, ~2 ms). A pull request run loads octokit in the chunk',
      'its first API request imports, but not undici: without a proxy the requests go over',
      'node:http(s) (src/action/http-fetch.ts), and undici loads from `undici.cjs` only when a proxy',
      "applies (scripts/lazy-proxy.mjs). The bundles' module wrappers are functions, not arrows",
      "(scripts/eager-modules.mjs): Node 20's V8 compiles `(function () {})` once but pre-parses a",
      'parenthesised arrow and parses it again when the module loads, ~15 ms of the CLI on Node 20;',
      'and they are ASCII only (scripts/ascii-only.mjs): one "—" made the whole source two-byte text.',
    );
    L.push('');
    for (const [name, st] of Object.entries(start)) {
      if (st.failure)
        L.push(
          `The ${name} run failed, so its time may not be representative: \`${st.failure}\``,
          '',
        );
    }
  }

  // Scale
  L.push('## Scale', '');
  L.push(
    'The CLI over the generated proposals (`check proposals --format json`), medians of the runs above; peak memory is the highest of them.',
    '',
  );
  L.push(
    '| proposals | time | CPU time | per proposal | peak memory | time × per 10× | memory × per 10× |',
    '|---:|---:|---:|---:|---:|---:|---:|',
  );
  cmp.rows.forEach((r, i) => {
    const p = cmp.rows[i - 1];
    // Growth per tenfold, whatever the step between sizes.
    const per10 = (a, b) => (p ? fmtX(Math.pow(a / b, 1 / Math.log10(r.size / p.size))) : '');
    L.push(
      `| ${fmtN(r.size)} | ${fmtMs(r.ourMs)} | ${fmtMs(r.ourCpuMs)} | ${(r.ourMs / r.size).toFixed(2)} ms | ${fmtMB(r.ourMB)} | ${p ? per10(r.ourMs, p.ourMs) : ''} | ${p ? per10(r.ourMB, p.ourMB) : ''} |`,
    );
  });
  L.push(
    '',
    'CPU time is user + system time of the process: less sensitive than the wall time to other',
    'work on the machine (see the load average above), it shows what a quiet machine would take.',
  );
  if (cmp.rows.length >= 2) {
    const [a, b] = cmp.rows.slice(-2);
    L.push(
      '',
      `Marginal cost from ${fmtN(a.size)} to ${fmtN(b.size)} proposals: ${((b.ourMs - a.ourMs) / (b.size - a.size)).toFixed(2)} ms and ${(((b.ourMB - a.ourMB) * 1024) / (b.size - a.size)).toFixed(1)} KiB a proposal.`,
    );
  }
  if (spectral && cmp.rows.some((r) => Number.isFinite(r.spectralMB))) {
    L.push(
      '',
      `Spectral's peak memory: ${cmp.rows.map((r) => `${fmtN(r.size)}: ${fmtMB(r.spectralMB)}`).join(', ')}.`,
    );
  }
  L.push('');

  if (floorRows.length) {
    L.push('## What stands in the way: the YAML parser', '');
    L.push(
      'The same proposals judged by the CLI on one thread (`--jobs 1`) and by default (`--jobs auto`:',
      'one thread per core from 4,000 files, on machines of 3 cores or more; from 2,000 files on 2',
      'cores or more, a second thread reads the files ahead of the one judging them,',
      '`src/cli/read-ahead.ts`), alternated, and the',
      '`yaml` library as published parsing the same files into documents with positions',
      '(`parseDocument` with a LineCounter, `scripts/bench/yaml-floor.mjs`: in-process, after reading',
      'them, so without start-up or I/O). That parse is what an engine pays that takes the documents',
      "yaml builds; the bundles read the parser's tokens instead, with yaml's lexer and parser",
      'rewritten without generators (next section), so the whole CLI on one thread can take less',
      'than that parse alone. The last column is the best ratio to Spectral such an engine could reach.',
      '',
      '| proposals | `--jobs auto` | CPU time | `--jobs 1` | CPU time | `yaml` alone | share of `--jobs 1` | Node start-up + `yaml` alone | Spectral ÷ that floor |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const f of floorRows) {
      const bare = start?.bare?.ms ?? NaN;
      const floor = bare + f.parseMs;
      const spectralMs = cmp.rows.find((r) => r.size === f.size)?.spectralMs ?? NaN;
      L.push(
        `| ${fmtN(f.size)} | ${fmtMs(f.autoMs)} | ${fmtMs(f.autoCpuMs)} | ${fmtMs(f.oneMs)} | ${fmtMs(f.oneCpuMs)} | ${fmtMs(f.parseMs)} | ${((f.parseMs / f.oneMs) * 100).toFixed(0)}% | ${fmtMs(floor)} | ${fmtX(spectralMs / floor)} |`,
      );
    }
    L.push('');
  }

  if (parseRows.length) {
    L.push('## The parse step: yaml without generators, data from the CST', '');
    L.push(
      '`parseProposal` alone on the generated proposals (`scripts/bench/parse-entry.ts`, bundled by',
      'this script with ncc, yaml included): in-process, after reading the files, the median of',
      'rounds after a first untimed one, the four variants alternated. "Without generators" is',
      "yaml's Lexer and Parser as `scripts/yaml-nogen.mjs` rewrites them in the bundles;",
      '"read from the CST" builds the data and positions from the parser\'s tokens',
      '(`src/core/proposal/cst.ts`) where the Composer and `toJS()` did it before; files it does',
      'not handle (errors, anchors, duplicate keys…) still go to the Composer.',
      '',
      `| proposals | ${PARSE_VARIANTS.map((v) => v.label).join(' | ')} |`,
      `|---:|${PARSE_VARIANTS.map(() => '---:').join('|')}|`,
    );
    for (const r of parseRows) {
      const base = r.ms['published-compose'];
      L.push(
        `| ${fmtN(r.size)} | ${PARSE_VARIANTS.map((v) => (v.key === 'published-compose' ? fmtMs(base) : `${fmtMs(r.ms[v.key])} (${fmtX(base / r.ms[v.key])} faster)`)).join(' | ')} |`,
      );
    }
    L.push('');
  }

  if (scale) {
    L.push(`## Memory at ${fmtN(scale.size)} proposals`, '');
    L.push(
      `The CLI (\`check proposals --format json\`, default \`--jobs auto\`) and the Action (workflow_dispatch,`,
      `comment: never, every proposal checked out in the workspace) on ${fmtN(scale.size)} generated proposals, on`,
      `this machine's Node and on Node 24; ${scale.reps} alternated run(s) each, peak memory the highest.`,
      'Both entry points keep the young generation at its first size (`src/io/heap.ts`):',
      "Node 24's V8 otherwise grows it far past Node 20's.",
      '',
      '| run | time | CPU time | peak memory | |',
      '|---|---:|---:|---:|---|',
    );
    for (const r of scale.rows) {
      L.push(
        `| ${r.label} | ${fmtMs(r.ms)} | ${fmtMs(r.cpuMs)} | ${fmtMB(r.mb)} | ${r.failed ? '**failed**' : r.mb < TARGET.bigMB ? `under ${TARGET.bigMB} MB` : `**over ${TARGET.bigMB} MB**`} |`,
      );
    }
    L.push('');
  }

  // API economy
  L.push('## API economy', '');
  if (!hasAction) {
    L.push(
      `Not measured: \`${rel(ACTION)}\` is not built yet. \`npm run build\`, then \`npm run bench\`.`,
      '',
    );
  } else {
    L.push(
      'The Action against a loopback stand-in of the GitHub API (a node:http server on 127.0.0.1 in',
      'the benchmark, `scripts/bench/github-api.mjs`, logging every request), the workspace checked',
      'out at the pull request head. Minimum: ceil(N/100) pages of the pull request files (N changed',
      'files), plus listing the comments and creating or updating the comment, unless comment: never,',
      "plus looking up the base branch's configuration for its approval policy: who may approve a",
      'waiver comes from the base, never from the pull request itself. That is one listing',
      'of `.github` at the base commit here, where the base has no configuration (and one read more',
      'where it has).',
      'A run that creates the comment lists the comments once more ("look-again"): two runs at the',
      'same time may both create one, and the newer one is then removed at once (SECURITY.md). That',
      'is one request per pull request, on its first comment; every later run updates in place.',
      '',
      '| scenario | requests | files | comments | other | minimum | |',
      '|---|---:|---:|---:|---|---:|---|',
    );
    for (const r of economy) {
      const other = r.other.length ? r.other.map((q) => `${q.method} ${q.path}`).join('<br>') : '';
      L.push(
        `| ${r.name} | ${r.total} | ${r.files} | ${r.comments} | ${other} | ${r.min} | ${r.total <= r.min ? 'ok' : r.total <= r.min + r.lookAgain ? '+1: look-again' : '**over**'} |`,
      );
    }
    const failed = economy.filter((r) => r.failure);
    if (failed.length) {
      L.push(
        '',
        'Runs that failed (their counts may be short):',
        ...failed.map((r) => `- ${r.name}: \`${r.failure}\``),
      );
    }
    L.push('');
    if (rounds) L.push(...roundTripMarkdown(rounds, rel), '');
  }

  // Bundle
  if (across) L.push(portfolioMarkdown(across), '');
  L.push('## Bundle', '');
  const files = bundleSizes();
  if (!files.length) L.push('dist/ is not built.', '');
  else {
    L.push('| file | size |', '|---|---:|');
    for (const f of files) L.push(`| ${f.file} | ${fmtBytes(f.bytes)} |`);
    L.push(`| total | ${fmtBytes(files.reduce((s, f) => s + f.bytes, 0))} |`, '');
  }

  if (profiles.length) {
    L.push('## Profiles of the missed targets', '');
    for (const p of profiles) L.push(`### ${p.label}`, '', p.markdown, '');
  }
  L.push('## Running it', '');
  L.push(
    '```sh',
    'npm run build      # dist/ (both bundles)',
    'npm run bench      # several minutes, most of them Spectral on 10,000 proposals; writes this page',
    'node scripts/bench.mjs --quick --out -     # a smoke run (about a minute), printed',
    'node scripts/bench.mjs --cli /tmp/x/cli/index.js --action /tmp/x/index.js   # other bundles',
    '```',
    '',
    'Spectral is installed into `.bench/` on first use (not a dependency of the project).',
    '',
  );
  return L.join('\n');
}

export function roundTripMarkdown(rounds, rel) {
  const L = [
    `### Round trips at ${LATENCY_MS} ms a request, before and after`,
    '',
    `The loopback API holds every answer ${LATENCY_MS} ms (\`startApi({ latencyMs })\`). A pull request`,
    'changing N proposals (and nothing else), with its head checked out in the workspace or with',
    'no checkout (the files read through the API), `comment: always`: the first comment, then',
    'its update after a new push. Sequential round trips: the longest chain of requests each sent',
    'after the answer to the one before it (requests made together count once). "Before" is',
    opt['before-action']
      ? `\`${rel(rounds.before)}\`; "after" is \`${rel(ACTION)}\`.`
      : `the Action bundle committed at ${opt.before} (\`git archive ${opt.before} dist\`: main before the concurrent requests); "after" is \`${rel(ACTION)}\`.`,
    `Medians of ${rounds.reps} alternated run(s) each; wall time includes the start-up of Node.`,
    '',
    '| proposals | checkout | comment | before: wall | requests | round trips | after: wall | requests | round trips |',
    '|---:|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rounds.rows) {
    const cells = (x) =>
      `${fmtMs(x.ms)}${x.failure ? ' (**failed**)' : ''} | ${x.requests} | ${x.rounds}`;
    L.push(
      `| ${r.n} | ${r.checkout ? 'yes' : 'no'} | ${r.comment === 'first' ? 'first' : 'update'} | ${cells(r.before)} | ${cells(r.after)} |`,
    );
  }
  const failures = rounds.rows.flatMap((r) =>
    ['before', 'after']
      .filter((w) => r[w].failure)
      .map(
        (w) =>
          `- ${w}, ${r.n} proposal(s), ${r.checkout ? 'checkout' : 'no checkout'}, ${r.comment}: \`${r[w].failure}\``,
      ),
  );
  if (failures.length) L.push('', 'Runs that failed or did not comment:', ...failures);
  L.push(
    '',
    'Without a checkout, from 13 proposals on the files are read in one GraphQL request per 100',
    '(src/action/api/get-file-batch.ts). @octokit/plugin-throttling counts every POST, GraphQL',
    'queries too, as a write and starts the next write (here the comment) at least 1 s after it:',
    'that wait is in the wall time, not in the round trips.',
  );
  return L;
}

export function describeSets(sets) {
  const s = sets.at(-1).stats;
  const pct = (n) => `${Math.round((100 * n) / s.files)}%`;
  return `at ${fmtN(s.files)}: ${pct(s.go)} Go, ${pct(s.rust)} Rust, ${pct(s.other)} other languages; ${pct(s.yaml)} YAML, ${pct(s.md)} Markdown; ${pct(s.invalid)} invalid`;
}
