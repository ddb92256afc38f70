import { describe, expect, it } from 'vitest';
import { engineOptionsFromConfig, NOT_SET } from '../../src/config/index.js';
import { judgeFile } from '../../src/core/engine.js';
import { config, ids, judge, problem, proposal } from './helpers.js';

/** A configuration with one custom rule. */
function rule(when: string, message = 'fired', extra = ''): string {
  return `custom-rules:
  - id: team-rule
    severity: error
    message: ${JSON.stringify(message)}
    when: ${when}
${extra}`;
}

/** True when the custom rule fires on the proposal. */
function fires(when: string, text: string): boolean {
  return ids(judge(`extends: none\n${rule(when)}`, text)).includes('team-rule');
}

const go = proposal('go');
const team = (lines: string) => proposal('rust', `team:\n${lines}`);

describe('conditions', () => {
  it('equals', () => {
    expect(fires('{ field: language, equals: go }', go)).toBe(true);
    expect(fires('{ field: language, equals: rust }', go)).toBe(false);
    expect(fires('{ field: team.size, equals: 4 }', team('  size: 4\n'))).toBe(true);
    expect(
      fires(
        '{ field: workload.latency.deterministic-tail, equals: true }',
        proposal('go', '', 'http-api', 'io').replace(
          'bound: io',
          'bound: io\n  latency:\n    deterministic-tail: true',
        ),
      ),
    ).toBe(true);
  });

  it('equals on a list field holds when the list contains the value', () => {
    const text = proposal('go', 'compliance: [soc2, nist-post-quantum]\n');
    expect(fires('{ field: compliance, equals: nist-post-quantum }', text)).toBe(true);
    expect(fires('{ field: compliance, equals: hipaa }', text)).toBe(false);
  });

  it('one-of', () => {
    expect(fires('{ field: language, one-of: [python, go] }', go)).toBe(true);
    expect(fires('{ field: language, one-of: [python, ruby] }', go)).toBe(false);
    const text = proposal('go', 'compliance: [soc2]\n');
    expect(fires('{ field: compliance, one-of: [hipaa, soc2] }', text)).toBe(true);
  });

  it.each([
    ['gt', 4, false],
    ['gt', 3, true],
    ['gte', 4, true],
    ['gte', 5, false],
    ['lt', 5, true],
    ['lt', 4, false],
    ['lte', 4, true],
    ['lte', 3, false],
  ])('team.size 4 %s %d: %s', (op, limit, expected) => {
    expect(fires(`{ field: team.size, ${op}: ${limit} }`, team('  size: 4\n'))).toBe(expected);
  });

  it('numeric tests never hold on a field that is not set', () => {
    for (const op of ['gt', 'gte', 'lt', 'lte']) {
      expect(fires(`{ field: team.size, ${op}: 0 }`, go)).toBe(false);
    }
    expect(fires('{ field: team.size, equals: 4 }', go)).toBe(false);
    expect(fires('{ field: team.size, one-of: [4] }', go)).toBe(false);
  });

  it('exists', () => {
    const owned = proposal('go', 'owner: "@acme/payments"\n');
    expect(fires('{ field: owner, exists: true }', owned)).toBe(true);
    expect(fires('{ field: owner, exists: false }', owned)).toBe(false);
    expect(fires('{ field: owner, exists: false }', go)).toBe(true);
    expect(fires('{ field: constraints.0, exists: true }', go)).toBe(false);
  });

  it('reads a field with a documented default as that default', () => {
    expect(fires('{ field: status, equals: proposed }', go)).toBe(true);
    expect(fires('{ field: status, exists: false }', go)).toBe(false);
  });

  it('array indexes', () => {
    const text = proposal(
      'go',
      'constraints:\n  - type: memory\n    source: estimate\n  - type: cpu\n    source: production\n',
    );
    expect(fires('{ field: constraints.1.type, equals: cpu }', text)).toBe(true);
    expect(fires('{ field: constraints.0.type, equals: cpu }', text)).toBe(false);
    expect(fires('{ field: constraints.2.type, exists: true }', text)).toBe(false);
  });

  it('all, any, not', () => {
    const py = proposal('python', '', 'worker', 'cpu');
    const both =
      '{ all: [ { field: language, equals: python }, { field: workload.bound, equals: cpu } ] }';
    expect(fires(both, py)).toBe(true);
    expect(fires(both, proposal('python'))).toBe(false);
    const either =
      '{ any: [ { field: language, equals: ruby }, { field: kind, equals: worker } ] }';
    expect(fires(either, py)).toBe(true);
    expect(fires(either, go)).toBe(false);
    expect(fires('{ not: { field: language, one-of: [go, rust] } }', py)).toBe(true);
    expect(fires('{ not: { field: language, one-of: [go, rust] } }', go)).toBe(false);
    const nested =
      '{ all: [ { field: language, equals: python }, { not: { any: [ { field: kind, equals: cli }, { field: workload.bound, equals: io } ] } } ] }';
    expect(fires(nested, py)).toBe(true);
    expect(fires(nested, proposal('python'))).toBe(false);
  });
});

