import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  globProblem,
  inputFromEnv,
  InputError,
  readInputs,
  splitGlobs,
} from '../../src/action/inputs.js';
import { DEFAULT_GLOBS, DEFAULT_MAX_BYTES } from '../../src/io/files.js';

function inputs(values: Record<string, string>) {
  const env: Record<string, string> = { 'INPUT_GITHUB-TOKEN': 'ghs_x' };
  for (const [k, v] of Object.entries(values)) env[`INPUT_${k.toUpperCase()}`] = v;
  return readInputs(inputFromEnv(env));
}

function problems(values: Record<string, string>): string[] {
  try {
    inputs(values);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).problems;
  }
  throw new Error('expected an InputError');
}

describe('readInputs', () => {
  it('has the documented defaults', () => {
    expect(inputs({})).toEqual({
      token: 'ghs_x',
      files: DEFAULT_GLOBS,
      filesExplicit: false,
      scope: undefined,
      failOn: 'error',
      failOnExplicit: false,
      comment: 'always',
      commentTag: '',
      review: 'suggestions',
      config: DEFAULT_CONFIG,
      configExplicit: false,
      maxBytes: DEFAULT_MAX_BYTES,
      maxBytesExplicit: false,
      overrideLabel: '',
      sarif: undefined,
      fromReport: undefined,
      pullRequest: undefined,
      mode: 'check',
      portfolioIssue: false,
      repositories: [],
    });
  });

  it('reads every input as @actions/core does (INPUT_NAME, trimmed)', () => {
    const got = inputs({
      files: ' docs/**/*.proposal.yml \n',
      scope: 'all',
      'fail-on': 'Warning',
      comment: 'on-findings',
      'comment-tag': 'platform.v2',
      config: 'ci/verdict.yml',
      'max-bytes': '2048',
    });
    expect(got).toMatchObject({
      files: ['docs/**/*.proposal.yml'],
      scope: 'all',
      failOn: 'warning',
      comment: 'on-findings',
      commentTag: 'platform.v2',
      config: 'ci/verdict.yml',
      configExplicit: true,
      maxBytes: 2048,
    });
  });

  it('reads review: suggestions (default), findings or off, in any case; refuses anything else', () => {
    expect(inputs({}).review).toBe('suggestions');
    expect(inputs({ review: 'Findings' }).review).toBe('findings');
    expect(inputs({ review: 'off' }).review).toBe('off');
    expect(problems({ review: 'all' })).toEqual([
      '`review` must be one of suggestions, findings, off; got "all"',
    ]);
  });

  it('takes "auto" and empty scope as automatic', () => {
    expect(inputs({ scope: 'auto' }).scope).toBeUndefined();
    expect(inputs({ scope: 'changed' }).scope).toBe('changed');
  });

  it('lists every bad input at once, each with what was given', () => {
    const list = problems({
      'fail-on': 'sometimes',
      comment: 'loud',
      scope: 'everything',
      'comment-tag': 'a b',
      'max-bytes': '12kb',
      files: '../secrets/*.yml',
      config: '/etc/passwd',
    });
    expect(list).toHaveLength(7);
    expect(list.join('\n')).toMatch(
      /`fail-on` must be one of error, warning, never; got "sometimes"/,
    );
    expect(list.join('\n')).toMatch(
      /`comment` must be one of always, on-findings, never; got "loud"/,
    );
    expect(list.join('\n')).toMatch(/`scope` must be changed, all, or empty.*"everything"/);
    expect(list.join('\n')).toMatch(/`comment-tag` may use only.*"a b"/);
    expect(list.join('\n')).toMatch(/`max-bytes` must be a whole number.*"12kb"/);
    expect(list.join('\n')).toMatch(/`files`: the pattern "..\/secrets\/\*.yml" contains ".."/);
    expect(list.join('\n')).toMatch(/`config`: the path "\/etc\/passwd" is absolute/);
  });

  it('says "Invalid inputs" with one line per problem', () => {
    expect(() => inputs({ 'fail-on': 'x', comment: 'y' })).toThrow(
      /^Invalid inputs:\n {2}- `fail-on`.*\n {2}- `comment`/,
    );
    expect(() => inputs({ 'fail-on': 'x' })).toThrow(/^Invalid input: `fail-on`/);
  });

  it('refuses an empty token', () => {
    expect(() => readInputs(inputFromEnv({}))).toThrow(/`github-token` is empty/);
  });

  it('refuses max-bytes of zero, negative, fractional or over 100 MiB', () => {
    for (const v of ['0', '-5', '1.5', '104857601', '1e6']) {
      expect(problems({ 'max-bytes': v })[0]).toMatch(/max-bytes/);
    }
    expect(inputs({ 'max-bytes': '104857600' }).maxBytes).toBe(104857600);
  });

  it('refuses a comment tag that could break out of the marker', () => {
    expect(problems({ 'comment-tag': 'x" --><script>' })[0]).toMatch(/comment-tag/);
    expect(problems({ 'comment-tag': 'x'.repeat(65) })[0]).toMatch(/comment-tag/);
  });

  it('reads a state-key, and refuses a short one or one of several lines without echoing it', () => {
    const key = 'Q'.repeat(20) + 'w'.repeat(20);
    expect(inputs({ 'state-key': key }).stateKey).toBe(key);
    expect(inputs({}).stateKey).toBeUndefined();
    const short = problems({ 'state-key': 'hunter2-secret' });
    expect(short).toHaveLength(1);
    expect(short[0]).toMatch(
      /`state-key` must be a random value of at least 32 characters.*14 characters long/,
    );
    expect(short[0]).not.toContain('hunter2');
    const lines = problems({ 'state-key': `${'a'.repeat(20)}\u0007${'b'.repeat(20)}` });
    expect(lines[0]).toMatch(/not on one line/);
    expect(lines[0]).not.toContain('aaaa');
  });
});

