// Policy 1.2's facts (docs/policy.md, "What changed in 1.2"): each row of corrections is checked
// where a reader meets it — the message a proposal gets, the rule's page and the README — both
// for what it must now say and for the wording it must no longer use.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRuleDoc } from '../../src/core/render/rule-doc.js';
import { RULES } from '../../src/core/rules/index.js';
import { findingsOf, judge, REPO_ROOT } from '../helpers.js';

const README = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

function rule(id: string) {
  const found = RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

/** The rule's page as docs/rules shows it (why, fix and the example's real message). */
const page = (id: string): string => renderRuleDoc(rule(id));

/** The messages `id` gives on a proposal, through the whole engine. */
function messages(yaml: string, id: string): string {
  const found = findingsOf(judge(yaml), id).map((f) => f.message);
  expect(found.length, `${id} should fire on:\n${yaml}`).toBeGreaterThan(0);
  return found.join('\n');
}

function says(text: string, right: (string | RegExp)[], wrong: (string | RegExp)[]): void {
  for (const r of right) {
    if (typeof r === 'string') expect(text).toContain(r);
    else expect(text).toMatch(r);
  }
  for (const w of wrong) {
    if (typeof w === 'string') expect(text).not.toContain(w);
    else expect(text).not.toMatch(w);
  }
}

const GC_PAUSES_ON = (language: string, runtime: string) => `service: pricing-api
language: ${language}
kind: http-api
workload:
  bound: mixed
constraints:
  - type: gc-pauses
    source: production
    evidence: https://grafana.example.com/d/pricing
    observed: P99.9 spikes of 40 ms during GC cycles
    runtime: ${runtime}
`;

const TOOLCHAIN = (language: string, toolchain: string) => `service: audit-log
language: ${language}
kind: worker
workload:
  bound: io
toolchain:
${toolchain}
`;

describe('Green Tea GC: what Go says it does, for whom', () => {
  const WRONG = ['most workloads', 'off the hot path', 'moving collection work'];

  it.each([
    'gc-remeasure-on-go-1-26',
    'rust-on-unconfirmed-measurement',
    'go-deterministic-tail-latency',
    'toolchain-outdated',
  ])('%s: the page credits the release notes, GC-heavy programs and varying results', (id) => {
    says(
      page(id),
      [
        "Go's release notes expect 10–40% less GC overhead in real-world programs that use the garbage collector heavily",
        /results vary|say results vary/,
        'small objects cheaper',
      ],
      WRONG,
    );
  });

  it('the messages say the same: expected in programs that use the GC heavily', () => {
    const heavy = 'in programs that use the GC heavily';
    says(
      messages(GC_PAUSES_ON('rust', 'go1.22'), 'gc-remeasure-on-go-1-26'),
      [heavy, 'results vary'],
      WRONG,
    );
    says(
      messages(GC_PAUSES_ON('rust', 'go1.22'), 'rust-on-unconfirmed-measurement'),
      [heavy, 'results vary'],
      WRONG,
    );
    says(
      messages(
        `service: quote-engine
language: go
kind: http-api
workload:
  bound: mixed
  latency:
    deterministic-tail: true
`,
        'go-deterministic-tail-latency',
      ),
      [heavy],
      WRONG,
    );
    says(messages(TOOLCHAIN('go', '  go: "1.22"'), 'toolchain-outdated'), [heavy], WRONG);
  });
});

describe('gc-remeasure-on-go-1-26: what Green Tea moves', () => {
  it('says it cuts the CPU cost of collection and that stop-the-world pauses were already short', () => {
    says(
      page('gc-remeasure-on-go-1-26'),
      [
        'the CPU cost of collection',
        'latency that comes from GC work competing with the service for CPU may improve',
        'stop-the-world pauses were already short',
        're-measuring on 1.26 is how to find out',
      ],
      ['the measurements it moves most', 'GC pauses, tail latency, CPU use and throughput are'],
    );
  });
});

describe('post-quantum TLS in Go: on from which release, and under which conditions', () => {
  const CONDITIONS = [
    'X25519MLKEM768',
    'SecP256r1MLKEM768',
    'SecP384r1MLKEM1024',
    'tlsmlkem',
    'tlssecpmlkem',
    'Config.CurvePreferences',
    'go 1.25.0',
  ];

  it('toolchain-outdated: the page names both the toolchain and the go.mod go line', () => {
    says(
      page('toolchain-outdated'),
      [...CONDITIONS, 'X25519MLKEM768 hybrid on since Go 1.24', 'not the go line'],
      ['negotiates post-quantum hybrid TLS key exchange by default'],
    );
  });

  it('toolchain-outdated: the message puts the go line and CurvePreferences beside the toolchain', () => {
    says(
      messages(TOOLCHAIN('go', '  go: "1.25"'), 'toolchain-outdated'),
      ["on once go.mod's go line is 1.26 or later and Config.CurvePreferences is nil"],
      ['key exchanges by default'],
    );
  });

  const PQ = (language: string, go: string) => `service: settlement-api
language: ${language}
kind: http-api
workload:
  bound: io
toolchain:
  go: "${go}"
compliance: [nist-post-quantum]
team:
  size: 2
  rust-experience: 2
`;

  it('post-quantum-tls: the page states the conditions and claims nothing about what NIST requires', () => {
    says(
      page('post-quantum-tls'),
      [
        ...CONDITIONS,
        'aws-lc-rs',
        'rustls 0.23',
        'has to be enabled explicitly',
        'compliance regime',
      ],
      ['NIST-bound systems need', 'without configuration', 'meets this on 1.26'],
    );
  });

  it('post-quantum-tls on Go: the go line and CurvePreferences, for a regime that asks for the NIST curves', () => {
    says(
      messages(PQ('go', '1.25'), 'post-quantum-tls'),
      [
        'Go enables X25519MLKEM768 from 1.24',
        "only when go.mod's go line is 1.26 or later and Config.CurvePreferences is nil",
        'If your compliance regime asks for the NIST-curve hybrids',
        'go mod init on 1.26.0 writes go 1.25.0',
      ],
      ['NIST-bound', 'which NIST', 'by default only from'],
    );
  });

  it('post-quantum-tls on Rust: rustls offers X25519MLKEM768 with aws-lc-rs; a NIST-curve hybrid is explicit', () => {
    says(
      messages(PQ('rust', '1.26'), 'post-quantum-tls'),
      [
        'rustls offers X25519MLKEM768 with its aws-lc-rs provider (the default of rustls 0.23)',
        'must be enabled explicitly if your compliance regime asks for one',
      ],
      ['NIST-bound'],
    );
  });
});

describe('Rust 1.85 and the 2024 edition', () => {
  it('async closures: stable from rustc 1.85 in editions 2018 and later, not "in every edition"', () => {
    const message = messages(TOOLCHAIN('rust', '  rust: "1.80"'), 'toolchain-outdated');
    says(
      message,
      ['async closures are stable from that release in editions 2018 and later'],
      ['every edition'],
    );
    says(page('toolchain-outdated'), ['in editions 2018 and later'], ['every edition']);
  });

  it('edition 2024: what it changed, not "tighter lifetime rules catch more bugs"', () => {
    const changes = [
      'impl Trait',
      'captures lifetimes',
      'shortens temporary scopes in',
      'if let',
      'tail expressions',
      'unsafe extern',
      'static mut',
    ];
    const wrong = [/tighter lifetime/, /stricter lifetime/, /catch more bugs/, /surface more bugs/];
    says(
      messages(TOOLCHAIN('rust', '  rust-edition: "2021"'), 'toolchain-outdated'),
      changes,
      wrong,
    );
    says(page('toolchain-outdated'), changes, wrong);
  });
});

describe('rust-without-measured-constraint: days against weeks to months', () => {
  const BARE = `service: orders-api
language: rust
kind: http-api
workload:
  bound: io
`;

  it('compares like with like in the message', () => {
    says(
      messages(BARE, 'rust-without-measured-constraint'),
      [
        'engineers are productive in days instead of weeks to months',
        '3–6 months before one works in Rust without pairing',
      ],
      ['within a week instead of'],
    );
  });

  it('and on its page', () => {
    says(
      page('rust-without-measured-constraint'),
      [
        'productive in days, where Rust takes weeks to months',
        '3–6 months before an engineer works without pairing',
      ],
      ['onboards in weeks rather than'],
    );
  });
});

describe('build time: 2–10 s against 1–3 min is 6–90×', () => {
  it.each(['rust-despite-build-time-constraint', 'rust-ci-build-cost'])('%s page', (id) => {
    says(page(id), ['2–10 s', '1–3 min', '6–90×'], ['10–60']);
  });

  it('README', () => {
    says(README, ["Go's 2–10 seconds (6–90×)"], ['10–60']);
  });
});

describe('go-cli-cold-start: the 10 ms is the policy setting, not the source', () => {
  const CLI = `service: git-hook
language: go
kind: cli
workload:
  bound: io
  cold-start-ms: 5
`;

  it('the message names the setting', () => {
    says(
      messages(CLI, 'go-cli-cold-start'),
      [
        "this policy's cli-cold-start-ms setting of 10 ms",
        'a measured start within 5 ms answers the need',
      ],
      ['bound where near-instant start favours Rust'],
    );
  });

  it('the page quotes the source and says where the number comes from', () => {
    says(
      page('go-cli-cold-start'),
      ['near-instantaneous cold start', '`cli-cold-start-ms`', 'The source gives no number'],
      ['the 10 ms bound where'],
    );
  });
});

describe('no page, message example or README keeps a corrected wording', () => {
  const WRONG = [
    'most workloads',
    'off the hot path',
    'every edition',
    '10–60',
    'NIST-bound',
    'tighter lifetime rules',
    'within a week instead of',
    'bound where near-instant',
  ];
  const pagesDir = path.join(REPO_ROOT, 'docs', 'rules');
  const texts: [string, string][] = [
    ['README.md', README],
    ...readdirSync(pagesDir)
      .filter((n) => n.endsWith('.md'))
      .map((n): [string, string] => [
        `docs/rules/${n}`,
        readFileSync(path.join(pagesDir, n), 'utf8'),
      ]),
    ...RULES.map((r): [string, string] => [
      `${r.id} (module)`,
      `${r.description}\n${r.docs.why}\n${r.docs.fix}`,
    ]),
  ];

  it.each(texts)('%s', (_name, text) => {
    for (const w of WRONG) expect(text).not.toContain(w);
  });
});