describe('the policies of the issue', () => {
  const policy = `custom-rules:
  - id: no-python-for-cpu
    severity: error
    message: "{service} is CPU-bound ({workload.bound}); Python is not allowed for CPU-bound services."
    description: Python is not allowed for CPU-bound services.
    docs: https://wiki.example.com/policy/languages
    when:
      all:
        - { field: language, equals: python }
        - { field: workload.bound, equals: cpu }
  - id: database-needs-owner
    severity: warning
    message: "A database needs a named owner; owner is {owner}."
    when:
      all:
        - field: kind
          equals: database
        - field: owner
          exists: false
`;

  it('Python is not allowed for CPU-bound services', () => {
    const report = judge(policy, proposal('python', '', 'worker', 'cpu'));
    const f = report.findings.find((x) => x.rule === 'no-python-for-cpu')!;
    expect(f).toMatchObject({
      severity: 'error',
      message: 'svc is CPU-bound (cpu); Python is not allowed for CPU-bound services.',
      line: 2,
      column: 11,
      waived: false,
      docs: 'https://wiki.example.com/policy/languages',
    });
    expect(report.verdict).toBe('changes-requested');
    expect(ids(judge(policy, proposal('python')))).not.toContain('no-python-for-cpu');
  });

  it('a database needs a named owner', () => {
    const f = judge(policy, proposal('go', '', 'database')).findings.find(
      (x) => x.rule === 'database-needs-owner',
    )!;
    expect(f.message).toBe(`A database needs a named owner; owner is ${NOT_SET}.`);
    expect(f.severity).toBe('warning');
    expect(f).not.toHaveProperty('docs');
    expect(f.line).toBe(3); // kind: the first field the condition names that is set
    const owned = proposal('go', 'owner: "@acme/storage"\n', 'database');
    expect(ids(judge(policy, owned))).not.toContain('database-needs-owner');
  });

  it('custom rules are waivable by id', () => {
    const text = proposal(
      'python',
      'waivers:\n  - rule: no-python-for-cpu\n    reason: A prototype, rewritten in Go by Q3.\n',
      'worker',
      'cpu',
    );
    // A waived error needs an approval by default; this team needs none.
    const f = judge(`${policy}approval-required: []\n`, text).findings.find(
      (x) => x.rule === 'no-python-for-cpu',
    )!;
    expect(f.waived).toBe(true);
    expect(f.waiverReason).toBe('A prototype, rewritten in Go by Q3.');
  });

  it('custom rules can be made unwaivable, and their severity set under rules', () => {
    const text = proposal(
      'python',
      'waivers:\n  - rule: no-python-for-cpu\n    reason: A prototype.\n',
      'worker',
      'cpu',
    );
    const report = judge(
      `${policy}unwaivable: [no-python-for-cpu]\nrules:\n  no-python-for-cpu: notice\n`,
      text,
    );
    const f = report.findings.find((x) => x.rule === 'no-python-for-cpu')!;
    expect(f).toMatchObject({ waived: false, severity: 'notice' });
    expect(ids(report)).toContain('waiver-invalid');
    expect(
      ids(
        judge(
          `${policy}rules:\n  no-python-for-cpu: off\n`,
          proposal('python', '', 'worker', 'cpu'),
        ),
      ),
    ).not.toContain('no-python-for-cpu');
  });

  it('custom rules run under extends: none', () => {
    expect(ids(judge(`extends: none\n${policy}`, proposal('python', '', 'worker', 'cpu')))).toEqual(
      ['no-python-for-cpu'],
    );
  });

  it('points at the first field the condition names that the proposal sets', () => {
    const c = `extends: none\n${rule('{ all: [ { field: owner, exists: false }, { field: kind, equals: database } ] }')}`;
    const f = judge(c, proposal('go', '', 'database')).findings[0]!;
    expect([f.line, f.column]).toEqual([3, 7]);
  });

  it('points at language when the condition names no field that exists', () => {
    const c = config(rule('{ not: { field: owner, exists: true } }'));
    const options = engineOptionsFromConfig(c, { today: '2026-03-01' });
    const result = judgeFile('p.yaml', go, options);
    if (result.kind !== 'proposal') throw new Error('skipped');
    expect(result.report.findings[0]).toMatchObject({ rule: 'team-rule', line: 2, column: 11 });
  });
});

