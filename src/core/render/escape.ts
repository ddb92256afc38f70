// Text from a proposal is data from strangers: in Markdown it must not mention anyone,
// open HTML, link anywhere or break the layout. Every user-visible string goes through here.
// It must also read as the text it is, in the raw Markdown (the CLI's output, a pasted
// summary) as in the rendered comment: a character is escaped only where GitHub's Markdown
// (GFM) would give it a meaning, so `billing-engine`, `go1.24` or `a_b_c` stay as written.
// The text may land anywhere in a line (the start of a line, a table cell, a heading, inside
// `<code>` or `**`): what comes before and after it is taken as unknown, so a character at
// either end is escaped whenever some neighbour could give it a meaning.

// A zero-width space between `@` and a name (or `#` and a number) renders as the same text,
// but GitHub no longer reads a mention (or an issue reference) there.
const ZWSP = '\u200b';

// Bidirectional embeddings, overrides and isolates reorder the text around them on screen
// ("Trojan Source"): a file name could show as another. Marks (U+200E/F, U+061C) stay.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
// CommonMark counts Unicode punctuation (P) as punctuation for emphasis; its newer versions
// and marked count symbols (S) too. An emphasis delimiter is escaped if either reading
// would let it open or close.
const PUNCTUATION_P = /[\p{P}]/u;
const PUNCTUATION_PS = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/;
const WORD = /[A-Za-z0-9_]/;
const ALNUM = /[A-Za-z0-9]/;
const NAME_START = /^[\p{L}\p{N}_]/u;
// `&amp;`, `&#64;`, `&#x40;`: an entity that would render as another character.
const ENTITY = /^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*)(?:;|$)/;

/** Plain text → Markdown that renders as the same text and nothing more. */
export function escapeMarkdown(text: string): string {
  const s = asText(text)
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(BIDI_CONTROLS, '')
    // Four spaces at the start of a line (after `> `) would make a code block.
    .replace(/^ {2,}/, ' ');
  const escaped = lineStart(s) ?? new Set<number>();
  const headingEnd = /(?:^|\s)(#+)\s*$/.exec(s);
  if (headingEnd) escaped.add(headingEnd.index + headingEnd[0].indexOf('#'));
  const inert = inertBrackets(s);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (escaped.has(i) || (!inert.has(i) && needsEscape(s, i))) out += '\\';
    out += c;
    if (neutralise(s, i)) out += ZWSP;
  }
  return out;
}

/**
 * The position of a character that would start a block (heading, list item, quote, thematic
 * break, setext underline) were the text at the start of a line.
 */
function lineStart(s: string): Set<number> | undefined {
  const lead = s.search(/\S/);
  if (lead < 0) return undefined;
  const rest = s.slice(lead);
  if (/^(?:#{1,6}|[-+*]|\d{1,9}[.)])(?:\s|$)/.test(rest)) {
    // `1.` and `1)` start an ordered list: the mark after the number is what makes it one.
    const ordered = /^\d{1,9}/.exec(rest);
    return new Set([lead + (ordered ? ordered[0].length : 0)]);
  }
  // A line of only `-`, `:` and `|` is a table's delimiter row under a line read as its header.
  if (rest[0] === '>' || /^[-=_*\s]+$/.test(rest) || /^(?=.*-)[-:|\s]+$/.test(rest))
    return new Set([lead]);
  return undefined;
}

/**
 * The brackets left as written: each pair `[…]` with no bracket inside that GFM shows as
 * text, so that `[STAT] OP FIGURE` reads as written. A pair is only a link with `(` or `[`
 * after it, or as a reference to a definition, and no text of ours makes one: a `]` before
 * `:` (a definition) is escaped, as is any pair at the text's end, where what follows is
 * unknown. Escaped too: `[^x]` (a footnote), `[!NOTE]` (an alert), `[ ]` and `[x]` at the
 * start (a task-list box in a list item), a pair holding a backslash, and every bracket of
 * no such pair (`[a [b] c]` keeps the inner pair only: nested brackets are where GFM
 * renderers differ).
 */
function inertBrackets(s: string): Set<number> {
  const inert = new Set<number>();
  const lead = s.search(/\S/);
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '[') open = i;
    else if (s[i] === ']') {
      if (open >= 0 && inertPair(s, open, i, lead)) inert.add(open).add(i);
      open = -1;
    }
  }
  return inert;
}

function inertPair(s: string, open: number, close: number, lead: number): boolean {
  const after = s[close + 1];
  if (after === undefined || after === '(' || after === '[' || after === ':') return false;
  const first = s[open + 1]!;
  if (first === '^' || first === '!') return false;
  // marked drops an escaped backslash in or beside a bracketed part of a link's text.
  if (s.slice(Math.max(0, open - 1), close + 2).includes('\\')) return false;
  return !(open === lead && close === open + 2 && /[\sxX]/.test(first));
}