describe('readInputs: what the configuration may decide', () => {
  it('knows which inputs were given, so that the configuration fills in the others', () => {
    expect(inputs({})).toMatchObject({
      filesExplicit: false,
      failOnExplicit: false,
      maxBytesExplicit: false,
      configExplicit: false,
    });
    expect(
      inputs({ files: 'x/*.yml', 'fail-on': 'error', 'max-bytes': '1048576', config: 'c.yml' }),
    ).toMatchObject({
      files: ['x/*.yml'],
      filesExplicit: true,
      failOnExplicit: true,
      maxBytesExplicit: true,
      configExplicit: true,
    });
  });

  it("treats action.yml's default config path as the optional default location", () => {
    expect(inputs({ config: DEFAULT_CONFIG }).configExplicit).toBe(false);
    expect(inputs({ config: `./${DEFAULT_CONFIG}` }).configExplicit).toBe(false);
    expect(inputs({ config: '.github/other.yml' }).configExplicit).toBe(true);
  });
});

describe('readInputs: override-label, sarif, from-report, pull-request', () => {
  it('reads them', () => {
    expect(
      inputs({ 'override-label': ' stack-verdict: override ', sarif: 'out/sv.sarif' }),
    ).toMatchObject({
      overrideLabel: 'stack-verdict: override',
      sarif: 'out/sv.sarif',
      fromReport: undefined,
    });
    expect(
      inputs({ 'from-report': '/tmp/runner/stack-verdict/report.json', 'pull-request': '17' }),
    ).toMatchObject({ fromReport: '/tmp/runner/stack-verdict/report.json', pullRequest: 17 });
  });

  it('refuses an override label that no label can have', () => {
    expect(problems({ 'override-label': 'x'.repeat(51) })[0]).toMatch(/override-label/);
    expect(problems({ 'override-label': 'a\u0007b' })[0]).toMatch(/override-label/);
  });

  it.each([
    ['../out.sarif', /contains "\.\."/],
    ['/tmp/out.sarif', /absolute/],
    ['C:/out.sarif', /absolute/],
    ['out/', /folder/],
    ['.', /folder/],
    ['.git/hooks/pre-commit', /\.git/],
  ])('refuses the sarif path %s', (value, why) => {
    const list = problems({ sarif: value });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(/^`sarif`/);
    expect(list[0]).toMatch(why);
  });

  it('needs pull-request with from-report, and refuses it without', () => {
    expect(problems({ 'from-report': 'report.json' })[0]).toMatch(
      /`from-report` needs `pull-request`.*never taken from the report/,
    );
    expect(problems({ 'pull-request': '5' })[0]).toMatch(/only used with `from-report`/);
  });

  it.each(['0', '-3', '4.5', '42abc', '99999999999999999', '#42', 'x'])(
    'refuses pull-request %s',
    (value) => {
      expect(problems({ 'from-report': 'r.json', 'pull-request': value })[0]).toMatch(
        /`pull-request` must be a pull request number/,
      );
    },
  );

  it('refuses sarif together with from-report (untrusted data must not reach code scanning)', () => {
    expect(problems({ 'from-report': 'r.json', 'pull-request': '5', sarif: 'x.sarif' })[0]).toMatch(
      /`sarif` cannot be used with `from-report`/,
    );
  });
});

