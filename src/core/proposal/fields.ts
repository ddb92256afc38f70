// Policy 1.1's reading of keys and values outside the schema: which top-level keys are
// ignored, which are typos of a field, and which language names are Go or Rust in disguise.
import schema from '../../../schema/proposal.schema.json' with { type: 'json' };
import { editDistance } from '../suggest.js';

/** The proposal's top-level fields, from the schema. */
export const PROPOSAL_FIELDS: readonly string[] = Object.keys(schema.properties);

/** Keys decision records and docs sites put in front matter; a proposal may carry them. */
export const DECISION_RECORD_KEYS: readonly string[] = [
  'title',
  'date',
  'deciders',
  'decision-makers',
  'consulted',
  'informed',
  'tags',
  'authors',
  'id',
  'slug',
  'sidebar_position',
  'layout',
  'permalink',
  'description',
];

export type KeyKind =
  | { kind: 'field' }
  | { kind: 'ignored' }
  | { kind: 'near-miss'; field: string }
  | { kind: 'unknown' };

// Answers by key and by language name: every proposal asks about the same few, and each
// question costs edit distances to every field (the validator, notAProposal and a rule ask).
const keyKinds = new Map<string, KeyKind>();
const aliases = new Map<string, 'go' | 'rust' | undefined>();
function remember<T>(known: Map<string, T>, key: string, value: T): T {
  if (key.length <= 64) {
    if (known.size >= 1024) known.clear();
    known.set(key, value);
  }
  return value;
}

/** What a top-level key is. The ignore lists win over the near-miss test (`id` is not `kind`). */
export function classifyKey(key: string): KeyKind {
  return keyKinds.get(key) ?? remember(keyKinds, key, classify(key));
}

function classify(key: string): KeyKind {
  if (PROPOSAL_FIELDS.includes(key)) return { kind: 'field' };
  if (key.startsWith('x-') || DECISION_RECORD_KEYS.includes(key)) return { kind: 'ignored' };
  const folded = key.toLowerCase().replace(/_/g, '-');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const field of PROPOSAL_FIELDS) {
    const d = editDistance(folded, field);
    if (d < bestDistance) [best, bestDistance] = [field, d];
  }
  return best !== undefined && bestDistance <= 2
    ? { kind: 'near-miss', field: best }
    : { kind: 'unknown' };
}

// Exact names (any case) that mean go or rust. `rs` is here and not in the distance test:
// `ts` and `js` are one edit from it and are real languages.
const ALIASES: Readonly<Record<string, 'go' | 'rust'>> = {
  golang: 'go',
  'go-lang': 'go',
  go_lang: 'go',
  'rust-lang': 'rust',
  rustlang: 'rust',
  rust_lang: 'rust',
  rs: 'rust',
  rustc: 'rust',
};

/** Real languages one edit from go or rust (Go+ is a language of its own, not Go). */
const OTHER_LANGUAGES = new Set(['io', 'go+']);

/**
 * The language a name stands for when it is written differently from `go` or `rust`: an
 * alias, a different case, look-alike letters, one edit (a swap of neighbours counts as one)
 * away, or the name with a version, edition, channel or framework (DECORATED).
 */
export function languageAlias(value: string): 'go' | 'rust' | undefined {
  if (value === 'go' || value === 'rust') return undefined;
  return aliases.has(value) ? aliases.get(value) : remember(aliases, value, alias(value));
}

function alias(value: string): 'go' | 'rust' | undefined {
  const v = skeleton(value);
  if (v === 'go' || v === 'rust') return v;
  const alias = ALIASES[v];
  if (alias) return alias;
  if (OTHER_LANGUAGES.has(v)) return undefined;
  for (const target of ['go', 'rust'] as const) if (swapDistance(v, target) <= 1) return target;
  return decorated(v);
}

/**
 * A part of a name, between separators, that is Go or Rust with something attached: a
 * version or edition (`go1.26` gives `go1`, `rust2024`), `lang`, `c` (rustc), a channel
 * (`rustnightly`). A word that only begins like one (`rustic`, `gosu`, `golo`) is another word.
 */
const DECORATED =
  /^(?:(go)(?:lang|language)?|(rust)(?:lang|language|c|up)?)(?:nightly|stable|beta|edition|toolchain)?(?:v?\d+)?$/;
// A separator is anything but a letter or digit, except `+` and `#`, which are part of names
// (`c++`, `f#`, and `go+`, which is another language).
const SEPARATORS = /[^\p{L}\p{N}+#]+/u;

/**
 * Go or Rust named with a version, edition, channel, framework or separator: one part of the
 * name, split at separators, is Go or Rust (DECORATED): `rust-1.85`, `rust/tokio`,
 * `rust-edition-2024`, `golang_1.26`, `embedded-rust`. The other parts may be anything: a
 * proposal for Go or Rust with a framework named beside it is still Go or Rust.
 */
function decorated(v: string): 'go' | 'rust' | undefined {
  for (const part of v.split(SEPARATORS)) {
    const m = DECORATED.exec(part);
    if (m) return m[1] ? 'go' : 'rust';
  }
  return undefined;
}

// Letters of other scripts that look like the Latin letters of go, golang, rust and lang, and
// Latin small capitals and variants that NFKC keeps. Fullwidth and mathematical letters are
// folded by NFKC, accents by dropping combining marks.
const LOOK_ALIKES = new Map<string, string>(
  [
    // Cyrillic
    ['аеорсуѕіјԍгтӏцпԁһԛԝ', 'aeopcysijgrtlundhqw'],
    // Greek
    ['αορυτνικη', 'aoputvikn'],
    // Armenian
    ['սօցուզհ', 'uognlqh'],
    // Latin variants
    ['ɡɢᴏʀᴜꜱᴛʟᴀɴıſʋ', 'ggorustlanisu'],
  ].flatMap(([from, to]) => [...from!].map((c, i): [string, string] => [c, to![i]!])),
);
const LOOK_ALIKE = new RegExp(`[${[...LOOK_ALIKES.keys()].join('')}]`, 'gu');

/**
 * The name as it reads: compatibility forms folded (NFKC: fullwidth, mathematical letters),
 * accents and invisible characters dropped, look-alike letters of other scripts replaced by
 * the Latin ones, in lower case.
 */
function skeleton(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .replace(LOOK_ALIKE, (c) => LOOK_ALIKES.get(c)!)
    .trim();
}

/** Edit distance where swapping two neighbouring characters is one edit (`og`, `rsut`). */
function swapDistance(a: string, b: string): number {
  if (a.length === b.length) {
    const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    if (
      diff.length === 2 &&
      diff[1] === diff[0]! + 1 &&
      a[diff[0]!] === b[diff[1]!] &&
      a[diff[1]!] === b[diff[0]!]
    )
      return 1;
  }
  return editDistance(a, b);
}