function needsEscape(s: string, i: number): boolean {
  const c = s[i]!;
  const prev = s[i - 1];
  const next = s[i + 1];
  switch (c) {
    case '`':
    case '[':
    case ']':
    case '|':
      return true;
    case '\\':
      return next === undefined || ASCII_PUNCTUATION.test(next);
    case '(':
      // `](` even with its bracket escaped: marked reads escaped brackets inside a link's
      // text (ours, around a file name) as brackets again.
      return prev === ']';
    case '<':
      // A tag, a comment or an autolink: `<` then a letter, `/`, `!` or `?`, or an e-mail
      // address, whose first character may be punctuation (`<-jane@example.com>`).
      return (
        next === undefined ||
        /[A-Za-z/!?]/.test(next) ||
        /^<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@/.test(s.slice(i, i + 256))
      );
    case '*':
    case '~':
      // Emphasis and strikethrough, also inside a word: inert only between spaces.
      return !isSpace(prev) || !isSpace(next);
    case '_':
      return underscoreActs(s, i);
    case '&':
      return ENTITY.test(s.slice(i, i + 40));
    case '$':
      // GitHub's math: `$…$` closes on a `$` after a non-space and before no letter or digit,
      // so a price ($25,000–$30,000) stays text and is left as written.
      return (
        prev === '$' ||
        next === '$' ||
        ((prev === undefined || !WHITESPACE.test(prev)) &&
          (next === undefined || !ALNUM.test(next)))
      );
    case ':':
      // A bare URL becomes a link: `https\://` does not.
      return s.startsWith('//', i + 1);
    case '.':
      return /www$/i.test(s.slice(Math.max(0, i - 3), i));
    default:
      return false;
  }
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && WHITESPACE.test(c);
}

/** Whether the run of `_` around `i` could open or close emphasis (never inside a word). */
function underscoreActs(s: string, i: number): boolean {
  let start = i;
  while (s[start - 1] === '_') start--;
  let end = i + 1;
  while (s[end] === '_') end++;
  const prev = s[start - 1];
  const next = s[end];
  if (prev === undefined || next === undefined) return true;
  return [PUNCTUATION_P, PUNCTUATION_PS].some((punct) => {
    const prevSpace = WHITESPACE.test(prev);
    const nextSpace = WHITESPACE.test(next);
    const prevPunct = punct.test(prev);
    const nextPunct = punct.test(next);
    const left = !nextSpace && (!nextPunct || prevSpace || prevPunct);
    const right = !prevSpace && (!prevPunct || nextSpace || nextPunct);
    return (left && (!right || prevPunct)) || (right && (!left || nextPunct));
  });
}

/**
 * Whether a zero-width space goes after `i`: a mention (`@name`, `@org/team`, not the `@` of
 * an e-mail address) or an issue reference (`#12`, `org/repo#12`, `GH-12`) would ping or link.
 */
function neutralise(s: string, i: number): boolean {
  const c = s[i]!;
  const next = s[i + 1];
  if (next === undefined) return false;
  // Names are ASCII on GitHub; any letter or digit is taken as one, to be safe. After a
  // letter or digit the `@` is an e-mail address's, unless one came before it in the word
  // (`a@b.c@name`: the address links, and what follows it would mention). An address is at
  // most 254 characters.
  if (c === '@') {
    if (!NAME_START.test(s.slice(i + 1, i + 3))) return false;
    if (i === 0 || !WORD.test(s[i - 1]!)) return true;
    return /@\S*$/.test(s.slice(Math.max(0, i - 254), i));
  }
  if (c === '#') return /\d/.test(next);
  if (c === '-') {
    return /\d/.test(next) && /(?:^|[^A-Za-z0-9_])gh$/i.test(s.slice(Math.max(0, i - 3), i));
  }
  return false;
}

/**
 * Text inside an HTML code element. GitHub still parses Markdown links and autolinks
 * between raw HTML tags, so this is the same escaping as for plain text.
 */
export function escapeCode(text: string): string {
  return escapeMarkdown(text);
}

/** A rule message: `backticked` parts become code, the rest escaped text. */
export function messageToMarkdown(message: string): string {
  return asText(message)
    .split('`')
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeCode(part)}</code>` : escapeMarkdown(part)))
    .join('');
}

/** Only http(s) URLs become links; anything else is shown as text. */
export function safeUrl(url: string): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return u.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  } catch {
    return undefined;
  }
}

/** Terminal output: drop control characters so a proposal cannot move the cursor or recolour. */
export function stripControl(text: string): string {
  return asText(text)
    .replace(/[^\P{Cc}\n\t]/gu, '')
    .replace(BIDI_CONTROLS, '');
}

/**
 * A value that should be text, as text. Reports may come from elsewhere (the from-report
 * mode reads a JSON file an untrusted run wrote): a number or boolean is shown, anything
 * else (null, an object, whose toString could even throw) is empty.
 */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** At most `max` characters (UTF-16 units) of `text`, with `…` when cut; pairs stay whole. */
export function clipText(text: unknown, max: number): string {
  const s = asText(text);
  if (s.length <= max) return s;
  let cut = s.slice(0, Math.max(0, max - 1));
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