describe('readInputs: repositories (mode: portfolio)', () => {
  it('reads one a line or comma-separated, with refs and owners, each once', () => {
    const got = inputs({
      mode: 'portfolio',
      repositories:
        'acme/payments, acme/ledger@release/2\n# the platform team\nplatform/*\nACME/payments',
    });
    expect(got.repositories).toEqual([
      { kind: 'repository', owner: 'acme', repo: 'payments' },
      { kind: 'repository', owner: 'acme', repo: 'ledger', ref: 'release/2' },
      { kind: 'owner', owner: 'platform' },
    ]);
  });

  it('names every bad entry, and refuses what would not say which configuration applies', () => {
    const problems = (() => {
      try {
        inputs({
          mode: 'portfolio',
          repositories: 'acme, acme/x@a:b',
          files: 'docs/*.yml',
          config: 'ci/verdict.yml',
        });
      } catch (err) {
        return (err as InputError).problems;
      }
      return [];
    })();
    expect(problems).toEqual([
      '`repositories`: "acme" is not OWNER/NAME, OWNER/NAME@REF or OWNER/*',
      '`repositories`: "acme/x@a:b": the ref holds a character a Git ref cannot have (white space, ~ ^ : ? * [ or \\)',
    ]);
    expect(() =>
      inputs({ mode: 'portfolio', repositories: 'acme/x', files: 'docs/*.yml', 'max-bytes': '9' }),
    ).toThrow(/`files` cannot be used with `repositories`[^]*`max-bytes` cannot be used/);
  });

  it("accepts action.yml's default config path with it", () => {
    expect(
      inputs({ mode: 'portfolio', repositories: 'acme/x', config: DEFAULT_CONFIG }).repositories,
    ).toHaveLength(1);
  });

  it('is only used with mode: portfolio', () => {
    expect(() => inputs({ repositories: 'acme/x' })).toThrow(
      '`repositories` is only used with `mode: portfolio`',
    );
  });
});

describe('splitGlobs', () => {
  it('splits on newlines and on commas outside braces', () => {
    expect(
      splitGlobs('proposals/**/*.{yml,yaml,md}, **/*.proposal.{yml,yaml}\nx/[a,b].yml'),
    ).toEqual(['proposals/**/*.{yml,yaml,md}', '**/*.proposal.{yml,yaml}', 'x/[a,b].yml']);
  });

  it('drops blank lines and comments', () => {
    expect(splitGlobs('\n  # ours\n a/*.yml ,, \r\n')).toEqual(['a/*.yml']);
  });
});

describe('globProblem', () => {
  it.each(['../x/*.yml', 'a/../../b.yml', '{..,a}/*.yml', '@(..)/x.yml', '..', 'a\\..\\b.yml'])(
    'refuses %s as leaving the workspace',
    (glob) => {
      expect(globProblem(glob)).toMatch(/\.\./);
    },
  );

  it.each(['/etc/*.yml', '\\\\server\\share\\*.yml', 'C:/x/*.yml', '~/x.yml'])(
    'refuses %s as absolute',
    (glob) => {
      expect(globProblem(glob)).toMatch(/absolute/);
    },
  );

  it('accepts exclusions, checked like any glob', () => {
    expect(globProblem('!proposals/templates/**')).toBeUndefined();
    expect(globProblem('!../secret/**')).toMatch(/\.\./);
    expect(globProblem('!')).toMatch(/lone/);
  });

  it('accepts ordinary patterns, including dots inside names', () => {
    for (const g of [
      ...DEFAULT_GLOBS,
      'a..b/x.yml',
      'docs/v1.2/*.proposal.yml',
      './proposals/*.yml',
    ]) {
      expect(globProblem(g)).toBeUndefined();
    }
  });
});
