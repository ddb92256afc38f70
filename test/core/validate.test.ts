import { describe, expect, it } from 'vitest';
import { parseProposal } from '../../src/core/proposal/parse.js';
import { fieldName, validateProposal } from '../../src/core/proposal/validate.js';
import { findingsOf, judge, only, proposal, ruleIds } from '../helpers.js';

/** The proposal-invalid findings of a text, after checking the proposal was refused. */
function problems(text: string) {
  const report = judge(text);
  expect(report.verdict).toBe('changes-requested');
  expect(report.recommended).toBeNull();
  expect(report.justifications).toEqual([]);
  return findingsOf(report, 'proposal-invalid');
}

function problem(text: string) {
  const found = problems(text);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('a valid proposal', () => {
  it('passes validation with no problems', () => {
    const parsed = parseProposal('p.yaml', proposal({}, 'status: draft\nteam:\n  size: 3\n'));
    if (parsed.kind !== 'document') throw new Error('skipped');
    const result = validateProposal(parsed.document);
    expect(result.problems).toEqual([]);
    expect(result.proposal).toMatchObject({ service: 'svc', status: 'draft', team: { size: 3 } });
  });

  it('names fields the way the proposal writes them', () => {
    expect(fieldName(['workload', 'latency', 'p99-ms'])).toBe('workload.latency.p99-ms');
    expect(fieldName(['constraints', 0, 'source'])).toBe('constraints[0].source');
    expect(fieldName([])).toBe('the proposal');
  });
});

describe('missing required fields', () => {
  it.each(['service', 'language'])('reports a missing `%s`', (field) => {
    const text = proposal()
      .split('\n')
      .filter((l) => !l.startsWith(`${field}:`))
      .join('\n');
    const f = problem(text);
    expect(f.message).toBe(`missing required field \`${field}\``);
    expect(f).toMatchObject({ line: 1, column: 1, severity: 'error' });
  });

  it('accepts a proposal without `kind` and `workload` (optional since policy 1.1)', () => {
    const report = judge('service: s\nlanguage: go\n');
    expect(findingsOf(report, 'proposal-invalid')).toEqual([]);
  });

  it('reports a missing `workload.bound` at the workload mapping', () => {
    const f = problem('service: s\nlanguage: go\nkind: cli\nworkload:\n  protocol: http\n');
    expect(f.message).toBe('missing required field `workload.bound`');
    expect(f).toMatchObject({ line: 5, column: 3 });
  });

  it('reports a missing constraint source at the constraint entry', () => {
    const f = problem(
      proposal({}, 'constraints:\n  - type: memory\n    evidence: https://x.example\n'),
    );
    expect(f.message).toBe('missing required field `constraints[0].source`');
    expect(f).toMatchObject({ line: 7, column: 5 });
  });

  it('reports every missing field at once', () => {
    expect(problems('summary: nothing else\n').map((f) => f.message)).toEqual([
      'missing required field `service`',
      'missing required field `language`',
    ]);
  });
});

describe('wrong types', () => {
  it('reports a scalar where a mapping belongs', () => {
    const f = problem(proposal({}, 'team: 5\n'));
    expect(f.message).toBe('`team` must be a mapping; found number 5.');
    expect(f).toMatchObject({ line: 6, column: 7 });
  });

  it('reports a quoted number where a whole number belongs', () => {
    const f = problem(proposal({}, 'team:\n  size: "6"\n'));
    expect(f.message).toBe('`team.size` must be a whole number; found the string "6".');
    expect(f).toMatchObject({ line: 7, column: 9 });
  });

  it('reports a fraction where a whole number belongs', () => {
    expect(problem(proposal({}, 'team:\n  size: 2.5\n')).message).toContain(
      'must be a whole number',
    );
  });

  it('reports a string where a boolean belongs', () => {
    const f = problem(proposal({}, '  latency:\n    deterministic-tail: "yes"\n'));
    expect(f.message).toBe(
      '`workload.latency.deterministic-tail` must be a boolean; found the string "yes".',
    );
    expect(f).toMatchObject({ line: 7, column: 25 });
  });

  it('reports a single value where a list belongs', () => {
    const f = problem(proposal({}, '  hot-path: parsing\n'));
    expect(f.message).toBe('`workload.hot-path` must be a list; found the string "parsing".');
  });

  it('tells to quote a service name YAML read as a number', () => {
    const f = problem('service: 2048\nlanguage: go\nkind: cli\nworkload:\n  bound: io\n');
    expect(f.message).toBe('`service` must be a string; found number 2048. Quote it ("2048").');
    expect(f).toMatchObject({ line: 1, column: 10 });
  });

  it.each([
    ['minimum', 'team:\n  size: 0\n', '`team.size` must be at least 1; found 0', 7],
    [
      'maximum',
      'team:\n  size: 3\n  annual-attrition: 1.5\n',
      '`team.annual-attrition` must be at most 1; found 1.5',
      8,
    ],
    [
      'negative',
      '  cold-start-ms: -1\n',
      '`workload.cold-start-ms` must be at least 0; found -1',
      6,
    ],
  ])('reports a number out of range (%s)', (_name, extra, message, line) => {
    const f = problem(proposal({}, extra));
    expect(f.message).toBe(message);
    expect(f.line).toBe(line);
  });

  it('reports an empty service name', () => {
    expect(problem('service: ""\nlanguage: go\nkind: cli\nworkload:\n  bound: io\n').message).toBe(
      '`service` must not be empty',
    );
  });
});

describe('values outside an enumeration', () => {
  it('suggests the closest value: kind http-ap → http-api', () => {
    const f = problem(proposal({ kind: 'http-ap' }));
    expect(f.message).toMatch(
      /^`kind` must be one of http-api, grpc-service, .*compiler; found the string "http-ap"\./,
    );
    expect(f.message).toMatch(/Did you mean `http-api`\?$/);
    expect(f).toMatchObject({ line: 3, column: 7 });
  });

  it('suggests the lower-case value: bound IO → io', () => {
    const f = problem(proposal({ bound: 'IO' }));
    expect(f.message).toBe(
      '`workload.bound` must be one of io, cpu, mixed; found the string "IO". Did you mean `io`?',
    );
    expect(f).toMatchObject({ line: 5, column: 10 });
  });

  it('points at the wrong entry of a list', () => {
    const f = problem(proposal({}, '  hot-path: [parsing, compresion]\n'));
    expect(f.message).toContain('`workload.hot-path[1]` must be one of compression,');
    expect(f.message).toContain('Did you mean `compression`?');
    expect(f).toMatchObject({ line: 6, column: 23 });
  });

  it('checks the constraint enumerations', () => {
    const f = problem(proposal({}, 'constraints:\n  - type: memory\n    source: prod\n'));
    expect(f.message).toMatch(
      /^`constraints\[0\]\.source` must be one of production, load-test, benchmark, estimate; found the string "prod"\./,
    );
    expect(f).toMatchObject({ line: 8, column: 13 });
  });

  it('suggests nothing when no value is close', () => {
    const f = problem(proposal({ kind: 'spaceship' }));
    expect(f.message).not.toContain('Did you mean');
  });

  it('checks status', () => {
    expect(problem(proposal({}, 'status: drafted\n')).message).toContain(
      '`status` must be draft, proposed, accepted, rejected, deprecated or superseded',
    );
  });
});

describe('unknown keys', () => {
  it('suggests `language` for `languge`, pointing at the key', () => {
    const found = problems('service: s\nlanguge: go\nkind: cli\nworkload:\n  bound: io\n');
    const unknown = found.find((f) => f.message.startsWith('unknown field'));
    expect(unknown).toMatchObject({
      message: 'unknown field `languge`. Did you mean `language`?',
      line: 2,
      column: 1,
    });
    // And the field it was meant to be is missing.
    expect(found.map((f) => f.message)).toContain('missing required field `language`');
  });

  it('suggests `rust-experience` for `rust_experience`, pointing at the nested key', () => {
    const f = problem(proposal({}, 'team:\n  size: 4\n  rust_experience: 1\n'));
    expect(f.message).toBe(
      'unknown field `rust_experience` in `team`. Did you mean `rust-experience`?',
    );
    expect(f).toMatchObject({ line: 8, column: 3 });
  });

  it('suggests inside a list entry', () => {
    const f = problem(
      proposal({}, 'constraints:\n  - type: memory\n    source: production\n    evidance: x\n'),
    );
    expect(f.message).toBe(
      'unknown field `evidance` in `constraints[0]`. Did you mean `evidence`?',
    );
    expect(f).toMatchObject({ line: 9, column: 5 });
  });

  it('does not suggest a field that is not close', () => {
    const f = problem(proposal({}, '  favourite-colour: blue\n'));
    // Not a misspelt field: an offending token, quoted and cut short.
    expect(f.message).toBe('unknown field "favourite-co…" in `workload`');
    expect(f).toMatchObject({ line: 6, column: 3 });
  });

  it('quotes an odd key as data instead of code', () => {
    const f = problem(proposal({}, '  "a`b\\n@team": 1\n'));
    // The backtick is escaped: messageToMarkdown makes code of backticked parts.
    expect(f.message).toBe('unknown field "a\\u0060b\\n@team" in `workload`');
  });
});

describe('unquoted version numbers', () => {
  it('toolchain.go: 1.20 → quote "1.20", not the number 1.2', () => {
    const f = problem(proposal({}, 'toolchain:\n  go: 1.20\n'));
    expect(f.message).toBe(
      '`toolchain.go` must be a string; found number 1.2. Quote it ("1.20"): unquoted, YAML reads it as the number 1.2.',
    );
    expect(f).toMatchObject({ line: 7, column: 7 });
  });

  it('toolchain.go: 1.20 in front matter → quote "1.20", on the file line', () => {
    const report = judge(`---\n${proposal({}, 'toolchain:\n  go: 1.20\n')}---\n# Body\n`, 'p.md');
    const f = only(report, 'proposal-invalid');
    expect(f.message).toContain('Quote it ("1.20")');
    expect(f).toMatchObject({ line: 8, column: 7 });
  });

  it('rust-edition: 2024 → quote "2024"', () => {
    const f = problem(proposal({}, 'toolchain:\n  rust-edition: 2024\n'));
    expect(f.message).toBe(
      '`toolchain.rust-edition` must be a string; found number 2024. Quote it ("2024").',
    );
  });

  it('accepts quoted versions', () => {
    expect(
      judge(proposal({}, 'toolchain:\n  go: \'1.26\'\n  rust-edition: "2024"\n')).findings,
    ).toEqual([]);
  });
});

describe('language', () => {
  it.each([
    ['Go', 'go'],
    ['RUST', 'rust'],
  ])('reports %s in upper case and suggests %s', (written, suggested) => {
    const f = problem(proposal({ language: written }));
    expect(f.message).toBe(
      `\`language\` names ${suggested === 'go' ? 'Go' : 'Rust'}: write \`${suggested}\`; found "${written}". Did you mean \`${suggested}\`? The rules judge go and rust only by these names; a version or edition belongs in \`toolchain\`, a framework in \`rationale\`.`,
    );
    expect(f).toMatchObject({ line: 2, column: 11 });
  });

  it('suggests nothing when lower case would not be a language name either', () => {
    const f = problem(proposal({ language: 'Python 3' }));
    expect(f.message).not.toContain('write `');
  });

  it('accepts other languages in lower case', () => {
    expect(ruleIds(judge(proposal({ language: 'c++' })))).toEqual(['language-not-covered']);
  });
});

describe('waivers', () => {
  const rust = (waivers: string) =>
    proposal({ language: 'rust' }, `team:\n  size: 4\n  rust-experience: 1\nwaivers:\n${waivers}`);

  it('reports a waiver for an unknown rule as waiver-invalid, with a suggestion, and judges the rest', () => {
    const report = judge(rust('  - rule: rust-onboarding-cots\n    reason: Budgeted pairing.\n'));
    const f = only(report, 'waiver-invalid');
    expect(f.message).toContain('"rust-onboarding-cots", which is not a rule');
    expect(f.message).toContain('Did you mean `rust-onboarding-cost`?');
    expect(f).toMatchObject({ severity: 'error', line: 10, column: 11, waived: false });
    // The rest is still judged: the rules ran and the misspelt waiver silenced nothing.
    expect(report.recommended).toBe('go');
    expect(only(report, 'rust-without-measured-constraint').waived).toBe(false);
    expect(only(report, 'rust-onboarding-cost').waived).toBe(false);
    expect(findingsOf(report, 'proposal-invalid')).toEqual([]);
    expect(report.verdict).toBe('changes-requested');
  });

  it('reports a waiver without a reason as waiver-invalid, and judges the rest', () => {
    const report = judge(rust('  - rule: rust-onboarding-cost\n'));
    const f = only(report, 'waiver-invalid');
    expect(f.message).toBe('missing required field `waivers[0].reason`');
    expect(f).toMatchObject({ line: 10, column: 5 });
    expect(report.recommended).toBe('go');
    expect(only(report, 'rust-onboarding-cost').waived).toBe(false);
    expect(findingsOf(report, 'proposal-invalid')).toEqual([]);
  });

  it('reports an empty reason as waiver-invalid', () => {
    const report = judge(rust('  - rule: rust-onboarding-cost\n    reason: ""\n'));
    expect(only(report, 'waiver-invalid').message).toBe('`waivers[0].reason` must not be empty');
    expect(only(report, 'rust-onboarding-cost').waived).toBe(false);
  });

  it('keeps the good waivers when one is bad', () => {
    const report = judge(
      rust(
        '  - rule: rust-onboarding-cost\n    reason: Pairing is budgeted.\n  - rule: team-missing\n',
      ),
    );
    expect(only(report, 'waiver-invalid').line).toBe(12);
    expect(only(report, 'rust-onboarding-cost')).toMatchObject({
      waived: true,
      waiverReason: 'Pairing is budgeted.',
    });
  });

  it.each(['proposal-invalid', 'waiver-invalid'])('refuses a waiver of %s', (rule) => {
    const report = judge(rust(`  - rule: ${rule}\n    reason: We do not care.\n`));
    const f = only(report, 'waiver-invalid');
    expect(f.message).toBe(`\`${rule}\` cannot be waived; fix what it reports instead`);
    expect(f).toMatchObject({ line: 10, column: 11, waived: false });
    expect(report.verdict).toBe('changes-requested');
  });

  it('reports a waiver list that is not a list as proposal-invalid', () => {
    const f = problem(proposal({}, 'waivers: rust-onboarding-cost\n'));
    expect(f.message).toContain('`waivers` must be a list');
  });
});

describe('messages quote at most the offending token, cut short (a file may be a secret)', () => {
  const TOKEN = 'ghp_Q7vK2mX9tR4wZ8nB6yL3pD5sF1hJ0cA2eG7u';
  /** No 13 characters in a row of the token, in any case: quote() cuts tokens to 12. */
  function expectCut(message: string): void {
    const lower = message.toLowerCase();
    for (let i = 0; i + 13 <= TOKEN.length; i++) {
      expect(lower, message).not.toContain(TOKEN.slice(i, i + 13).toLowerCase());
    }
  }

  it('a file that holds only a token', () => {
    const f = problem(`${TOKEN}\n`);
    expectCut(f.message);
    expect(f.message).toContain(`found the string "${TOKEN.slice(0, 12)}…"`);
  });

  it('a token as the value of a field with a list of values', () => {
    const f = problem(proposal({ kind: TOKEN }));
    expectCut(f.message);
    expect(f.message).toContain(`"${TOKEN.slice(0, 12)}…"`);
  });

  it('a token as a language name: no "did you mean" that repeats it in lower case', () => {
    const f = problem(proposal({ language: TOKEN }));
    expectCut(f.message);
    expect(f.message).not.toContain('Did you mean');
  });

  it('a short language name in capitals still gets its hint', () => {
    expect(problem(proposal({ language: 'Python' })).message).toContain('Did you mean "python"?');
  });

  it('a token as a key', () => {
    const f = problem(proposal({}, `  ${TOKEN}: 1\n`));
    expectCut(f.message);
    expect(f.message).toBe(`unknown field "${TOKEN.slice(0, 12)}…" in \`workload\``);
  });

  it('a number written with many digits is quoted once, cut short', () => {
    const written = `1.2${'0'.repeat(400)}1`;
    const f = problem(proposal({}, `toolchain:\n  go: ${written}\n`));
    expect(f.message).toBe(
      '`toolchain.go` must be a string; found number 1.2. Quote it ("1.2000000000…"): unquoted, YAML reads it as the number 1.2.',
    );
  });
});