describe('placeholders', () => {
  const text = proposal(
    'rust',
    'team:\n  size: 6\n  background: [python, typescript]\nconstraints:\n  - type: memory\n    source: production\n    evidence: https://grafana.example.com/d/1\n',
  );
  const render = (message: string, t = text) =>
    judge(`extends: none\n${rule('{ field: language, exists: true }', message)}`, t).findings[0]!
      .message;

  it('fills top-level, nested and indexed fields', () => {
    expect(
      render(
        '{service} in {language}: team of {team.size}, {constraints.0.type} from {constraints.0.source}',
      ),
    ).toBe('svc in rust: team of 6, memory from production');
    expect(render('bound {workload.bound}')).toBe('bound io');
  });

  it('joins lists and reads defaults', () => {
    expect(render('{team.background}')).toBe('python, typescript');
    expect(render('{status}')).toBe('proposed');
  });

  it(`renders a missing value as ${NOT_SET}`, () => {
    expect(render('owner {owner}, p99 {workload.latency.p99-ms}, {constraints.3.type}')).toBe(
      'owner (not set), p99 (not set), (not set)',
    );
    expect(render('{team.size}', proposal('rust'))).toBe(NOT_SET);
  });

  it('renders an empty list as (none), and keeps literal braces', () => {
    expect(render('{compliance}', proposal('rust', 'compliance: []\n'))).toBe('(none)');
    expect(render('use {{team.size}} for {{x}}')).toBe('use {team.size} for {x}');
  });

  it('cuts long proposal text short', () => {
    const long = 'x'.repeat(500);
    const m = render('{rationale}', proposal('rust', `rationale: ${long}\n`));
    expect(m).toHaveLength(200);
    expect(m.endsWith('…')).toBe(true);
  });

  it('refuses a placeholder that names no field, with a suggestion', () => {
    expect(problem(rule('{ field: language, equals: go }', 'team of {team.sise}'))).toBe(
      "4:14 the message's placeholder `{team.sise}`: `team.sise` is not a proposal field. Did you mean `team.size`?",
    );
    expect(problem(rule('{ field: language, equals: go }', 'a {} b'))).toMatch(
      /placeholder `\{\}`: it names no proposal field\. Write \{\{ and \}\} for literal braces/,
    );
  });

  it('refuses a placeholder that names a mapping', () => {
    expect(problem(rule('{ field: language, equals: go }', 'team {team}'))).toMatch(
      /placeholder `\{team\}` names a mapping; name one of its fields instead/,
    );
    expect(problem(rule('{ field: language, equals: go }', '{constraints}'))).toMatch(
      /a list of mappings/,
    );
  });
});

