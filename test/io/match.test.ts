// The default globs' expressions are written ahead of time (scripts/generate-globs.mjs), so
// that no run compiles them. This checks that they are current and that matching with them
// chooses exactly the files picomatch itself chooses.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { PRECOMPILED } from '../../src/generated/globs.js';
import { DEFAULT_GLOBS } from '../../src/io/files.js';
import { proposalMatcher } from '../../src/io/match.js';
// @ts-expect-error: a build script without types
import { GLOBS, OPTIONS, generateGlobs } from '../../scripts/generate-globs.mjs';

/** The matcher as it was before the expressions were written out: picomatch compiles all. */
function reference(globs: readonly string[]): (file: string) => boolean {
  const positive = globs.filter((g) => !g.startsWith('!'));
  const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  if (positive.length === 0) return () => false;
  const include = picomatch(positive, { dot: true });
  const exclude = negative.length > 0 ? picomatch(negative, { dot: true }) : () => false;
  const lower = (f: string) => {
    const dot = f.lastIndexOf('.');
    return dot > f.lastIndexOf('/') + 1 ? f.slice(0, dot) + f.slice(dot).toLowerCase() : f;
  };
  return (f) =>
    !/(^|\/)(\.git|node_modules)(\/|$)/i.test(f) &&
    (include(f) || include(lower(f))) &&
    !exclude(f) &&
    !exclude(lower(f));
}

const SEGMENTS = [
  'proposals',
  'Proposals',
  'docs',
  'a',
  '.hidden',
  '.',
  '..',
  '',
  '.git',
  'node_modules',
  'svc.yaml',
  'svc.YML',
  'svc.md',
  'svc.txt',
  '.yaml',
  'x.proposal.yaml',
  'x.proposal.yml.bak',
  'service-proposal.yml',
  'service-proposal.YAML',
  'proposals.yaml',
];
const paths = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', './', '/'),
      fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 5 }),
    )
    .map(([lead, segs]) => lead + segs.join('/')),
  fc.string(),
);

describe('the default globs, compiled ahead of time', () => {
  it('are what scripts/generate-globs.mjs writes now, for the globs the product uses', () => {
    expect(GLOBS).toEqual(DEFAULT_GLOBS);
    expect(readFileSync('src/generated/globs.js', 'utf8')).toBe(generateGlobs());
    for (const glob of DEFAULT_GLOBS) {
      const re = picomatch.makeRe(glob, OPTIONS);
      expect(PRECOMPILED.get(glob)?.source).toBe(re.source);
      expect(PRECOMPILED.get(glob)?.flags).toBe(re.flags);
    }
  });

  it('choose the same files as picomatch, with and without exclusions and other globs', () => {
    const sets = [
      DEFAULT_GLOBS,
      [...DEFAULT_GLOBS, '!proposals/drafts/**'],
      ['proposals/**/*.{yml,yaml,md}', 'docs/*.md'],
      ['**/*.proposal.{yml,yaml}', '!**/service-proposal.{yml,yaml}'],
    ];
    for (const globs of sets) {
      const ours = proposalMatcher(globs);
      const theirs = reference(globs);
      fc.assert(
        fc.property(paths, (file) => ours(file) === theirs(file)),
        { numRuns: 3000 },
      );
    }
  });

  it('match what a reader expects (the property above is not vacuous)', () => {
    const match = proposalMatcher(DEFAULT_GLOBS);
    expect(match('proposals/orders.yaml')).toBe(true);
    expect(match('proposals/team/deep/orders.MD')).toBe(true);
    expect(match('services/billing/service-proposal.yml')).toBe(true);
    expect(match('x.proposal.yaml')).toBe(true);
    expect(match('proposals/orders.txt')).toBe(false);
    expect(match('docs/orders.yaml')).toBe(false);
    expect(match('proposals/.git/config.yaml')).toBe(false);
    expect(match('')).toBe(false);
  });
});
