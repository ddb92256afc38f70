// Go or Rust named with a version, edition, channel, framework or separator, in any case or
// in look-alike letters, is not "another language" that the rules leave unjudged: it is
// proposal-invalid, pointing at the value, and says what to write. A name that merely begins
// like Go or Rust (`rustic`, `gosu`, `golo`) and real other languages stay language-not-covered.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingsOf, judge, ruleIds } from '../helpers.js';
import { withLanguage } from './rust-base.js';

// `language: rust` is on line 4 of RUST_UNMEASURED; the value starts at column 11.
const AT = { line: 4, column: 11 };

function judgeLanguage(value: string) {
  return judge(withLanguage(`language: ${JSON.stringify(value)}`));
}

function expectInvalid(value: string, meant: 'go' | 'rust') {
  const report = judgeLanguage(value);
  const invalid = findingsOf(report, 'proposal-invalid');
  expect(invalid, `${JSON.stringify(value)}: ${ruleIds(report).join(', ')}`).toHaveLength(1);
  expect(invalid[0]!.message).toContain(`write \`${meant}\``);
  expect(invalid[0]).toMatchObject(AT);
  expect(ruleIds(report)).not.toContain('language-not-covered');
  expect(report.verdict).toBe('changes-requested');
}

describe('decorated names of Go and Rust are refused with what to write', () => {
  it.each([
    ['rust2024', 'rust'],
    ['rust-1.85', 'rust'],
    ['rust-nightly', 'rust'],
    ['rust_lang', 'rust'],
    ['rust/tokio', 'rust'],
    ['rust-edition-2024', 'rust'],
    ['rustc-1.85', 'rust'],
    ['embedded-rust', 'rust'],
    ['Rust 2024', 'rust'],
    ['RUST-Nightly', 'rust'],
    ['go1.26', 'go'],
    ['go-1.26', 'go'],
    ['golang-1.26', 'go'],
    ['golang_lang', 'go'],
    ['go/gin', 'go'],
    ['GoLang', 'go'],
    ['go2', 'go'],
  ] as const)('%s → %s', (value, meant) => expectInvalid(value, meant));

  it.each([
    ['rսst (Armenian u)', 'rսst', 'rust'],
    ['rust with Cyrillic ѕ', 'ruѕt', 'rust'],
    ['Cyrillic о in go', 'gо', 'go'],
    ['Greek ο in golang', 'gοlang', 'go'],
    ['Latin script g (ɡ)', 'ɡo', 'go'],
    ['fullwidth', 'ｒｕｓｔ－１．８５', 'rust'],
    ['fullwidth capitals', 'ＧＯ', 'go'],
    ['mathematical bold', '𝐫𝐮𝐬𝐭', 'rust'],
    ['small capitals', 'ʀᴜꜱᴛ', 'rust'],
    ['an accent', 'rüst-nightly', 'rust'],
    ['a zero-width space', 'ru\u200bst2024', 'rust'],
    ['a soft hyphen', 'go\u00ad1.26', 'go'],
  ] as const)('%s', (_name, value, meant) => expectInvalid(value, meant));
});

describe('other languages stay language-not-covered', () => {
  it.each([
    'zig',
    'rustic',
    'gosu',
    'golo',
    'go+',
    'groovy',
    'gleam',
    'python3.12',
    'java-21',
    'c++',
  ])('%s', (value) => {
    const report = judgeLanguage(value);
    expect(ruleIds(report)).toContain('language-not-covered');
    expect(ruleIds(report)).not.toContain('proposal-invalid');
  });
});

// Generated: Go or Rust in any case, with any decoration after a separator or attached.
const LETTERS: Record<string, string[]> = {
  r: ['r', 'R', 'ʀ', 'ｒ'],
  u: ['u', 'U', 'ս', 'υ', 'ｕ'],
  s: ['s', 'S', 'ѕ', 'ꜱ', 'ｓ'],
  t: ['t', 'T', 'ｔ'],
  g: ['g', 'G', 'ɡ', 'ｇ'],
  o: ['o', 'O', 'о', 'ο', 'օ', 'ｏ'],
  l: ['l', 'L'],
  a: ['a', 'A', 'а'],
  n: ['n', 'N'],
};
const spelt = (word: string) =>
  fc.tuple(...[...word].map((c) => fc.constantFrom(...LETTERS[c]!))).map((cs) => cs.join(''));
const NAME = fc.oneof(
  fc.tuple(fc.constant('rust' as const), fc.constantFrom('rust', 'rustlang').chain(spelt)),
  fc.tuple(fc.constant('go' as const), fc.constantFrom('go', 'golang').chain(spelt)),
);
const VERSION = fc
  .tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 0, max: 99 }))
  .map(([a, b]) => `${a}.${b}`);
const WORD = fc.constantFrom('tokio', 'axum', 'gin', 'echo', 'lang', 'stable', 'edition', 'async');
const DECORATION = fc.oneof(
  VERSION,
  fc.constantFrom('2015', '2018', '2021', '2024'),
  fc.constantFrom('nightly', 'stable', 'beta'),
  WORD,
  fc
    .tuple(fc.constantFrom('edition', 'toolchain'), fc.constantFrom('-', '_', ' '), VERSION)
    .map((p) => p.join('')),
);
const SEPARATOR = fc.constantFrom('-', '_', '/', '.', ' ', ':', '@', '－', '／');

describe('generated decorated names', () => {
  it('a name, a separator and a decoration: always refused with what to write', () => {
    fc.assert(
      fc.property(NAME, SEPARATOR, DECORATION, ([meant, name], sep, decoration) => {
        expectInvalid(`${name}${sep}${decoration}`, meant);
      }),
      { numRuns: 300 },
    );
  });

  it('a version or channel attached without a separator: refused too', () => {
    fc.assert(
      fc.property(
        NAME,
        fc.oneof(
          fc.integer({ min: 1, max: 2030 }).map(String),
          fc.constantFrom('nightly', 'stable', 'beta'),
        ),
        ([meant, name], suffix) => {
          expectInvalid(`${name}${suffix}`, meant);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a framework or other word in front: refused too', () => {
    fc.assert(
      fc.property(NAME, SEPARATOR, WORD, ([meant, name], sep, word) => {
        expectInvalid(`${word}${sep}${name}`, meant);
      }),
      { numRuns: 200 },
    );
  });

  it('a name that only begins with go or rust and goes on with letters is another word', () => {
    const tail = fc
      .stringMatching(/^[a-z]{2,6}$/)
      .filter((t) => !/^(lang|language|c|up|nightly|stable|beta|edition|toolchain)/.test(t));
    fc.assert(
      fc.property(fc.constantFrom('go', 'rust'), tail, (name, rest) => {
        const value = `${name}${rest}`;
        const report = judgeLanguage(value);
        expect(ruleIds(report), value).toContain('language-not-covered');
      }),
      { numRuns: 200 },
    );
  });
});