describe('bad custom rules', () => {
  it('an id that clashes with a built-in rule', () => {
    expect(
      problem(`custom-rules:
  - id: team-missing
    severity: error
    message: m
    when: { field: language, equals: go }
`),
    ).toBe(
      "2:9 the custom rule `team-missing` has the id of a built-in rule; give it another id, or set the built-in's severity under `rules`",
    );
  });

  it('two rules with one id', () => {
    const one = `  - id: same\n    severity: error\n    message: m\n    when: { field: language, equals: go }\n`;
    expect(problem(`custom-rules:\n${one}${one}`)).toBe(
      '6:9 two custom rules have the id `same` (items 0 and 1); ids must be unique',
    );
  });

  it('a bad severity, with a suggestion', () => {
    expect(
      problem(`custom-rules:
  - id: r
    severity: warn
    message: m
    when: { field: language, equals: go }
`),
    ).toBe(
      '3:15 `custom-rules[0].severity` must be one of error, warning, notice; found the string "warn".',
    );
    expect(
      problem(rule('{ field: language, equals: go }').replace('severity: error', 'severity: off')),
    ).toMatch(/must be one of error, warning, notice; found the string "off"/);
  });

  it('a missing key, an unknown key, a bad id', () => {
    expect(problem('custom-rules:\n  - id: r\n    severity: error\n    message: m\n')).toBe(
      '2:5 missing required key `custom-rules[0].when`',
    );
    expect(problem(rule('{ field: language, equals: go }', 'm', '    descripton: x\n'))).toBe(
      '6:5 unknown key `descripton` in `custom-rules[0]`. Did you mean `description`?',
    );
    expect(problem(rule('{ field: language, equals: go }').replace('team-rule', 'Team_Rule'))).toBe(
      '2:9 `custom-rules[0].id` must be a kebab-case id such as no-python-for-cpu; found the string "Team_Rule".',
    );
  });

  it('a docs link that is not http or https', () => {
    expect(
      problem(rule('{ field: language, equals: go }', 'm', '    docs: javascript:alert(1)\n')),
    ).toBe(
      '6:11 `custom-rules[0].docs` must be an http or https link; found the string "javascript:a…".',
    );
    expect(
      problem(rule('{ field: language, equals: go }', 'm', '    docs: "https://exa mple"\n')),
    ).toMatch(/must be an http or https link/);
  });

  it('an unknown field, with a suggestion', () => {
    expect(problem(rule('{ field: workload.bund, equals: cpu }'))).toBe(
      '5:20 `workload.bund` is not a proposal field. Did you mean `workload.bound`?',
    );
    expect(problem(rule('{ field: languge, equals: go }'))).toMatch(/Did you mean `language`\?/);
    expect(problem(rule('{ field: constraints.type, equals: cpu }'))).toMatch(
      /`constraints` is a list: name an item by its index, e.g. `constraints.0.type`/,
    );
    expect(problem(rule('{ field: language.name, exists: true }'))).toMatch(
      /`language` holds a single value/,
    );
  });

  it('a value the field can never have, with a suggestion', () => {
    expect(problem(rule('{ field: workload.bound, equals: CPU }'))).toBe(
      '5:44 this condition can never hold: `workload.bound` must be one of io, cpu, mixed; found the string "CPU". Did you mean `cpu`?',
    );
    expect(problem(rule('{ field: language, equals: Python }'))).toMatch(
      /can never hold: `language` must be a language name in lower case, such as go or rust; found the string "Python". Did you mean "python"\?/,
    );
    expect(problem(rule('{ field: kind, one-of: [cli, databse] }'))).toMatch(
      /^5:40 this condition can never hold: `kind` must be one of .*Did you mean `database`\?$/,
    );
    expect(problem(rule('{ field: team.size, equals: four }'))).toMatch(/must be a whole number/);
    expect(problem(rule('{ field: toolchain.go, equals: 1.30 }'))).toMatch(/Quote it \("1.30"\)/);
  });

  it('a numeric test on a field that is not a number', () => {
    expect(problem(rule('{ field: language, gt: 3 }'))).toBe(
      '5:30 `gt` compares numbers, and `language` is not a number; use equals or one-of',
    );
    expect(problem(rule('{ field: team.size, gt: many }'))).toMatch(
      /`custom-rules\[0\].when.gt` must be a number/,
    );
  });

  it('equals on a mapping', () => {
    expect(problem(rule('{ field: team, equals: x }'))).toMatch(
      /`team` holds a mapping; `equals` needs a single value: test one of its fields, e.g. `team.size`, or use `exists`/,
    );
  });

  it('malformed conditions', () => {
    expect(problem(rule('{ field: language }'))).toMatch(
      /the condition on `language` has no test: add one of equals/,
    );
    expect(problem(rule('{ field: language, equals: go, one-of: [rust] }'))).toMatch(
      /the condition on `language` has 2 tests \(equals, one-of\); give each its own condition under `all`/,
    );
    expect(problem(rule('{ equals: go }'))).toBe(
      '5:13 `custom-rules[0].when` has `equals` but no `field`, which it needs',
    );
    expect(problem(rule('{ fild: language, equals: go }'))).toBe(
      '5:13 unknown key `fild` in `custom-rules[0].when`. Did you mean `field`?',
    );
    expect(
      problem(
        rule('{ all: [{ field: language, equals: go }], any: [{ field: kind, equals: cli }] }'),
      ),
    ).toMatch(/combines with one of all, any or not; this one has all and any/);
    expect(
      problem(rule('{ field: kind, equals: cli, all: [{ field: language, equals: go }] }')),
    ).toMatch(/either tests `field` or combines conditions with all, not both/);
    expect(problem(rule('{}'))).toBe('5:11 `custom-rules[0].when` must not be empty');
    expect(problem(rule('{ all: [] }'))).toBe(
      '5:18 `custom-rules[0].when.all` must list at least 1 item',
    );
    expect(problem(rule('{ field: language, exists: yes }'))).toMatch(
      /`custom-rules\[0\].when.exists` must be a boolean/,
    );
  });

  it('reports problems deep inside combinators at their node', () => {
    const text = `custom-rules:
  - id: r
    severity: error
    message: m
    when:
      all:
        - field: language
          equals: go
        - not:
            field: workload.bound
            equals: CPU
`;
    expect(problem(text)).toMatch(/^11:21 this condition can never hold/);
  });
});
