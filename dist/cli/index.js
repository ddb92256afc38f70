#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4951:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ (function (__unused_webpack_module, exports) {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3430:
/***/ (function (module) {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 4006:
/***/ (function (module, __unused_webpack_exports, __nccwpck_require__) {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ (function (module) {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ (function (module, __unused_webpack_exports, __nccwpck_require__) {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ (function (module, __unused_webpack_exports, __nccwpck_require__) {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ (function (module, __unused_webpack_exports, __nccwpck_require__) {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 6418:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Oi: () => (/* binding */ judgeRead),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   h5: () => (/* binding */ resolveTargets),
/* harmony export */   yG: () => (/* binding */ judgeOne)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3805);
/* harmony import */ var _io_files_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3920);





class UsageError extends Error {
}
/**
 * Turns command-line targets into files: a file as given, a folder as every YAML and
 * Markdown file beneath it, anything else as a glob from `cwd`. No target: the default globs.
 */
async function resolveTargets(cwd, targets, globs = _io_files_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_GLOBS */ .md) {
    if (targets.length === 0)
        return (0,_io_files_js__WEBPACK_IMPORTED_MODULE_3__/* .findByGlobs */ .u$)(cwd, globs);
    const files = new Set();
    for (const target of targets) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, target);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute).catch(() => undefined);
        if (info?.isFile()) {
            files.add(absolute);
        }
        else if (info?.isDirectory()) {
            for (const f of (0,_io_files_js__WEBPACK_IMPORTED_MODULE_3__/* .walk */ .GG)(absolute, absolute))
                if (_io_files_js__WEBPACK_IMPORTED_MODULE_3__/* .PROPOSAL_EXTENSIONS */ .wC.test(f))
                    files.add(f);
        }
        else if (picomatch__WEBPACK_IMPORTED_MODULE_4___default().scan(target).isGlob) {
            const matched = await (0,_io_files_js__WEBPACK_IMPORTED_MODULE_3__/* .findByGlobs */ .u$)(cwd, [target]);
            if (matched.length === 0)
                throw new UsageError(`no file matches the pattern "${target}"`);
            for (const f of matched)
                files.add(f);
        }
        else {
            throw new UsageError(`no such file or folder: ${target}`);
        }
    }
    return [...files].sort();
}
/** Reads and judges one file; never throws on what the file holds. */
function judgeOne(cwd, absolute, options, maxBytes) {
    return judgeRead(cwd, absolute, (0,_io_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readForCheck */ .c5)(cwd, absolute, maxBytes), options);
}
/** Judges what readForCheck read (here, or on the read-ahead thread: read-ahead.ts). */
function judgeRead(cwd, absolute, read, options) {
    const file = (0,_io_files_js__WEBPACK_IMPORTED_MODULE_3__/* .toReportPath */ .T3)(cwd, absolute);
    return read.ok
        ? (0,_core_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeFile */ .GP)(file, read.text, options)
        : { kind: 'proposal', report: (0,_core_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadableFile */ ._s)(file, read.message, options) };
}


/***/ }),

/***/ 9738:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   configCommand: () => (/* binding */ configCommand),
/* harmony export */   printConfig: () => (/* binding */ printConfig)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8815);
/* harmony import */ var _core_render_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6745);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6418);
/* harmony import */ var _config_location_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9221);
// `stack-verdict config --print`: the configuration the CLI would judge with, merged through
// its `extends` chain, as YAML; each value's comment names the file it came from.





const HELP = `Usage: stack-verdict config --print [--config PATH]

Prints the configuration Stack Verdict judges with: the repository's own file merged over
what it extends, as YAML. The comment after each value names the file it came from; what no
file sets is the built-in default.

Options:
      --print             print the merged configuration
      --config PATH       the configuration (default: .github/stack-verdict.yml of the repository)
  -h, --help              show this help
`;
// The order a person would write them in.
const ORDER = [
    'extends',
    'fail-on',
    'drafts',
    'max-bytes',
    'files',
    'rules',
    'settings',
    'unwaivable',
];
async function configCommand(args, io) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: [...args],
        options: {
            print: { type: 'boolean' },
            config: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    if (!values.print)
        throw new _check_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('config needs --print; see stack-verdict config --help');
    const { config } = await (0,_config_location_js__WEBPACK_IMPORTED_MODULE_3__/* .loadCliConfig */ .X)(io.cwd, io.env, values.config);
    io.stdout(printConfig(config.values ?? {}, config.origins ?? new Map(), config.chain ?? []));
    return 0;
}
/** The YAML text; `origins` maps `rules.ID`, `settings.KEY`, `unwaivable.ID`, `custom-rules.ID` or a key to a file. */
function printConfig(values, origins, chain) {
    const from = (key) => ` # ${clean(origins.get(key) ?? 'built-in default')}`;
    const scalar = (v) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(v, { lineWidth: 0, flowCollectionPadding: false }).trimEnd();
    const out = [
        `# The configuration Stack Verdict judges with: ${chain.length ? chain.map(clean).join(' \u2192 ') : 'the built-in configuration'}`,
        '# After each value, the file it comes from; anything not listed is the built-in default.',
    ];
    out.push(`extends: ${scalar(values.extends ?? 'recommended')}${from('extends')}`);
    const keys = [
        ...ORDER.filter((k) => k !== 'extends' && k in values),
        ...Object.keys(values).filter((k) => !ORDER.includes(k) && k !== 'custom-rules'),
        ...('custom-rules' in values ? ['custom-rules'] : []),
    ];
    for (const key of keys) {
        const value = values[key];
        if ((key === 'rules' || key === 'settings') && isRecord(value)) {
            out.push(`${key}:`);
            for (const [k, v] of Object.entries(value)) {
                out.push(`  ${scalar(k)}: ${flow(v)}${from(`${key}.${k}`)}`);
            }
        }
        else if (key === 'unwaivable' && Array.isArray(value)) {
            out.push('unwaivable:');
            for (const id of value)
                out.push(`  - ${scalar(id)}${from(`unwaivable.${String(id)}`)}`);
        }
        else if (key === 'custom-rules' && Array.isArray(value)) {
            out.push('custom-rules:');
            for (const rule of value) {
                const id = isRecord(rule) ? String(rule.id) : '';
                out.push(`  #${from(`custom-rules.${id}`).slice(2)}`);
                const text = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)([rule], { lineWidth: 0 }).trimEnd();
                out.push(...text.split('\n').map((line) => `  ${line}`));
            }
        }
        else if (Array.isArray(value)) {
            out.push(`${key}:${from(key)}`);
            for (const v of value)
                out.push(`  - ${flow(v)}`);
        }
        else
            out.push(`${scalar(key)}: ${flow(value)}${from(key)}`);
    }
    return `${out.join('\n')}\n`;
}
/** A value on one line (lists as [a, b]). */
function flow(v) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(v, { lineWidth: 0, collectionStyle: 'flow' }).trimEnd();
}
/** A file name in a comment: one line, no control characters. */
function clean(name) {
    return (0,_core_render_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .stripControl */ .kU)(name).replace(/\s+/g, ' ');
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}


/***/ }),

/***/ 9221:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  X: () => (/* binding */ loadCliConfig)
});

// UNUSED EXPORTS: findRepositoryRoot

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/index.ts + 1 modules
var src_config = __nccwpck_require__(2854);
// EXTERNAL MODULE: ./src/io/files.ts + 2 modules
var files = __nccwpck_require__(3920);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __nccwpck_require__(1036);
;// CONCATENATED MODULE: ./src/config/remote-content.ts
// The text of a shared configuration from a GitHub contents API answer (JSON, base64), with
// the checks loadConfig makes on a local file. No I/O: the CLI and the Action fetch.


/** What the contents API said for a file, turned into a read. */
function contentToRead(data) {
    if (Array.isArray(data))
        return { ok: false, message: 'the path is a folder, not a file' };
    const entry = (data ?? {});
    if (entry.type === 'symlink') {
        return {
            ok: false,
            message: 'the file is a symbolic link; links are not followed through the API',
        };
    }
    if (entry.type !== 'file')
        return { ok: false, message: 'the path is not a file' };
    const content = typeof entry.content === 'string' ? entry.content.replace(/\s+/g, '') : '';
    const size = typeof entry.size === 'number' ? entry.size : Math.floor((content.length * 3) / 4);
    if (size > load/* MAX_CONFIG_BYTES */.GW || (content.length * 3) / 4 > load/* MAX_CONFIG_BYTES */.GW + 3) {
        return {
            ok: false,
            message: `the file is ${(0,files/* formatBytes */.z3)(size)}, over the ${(0,files/* formatBytes */.z3)(load/* MAX_CONFIG_BYTES */.GW)} limit for a configuration; it was not read`,
        };
    }
    if (entry.encoding !== 'base64')
        return { ok: false, message: 'the API gave the file without its content' };
    const text = (0,files/* decode */.D4)(Buffer.from(content, 'base64'));
    return text.ok ? { ok: true, text: text.text } : { ok: false, message: text.message };
}
/** The contents API path of a file: each part encoded, the slashes kept. */
function contentsPath(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}

;// CONCATENATED MODULE: ./src/cli/github-contents.ts
// The CLI's reader of shared configurations in other repositories: the GitHub contents API
// with GITHUB_TOKEN or GH_TOKEN (GITHUB_API_URL for GitHub Enterprise Server). No token: no
// reader, and such an `extends` is a configuration error saying how to run it.

/** A request taking longer is given up: the CLI must not hang on a network. */
const TIMEOUT_MS = 20_000;
function githubRemoteReader(env) {
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    if (!token)
        return undefined;
    const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    return async (t) => {
        const url = `${api}/repos/${encodeURIComponent(t.owner)}/${encodeURIComponent(t.repo)}/contents/${contentsPath(t.path)}?ref=${encodeURIComponent(t.ref)}`;
        let res;
        try {
            res = await fetch(url, {
                headers: {
                    accept: 'application/vnd.github+json',
                    authorization: `Bearer ${token}`,
                    'x-github-api-version': '2022-11-28',
                    'user-agent': 'stack-verdict-cli',
                },
                redirect: 'error',
                signal: AbortSignal.timeout(TIMEOUT_MS),
            });
        }
        catch (err) {
            return {
                ok: false,
                message: `the GitHub API at ${api} did not answer (${err.message})`,
            };
        }
        if (!res.ok) {
            await res.body?.cancel();
            return {
                ok: false,
                status: res.status,
                message: `the GitHub API answered HTTP ${res.status}`,
            };
        }
        let data;
        try {
            data = await res.json();
        }
        catch {
            return { ok: false, message: 'the GitHub API answered something other than JSON' };
        }
        return contentToRead(data);
    };
}

// EXTERNAL MODULE: ./src/cli/check.ts
var check = __nccwpck_require__(6418);
;// CONCATENATED MODULE: ./src/cli/config-location.ts
// Issue 14: the CLI finds the repository's configuration from any folder inside it. The
// repository root is the nearest folder up holding `.git`; without one, the current folder.






/** The nearest folder from `cwd` up that holds `.git`; undefined when none does. */
async function findRepositoryRoot(cwd) {
    let dir = external_node_path_default().resolve(cwd);
    for (;;) {
        if (await (0,promises_.lstat)(external_node_path_default().join(dir, '.git')).then(() => true, () => false))
            return dir;
        const up = external_node_path_default().dirname(dir);
        if (up === dir)
            return undefined;
        dir = up;
    }
}
/**
 * The configuration the CLI judges with: `--config` (relative to the current folder, inside
 * the repository) or the repository's `.github/stack-verdict.yml`, merged with what it extends.
 */
async function loadCliConfig(cwd, env, configFlag) {
    if (configFlag === '')
        throw new check/* UsageError */.eb('--config needs the path of a configuration file');
    const root = (await findRepositoryRoot(cwd)) ?? external_node_path_default().resolve(cwd);
    let file;
    if (configFlag !== undefined) {
        const absolute = external_node_path_default().resolve(cwd, configFlag);
        if (!(0,files/* isInside */.FK)(root, absolute)) {
            throw new src_config/* ConfigError */.xL([
                {
                    file: configFlag,
                    line: 0,
                    column: 0,
                    message: 'the configuration file must be inside the repository',
                },
            ]);
        }
        file = (0,files/* toReportPath */.T3)(root, absolute);
    }
    const remote = githubRemoteReader(env);
    const config = await (0,src_config/* loadConfig */.Z9)(root, file, remote ? { remote } : {});
    return { config, root, file };
}


/***/ }),

/***/ 486:
/***/ (function (module, __unused_webpack___webpack_exports__, __nccwpck_require__) {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(892);
/* harmony import */ var _parallel_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1992);
/* harmony import */ var _io_heap_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5814);
/* harmony import */ var _io_write_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5419);






// Flags are process-wide: a worker (started with WORKER_ARG) leaves them as the main thread
// set them, which by then lets the young generation grow (parallel.ts, judgeAll).
if (!process.argv.includes(_parallel_js__WEBPACK_IMPORTED_MODULE_3__/* .WORKER_ARG */ .i_))
    (0,_io_heap_js__WEBPACK_IMPORTED_MODULE_4__/* .boundYoungGeneration */ .dv)();
/**
 * All of standard input. readFileSync(0) fails with EAGAIN when the shell left stdin
 * non-blocking (some CI runners and editors do); this waits a moment and reads on.
 */
function readStdin() {
    const chunks = [];
    const buffer = Buffer.alloc(64 * 1024);
    for (;;) {
        let n;
        try {
            n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(0, buffer, 0, buffer.length, null);
        }
        catch (err) {
            if (err.code === 'EAGAIN') {
                Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
                continue;
            }
            if (err.code === 'EOF')
                break;
            throw err;
        }
        if (n === 0)
            break;
        chunks.push(Buffer.from(buffer.subarray(0, n)));
    }
    return Buffer.concat(chunks);
}
// The same script serves as the worker of a large check (src/cli/parallel.ts), started with
// WORKER_ARG: node:worker_threads (~1.5 ms) is loaded only then, or to start workers.
const worker = process.argv.includes(_parallel_js__WEBPACK_IMPORTED_MODULE_3__/* .WORKER_ARG */ .i_) ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23)) : undefined;
if (worker && !worker.isMainThread && (0,_parallel_js__WEBPACK_IMPORTED_MODULE_3__/* .isWorkerInput */ .BU)(worker.workerData)) {
    await (0,_parallel_js__WEBPACK_IMPORTED_MODULE_3__/* .runWorker */ .WY)(worker.workerData, (output) => worker.parentPort?.postMessage(output));
}
else {
    const require = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
    process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .runCli */ .a)(process.argv.slice(2), {
        cwd: process.cwd(),
        env: process.env,
        stdout: (text) => (0,_io_write_js__WEBPACK_IMPORTED_MODULE_5__/* .writeAll */ .f)(text, 1),
        stderr: (text) => (0,_io_write_js__WEBPACK_IMPORTED_MODULE_5__/* .writeAll */ .f)(text, 2),
        // Asked only to choose colours for text output: node:tty is loaded then.
        get isTTY() {
            return require('node:tty').isatty(1);
        },
        readStdin,
        workerUrl: new URL(import.meta.url),
        // Beside this file (scripts/build.mjs builds it there). webpackIgnore: otherwise webpack
        // finds src/cli/reader.ts and copies it into dist/ as an asset.
        readerUrl: new URL(/* webpackIgnore: true */ './reader.js', __nccwpck_require__.b),
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7646:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_INIT_DIR: () => (/* binding */ DEFAULT_INIT_DIR),
/* harmony export */   INIT_HELP: () => (/* binding */ INIT_HELP),
/* harmony export */   RULES_DOCS_URL: () => (/* binding */ RULES_DOCS_URL),
/* harmony export */   SCHEMA_URL: () => (/* binding */ SCHEMA_URL),
/* harmony export */   SERVICE_NAME: () => (/* binding */ SERVICE_NAME),
/* harmony export */   initCommand: () => (/* binding */ initCommand),
/* harmony export */   proposalSkeleton: () => (/* binding */ proposalSkeleton),
/* harmony export */   serviceNameProblem: () => (/* binding */ serviceNameProblem)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6418);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(776);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _io_files_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3920);
// `stack-verdict init SERVICE`: writes a commented proposal skeleton to proposals/SERVICE.yaml.






/** The published JSON Schema of a proposal, for editors (yaml-language-server). */
const SCHEMA_URL = 'https://raw.githubusercontent.com/stack-verdict/stack-verdict/v1/schema/proposal.schema.json';
const RULES_DOCS_URL = 'https://github.com/stack-verdict/stack-verdict/tree/v1/docs/rules';
const DEFAULT_INIT_DIR = 'proposals';
/** A service name as the proposal format expects it: kebab-case, like `billing-ledger`. */
const SERVICE_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const MAX_SERVICE_LENGTH = 63;
const INIT_HELP = `Usage: stack-verdict init SERVICE [options]

Writes a commented service proposal to proposals/SERVICE.yaml, ready to fill in.
SERVICE is the service's name in kebab-case, e.g. billing-ledger.

Options:
      --dir DIR           folder to write to (default: proposals)
      --stdout            print the proposal instead of writing a file
  -h, --help              show this help

An existing file is never overwritten.
Exit status: 0 written, 2 usage error or the file exists.
`;
const COMMENT_COLUMN = 38;
/** One line of the skeleton: YAML (or commented-out YAML) with an aligned comment. */
function row(code, comment) {
    if (comment === undefined)
        return code;
    const pad = Math.max(code.length + 1, COMMENT_COLUMN);
    return `${code.padEnd(pad)}# ${comment}`;
}
/**
 * A commented YAML proposal for `service`. Required fields are filled in with the policy's
 * defaults; every optional field is present but commented out, with an example value.
 * As written it is a valid proposal (test/docs/init.test.ts checks it against the schema).
 */
function proposalSkeleton(service) {
    if (!SERVICE_NAME.test(service)) {
        throw new Error(`"${service}" is not a kebab-case service name`);
    }
    const lines = [
        `# yaml-language-server: $schema=${SCHEMA_URL}`,
        '#',
        `# Service proposal for ${service}.`,
        '#',
        '# Stack Verdict judges the language chosen here on every pull request: Go by default, Rust',
        '# when a hard constraint has been measured or the work is of a kind where Rust clearly pays',
        '# off. Required fields are filled in; optional ones are commented out with an example value.',
        '# To use one, delete the "# " in front of it and keep its indentation.',
        `# What each rule checks: ${RULES_DOCS_URL}`,
        '',
        row(`service: ${service}`, "required: the service's name, in kebab-case"),
        row('# summary: What the service does, in one sentence.'),
        row('# owner: "@acme/payments"', 'the team or person who owns the service'),
        row('status: proposed', 'draft | proposed | accepted | rejected | superseded'),
        row('', '  (a draft is judged but never fails the check)'),
        row('language: go', 'required: go | rust | any other language, in lower case'),
        row('kind: http-api', 'optional: http-api | grpc-service | crud-service |'),
        row('', '  worker | cli | data-pipeline | library, or systems'),
        row('', '  software (database | message-broker | network-proxy |'),
        row('', '  runtime | compiler)'),
        row('workload:', 'optional: what the service spends its time on'),
        row('  bound: io', 'required in workload: io (waits on databases, network) |'),
        row('', '  cpu | mixed'),
        row('  # hot-path: [parsing]', 'compression | cryptography | video-encoding |'),
        row('', '  ml-inference | parsing | search-indexing |'),
        row('', '  data-processing | in-memory-cache | image-processing'),
        row('  # protocol: http', 'http | grpc | custom-binary'),
        row('  # latency:', 'latency targets'),
        row('  #   p99-ms: 50', 'P99 in milliseconds'),
        row('  #   p999-ms: 120', 'P99.9 in milliseconds'),
        row('  #   deterministic-tail: false', 'true: needs a predictable P99.9, no GC pauses'),
        row('  # cold-start-ms: 300', 'the start-up time the service must meet'),
        row('  # memory-budget-mb: 512', 'the memory the service may use'),
        row('  # ffi: none', 'none | c | cpp: must embed into a C/C++ codebase'),
        '',
        '# The constraints that drove the choice, each with how it was measured, a link to the',
        '# measurement (evidence) and what was seen (observed). Rust needs one measured in',
        '# production or a load test, unless the workload itself calls for Rust.',
        row('# constraints:'),
        row('#   - type: memory', 'memory | cpu | gc-pauses | tail-latency |'),
        row('#', '  throughput | cold-start | build-time'),
        row('#     source: production', 'production | load-test | benchmark | estimate'),
        row('#     evidence: https://grafana.example.com/d/abc'),
        row('#     observed: "RSS 14 GB at 8M cache entries"'),
        row('#     runtime: go1.24', 'the runtime measured: goX.Y or rustc X.Y'),
        row('#     trend: growing', 'steady | growing | spiky'),
        row('#     limit: "RSS <= 16 GB"', 'the target the service must meet'),
        row('#     met: false', 'true: the limit was met, not a hard constraint'),
        row('#     leak-checked: false', 'true: the goroutineleak profile found no leak'),
        '',
        '# The engineers who will build and run the service. The Rust rules weigh onboarding,',
        '# hiring and attrition from these numbers, and ask for them when Rust is chosen.',
        row('# team:'),
        row('#   size: 6', 'engineers on the service'),
        row('#   rust-experience: 0', 'engineers who have shipped Rust in production'),
        row('#   go-experience: 4', 'engineers who have shipped Go in production'),
        row('#   background: [python, typescript]', 'languages the team comes from'),
        row('#   annual-attrition: 0.2', 'share of the team that leaves in a year, 0 to 1'),
        row('#   planned-hires: 2', 'engineers still to hire for the service'),
        '',
        row('# delivery:', 'how often CI builds the service'),
        row('#   merges-per-day: 40', 'builds CI runs a day for this service'),
        row('#   ci-cache: cold', 'cold (shared runners, empty caches) | warm'),
        '',
        row('# toolchain:', 'quote versions: YAML reads 1.20 as the number 1.2'),
        row('#   go: "1.26"', 'Go release'),
        row('#   rust: "1.85"', 'rustc version'),
        row('#   rust-edition: "2024"', 'Rust edition'),
        '',
        row('# compliance: [nist-post-quantum]', 'free-form compliance tags'),
        row("# rationale: Why this language, in the team's own words."),
        '',
        '# Findings the reviewers accepted, each with the reason. A waived finding stays in the',
        '# report but no longer counts. `stack-verdict rules` lists the rule ids.',
        row('# waivers:'),
        row('#   - rule: rust-onboarding-cost', 'the id of the rule whose finding is accepted'),
        row('#     reason: Two engineers who shipped Rust join from the storage team in January.'),
        row('#     approved-by: "@acme/architecture"', 'who accepted it'),
        row('#     expires: "2027-06-30"', 'last day in force (YYYY-MM-DD); then it counts'),
        row('', '  again and waiver-expired reports it'),
        '',
    ];
    return lines.map((l) => l.trimEnd()).join('\n');
}
/** `stack-verdict init`: returns the exit status (0 written or printed, 2 usage error or exists). */
async function initCommand(args, io) {
    const fail = (message) => {
        io.stderr(`stack-verdict init: ${message}\n`);
        return 2;
    };
    let parsed;
    try {
        parsed = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .parseOptions */ .A)(args, {
            dir: { type: 'string', default: DEFAULT_INIT_DIR },
            stdout: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        }, 'init');
    }
    catch (err) {
        const message = err.message.replace(/\s*\n\s*/g, ' ');
        return fail(err instanceof _check_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb ? message : `${message}. See stack-verdict init --help`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(INIT_HELP);
        return 0;
    }
    if (positionals.length === 0)
        return fail('name the service, e.g. `stack-verdict init billing-ledger`');
    if (positionals.length > 1) {
        return fail(`expected one service name, got ${positionals.length}: ${positionals.join(' ')}`);
    }
    const service = positionals[0];
    const problem = serviceNameProblem(service);
    if (problem)
        return fail(problem);
    const text = proposalSkeleton(service);
    if (values.stdout) {
        io.stdout(text);
        return 0;
    }
    if (values.dir.trim() === '')
        return fail('--dir needs a folder');
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, values.dir);
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `${service}.yaml`);
    const shown = (0,_io_files_js__WEBPACK_IMPORTED_MODULE_4__/* .toReportPath */ .T3)(io.cwd, file);
    const dirInfo = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir).catch(() => undefined);
    if (dirInfo && !dirInfo.isDirectory()) {
        return fail(`${(0,_io_files_js__WEBPACK_IMPORTED_MODULE_4__/* .toReportPath */ .T3)(io.cwd, dir)} exists and is not a folder`);
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        // 'wx' fails when the file exists, so a proposal is never overwritten, even in a race.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, text, { flag: 'wx' });
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST') {
            return fail(`${shown} already exists; init never overwrites a proposal. Edit that file, or pick another name or --dir.`);
        }
        return fail(`cannot write ${shown}: ${code ?? err.message}`);
    }
    io.stdout(`Created ${shown}\n`);
    io.stdout(`Fill it in, check it with \`stack-verdict check ${shown}\`, and open a pull request with it.\n`);
    if (!picomatch__WEBPACK_IMPORTED_MODULE_5___default()([..._io_files_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_GLOBS */ .md])(shown)) {
        io.stdout(`Note: the default globs (${_io_files_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_GLOBS */ .md.join(', ')}) do not match ${shown}; name the folder in the check, or configure the globs.\n`);
    }
    return 0;
}
/** Why `name` cannot be a service name, or undefined when it can. */
function serviceNameProblem(name) {
    if (name.length > MAX_SERVICE_LENGTH) {
        return `the service name is ${name.length} characters long; keep it to ${MAX_SERVICE_LENGTH}`;
    }
    if (SERVICE_NAME.test(name))
        return undefined;
    const suggestion = name
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^[^a-z]+|-+$/g, '');
    const hint = suggestion && SERVICE_NAME.test(suggestion) && suggestion.length <= MAX_SERVICE_LENGTH
        ? ` Did you mean "${suggestion}"?`
        : '';
    return `"${name}" is not a kebab-case service name: lower-case letters and digits in words joined by single hyphens, starting with a letter (e.g. billing-ledger).${hint}`;
}


/***/ }),

/***/ 892:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: VERSION

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
// EXTERNAL MODULE: ./src/config/index.ts + 1 modules
var src_config = __nccwpck_require__(2854);
// EXTERNAL MODULE: ./src/core/engine.ts
var engine = __nccwpck_require__(3805);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __nccwpck_require__(6228);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __nccwpck_require__(2721);
;// CONCATENATED MODULE: ./src/core/render/json.ts
/** The report schema's string limits (schema/report.schema.json), applied when writing. */
const MAX_NAME_CHARS = 1024;
const MAX_TEXT_CHARS = 65536;
const MAX_REASON_CHARS = 1024;
/** The JSON report of shared/spec/rules-v1.md. */
function renderJson(report) {
    return `${JSON.stringify(boundReport(report), null, 2)}\n`;
}
/**
 * renderJson's text in pieces, `batch` proposals to a piece: 10,000 proposals make a 24 MB
 * report, held twice over as one string (two bytes a character once it holds a dash) and
 * once more as the bytes written. Joined, the pieces are renderJson's text exactly: each
 * piece is JSON.stringify's own text of its proposals, nested as deep as in the report.
 */
function* renderJsonChunks(report, batch = 128) {
    const bounded = boundReport(report);
    const { proposals } = bounded;
    if (proposals.length <= batch) {
        yield `${JSON.stringify(bounded, null, 2)}\n`;
        return;
    }
    // The report with no proposals, opened where the list goes: no string holds a raw line
    // break (JSON.stringify escapes them), so this line can only be the report's own key.
    const shell = JSON.stringify({ ...bounded, proposals: [] }, null, 2);
    const at = shell.indexOf(EMPTY_LIST);
    yield `${shell.slice(0, at)}${EMPTY_LIST.slice(0, -1)}`;
    for (let i = 0; i < proposals.length; i += batch) {
        // Items of a list one level down, as the report's proposals are: indented by four.
        const text = JSON.stringify({ p: proposals.slice(i, i + batch) }, null, 2);
        // Two pieces, not one joined string: writing a joined one first copied it whole (24 MB,
        // two bytes a character once a dash is in it); a slice is written where it lies.
        yield i === 0 ? '\n' : ',\n';
        yield text.slice(BATCH_OPEN.length, -BATCH_CLOSE.length);
    }
    yield `\n  ]${shell.slice(at + EMPTY_LIST.length)}\n`;
}
const EMPTY_LIST = '\n  "proposals": []';
const BATCH_OPEN = '{\n  "p": [\n';
const BATCH_CLOSE = '\n  ]\n}';
/**
 * The report within the schema's limits, so that every report written can be read back (the
 * fork-safe second phase validates it). Strings over a limit are cut with a note; lists are
 * never cut, since the counts and verdicts must still add up.
 */
function boundReport(report) {
    // Copied only where something is cut: nearly every report is within the limits.
    const proposals = mapSame(report.proposals, (p) => {
        const service = p.service === null ? null : cut(p.service, MAX_NAME_CHARS);
        const language = p.language === null ? null : cut(p.language, MAX_NAME_CHARS);
        const findings = mapSame(p.findings, boundFinding);
        return service === p.service && language === p.language && findings === p.findings
            ? p
            : { ...p, service, language, findings };
    });
    const skipped = mapSame(report.skipped, (s) => {
        const reason = cut(s.reason, MAX_REASON_CHARS);
        return reason === s.reason ? s : { ...s, reason };
    });
    return proposals === report.proposals && skipped === report.skipped
        ? report
        : { ...report, proposals, skipped };
}
function boundFinding(f) {
    const message = cut(f.message, MAX_TEXT_CHARS);
    const reason = f.waiverReason === undefined ? undefined : cut(f.waiverReason, MAX_TEXT_CHARS);
    const approvedBy = f.waiverApprovedBy === undefined ? undefined : cut(f.waiverApprovedBy, MAX_NAME_CHARS);
    if (message === f.message && reason === f.waiverReason && approvedBy === f.waiverApprovedBy) {
        return f;
    }
    const out = { ...f, message };
    if (reason !== undefined)
        out.waiverReason = reason;
    if (approvedBy !== undefined)
        out.waiverApprovedBy = approvedBy;
    return out;
}
/** `list` itself when `f` returns every item unchanged, else the new list. */
function mapSame(list, f) {
    let out;
    list.forEach((item, i) => {
        const next = f(item);
        if (next !== item)
            (out ??= list.slice(0, i)).push(next);
        else
            out?.push(item);
    });
    return out ?? list;
}
/** `text` in at most `max` UTF-16 units, ending with a note of how much was cut. */
function cut(text, max) {
    if (text.length <= max)
        return text;
    const note = ` \u2026 (${text.length} characters in all, cut)`;
    let keep = max - note.length;
    // Never split a surrogate pair.
    const code = text.charCodeAt(keep - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        keep--;
    return text.slice(0, keep) + note;
}

// EXTERNAL MODULE: ./src/core/render/escape.ts
var render_escape = __nccwpck_require__(6745);
// EXTERNAL MODULE: ./src/core/rules/index.ts + 33 modules
var rules = __nccwpck_require__(2287);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __nccwpck_require__(2085);
// EXTERNAL MODULE: ./src/io/files.ts + 2 modules
var files = __nccwpck_require__(3920);
// EXTERNAL MODULE: ./src/cli/check.ts
var check = __nccwpck_require__(6418);
// EXTERNAL MODULE: ./src/cli/options.ts
var cli_options = __nccwpck_require__(776);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/cli/output.ts
// `check -o FILE`: the report written to a file the user names. The file may be anywhere the
// user can write, but never inside a `.git` folder, never through a symbolic link (the file
// or a folder on the way), and never anything but a regular file: a FIFO or a device is
// refused, not truncated.




function writeReportFile(cwd, file, text) {
    const absolute = external_node_path_default().resolve(cwd, file);
    const refuse = (why) => {
        throw new check/* UsageError */.eb(`cannot write the report to ${file}: ${why}`);
    };
    if (absolute.split((external_node_path_default()).sep).includes('.git'))
        refuse('it is inside a .git folder');
    const parent = external_node_path_default().dirname(absolute);
    let realParent;
    try {
        realParent = external_node_fs_.realpathSync.native(parent);
    }
    catch {
        return refuse('its folder does not exist');
    }
    // Folders below the current one that are links (`out -> .git/hooks`) are refused; links
    // above it (a home folder on another disk) are the user's own set-up.
    if ((0,files/* isInside */.FK)(cwd, parent)) {
        let dir = cwd;
        for (const part of external_node_path_default().relative(cwd, parent).split((external_node_path_default()).sep).filter(Boolean)) {
            dir = external_node_path_default().join(dir, part);
            if (lstatOrUndefined(dir)?.isSymbolicLink())
                refuse(`${part}/ on its path is a symbolic link`);
        }
    }
    if (realParent.split((external_node_path_default()).sep).includes('.git'))
        refuse('it is inside a .git folder');
    const existing = lstatOrUndefined(absolute);
    if (existing?.isSymbolicLink())
        refuse('it is a symbolic link');
    if (existing && !existing.isFile())
        refuse('it is not a regular file');
    let fd;
    try {
        // No O_TRUNC: a file swapped for a FIFO since lstat must not be truncated or block (the
        // descriptor is checked first); O_NOFOLLOW: nor for a link.
        fd = (0,external_node_fs_.openSync)(absolute, external_node_fs_.constants.O_WRONLY |
            external_node_fs_.constants.O_CREAT |
            (external_node_fs_.constants.O_NOFOLLOW ?? 0) |
            (external_node_fs_.constants.O_NONBLOCK ?? 0), 0o644);
    }
    catch (err) {
        return refuse(err.code ?? err.message);
    }
    try {
        if (!(0,external_node_fs_.fstatSync)(fd).isFile())
            refuse('it is not a regular file');
        (0,external_node_fs_.ftruncateSync)(fd, 0);
        const bytes = Buffer.from(text, 'utf8');
        let written = 0;
        while (written < bytes.length)
            written += (0,external_node_fs_.writeSync)(fd, bytes, written, bytes.length - written);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function lstatOrUndefined(file) {
    try {
        return (0,external_node_fs_.lstatSync)(file);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/cli/parallel.ts + 1 modules
var cli_parallel = __nccwpck_require__(1992);
// EXTERNAL MODULE: ./src/cli/read-ahead.ts
var read_ahead = __nccwpck_require__(9652);
// EXTERNAL MODULE: ./src/cli/config-location.ts + 2 modules
var config_location = __nccwpck_require__(9221);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/cli/main.ts


















/** package.json's version, put in the bundle at build time (the JSON import is inlined). */
const VERSION = package_namespaceObject.rE;
const MAIN_HELP = `Usage: stack-verdict <command> [options]

Judges the language choice in service proposals against the Go/Rust policy.

Commands:
  check [PATH|GLOB ...]   judge proposals (default: the default globs from here)
  rules                   list the rules (with --config: as the configuration sets them)
  explain RULE            print one rule's documentation
  config --print          print the merged configuration, naming each value's file
  init SERVICE            write a commented proposal skeleton to proposals/SERVICE.yaml
  portfolio [PATH ...]    one page of every service decision (markdown, json or html)

Options:
  -h, --help              show help (also after a command)
  -v, --version           print the version
`;
const CHECK_HELP = `Usage: stack-verdict check [PATH|GLOB ...] [options]

A file is judged as given; a folder means every .yml, .yaml and .md file beneath it;
anything else is a glob from the current folder. With no argument the configuration's
\`files\` globs are used, by default: proposals/**/*.{yml,yaml,md}, **/*.proposal.{yml,yaml},
**/service-proposal.{yml,yaml}.

Options:
  -                       read one proposal from standard input
  -f, --format FORMAT     text (default), compact, json, markdown or sarif
      --stdin-filename N  the name of the proposal read with -: the report shows it, and
                          its extension says whether it is YAML or Markdown
  -o, --output FILE       write the report (in --format) to FILE; the terminal gets the
                          text output
  -q, --quiet             print errors only (text and compact output; -o files are whole)
      --max-warnings N    fail when there are more than N unwaived warnings
      --config PATH       the team's configuration (default: ${src_config/* DEFAULT_CONFIG_PATH */.Bi} of the
                          repository, found from any folder in it, if it exists)
      --fail-on LEVEL     error, warning or never (default: the configuration's, else error)
      --max-bytes N       largest proposal file read, in bytes (default: the configuration's,
                          else 1048576)
      --assume-approved   take waivers that need an approver's review as approved (the CLI
                          cannot see pull-request reviews)
  -j, --jobs N|auto       threads that judge the files, 1 to ${cli_parallel/* MAX_JOBS */.Eu}; auto (default): one per
                          core (at most 4) from ${(0,format/* formatNumber */.ZV)(cli_parallel/* AUTO_MIN_FILES */.tm)} files on ${cli_parallel/* AUTO_MIN_CORES */.YK} cores
                          or more, else one, with a thread that reads the files ahead from
                          ${(0,format/* formatNumber */.ZV)(read_ahead/* READ_AHEAD_MIN_FILES */.Eh)} files on 2 cores or more
  -h, --help              show this help

Exit status: 0 the gate passes, 1 the gate fails (or too many warnings),
2 usage, configuration or I/O error.
`;
const FORMATS = ['text', 'compact', 'json', 'markdown', 'sarif'];
const FAIL_ON = ['error', 'warning', 'never'];
async function runCli(argv, io) {
    try {
        return await dispatch(argv, io);
    }
    catch (err) {
        if (err instanceof src_config/* ConfigError */.xL) {
            for (const p of err.problems)
                io.stderr(`stack-verdict: ${(0,src_config/* formatConfigProblem */.fc)(p)}\n`);
            return 2;
        }
        if (err instanceof check/* UsageError */.eb) {
            io.stderr(`stack-verdict: ${err.message}\n`);
            return 2;
        }
        if (err instanceof TypeError &&
            'code' in err &&
            String(err.code).startsWith('ERR_PARSE_ARGS')) {
            io.stderr(`stack-verdict: ${err.message.replace(/\s*\n\s*/g, ' ')}\n`);
            return 2;
        }
        io.stderr(`stack-verdict: ${err.message}\n`);
        return 2;
    }
}
async function dispatch(argv, io) {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
        io.stdout(MAIN_HELP);
        return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
        io.stdout(`${VERSION}\n`);
        return 0;
    }
    switch (command) {
        case 'check':
            return main_check(rest, io);
        case 'rules':
            return main_rules(rest, io);
        case 'init':
            return (await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 7646))).initCommand(rest, io);
        case 'explain':
            return explain(rest, io);
        case 'portfolio':
            return (await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 4693))).portfolioCommand(rest, io);
        case 'config':
            return (await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 9738))).configCommand(rest, io);
        default:
            throw new check/* UsageError */.eb(`unknown command "${command}".${(0,suggest/* didYouMean */.au)(command, ['check', 'rules', 'explain', 'init', 'portfolio', 'config'])} See stack-verdict --help`);
    }
}
const CHECK_OPTIONS = {
    format: { type: 'string', short: 'f', default: 'text' },
    config: { type: 'string' },
    'fail-on': { type: 'string' },
    'max-bytes': { type: 'string' },
    jobs: { type: 'string', short: 'j', default: 'auto' },
    'stdin-filename': { type: 'string' },
    output: { type: 'string', short: 'o' },
    quiet: { type: 'boolean', short: 'q' },
    'max-warnings': { type: 'string' },
    'assume-approved': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
async function main_check(args, io) {
    const { values, positionals } = (0,cli_options/* parseOptions */.A)(args, CHECK_OPTIONS, 'check');
    if (values.help) {
        io.stdout(CHECK_HELP);
        return 0;
    }
    const format = oneOf('--format', values.format, FORMATS);
    const failOnFlag = values['fail-on'] === undefined ? undefined : oneOf('--fail-on', values['fail-on'], FAIL_ON);
    let maxBytes;
    if (values['max-bytes'] !== undefined) {
        maxBytes = Number(values['max-bytes']);
        if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
            throw new check/* UsageError */.eb(`--max-bytes must be a whole number of bytes; got "${values['max-bytes']}"`);
        }
    }
    const jobs = values.jobs === 'auto' ? 'auto' : Number(values.jobs);
    // Digits only (Number() also reads "0x4" and "2e1"); each thread loads the whole engine.
    if (jobs !== 'auto' && (!/^\d+$/.test(values.jobs) || jobs < 1 || jobs > cli_parallel/* MAX_JOBS */.Eu)) {
        throw new check/* UsageError */.eb(`--jobs must be "auto" or a whole number from 1 to ${cli_parallel/* MAX_JOBS */.Eu}; got "${values.jobs}"`);
    }
    let maxWarnings;
    if (values['max-warnings'] !== undefined) {
        if (!/^\d+$/.test(values['max-warnings']))
            throw new check/* UsageError */.eb(`--max-warnings must be a whole number (0 or more); got "${values['max-warnings']}"`);
        maxWarnings = Number(values['max-warnings']);
    }
    if (values.output === '')
        throw new check/* UsageError */.eb('--output needs the path of a file');
    const fromStdin = positionals.includes('-');
    if (fromStdin && positionals.length > 1)
        throw new check/* UsageError */.eb('- (standard input) cannot be mixed with paths: check one or the other');
    if (values['stdin-filename'] !== undefined && !fromStdin)
        throw new check/* UsageError */.eb('--stdin-filename names the proposal read with -; give - as well');
    // Flags win over the configuration, which wins over the built-in defaults; but no flag
    // goes below the fail-on of a shared configuration (issue 14).
    const { config, root, file } = await (0,config_location/* loadCliConfig */.X)(io.cwd, io.env, values.config);
    const failOn = (0,src_config/* stricterFailOn */.SR)(failOnFlag ?? config.failOn ?? 'error', config.failOnFloor);
    if (failOnFlag !== undefined && failOn !== failOnFlag) {
        io.stderr(`stack-verdict: --fail-on ${failOnFlag} is looser than the shared configuration's fail-on; judging with ${failOn}\n`);
    }
    maxBytes ??= config.maxBytes;
    const today = (0,engine/* utcToday */.wc)();
    const assumeApproved = values['assume-approved'] === true;
    const approvals = { kind: assumeApproved ? 'assumed' : 'unseen' };
    const options = (0,src_config/* engineOptionsFromConfig */.rd)(config, { today, approvals });
    let report;
    if (fromStdin) {
        const name = stdinName(io.cwd, values['stdin-filename']);
        if (values['stdin-filename'] !== undefined && !picomatch_default()([...config.files])(name)) {
            io.stderr(`stack-verdict: note: ${name} matches none of the proposal globs (${config.files.join(', ')}); judged anyway, but a check without - would not find it\n`);
        }
        report = (0,engine/* buildReport */.FK)([judgeStdin(io, name, options, maxBytes)], failOn, options);
    }
    else {
        const files = await (0,check/* resolveTargets */.h5)(io.cwd, positionals, config.files);
        const parallel = io.workerUrl
            ? {
                jobs,
                workerUrl: io.workerUrl,
                ...(io.readerUrl ? { readerUrl: io.readerUrl } : {}),
                configPath: file,
                configRoot: root,
                ...(config.remoteTexts ? { remoteTexts: config.remoteTexts } : {}),
                today,
                assumeApproved,
            }
            : undefined;
        report = (0,engine/* buildReport */.FK)(await (0,cli_parallel/* judgeAll */.Ty)(io.cwd, files, options, maxBytes, parallel), failOn, options);
    }
    report = { ...report, config: { chain: [...(config.chain ?? [])] } }; // issue 14: who judged
    // Only the renderer asked for is loaded: the others' code is compiled and run only when
    // used (webpackMode "eager": in the one bundle file, evaluated on import()).
    const render = async (f, color, quiet) => {
        if (f === 'json')
            return renderJson(report);
        if (f === 'markdown') {
            const { renderMarkdown } = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 96));
            return renderMarkdown(report);
        }
        if (f === 'compact') {
            const { renderCompact } = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 4145));
            return renderCompact(report, { errorsOnly: quiet });
        }
        if (f === 'sarif') {
            const { renderSarif } = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 2586));
            return renderSarif(report, {
                toolVersion: VERSION,
                informationUri: 'https://github.com/stack-verdict/stack-verdict',
                rules: options.knownRules,
                docsUrl: options.docsUrl,
            });
        }
        const { renderText } = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 2625));
        if (quiet)
            return quietText(report, color, renderText);
        const pending = pendingWaivers(report);
        return renderText(report, { color }) + (pending > 0 ? `\n${pendingNote(pending)}\n` : '');
    };
    const quiet = Boolean(values.quiet);
    if (values.output !== undefined) {
        // The file first: when it cannot be written, the run fails before printing a verdict.
        writeReportFile(io.cwd, values.output, await render(format, false, false));
        io.stdout(await render(format === 'compact' ? 'compact' : 'text', useColor(io), quiet));
    }
    else if (format === 'json') {
        // In pieces: the whole report as one string was the largest allocation of a big run.
        for (const chunk of renderJsonChunks(report))
            io.stdout(chunk);
    }
    else {
        io.stdout(await render(format, format === 'text' && useColor(io), quiet));
    }
    let code = report.gate.passed ? 0 : 1;
    if (maxWarnings !== undefined && report.counts.warnings > maxWarnings) {
        io.stderr(`stack-verdict: ${report.counts.warnings} unwaived warnings, more than --max-warnings ${maxWarnings}\n`);
        code = 1;
    }
    return code;
}
/** Waivers held back only because the CLI cannot see reviews (issue 14). */
function pendingWaivers(report) {
    let n = 0;
    for (const p of report.proposals)
        for (const f of p.findings)
            if (f.waiverApproval?.status === 'pending')
                n++;
    return n;
}
function pendingNote(n) {
    const which = n === 1 ? 'a waiver that needs' : `${n} waivers that need`;
    return `Approvals: the CLI cannot see pull-request reviews, so ${which} an approver's approval (configuration \`approvers\`) counts as pending and its finding counts. Pass --assume-approved to judge as if approved.`;
}
/** The report's name of the proposal read from standard input. */
function stdinName(cwd, given) {
    if (given === undefined)
        return '<stdin>';
    if (given === '')
        throw new check/* UsageError */.eb('--stdin-filename needs a file name');
    const absolute = external_node_path_default().resolve(cwd, given);
    return (0,files/* isInside */.FK)(cwd, absolute) ? (0,files/* toReportPath */.T3)(cwd, absolute) : given.split((external_node_path_default()).sep).join('/');
}
function judgeStdin(io, name, options, maxBytes = files/* DEFAULT_MAX_BYTES */.fS) {
    if (!io.readStdin)
        throw new check/* UsageError */.eb('- reads standard input, and there is none here');
    const bytes = io.readStdin();
    const read = bytes.length > maxBytes
        ? {
            ok: false,
            message: `the input is ${(0,files/* formatBytes */.z3)(bytes.length)}, over the ${(0,files/* formatBytes */.z3)(maxBytes)} limit for a proposal; it was not read`,
        }
        : (0,files/* decode */.D4)(bytes);
    return read.ok
        ? (0,engine/* judgeFile */.GP)(name, read.text, options)
        : { kind: 'proposal', report: (0,engine/* unreadableFile */._s)(name, read.message, options) };
}
/**
 * --quiet text: only the proposals with unwaived errors, and only those findings; nothing at
 * all when there is none. The last line still counts everything, as the JSON report does.
 */
function quietText(report, color, renderText) {
    if (report.counts.errors === 0)
        return '';
    const proposals = report.proposals
        .map((p) => ({ ...p, findings: p.findings.filter((f) => !f.waived && f.severity === 'error') }))
        .filter((p) => p.findings.length > 0);
    return renderText({ ...report, proposals, skipped: [] }, { color });
}
async function main_rules(args, io) {
    const { values } = (0,cli_options/* parseOptions */.A)(args, { help: { type: 'boolean', short: 'h' }, config: { type: 'string' } }, 'rules');
    if (values.help) {
        io.stdout("Usage: stack-verdict rules [--config PATH]\n\nLists every rule, the team's own rules too, with its severity under the configuration\n(default: .github/stack-verdict.yml of the repository, else the built-in one).\n");
        return 0;
    }
    const { config } = await (0,config_location/* loadCliConfig */.X)(io.cwd, io.env, values.config);
    const levels = ruleLevels(config);
    const all = [...rules/* RULES */.y, ...config.customRules];
    io.stdout(`Stack Verdict ${VERSION}, policy ${policy/* POLICY_VERSION */.K}: ${all.length} rules\n\n`);
    const width = Math.max(...all.map((r) => r.id.length));
    for (const r of all) {
        const custom = config.customRules.includes(r)
            ? '  (custom)'
            : '';
        io.stdout(`${r.id.padEnd(width)}  ${(levels.get(r.id) ?? 'off').padEnd(7)}  ${oneLine(r.description)}${custom}\n`);
    }
    return 0;
}
/** Each rule's severity under a configuration; a rule that does not run is absent. */
function ruleLevels(config) {
    return new Map((0,src_config/* engineOptionsFromConfig */.rd)(config).rules.map((a) => [a.rule.id, a.severity]));
}
async function explain(args, io) {
    const { values, positionals } = (0,cli_options/* parseOptions */.A)(args, { help: { type: 'boolean', short: 'h' }, config: { type: 'string' } }, 'explain');
    if (values.help) {
        io.stdout("Usage: stack-verdict explain RULE [--config PATH]\n\nPrints a rule's documentation, a custom rule's too, with its severity under the configuration.\n");
        return 0;
    }
    const id = positionals[0];
    if (!id)
        throw new check/* UsageError */.eb('explain needs a rule id; `stack-verdict rules` lists them');
    const { config } = await (0,config_location/* loadCliConfig */.X)(io.cwd, io.env, values.config);
    const level = ruleLevels(config).get(id) ?? 'off';
    const custom = config.customRules.find((r) => r.id === id);
    if (custom) {
        const from = config.origins?.get(`custom-rules.${id}`);
        io.stdout(`${custom.id} (${level}; a custom rule${from ? ` of ${oneLine(from)}` : ''})\n\n${oneLine(custom.description)}\n${custom.link ? `\nMore: ${oneLine(custom.link)}\n` : ''}`);
        return 0;
    }
    const rule = (0,rules/* findRule */.I)(id);
    if (!rule) {
        throw new check/* UsageError */.eb(`no rule "${id}".${(0,suggest/* didYouMean */.au)(id, [...rules/* RULES */.y, ...config.customRules].map((r) => r.id))}`);
    }
    const indent = (s) => s.trimEnd().replace(/^/gm, '    ');
    const shown = level === rule.severity ? rule.severity : `${level}; default ${rule.severity}`;
    io.stdout(`${rule.id} (${shown})\n\n${rule.description}\n\nWhy\n${indent(rule.docs.why)}\n\nFix\n${indent(rule.docs.fix)}\n\nFires on\n${indent(rule.docs.fires)}\n\nDoes not fire on\n${indent(rule.docs.passes)}\n`);
    return 0;
}
/** Text from a configuration on one line, without control characters. */
function oneLine(text) {
    return (0,render_escape/* stripControl */.kU)(text).replace(/\s+/g, ' ');
}
function oneOf(flag, value, allowed) {
    if (value !== undefined && allowed.includes(value))
        return value;
    throw new check/* UsageError */.eb(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
}
function useColor(io) {
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')
        return false;
    if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0')
        return true;
    return io.isTTY && io.env.TERM !== 'dumb';
}


/***/ }),

/***/ 776:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseOptions)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2085);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6418);



/**
 * parseArgs with a linter's manners: `-f=json` as well as `--format=json`, and an unknown
 * option answered with the closest known one.
 */
function parseOptions(args, options, command) {
    const end = args.indexOf('--');
    const normalized = args.flatMap((a, i) => {
        const short = end !== -1 && i > end ? null : /^-([a-zA-Z])=(.*)$/s.exec(a);
        return short ? [`-${short[1]}`, short[2]] : [a];
    });
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: normalized, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        const code = err.code;
        const option = /Unknown option '([^']+)'/.exec(err.message)?.[1];
        if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) {
            const names = Object.entries(options).flatMap(([long, o]) => [
                `--${long}`,
                ...(o.short ? [`-${o.short}`] : []),
            ]);
            const bare = option.replace(/=.*$/s, '');
            throw new _check_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`unknown option "${bare}" for ${command}.${(0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(bare, names)} See stack-verdict ${command} --help`);
        }
        throw err;
    }
}


/***/ }),

/***/ 1992:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  YK: () => (/* binding */ AUTO_MIN_CORES),
  tm: () => (/* binding */ AUTO_MIN_FILES),
  Eu: () => (/* binding */ MAX_JOBS),
  i_: () => (/* binding */ WORKER_ARG),
  BU: () => (/* binding */ isWorkerInput),
  Ty: () => (/* binding */ judgeAll),
  WY: () => (/* binding */ runWorker)
});

// UNUSED EXPORTS: autoJobs, readAheadPays, threads

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: ./src/config/index.ts + 1 modules
var src_config = __nccwpck_require__(2854);
// EXTERNAL MODULE: ./src/cli/check.ts
var check = __nccwpck_require__(6418);
// EXTERNAL MODULE: ./src/cli/read-ahead.ts
var read_ahead = __nccwpck_require__(9652);
// EXTERNAL MODULE: ./src/io/heap.ts + 1 modules
var heap = __nccwpck_require__(5814);
;// CONCATENATED MODULE: ./src/cli/parallel.ts
// Judging many proposals on several threads. Parsing YAML is most of the work and each file
// is independent, so the files are shared out in small batches through one atomic counter:
// every thread, the main one included, takes the next batch until none is left. The
// results go back in file order, so the report is the same whatever the number of threads.





/**
 * `--jobs auto` starts workers from this many files (on AUTO_MIN_CORES cores or more). A worker
 * loads the engine and warms up its JIT on its own (~200 ms), and sends its results back to be
 * copied: below ~4,000 files one thread was faster (docs/benchmarks.md).
 */
const AUTO_MIN_FILES = 4000;
/** The most threads --jobs may ask for: each loads the whole engine. */
const MAX_JOBS = 64;
/** With an explicit `--jobs N`, each thread gets at least this many files. */
const MIN_FILES_PER_THREAD = 100;
/** Files taken at a time: small enough to balance the threads, large enough to rarely meet. */
const BATCH = 16;
/** More threads than this gain little and cost memory (each loads the whole engine). */
const MAX_AUTO_JOBS = 4;
const MARK = 'stack-verdict/check-worker';
/** In a worker's argv: tells src/cli/index.ts to load node:worker_threads and look. */
const WORKER_ARG = '--stack-verdict-worker';
const STATE_WAITING = 0;
const STATE_WORKING = 1;
const STATE_CANCELLED = 2;
/**
 * Up to this many cores `--jobs auto` keeps one thread. V8's own threads (the garbage
 * collector's helpers, the optimising compiler) already use about a third of a second core
 * while one thread judges; a second judging thread then competes with them, and on two cores
 * 10,000 proposals took longer with it than without (1.99 vs 1.76 s; docs/benchmarks.md).
 */
const AUTO_MIN_CORES = 3;
/** `--jobs auto`: one thread per core, at most MAX_AUTO_JOBS; one below AUTO_MIN_CORES cores. */
function autoJobs(cores = (0,external_node_os_namespaceObject.availableParallelism)()) {
    return cores < AUTO_MIN_CORES ? 1 : Math.min(cores, MAX_AUTO_JOBS);
}
function isWorkerInput(data) {
    return typeof data === 'object' && data !== null && data.mark === MARK;
}
/**
 * Every file's result, in file order. A worker that has not begun when the main thread runs
 * out of files is stopped, and any batch a failed worker took is judged again here, so a
 * worker can cost time but never a result.
 */
async function judgeAll(cwd, files, options, maxBytes, parallel) {
    const results = new Array(files.length);
    const workers = parallel ? threads(parallel.jobs, files.length) - 1 : 0;
    // Decided on this thread's heap alone (the flag is process-wide: workers follow it).
    const checkGrowth = (0,heap/* growYoungGeneration */.mC)();
    // `read`: the file as the read-ahead thread read it, when it did.
    const judge = (i, read) => {
        if ((i & 15) === 0)
            checkGrowth();
        return read
            ? (0,check/* judgeRead */.Oi)(cwd, files[i], read, options)
            : (0,check/* judgeOne */.yG)(cwd, files[i], options, maxBytes);
    };
    if (!parallel || workers < 1) {
        const ahead = parallel?.jobs === 'auto' && parallel.readerUrl && readAheadPays(files.length)
            ? await (0,read_ahead/* startReadAhead */.I9)(parallel.readerUrl, cwd, files, maxBytes)
            : undefined;
        if (!ahead)
            return files.map((_, i) => judge(i));
        try {
            return files.map((_, i) => judge(i, ahead.take(i)));
        }
        finally {
            ahead.stop();
        }
    }
    const shared = new Int32Array(new SharedArrayBuffer(4 * (1 + workers)));
    const { Worker } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23));
    const finished = Array.from({ length: workers }, (_, index) => startWorker(Worker, parallel.workerUrl, {
        mark: MARK,
        cwd,
        configPath: parallel.configPath,
        ...(parallel.configRoot !== undefined ? { configRoot: parallel.configRoot } : {}),
        ...(parallel.remoteTexts ? { remoteTexts: parallel.remoteTexts } : {}),
        today: parallel.today,
        assumeApproved: parallel.assumeApproved === true,
        maxBytes,
        files,
        shared,
        index,
    }));
    takeBatches(shared, files.length, (i) => {
        results[i] = judge(i);
    });
    for (let i = 0; i < workers; i++) {
        // A worker still loading has taken nothing: stop it rather than wait for it.
        if (Atomics.compareExchange(shared, 1 + i, STATE_WAITING, STATE_CANCELLED) === STATE_WAITING) {
            finished[i].cancel();
        }
    }
    for (const { results: done } of await Promise.all(finished.map((w) => w.done))) {
        for (const [i, result] of done)
            results[i] = result;
    }
    // Array.from, not map: map skips the holes that lost batches leave.
    return Array.from(results, (r, i) => r ?? (0,check/* judgeOne */.yG)(cwd, files[i], options, maxBytes));
}
/**
 * Whether one judging thread gets a read-ahead thread (read-ahead.ts): from
 * READ_AHEAD_MIN_FILES files, on two cores or more.
 */
function readAheadPays(count, cores = (0,external_node_os_namespaceObject.availableParallelism)()) {
    return count >= read_ahead/* READ_AHEAD_MIN_FILES */.Eh && cores >= 2;
}
/** How many threads judge `count` files. */
function threads(jobs, count) {
    if (jobs === 'auto')
        return count >= AUTO_MIN_FILES ? autoJobs() : 1;
    return Math.max(1, Math.min(jobs, Math.floor(count / MIN_FILES_PER_THREAD)));
}
function takeBatches(shared, count, judge) {
    for (;;) {
        const start = Atomics.add(shared, 0, BATCH);
        if (start >= count)
            return;
        for (let i = start; i < Math.min(start + BATCH, count); i++)
            judge(i);
    }
}
function startWorker(Worker, url, input) {
    const worker = new Worker(url, {
        workerData: input,
        argv: [WORKER_ARG],
        stdout: true,
        stderr: true,
    });
    const done = new Promise((resolve) => {
        let output = { results: [] };
        worker.on('message', (message) => (output = message));
        // Whatever happened to the worker, what it did not send back is judged again.
        worker.on('error', () => resolve({ results: [] }));
        worker.on('exit', () => resolve(output));
    });
    return { done, cancel: () => void worker.terminate() };
}
/** A worker's whole life: claim its start, build the engine, take batches, send results. */
async function runWorker(input, post) {
    const slot = 1 + input.index;
    // Other repositories' files were read once by the main thread: no worker goes to the network.
    const texts = input.remoteTexts ?? {};
    const config = await (0,src_config/* loadConfig */.Z9)(input.configRoot ?? input.cwd, input.configPath, {
        remote: async (t) => {
            const name = `${t.owner}/${t.repo}/${t.path}@${t.ref}`;
            return name in texts
                ? { ok: true, text: texts[name] }
                : { ok: false, message: 'not read by the main thread' };
        },
    });
    const options = (0,src_config/* engineOptionsFromConfig */.rd)(config, {
        today: input.today,
        approvals: { kind: input.assumeApproved ? 'assumed' : 'unseen' },
    });
    if (Atomics.compareExchange(input.shared, slot, STATE_WAITING, STATE_WORKING) !== STATE_WAITING) {
        return; // The main thread finished first.
    }
    const results = [];
    takeBatches(input.shared, input.files.length, (i) => {
        results.push([i, (0,check/* judgeOne */.yG)(input.cwd, input.files[i], options, input.maxBytes)]);
    });
    post({ results });
}


/***/ }),

/***/ 4693:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PORTFOLIO_HELP: () => (/* binding */ PORTFOLIO_HELP),
  portfolioCommand: () => (/* binding */ portfolioCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/config/index.ts + 1 modules
var src_config = __nccwpck_require__(2854);
// EXTERNAL MODULE: ./src/core/engine.ts
var engine = __nccwpck_require__(3805);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __nccwpck_require__(2721);
// EXTERNAL MODULE: ./src/core/verdict.ts
var verdict = __nccwpck_require__(9478);
;// CONCATENATED MODULE: ./src/core/portfolio.ts
// The portfolio: every service decision of a repository at a glance (issue 16). Built from a
// run's report alone, so the CLI, the Action and a report from elsewhere all give one page.



const PORTFOLIO_VERSION = 1;
const DEFAULT_WARNING_DAYS = 30;
const VERDICTS = ['approved', 'approved-with-warnings', 'changes-requested'];
function buildPortfolio(report, options) {
    const warningDays = options.warningDays ?? DEFAULT_WARNING_DAYS;
    const proposals = report.proposals;
    const languages = new Map();
    for (const p of proposals) {
        const language = p.language ?? '(none)';
        let row = languages.get(language);
        if (!row) {
            row = { language, proposals: 0, approved: 0, approvedWithWarnings: 0, changesRequested: 0 };
            languages.set(language, row);
        }
        row.proposals++;
        if (p.verdict === 'approved')
            row.approved++;
        else if (p.verdict === 'approved-with-warnings')
            row.approvedWithWarnings++;
        else
            row.changesRequested++;
    }
    const byLanguage = [...languages.values()].sort((a, b) => b.proposals - a.proposals || (0,verdict/* compareText */.n6)(a.language, b.language));
    const costs = proposals.flatMap((p) => p.costs && hasAnyCost(p.costs) ? [{ file: p.file, service: p.service, costs: p.costs }] : []);
    return {
        version: PORTFOLIO_VERSION,
        policy: report.policy ?? policy/* POLICY_VERSION */.K,
        date: options.today,
        warningDays,
        verdict: report.verdict,
        proposals: proposals.length,
        byLanguage,
        byStatus: tally(proposals.map((p) => p.status)),
        byVerdict: tally(proposals.map((p) => p.verdict)).sort((a, b) => VERDICTS.indexOf(a.value) -
            VERDICTS.indexOf(b.value)),
        mismatches: proposals.flatMap(mismatch),
        waivers: proposals
            .flatMap((p) => waiversOf(p, options.today, warningDays))
            .sort(compareWaivers),
        remeasure: findingsOf(proposals, 'gc-remeasure-on-go-1-26'),
        leakUnchecked: findingsOf(proposals, 'goroutine-leak-check'),
        costs,
        costTotals: sumCosts(costs),
    };
}
function tally(values) {
    const counts = new Map();
    for (const v of values)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts]
        .map(([value, proposals]) => ({ value, proposals }))
        .sort((a, b) => b.proposals - a.proposals || (0,verdict/* compareText */.n6)(a.value, b.value));
}
/** A proposal whose language is go or rust and differs from the recommendation. */
function mismatch(p) {
    if (p.recommended === null || (p.language !== 'go' && p.language !== 'rust'))
        return [];
    if (p.language === p.recommended)
        return [];
    return [
        {
            file: p.file,
            service: p.service,
            language: p.language,
            recommended: p.recommended,
            justifications: [...p.justifications],
        },
    ];
}
function waiversOf(p, today, warningDays) {
    return (p.waivers ?? []).map((w) => {
        const daysLeft = w.expires ? (0,engine/* daysBetween */.YM)(today, w.expires) : null;
        let state = w.state;
        if (w.state !== 'unused' && daysLeft !== null) {
            if (daysLeft < 0)
                state = 'expired';
            else if (daysLeft <= warningDays)
                state = 'expiring';
        }
        return {
            file: p.file,
            service: p.service,
            rule: w.rule,
            reason: w.reason,
            approvedBy: w.approvedBy ?? null,
            expires: w.expires ?? null,
            daysLeft,
            state,
        };
    });
}
const WAIVER_ORDER = {
    expiring: 0,
    expired: 1,
    active: 2,
    unused: 3,
};
/** Expiring first (soonest first), then expired, then the rest; ties by file and rule. */
function compareWaivers(a, b) {
    return (WAIVER_ORDER[a.state] - WAIVER_ORDER[b.state] ||
        (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) ||
        (0,verdict/* compareText */.n6)(a.file, b.file) ||
        (0,verdict/* compareText */.n6)(a.rule, b.rule));
}
function findingsOf(proposals, rule) {
    return proposals.flatMap((p) => p.findings
        .filter((f) => f.rule === rule)
        .map((f) => ({ file: p.file, service: p.service, line: f.line, message: f.message })));
}
function hasAnyCost(c) {
    return (c.premiumPerYear !== null ||
        c.onboardingEngineerMonths !== null ||
        c.rampEngineerMonthsPerYear !== null ||
        c.ciMinutesPerDay !== null);
}
function sumCosts(rows) {
    const totals = {
        proposals: rows.length,
        premiumPerYear: [0, 0],
        onboardingEngineerMonths: [0, 0],
        rampEngineerMonthsPerYear: [0, 0],
        ciMinutesPerDay: 0,
    };
    const add = (into, v) => {
        if (v) {
            into[0] += v[0];
            into[1] += v[1];
        }
    };
    for (const { costs } of rows) {
        add(totals.premiumPerYear, costs.premiumPerYear);
        add(totals.onboardingEngineerMonths, costs.onboardingEngineerMonths);
        add(totals.rampEngineerMonthsPerYear, costs.rampEngineerMonthsPerYear);
        totals.ciMinutesPerDay += costs.ciMinutesPerDay ?? 0;
    }
    // Sums of one-decimal figures drift (0.1 + 0.2): keep what the rules would show.
    const tidy = (n) => Math.round(n * 1000) / 1000;
    totals.rampEngineerMonthsPerYear = [
        tidy(totals.rampEngineerMonthsPerYear[0]),
        tidy(totals.rampEngineerMonthsPerYear[1]),
    ];
    totals.ciMinutesPerDay = tidy(totals.ciMinutesPerDay);
    return totals;
}

// EXTERNAL MODULE: ./src/core/format.ts
var format = __nccwpck_require__(6228);
// EXTERNAL MODULE: ./src/core/render/escape.ts
var render_escape = __nccwpck_require__(6745);
// EXTERNAL MODULE: ./src/core/render/labels.ts
var labels = __nccwpck_require__(9141);
;// CONCATENATED MODULE: ./src/core/render/portfolio-markdown.ts



const DEFAULT_PORTFOLIO_TITLE = 'Architecture decisions';
/** GitHub's limit for an issue body, less room for the marker. */
const ISSUE_BODY_LIMIT = 65_000;
const MAX_NAME = 120;
const MAX_REASON = 300;
const MAX_MESSAGE = 600;
/** Rows per list tried in turn until the page fits; Infinity lists everything. */
const ROW_STEPS = [Infinity, 200, 50, 20, 5, 0];
/** The portfolio page in GitHub Markdown, cut by rows (never mid-row) to `maxLength`. */
function renderPortfolioMarkdown(portfolio, options = {}) {
    const limit = options.maxLength ?? Infinity;
    let page = '';
    for (const rows of ROW_STEPS) {
        page = render(portfolio, options, rows);
        if (page.length <= limit)
            return page;
    }
    // Even the summary alone is too long (thousands of languages): cut at a line.
    const cut = page.lastIndexOf('\n', limit - 2);
    return `${page.slice(0, Math.max(0, cut))}\n`;
}
function render(p, options, maxRows) {
    const out = [];
    if (options.marker)
        out.push(options.marker);
    out.push(`# ${(0,render_escape/* escapeMarkdown */.FV)((0,render_escape/* clipText */.gL)(options.title ?? DEFAULT_PORTFOLIO_TITLE, MAX_NAME))}`, '');
    out.push(`**${(0,format/* plural */.LS)(p.proposals, 'proposal')}** judged on ${p.date} by Stack Verdict's default policy ${(0,render_escape/* escapeMarkdown */.FV)(p.policy)}. ` +
        `Overall: ${labels/* VERDICT_ICON */.YY[p.verdict]} ${labels/* VERDICT_LABEL */.j[p.verdict]}.`, '');
    let cut = 0;
    const list = (items) => {
        if (items.length > maxRows)
            cut += items.length - maxRows;
        return items.slice(0, maxRows);
    };
    out.push('## By language', '');
    out.push('| Language | Proposals | \u2705 Approved | \u26a0\ufe0f With warnings | \u274c Changes requested |', '| --- | ---: | ---: | ---: | ---: |');
    for (const r of p.byLanguage) {
        out.push(`| ${code(r.language)} | ${r.proposals} | ${r.approved} | ${r.approvedWithWarnings} | ${r.changesRequested} |`);
    }
    out.push('');
    if (p.byLanguage.length > 0)
        out.push(...mermaidPie(p), '');
    out.push('## By status and verdict', '');
    out.push('| Status | Proposals |', '| --- | ---: |');
    for (const t of p.byStatus)
        out.push(`| ${code(t.value)} | ${t.proposals} |`);
    out.push('', '| Verdict | Proposals |', '| --- | ---: |');
    for (const t of p.byVerdict) {
        const v = t.value;
        out.push(`| ${labels/* VERDICT_ICON */.YY[v] ?? ''} ${labels/* VERDICT_LABEL */.j[v] ?? (0,render_escape/* escapeMarkdown */.FV)(t.value)} | ${t.proposals} |`);
    }
    out.push('');
    out.push(`## Language differs from the recommendation (${p.mismatches.length})`, '');
    if (p.mismatches.length === 0)
        out.push('Every Go or Rust proposal chose what the policy recommends.');
    else {
        out.push('| Proposal | Chose | Recommended | Why |', '| --- | --- | --- | --- |');
        for (const m of list(p.mismatches)) {
            const why = m.justifications.length
                ? `Rust justifications: ${m.justifications.map(code).join(', ')}`
                : 'no Rust justification holds';
            out.push(`| ${proposal(m)} | ${code(m.language)} | ${code(m.recommended)} | ${why} |`);
        }
    }
    out.push('');
    const expiring = p.waivers.filter((w) => w.state === 'expiring').length;
    const expired = p.waivers.filter((w) => w.state === 'expired').length;
    out.push(`## Waivers (${p.waivers.length}: ${expiring} expiring within ${(0,format/* plural */.LS)(p.warningDays, 'day')}, ${expired} expired)`, '');
    if (p.waivers.length === 0)
        out.push('No proposal waives a finding.');
    else {
        out.push('| Proposal | Rule | Reason | Approved by | Expires | State |', '| --- | --- | --- | --- | --- | --- |');
        for (const w of list(p.waivers)) {
            out.push(`| ${proposal(w)} | ${code(w.rule)} | ${portfolio_markdown_text(w.reason, MAX_REASON)} | ${w.approvedBy ? portfolio_markdown_text(w.approvedBy, MAX_NAME) : '\u2014'} | ${w.expires ?? '\u2014'} | ${waiverState(w)} |`);
        }
    }
    out.push('');
    out.push('## Measurements to revisit', '');
    out.push(`### Measured on Go older than 1.26 (${p.remeasure.length})`, '');
    if (p.remeasure.length === 0)
        out.push('None.');
    for (const m of list(p.remeasure))
        out.push(`- ${proposal(m)}, line ${m.line}: ${message(m.message)}`);
    out.push('', `### Growing memory not yet leak-checked (${p.leakUnchecked.length})`, '');
    if (p.leakUnchecked.length === 0)
        out.push('None.');
    for (const m of list(p.leakUnchecked))
        out.push(`- ${proposal(m)}, line ${m.line}: ${message(m.message)}`);
    out.push('');
    out.push('## The cost of the Rust choices', '');
    if (p.costs.length === 0)
        out.push('No Rust proposal gives the figures to compute a cost.');
    else {
        out.push('| Proposal | Pay premium a year | Onboarding (engineer-months) | Ramp from attrition (engineer-months a year) | Extra CI minutes a day |', '| --- | ---: | ---: | ---: | ---: |');
        for (const c of list(p.costs))
            out.push(`| ${proposal(c)} | ${costCells(c.costs)} |`);
        const t = p.costTotals;
        out.push(`| **Total, ${(0,format/* plural */.LS)(t.proposals, 'Rust proposal')}** | **${(0,format/* usdRange */.iQ)(t.premiumPerYear)}** | **${(0,format/* range */.y1)(t.onboardingEngineerMonths)}** | **${(0,format/* range */.y1)(t.rampEngineerMonthsPerYear)}** | **${(0,format/* formatNumber */.ZV)(t.ciMinutesPerDay)}** |`);
    }
    out.push('');
    if (cut > 0) {
        const where = options.fullPageHint ? ` ${options.fullPageHint}` : '';
        out.push(`> [!NOTE]\n> ${(0,format/* plural */.LS)(cut, 'row')} left out to stay within GitHub's limits.${where}`, '');
    }
    return out.join('\n');
}
/** A pie of proposals by language. Labels are reduced to safe characters: Mermaid parses them. */
function mermaidPie(p) {
    const lines = ['```mermaid', 'pie showData title Proposals by language'];
    for (const r of p.byLanguage)
        lines.push(`    "${mermaidLabel(r.language)}" : ${r.proposals}`);
    lines.push('```');
    return lines;
}
function mermaidLabel(value) {
    const safe = value
        .replace(/[^A-Za-z0-9+#._ -]/g, '')
        .slice(0, 40)
        .trim();
    return safe || 'other';
}
function proposal(x) {
    const name = x.service ? `${portfolio_markdown_text(x.service, MAX_NAME)} ` : '';
    return `${name}(${code((0,render_escape/* clipText */.gL)(x.file, 300))})`;
}
function waiverState(w) {
    if (w.state === 'expired')
        return `\u26d4 expired ${(0,format/* plural */.LS)(-(w.daysLeft ?? 0), 'day')} ago`;
    if (w.state === 'expiring')
        return `\u23f3 expires in ${(0,format/* plural */.LS)(w.daysLeft ?? 0, 'day')}`;
    if (w.state === 'unused')
        return 'unused (waives nothing)';
    return 'active';
}
function costCells(c) {
    return [
        c.premiumPerYear ? (0,format/* usdRange */.iQ)(c.premiumPerYear) : '\u2014',
        c.onboardingEngineerMonths ? (0,format/* range */.y1)(c.onboardingEngineerMonths) : '\u2014',
        c.rampEngineerMonthsPerYear ? (0,format/* range */.y1)(c.rampEngineerMonthsPerYear) : '\u2014',
        c.ciMinutesPerDay !== null ? (0,format/* formatNumber */.ZV)(c.ciMinutesPerDay) : '\u2014',
    ].join(' | ');
}
function code(value) {
    return `<code>${(0,render_escape/* escapeCode */.tn)((0,render_escape/* clipText */.gL)(value, MAX_NAME))}</code>`;
}
function portfolio_markdown_text(value, max) {
    return (0,render_escape/* escapeMarkdown */.FV)((0,render_escape/* clipText */.gL)(value, max));
}
function message(value) {
    return (0,render_escape/* messageToMarkdown */.UT)((0,render_escape/* clipText */.gL)(value, MAX_MESSAGE));
}

;// CONCATENATED MODULE: ./src/core/render/portfolio-html.ts




// One self-contained file for teams that publish the portfolio (e.g. to Pages): no script, no
// request, every piece of proposal text escaped, and a policy that forbids anything else.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
const STYLE = `
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; }
h1 { font-size: 1.8rem; margin-bottom: .25rem; } h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; margin-top: 2rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; } th, td { border: 1px solid #d0d7de; padding: .3rem .7rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.n { text-align: right; font-variant-numeric: tabular-nums; } code { background: #eff1f3; padding: .1em .3em; border-radius: 4px; }
.expired { color: #cf222e; font-weight: 600; } .expiring { color: #9a6700; font-weight: 600; } svg text { font: 12px sans-serif; fill: #1f2328; }
`;
/** The same content as the Markdown page, with the languages as an inline SVG bar chart. */
function renderPortfolioHtml(portfolio, title = DEFAULT_PORTFOLIO_TITLE) {
    const p = portfolio;
    const out = [];
    out.push('<!doctype html>', '<html lang="en"><head><meta charset="utf-8">', `<meta http-equiv="Content-Security-Policy" content="${CSP}">`, `<title>${h(title)}</title><style>${STYLE}</style></head><body>`, `<h1>${h(title)}</h1>`, `<p><strong>${(0,format/* plural */.LS)(p.proposals, 'proposal')}</strong> judged on ${h(p.date)} by Stack Verdict's default policy ${h(p.policy)}. Overall: ${h(labels/* VERDICT_LABEL */.j[p.verdict])}.</p>`);
    out.push('<h2>By language</h2>', chart(p));
    out.push(table(['Language', 'Proposals', 'Approved', 'With warnings', 'Changes requested'], p.byLanguage.map((r) => [
        c(r.language),
        n(r.proposals),
        n(r.approved),
        n(r.approvedWithWarnings),
        n(r.changesRequested),
    ])));
    out.push('<h2>By status and verdict</h2>');
    out.push(table(['Status', 'Proposals'], p.byStatus.map((t) => [c(t.value), n(t.proposals)])));
    out.push(table(['Verdict', 'Proposals'], p.byVerdict.map((t) => [
        h(labels/* VERDICT_LABEL */.j[t.value] ?? t.value),
        n(t.proposals),
    ])));
    out.push(`<h2>Language differs from the recommendation (${p.mismatches.length})</h2>`);
    out.push(p.mismatches.length === 0
        ? '<p>Every Go or Rust proposal chose what the policy recommends.</p>'
        : table(['Proposal', 'Chose', 'Recommended', 'Why'], p.mismatches.map((m) => [
            portfolio_html_proposal(m),
            c(m.language),
            c(m.recommended),
            m.justifications.length
                ? `Rust justifications: ${m.justifications.map(c).join(', ')}`
                : 'no Rust justification holds',
        ])));
    const expiring = p.waivers.filter((w) => w.state === 'expiring').length;
    const expired = p.waivers.filter((w) => w.state === 'expired').length;
    out.push(`<h2>Waivers (${p.waivers.length}: ${expiring} expiring within ${(0,format/* plural */.LS)(p.warningDays, 'day')}, ${expired} expired)</h2>`);
    out.push(p.waivers.length === 0
        ? '<p>No proposal waives a finding.</p>'
        : table(['Proposal', 'Rule', 'Reason', 'Approved by', 'Expires', 'State'], p.waivers.map((w) => [
            portfolio_html_proposal(w),
            c(w.rule),
            h((0,render_escape/* clipText */.gL)(w.reason, 300)),
            w.approvedBy ? h((0,render_escape/* clipText */.gL)(w.approvedBy, 120)) : '\u2014',
            h(w.expires ?? '\u2014'),
            portfolio_html_waiverState(w),
        ])));
    out.push('<h2>Measurements to revisit</h2>');
    out.push(`<h3>Measured on Go older than 1.26 (${p.remeasure.length})</h3>`, items(p.remeasure));
    out.push(`<h3>Growing memory not yet leak-checked (${p.leakUnchecked.length})</h3>`, items(p.leakUnchecked));
    out.push('<h2>The cost of the Rust choices</h2>');
    if (p.costs.length === 0)
        out.push('<p>No Rust proposal gives the figures to compute a cost.</p>');
    else {
        const t = p.costTotals;
        out.push(table([
            'Proposal',
            'Pay premium a year',
            'Onboarding (engineer-months)',
            'Ramp from attrition (engineer-months a year)',
            'Extra CI minutes a day',
        ], [
            ...p.costs.map((row) => [portfolio_html_proposal(row), ...portfolio_html_costCells(row.costs)]),
            [
                `<strong>Total, ${(0,format/* plural */.LS)(t.proposals, 'Rust proposal')}</strong>`,
                n((0,format/* usdRange */.iQ)(t.premiumPerYear)),
                n((0,format/* range */.y1)(t.onboardingEngineerMonths)),
                n((0,format/* range */.y1)(t.rampEngineerMonthsPerYear)),
                n((0,format/* formatNumber */.ZV)(t.ciMinutesPerDay)),
            ],
        ]));
    }
    out.push('</body></html>', '');
    return out.join('\n');
}
/** Horizontal bars, one per language, drawn to scale with the count beside each. */
function chart(p) {
    const rows = p.byLanguage;
    if (rows.length === 0)
        return '<p>No proposals.</p>';
    const max = Math.max(...rows.map((r) => r.proposals));
    const barArea = 400;
    const rowHeight = 24;
    const label = 140;
    const height = rows.length * rowHeight + 8;
    const bars = rows.map((r, i) => {
        const y = 4 + i * rowHeight;
        const w = Math.max(2, Math.round((r.proposals / max) * barArea));
        return (`<g class="bar"><text x="${label - 8}" y="${y + 16}" text-anchor="end">${h((0,render_escape/* clipText */.gL)(r.language, 20))}</text>` +
            `<rect x="${label}" y="${y + 3}" width="${w}" height="${rowHeight - 6}" fill="#0969da"><title>${h((0,render_escape/* clipText */.gL)(r.language, 120))}: ${r.proposals}</title></rect>` +
            `<text x="${label + w + 6}" y="${y + 16}">${r.proposals}</text></g>`);
    });
    return (`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Proposals by language" width="${label + barArea + 60}" height="${height}" viewBox="0 0 ${label + barArea + 60} ${height}">` +
        `${bars.join('')}</svg>`);
}
function table(head, rows) {
    const th = head.map((x) => `<th>${h(x)}</th>`).join('');
    const body = rows.map((r) => `<tr>${r.map((cell) => (cell.startsWith('<td') ? cell : `<td>${cell}</td>`)).join('')}</tr>`);
    return `<table><thead><tr>${th}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}
function items(list) {
    if (list.length === 0)
        return '<p>None.</p>';
    return `<ul>${list.map((m) => `<li>${portfolio_html_proposal(m)}, line ${m.line}: ${h((0,render_escape/* clipText */.gL)(m.message, 600))}</li>`).join('')}</ul>`;
}
function portfolio_html_waiverState(w) {
    if (w.state === 'expired')
        return `<span class="expired">expired ${(0,format/* plural */.LS)(-(w.daysLeft ?? 0), 'day')} ago</span>`;
    if (w.state === 'expiring')
        return `<span class="expiring">expires in ${(0,format/* plural */.LS)(w.daysLeft ?? 0, 'day')}</span>`;
    return w.state === 'unused' ? 'unused (waives nothing)' : 'active';
}
function portfolio_html_costCells(costs) {
    return [
        n(costs.premiumPerYear ? (0,format/* usdRange */.iQ)(costs.premiumPerYear) : '\u2014'),
        n(costs.onboardingEngineerMonths ? (0,format/* range */.y1)(costs.onboardingEngineerMonths) : '\u2014'),
        n(costs.rampEngineerMonthsPerYear ? (0,format/* range */.y1)(costs.rampEngineerMonthsPerYear) : '\u2014'),
        n(costs.ciMinutesPerDay !== null ? (0,format/* formatNumber */.ZV)(costs.ciMinutesPerDay) : '\u2014'),
    ];
}
function portfolio_html_proposal(x) {
    const name = x.service ? `${h((0,render_escape/* clipText */.gL)(x.service, 120))} ` : '';
    return `${name}(${c((0,render_escape/* clipText */.gL)(x.file, 300))})`;
}
function n(value) {
    return `<td class="n">${h(String(value))}</td>`;
}
function c(value) {
    return `<code>${h((0,render_escape/* clipText */.gL)(value, 120))}</code>`;
}
/** HTML text and attribute values: proposal text is data, never markup. */
function h(value) {
    return String(value).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]);
}

// EXTERNAL MODULE: ./src/cli/check.ts
var check = __nccwpck_require__(6418);
// EXTERNAL MODULE: ./src/cli/parallel.ts + 1 modules
var cli_parallel = __nccwpck_require__(1992);
;// CONCATENATED MODULE: ./src/cli/portfolio.ts








const PORTFOLIO_HELP = `Usage: stack-verdict portfolio [PATH|GLOB ...] [options]

Judges every proposal (the configuration's \`files\` globs, or the paths given) and prints one
page: counts by language, status and verdict, proposals whose language differs from the
recommendation, every waiver (expiring ones first), measurements to revisit, and the summed
cost of the Rust choices.

Options:
  -f, --format FORMAT     markdown (default), json or html (one self-contained file)
      --config PATH       the team's configuration (default: .github/stack-verdict.yml)
  -h, --help              show this help

Exit status: 0 the page was written, 2 usage, configuration or I/O error. The page reports
verdicts; it does not gate (use \`check\` for that).
`;
const FORMATS = ['markdown', 'json', 'html'];
async function portfolioCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: [...args],
        allowPositionals: true,
        options: {
            format: { type: 'string', short: 'f', default: 'markdown' },
            config: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        io.stdout(PORTFOLIO_HELP);
        return 0;
    }
    const format = values.format;
    if (!FORMATS.includes(format)) {
        throw new check/* UsageError */.eb(`--format must be one of ${FORMATS.join(', ')}; got "${values.format}"`);
    }
    if (values.config === '')
        throw new check/* UsageError */.eb('--config needs the path of a configuration file');
    const config = await (0,src_config/* loadConfig */.Z9)(io.cwd, values.config);
    const files = await (0,check/* resolveTargets */.h5)(io.cwd, positionals, config.files);
    const today = (0,engine/* utcToday */.wc)();
    const options = (0,src_config/* engineOptionsFromConfig */.rd)(config, { today });
    const parallel = io.workerUrl
        ? {
            jobs: 'auto',
            workerUrl: io.workerUrl,
            ...(io.readerUrl ? { readerUrl: io.readerUrl } : {}),
            configPath: values.config,
            today,
        }
        : undefined;
    const results = await (0,cli_parallel/* judgeAll */.Ty)(io.cwd, files, options, config.maxBytes, parallel);
    const portfolio = buildPortfolio((0,engine/* buildReport */.FK)(results, 'never'), { today });
    if (format === 'json')
        io.stdout(`${JSON.stringify(portfolio, null, 2)}\n`);
    else if (format === 'html')
        io.stdout(renderPortfolioHtml(portfolio));
    else
        io.stdout(renderPortfolioMarkdown(portfolio));
    return 0;
}


/***/ }),

/***/ 9652:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ READ_AHEAD_MIN_FILES),
/* harmony export */   I9: () => (/* binding */ startReadAhead)
/* harmony export */ });
/* unused harmony exports MAX_LEAD, isReaderInput, runReader */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _io_files_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3920);
// A thread that reads proposals ahead of the one judging them, when one thread judges a large
// check on a machine of two cores or more. On two cores the CLI judges on one thread
// (parallel.ts, AUTO_MIN_CORES): a second judging thread competed with V8's own helpers and
// lost. Opening, reading and decoding the files is light work for the second core and about
// an eighth of the judging thread's. The reader runs a script of its own (reader.ts, bundled
// as dist/cli/reader.js: ~27 KB, where the CLI's is ~1 MB). The main thread takes what it
// sent with receiveMessageOnPort (synchronous, no turn of the event loop). The reader hands
// over only the texts it read, with the main thread's own checks (readForCheck); every file
// it did not hand over (refused, unreadable, large, or not read in time) the main thread
// reads itself. The reader can cost time, never change a result.


/**
 * Read-ahead from this many files. The thread sends its first files 100-150 ms after it is
 * started; on 1,000 files it saved nothing (471 vs 475 ms, 15 alternated runs), on 4,000 about 7%.
 */
const READ_AHEAD_MIN_FILES = 2000;
/** The most files read and not yet taken. */
const MAX_LEAD = 512;
/**
 * The longest text handed over: with MAX_LEAD, at most 32 Mi characters held at a time. A
 * proposal takes a few KB; a larger file (up to --max-bytes) the main thread reads itself.
 */
const MAX_HANDED_CHARS = (/* unused pure expression or super */ null && (64 * 1024));
/** Where the reader begins, past the main thread, which reads while the reader starts. */
const START_LEAD = 64;
/** Files a message: enough to make a message's own cost small, few enough to arrive early (a power of two). */
const BATCH = 32;
const MARK = 'stack-verdict/read-ahead';
/** shared[NEXT]: the file the main thread takes next; shared[DONE]: 1 once it takes no more. */
const NEXT = 0;
const DONE = 1;
function isReaderInput(data) {
    return typeof data === 'object' && data !== null && data.mark === MARK;
}
/** The reader thread: reads files in order, ahead of the main thread and never too far. */
function runReader(input) {
    const { files, shared, port } = input;
    let next = Atomics.load(shared, NEXT) + START_LEAD;
    let batch = { from: next, texts: [] };
    const flush = () => {
        if (batch.texts.length > 0)
            port.postMessage(batch);
        batch = { from: next, texts: [] };
    };
    while (next < files.length && Atomics.load(shared, DONE) === 0) {
        const taken = Atomics.load(shared, NEXT);
        if (next < taken) {
            // Behind the main thread: what it has passed is of no use; jump ahead of it again.
            next = taken + START_LEAD;
            flush();
            continue;
        }
        if (next - taken >= MAX_LEAD) {
            flush();
            Atomics.wait(shared, NEXT, taken, 100);
            continue;
        }
        let text;
        try {
            const read = readForCheck(input.cwd, files[next], input.maxBytes);
            if (read.ok && read.text.length <= MAX_HANDED_CHARS)
                text = read.text;
        }
        catch {
            text = undefined;
        }
        batch.texts.push(text);
        next++;
        if (batch.texts.length === BATCH)
            flush();
    }
    flush();
    // Closing the port, or ending the thread, may drop messages not yet taken: wait for stop().
    while (Atomics.load(shared, DONE) === 0)
        Atomics.wait(shared, DONE, 0, 1000);
}
/** `NODE_DEBUG=stack-verdict` prints how many files were read ahead. */
const debug = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.debuglog)('stack-verdict');
/**
 * Starts the reader on `files` with its script (`url`: dist/cli/reader.js, from reader.ts).
 * Call take(i) for i = 0, 1, 2\u2026 in order, then stop().
 */
async function startReadAhead(url, cwd, files, maxBytes) {
    const { Worker, MessageChannel, receiveMessageOnPort } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23));
    const shared = new Int32Array(new SharedArrayBuffer(8));
    const { port1, port2 } = new MessageChannel();
    const input = { mark: MARK, cwd, files, maxBytes, shared, port: port2 };
    let worker;
    try {
        worker = new Worker(url, {
            workerData: input,
            transferList: [port2],
            stdout: true,
            stderr: true,
        });
    }
    catch {
        port1.close();
        return undefined; // no thread to be had: the main thread reads everything itself
    }
    // Whatever happens to the reader later, the main thread reads on by itself.
    worker.on('error', () => undefined);
    worker.unref();
    port1.unref();
    const ready = [];
    let current = 0;
    let received = 0;
    let used = 0;
    const drain = () => {
        for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
            const { from, texts } = m.message;
            for (let k = 0; k < texts.length; k++) {
                if (texts[k] !== undefined)
                    received++;
                if (from + k >= current)
                    ready[from + k] = texts[k];
            }
        }
    };
    return {
        take(i) {
            current = i;
            Atomics.store(shared, NEXT, i);
            if ((i & (BATCH - 1)) === 0)
                Atomics.notify(shared, NEXT);
            let text = ready[i];
            if (text === undefined) {
                drain();
                text = ready[i];
            }
            if (text === undefined)
                return undefined;
            ready[i] = undefined;
            used++;
            return { ok: true, text };
        },
        received() {
            drain();
            return received;
        },
        stop() {
            if (!worker)
                return;
            debug('read-ahead: %d of %d files read on the reading thread', used, files.length);
            Atomics.store(shared, DONE, 1);
            Atomics.notify(shared, NEXT);
            Atomics.notify(shared, DONE);
            port1.close();
            void worker.terminate();
            worker = undefined;
        },
    };
}


/***/ }),

/***/ 4390:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xL: () => (/* binding */ ConfigError),
  Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
  sb: () => (/* binding */ defaultConfig),
  fc: () => (/* binding */ formatConfigProblem),
  o4: () => (/* binding */ parseConfig)
});

;// CONCATENATED MODULE: ./schema/config.schema.json
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"qo":{"extends":{"description":"recommended (default): every built-in rule runs at its default severity. none: no built-in rule runs unless turned on under rules. Or a shared configuration this one is merged over, which it cannot loosen: a path inside the repository (e.g. .github/policy/base.yml) or OWNER/REPO/PATH@REF read through the GitHub API (e.g. acme/policy/stack-verdict.yml@v1). See docs/organisation-policy.md.","type":"string","minLength":1,"maxLength":400,"default":"recommended"},"rules":{"description":"Severity per rule id: off, notice, warning or error. Custom rules may be listed too.","type":"object","properties":{"rust-without-measured-constraint":{"description":"Default: error. See docs/rules/rust-without-measured-constraint.md.","$ref":"#/definitions/severity-level"},"rust-onboarding-cost":{"description":"Default: warning. See docs/rules/rust-onboarding-cost.md.","$ref":"#/definitions/severity-level"},"rust-hiring-premium":{"description":"Default: notice. See docs/rules/rust-hiring-premium.md.","$ref":"#/definitions/severity-level"},"rust-ci-build-cost":{"description":"Default: warning. See docs/rules/rust-ci-build-cost.md.","$ref":"#/definitions/severity-level"},"rust-despite-build-time-constraint":{"description":"Default: warning. See docs/rules/rust-despite-build-time-constraint.md.","$ref":"#/definitions/severity-level"},"team-missing":{"description":"Default: warning. See docs/rules/team-missing.md.","$ref":"#/definitions/severity-level"},"go-despite-measured-constraint":{"description":"Default: warning. See docs/rules/go-despite-measured-constraint.md.","$ref":"#/definitions/severity-level"},"go-cpu-bound-hot-path":{"description":"Default: warning. See docs/rules/go-cpu-bound-hot-path.md.","$ref":"#/definitions/severity-level"},"go-deterministic-tail-latency":{"description":"Default: warning. See docs/rules/go-deterministic-tail-latency.md.","$ref":"#/definitions/severity-level"},"go-systems-software":{"description":"Default: warning. See docs/rules/go-systems-software.md.","$ref":"#/definitions/severity-level"},"go-ffi-embedding":{"description":"Default: warning. See docs/rules/go-ffi-embedding.md.","$ref":"#/definitions/severity-level"},"go-custom-protocol":{"description":"Default: notice. See docs/rules/go-custom-protocol.md.","$ref":"#/definitions/severity-level"},"go-cli-cold-start":{"description":"Default: notice. See docs/rules/go-cli-cold-start.md.","$ref":"#/definitions/severity-level"},"gc-remeasure-on-go-1-26":{"description":"Default: notice. See docs/rules/gc-remeasure-on-go-1-26.md.","$ref":"#/definitions/severity-level"},"goroutine-leak-check":{"description":"Default: notice. See docs/rules/goroutine-leak-check.md.","$ref":"#/definitions/severity-level"},"constraint-not-measured":{"description":"Default: warning. See docs/rules/constraint-not-measured.md.","$ref":"#/definitions/severity-level"},"constraint-benchmark-only":{"description":"Default: notice. See docs/rules/constraint-benchmark-only.md.","$ref":"#/definitions/severity-level"},"constraint-without-evidence":{"description":"Default: warning. See docs/rules/constraint-without-evidence.md.","$ref":"#/definitions/severity-level"},"toolchain-outdated":{"description":"Default: notice. See docs/rules/toolchain-outdated.md.","$ref":"#/definitions/severity-level"},"post-quantum-tls":{"description":"Default: notice. See docs/rules/post-quantum-tls.md.","$ref":"#/definitions/severity-level"},"language-not-covered":{"description":"Default: notice. See docs/rules/language-not-covered.md.","$ref":"#/definitions/severity-level"},"proposal-invalid":{"description":"Default: error. Always runs as error: it reports files that cannot be judged. See docs/rules/proposal-invalid.md.","$ref":"#/definitions/severity-level"},"proposal-unknown-field":{"description":"Default: notice. See docs/rules/proposal-unknown-field.md.","$ref":"#/definitions/severity-level"},"waiver-invalid":{"description":"Default: error. Always runs as error: it reports files that cannot be judged. See docs/rules/waiver-invalid.md.","$ref":"#/definitions/severity-level"},"waiver-expired":{"description":"Default: warning. See docs/rules/waiver-expired.md.","$ref":"#/definitions/severity-level"},"waiver-unused":{"description":"Default: notice. See docs/rules/waiver-unused.md.","$ref":"#/definitions/severity-level"},"rust-justification-unmeasured":{"description":"Default: warning. See docs/rules/rust-justification-unmeasured.md.","$ref":"#/definitions/severity-level"},"rust-on-unconfirmed-measurement":{"description":"Default: warning. See docs/rules/rust-on-unconfirmed-measurement.md.","$ref":"#/definitions/severity-level"},"constraint-not-on-go":{"description":"Default: notice. See docs/rules/constraint-not-on-go.md.","$ref":"#/definitions/severity-level"},"duplicate-service":{"description":"Default: error. See docs/rules/duplicate-service.md.","$ref":"#/definitions/severity-level"},"go-team-knows-rust":{"description":"Default: notice. See docs/rules/go-team-knows-rust.md.","$ref":"#/definitions/severity-level"},"waiver-expiring":{"description":"Default: notice. See docs/rules/waiver-expiring.md.","$ref":"#/definitions/severity-level"}},"additionalProperties":{"$ref":"#/definitions/severity-level"}},"settings":{"description":"Thresholds the built-in rules use.","type":"object","additionalProperties":false,"properties":{"measured-sources":{"description":"Constraint sources that count as measured. Default: [production, load-test].","type":"array","uniqueItems":true,"items":{"enum":["production","load-test","benchmark","estimate"]}},"rust-team-share":{"description":"Share of the team (0 to 1) that must have shipped Rust for the team to count as knowing it. Default: 0.5.","type":"number","minimum":0,"maximum":1},"cli-cold-start-ms":{"description":"A CLI whose cold start must be at most this many ms makes a case for Rust. Default: 10.","type":"number","minimum":0},"rust-build-seconds":{"description":"Seconds for a clean CI build of a typical Rust service. Default: 120.","type":"number","minimum":0},"go-build-seconds":{"description":"Seconds for a clean CI build of a typical Go service. Default: 5.","type":"number","minimum":0},"ci-minutes-per-day":{"description":"Extra CI minutes a day from which rust-ci-build-cost fires. Default: 60.","type":"number","minimum":0},"rust-premium-usd":{"description":"[min, max] yearly pay premium in USD of a senior Rust engineer over a Go one. Default: [25000, 30000].","type":"array","minItems":2,"maxItems":2,"items":{"type":"number","minimum":0}},"rust-onboarding-months":{"description":"[min, max] months before an engineer new to Rust is productive without pairing. Default: [3, 6].","type":"array","minItems":2,"maxItems":2,"items":{"type":"number","minimum":0}},"min-go-version":{"description":"Oldest Go release toolchain-outdated accepts. Quote it: YAML reads 1.30 as 1.3. Default: \\"1.26\\".","type":"string","pattern":"^(go)?[0-9]+\\\\.[0-9]+(\\\\.[0-9]+)?$"},"min-rust-edition":{"description":"Oldest Rust edition toolchain-outdated accepts. Default: \\"2024\\".","type":["string","integer"],"pattern":"^[0-9]{4}$","minimum":2015},"min-rust-version":{"description":"Oldest rustc release toolchain-outdated accepts (toolchain.rust). Quote it. Default: \\"1.85\\".","type":"string","pattern":"^[0-9]+\\\\.[0-9]+(\\\\.[0-9]+)?$"},"green-tea-gc-cut-percent":{"description":"[min, max] percent by which Go 1.26\'s Green Tea GC cuts GC overhead on most workloads, as the messages quote it. Default: [10, 40].","type":"array","minItems":2,"maxItems":2,"items":{"type":"number","minimum":0,"maximum":100}},"waiver-warning-days":{"description":"waiver-expiring reports a waiver this many days before its expires date (0: on its last day only). Default: 30.","type":"integer","minimum":0,"maximum":3660}}},"files":{"description":"Globs, relative to the repository root, that find proposals. Default: proposals/**/*.{yml,yaml,md}, **/*.proposal.{yml,yaml}, **/service-proposal.{yml,yaml}.","type":"array","minItems":1,"items":{"type":"string","minLength":1,"maxLength":300},"maxItems":50},"fail-on":{"description":"When the check fails: error (default) on any unwaived error, warning also on warnings, never. The --fail-on flag and the Action\'s fail-on input take precedence.","enum":["error","warning","never"]},"max-bytes":{"description":"Largest proposal file read, in bytes. Default: 1048576 (1 MiB).","type":"integer","minimum":1,"maximum":16777216},"drafts":{"description":"advisory (default): a draft proposal (status: draft) fails the gate only for proposal-invalid, waiver-invalid, duplicate-service and the rules listed in unwaivable. gate: drafts gate like any other proposal.","enum":["advisory","gate"],"default":"advisory"},"unwaivable":{"description":"Rule ids that no waiver in a proposal may silence.","type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"approvers":{"description":"Who may grant a waiver: GitHub logins (alice or @alice) and teams (acme/architecture or @acme/architecture). A waiver of a finding whose severity is listed under approval-required counts only once one of them has approved the pull request; the author\'s own approval never counts. Teams need a token that can read organisation members. See docs/governance.md.","type":"array","minItems":1,"maxItems":100,"items":{"type":"string","pattern":"^@?[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:/[A-Za-z0-9_][A-Za-z0-9_.-]{0,99})?$"}},"approval-required":{"description":"The severities whose waivers need an approval by one of approvers. Default, once approvers is set: [error]. [] means no waiver needs one.","type":"array","uniqueItems":true,"items":{"$ref":"#/definitions/severity"}},"portfolio":{"description":"The portfolio page (the Action\'s mode: portfolio).","type":"object","additionalProperties":false,"properties":{"title":{"description":"The page\'s heading and the portfolio issue\'s title. Default: Architecture decisions.","type":"string","minLength":1,"maxLength":120,"pattern":"^[^\\\\u0000-\\\\u001f\\\\u007f]*$"}}},"custom-rules":{"description":"The team\'s own rules, written as conditions over proposal fields.","type":"array","items":{"$ref":"#/definitions/custom-rule"},"maxItems":200}},"BG":{"fK":{"qo":{"id":{"T1":"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"},"mN":{"T1":"^https?://[^\\\\s]+$"}}},"uH":{"qo":{"ZZ":{"T1":"^[a-z][a-z0-9-]*(\\\\.([a-z][a-z0-9-]*|[0-9]+))*$"}}}}}');
// EXTERNAL MODULE: ./src/core/approvals.ts
var approvals = __nccwpck_require__(8027);
// EXTERNAL MODULE: ./src/core/proposal/parse.ts + 1 modules
var parse = __nccwpck_require__(4212);
// EXTERNAL MODULE: ./src/core/proposal/validate.ts
var validate = __nccwpck_require__(3086);
// EXTERNAL MODULE: ./src/generated/validators.js
var validators = __nccwpck_require__(6161);
// EXTERNAL MODULE: ./src/core/rules/index.ts + 33 modules
var rules = __nccwpck_require__(2287);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __nccwpck_require__(2085);
// EXTERNAL MODULE: ./src/io/files.ts + 2 modules
var files = __nccwpck_require__(3920);
// EXTERNAL MODULE: ./src/config/custom-rules.ts + 1 modules
var custom_rules = __nccwpck_require__(6074);
// EXTERNAL MODULE: ./src/config/extends-ref.ts
var extends_ref = __nccwpck_require__(6835);
// EXTERNAL MODULE: ./src/config/settings.ts
var config_settings = __nccwpck_require__(4661);
;// CONCATENATED MODULE: ./src/config/config.ts
// The team's policy file (.github/stack-verdict.yml): parsed with node positions, checked
// against schema/config.schema.json and then for what a schema cannot say (rule ids,
// proposal fields, ranges). Every problem is an error: nothing in it is silently ignored.











/** Where the configuration is read from unless told otherwise, relative to the repository. */
const DEFAULT_CONFIG_PATH = '.github/stack-verdict.yml';
/** A configuration that cannot be used; the message has one line per problem. */
class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(problems.map(formatConfigProblem).join('\n'));
        this.name = 'ConfigError';
        this.problems = problems;
    }
}
/** `configuration error in .github/stack-verdict.yml:4:3: unknown rule \u2026` */
function formatConfigProblem(p) {
    const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
    return `configuration error in ${where}: ${p.message}`;
}
/** The policy when there is no configuration file. */
function defaultConfig() {
    return {
        extends: 'recommended',
        rules: new Map(),
        settings: (0,config_settings/* settingsFrom */.ms)(undefined),
        files: files/* DEFAULT_GLOBS */.md,
        unwaivable: [],
        customRules: [],
        drafts: 'advisory',
        approvers: [],
        approvalRequired: [],
    };
}
// The built-in rules whose findings come from reading the file: always on, always errors.
const VALIDATION_RULES = new Set(['proposal-invalid', 'waiver-invalid']);
const BUILT_IN = new Set(rules/* RULES */.y.map((r) => r.id));
// Configurations are small; deeper nesting is an attack on the validator's recursion.
const MAX_DEPTH = 40;
const props = config_schema_namespaceObject.qo;
const WORDING = {
    root: 'the configuration',
    key: 'key',
    patterns: {
        [config_schema_namespaceObject.BG.fK.qo.id.T1]: 'a kebab-case id such as no-python-for-cpu',
        [config_schema_namespaceObject.BG.fK.qo.mN.T1]: 'an http or https link',
        [config_schema_namespaceObject.BG.uH.qo.ZZ.T1]: 'a proposal field written as a dotted path, such as workload.bound or constraints.0.type',
        [props.settings.properties['min-go-version'].pattern]: 'a Go release such as "1.26"',
        [props.settings.properties['min-rust-edition'].pattern]: 'an edition year such as "2024"',
        [props.settings.properties['min-rust-version'].pattern]: 'a rustc release such as "1.85"',
        [props.approvers.items.pattern]: 'a GitHub login such as alice (or @alice), or a team written org/team-slug such as acme/architecture',
    },
};
/**
 * Reads a configuration from its text. `file` is only for messages. Throws ConfigError
 * listing every problem, each at the line and column of the offending node.
 */
function parseConfig(file, text) {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const doc = (0,parse/* parseYaml */.hN)(source, 0, 'the configuration');
    const problems = doc.problems.map(({ message, line, column }) => ({
        file,
        message,
        line,
        column,
    }));
    if (problems.length > 0)
        throw new ConfigError(problems);
    const data = doc.data ?? {}; // an empty file, or one of comments only, means the defaults
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new ConfigError([
            {
                file,
                message: `the configuration is a mapping of keys (extends, rules, settings, files, custom-rules, \u2026); found ${Array.isArray(data) ? 'a list' : `the value ${JSON.stringify(data)}`}`,
                ...doc.locate([]),
            },
        ]);
    }
    const deep = tooDeep(data, [], 0);
    if (deep) {
        throw new ConfigError([
            {
                file,
                message: `the configuration nests deeper than ${MAX_DEPTH} levels`,
                ...doc.locate(deep),
            },
        ]);
    }
    const raw = data;
    const report = (path, message, target = 'value') => problems.push({ file, message, ...doc.locate(path, target) });
    const issues = (0,validators/* config */.$W)(raw)
        ? []
        : (0,validate/* schemaIssues */.ge)(quieter(validators/* config */.$W.errors ?? []), doc, WORDING);
    for (const { message, line, column } of issues)
        problems.push({ file, message, line, column });
    const hasSchemaIssue = (path) => issues.some((i) => path.every((seg, k) => String(i.path[k]) === String(seg)));
    const customRules = (0,custom_rules/* compileCustomRules */.sf)(Array.isArray(raw['custom-rules']) ? raw['custom-rules'] : [], BUILT_IN, { report, hasSchemaIssue, ...(doc.source ? { source: doc.source } : {}) });
    const known = [...BUILT_IN, ...customIds(raw['custom-rules'])];
    const sharedExtends = checkExtends(raw.extends, report);
    // A rule the shared configuration defines is known only once it is read (extends.ts).
    const pending = [];
    checkRuleIds(raw, known, sharedExtends
        ? (path, message, target) => pending.push({ file, message, ...doc.locate(path, target) })
        : report);
    checkSettings(raw.settings, report);
    checkGlobs(raw.files, report);
    checkApprovers(raw, report, sharedExtends !== undefined);
    if (problems.length > 0) {
        problems.sort((a, b) => a.line - b.line || a.column - b.column);
        throw new ConfigError(problems);
    }
    return {
        file,
        extends: sharedExtends ? 'recommended' : (raw.extends ?? 'recommended'),
        rules: new Map(Object.entries((raw.rules ?? {}))),
        settings: (0,config_settings/* settingsFrom */.ms)(raw.settings),
        files: raw.files ?? files/* DEFAULT_GLOBS */.md,
        ...(raw['fail-on'] !== undefined ? { failOn: raw['fail-on'] } : {}),
        ...(raw['max-bytes'] !== undefined ? { maxBytes: raw['max-bytes'] } : {}),
        unwaivable: raw.unwaivable ?? [],
        customRules,
        drafts: raw.drafts ?? 'advisory',
        ...(sharedExtends ? { extendsRef: { value: sharedExtends, ...doc.locate(['extends']) } } : {}),
        layer: { raw, locate: doc.locate, pending },
        ...approvalsFrom(raw),
        ...portfolioFrom(raw),
    };
}
/** The `extends` value when it names a shared configuration; its form is checked here. */
function checkExtends(value, report) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    const target = (0,extends_ref/* parseExtends */.D)(value);
    if ('problem' in target) {
        report(['extends'], target.problem);
        return undefined;
    }
    return target.kind === 'base' ? undefined : value;
}
function portfolioFrom(raw) {
    const title = raw.portfolio?.title;
    return typeof title === 'string' && title.trim() ? { portfolioTitle: title.trim() } : {};
}
function approvalsFrom(raw) {
    const approvers = (raw.approvers ?? []).map((a) => (0,approvals/* parseApprover */.hy)(a));
    if (approvers.length === 0)
        return { approvers, approvalRequired: [] };
    const required = raw['approval-required'] ?? ['error'];
    return { approvers, approvalRequired: required };
}
/** The same approver twice (GitHub ignores case) is a slip; approval-required alone does nothing. */
function checkApprovers(raw, report, extendsShared = false) {
    // Issue 14: a file that extends a shared one may set approval-required for its approvers.
    if (raw['approval-required'] !== undefined && raw.approvers === undefined && !extendsShared) {
        report(['approval-required'], '`approval-required` has no effect without `approvers`: list who may approve waivers, or remove it', 'key');
    }
    if (!Array.isArray(raw.approvers))
        return;
    const seen = new Map();
    raw.approvers.forEach((entry, i) => {
        if (typeof entry !== 'string' || !(0,approvals/* parseApprover */.hy)(entry))
            return;
        const first = seen.get((0,approvals/* canonical */.$N)(entry));
        if (first === undefined)
            seen.set((0,approvals/* canonical */.$N)(entry), i);
        else
            report(['approvers', i], `\`approvers[${i}]\` repeats \`approvers[${first}]\` (GitHub ignores case and the @); remove one`);
    });
}
/** Ids under `rules` and `unwaivable` must name a rule. */
function checkRuleIds(raw, known, report) {
    const unknown = (id) => `unknown rule \`${id}\`.${(0,suggest/* didYouMean */.au)(id, known) || ' `stack-verdict rules` lists the built-in rules'}`;
    const rules = raw.rules;
    if (isRecord(rules)) {
        for (const [id, level] of Object.entries(rules)) {
            if (!known.includes(id))
                report(['rules', id], unknown(id), 'key');
            else if (VALIDATION_RULES.has(id) && level !== 'error') {
                report(['rules', id], `\`${id}\` always runs as error: a file that cannot be read cannot be judged. Remove this line`, 'key');
            }
        }
    }
    if (Array.isArray(raw.unwaivable)) {
        raw.unwaivable.forEach((id, i) => {
            if (typeof id === 'string' && !known.includes(id))
                report(['unwaivable', i], unknown(id));
        });
    }
}
/** [min, max] settings must be in order. */
function checkSettings(settings, report) {
    if (!isRecord(settings))
        return;
    for (const field of config_settings/* RANGE_SETTINGS */.QM) {
        const key = config_settings/* SETTING_KEYS */.GS[field];
        const value = settings[key];
        if (Array.isArray(value) &&
            typeof value[0] === 'number' &&
            typeof value[1] === 'number' &&
            value[0] > value[1]) {
            report(['settings', key], `\`settings.${key}\` is [min, max], but ${value[0]} is more than ${value[1]}`);
        }
    }
}
/** Globs are matched against paths inside the repository; others would silently match nothing. */
function checkGlobs(files, report) {
    if (!Array.isArray(files))
        return;
    files.forEach((glob, i) => {
        if (typeof glob !== 'string' || glob === '')
            return;
        let why;
        // `!glob` removes files from what the other globs choose (src/io/match.ts).
        const body = glob.startsWith('!') ? glob.slice(1) : glob;
        if (body === '')
            why = 'an exclusion (`!`) needs a glob after it';
        else if (body.startsWith('/') || /^[A-Za-z]:/.test(body) || body.includes('\\'))
            why = 'globs are relative to the repository root and use forward slashes';
        else if (body.split('/').includes('..'))
            why = 'globs cannot leave the repository (`..`)';
        if (why)
            report(['files', i], `\`files[${i}]\` (${JSON.stringify(glob)}): ${why}`);
    });
    if (files.length > 0 && files.every((g) => typeof g === 'string' && g.startsWith('!'))) {
        report(['files'], '`files` holds only exclusions (`!`); an exclusion removes files from what the other globs choose, so list at least one glob without `!`');
    }
}
function customIds(list) {
    if (!Array.isArray(list))
        return [];
    return list.flatMap((r) => isRecord(r) && typeof r.id === 'string' && !BUILT_IN.has(r.id) ? [r.id] : []);
}
/** A misspelt key in a condition also trips `dependencies`; the unknown key says it better. */
function quieter(errors) {
    const unknownKeyAt = new Set(errors.filter((e) => e.keyword === 'additionalProperties').map((e) => e.instancePath));
    return errors.filter((e) => e.keyword !== 'dependencies' || !unknownKeyAt.has(e.instancePath));
}
function tooDeep(value, path, depth) {
    if (value === null || typeof value !== 'object')
        return undefined;
    if (depth >= MAX_DEPTH)
        return path;
    const entries = Array.isArray(value)
        ? value.map((v, i) => [i, v])
        : Object.entries(value);
    for (const [k, v] of entries) {
        const found = tooDeep(v, [...path, k], depth + 1);
        if (found)
            return found;
    }
    return undefined;
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}


/***/ }),

/***/ 6074:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  sf: () => (/* binding */ compileCustomRules)
});

// UNUSED EXPORTS: MAX_CONDITION_DEPTH, NONE, NOT_SET, showValue

// EXTERNAL MODULE: ./schema/proposal.schema.json
var proposal_schema = __nccwpck_require__(2313);
// EXTERNAL MODULE: ./src/core/proposal/validate.ts
var proposal_validate = __nccwpck_require__(3086);
// EXTERNAL MODULE: ./src/generated/validators.js
var validators = __nccwpck_require__(6161);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __nccwpck_require__(2085);
;// CONCATENATED MODULE: ./src/config/fields.ts
// Proposal fields as custom rules name them (`team.size`, `constraints.0.type`), checked
// against schema/proposal.schema.json so that a misspelt field is a configuration error
// instead of a rule that silently never fires.


const ROOT = proposal_schema;
/** Resolves a dotted field name, or says why it names no proposal field. */
function resolveField(name) {
    let schema = ROOT;
    const path = [];
    for (const seg of name.split('.')) {
        const at = path.length ? fieldText(path) : '';
        if (schema.properties) {
            if (!Object.hasOwn(schema.properties, seg)) {
                const keys = Object.keys(schema.properties);
                const near = (0,suggest/* closest */.kp)(seg, keys);
                const hint = near
                    ? ` Did you mean \`${at ? `${at}.` : ''}${near}\`?`
                    : ` Fields here: ${keys.join(', ')}.`;
                return { error: `\`${name}\` is not a proposal field.${hint}` };
            }
            schema = schema.properties[seg];
            path.push(seg);
        }
        else if (schema.type === 'array' && schema.items) {
            if (!/^\d+$/.test(seg)) {
                return {
                    error: `\`${at}\` is a list: name an item by its index, e.g. \`${at}.0${schema.items.properties ? `.${Object.keys(schema.items.properties)[0]}` : ''}\``,
                };
            }
            schema = schema.items;
            path.push(Number(seg));
        }
        else {
            return { error: `\`${at}\` holds a single value; \`${name}\` does not exist` };
        }
    }
    return { name, path, schema, shape: shapeOf(schema) };
}
function shapeOf(schema) {
    if (schema.properties)
        return 'mapping';
    if (schema.type === 'array')
        return schema.items?.properties ? 'list-of-mappings' : 'list';
    if (schema.type === 'number' || schema.type === 'integer')
        return 'number';
    return 'scalar';
}
/** `team.size`, `constraints.0.type`: the configuration's own spelling. */
function fieldText(path) {
    return path.join('.');
}
/**
 * The field's value in a proposal; undefined when it is not set. A field with a
 * documented default (`status`) reads as that default, as the rest of the product does.
 */
function readField(data, field, defaults = true) {
    let value = data;
    for (const seg of field.path) {
        if (typeof seg === 'number' && Array.isArray(value))
            value = value[seg];
        else if (typeof seg === 'string' &&
            value !== null &&
            typeof value === 'object' &&
            !Array.isArray(value) &&
            Object.hasOwn(value, seg)) {
            value = value[seg];
        }
        else {
            value = undefined;
        }
        if (value === undefined)
            break;
    }
    if (value !== undefined && value !== null)
        return value;
    return defaults ? field.schema.default : undefined;
}

;// CONCATENATED MODULE: ./src/config/custom-rules.ts
// Declarative rules from the configuration: a `when` condition over proposal fields and a
// message with {field.path} placeholders. Compiled once into ordinary Rule objects.




/** What a missing field reads as in a message. */
const NOT_SET = '(not set)';
/** What an empty list reads as in a message. */
const NONE = '(none)';
// Proposal text inside a message is data; keep one field from flooding the report.
const MAX_VALUE_CHARS = 200;
// Deeper conditions are refused; nobody writes them, and recursion must stay bounded.
const MAX_CONDITION_DEPTH = 16;
const TESTS = ['equals', 'one-of', 'gt', 'gte', 'lt', 'lte', 'exists'];
const COMBINATORS = ['all', 'any', 'not'];
/**
 * Checks and compiles `custom-rules` (already checked against the schema where
 * `ctx.hasSchemaIssue` says nothing). `builtIn` are the ids a custom rule may not take.
 */
function compileCustomRules(list, builtIn, ctx) {
    const rules = [];
    const seen = new Map();
    list.forEach((raw, i) => {
        const at = ['custom-rules', i];
        if (!isRecord(raw))
            return;
        const { id, severity, message, description, docs, when } = raw;
        if (typeof id === 'string' && !ctx.hasSchemaIssue([...at, 'id'])) {
            if (builtIn.has(id)) {
                ctx.report([...at, 'id'], `the custom rule \`${id}\` has the id of a built-in rule; give it another id, or set the built-in's severity under \`rules\``);
            }
            else if (seen.has(id)) {
                ctx.report([...at, 'id'], `two custom rules have the id \`${id}\` (items ${seen.get(id)} and ${i}); ids must be unique`);
            }
            seen.set(id, i);
        }
        if (typeof docs === 'string' && !ctx.hasSchemaIssue([...at, 'docs']) && !isWebLink(docs)) {
            ctx.report([...at, 'docs'], '`docs` must be an http or https link');
        }
        const render = typeof message === 'string' ? compileMessage(message, [...at, 'message'], ctx) : undefined;
        const condition = when !== undefined && !ctx.hasSchemaIssue([...at, 'when'])
            ? compileCondition(when, [...at, 'when'], ctx, 0)
            : undefined;
        if (typeof id !== 'string' || !isSeverity(severity) || !render || !condition)
            return;
        rules.push({
            id,
            severity,
            description: typeof description === 'string' ? description : message,
            docs: {
                why: typeof description === 'string' ? description : 'A rule of the team\u2019s configuration.',
                fix: typeof docs === 'string' ? `See ${docs}.` : 'Ask the owners of the configuration.',
                fires: '',
                passes: '',
            },
            ...(typeof docs === 'string' ? { link: docs } : {}),
            check({ proposal }) {
                if (!condition.test(proposal))
                    return [];
                // The first field the condition names that the proposal sets; else the language.
                const named = condition.fields.find((f) => readField(proposal, f, false) !== undefined);
                return [{ message: render(proposal), path: named?.path ?? ['language'] }];
            },
        });
    });
    return rules;
}
function compileCondition(raw, at, ctx, depth) {
    if (!isRecord(raw))
        return undefined;
    if (depth >= MAX_CONDITION_DEPTH) {
        ctx.report(at, `conditions nest deeper than ${MAX_CONDITION_DEPTH} levels; simplify the rule`);
        return undefined;
    }
    const tests = TESTS.filter((k) => Object.hasOwn(raw, k));
    const combinators = COMBINATORS.filter((k) => Object.hasOwn(raw, k));
    if (typeof raw.field === 'string') {
        if (combinators.length > 0) {
            ctx.report([...at, combinators[0]], `a condition either tests \`field\` or combines conditions with ${combinators[0]}, not both; move the test on \`${raw.field}\` into the \`${combinators[0]}\` list`, 'key');
            return undefined;
        }
        if (tests.length !== 1) {
            ctx.report(tests.length === 0 ? at : [...at, tests[1]], tests.length === 0
                ? `the condition on \`${raw.field}\` has no test: add one of ${TESTS.join(', ')}`
                : `the condition on \`${raw.field}\` has ${tests.length} tests (${tests.join(', ')}); give each its own condition under \`all\``, tests.length === 0 ? 'value' : 'key');
            return undefined;
        }
        return compileTest(raw.field, tests[0], raw[tests[0]], at, ctx);
    }
    if (combinators.length !== 1) {
        ctx.report(at, combinators.length === 0
            ? `a condition needs \`field\` and a test (${TESTS.join(', ')}), or one of all, any, not`
            : `a condition combines with one of all, any or not; this one has ${combinators.join(' and ')}: nest them instead`);
        return undefined;
    }
    const kind = combinators[0];
    if (kind === 'not') {
        const inner = compileCondition(raw.not, [...at, 'not'], ctx, depth + 1);
        return inner && { test: (d) => !inner.test(d), fields: inner.fields };
    }
    const list = Array.isArray(raw[kind]) ? raw[kind] : [];
    const parts = list.map((c, i) => compileCondition(c, [...at, kind, i], ctx, depth + 1));
    if (parts.some((p) => p === undefined))
        return undefined;
    const ok = parts;
    return {
        test: kind === 'all' ? (d) => ok.every((p) => p.test(d)) : (d) => ok.some((p) => p.test(d)),
        fields: ok.flatMap((p) => p.fields),
    };
}
function compileTest(name, test, expected, at, ctx) {
    const field = resolveField(name);
    if ('error' in field) {
        ctx.report([...at, 'field'], field.error);
        return undefined;
    }
    const fields = [field];
    const read = (d) => readField(d, field);
    if (test === 'exists') {
        return { test: (d) => (read(d) !== undefined) === expected, fields };
    }
    if (field.shape === 'mapping' || field.shape === 'list-of-mappings') {
        const example = field.shape === 'mapping'
            ? Object.keys(field.schema.properties ?? {})[0]
            : `0.${Object.keys(field.schema.items?.properties ?? {})[0]}`;
        ctx.report([...at, test], `\`${name}\` holds ${field.shape === 'mapping' ? 'a mapping' : 'a list of mappings'}; \`${test}\` needs a single value: test one of its fields, e.g. \`${name}.${example}\`, or use \`exists\``, 'key');
        return undefined;
    }
    if (test === 'gt' || test === 'gte' || test === 'lt' || test === 'lte') {
        if (field.shape !== 'number') {
            ctx.report([...at, test], `\`${test}\` compares numbers, and \`${name}\` is not a number; use equals or one-of`, 'key');
            return undefined;
        }
        const limit = expected;
        const cmp = {
            gt: (v) => v > limit,
            gte: (v) => v >= limit,
            lt: (v) => v < limit,
            lte: (v) => v <= limit,
        }[test];
        return {
            test: (d) => {
                const v = read(d);
                return typeof v === 'number' && cmp(v);
            },
            fields,
        };
    }
    const values = test === 'equals' ? [expected] : Array.isArray(expected) ? expected : [];
    const valuePath = (i) => (test === 'equals' ? [...at, test] : [...at, test, i]);
    let fits = true;
    values.forEach((v, i) => {
        const problem = valueProblem(field, v, () => ctx.source?.(valuePath(i)));
        if (problem) {
            fits = false;
            ctx.report(valuePath(i), `this condition can never hold: ${problem}`);
        }
    });
    if (!fits)
        return undefined;
    return {
        test: (d) => {
            const v = read(d);
            return Array.isArray(v) ? v.some((item) => values.includes(item)) : values.includes(v);
        },
        fields,
    };
}
const LANGUAGE_PATTERN = proposal_schema.properties.language.pattern;
/** Why `value` can never be the field's value (or an item of it), or undefined. */
function valueProblem(field, value, written) {
    // The field's schema (its items', for a list), compiled ahead of time by
    // scripts/generate-validators.mjs under its schema path: `constraints.*.type`.
    const key = [
        ...field.path.map((s) => (typeof s === 'number' ? '*' : s)),
        ...(field.shape === 'list' ? ['*'] : []),
    ].join('.');
    const validate = validators/* fields */.OA[key];
    if (!validate)
        throw new Error(`no generated validator for proposal field ${key}`);
    if (validate(value))
        return undefined;
    const wording = {
        root: `\`${field.name}\`${field.shape === 'list' ? ' items' : ''}`,
        key: 'field',
        patterns: { [LANGUAGE_PATTERN]: 'a language name in lower case, such as go or rust' },
    };
    const position = { line: 0, column: 0 };
    const [issue] = (0,proposal_validate/* schemaIssues */.ge)(validate.errors, { locate: () => position, source: written }, wording);
    return issue?.message;
}
/** Parses the placeholders once; the result renders the message for a proposal. */
function compileMessage(template, at, ctx) {
    const parts = [];
    let ok = true;
    let last = 0;
    for (const m of template.matchAll(/\{\{|\}\}|\{([^{}]*)\}/g)) {
        parts.push(template.slice(last, m.index));
        last = m.index + m[0].length;
        if (m[0] === '{{' || m[0] === '}}') {
            parts.push(m[0][0]);
            continue;
        }
        const name = m[1].trim();
        const field = /^[\w.-]+$/.test(name)
            ? resolveField(name)
            : { error: 'it names no proposal field. Write {{ and }} for literal braces' };
        if ('error' in field) {
            ctx.report(at, `the message's placeholder \`${m[0]}\`: ${field.error}`);
            ok = false;
        }
        else if (field.shape === 'mapping' || field.shape === 'list-of-mappings') {
            ctx.report(at, `the placeholder \`${m[0]}\` names ${field.shape === 'mapping' ? 'a mapping' : 'a list of mappings'}; name one of its fields instead`);
            ok = false;
        }
        else {
            parts.push(field);
        }
    }
    parts.push(template.slice(last));
    if (!ok)
        return undefined;
    return (data) => parts.map((p) => (typeof p === 'string' ? p : showValue(readField(data, p)))).join('');
}
/** A proposal value as message text. */
function showValue(value) {
    if (value === undefined || value === null)
        return NOT_SET;
    if (Array.isArray(value))
        return value.length ? clip(value.map(String).join(', ')) : NONE;
    return clip(String(value));
}
function clip(text) {
    return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}\u2026` : text;
}
function isWebLink(text) {
    try {
        const url = new URL(text);
        return url.protocol === 'http:' || url.protocol === 'https:';
    }
    catch {
        return false;
    }
}
function isSeverity(v) {
    return v === 'error' || v === 'warning' || v === 'notice';
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}


/***/ }),

/***/ 6835:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseExtends),
/* harmony export */   j: () => (/* binding */ targetName)
/* harmony export */ });
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2085);
// What an `extends` value names: a built-in base, a file of the same repository, or a file
// of another repository at a ref. Only the text is checked here; reading is extends.ts's job.

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const REF = /^[A-Za-z0-9._/-]{1,200}$/;
const CONFIG_FILE = /\.ya?ml$/;
/** The target of an `extends` value, or why it names none. */
function parseExtends(value) {
    if (value === 'recommended' || value === 'none')
        return { kind: 'base', base: value };
    const at = value.lastIndexOf('@');
    if (at >= 0) {
        const [owner = '', repo = '', ...rest] = value.slice(0, at).split('/');
        const file = rest.join('/');
        const ref = value.slice(at + 1);
        if (!OWNER.test(owner) || !REPO.test(repo) || rest.length === 0) {
            return {
                problem: `\`extends\` names a configuration in another repository as OWNER/REPO/PATH@REF, such as acme/policy/stack-verdict.yml@v1`,
            };
        }
        const bad = pathProblem(file);
        if (bad)
            return { problem: bad };
        if (!REF.test(ref) || ref.split('/').includes('..') || ref.startsWith('/')) {
            return {
                problem: `\`extends\`: the ref after @ must be a tag, branch or commit, such as v1`,
            };
        }
        return { kind: 'remote', owner, repo, path: file, ref };
    }
    if (!value.includes('/') && !CONFIG_FILE.test(value)) {
        return {
            problem: `\`extends\` must be one of recommended, none, a path in the repository or OWNER/REPO/PATH@REF; found the string ${JSON.stringify(value.slice(0, 60))}.${(0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(value, ['recommended', 'none'])}`,
        };
    }
    const bad = pathProblem(value);
    return bad ? { problem: bad } : { kind: 'local', path: value };
}
function pathProblem(file) {
    if (file.startsWith('/') || /^[A-Za-z]:/.test(file) || file.includes('\\')) {
        return '`extends`: a path is relative to the repository root and uses forward slashes';
    }
    if (/[\p{Cc}\p{Cf}]/u.test(file))
        return '`extends`: a path cannot hold control characters';
    const parts = file.split('/');
    if (parts.includes('..') || parts.includes('')) {
        return '`extends`: a path must stay inside the repository (no `..`, no empty part)';
    }
    if (parts[0] === '.git')
        return '`extends`: a path cannot lead into `.git`';
    if (!CONFIG_FILE.test(file))
        return '`extends`: a configuration file ends in .yml or .yaml';
    return undefined;
}
/** How a target is named in messages and in the report's chain. */
function targetName(t) {
    if (t.kind === 'base')
        return t.base;
    if (t.kind === 'local')
        return t.path;
    return `${t.owner}/${t.repo}/${t.path}@${t.ref}`;
}


/***/ }),

/***/ 9771:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QL: () => (/* binding */ resolveExtends),
/* harmony export */   SR: () => (/* binding */ stricterFailOn)
/* harmony export */ });
/* unused harmony export MAX_EXTENDS_DEPTH */
/* harmony import */ var _core_rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2287);
/* harmony import */ var _core_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2085);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4390);
/* harmony import */ var _extends_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6835);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4661);
// Issue 14: one policy for an organisation. A configuration may extend a shared one (a file
// of the same repository, or OWNER/REPO/PATH@REF of another), which may extend another, up to
// MAX_EXTENDS_DEPTH files. Each file is merged over what it extends: its own values win,
// except where it would loosen the shared gate (unwaivable rules, drafts: gate, fail-on,
// approvers). Loosening is a configuration error, never silently ignored.





/** Most files a configuration may extend through, one after another. */
const MAX_EXTENDS_DEPTH = 5;
const SEVERITY_RANK = { off: 0, notice: 1, warning: 2, error: 3 };
// fail-on: warning fails on the most, never on nothing.
const FAIL_ON_RANK = { never: 0, error: 1, warning: 2 };
const BUILT_IN = new Map(_core_rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y.map((r) => [r.id, r.severity]));
/** The stricter of two fail-on levels. */
function stricterFailOn(a, b) {
    return b !== undefined && FAIL_ON_RANK[b] > FAIL_ON_RANK[a] ? b : a;
}
/**
 * The configuration with everything it extends merged under it. `config` comes from the
 * repository's own file (or is the defaults). Throws ConfigError naming the chain.
 */
async function resolveExtends(config, reader) {
    const rootName = config.file ?? '';
    const links = [{ config, name: rootName }];
    const texts = {};
    for (let link = links[0]; link.config.extendsRef; link = links[links.length - 1]) {
        const ref = link.config.extendsRef;
        const parsed = (0,_extends_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .parseExtends */ .D)(ref.value);
        if ('problem' in parsed || parsed.kind === 'base')
            break; // parseConfig has reported it
        const target = parsed.kind === 'local' && link.repo
            ? { kind: 'remote', ...link.repo, path: parsed.path }
            : parsed;
        const name = (0,_extends_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .targetName */ .j)(target);
        const chain = [...links.map((l) => l.name), name].join(' \u2192 ');
        const fail = (message) => {
            throw new _config_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL([
                {
                    file: link.name,
                    line: ref.line,
                    column: ref.column,
                    message: `${message} (chain: ${chain})`,
                },
            ]);
        };
        if (links.some((l) => l.name === name))
            fail(`\`extends\` makes a cycle: ${name} is already in the chain`);
        if (links.length > MAX_EXTENDS_DEPTH) {
            fail(`\`extends\` goes deeper than ${MAX_EXTENDS_DEPTH} shared configurations`);
        }
        let text;
        if (target.kind === 'local') {
            text = await reader.local(target.path).catch((err) => {
                if (err instanceof _config_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL)
                    fail(err.problems.map((p) => p.message).join('; '));
                throw err;
            });
            if (text === undefined)
                fail(`the shared configuration ${name} does not exist`);
        }
        else {
            const read = await reader.remote(target);
            if (!read.ok) {
                if (read.status === 404) {
                    fail(`the shared configuration ${name} does not exist, or the token cannot see its repository (HTTP 404)`);
                }
                if (read.status === 401 || read.status === 403) {
                    fail(`the shared configuration ${name} cannot be read: access denied (HTTP ${read.status}); a private policy repository needs a token that can read it (the Action's \`policy-token\` input; GITHUB_TOKEN or GH_TOKEN for the CLI)`);
                }
                fail(`the shared configuration ${name} cannot be read: ${read.message}`);
            }
            text = read.text;
            texts[name] = text;
        }
        let shared;
        try {
            shared = (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConfig */ .o4)(name, text);
        }
        catch (err) {
            if (!(err instanceof _config_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL))
                throw err;
            throw new _config_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(err.problems.map((p) => ({ ...p, message: `${p.message} (chain: ${chain})` })));
        }
        links.push({
            config: shared,
            name,
            ...(target.kind === 'remote'
                ? { repo: { owner: target.owner, repo: target.repo, ref: target.ref } }
                : {}),
        });
    }
    const chain = links.map((l) => l.name).filter((n) => n !== '');
    return merge(links, chain, texts);
}
// Keys merged by hand below; any other top-level key is taken from the nearest file setting it.
const HANDLED = new Set([
    'extends',
    'rules',
    'settings',
    'files',
    'fail-on',
    'max-bytes',
    'unwaivable',
    'custom-rules',
    'drafts',
    'approvers',
    'approval-required',
]);
function merge(links, chain, texts) {
    const chainText = chain.join(' \u2192 ');
    const bottom = links[links.length - 1];
    let acc = {
        config: bottom.config,
        raw: { ...(bottom.config.layer?.raw ?? {}) },
        settings: { ...(record(bottom.config.layer?.raw.settings) ?? {}) },
        origins: new Map(),
    };
    recordOrigins(acc.origins, bottom, true);
    const problems = [];
    // Rule ids of the last file that no file defines.
    problems.push(...pendingUnknown(bottom.config, bottom.config.customRules));
    let floor = links.length > 1 ? bottom.config.layer?.raw['fail-on'] : undefined;
    for (let i = links.length - 2; i >= 0; i--) {
        const link = links[i];
        acc = mergeLayer(acc, link, problems);
        if (i > 0)
            floor = stricterFailOn(floor ?? 'never', link.config.layer?.raw['fail-on']);
    }
    if (problems.length > 0) {
        throw new _config_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(problems.map((p) => links.length > 1 ? { ...p, message: `${p.message} (chain: ${chainText})` } : p));
    }
    const top = links[0].config;
    // Resolved: what it extended and its own layer are in chain, origins and values now.
    const merged = { ...acc.config };
    delete merged.extendsRef;
    delete merged.layer;
    return {
        ...merged,
        ...(top.file !== undefined ? { file: top.file } : {}),
        chain,
        origins: acc.origins,
        values: acc.raw,
        ...(floor !== undefined && floor !== 'never' ? { failOnFloor: floor } : {}),
        ...(Object.keys(texts).length > 0 ? { remoteTexts: texts } : {}),
    };
}
function mergeLayer(acc, link, problems) {
    const local = link.config;
    const raw = local.layer?.raw ?? {};
    const at = (path, message, target = 'value') => problems.push({
        file: link.name,
        message,
        ...(local.layer?.locate(path, target) ?? { line: 0, column: 0 }),
    });
    const shared = acc.config;
    const from = (key) => acc.origins.get(key) ?? 'the shared configuration';
    // Custom rules: the shared ones stay as they are; a file adds its own.
    const sharedCustom = new Set(shared.customRules.map((r) => r.id));
    local.customRules.forEach((rule) => {
        if (sharedCustom.has(rule.id)) {
            const index = (Array.isArray(raw['custom-rules']) ? raw['custom-rules'] : []).findIndex((r) => record(r)?.id === rule.id);
            at(['custom-rules', Math.max(0, index), 'id'], `custom rule \`${rule.id}\` is defined in ${from(`custom-rules.${rule.id}`)}; a repository cannot redefine a shared rule (set its severity under \`rules\`)`);
        }
    });
    const customRules = [
        ...shared.customRules,
        ...local.customRules.filter((r) => !sharedCustom.has(r.id)),
    ];
    problems.push(...pendingUnknown(local, customRules));
    // Rules: the file's severities win, but an unwaivable shared rule is never weakened.
    for (const [id, level] of local.rules) {
        if (!shared.unwaivable.includes(id))
            continue;
        const before = effectiveLevel(shared, id);
        if (SEVERITY_RANK[level] < SEVERITY_RANK[before]) {
            at(['rules', id], level === 'off'
                ? `\`${id}\` is unwaivable in ${from(`unwaivable.${id}`)}; a repository cannot turn it off`
                : `\`${id}\` is unwaivable in ${from(`unwaivable.${id}`)} at ${before}; a repository cannot lower it to ${level}`);
        }
    }
    const rules = new Map([...shared.rules, ...local.rules]);
    const unwaivable = [
        ...shared.unwaivable,
        ...local.unwaivable.filter((id) => !shared.unwaivable.includes(id)),
    ];
    if (shared.drafts === 'gate' && raw.drafts === 'advisory') {
        at(['drafts'], `${from('drafts')} sets \`drafts: gate\`; a repository cannot make drafts advisory`);
    }
    const failOn = raw['fail-on'];
    if (failOn !== undefined &&
        shared.failOn !== undefined &&
        FAIL_ON_RANK[failOn] < FAIL_ON_RANK[shared.failOn]) {
        at(['fail-on'], `${from('fail-on')} sets \`fail-on: ${shared.failOn}\`; a repository may make the gate stricter, not looser (${failOn})`);
    }
    checkApprovals(acc.raw, raw, at, from);
    const settings = { ...acc.settings, ...(record(raw.settings) ?? {}) };
    const merged = {
        ...shared,
        rules,
        settings: (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .settingsFrom */ .ms)(settings),
        unwaivable,
        customRules,
        ...(raw.files !== undefined ? { files: local.files } : {}),
        ...(failOn !== undefined ? { failOn: local.failOn } : {}),
        ...(raw['max-bytes'] !== undefined ? { maxBytes: local.maxBytes } : {}),
        ...(raw.drafts !== undefined ? { drafts: local.drafts } : {}),
    };
    // Keys added by other features (approvers, approval-required, \u2026): the nearest file wins.
    const localFields = local;
    for (const key of Object.keys(raw)) {
        if (HANDLED.has(key) && key !== 'approvers' && key !== 'approval-required')
            continue;
        const field = camel(key);
        // A file's own approval-required counts even when the approvers come from a shared one.
        if (key === 'approval-required')
            merged.approvalRequired = raw[key];
        else if (key === 'portfolio')
            merged.portfolioTitle = local.portfolioTitle;
        else if (field in localFields)
            merged[field] = localFields[field];
    }
    // approval-required defaults once approvers is set: take that default with the approvers.
    if (raw.approvers !== undefined &&
        acc.raw['approval-required'] === undefined &&
        'approvalRequired' in localFields) {
        merged.approvalRequired = localFields.approvalRequired;
    }
    const origins = new Map(acc.origins);
    recordOrigins(origins, link, false);
    return {
        config: merged,
        raw: mergeRaw(acc.raw, raw),
        settings,
        origins,
    };
}
/** Approvers named by a shared file stay the only ones; its approval-required stays required. */
function checkApprovals(shared, raw, at, from) {
    const canon = (v) => String(v).replace(/^@/, '').toLowerCase();
    if (Array.isArray(shared.approvers) && Array.isArray(raw.approvers)) {
        const allowed = new Set(shared.approvers.map(canon));
        raw.approvers.forEach((a, i) => {
            if (!allowed.has(canon(a))) {
                at(['approvers', i], `${from('approvers')} names the approvers; a repository may only keep some of them, not add \`${canon(a)}\``);
            }
        });
    }
    const required = Array.isArray(shared['approval-required'])
        ? shared['approval-required']
        : Array.isArray(shared.approvers)
            ? ['error']
            : undefined;
    if (required && Array.isArray(raw['approval-required'])) {
        const missing = required.filter((s) => !raw['approval-required'].includes(s));
        if (missing.length > 0) {
            at(['approval-required'], `${from('approval-required')} requires approval for ${missing.join(', ')}; a repository may add severities, not remove them`);
        }
    }
}
/** A rule's severity under a configuration before the next file is merged over it. */
function effectiveLevel(config, id) {
    const set = config.rules.get(id);
    if (set)
        return set;
    const custom = config.customRules.find((r) => r.id === id);
    if (custom)
        return custom.severity;
    return config.extends === 'recommended' ? (BUILT_IN.get(id) ?? 'off') : 'off';
}
/** The rule ids a file named but left to what it extends, which still no file defines. */
function pendingUnknown(config, customRules) {
    const defined = new Set(customRules.map((r) => r.id));
    const known = [...BUILT_IN.keys(), ...defined];
    return (config.layer?.pending ?? []).flatMap((p) => {
        const id = /`([^`]+)`/.exec(p.message)?.[1];
        if (id === undefined || !p.message.startsWith('unknown rule'))
            return [p];
        if (defined.has(id))
            return [];
        const hint = (0,_core_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(id, known) || ' `stack-verdict rules` lists the rules';
        return [{ ...p, message: `unknown rule \`${id}\`.${hint}` }];
    });
}
/** Which file set each value; a nearer file overwrites (unwaivable ids keep their first setter). */
function recordOrigins(origins, link, bottom) {
    const raw = link.config.layer?.raw ?? {};
    const name = link.name || 'the built-in defaults';
    for (const [key, value] of Object.entries(raw)) {
        if (key === 'extends') {
            if (bottom)
                origins.set('extends', name);
        }
        else if ((key === 'rules' || key === 'settings') && record(value)) {
            for (const k of Object.keys(record(value)))
                origins.set(`${key}.${k}`, name);
        }
        else if (key === 'unwaivable' && Array.isArray(value)) {
            for (const id of value)
                if (!origins.has(`unwaivable.${id}`))
                    origins.set(`unwaivable.${id}`, name);
        }
        else if (key === 'custom-rules' && Array.isArray(value)) {
            for (const r of value) {
                const id = record(r)?.id;
                if (typeof id === 'string' && !origins.has(`custom-rules.${id}`))
                    origins.set(`custom-rules.${id}`, name);
            }
        }
        else
            origins.set(key, name);
    }
}
/** The merged configuration as it would be written in one file (for `config --print`). */
function mergeRaw(lower, upper) {
    const out = { ...lower, ...upper };
    if (lower.extends !== undefined || upper.extends !== undefined) {
        out.extends = lower.extends ?? 'recommended';
    }
    for (const key of ['rules', 'settings']) {
        if (record(lower[key]) || record(upper[key]))
            out[key] = { ...record(lower[key]), ...record(upper[key]) };
    }
    if (Array.isArray(lower.unwaivable) || Array.isArray(upper.unwaivable)) {
        out.unwaivable = [...new Set([...list(lower.unwaivable), ...list(upper.unwaivable)])];
    }
    if (Array.isArray(lower['custom-rules']) || Array.isArray(upper['custom-rules'])) {
        out['custom-rules'] = [...list(lower['custom-rules']), ...list(upper['custom-rules'])];
    }
    return out;
}
function list(v) {
    return Array.isArray(v) ? v : [];
}
function camel(key) {
    return key.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}
function record(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v)
        ? v
        : undefined;
}


/***/ }),

/***/ 2854:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ config/* ConfigError */.xL),
  Bi: () => (/* reexport */ config/* DEFAULT_CONFIG_PATH */.Bi),
  rd: () => (/* reexport */ engineOptionsFromConfig),
  fc: () => (/* reexport */ config/* formatConfigProblem */.fc),
  Z9: () => (/* reexport */ load/* loadConfig */.Z9),
  SR: () => (/* reexport */ config_extends/* stricterFailOn */.SR)
});

// UNUSED EXPORTS: MAX_CONFIG_BYTES, MAX_EXTENDS_DEPTH, NOT_SET, SETTING_KEYS, applyOverrideLabel, defaultConfig, overrideGate, parseConfig, readConfigText, resolveExtends

// EXTERNAL MODULE: ./src/config/config.ts + 1 modules
var config = __nccwpck_require__(4390);
// EXTERNAL MODULE: ./src/config/custom-rules.ts + 1 modules
var custom_rules = __nccwpck_require__(6074);
// EXTERNAL MODULE: ./src/core/engine.ts
var engine = __nccwpck_require__(3805);
// EXTERNAL MODULE: ./src/core/rules/index.ts + 33 modules
var core_rules = __nccwpck_require__(2287);
;// CONCATENATED MODULE: ./src/config/engine-options.ts


// Their findings come from reading the file, so they run whatever `extends` says.
const ALWAYS_ON = new Set(['proposal-invalid', 'waiver-invalid']);
/** The engine's options for a configuration: which rules run, how severe, with what settings. */
function engineOptionsFromConfig(config, { docsBase = engine/* DEFAULT_DOCS_URL */.Sl, today, approvals } = {}) {
    const rules = [];
    for (const rule of core_rules/* RULES */.y) {
        const base = config.extends === 'recommended' || ALWAYS_ON.has(rule.id) ? rule.severity : 'off';
        const level = ALWAYS_ON.has(rule.id) ? rule.severity : (config.rules.get(rule.id) ?? base);
        if (level !== 'off')
            rules.push({ rule, severity: level });
    }
    // A team's own rules run whatever `extends` says: writing one is turning it on.
    for (const rule of config.customRules) {
        const level = config.rules.get(rule.id) ?? rule.severity;
        if (level !== 'off')
            rules.push({ rule, severity: level });
    }
    return {
        rules,
        knownRules: [...core_rules/* RULES */.y, ...config.customRules],
        settings: config.settings,
        docsUrl: (rule) => isCustom(rule, config) ? rule.link : `${docsBase}${rule.id}.md`,
        unwaivable: config.unwaivable,
        drafts: config.drafts,
        ...(today !== undefined ? { today } : {}),
        ...(config.approvers.length > 0
            ? {
                approvals: {
                    approvers: config.approvers,
                    required: config.approvalRequired,
                    context: approvals ?? { kind: 'unseen' },
                },
            }
            : {}),
    };
}
function isCustom(rule, config) {
    return config.customRules.some((r) => r.id === rule.id);
}

// EXTERNAL MODULE: ./src/config/load.ts
var load = __nccwpck_require__(1036);
// EXTERNAL MODULE: ./src/config/extends.ts
var config_extends = __nccwpck_require__(9771);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __nccwpck_require__(4661);
;// CONCATENATED MODULE: ./src/config/index.ts
// The team policy: what the CLI and the Action call to load and apply a configuration.









/***/ }),

/***/ 1036:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   Z9: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony export readConfigText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _io_files_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3920);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4390);
/* harmony import */ var _extends_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9771);
// Synchronous on purpose: a configuration is one small file, and at start-up each call
// through libuv's thread pool cost more than the read itself (docs/benchmarks.md, start-up).





/** The remote reader when none is given: says how to get the file read. */
const NO_REMOTE = async () => ({
    ok: false,
    message: 'reading another repository needs a GitHub token: set GITHUB_TOKEN or GH_TOKEN (GITHUB_API_URL for GitHub Enterprise Server), or extend a local copy of the file instead',
});
/** Larger files are refused unread: a policy file is a few KiB. */
const MAX_CONFIG_BYTES = 256 * 1024;
// Also accepted at the default location, so a `.yaml` file is never silently ignored.
const DEFAULT_ALTERNATIVE = '.github/stack-verdict.yaml';
/**
 * Loads the configuration of the repository checked out at `workspace`.
 *
 * `file` undefined: `.github/stack-verdict.yml` (or `.yaml`) if it exists, else the defaults.
 * `file` given (relative to `workspace`): that file, which must exist. Either way the file
 * must lie inside the workspace, also after resolving links. Throws ConfigError.
 */
async function loadConfig(workspace, file, options = {}) {
    const own = await loadOwnConfig(workspace, file);
    return (0,_extends_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveExtends */ .QL)(own, {
        local: (shared) => readConfigText(workspace, shared).then((r) => r?.text),
        remote: options.remote ?? NO_REMOTE,
    });
}
/** The repository's own file, not merged with what it extends. */
async function loadOwnConfig(workspace, file) {
    if (file !== undefined) {
        const config = await readConfigFile(workspace, file);
        if (!config)
            throw problem(workspace, file, 'the configuration file does not exist');
        return config;
    }
    const found = [];
    for (const candidate of [_config_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_PATH */ .Bi, DEFAULT_ALTERNATIVE]) {
        if (exists(workspace, candidate))
            found.push(candidate);
    }
    if (found.length > 1) {
        throw problem(workspace, DEFAULT_ALTERNATIVE, `both ${_config_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_PATH */ .Bi} and ${DEFAULT_ALTERNATIVE} exist; keep one`);
    }
    if (found.length === 0)
        return (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultConfig */ .sb)();
    return (await readConfigFile(workspace, found[0])) ?? (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultConfig */ .sb)();
}
/** undefined when the file does not exist. */
async function readConfigFile(workspace, file) {
    const read = await readConfigText(workspace, file);
    return read && (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfig */ .o4)(read.shown, read.text);
}
/** A configuration file's text, read with the checks above; undefined when it does not exist. */
async function readConfigText(workspace, file) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, file);
    if (!(0,_io_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(root, absolute)) {
        throw problem(workspace, file, 'the configuration file must be inside the repository');
    }
    const shown = (0,_io_files_js__WEBPACK_IMPORTED_MODULE_2__/* .toReportPath */ .T3)(root, absolute);
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw problem(workspace, file, `the file cannot be read: ${code(err)}`);
    }
    // A link, or a folder on the way, must not lead out of the repository.
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absolute);
    }
    catch (err) {
        throw problem(workspace, file, `the file cannot be read: ${code(err)}`);
    }
    if (!(0,_io_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(root), real)) {
        throw problem(workspace, file, 'the configuration file leads outside the repository; it was not read');
    }
    if (!info.isFile() && !info.isSymbolicLink()) {
        throw problem(workspace, file, 'the configuration path is not a file');
    }
    // O_NONBLOCK: a FIFO (lstat saw only a link to it, or it was swapped in since) opens without
    // waiting for a writer, and fstat then refuses it.
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    }
    catch (err) {
        throw problem(workspace, file, `the file cannot be read: ${code(err)}`);
    }
    let bytes;
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stats.isFile())
            throw problem(workspace, file, 'the configuration path is not a file');
        if (stats.size > MAX_CONFIG_BYTES) {
            throw problem(workspace, file, `the file is ${(0,_io_files_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(stats.size)}, over the ${(0,_io_files_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(MAX_CONFIG_BYTES)} limit for a configuration; it was not read`);
        }
        bytes = (0,_io_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readCapped */ .EF)(fd, stats.size, MAX_CONFIG_BYTES);
        if (bytes.length > MAX_CONFIG_BYTES) {
            throw problem(workspace, file, `the file is more than ${(0,_io_files_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(MAX_CONFIG_BYTES)}, the limit for a configuration; it was not read`);
        }
    }
    catch (err) {
        if (err instanceof _config_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL)
            throw err;
        throw problem(workspace, file, `the file cannot be read: ${code(err)}`);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    const text = (0,_io_files_js__WEBPACK_IMPORTED_MODULE_2__/* .decode */ .D4)(bytes);
    if (!text.ok)
        throw problem(workspace, file, text.message);
    return { shown, text: text.text };
}
function exists(workspace, file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, file));
        return true;
    }
    catch {
        return false;
    }
}
function problem(workspace, file, message) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, file);
    const shown = (0,_io_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace), absolute)
        ? (0,_io_files_js__WEBPACK_IMPORTED_MODULE_2__/* .toReportPath */ .T3)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace), absolute)
        : file;
    return new _config_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL([{ file: shown, line: 0, column: 0, message }]);
}
function code(err) {
    return err.code ?? err.message;
}


/***/ }),

/***/ 4661:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GS: () => (/* binding */ SETTING_KEYS),
/* harmony export */   QM: () => (/* binding */ RANGE_SETTINGS),
/* harmony export */   ms: () => (/* binding */ settingsFrom)
/* harmony export */ });
/* unused harmony export settingField */
/* harmony import */ var _core_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1922);

/**
 * The configuration key of every field of Settings. Typed over `keyof Settings`, so a new
 * threshold does not compile until it has a key; test/config checks the schema lists the same.
 */
const SETTING_KEYS = {
    measuredSources: 'measured-sources',
    rustTeamShare: 'rust-team-share',
    cliColdStartMs: 'cli-cold-start-ms',
    rustBuildSeconds: 'rust-build-seconds',
    goBuildSeconds: 'go-build-seconds',
    ciMinutesPerDay: 'ci-minutes-per-day',
    rustPremiumUsd: 'rust-premium-usd',
    rustOnboardingMonths: 'rust-onboarding-months',
    minGoVersion: 'min-go-version',
    minRustEdition: 'min-rust-edition',
    minRustVersion: 'min-rust-version',
    greenTeaGcCutPercent: 'green-tea-gc-cut-percent',
    waiverWarningDays: 'waiver-warning-days',
};
/** Settings fields whose value is a [min, max] range. */
const RANGE_SETTINGS = [
    'rustPremiumUsd',
    'rustOnboardingMonths',
    'greenTeaGcCutPercent',
];
const FIELD_BY_KEY = new Map(Object.entries(SETTING_KEYS).map(([field, key]) => [key, field]));
/** The Settings field a configuration key sets; undefined for an unknown key. */
function settingField(key) {
    return FIELD_BY_KEY.get(key);
}
/** The defaults with the configured values over them; `raw` has passed the schema. */
function settingsFrom(raw) {
    const settings = {
        ..._core_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SETTINGS */ .a,
        measuredSources: [..._core_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SETTINGS */ .a.measuredSources],
        rustPremiumUsd: [..._core_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SETTINGS */ .a.rustPremiumUsd],
        rustOnboardingMonths: [..._core_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SETTINGS */ .a.rustOnboardingMonths],
        greenTeaGcCutPercent: [..._core_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SETTINGS */ .a.greenTeaGcCutPercent],
    };
    const target = settings;
    for (const [key, value] of Object.entries(raw ?? {})) {
        const field = settingField(key);
        if (field === undefined)
            continue; // the schema has already refused it
        // YAML reads `min-rust-edition: 2024` as a number; the rules compare text.
        target[field] = field === 'minRustEdition' ? String(value) : value;
    }
    return settings;
}


/***/ }),

/***/ 8027:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   VE: () => (/* binding */ grantedBy),
/* harmony export */   hy: () => (/* binding */ parseApprover)
/* harmony export */ });
/* unused harmony exports APPROVER_PATTERN, approvingLogins */
/**
 * An entry of `approvers`: a GitHub login (letters, digits, single inner hyphens, at most 39)
 * or `org/team-slug`, either written with a leading `@` as CODEOWNERS does.
 */
const APPROVER_PATTERN = '^@?[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:/[A-Za-z0-9_][A-Za-z0-9_.-]{0,99})?$';
const APPROVER = new RegExp(APPROVER_PATTERN);
/** GitHub compares logins and slugs without case; `@` is how people write them. */
function canonical(name) {
    return name.replace(/^@/, '').toLowerCase();
}
/** The approver an entry of `approvers` names; undefined when it has neither shape. */
function parseApprover(entry) {
    if (!APPROVER.test(entry))
        return undefined;
    const text = entry.replace(/^@/, '');
    const [org, team] = canonical(entry).split('/');
    if (team === undefined)
        return { kind: 'login', login: org, text };
    return { kind: 'team', org, team, slug: `${org}/${team}`, text };
}
/**
 * The logins whose latest deciding review approves the pull request, the author's excepted.
 * A comment-only review does not change an earlier decision (GitHub keeps the approval too);
 * a later CHANGES_REQUESTED, or the approval's dismissal (its state becomes DISMISSED),
 * replaces it.
 */
function approvingLogins(reviews, author) {
    const ordered = reviews
        .map((r, i) => ({ r, i }))
        .sort((a, b) => {
        const ta = a.r.submittedAt ? Date.parse(a.r.submittedAt) : NaN;
        const tb = b.r.submittedAt ? Date.parse(b.r.submittedAt) : NaN;
        return Number.isNaN(ta) || Number.isNaN(tb) || ta === tb ? a.i - b.i : ta - tb;
    });
    const latest = new Map();
    for (const { r } of ordered) {
        if (!r.login)
            continue;
        const state = r.state.toUpperCase();
        if (state === 'APPROVED' || state === 'CHANGES_REQUESTED' || state === 'DISMISSED') {
            latest.set(canonical(r.login), state);
        }
    }
    const self = canonical(author);
    return [...latest].filter(([l, s]) => s === 'APPROVED' && l !== self).map(([l]) => l);
}
/** The configured approvers that granted approval, as the configuration spells them. */
function grantedBy(approvers, context) {
    if (context.kind !== 'pull-request')
        return [];
    const self = canonical(context.author);
    const approving = new Set(context.approving.map(canonical));
    approving.delete(self);
    const members = new Map();
    for (const [slug, logins] of context.members ?? []) {
        members.set(canonical(slug), new Set(logins.map(canonical)));
    }
    const by = [];
    for (const a of approvers) {
        if (a.kind === 'login') {
            if (approving.has(a.login))
                by.push(a.text);
        }
        else {
            const team = members.get(a.slug);
            for (const login of approving)
                if (team?.has(login))
                    by.push(`${login} (${a.text})`);
        }
    }
    return [...new Set(by)];
}


/***/ }),

/***/ 5813:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   We: () => (/* binding */ computeCosts),
/* harmony export */   cj: () => (/* binding */ premiumEngineers)
/* harmony export */ });
/* unused harmony exports engineersToOnboard, leaversPerYear, extraCiMinutes */
/** One decimal, as messages show figures: 76.666\u2026 \u2192 76.7, 3.5999\u2026 \u2192 3.6. */
function tenth(n) {
    return Math.round(n * 10) / 10;
}
function times(n, [lo, hi]) {
    return [tenth(n * lo), tenth(n * hi)];
}
/** Engineers who pay the premium: the team and its planned hires. */
function premiumEngineers(p) {
    const size = p.team?.size;
    return size === undefined ? undefined : size + (p.team?.['planned-hires'] ?? 0);
}
/** Engineers who must learn Rust: those on the team who have not shipped it, and every planned hire. */
function engineersToOnboard(p) {
    const size = p.team?.size;
    if (size === undefined)
        return undefined;
    const experienced = Math.min(p.team?.['rust-experience'] ?? 0, size);
    return size - experienced + (p.team?.['planned-hires'] ?? 0);
}
/** Engineers a year who leave and are replaced by someone new to Rust: size \u00d7 attrition. */
function leaversPerYear(p) {
    const size = p.team?.size;
    const attrition = p.team?.['annual-attrition'];
    return size === undefined || attrition === undefined ? undefined : size * attrition;
}
/** Extra CI minutes a day of Rust's clean builds over Go's. */
function extraCiMinutes(p, settings) {
    const merges = p.delivery?.['merges-per-day'];
    if (merges === undefined)
        return undefined;
    return (merges * (settings.rustBuildSeconds - settings.goBuildSeconds)) / 60;
}
/** The costs of a Rust proposal; null for another language or when nothing can be computed. */
function computeCosts(p, settings) {
    if (p.language !== 'rust')
        return null;
    const premium = premiumEngineers(p);
    const onboard = engineersToOnboard(p);
    const leavers = leaversPerYear(p);
    const ci = extraCiMinutes(p, settings);
    const costs = {
        premiumPerYear: premium === undefined ? null : times(premium, settings.rustPremiumUsd),
        onboardingEngineerMonths: onboard === undefined ? null : times(onboard, settings.rustOnboardingMonths),
        rampEngineerMonthsPerYear: leavers === undefined ? null : times(leavers, settings.rustOnboardingMonths),
        ciMinutesPerDay: ci === undefined ? null : tenth(ci),
    };
    return Object.values(costs).every((v) => v === null) ? null : costs;
}


/***/ }),

/***/ 3805:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   GP: () => (/* binding */ judgeFile),
/* harmony export */   Sl: () => (/* binding */ DEFAULT_DOCS_URL),
/* harmony export */   YM: () => (/* binding */ daysBetween),
/* harmony export */   _s: () => (/* binding */ unreadableFile),
/* harmony export */   wc: () => (/* binding */ utcToday)
/* harmony export */ });
/* unused harmony exports defaultEngineOptions, isCalendarDate */
/* harmony import */ var _approvals_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8027);
/* harmony import */ var _proposal_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4212);
/* harmony import */ var _proposal_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3086);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2287);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1922);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2085);
/* harmony import */ var _triggers_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(854);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(6228);
/* harmony import */ var _costs_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(5813);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(2721);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(9478);











const STATUSES = ['draft', 'proposed', 'accepted', 'rejected', 'superseded'];
const DEFAULT_DOCS_URL = 'https://github.com/stack-verdict/stack-verdict/blob/main/docs/rules/';
function defaultEngineOptions(docsBase = DEFAULT_DOCS_URL) {
    return {
        rules: _rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .RULES */ .y.map((rule) => ({ rule, severity: rule.severity })),
        knownRules: _rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .RULES */ .y,
        settings: _settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_SETTINGS */ .a,
        docsUrl: (rule) => `${docsBase}${rule.id}.md`,
    };
}
/** Reads, validates and judges one file. Never throws on the file's content. */
function judgeFile(file, text, options) {
    const parsed = (0,_proposal_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseProposal */ ._$)(file, text);
    if (parsed.kind === 'skipped')
        return { kind: 'skipped', skipped: { file, reason: parsed.reason } };
    const notProposal = (0,_proposal_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .notAProposal */ .h7)(file, parsed.document);
    if (notProposal)
        return { kind: 'skipped', skipped: { file, reason: notProposal } };
    const report = judgeDocument(file, parsed.document, options);
    const data = parsed.document.data;
    const hasService = data !== null &&
        typeof data === 'object' &&
        typeof data.service === 'string';
    const result = { kind: 'proposal', report };
    if (hasService)
        result.servicePosition = parsed.document.locate(['service']);
    return result;
}
/** A file that could not be read as text (too large, binary, unreadable). */
function unreadableFile(file, message, options, at = { line: 1, column: 1 }) {
    const findings = [problemFinding({ rule: 'proposal-invalid', message, ...at }, options)];
    return invalidReport(file, undefined, findings);
}
function judgeDocument(file, doc, options) {
    const problems = [...doc.problems];
    let proposal;
    if (problems.length === 0) {
        const validated = (0,_proposal_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateProposal */ .v3)(doc);
        problems.push(...validated.problems);
        proposal = validated.proposal;
    }
    const findings = problems.map((p) => problemFinding(p, options));
    if (!proposal)
        return invalidReport(file, doc.data, findings);
    const settings = options.settings;
    const triggers = (0,_triggers_js__WEBPACK_IMPORTED_MODULE_7__/* .findTriggers */ .Jn)(proposal, settings);
    const today = options.today ?? utcToday();
    const waivers = checkWaivers(proposal, doc, options, findings, today);
    const granted = options.approvals
        ? (0,_approvals_js__WEBPACK_IMPORTED_MODULE_0__/* .grantedBy */ .VE)(options.approvals.approvers, options.approvals.context)
        : [];
    // One context for every rule, and indexed loops: this loop runs once per rule per file.
    const context = { proposal, settings, triggers };
    const active = options.rules;
    for (let r = 0; r < active.length; r++) {
        const { rule, severity } = active[r];
        if (!rule.check)
            continue;
        const hits = rule.check(context);
        for (let h = 0; h < hits.length; h++) {
            const hit = hits[h];
            const named = waivers.filter((w) => w.waiver.rule === rule.id);
            for (const w of named)
                w.matched = true;
            const waiver = named.find((w) => !w.expired)?.waiver;
            const approval = waiver && approvalOf(severity, options.approvals, granted);
            const pending = approval?.status === 'pending';
            // Fields set one by one, in the order the report shows them (no spread of temporary
            // objects): this runs for every finding.
            const at = doc.locate(hit.path, hit.target);
            const finding = {
                rule: rule.id,
                severity,
                message: pending ? `${hit.message} ${pendingNote(approval.by)}` : hit.message,
                line: at.line,
                column: at.column,
                waived: waiver !== undefined && !pending,
            };
            if (waiver) {
                if (waiver.reason !== undefined)
                    finding.waiverReason = waiver.reason;
                if (waiver.expires !== undefined)
                    finding.waiverExpires = waiver.expires;
                if (waiver['approved-by'] !== undefined)
                    finding.waiverApprovedBy = waiver['approved-by'];
            }
            const docs = docsLink(rule, options);
            if (docs)
                finding.docs = docs;
            if (approval)
                finding.waiverApproval = approval;
            findings.push(finding);
        }
    }
    findings.push(...governWaivers(waivers, doc, options, today));
    findings.sort(_verdict_js__WEBPACK_IMPORTED_MODULE_6__/* .compareFindings */ .Eg);
    flatten(findings);
    return {
        file,
        service: proposal.service,
        language: proposal.language,
        status: proposal.status ?? 'proposed',
        recommended: triggers.size > 0 ? 'rust' : 'go',
        justifications: _triggers_js__WEBPACK_IMPORTED_MODULE_7__/* .TRIGGER_IDS */ .WN.filter((id) => triggers.has(id)),
        verdict: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_6__/* .proposalVerdict */ .O4)(findings),
        findings,
        costs: (0,_costs_js__WEBPACK_IMPORTED_MODULE_8__/* .computeCosts */ .We)(proposal, settings),
        waivers: waivers.map((w) => waiverRecord(w, doc)),
    };
}
// A message built from pieces (a template literal) is held by V8 as a tree of them until
// something reads it whole; JSON.stringify then flattens each one while writing the report,
// long after the tree was copied out of the young generation. One read here, while the
// message is young, makes it one string: about a third less work for the report's writing
// and for the GC. The sum keeps the optimizing compiler from dropping the read.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- written only, to keep the read
let flattened = 0;
function flatten(findings) {
    for (let i = 0; i < findings.length; i++)
        flattened += findings[i].message.indexOf('\u0000');
}
function waiverRecord(w, doc) {
    return {
        rule: w.waiver.rule,
        reason: w.waiver.reason ?? '',
        ...(w.waiver.expires !== undefined ? { expires: w.waiver.expires } : {}),
        ...(w.waiver['approved-by'] !== undefined ? { approvedBy: w.waiver['approved-by'] } : {}),
        state: w.matched ? (w.expired ? 'expired' : 'active') : 'unused',
        ...doc.locate(['waivers', w.index]),
    };
}
/** The waivers that may waive; invalid ones become `waiver-invalid` findings. */
function checkWaivers(proposal, doc, options, findings, today) {
    const states = [];
    (proposal.waivers ?? []).forEach((w, i) => {
        const rule = options.knownRules.find((r) => r.id === w.rule);
        let message;
        let at = ['waivers', i, 'rule'];
        if (!rule) {
            const known = options.knownRules.map((r) => r.id);
            message = `the waiver names ${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .quote */ .hD)(w.rule)}, which is not a rule.${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .didYouMean */ .au)(w.rule, known)} \`stack-verdict rules\` lists them`;
        }
        else if (rule.unwaivable || options.unwaivable?.includes(rule.id)) {
            message = `\`${rule.id}\` cannot be waived; fix what it reports instead`;
        }
        else if (w.expires !== undefined && !isCalendarDate(w.expires)) {
            message = `\`waivers[${i}].expires\` is not a date: there is no ${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .quote */ .hD)(w.expires)}`;
            at = ['waivers', i, 'expires'];
        }
        if (message) {
            findings.push(problemFinding({ rule: 'waiver-invalid', message, ...doc.locate(at) }, options));
        }
        else if (w.reason) {
            const expired = w.expires !== undefined && w.expires < today;
            states.push({ index: i, waiver: w, expired, matched: false });
        }
    });
    return states;
}
/**
 * `waiver-unused` for waivers whose rule reported nothing, `waiver-expired` for expired
 * ones that would have waived a finding. An expired waiver that matches nothing is
 * reported as unused: deleting it is the fix, not renewing it.
 */
function governWaivers(states, doc, options, today) {
    const findings = [];
    // waiver.rule names a known rule and `expires` is a calendar date (checkWaivers): safe as is.
    for (const { index, waiver, expired, matched } of states) {
        const left = waiver.expires === undefined ? undefined : daysBetween(today, waiver.expires);
        const expiring = left !== undefined && left <= options.settings.waiverWarningDays;
        const id = matched
            ? expired
                ? 'waiver-expired'
                : expiring
                    ? 'waiver-expiring'
                    : undefined
            : 'waiver-unused';
        const active = id && options.rules.find((r) => r.rule.id === id);
        if (!active)
            continue;
        let message;
        let at;
        if (id === 'waiver-unused') {
            const off = !options.rules.some((r) => r.rule.id === waiver.rule);
            message = off
                ? `The waiver of \`${waiver.rule}\` waives nothing: the rule is turned off in the configuration. Delete the waiver.`
                : `The waiver of \`${waiver.rule}\` waives nothing: the rule reports nothing on this proposal. Delete the waiver, so that a later finding of the rule is not silenced without review.`;
            at = ['waivers', index, 'rule'];
        }
        else if (id === 'waiver-expiring') {
            const when = left === 0 ? 'today, its last day in force' : `in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .plural */ .LS)(left, 'day')}`;
            message =
                `The waiver of \`${waiver.rule}\` expires on ${waiver.expires} (${when}); after that the findings it waives count again. ` +
                    `Fix what the rule reports, or renew the waiver with a later \`expires\` before then.`;
            at = ['waivers', index, 'expires'];
        }
        else {
            const days = daysBetween(waiver.expires, today);
            const by = waiver['approved-by'];
            const approved = by
                ? ` (approved by ${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .quote */ .hD)(by.length > 80 ? `${by.slice(0, 79)}\u2026` : by)})`
                : '';
            message =
                `The waiver of \`${waiver.rule}\`${approved} expired on ${waiver.expires}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .plural */ .LS)(days, 'day')} ago, so the findings it waived count again. ` +
                    `Fix what the rule reports, or renew the waiver with a later \`expires\`.`;
            at = ['waivers', index, 'expires'];
        }
        findings.push({
            rule: active.rule.id,
            severity: active.severity,
            message,
            ...doc.locate(at),
            waived: false,
            ...docsField(active.rule, options),
        });
    }
    return findings;
}
/** Whether a waiver of a finding this severe needs an approval, and whether it has one. */
function approvalOf(severity, policy, granted) {
    if (!policy || policy.approvers.length === 0)
        return undefined;
    if (!policy.required.includes(severity))
        return { status: 'not-required', by: [] };
    if (policy.context.kind === 'assumed')
        return { status: 'approved', by: [] };
    // At most 100 names, as the report schema allows (approvers has at most 100 entries).
    if (granted.length > 0)
        return { status: 'approved', by: granted.slice(0, 100) };
    return { status: 'pending', by: policy.approvers.map((a) => a.text).slice(0, 100) };
}
const MAX_NAMED = 5;
/** Appended to a finding whose waiver waits: the configuration's names, in code spans. */
function pendingNote(approvers) {
    const named = approvers.slice(0, MAX_NAMED).map((a) => `\`${a}\``);
    const more = approvers.length - named.length;
    const who = named.length === 1
        ? named[0]
        : `one of ${named.join(', ')}${more > 0 ? ` (or ${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .plural */ .LS)(more, 'other approver')})` : ''}`;
    return `Its waiver is pending: it counts once ${who} approves the pull request.`;
}
/** Today's date in UTC as YYYY-MM-DD. */
function utcToday(now = new Date()) {
    return now.toISOString().slice(0, 10);
}
/** True for a YYYY-MM-DD date that exists (2026-02-29 does not). */
function isCalendarDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.toISOString().slice(0, 10) === text;
}
/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
function daysBetween(from, to) {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
function problemFinding(p, options) {
    const rule = options.knownRules.find((r) => r.id === p.rule);
    return {
        rule: p.rule,
        severity: 'error',
        message: p.message,
        line: p.line,
        column: p.column,
        waived: false,
        ...(rule ? docsField(rule, options) : {}),
    };
}
// A rule's link, built once per engine: every finding carries one, and one string shared
// by 10,000 reports costs neither the building nor the memory of 10,000 copies.
const docsLinks = new WeakMap();
function docsField(rule, options) {
    const docs = docsLink(rule, options);
    return docs ? { docs } : {};
}
function docsLink(rule, options) {
    let links = docsLinks.get(options.docsUrl);
    if (!links)
        docsLinks.set(options.docsUrl, (links = new Map()));
    let docs = links.get(rule);
    if (docs === undefined && !links.has(rule)) {
        docs = options.docsUrl(rule);
        links.set(rule, docs);
    }
    return docs;
}
function invalidReport(file, data, findings) {
    const fields = data !== null && typeof data === 'object' ? data : {};
    const text = (v) => (typeof v === 'string' ? v : null);
    const status = text(fields.status);
    findings.sort(_verdict_js__WEBPACK_IMPORTED_MODULE_6__/* .compareFindings */ .Eg);
    return {
        file,
        service: text(fields.service),
        language: text(fields.language),
        status: status !== null && STATUSES.includes(status) ? status : 'proposed',
        recommended: null,
        justifications: [],
        verdict: 'changes-requested',
        findings,
        costs: null,
    };
}
/**
 * The run's report from each file's result. Rules across proposals (duplicate-service) run
 * here, where every file's result meets: the CLI, its worker threads and the Action all
 * build their report through this function, so none can miss them. `options` must be the
 * engine the files were judged with (its rules, severities, `unwaivable` and `drafts`).
 */
function buildReport(results, failOn, options = defaultEngineOptions()) {
    let proposals = [];
    const positions = [];
    const skipped = [];
    for (const r of results) {
        if (r.kind === 'proposal') {
            proposals.push(r.report);
            positions.push(r.servicePosition ?? { line: 1, column: 1 });
        }
        else
            skipped.push(r.skipped);
    }
    proposals = applyRunRules(proposals, positions, options);
    return {
        version: 1,
        verdict: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_6__/* .runVerdict */ .ZH)(proposals),
        counts: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_6__/* .countFindings */ .Gt)(proposals),
        proposals,
        skipped,
        gate: {
            failOn,
            passed: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_6__/* .gatePasses */ .xZ)(proposals, failOn, {
                drafts: options.drafts,
                unwaivable: options.unwaivable,
            }),
        },
        policy: _policy_js__WEBPACK_IMPORTED_MODULE_10__/* .POLICY_VERSION */ .K,
    };
}
/** Adds the findings of rules across proposals; the reports given are not changed. */
function applyRunRules(proposals, positions, options) {
    const added = new Map();
    const seen = proposals.map((p, i) => ({
        file: p.file,
        service: p.service,
        servicePosition: positions[i],
    }));
    for (const { rule, severity } of options.rules) {
        if (!rule.checkRun)
            continue;
        for (const hit of rule.checkRun(seen)) {
            const list = added.get(hit.index) ?? [];
            list.push({
                rule: rule.id,
                severity,
                message: hit.message,
                ...hit.position,
                waived: false,
                ...docsField(rule, options),
            });
            added.set(hit.index, list);
        }
    }
    if (added.size === 0)
        return proposals;
    return proposals.map((p, i) => {
        const more = added.get(i);
        if (!more)
            return p;
        const findings = [...p.findings, ...more].sort(_verdict_js__WEBPACK_IMPORTED_MODULE_6__/* .compareFindings */ .Eg);
        return { ...p, findings, verdict: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_6__/* .proposalVerdict */ .O4)(findings) };
    });
}


/***/ }),

/***/ 6228:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   iQ: () => (/* binding */ usdRange),
/* harmony export */   rn: () => (/* binding */ MAX_TOKEN_CHARS),
/* harmony export */   y1: () => (/* binding */ range)
/* harmony export */ });
/* unused harmony exports usd, MAX_QUOTE_CHARS */
// Number formatting for rule messages: the numbers must read the same everywhere.
function plural(n, one, many = `${one}s`) {
    return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
/**
 * At most one decimal, none when whole, thousands grouped: 76.666 \u2192 "76.7", 2 \u2192 "2",
 * 12500 \u2192 "12,500". By hand: toLocaleString builds a formatter per call, and that was the
 * largest single cost of judging 10,000 proposals (docs/benchmarks.md).
 */
function formatNumber(n) {
    if (!Number.isFinite(n))
        return Number.isNaN(n) ? 'NaN' : n > 0 ? '\u221e' : '-\u221e';
    const rounded = Math.round(n * 10);
    const sign = rounded < 0 ? '-' : '';
    const tenths = Math.abs(rounded);
    const whole = groupThousands(Math.floor(tenths / 10));
    const decimal = tenths % 10;
    return `${sign}${whole}${decimal === 0 ? '' : `.${decimal}`}`;
}
function groupThousands(n) {
    const digits = n >= 1e21 ? n.toLocaleString('en-US', { useGrouping: false }) : String(n);
    if (digits.length <= 3)
        return digits;
    let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = out.length; i < digits.length; i += 3)
        out += `,${digits.slice(i, i + 3)}`;
    return out;
}
function usd(n) {
    const whole = Math.round(n);
    return `${whole < 0 ? '-' : ''}$${groupThousands(Math.abs(whole))}`;
}
// Pairs read by index: destructuring a parameter runs the iterator protocol in code not yet
// optimized, and these run for most proposals.
function usdRange(pair) {
    return `${usd(pair[0])}\u2013${usd(pair[1])}`;
}
function range(pair) {
    const lo = pair[0];
    const hi = pair[1];
    return lo === hi ? formatNumber(lo) : `${formatNumber(lo)}\u2013${formatNumber(hi)}`;
}
function percent(share) {
    return `${formatNumber(share * 100)}%`;
}
/**
 * The most characters of a file's own text that a message quoting an offending token (a
 * value or key that fails validation, a word in a YAML error) carries: a file may be a secret
 * a link or a mistake led to, and messages are published in the pull request's comment.
 */
const MAX_TOKEN_CHARS = 12;
/** The most characters of proposal text a rule message quotes by default. */
const MAX_QUOTE_CHARS = 160;
/**
 * Text from the proposal, quoted and cut short so it reads as data inside a message: the ONE
 * way proposal text enters a message. `max` is how many characters of the text are kept
 * (MAX_TOKEN_CHARS for an offending token). The result is a JSON string literal on one line
 * with no backtick, so it can neither end the quotes, start a line, nor open or close the
 * code spans that renderers make of backticked parts (messageToMarkdown): JSON.stringify
 * escapes quotes and control characters; backticks and the line separators it leaves alone
 * (U+0085, U+2028, U+2029) become \u escapes, which still read back as the same text.
 */
function quote(text, max = MAX_QUOTE_CHARS) {
    const t = String(text).trim();
    return JSON.stringify(t.length > max ? `${t.slice(0, max)}\u2026` : t).replace(/[`\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 2721:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ POLICY_VERSION)
/* harmony export */ });
/** The version of the default policy (shared/spec/policy-1.1.md); reports and `rules` show it. */
const POLICY_VERSION = '1.1';


/***/ }),

/***/ 8641:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zk: () => (/* binding */ languageAlias),
/* harmony export */   eL: () => (/* binding */ classifyKey)
/* harmony export */ });
/* unused harmony exports PROPOSAL_FIELDS, DECISION_RECORD_KEYS */
/* harmony import */ var _schema_proposal_schema_json__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2313);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2085);
// Policy 1.1's reading of keys and values outside the schema: which top-level keys are
// ignored, which are typos of a field, and which language names are Go or Rust in disguise.


/** The proposal's top-level fields, from the schema. */
const PROPOSAL_FIELDS = Object.keys(_schema_proposal_schema_json__WEBPACK_IMPORTED_MODULE_0__.properties);
/** Keys decision records and docs sites put in front matter; a proposal may carry them. */
const DECISION_RECORD_KEYS = [
    'title',
    'date',
    'deciders',
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
// Answers by key and by language name: every proposal asks about the same few, and each
// question costs edit distances to every field (the validator, notAProposal and a rule ask).
const keyKinds = new Map();
const aliases = new Map();
function remember(known, key, value) {
    if (key.length <= 64) {
        if (known.size >= 1024)
            known.clear();
        known.set(key, value);
    }
    return value;
}
/** What a top-level key is. The ignore lists win over the near-miss test (`id` is not `kind`). */
function classifyKey(key) {
    return keyKinds.get(key) ?? remember(keyKinds, key, classify(key));
}
function classify(key) {
    if (PROPOSAL_FIELDS.includes(key))
        return { kind: 'field' };
    if (key.startsWith('x-') || DECISION_RECORD_KEYS.includes(key))
        return { kind: 'ignored' };
    const folded = key.toLowerCase().replace(/_/g, '-');
    let best;
    let bestDistance = Infinity;
    for (const field of PROPOSAL_FIELDS) {
        const d = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .YC)(folded, field);
        if (d < bestDistance)
            [best, bestDistance] = [field, d];
    }
    return best !== undefined && bestDistance <= 2
        ? { kind: 'near-miss', field: best }
        : { kind: 'unknown' };
}
// Exact names (any case) that mean go or rust. `rs` is here and not in the distance test:
// `ts` and `js` are one edit from it and are real languages.
const ALIASES = {
    golang: 'go',
    'go-lang': 'go',
    go_lang: 'go',
    'rust-lang': 'rust',
    rustlang: 'rust',
    rust_lang: 'rust',
    rs: 'rust',
    rustc: 'rust',
};
/** Real languages one edit from go or rust. */
const OTHER_LANGUAGES = new Set(['io']);
/**
 * The language a name stands for when it is written differently from `go` or `rust`: an
 * alias, a different case, or one edit (a swap of neighbours counts as one) away.
 */
function languageAlias(value) {
    if (value === 'go' || value === 'rust')
        return undefined;
    return aliases.has(value) ? aliases.get(value) : remember(aliases, value, alias(value));
}
function alias(value) {
    const v = value.trim().toLowerCase();
    if (v === 'go' || v === 'rust')
        return v;
    const alias = ALIASES[v];
    if (alias)
        return alias;
    if (OTHER_LANGUAGES.has(v))
        return undefined;
    for (const target of ['go', 'rust'])
        if (swapDistance(v, target) <= 1)
            return target;
    return undefined;
}
/** Edit distance where swapping two neighbouring characters is one edit (`og`, `rsut`). */
function swapDistance(a, b) {
    if (a.length === b.length) {
        const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
        if (diff.length === 2 &&
            diff[1] === diff[0] + 1 &&
            a[diff[0]] === b[diff[1]] &&
            a[diff[1]] === b[diff[0]])
            return 1;
    }
    return (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .YC)(a, b);
}


/***/ }),

/***/ 4212:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _$: () => (/* binding */ parseProposal),
  hN: () => (/* binding */ parseYaml)
});

// UNUSED EXPORTS: MAX_ALIASES, MAX_DEPTH, MAX_ENTRIES, MAX_LEXEMES, MAX_PROPS, MAX_SYNTAX_ERRORS, MAX_TOKEN_CHARS, MAX_YAML_PROBLEMS, extractFrontMatter

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __nccwpck_require__(6228);
;// CONCATENATED MODULE: ./src/core/proposal/cst.ts
// A proposal's data and node positions read straight from yaml's concrete syntax tree, for
// the plain YAML proposals are written in. Composing a Document and converting it with
// toJS() was about 40% of yaml's cost; this builds the same result in one walk. Anything
// it does not handle (anchors, aliases, tags, flow mappings, explicit keys, duplicate or
// non-string keys, tabs, directives, several documents, anything yaml would warn about)
// returns undefined, and the caller composes the document as before, so a file gets the
// same data, positions and problems either way (test/core/cst.test.ts compares the two).

/** The duplicate keys of the document being read (readCst is not re-entered). */
let duplicates = [];
// The n-th key of the last documents read, by position. Proposals write the same keys in
// much the same order, and a key fresh from the file is looked up in V8's table of property
// names (hashed) the first time it names a property; the one already seen in that place is
// in the table, so comparing with it (no hash) and using it saves that lookup.
const KEY_SLOTS = 256;
const keysSeen = new Array(KEY_SLOTS).fill('');
let keySlot = 0;
function sameKey(name) {
    const slot = keySlot++;
    if (slot >= KEY_SLOTS)
        return name;
    const seen = keysSeen[slot];
    if (seen === name)
        return seen;
    keysSeen[slot] = name;
    return name;
}
/** The reading shortcut can be turned off, so that a test compares it with the Composer. */
const cstShortcut = { enabled: true };
/** Thrown inside the walk for anything this reader leaves to the Composer. */
const FALLBACK = Symbol('fallback');
const bail = () => {
    throw FALLBACK;
};
// The same schema the Composer builds for a document (YAML 1.2 core, no known tags): its
// tags decide what a plain scalar is (null, boolean, integer, float or string).
const schema = new dist/* Document */.yo(null, { resolveKnownTags: false }).schema;
const scalarTags = schema.tags.filter((t) => !t.collection && !!t.test);
const keyTags = scalarTags.filter((t) => t.default === true || t.default === 'key');
const valueTags = scalarTags.filter((t) => t.default === true);
const resolveOptions = new dist/* Document */.yo(null).options;
// A plain scalar's value by its text: the same keys and values (`service`, `go`, `true`)
// recur in every proposal, and trying each tag's pattern on each was a tenth of this walk.
const resolvedKeys = new Map();
const resolvedValues = new Map();
function remember(known, text, value) {
    if (text.length > 64)
        return;
    if (known.size >= 4096)
        known.clear();
    known.set(text, value);
}
/**
 * The proposal's data and positions from the tokens of yaml's Parser, or undefined for
 * anything the Composer must read. `at` turns an offset into a line and column.
 */
function readCst(tokens, text, at) {
    if (!cstShortcut.enabled)
        return undefined;
    let document;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.type === 'document') {
            if (document)
                return undefined;
            document = token;
        }
        else if (token.type !== 'comment' && token.type !== 'newline' && token.type !== 'space') {
            return undefined;
        }
    }
    if (!document?.value)
        return undefined;
    let root;
    duplicates = [];
    keySlot = 0;
    try {
        const props = readProps(document.start, 'doc-start', true, document.offset);
        const value = document.value;
        if (props.found && (value.type === 'block-map' || value.type === 'block-seq')) {
            if (!props.hasNewline)
                bail();
        }
        root = build(value, false);
        readEnd(document.end, false);
    }
    catch (err) {
        if (err === FALLBACK)
            return undefined;
        throw err;
    }
    const tree = root.tree;
    const locate = (path, target = 'value') => at(find(tree, path, target).start);
    const source = (path) => {
        const node = find(tree, path, 'value');
        return node.kind === 'scalar' ? text.slice(node.start, node.end).trim() : undefined;
    };
    if (duplicates.length > 0)
        return { data: undefined, locate, source, duplicates };
    return { data: root.value, locate, source };
}
/** As parse.ts's findNode: the deepest node on the path that exists. */
function find(root, path, target) {
    let node = root;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        if (node.kind === 'map') {
            // A proposal's mappings are small: a search costs less than building an index. A
            // large one (thousands of unknown keys, a message at each) is indexed on first use.
            // Keys are unique here (a duplicate goes to the Composer), so both find the same.
            let at;
            if (node.names.length <= 32) {
                at = node.names.indexOf(String(seg));
                if (at < 0)
                    at = undefined;
            }
            else {
                node.index ??= new Map(node.names.map((name, i) => [name, i]));
                at = node.index.get(String(seg));
            }
            if (at === undefined)
                return node;
            if (i === path.length - 1 && target === 'key')
                return node.keys[at];
            node = node.values[at];
        }
        else if (node.kind === 'seq') {
            const item = node.items[Number(seg)];
            if (!item)
                return node;
            node = item;
        }
        else {
            return node;
        }
    }
    return node;
}
/** A node and its data. `atKey`: a mapping key, where yaml tries its key-only tags too. */
function build(token, atKey) {
    switch (token.type) {
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            return scalar(token, atKey);
        case 'block-map':
            return blockMap(token);
        case 'block-seq':
            return blockSeq(token);
        case 'flow-collection':
            return flowSeq(token);
        default:
            return bail();
    }
}
function scalar(token, atKey) {
    let text;
    let start;
    let valueEnd;
    let end;
    const quick = token.type === 'block-scalar' ? undefined : flowText(token);
    if (quick !== undefined) {
        text = quick;
        start = token.offset;
        valueEnd = start + token.source.length;
        end = flowEnd(token.end, valueEnd);
    }
    else {
        const read = dist/* CST */.DB.resolveAsScalar(token, true, bail);
        if (!read)
            return bail();
        text = read.value;
        [start, valueEnd, end] = read.range;
    }
    let value = text;
    if (token.type === 'scalar' && !(PLAIN_STRINGS && startsAsString(text))) {
        const known = atKey ? resolvedKeys : resolvedValues;
        const seen = known.get(text);
        if (seen !== undefined || known.has(text)) {
            value = seen;
        }
        else {
            const tag = (atKey ? keyTags : valueTags).find((t) => t.test.test(text));
            if (tag) {
                // A float comes back as a Scalar (it keeps its written precision for output).
                const resolved = tag.resolve(text, bail, resolveOptions);
                value = (0,dist/* isScalar */.jn)(resolved) ? resolved.value : resolved;
                if (value !== null && typeof value === 'object')
                    bail();
            }
            if (typeof value !== 'bigint')
                remember(known, text, value);
        }
    }
    if (typeof value === 'bigint')
        return bail();
    return { tree: { kind: 'scalar', start, end: valueEnd }, value, end };
}
/**
 * The value of a flow scalar on one line with nothing to unescape or unfold, as yaml's
 * resolveFlowScalar reads it (the text itself, or within its quotes); undefined for any other,
 * which yaml then reads. yaml builds a quoted value a character at a time, and a plain one
 * through a regular expression: most of the garbage of a proposal's parse.
 */
function flowText(token) {
    const source = token.source;
    if (source.includes('\n') || source.includes('\r'))
        return undefined;
    const last = source.length - 1;
    switch (token.type) {
        case 'scalar':
            // yaml reports these as a plain scalar's first character.
            return BAD_PLAIN_START.has(source.charCodeAt(0)) ? undefined : source;
        case 'double-quoted-scalar':
            return last > 0 && source.charCodeAt(last) === 0x22 && !source.includes('\\')
                ? source.slice(1, last)
                : undefined;
        case 'single-quoted-scalar':
            // The only `'` is the closing one: no `''` to unescape.
            return last > 0 && source.indexOf("'", 1) === last ? source.slice(1, last) : undefined;
        default:
            return undefined;
    }
}
// Tab , % | > @ ` (yaml's BAD_SCALAR_START), and no character at all (NaN).
const BAD_PLAIN_START = new Set([0x09, 0x2c, 0x25, 0x7c, 0x3e, 0x40, 0x60, NaN]);
/** yaml's resolveEnd after a flow scalar (space required before a comment): where it ends. */
function flowEnd(tokens, offset) {
    if (!tokens)
        return offset;
    let hasSpace = false;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
                break;
            case 'newline':
                hasSpace = true;
                break;
            case 'comment':
                if (!hasSpace)
                    bail();
                break;
            default:
                bail();
        }
        offset += token.source.length;
    }
    return offset;
}
/**
 * The schema's scalar tags, as this file was written against (yaml 2's core schema): a plain
 * scalar that starts with a letter other than n, t or f (either case) matches none of them,
 * so it is a string with no pattern tried. Should yaml's schema change, every plain scalar
 * is resolved through the tags again.
 */
const CORE_TESTS = [
    '^(?:~|[Nn]ull|NULL)?$',
    '^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$',
    '^0o[0-7]+$',
    '^[-+]?[0-9]+$',
    '^0x[0-9a-fA-F]+$',
    '^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$',
    '^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$',
    '^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$',
];
const PLAIN_STRINGS = keyTags.length === CORE_TESTS.length &&
    valueTags.length === CORE_TESTS.length &&
    keyTags.every((t, i) => t.test.source === CORE_TESTS[i] && !t.test.flags.includes('i'));
function startsAsString(text) {
    const c = text.charCodeAt(0) | 0x20; // ASCII letters in lower case; nothing else lands in a-z
    return c >= 0x61 && c <= 0x7a && c !== 0x6e && c !== 0x74 && c !== 0x66;
}
/** An empty node (`key:` with nothing after it), placed where yaml places it. */
function empty(offset, before, comment, end) {
    const at = emptyScalarPosition(offset, before);
    return {
        tree: { kind: 'scalar', start: at, end: at },
        value: null,
        end: comment ? end : at,
    };
}
function blockMap(map) {
    const names = [];
    const keys = [];
    const values = [];
    const data = {};
    let offset = map.offset;
    let commentEnd;
    for (let i = 0; i < map.items.length; i++) {
        const { start, key, sep, value } = map.items[i];
        const keyProps = readProps(start, 'explicit-key-ind', true, offset);
        if (keyProps.found)
            bail();
        if (!sep) {
            // Only comments: fine as the last item, an error in yaml anywhere else.
            if (key || value || i !== map.items.length - 1)
                bail();
            commentEnd = keyProps.end;
            continue;
        }
        if (!key || (key.type !== 'scalar' && key.type !== 'single-quoted-scalar')) {
            if (key?.type !== 'double-quoted-scalar')
                bail();
        }
        const k = key;
        if (k.indent !== map.indent || containsNewline(k))
            bail();
        const keyNode = scalar(k, true);
        if (typeof keyNode.value !== 'string' || keyNode.value === '<<')
            bail();
        const name = sameKey(keyNode.value);
        // A key seen before: yaml's Composer reports it where the key's properties end (here,
        // where the tokens before the key end), then reads its value all the same.
        // `names` holds exactly the keys set on `data`: searched while small, asked of the object
        // (a lookup in its shape, which changes with every key) only when large.
        const duplicate = names.length <= 32 ? names.includes(name) : Object.prototype.hasOwnProperty.call(data, name);
        if (duplicate)
            duplicates.push(keyProps.end);
        const valueProps = readProps(sep, 'map-value-ind', false, keyNode.end);
        if (!valueProps.found)
            bail();
        if (value?.type === 'block-map' && !valueProps.hasNewline)
            bail();
        // yaml's strict limit on implicit keys (1024 characters before the `:`).
        if (keyProps.start < valueProps.found.offset - 1024)
            bail();
        const valueNode = value
            ? build(value, false)
            : empty(valueProps.end, sep, valueProps.comment, valueProps.end);
        offset = valueNode.end;
        if (duplicate)
            continue; // the first occurrence is the one found
        names.push(name);
        keys.push(keyNode.tree);
        values.push(valueNode.tree);
        if (name in data) {
            Object.defineProperty(data, name, {
                value: valueNode.value,
                writable: true,
                enumerable: true,
                configurable: true,
            });
        }
        else {
            data[name] = valueNode.value;
        }
    }
    if (commentEnd !== undefined && commentEnd < offset)
        bail();
    return {
        tree: { kind: 'map', start: map.offset, names, keys, values },
        value: data,
        end: commentEnd ?? offset,
    };
}
function blockSeq(seq) {
    const items = [];
    const data = [];
    let offset = seq.offset;
    let commentEnd;
    for (let i = 0; i < seq.items.length; i++) {
        const { start, value } = seq.items[i];
        const props = readProps(start, 'seq-item-ind', true, offset);
        if (!props.found) {
            if (value || i !== seq.items.length - 1)
                bail();
            commentEnd = props.end;
            continue;
        }
        const node = value ? build(value, false) : empty(props.end, start, props.comment, props.end);
        offset = node.end;
        items.push(node.tree);
        data.push(node.value);
    }
    return {
        tree: { kind: 'seq', start: seq.offset, items },
        value: data,
        end: commentEnd ?? offset,
    };
}
/** `[a, b, "c"]` on one line: flow sequences of scalars, and `{}`. Other flow mappings go to the Composer. */
function flowSeq(flow) {
    const isMap = flow.start.source === '{';
    if (isMap && flow.items.length > 0)
        bail();
    const items = [];
    const data = [];
    for (let i = 0; i < flow.items.length; i++) {
        const { start, key, sep, value } = flow.items[i];
        if (key || sep || !value)
            bail();
        let commas = 0;
        for (const t of start) {
            if (t.type === 'comma')
                commas++;
            else if (t.type !== 'space' || t.source.includes('\t'))
                bail();
        }
        if (commas !== (i === 0 ? 0 : 1))
            bail();
        if (value.type !== 'scalar' && value.type !== 'single-quoted-scalar') {
            if (value.type !== 'double-quoted-scalar')
                bail();
        }
        const v = value;
        if (v.source.includes('\n') || v.end?.some((t) => t.type !== 'space'))
            bail();
        const node = scalar(v, false);
        items.push(node.tree);
        data.push(node.value);
    }
    const [close, ...rest] = flow.end;
    if (close?.type !== (isMap ? 'flow-map-end' : 'flow-seq-end'))
        bail();
    const end = readEnd(rest, true, close.offset + close.source.length);
    if (isMap) {
        const tree = { kind: 'map', start: flow.offset, names: [], keys: [], values: [] };
        return { tree, value: {}, end };
    }
    return { tree: { kind: 'seq', start: flow.offset, items }, value: data, end };
}
/**
 * yaml's resolveProps for the tokens before a node, narrowed: only spaces (no tabs),
 * comments after white space, line breaks and at most one `indicator`; anything else
 * (anchors, tags, errors, stray tokens) goes to the Composer.
 */
function readProps(tokens, indicator, startOnNewline, offset) {
    let hasSpace = startOnNewline;
    let hasNewline = false;
    let comment = false;
    let found;
    // Indexed loops here and below: for\u2026of allocates an iterator in code not yet optimized.
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        switch (token.type) {
            case 'space':
                if (token.source.includes('\t'))
                    bail();
                hasSpace = true;
                break;
            case 'comment':
                if (!hasSpace)
                    bail();
                comment = true;
                break;
            case 'newline':
                hasNewline = true;
                hasSpace = true;
                break;
            default:
                if (token.type !== indicator || found)
                    bail();
                found = token;
                hasSpace = false;
        }
    }
    // Not tokens[-1] when there are none: a negative index is a slow property lookup in V8.
    const last = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
    const end = last ? last.offset + last.source.length : offset;
    return { found, hasNewline, comment, end, start: end };
}
/** yaml's resolveEnd: spaces, comments and line breaks after a node; returns where they end. */
function readEnd(tokens, strict, offset = 0) {
    let hasSpace = false;
    if (!tokens)
        return offset;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.type === 'space' || token.type === 'newline') {
            if (token.source.includes('\t'))
                bail();
            hasSpace = true;
        }
        else if (token.type === 'comment') {
            if (strict && !hasSpace)
                bail();
        }
        else {
            bail();
        }
        offset += token.source.length;
    }
    return offset;
}
function containsNewline(key) {
    return key.source.includes('\n') || (key.end?.some((t) => t.type === 'newline') ?? false);
}
/** yaml's emptyScalarPosition: after the last token that is not a space, comment or line break. */
function emptyScalarPosition(offset, before) {
    for (let i = before.length - 1; i >= 0; --i) {
        let st = before[i];
        if (st.type === 'space' || st.type === 'comment' || st.type === 'newline') {
            offset -= st.source.length;
            continue;
        }
        st = before[++i];
        while (st?.type === 'space') {
            offset += st.source.length;
            st = before[++i];
        }
        break;
    }
    return offset;
}

;// CONCATENATED MODULE: ./src/core/proposal/parse.ts



// Proposals are small (a few dozen entries, four levels deep). The limits below are far
// above what any proposal needs and far below what could hurt the run; each one ends as a
// proposal-invalid finding that says which limit was hit.
/** Most alias nodes in a document, and yaml's limit on expanded aliases (alias bombs). */
const MAX_ALIASES = 100;
/**
 * Deepest nesting of lists and mappings, aliases expanded. The YAML library composes nodes
 * recursively: at about a thousand levels it overflows the stack, and V8 may then abort the
 * whole process (a fatal out-of-memory in its regexp compiler) instead of throwing. Nesting
 * is therefore measured on the concrete syntax tree, which the library builds without
 * recursion, and refused before anything recursive runs.
 */
const MAX_DEPTH = 64;
/** Most entries (list items and mapping pairs) in one document. */
const MAX_ENTRIES = 5_000;
/**
 * Most lexemes (the YAML lexer's tokens) in one document: about ten per entry, so twenty
 * times MAX_ENTRIES. The composer builds an object, sometimes an error, per token before any
 * later limit applies; counting in the lexer pass bounds the work per file by this number.
 */
const MAX_LEXEMES = 20 * MAX_ENTRIES;
/** Most tags and anchors (`!x`, `&x`): each may cost the composer an error with a stack. */
const MAX_PROPS = 2 * MAX_ALIASES;
/** Most syntax errors the parser may report before the file is refused outright. */
const MAX_SYNTAX_ERRORS = 100;
/** Most YAML syntax problems listed for one file; the rest are counted in one more. */
const MAX_YAML_PROBLEMS = 20;
/** Longest message quoted from the YAML library (it may quote a whole token). */
const MAX_MESSAGE_CHARS = 300;
/** Reads a proposal from a YAML file, or from a Markdown file's front matter. */
function parseProposal(file, text) {
    const source = lineBreaks(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (/\.md$/i.test(file)) {
        const fm = extractFrontMatter(source);
        if (fm === null) {
            const late = lateFrontMatter(source);
            if (late) {
                return {
                    kind: 'document',
                    document: {
                        data: undefined,
                        problems: [{ rule: 'proposal-invalid', ...late }],
                        locate: () => ({ line: late.line, column: 1 }),
                    },
                };
            }
            return { kind: 'skipped', reason: 'Markdown file with no YAML front matter' };
        }
        if ('error' in fm) {
            return {
                kind: 'document',
                document: {
                    data: undefined,
                    problems: [{ rule: 'proposal-invalid', message: fm.error, line: 1, column: 1 }],
                    locate: () => ({ line: 1, column: 1 }),
                },
            };
        }
        return { kind: 'document', document: parseYaml(fm.yaml, fm.lineOffset) };
    }
    return { kind: 'document', document: parseYaml(source, 0) };
}
/**
 * A lone CR (classic Mac OS) is a line break in YAML 1.2, but the YAML library reads it as
 * part of the line. Replaced by LF, one character for one, so every offset stays the same.
 */
function lineBreaks(text) {
    return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
/**
 * Front matter that opens after blank lines or HTML comments: Markdown tools would not read
 * it as front matter, and silently skipping a proposal the author meant is worse than saying so.
 */
function lateFrontMatter(text) {
    const lines = text.split(/\r?\n/);
    let i = 0;
    let comment = false;
    let what = '';
    for (; i < lines.length; i++) {
        const line = lines[i].trim();
        if (comment) {
            if (line.includes('-->'))
                comment = false;
            continue;
        }
        if (line === '') {
            what ||= 'blank lines';
            continue;
        }
        if (line.startsWith('<!--')) {
            what = 'an HTML comment';
            if (!line.includes('-->'))
                comment = true;
            continue;
        }
        break;
    }
    if (i === 0 || i >= lines.length || lines[i].trimEnd() !== '---')
        return undefined;
    const closes = lines.slice(i + 1).some((l) => ['---', '...'].includes(l.trimEnd()));
    if (!closes)
        return undefined;
    return {
        message: `the front matter opens on line ${i + 1}, after ${what}; it must open on line 1: move the \`---\` block to the top of the file`,
        line: i + 1,
        column: 1,
    };
}
/** The YAML between a first line `---` and the next `---` (or `...`) line; null when there is none. */
function extractFrontMatter(text) {
    // Line by line up to the closing line, without splitting the Markdown body too; a front
    // matter with a CR in it is read by the split below, which drops the CR of each CRLF.
    let start = 0;
    for (let n = 0; start <= text.length; n++) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl;
        const line = text.slice(start, end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end);
        const mark = line.trimEnd();
        if (n === 0 && mark !== '---')
            return null;
        if (n > 0 && (mark === '---' || mark === '...')) {
            const body = text.indexOf('\n') + 1;
            const yaml = n === 1 ? '' : text.slice(body, start - 1);
            if (!yaml.includes('\r'))
                return { yaml, lineOffset: 1 };
            break;
        }
        if (nl < 0)
            break;
        start = nl + 1;
    }
    const lines = text.split(/\r?\n/);
    if (lines[0]?.trimEnd() !== '---')
        return null;
    for (let i = 1; i < lines.length; i++) {
        const line = lines[i].trimEnd();
        if (line === '---' || line === '...') {
            return { yaml: lines.slice(1, i).join('\n'), lineOffset: 1 };
        }
    }
    return {
        error: 'the front matter that opens on line 1 is never closed: add a line `---` after it',
    };
}
/**
 * Reads one YAML document with node positions. `subject` names the file in messages
 * ("a proposal", "the configuration"); the configuration loader reuses this.
 */
function parseYaml(raw, lineOffset = 0, subject = 'a proposal') {
    const text = lineBreaks(raw);
    const lineCounter = new dist/* LineCounter */.HN();
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line: line + lineOffset, column: col };
    };
    const fail = (message, offset) => ({
        data: undefined,
        problems: [{ rule: 'proposal-invalid', message, ...at(offset) }],
        locate: () => ({ line: 1 + lineOffset, column: 1 }),
    });
    const scanned = scan(text, lineCounter, subject);
    if ('problem' in scanned)
        return fail(scanned.problem, scanned.offset);
    // Plain YAML is read straight from the tokens; the rest is composed (src/core/proposal/cst.ts).
    const quick = readCst(scanned.tokens, text, at);
    if (quick?.duplicates) {
        // Only duplicate keys: what the Composer would report, without composing.
        const issues = quick.duplicates.map((offset) => ({
            code: 'DUPLICATE_KEY',
            message: 'Map keys must be unique',
            pos: [offset, offset + 1],
        }));
        const problems = yamlProblems(issues, subject, at);
        return { data: undefined, locate: quick.locate, source: quick.source, problems };
    }
    if (quick)
        return { data: quick.data, locate: quick.locate, source: quick.source, problems: [] };
    const doc = compose(scanned.tokens, text.length);
    const problems = yamlProblems([...doc.errors, ...doc.warnings], subject, at);
    const index = new WeakMap();
    const locate = (path, target = 'value') => {
        const node = findNode(doc.contents, path, target, index);
        return node?.range ? at(node.range[0]) : { line: 1 + lineOffset, column: 1 };
    };
    const source = (path) => {
        const node = findNode(doc.contents, path, 'value', index);
        return (0,dist/* isScalar */.jn)(node) && node.range
            ? text.slice(node.range[0], node.range[1]).trim()
            : undefined;
    };
    const surveyed = problems.length === 0 ? survey(doc, subject) : undefined;
    if (surveyed) {
        const keyProblem = surveyed.badKey;
        if (keyProblem) {
            problems.push({
                rule: 'proposal-invalid',
                message: keyProblem.message,
                ...(keyProblem.range ? at(keyProblem.range[0]) : { line: 1 + lineOffset, column: 1 }),
            });
        }
    }
    if (surveyed && problems.length === 0) {
        const aliasProblem = checkAliases(doc, surveyed, subject);
        if (aliasProblem) {
            problems.push({
                rule: 'proposal-invalid',
                message: aliasProblem.message,
                ...(aliasProblem.range ? at(aliasProblem.range[0]) : { line: 1 + lineOffset, column: 1 }),
            });
        }
    }
    let data;
    if (problems.length === 0) {
        try {
            data = doc.toJS({ maxAliasCount: MAX_ALIASES });
        }
        catch (err) {
            const alias = unresolvedAlias(doc);
            problems.push({
                rule: 'proposal-invalid',
                message: alias
                    ? `invalid YAML: the alias *${alias.source} names no anchor (&${alias.source}) set before it`
                    : `the YAML cannot be read: ${clip(err.message)}`,
                ...(alias?.range ? at(alias.range[0]) : { line: 1 + lineOffset, column: 1 }),
            });
        }
    }
    return { data, problems, locate, source };
}
/** The YAML library's errors and warnings as problems: the first MAX_YAML_PROBLEMS, then a count. */
function yamlProblems(issues, subject, at) {
    const problems = [];
    for (const issue of issues.slice(0, MAX_YAML_PROBLEMS)) {
        problems.push({
            rule: 'proposal-invalid',
            message: yamlMessage(issue.code, issue.message, subject),
            ...at(issue.pos[0]),
        });
    }
    if (issues.length > MAX_YAML_PROBLEMS) {
        const more = issues.length - MAX_YAML_PROBLEMS;
        problems.push({
            rule: 'proposal-invalid',
            message: `${more} more YAML ${more === 1 ? 'problem is' : 'problems are'} not listed; fix the ones above first`,
            ...at(issues[MAX_YAML_PROBLEMS].pos[0]),
        });
    }
    return problems;
}
/**
 * The concrete syntax tree, built by yaml's Parser one lexeme at a time (neither it nor the
 * Lexer recurses), refused when it nests deeper than MAX_DEPTH or holds more than
 * MAX_ENTRIES entries. Deep input stops the parser early, so a megabyte of `[` costs
 * milliseconds. Nothing here recurses.
 */
function scan(text, lineCounter, subject) {
    const tooDeep = (offset) => ({
        problem: `the YAML nests lists and mappings more than ${MAX_DEPTH} levels deep; ${subject} needs only a few levels`,
        offset,
    });
    const parser = new dist/* Parser */.iX(lineCounter.addNewLine);
    lineCounter.addNewLine(0); // Parser.parse() does this for the first line.
    const tokens = [];
    // The parser's stack holds the open nodes, about one per level of nesting.
    const earlyLimit = 2 * MAX_DEPTH + 16;
    let lexemes = 0;
    let props = 0;
    let errors = 0;
    // The bundle's yaml returns arrays (scripts/yaml-nogen.mjs), read here by index: for\u2026of
    // runs the iterator protocol, which costs in code not yet optimized (most of a run).
    // Unpatched yaml (the tests) returns generators, still read one lexeme at a time.
    // The bundle's Parser also has next$(), which next() wraps: it pushes each token onto
    // `$out` (scripts/yaml-nogen.mjs). Pointed at `tokens`, it adds them there directly,
    // without next()'s two arrays per lexeme (its arguments and its result).
    const direct = nogenParser(parser);
    if (direct)
        direct.$out = tokens;
    const lexed = new dist/* Lexer */.JG().lex(text);
    const lexArray = Array.isArray(lexed) ? lexed : undefined;
    const lexIterator = lexArray ? undefined : lexed[Symbol.iterator]();
    for (let at = 0;; at++) {
        let lexeme;
        if (lexArray) {
            if (at >= lexArray.length)
                break;
            lexeme = lexArray[at];
        }
        else {
            const next = lexIterator.next();
            if (next.done)
                break;
            lexeme = next.value;
        }
        if (++lexemes > MAX_LEXEMES) {
            return {
                problem: `the YAML holds more than ${MAX_LEXEMES} tokens; ${subject} holds a few hundred`,
                offset: parser.offset,
            };
        }
        const first = lexeme.charCodeAt(0);
        if ((first === 0x21 || first === 0x26) && ++props > MAX_PROPS) {
            return {
                problem: `the YAML holds more than ${MAX_PROPS} tags and anchors (!x, &x); ${subject} needs none`,
                offset: parser.offset,
            };
        }
        let from = tokens.length;
        let parsed = tokens;
        if (direct) {
            direct.next$(lexeme); // its tokens land at the end of `tokens`
        }
        else {
            const produced = parser.next(lexeme);
            parsed = Array.isArray(produced) ? produced : [...produced];
            from = 0;
        }
        for (let i = from; i < parsed.length; i++) {
            const token = parsed[i];
            if (token.type === 'error' && ++errors > MAX_SYNTAX_ERRORS) {
                return {
                    problem: `the file has more than ${MAX_SYNTAX_ERRORS} YAML syntax errors; is it YAML at all?`,
                    offset: token.offset,
                };
            }
            if (parsed !== tokens)
                tokens.push(token);
        }
        if (parser.stack.length > earlyLimit)
            return tooDeep(parser.offset);
    }
    if (direct)
        direct.$out = undefined;
    for (const token of parser.end())
        tokens.push(token);
    // The exact depth and size, with an explicit stack (two, in step: no pair per node).
    const pending = tokens.slice();
    const depths = tokens.map(() => 0);
    let entries = 0;
    while (pending.length > 0) {
        const token = pending.pop();
        const depth = depths.pop();
        if (token.type === 'document') {
            if (token.value) {
                pending.push(token.value);
                depths.push(depth);
            }
        }
        else if (token.type === 'block-map' ||
            token.type === 'block-seq' ||
            token.type === 'flow-collection') {
            if (depth + 1 > MAX_DEPTH)
                return tooDeep(token.offset);
            entries += token.items.length;
            if (entries > MAX_ENTRIES) {
                return {
                    problem: `the YAML holds more than ${MAX_ENTRIES} entries (list items and mapping keys); ${subject} holds a few dozen`,
                    offset: token.offset,
                };
            }
            for (let i = 0; i < token.items.length; i++) {
                const item = token.items[i];
                if (item.key) {
                    pending.push(item.key);
                    depths.push(depth + 1);
                }
                if (item.value) {
                    pending.push(item.value);
                    depths.push(depth + 1);
                }
            }
        }
    }
    return { tokens };
}
/** The Parser's generator-free internals, where the build transformed it (else undefined). */
function nogenParser(parser) {
    const p = parser;
    return typeof p.next$ === 'function'
        ? p
        : undefined;
}
/** yaml's parseDocument, from tokens already read: the first document, and an error for more. */
function compose(tokens, length) {
    // yaml reports a file's problems as Error objects; nothing reads their stacks, and capturing
    // one per problem was ~0.6% of 10,000 proposals (a sixth of them invalid).
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return composeDocument(tokens, length);
    }
    finally {
        Error.stackTraceLimit = stackTraceLimit;
    }
}
function composeDocument(tokens, length) {
    const composer = new dist/* Composer */.Dk({
        uniqueKeys: true,
        // `!!binary`, `!!set`, `!!timestamp`\u2026 would otherwise become bytes, sets and dates.
        resolveKnownTags: false,
        keepSourceTokens: false,
    });
    let doc;
    for (const next of composer.compose(tokens, true, length)) {
        if (!doc) {
            doc = next;
        }
        else {
            doc.errors.push(new dist/* YAMLParseError */.XT([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'more documents'));
            break;
        }
    }
    // compose(\u2026, forceDoc = true) always yields a document.
    return doc;
}
/**
 * One pass over the document in document order, with an explicit stack (yaml's `visit`
 * recurses and freezes a path array per node, which cost more than the checks themselves).
 */
function survey(doc, subject) {
    const anchors = new Map();
    const result = { targets: new Map(), aliases: 0 };
    const stack = doc.contents ? [doc.contents] : [];
    while (stack.length > 0) {
        const item = stack.pop();
        if ((0,dist/* isPair */.tO)(item)) {
            const key = item.key;
            if (!result.badKey) {
                if ((0,dist/* isCollection */.P3)(key) || (0,dist/* isAlias */.Vj)(key)) {
                    result.badKey = {
                        message: `a key must be a plain name, not ${(0,dist/* isAlias */.Vj)(key) ? 'an alias' : 'a list or mapping'}`,
                        range: key.range,
                    };
                }
                else if ((0,dist/* isScalar */.jn)(key) && key.value === '<<' && key.type === 'PLAIN') {
                    result.badKey = {
                        message: `merge keys (\`<<\`) are not supported in ${subject}: write the fields out`,
                        range: key.range,
                    };
                }
            }
            // Pushed in reverse, so that the key is seen before the value.
            if (item.value != null)
                stack.push(item.value);
            if (key != null)
                stack.push(key);
            continue;
        }
        if (!isNodeLike(item))
            continue;
        if ((0,dist/* isAlias */.Vj)(item)) {
            result.aliases++;
            result.targets.set(item, anchors.get(item.source));
            continue;
        }
        if (item.anchor)
            anchors.set(item.anchor, item);
        if ((0,dist/* isCollection */.P3)(item)) {
            for (let i = item.items.length - 1; i >= 0; i--)
                stack.push(item.items[i]);
        }
    }
    return result;
}
/**
 * Refuses an alias that refers to a node containing it (the data would be circular), and
 * aliases that nest the data deeper than MAX_DEPTH once expanded. Iterative, memoised.
 */
function checkAliases(doc, { targets, aliases }, subject) {
    if (aliases === 0)
        return undefined;
    if (aliases > MAX_ALIASES) {
        return {
            message: `the YAML uses ${aliases} aliases (*name); ${subject} may use at most ${MAX_ALIASES}, and this many looks like an alias bomb`,
        };
    }
    const children = (node) => {
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = targets.get(node);
            return target ? [target] : [];
        }
        if ((0,dist/* isMap */.jh)(node)) {
            return node.items.flatMap((p) => [p.key, p.value].filter((n) => isNodeLike(n)));
        }
        if ((0,dist/* isSeq */.oP)(node))
            return node.items.filter((n) => isNodeLike(n));
        return [];
    };
    // Depth in collections once aliases are expanded: post-order over an explicit stack.
    const depth = new Map();
    const open = new Set();
    const root = doc.contents;
    if (!root)
        return undefined;
    const stack = [{ node: root, next: children(root) }];
    open.add(root);
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        const child = frame.next.pop();
        if (child !== undefined) {
            if (depth.has(child))
                continue;
            if (open.has(child)) {
                const alias = (0,dist/* isAlias */.Vj)(frame.node) ? frame.node : undefined;
                return {
                    message: `an alias refers to a node that contains it${alias ? ` (*${alias.source})` : ''}: ${subject} cannot be recursive`,
                    ...(alias?.range ? { range: alias.range } : {}),
                };
            }
            open.add(child);
            stack.push({ node: child, next: children(child) });
            continue;
        }
        stack.pop();
        open.delete(frame.node);
        const own = (0,dist/* isCollection */.P3)(frame.node) ? 1 : 0;
        const below = Math.max(0, ...children(frame.node).map((c) => depth.get(c) ?? 0));
        const d = own + below;
        if (d > MAX_DEPTH) {
            return {
                message: `aliases nest the data more than ${MAX_DEPTH} levels deep once expanded; ${subject} needs only a few levels`,
                ...(frame.node.range ? { range: frame.node.range } : {}),
            };
        }
        depth.set(frame.node, d);
    }
    return undefined;
}
function isNodeLike(n) {
    return n !== null && typeof n === 'object' && ((0,dist/* isAlias */.Vj)(n) || (0,dist/* isScalar */.jn)(n) || (0,dist/* isCollection */.P3)(n));
}
/** Longest piece of a file's own text that a message may carry (a token, cut short). */

/**
 * One line of the YAML library's message, with each piece of file text it quotes (a "\u2026"
 * string, a !tag, any long word) cut to MAX_TOKEN_CHARS: a file may be a secret a link led
 * to, and a message is published in the pull request's comment.
 */
function clip(text) {
    const cut = (token) => token.length > format/* MAX_TOKEN_CHARS */.rn ? `${token.slice(0, format/* MAX_TOKEN_CHARS */.rn)}\u2026` : token;
    const line = text
        .split('\n')[0]
        .replace(/"((?:[^"\\]|\\.)*)"/g, (_m, inner) => `"${cut(inner)}"`)
        .replace(/[^\s"]{13,}/g, (word) => cut(word));
    return line.length > MAX_MESSAGE_CHARS ? `${line.slice(0, MAX_MESSAGE_CHARS - 1)}\u2026` : line;
}
/** The first alias (`*name`) with no anchor (`&name`) before it, if any. */
function unresolvedAlias(doc) {
    const anchors = new Set();
    let found;
    (0,dist/* visit */.YR)(doc, {
        Node(_key, node) {
            if ((0,dist/* isAlias */.Vj)(node)) {
                if (!anchors.has(node.source)) {
                    found = node;
                    return dist/* visit */.YR.BREAK;
                }
            }
            else if (node.anchor) {
                anchors.add(node.anchor);
            }
            return undefined;
        },
    });
    return found;
}
/** yaml's messages carry a code snippet and position we already report; keep the first sentence. */
function yamlMessage(code, message, subject) {
    const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    if (code === 'DUPLICATE_KEY')
        return 'a key appears twice in the same mapping; keep one';
    if (code === 'TAG_RESOLVE_FAILED' || code === 'BAD_COLLECTION_TYPE') {
        return `custom YAML tags are not allowed in ${subject} (${clip(first)})`;
    }
    if (code === 'MULTIPLE_DOCS') {
        return `the file holds more than one YAML document; ${subject} is a single document`;
    }
    return `invalid YAML: ${clip(first)}`;
}
/** Walks maps and sequences; returns the deepest node on the path that exists. */
function findNode(root, path, target, index) {
    let node = root;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        const last = i === path.length - 1;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = keyIndex(node, index).get(String(seg));
            if (!pair)
                return node;
            if (last && target === 'key')
                return pair.key;
            node = pair.value ?? pair.key;
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            const item = node.items[Number(seg)];
            if (!item)
                return node;
            node = item;
        }
        else {
            return node;
        }
    }
    return node;
}
/**
 * The pairs of a mapping by key, built once: a file with thousands of unknown keys gets a
 * message at each, and a linear search per message made that quadratic (minutes).
 */
function keyIndex(map, index) {
    let byKey = index.get(map);
    if (!byKey) {
        byKey = new Map();
        for (const p of map.items) {
            if (!(0,dist/* isScalar */.jn)(p.key))
                continue;
            const k = String(p.key.value);
            if (!byKey.has(k))
                byKey.set(k, p);
        }
        index.set(map, byKey);
    }
    return byKey;
}


/***/ }),

/***/ 3086:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ge: () => (/* binding */ schemaIssues),
/* harmony export */   h7: () => (/* binding */ notAProposal),
/* harmony export */   v3: () => (/* binding */ validateProposal)
/* harmony export */ });
/* unused harmony exports fieldName, describe */
/* harmony import */ var _schema_proposal_schema_json__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2313);
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6161);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6228);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2085);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8641);





const PROPOSAL_WORDING = {
    root: 'the proposal',
    key: 'field',
    patterns: {
        [_schema_proposal_schema_json__WEBPACK_IMPORTED_MODULE_0__.properties.language.pattern]: 'a language name in lower case, such as go or rust',
        [_schema_proposal_schema_json__WEBPACK_IMPORTED_MODULE_0__.properties.waivers.items.properties.expires.pattern]: 'a date written YYYY-MM-DD, such as 2026-12-31',
        [_schema_proposal_schema_json__WEBPACK_IMPORTED_MODULE_0__.properties.waivers.items.properties.reason.pattern]: 'a reason in words (blank space records no decision)',
    },
};
/** Maps ajv errors to messages at lines and columns of `doc`, without duplicates. */
function schemaIssues(errors, doc, wording) {
    const issues = [];
    const seen = new Set();
    for (const error of errors ?? []) {
        const issue = describeError(error, pointerToPath(error.instancePath), doc, wording);
        const key = `${issue.line}:${issue.column}:${issue.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        issues.push(issue);
    }
    return issues;
}
/** Checks a parsed document against schema/proposal.schema.json, mapping errors to lines. */
function validateProposal(doc) {
    const data = doc.data;
    if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
        const found = data === null || data === undefined ? 'an empty document' : describe(data);
        return {
            proposal: undefined,
            problems: [
                {
                    rule: 'proposal-invalid',
                    message: `a proposal is a mapping of fields (service, language, kind, workload, \u2026); found ${found}`,
                    ...doc.locate([]),
                },
            ],
        };
    }
    // Compiled ahead of time (scripts/generate-validators.mjs): nothing to compile at start-up.
    const validate = _generated_validators_js__WEBPACK_IMPORTED_MODULE_1__/* .proposal */ .vC;
    const problems = policyProblems(data, doc);
    if (validate(data) && problems.length === 0)
        return { proposal: data, problems };
    const badWaivers = new Set();
    // A language flagged as an alias already has its message; the pattern's would repeat it.
    const aliased = problems.some((p) => p.path === 'language');
    for (const { path, message, line, column } of schemaIssues(validate.errors, doc, PROPOSAL_WORDING)) {
        if (aliased && path.length === 1 && path[0] === 'language')
            continue;
        if (path[0] === 'waivers' && typeof path[1] === 'number') {
            badWaivers.add(path[1]);
            problems.push({ rule: 'waiver-invalid', message, line, column });
        }
        else {
            problems.push({ rule: 'proposal-invalid', message, line, column });
        }
    }
    const onlyWaivers = problems.every((p) => p.rule === 'waiver-invalid');
    if (!onlyWaivers)
        return { proposal: undefined, problems: problems.map(strip) };
    const proposal = { ...data };
    proposal.waivers = (proposal.waivers ?? []).filter((_, i) => !badWaivers.has(i));
    return { proposal, problems: problems.map(strip) };
}
function strip({ rule, message, line, column }) {
    return { rule, message, line, column };
}
/**
 * Policy 1.1's checks beyond the schema: top-level keys that are typos of a field, a
 * language that is go or rust under another name, and experience counts above the team's size.
 */
function policyProblems(data, doc) {
    const out = [];
    for (const key of Object.keys(data)) {
        const kind = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyKey */ .eL)(key);
        if (kind.kind !== 'near-miss')
            continue;
        out.push({
            rule: 'proposal-invalid',
            message: `unknown field ${keyName(key, true)}. Did you mean \`${kind.field}\`?`,
            ...doc.locate([key], 'key'),
        });
    }
    if (typeof data.language === 'string') {
        const meant = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .languageAlias */ .Zk)(data.language);
        if (meant) {
            out.push({
                rule: 'proposal-invalid',
                path: 'language',
                message: `\`language\` must be written \`${meant}\`; found ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(data.language, _format_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_TOKEN_CHARS */ .rn)}. Did you mean \`${meant}\`? The rules judge go and rust only by these names.`,
                ...doc.locate(['language']),
            });
        }
    }
    const team = data.team;
    if (team !== null && typeof team === 'object' && !Array.isArray(team)) {
        const t = team;
        if (typeof t.size === 'number') {
            for (const field of ['rust-experience', 'go-experience']) {
                const n = t[field];
                if (typeof n === 'number' && n > t.size) {
                    out.push({
                        rule: 'proposal-invalid',
                        message: `\`team.${field}\` is ${n}, more than \`team.size\` (${t.size}): it counts engineers on the team who have shipped the language, so it is at most the team's size`,
                        ...doc.locate(['team', field]),
                    });
                }
            }
        }
    }
    return out;
}
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/** `workload.latency.p99-ms`, `constraints[0].source`. */
function fieldName(path, root = 'the proposal') {
    let out = '';
    for (const seg of path)
        out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
    return out || root;
}
/**
 * A value as messages show it: `the string "CPU"`, `number 3`, `a list`. A string is the
 * offending token: quoted, cut to MAX_TOKEN_CHARS (the file may be a secret).
 */
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `the string ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(value, _format_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_TOKEN_CHARS */ .rn)}`;
    return `${typeof value} ${String(value)}`;
}
function describeError(error, path, doc, wording) {
    const field = path.length ? `\`${fieldName(path)}\`` : wording.root;
    const problem = (message, at, target = 'value') => ({ path, message, ...doc.locate(at, target) });
    const params = error.params;
    switch (error.keyword) {
        case 'required': {
            const missing = String(params.missingProperty);
            return problem(`missing required ${wording.key} \`${fieldName([...path, missing])}\``, path);
        }
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = Object.keys(error.parentSchema?.properties ?? {});
            const where = path.length ? ` in ${field}` : '';
            const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(key, known);
            return problem(`unknown ${wording.key} ${keyName(key, hint !== '')}${where}.${hint}`.replace(/\.\s*$/, ''), [...path, key], 'key');
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const value = error.data;
            const hint = typeof value === 'string' ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(value, allowed) : '';
            return problem(`${field} must be one of ${allowed.join(', ')}; found ${describe(value)}.${hint}`, path);
        }
        case 'type': {
            const want = String(params.type);
            let advice = '';
            if (want === 'string' && typeof error.data === 'number') {
                // Quote what was written: "1.20", not the number YAML made of it (once, cut short).
                const read = String(error.data);
                const written = doc.source?.(path) ?? read;
                advice =
                    written === read
                        ? ` Quote it (${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(written, _format_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_TOKEN_CHARS */ .rn)}).`
                        : ` Quote it (${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(written, _format_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_TOKEN_CHARS */ .rn)}): unquoted, YAML reads it as the number ${read}.`;
            }
            return problem(`${field} must be ${article(want)}; found ${describe(error.data)}.${advice}`, path);
        }
        case 'minimum':
        case 'maximum': {
            const bound = error.keyword === 'minimum' ? 'at least' : 'at most';
            return problem(`${field} must be ${bound} ${String(params.limit)}; found ${String(error.data)}`, path);
        }
        case 'exclusiveMinimum':
            return problem(`${field} must be more than ${String(params.limit)}; found ${String(error.data)}`, path);
        case 'minLength':
        case 'minProperties':
            return problem(`${field} must not be empty`, path);
        case 'maxLength':
            return problem(`${field} must be at most ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(Number(params.limit), 'character')} long`, path);
        case 'minItems':
            return problem(`${field} must list at least ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(Number(params.limit), 'item')}`, path);
        case 'maxItems':
            return problem(`${field} must list at most ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(Number(params.limit), 'item')}`, path);
        case 'uniqueItems':
            return problem(`${field} lists the same value twice (items ${String(params.i)} and ${String(params.j)})`, [...path, Number(params.j)]);
        case 'dependencies': {
            const has = String(params.property);
            return problem(`${field} has \`${has}\` but no \`${String(params.missingProperty)}\`, which it needs`, [...path, has], 'key');
        }
        case 'pattern': {
            const pattern = String(params.pattern);
            const like = wording.patterns?.[pattern] ?? `text that matches ${pattern}`;
            const fixed = typeof error.data === 'string' ? error.data.toLowerCase().trim() : undefined;
            // The file's own value in lower case: offered only when short enough to quote whole.
            const hint = fixed !== undefined &&
                fixed !== error.data &&
                fixed.length <= _format_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_TOKEN_CHARS */ .rn &&
                new RegExp(pattern, 'u').test(fixed)
                ? ` Did you mean ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(fixed)}?`
                : '';
            return problem(`${field} must be ${like}; found ${describe(error.data)}.${hint}`, path);
        }
        default:
            return problem(`${field} ${error.message ?? 'is not valid'}`, path);
    }
}
/**
 * A key as the user wrote it. A plain name within two edits of a known one (`nearMiss`) is
 * our own word misspelt, shown in backticks; any other key is an offending token, quoted and
 * cut short.
 */
function keyName(key, nearMiss) {
    return nearMiss && /^[\w.-]{1,60}$/.test(key) ? `\`${key}\`` : (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(key, _format_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_TOKEN_CHARS */ .rn);
}
/** `a string`, `a whole number`, and for union types `a string, number or boolean`. */
function article(type) {
    const names = type
        .split(',')
        .map((t) => t === 'integer' ? 'whole number' : t === 'object' ? 'mapping' : t === 'array' ? 'list' : t);
    const name = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0];
    return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}
/**
 * Why a Markdown file is not a proposal although it has front matter: a decision record or
 * an index page whose front matter holds no proposal field (nor a near miss of one).
 * `status` alone does not count: decision records have one of their own.
 */
function notAProposal(file, doc) {
    if (!/\.md$/i.test(file) || doc.problems.length > 0)
        return undefined;
    const data = doc.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return undefined;
    const proposalLike = Object.keys(data).some((key) => {
        const kind = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyKey */ .eL)(key);
        return (kind.kind === 'field' && key !== 'status') || kind.kind === 'near-miss';
    });
    return proposalLike
        ? undefined
        : 'Markdown file whose front matter has no proposal field (a decision record or index page)';
}


/***/ }),

/***/ 4145:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   renderCompact: () => (/* binding */ renderCompact)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6745);

/**
 * One line a finding, `file:line:col: severity rule message`, the shape GitHub's problem
 * matchers (.github/stack-verdict-matcher.json) and editors' quickfix lists read. Text from a
 * proposal (its file name, a message quoting it) is made one line and control-free, so that
 * it can neither forge another line nor move the cursor. A waived finding says so in place of
 * its severity ("waived" matches no severity a matcher reads). Skipped files are not listed:
 * they have no finding.
 */
function renderCompact(report, options = {}) {
    const out = [];
    for (const p of report.proposals) {
        const draft = p.status === 'draft' ? '(draft) ' : '';
        for (const f of p.findings) {
            if (options.errorsOnly && (f.waived || f.severity !== 'error'))
                continue;
            const severity = f.waived ? 'waived' : f.severity;
            out.push(`${oneLine(p.file)}:${f.line}:${f.column}: ${severity} ${oneLine(f.rule)} ${draft}${oneLine(f.message)}`);
        }
    }
    return out.length ? `${out.join('\n')}\n` : '';
}
function oneLine(text) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .stripControl */ .kU)((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .asText */ .e1)(text))
        .replace(/[\n\t\u2028\u2029\u0085]+/g, ' ')
        .trim();
}


/***/ }),

/***/ 4346:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ costLine)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6228);

/**
 * The price of a Rust choice as one line of figures (policy 1.1, `costs`), shared by the
 * comment, the job summary and the text output so that all three say the same. Undefined
 * when nothing could be computed. Members come from a report, which may have been written by
 * an untrusted run (fork-safe mode), so each is checked before it is shown.
 */
function costLine(costs) {
    if (costs === null || typeof costs !== 'object')
        return undefined;
    const parts = [];
    const premium = pair(costs.premiumPerYear);
    if (premium)
        parts.push(`pay premium ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .usdRange */ .iQ)(premium)} a year`);
    const onboarding = pair(costs.onboardingEngineerMonths);
    if (onboarding)
        parts.push(`onboarding ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .range */ .y1)(onboarding)} engineer-months`);
    const ramp = pair(costs.rampEngineerMonthsPerYear);
    if (ramp)
        parts.push(`ramp from attrition ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .range */ .y1)(ramp)} engineer-months a year`);
    const ci = costs.ciMinutesPerDay;
    if (typeof ci === 'number' && Number.isFinite(ci)) {
        parts.push(`CI ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(ci)} more build minutes a day`);
    }
    return parts.length ? `Cost of Rust: ${parts.join(' \u00b7 ')}` : undefined;
}
function pair(value) {
    if (!Array.isArray(value) || value.length !== 2)
        return undefined;
    const [lo, hi] = value;
    if (typeof lo !== 'number' || typeof hi !== 'number')
        return undefined;
    if (!Number.isFinite(lo) || !Number.isFinite(hi))
        return undefined;
    return [lo, hi];
}


/***/ }),

/***/ 6745:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   UT: () => (/* binding */ messageToMarkdown),
/* harmony export */   e1: () => (/* binding */ asText),
/* harmony export */   gL: () => (/* binding */ clipText),
/* harmony export */   kU: () => (/* binding */ stripControl),
/* harmony export */   tn: () => (/* binding */ escapeCode)
/* harmony export */ });
// Text from a proposal is data from strangers: in Markdown it must not mention anyone,
// open HTML, link anywhere or break the layout. Every user-visible string goes through here.
const ZWSP = '&#8203;';
// Bidirectional embeddings, overrides and isolates reorder the text around them on screen
// ("Trojan Source"): a file name could show as another. Marks (U+200E/F, U+061C) stay.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
/** Plain text \u2192 Markdown that renders as the same text and nothing more. */
function escapeMarkdown(text) {
    return (asText(text)
        .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
        .replace(/\p{Cc}/gu, '')
        .replace(BIDI_CONTROLS, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // `$` starts GitHub's math (LaTeX): escaped, it is a dollar sign.
        .replace(/[\\`*_{}[\]()#+\-.!|~=^"$]/g, (c) => `\\${c}`)
        .replace(/@/g, `@${ZWSP}`)
        .replace(/\\#(?=\d)/g, `\\#${ZWSP}`)
        // GitHub links GH-123 to issue 123, as it does #123.
        .replace(/\bGH\\-(?=\d)/gi, (m) => `${m}${ZWSP}`)
        .replace(/:(?=\/\/)/g, `:${ZWSP}`)
        .replace(/\bwww\\\./gi, (m) => `${m.slice(0, 3)}${ZWSP}\\.`)
        // 7 to 40 hex digits read as a commit id and link to the commit: cut into runs of 6.
        .replace(/\b[0-9a-f]{7,40}\b/gi, (m) => /\d/.test(m) && /[a-f]/i.test(m) ? m.match(/.{1,6}/g).join(ZWSP) : m));
}
/**
 * Text inside an HTML code element. GitHub still parses Markdown links and autolinks
 * between raw HTML tags, so this is the same escaping as for plain text.
 */
function escapeCode(text) {
    return escapeMarkdown(text);
}
/** A rule message: `backticked` parts become code, the rest escaped text. */
function messageToMarkdown(message) {
    return asText(message)
        .split('`')
        .map((part, i) => (i % 2 === 1 ? `<code>${escapeCode(part)}</code>` : escapeMarkdown(part)))
        .join('');
}
/** Only http(s) URLs become links; anything else is shown as text. */
function safeUrl(url) {
    if (typeof url !== 'string')
        return undefined;
    try {
        const u = new URL(url);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return undefined;
        return u.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
    }
    catch {
        return undefined;
    }
}
/** Terminal output: drop control characters so a proposal cannot move the cursor or recolour. */
function stripControl(text) {
    return asText(text)
        .replace(/[^\P{Cc}\n\t]/gu, '')
        .replace(BIDI_CONTROLS, '');
}
/**
 * A value that should be text, as text. Reports may come from elsewhere (the from-report
 * mode reads a JSON file an untrusted run wrote): a number or boolean is shown, anything
 * else (null, an object, whose toString could even throw) is empty.
 */
function asText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return '';
}
/** At most `max` characters (UTF-16 units) of `text`, with `\u2026` when cut; pairs stay whole. */
function clipText(text, max) {
    const s = asText(text);
    if (s.length <= max)
        return s;
    let cut = s.slice(0, Math.max(0, max - 1));
    if (/[\ud800-\udbff]$/.test(cut))
        cut = cut.slice(0, -1);
    return `${cut}\u2026`;
}


/***/ }),

/***/ 1645:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ judgedByText),
/* harmony export */   w: () => (/* binding */ judgedByMarkdown)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6745);
// Issue 14: every output says which configuration judged it, from the report's `config`
// and `policy` members, so that the text, the comment and the JSON cannot disagree.

const MAX_NAMES = 6;
const MAX_NAME = 200;
/** The chain's names as shown (a report from elsewhere is untrusted: clipped, text only). */
function names(report) {
    const chain = report?.config?.chain;
    if (!Array.isArray(chain))
        return undefined;
    return chain.slice(0, MAX_NAMES).map((n) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .clipText */ .gL)((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .asText */ .e1)(n), MAX_NAME));
}
function policy(report) {
    const p = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .asText */ .e1)(report?.policy);
    return /^[0-9]+\.[0-9]+$/.test(p) ? `policy ${p}` : 'the policy';
}
/** `Judged by policy 1.1 with .github/stack-verdict.yml \u2192 acme/policy/x.yml@v1`; undefined without `config`. */
function judgedByText(report) {
    const list = names(report);
    if (!list)
        return undefined;
    const what = list.length
        ? list.map((n) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .stripControl */ .kU)(n).replace(/\s+/g, ' ')).join(' \u2192 ')
        : 'the built-in configuration';
    return `Judged by ${policy(report)} with ${what}`;
}
/** The same line in Markdown: names as code, in italics (only our own tags: no <sub>). */
function judgedByMarkdown(report) {
    const list = names(report);
    if (!list)
        return undefined;
    const what = list.length
        ? list.map((n) => `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCode */ .tn)(n)}</code>`).join(' \u2192 ')
        : 'the built-in configuration';
    return `_Judged by ${policy(report)} with ${what}_`;
}


/***/ }),

/***/ 9141:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   YY: () => (/* binding */ VERDICT_ICON),
/* harmony export */   _9: () => (/* binding */ SEVERITY_ICON),
/* harmony export */   j: () => (/* binding */ VERDICT_LABEL)
/* harmony export */ });
const VERDICT_LABEL = {
    approved: 'Approved',
    'approved-with-warnings': 'Approved with warnings',
    'changes-requested': 'Changes requested',
    'no-proposals': 'No proposals',
};
const VERDICT_ICON = {
    approved: '\u2705',
    'approved-with-warnings': '\u26a0\ufe0f',
    'changes-requested': '\u274c',
    'no-proposals': '\u2796',
};
const SEVERITY_ICON = {
    error: '\ud83d\udd34',
    warning: '\ud83d\udfe1',
    notice: '\ud83d\udd35',
};
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 96:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT, GITHUB_COMMENT_MAX, headline */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6745);
/* harmony import */ var _well_formed_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4687);
/* harmony import */ var _cost_line_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4346);
/* harmony import */ var _judged_by_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1645);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9141);





// GitHub rejects comments over 65,536 characters; leave room for the marker and notes.
const COMMENT_LIMIT = 65_000;
/** GitHub's own limit for the body of an issue comment. */
const GITHUB_COMMENT_MAX = 65_536;
// The longest text from a proposal that is shown, in characters before escaping (which
// may make it several times longer). The JSON report keeps everything.
const MAX_NAME = 200;
const MAX_FILE = 400;
const MAX_RULE = 100;
const MAX_MESSAGE = 2_000;
const MAX_REASON = 1_000;
const MAX_HEADLINE = 160;
/** Most findings (and waived findings) listed in one proposal's section. */
const MAX_FINDING_LINES = 100;
/** Most remembered findings or files listed in one line or list of changes. */
const MAX_REMEMBERED = 20;
/** A proposal's section is cut short (by findings) rather than left out only when this much room is left. */
const MIN_PARTIAL_SECTION = 600;
function renderMarkdown(report, options = {}) {
    // Issue 14: the last line says which configuration judged the run; it is kept within maxLength.
    const limit = Math.max(1, Math.floor(options.maxLength ?? COMMENT_LIMIT));
    const footer = (0,_judged_by_js__WEBPACK_IMPORTED_MODULE_1__/* .judgedByMarkdown */ .w)(report);
    if (!footer || footer.length + 2 >= limit)
        return renderBody(report, options);
    return `${renderBody(report, { ...options, maxLength: limit - footer.length - 2 })}\n${footer}\n`;
}
function renderBody(report, options) {
    const limit = Math.max(1, Math.floor(options.maxLength ?? COMMENT_LIMIT));
    const proposals = listOf(report?.proposals);
    const head = [];
    if (options.marker)
        head.push(options.marker);
    const icon = options.incomplete !== undefined ? '\u26a0\ufe0f' : lookup(_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_ICON */ .YY, report?.verdict, '');
    const suffix = options.incomplete !== undefined ? ' (incomplete)' : '';
    head.push(`## ${icon} Stack Verdict: ${verdictLabel(report?.verdict)}${suffix}`, '');
    head.push(summaryLine(report), '');
    if (options.incomplete !== undefined) {
        head.push(`> [!WARNING]\n> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(options.incomplete, MAX_MESSAGE))}`, '');
    }
    for (const note of options.notes ?? [])
        head.push(note, '');
    if (options.changes)
        head.push(...changesHead(report, proposals, options.changes));
    if (proposals.length === 0) {
        head.push(options.emptyText ?? 'No service proposal was found in what this run checked.');
        return finish(head.join('\n'), limit);
    }
    const hint = options.overflowHint ?? 'Run `stack-verdict check` for the full report.';
    const n = proposals.length;
    // Room for the closing note whatever it says (its longest form has the largest counts).
    const reserve = overflowNote(n, n - 1, n - 1, hint).length + 2;
    let out = head.join('\n');
    if (out.length + reserve + 200 > limit)
        out = cutAtLine(out, limit - reserve - 200);
    let budget = limit - out.length - reserve;
    // The overview table and the sections share what is left. When not everything fits, the
    // table takes at most half, so that some proposals are shown in detail too.
    const rows = proposals.map(tableRow);
    const tableAll = TABLE_HEAD.length + rows.reduce((sum, r) => sum + r.length + 1, 0) + 2;
    // Sections are rendered lazily: with thousands of proposals only those that can fit are.
    const sections = [];
    const section = (i) => (sections[i] ??= proposalSection(proposals[i], options));
    let sectionsAll = 0;
    for (let i = 0; i < n && sectionsAll <= budget; i++)
        sectionsAll += section(i).length + 1;
    let rowsShown = n;
    if (sections.length < n || tableAll + sectionsAll > budget) {
        const tableBudget = Math.max(Math.floor(budget / 2), budget - sectionsAll);
        let used = TABLE_HEAD.length + moreRow(n).length + 3;
        rowsShown = 0;
        while (rowsShown < n && used + rows[rowsShown].length + 1 <= tableBudget) {
            used += rows[rowsShown].length + 1;
            rowsShown++;
        }
    }
    const table = [TABLE_HEAD, ...rows.slice(0, rowsShown)];
    if (rowsShown < n)
        table.push(moreRow(n - rowsShown));
    out += `\n${table.join('\n')}\n`;
    budget -= table.join('\n').length + 2;
    let shown = 0;
    let used = 0;
    for (let i = 0; i < n; i++) {
        const text = section(i);
        if (used + text.length + 1 <= budget) {
            out += `\n${text}`;
            used += text.length + 1;
            shown++;
            continue;
        }
        // A single proposal larger than the room left is shown cut short rather than not at all.
        if (shown === 0 && budget - used >= MIN_PARTIAL_SECTION) {
            const partial = proposalSection(proposals[i], options, budget - used - 1);
            if (used + partial.length + 1 <= budget) {
                out += `\n${partial}`;
                shown++;
            }
        }
        break;
    }
    if (shown < n || rowsShown < n)
        out += `\n${overflowNote(n, n - shown, n - rowsShown, hint)}\n`;
    return finish(out, limit);
}
const TABLE_HEAD = '| Service | Language | Recommended | Verdict |\n|---|---|---|---|';
function moreRow(count) {
    return `| \u2026 ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count, 'more proposal')} | | | |`;
}
function overflowNote(total, notShown, notListed, hint) {
    if (notListed === 0) {
        return `> [!NOTE]\n> ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(notShown, 'more proposal')} did not fit in this comment. ${hint}`;
    }
    return `> [!NOTE]\n> The table lists ${total - notListed} of ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(total, 'proposal')} and ${total - notShown} ${total - notShown === 1 ? 'is' : 'are'} shown in detail: the rest did not fit in this comment. ${hint}`;
}
/** The text ending in one newline, and never longer than `limit` (cut at a line as a last resort). */
function finish(text, limit) {
    const out = `${text.trimEnd()}\n`;
    return out.length <= limit ? out : cutAtLine(out, limit);
}
/**
 * At most `max` characters, cut after a whole line (so that no escape or tag is cut in two),
 * with an open `<details>` closed.
 */
function cutAtLine(text, max) {
    const room = Math.max(0, max - 16);
    let cut = text.slice(0, room);
    const nl = cut.lastIndexOf('\n');
    cut = nl >= 0 ? cut.slice(0, nl + 1) : '';
    const opened = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
    const close = opened > 0 ? '</details>\n' : '';
    const out = `${cut}${close}\u2026\n`;
    return out.length <= max ? out : out.slice(0, Math.max(0, max - 1)).replace(/[^\n]*$/, '');
}
function summaryLine(report) {
    const c = (report?.counts ?? {});
    const parts = [
        `**${(0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count(c.proposals), 'proposal')}**`,
        (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count(c.errors), 'error'),
        (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count(c.warnings), 'warning'),
        (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count(c.notices), 'notice'),
    ];
    if (count(c.waived) > 0)
        parts.push(`${count(c.waived)} waived`);
    const g = (report?.gate ?? {});
    const failOn = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(g.failOn, 20));
    const gate = g.passed === true ? 'the gate passes' : 'the gate fails';
    return `${parts.join(' \u00b7 ')} \u2014 ${gate} (fail-on: ${failOn})`;
}
function tableRow(p) {
    const draft = p.status === 'draft' ? ' (draft)' : '';
    const service = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(p.service, MAX_NAME) || '\u2014');
    const language = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(p.language, MAX_NAME) || '\u2014');
    const recommended = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(p.recommended, MAX_NAME) || '\u2014');
    return `| ${service}${draft} | ${language} | ${recommended} | ${lookup(_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_ICON */ .YY, p.verdict, '')} ${verdictLabel(p.verdict)} |`;
}
/**
 * One proposal's section: its facts, then each open error and warning as one line, with the
 * full explanations, the notices and the waived findings collapsed below. With `maxChars`, as
 * much of it as fits: the heading, and the findings up to the room left, with a line saying how
 * many more there are (a collapsed block is shown whole or not at all).
 */
function proposalSection(p, options, maxChars) {
    const file = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .asText */ .e1)(p.file);
    const lines = [];
    const name = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .asText */ .e1)(p.service) || file, MAX_NAME));
    lines.push(`### ${lookup(_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_ICON */ .YY, p.verdict, '')} ${name}`, '');
    const facts = [`<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCode */ .tn)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(file, MAX_FILE))}</code>`];
    if (p.status === 'draft')
        facts.push('draft: never fails the gate');
    if (p.recommended) {
        facts.push(`language **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(p.language, MAX_NAME) || '?')}**, recommended **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(p.recommended, MAX_NAME))}**`);
        const justifications = stringsOf(p.justifications).slice(0, MAX_REMEMBERED);
        const why = justifications.length
            ? justifications.map((j) => `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCode */ .tn)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(j, MAX_RULE))}</code>`).join(', ')
            : 'none';
        facts.push(`Rust justifications: ${why}`);
    }
    lines.push(facts.join(' \u00b7 '), '');
    const cost = (0,_cost_line_js__WEBPACK_IMPORTED_MODULE_3__/* .costLine */ .E)(p.costs);
    if (cost)
        lines.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(cost), '');
    const findings = listOf(p.findings);
    const waived = findings.filter((f) => f.waived);
    const notices = findings.filter((f) => !f.waived && f.severity === 'notice');
    const open = findings.filter((f) => !f.waived && f.severity !== 'notice');
    if (open.length === 0) {
        lines.push(notices.length ? 'No errors or warnings.' : 'No findings.', '');
    }
    const budget = maxChars ?? Infinity;
    let length = lines.join('\n').length;
    const room = (text) => length + text.length + 1 + 120 <= budget;
    const add = (text) => {
        lines.push(text);
        length += text.length + 1;
    };
    let listed = 0;
    for (const f of open.slice(0, MAX_FINDING_LINES)) {
        const line = findingLine(file, f, options);
        if (!room(line))
            break;
        add(line);
        listed++;
    }
    if (listed < open.length) {
        add(`- \u2026 ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(open.length - listed, 'more finding')} of this proposal not shown here`);
    }
    if (open.length)
        add('');
    const resolved = options.changes?.resolved.filter((r) => r.file === file) ?? [];
    if (resolved.length) {
        const line = `Resolved since the previous run: ${rememberedList(resolved)}`;
        if (room(line))
            add(`${line}\n`);
    }
    // Collapsed blocks, each whole or not at all: a cut would leave the element open.
    const blocks = [
        listed
            ? details(`Why, and how to fix (${(0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(listed, 'finding')})`, open.slice(0, listed).map((f) => explanation(f)))
            : undefined,
        notices.length
            ? details(`${_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ICON */ ._9.notice} ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(notices.length, 'notice')}`, capped(notices, 'more notice').map((f) => typeof f === 'string' ? f : `${findingLine(file, f, options)}<br>${fullMessage(f)}`))
            : undefined,
        waived.length
            ? details((0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(waived.length, 'waived finding'), capped(waived, 'more waived finding').map((f) => typeof f === 'string'
                ? f
                : `${findingLine(file, f, options)}<br>${waiverText(f)}<br>${fullMessage(f)}`))
            : undefined,
    ];
    for (const block of blocks)
        if (block && room(block))
            add(block);
    return lines.join('\n');
}
function details(summary, items) {
    return [`<details><summary>${summary}</summary>`, '', ...items, '', '</details>', ''].join('\n');
}
/** The first findings, and a line saying how many more there are. */
function capped(findings, more) {
    const out = findings.slice(0, MAX_FINDING_LINES);
    if (findings.length > MAX_FINDING_LINES) {
        out.push(`- \u2026 ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(findings.length - MAX_FINDING_LINES, more)}`);
    }
    return out;
}
/**
 * The finding as one line: severity, rule (linked to its page), headline, and file:line
 * (linked to the file at the judged commit when the caller says where that is).
 */
function findingLine(file, f, options) {
    const line = position(f.line);
    const place = `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCode */ .tn)(`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(basename(file), MAX_NAME)}:${line}`)}</code>`;
    const url = lineLink(options, file, line);
    const link = url ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .safeUrl */ .Pl)(url) : undefined;
    const where = link ? `[${place}](${link})` : place;
    const isNew = !f.waived && options.changes?.newFindings.has(f) ? ' \ud83c\udd95 new' : '';
    const severity = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(f.severity, 20));
    const pending = !f.waived && approvalOf(f)?.status === 'pending' ? ` \u00b7 ${waiverText(f)}` : '';
    return `- ${lookup(_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ICON */ ._9, f.severity, '')} **${severity}**${isNew} ${ruleLink(f, options)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .messageToMarkdown */ .UT)(headline((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .asText */ .e1)(f.message)))} \u00b7 ${where}${pending}`;
}
function ruleLink(f, options) {
    const id = `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCode */ .tn)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(f.rule, MAX_RULE))}</code>`;
    const trusted = typeof f.docs === 'string' &&
        (options.docsPrefix === undefined || f.docs.startsWith(options.docsPrefix));
    const docs = trusted ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .safeUrl */ .Pl)(f.docs) : undefined;
    return docs ? `[${id}](${docs})` : id;
}
/** An open error or warning in full, in the collapsed block under the one-line list. */
function explanation(f) {
    return `- ${lookup(_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ICON */ ._9, f.severity, '')} <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCode */ .tn)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(f.rule, MAX_RULE))}</code> (line ${position(f.line)}): ${fullMessage(f)}`;
}
function fullMessage(f) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .messageToMarkdown */ .UT)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(f.message, MAX_MESSAGE));
}
/**
 * The message's first sentence or clause: rule messages open with what is wrong ("Rust chosen
 * without a measured constraint: \u2026"), then give the numbers and the fix. A stop inside a
 * "quoted" or `code` part (text from the proposal) does not end it.
 */
function headline(message) {
    let quoted = false;
    let code = false;
    let end = message.length;
    for (let i = 0; i < message.length; i++) {
        const c = message[i];
        if (c === '"' && !code)
            quoted = !quoted;
        else if (c === '`')
            code = !code;
        else if (!quoted && !code && i > 0) {
            const next = message[i + 1];
            const spaceAfter = next === undefined || /\s/.test(next);
            if ((c === ':' || c === ';') && next === ' ')
                end = i;
            else if ((c === '.' || c === '!' || c === '?') && spaceAfter)
                end = i;
            if (end === i)
                break;
        }
    }
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(message.slice(0, end), MAX_HEADLINE);
}
/** A waiver's reason, approver and expiry, as one line. */
function waiverText(f) {
    const parts = [];
    if (f.waived)
        parts.push(`Waived: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(f.waiverReason, MAX_REASON)) || 'no reason given'}`);
    const approval = approvalOf(f);
    const by = (list) => list
        .slice(0, MAX_REMEMBERED)
        .map((b) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(b, MAX_NAME)))
        .join(', ');
    if (approval?.status === 'pending') {
        parts.push(approval.by.length
            ? `waiver awaiting approval by ${by(approval.by)}`
            : 'waiver awaiting approval');
    }
    else if (approval?.status === 'approved' && approval.by.length) {
        parts.push(`approved by ${by(approval.by)}`);
    }
    else if ((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .asText */ .e1)(f.waiverApprovedBy)) {
        parts.push(`approved by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(f.waiverApprovedBy, MAX_NAME))}`);
    }
    if ((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .asText */ .e1)(f.waiverExpires))
        parts.push(`expires ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(f.waiverExpires, 40))}`);
    return parts.join(' \u00b7 ');
}
/** The waiver approval of a finding, read as untrusted data. */
function approvalOf(f) {
    const a = f.waiverApproval;
    if (a === null || typeof a !== 'object')
        return undefined;
    const { status, by } = a;
    return typeof status === 'string' ? { status, by: stringsOf(by) } : undefined;
}
function basename(file) {
    return file.slice(file.lastIndexOf('/') + 1) || file;
}
/** The caller's link to a line; none when it cannot make one (encodeURIComponent throws on a lone surrogate). */
function lineLink(options, file, line) {
    try {
        if (options.lineUrl)
            return options.lineUrl(file, line);
        const repo = options.repository;
        if (!repo || typeof repo.url !== 'string' || !/^[0-9a-f]{7,64}$/i.test((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .asText */ .e1)(repo.sha))) {
            return undefined;
        }
        return `${repo.url.replace(/\/+$/, '')}/blob/${repo.sha}/${(0,_well_formed_js__WEBPACK_IMPORTED_MODULE_4__/* .encodePath */ .O)(file)}#L${line}`;
    }
    catch {
        return undefined;
    }
}
/** The lines after the headline that say what changed since the previous run. */
function changesHead(report, proposals, changes) {
    const fresh = changes.newFindings.size;
    const resolved = changes.resolved.length;
    const previous = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .asText */ .e1)(changes.previousSha);
    const since = previous
        ? `the previous run (<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCode */ .tn)(previous.slice(0, 7))}</code>)`
        : 'the previous run';
    const out = [];
    if (fresh === 0 && resolved === 0) {
        out.push(`Since ${since}: no finding is new and none was resolved.`, '');
    }
    else {
        out.push(`Since ${since}: ${fresh} new, ${resolved} resolved.`, '');
    }
    const c = (report?.counts ?? {});
    const failing = count(c.errors) + count(c.warnings);
    const wasFailing = changes.resolved.filter((r) => r.severity !== 'notice').length;
    if (wasFailing > 0 && failing === 0) {
        const fixed = `the ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(wasFailing, 'error or warning', 'errors and warnings')} of the previous run`;
        out.push(proposals.length > 0
            ? `\ud83c\udf89 Every proposal is fixed: ${fixed} ${wasFailing === 1 ? 'is' : 'are'} resolved.`
            : `No proposal is checked any more, so ${fixed} no longer ${wasFailing === 1 ? 'applies' : 'apply'}.`, '');
    }
    const present = new Set(proposals.map((p) => p.file));
    const elsewhere = changes.resolved.filter((r) => !present.has(r.file));
    if (elsewhere.length) {
        const files = [...new Set(elsewhere.map((r) => r.file))];
        out.push(`Resolved in files no longer checked:`, '');
        for (const file of files.slice(0, MAX_REMEMBERED)) {
            const rules = elsewhere.filter((r) => r.file === file);
            out.push(`- <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCode */ .tn)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(file, MAX_FILE))}</code>: ${rememberedList(rules)}`);
        }
        if (files.length > MAX_REMEMBERED) {
            out.push(`- \u2026 and ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(files.length - MAX_REMEMBERED, 'more file')}`);
        }
        out.push('');
    }
    return out;
}
function rememberedList(list) {
    const shown = list.slice(0, MAX_REMEMBERED).map(rememberedText).join(', ');
    return list.length > MAX_REMEMBERED ? `${shown} and ${list.length - MAX_REMEMBERED} more` : shown;
}
function rememberedText(r) {
    return `${lookup(_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ICON */ ._9, r.severity, '')} <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCode */ .tn)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(r.rule, MAX_RULE))}</code>`;
}
// ---------------------------------------------------------------------------------------
// A report may come from elsewhere (from-report reads one an untrusted run wrote): every
// field is read as if it could be anything.
function verdictLabel(verdict) {
    return lookup(_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_LABEL */ .j, verdict, (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(verdict, 40)));
}
/** table[key] for the table's own keys only (`constructor`, `__proto__` are not labels). */
function lookup(table, key, fallback) {
    return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : fallback;
}
function listOf(value) {
    return Array.isArray(value)
        ? value.filter((v) => v !== null && typeof v === 'object')
        : [];
}
function stringsOf(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function count(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
}
function position(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 1;
}


/***/ }),

/***/ 2586:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  renderSarif: () => (/* binding */ renderSarif)
});

// UNUSED EXPORTS: FINGERPRINT_KEY, SARIF_LEVEL, SARIF_SCHEMA, buildSarif

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: ./src/core/engine.ts
var engine = __nccwpck_require__(3805);
// EXTERNAL MODULE: ./src/core/rules/index.ts + 33 modules
var core_rules = __nccwpck_require__(2287);
// EXTERNAL MODULE: ./src/core/well-formed.ts
var well_formed = __nccwpck_require__(4687);
;// CONCATENATED MODULE: ./src/core/render/sarif.ts
// SARIF 2.1.0 output, for GitHub code scanning and any other SARIF consumer.
// One run; the driver lists every rule (so code scanning can tell "ran and found nothing"
// from "unknown rule" and close fixed alerts); waived findings are results with a suppression.




const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The name of our partial fingerprint; bump the version if its inputs ever change. */
const FINGERPRINT_KEY = 'stackVerdict/v1';
const SARIF_LEVEL = {
    error: 'error',
    warning: 'warning',
    notice: 'note',
};
/** The report as a SARIF 2.1.0 log. Paths stay relative to where the check ran (%SRCROOT%). */
function renderSarif(report, options) {
    return `${JSON.stringify(buildSarif(report, options), null, 2)}\n`;
}
function buildSarif(report, options) {
    const known = options.rules ?? core_rules/* RULES */.y;
    const docsOf = new Map();
    for (const p of report.proposals) {
        for (const f of p.findings)
            if (f.docs && !docsOf.has(f.rule))
                docsOf.set(f.rule, f.docs);
    }
    const builtIn = new Set(core_rules/* RULES */.y.map((r) => r.id));
    const helpUri = (rule) => {
        if (options.docsUrl)
            return options.docsUrl(rule);
        return (docsOf.get(rule.id) ?? (builtIn.has(rule.id) ? `${engine/* DEFAULT_DOCS_URL */.Sl}${rule.id}.md` : undefined));
    };
    const rules = known.map((r) => ruleDescriptor(r, helpUri(r)));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const ruleIndex = (f) => {
        let i = index.get(f.rule);
        if (i === undefined) {
            // A rule outside the list (a custom rule): describe it from what the finding knows.
            i = rules.length;
            index.set(f.rule, i);
            rules.push(bareDescriptor(f, docsOf.get(f.rule)));
        }
        return i;
    };
    const results = [];
    for (const p of report.proposals) {
        const seen = new Map();
        for (const f of p.findings) {
            // Rule, file and occurrence identify a finding across commits, whatever its line or numbers.
            const occurrence = seen.get(f.rule) ?? 0;
            seen.set(f.rule, occurrence + 1);
            const result = {
                ruleId: f.rule,
                ruleIndex: ruleIndex(f),
                level: SARIF_LEVEL[f.severity],
                message: { text: f.message },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: { uri: fileUri(p.file), uriBaseId: '%SRCROOT%' },
                            region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) },
                        },
                    },
                ],
                partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(p.file, f.rule, occurrence) },
            };
            if (f.waived) {
                result.suppressions = [
                    { kind: 'external', status: 'accepted', justification: f.waiverReason ?? '' },
                ];
            }
            if (p.service !== null)
                result.properties = { service: p.service };
            results.push(result);
        }
    }
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'Stack Verdict',
                        version: options.toolVersion,
                        semanticVersion: options.toolVersion,
                        informationUri: options.informationUri,
                        rules,
                    },
                },
                originalUriBaseIds: {
                    '%SRCROOT%': {
                        description: { text: 'The folder the check ran in: the repository root.' },
                    },
                },
                columnKind: 'utf16CodeUnits',
                results,
                properties: { verdict: report.verdict, counts: report.counts, gate: report.gate },
            },
        ],
    };
}
function ruleDescriptor(rule, helpUri) {
    const why = plain(rule.docs.why) || plain(rule.description);
    const fix = plain(rule.docs.fix);
    const link = helpUri ? `\n\n[Documentation of \`${rule.id}\`](${helpUri})` : '';
    return {
        id: rule.id,
        name: pascalCase(rule.id),
        shortDescription: { text: sentence(rule.description) },
        fullDescription: { text: sentence(why) },
        help: {
            text: fix ? `${why}\n\n${fix}` : why,
            markdown: `**Why**\n\n${rule.docs.why.trim() || rule.description.trim()}\n\n**How to fix or waive**\n\n${rule.docs.fix.trim() || 'See the rule\u2019s documentation.'}${link}`,
        },
        ...(helpUri ? { helpUri } : {}),
        defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
        properties: { tags: ['stack-verdict'] },
    };
}
function bareDescriptor(f, helpUri) {
    return {
        id: f.rule,
        name: pascalCase(f.rule),
        shortDescription: { text: `Rule ${f.rule}.` },
        fullDescription: { text: `Rule ${f.rule}, not part of the default rule set.` },
        ...(helpUri ? { helpUri } : {}),
        defaultConfiguration: { level: SARIF_LEVEL[f.severity] },
        properties: { tags: ['stack-verdict'] },
    };
}
/**
 * A relative path as a URI reference: each segment percent-encoded, slashes kept. A lone
 * surrogate (a file name from an API's JSON can hold one) is encoded as U+FFFD, as UTF-8 JSON
 * would carry it, since encodeURIComponent throws on it.
 */
function fileUri(file) {
    return (0,well_formed/* encodePath */.O)(file);
}
function fingerprint(file, rule, occurrence) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${file}\0${rule}\0${occurrence}`).digest('hex').slice(0, 32);
}
function pascalCase(id) {
    return id
        .split(/[^a-zA-Z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
/** Rule documentation without Markdown code marks. */
function plain(text) {
    return text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
}
function sentence(text) {
    const t = text.replace(/\s+/g, ' ').trim();
    return /[.!?]$/.test(t) ? t : `${t}.`;
}


/***/ }),

/***/ 2625:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _cost_line_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4346);
/* harmony import */ var _judged_by_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1645);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6745);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9141);




/** Text from a proposal on one line: no control characters, no line breaks or tabs to forge lines. */
function oneLine(text) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .stripControl */ .kU)(text).replace(/[\n\t\u2028\u2029]+/g, ' ');
}
const CODES = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1, underline: 4 };
/** Terminal output grouped by file, in the manner of ESLint's stylish formatter. */
function renderText(report, options) {
    const paint = (style, s) => options.color ? `\u001b[${CODES[style]}m${s}\u001b[0m` : s;
    const sevStyle = { error: 'red', warning: 'yellow', notice: 'blue' };
    const out = [];
    for (const p of report.proposals) {
        const name = p.service ? ` (${oneLine(p.service)})` : '';
        const draft = p.status === 'draft' ? ' [draft]' : '';
        out.push(paint('underline', oneLine(p.file)) + name + draft);
        if (p.recommended) {
            const why = p.justifications.length ? p.justifications.join(', ') : 'none';
            out.push(paint('dim', `  language ${oneLine(p.language ?? '?')}, recommended ${p.recommended}; Rust justifications: ${why}`));
        }
        const cost = p.language === 'rust' ? (0,_cost_line_js__WEBPACK_IMPORTED_MODULE_2__/* .costLine */ .E)(p.costs) : undefined;
        if (cost)
            out.push(paint('dim', `  ${cost}`));
        for (const f of p.findings) {
            const where = `${f.line}:${f.column}`.padEnd(7);
            const sev = f.waived
                ? paint('dim', 'waived ')
                : paint(sevStyle[f.severity], f.severity.padEnd(7));
            out.push(`  ${where} ${sev} ${paint('dim', f.rule)}`);
            out.push(`          ${oneLine(f.message)}`);
            if (f.waived)
                out.push(paint('dim', `          waived: ${oneLine(f.waiverReason ?? '')}`));
        }
        const verdictStyle = p.verdict === 'approved' ? 'green' : p.verdict === 'changes-requested' ? 'red' : 'yellow';
        out.push(`  ${paint(verdictStyle, _labels_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_LABEL */ .j[p.verdict])}`, '');
    }
    for (const s of report.skipped) {
        out.push(paint('dim', `${oneLine(s.file)}: skipped (${s.reason})`));
    }
    if (report.skipped.length)
        out.push('');
    const c = report.counts;
    const counts = [
        (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.errors, 'error'),
        (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.warnings, 'warning'),
        (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.notices, 'notice'),
    ];
    if (c.waived)
        counts.push(`${c.waived} waived`);
    const gate = report.gate.passed ? paint('green', 'passes') : paint('red', 'fails');
    out.push(`${paint('bold', _labels_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_LABEL */ .j[report.verdict])}: ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.proposals, 'proposal')}, ${counts.join(', ')}. The gate ${gate} (fail-on: ${report.gate.failOn}).`);
    const judged = (0,_judged_by_js__WEBPACK_IMPORTED_MODULE_3__/* .judgedByText */ .Y)(report);
    if (judged)
        out.push(paint('dim', judged));
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 2287:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES),
  I: () => (/* binding */ findRule)
});

// EXTERNAL MODULE: ./src/core/format.ts
var format = __nccwpck_require__(6228);
// EXTERNAL MODULE: ./src/core/triggers.ts
var core_triggers = __nccwpck_require__(854);
;// CONCATENATED MODULE: ./src/core/rules/rule.ts
function defineRule(rule) {
    return rule;
}

;// CONCATENATED MODULE: ./src/core/rules/rust-without-measured-constraint.ts



/* harmony default export */ const rust_without_measured_constraint = (defineRule({
    id: 'rust-without-measured-constraint',
    severity: 'error',
    description: 'Rust is chosen, but no measured constraint or Rust-shaped workload justifies it.',
    docs: {
        why: `Go is the default for new backend services: for I/O-bound APIs the two languages run within the same order of magnitude, while Go builds clean in 2\u201310 s against Rust's 1\u20133 min, hires from a wider pool, and onboards in weeks rather than 3\u20136 months. Rust pays off when a hard limit has been measured (memory, CPU, GC pauses, tail latency, throughput, cold start) or when the work is of a kind where Rust's ceiling matters: a CPU-bound hot path, deterministic tail latency, systems software, an instant-start CLI, embedding in C/C++, a custom binary protocol, or a team that already ships Rust. Choosing Rust for none of these reasons buys its costs without its benefit.`,
        fix: `Record the measurement that drove the choice as a \`constraints\` entry with \`source: production\` or \`source: load-test\` and a link in \`evidence\`; or describe the workload accurately (\`bound: cpu\` with its \`hot-path\`, \`deterministic-tail: true\`, \`ffi\`, \`protocol: custom-binary\`); or choose Go. Waive it only with a reason the reviewers accept.`,
        fires: `service: orders-api
language: rust
kind: http-api
workload:
  bound: io
team:
  size: 4
  rust-experience: 0
`,
        passes: `service: orders-api
language: rust
kind: http-api
workload:
  bound: io
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/orders
    observed: RSS 14 GB at 8M cache entries
team:
  size: 4
  rust-experience: 0
`,
    },
    check({ proposal: p, settings, triggers }) {
        if (p.language !== 'rust' || triggers.size > 0)
            return [];
        const constraints = p.constraints ?? [];
        const sources = settings.measuredSources.join(' or ');
        const listed = constraints.length === 0
            ? 'no constraint is listed'
            : `no listed constraint counts (${constraints.map((c) => `${c.type}: ${c.source}`).join(', ')}), since only ${core_triggers/* RUST_CONSTRAINT_TYPES */.XB.join(', ')} limits measured on Go in ${sources} and not met do`;
        const shape = [
            p.workload ? `the workload is ${p.workload.bound}-bound, ` : 'no workload is described, ',
            p.kind ? `the kind is ${p.kind}, ` : '',
        ].join('');
        const team = p.team?.size !== undefined
            ? `${(0,format/* formatNumber */.ZV)(p.team['rust-experience'] ?? 0)} of ${(0,format/* formatNumber */.ZV)(p.team.size)} engineers have shipped Rust`
            : 'no team is given';
        return [
            {
                path: ['language'],
                message: `Rust chosen without a measured constraint: ${shape}${listed}, and ${team}. ` +
                    `For this work Go is the default: a clean build takes about ${settings.goBuildSeconds} s instead of ${settings.rustBuildSeconds} s and a Python or TypeScript developer is productive within a week instead of ${(0,format/* range */.y1)(settings.rustOnboardingMonths)} months. ` +
                    `Add the constraint you measured in ${sources} (with evidence), describe the Rust-shaped part of the workload, or choose Go.`,
            },
        ];
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/rust-onboarding-cost.ts


/* harmony default export */ const rust_onboarding_cost = (defineRule({
    id: 'rust-onboarding-cost',
    severity: 'warning',
    description: 'Rust is chosen and someone on the team, a planned hire or a replacement for a leaver has to learn Rust: each needs months to ramp up.',
    docs: {
        why: `The borrow checker takes most engineers weeks to months to absorb. Engineers arriving from Python, TypeScript or Go should be given 3\u20136 months before they work on Rust without regular pairing or review support; the 2024 edition made the curve gentler, not flat. Go, by contrast, makes a Python or TypeScript developer productive within a week. The cost repeats with every newcomer: on a 10-person team with 20% annual attrition, about 2 engineers a year start the ramp from zero, and so does every planned hire. A team where everyone has shipped Rust today still pays it for the people who join.`,
        fix: `Staff the service with engineers who have shipped Rust in production (\`team.rust-experience\` equal to \`team.size\`, no \`planned-hires\` new to Rust, no expected \`annual-attrition\`), or choose Go. When the ramp is planned and budgeted, for instance with experienced Rust engineers pairing with the rest, waive the finding with that plan as the reason.`,
        fires: `service: ledger-core
language: rust
kind: database
workload:
  bound: cpu
team:
  size: 10
  rust-experience: 2
  annual-attrition: 0.2
`,
        passes: `service: ledger-core
language: rust
kind: database
workload:
  bound: cpu
team:
  size: 10
  rust-experience: 10
  annual-attrition: 0
`,
    },
    check({ proposal: p, settings }) {
        const team = p.team;
        if (p.language !== 'rust' || team?.size === undefined)
            return [];
        const size = team.size;
        const experienced = Math.min(team['rust-experience'] ?? 0, size);
        const attrition = team['annual-attrition'] ?? 0;
        const hires = team['planned-hires'] ?? 0;
        const toOnboard = size - experienced;
        // New people are not assumed to know Rust: hires and replacements ramp up too.
        if (toOnboard <= 0 && hires <= 0 && attrition <= 0)
            return [];
        const months = settings.rustOnboardingMonths;
        const total = (n) => [n * months[0], n * months[1]];
        const parts = [];
        if (toOnboard > 0) {
            const from = team.background?.length
                ? ` coming from ${team.background.map((b) => (0,format/* quote */.hD)(b)).join(', ')}`
                : '';
            parts.push(`${(0,format/* formatNumber */.ZV)(experienced)} of ${(0,format/* formatNumber */.ZV)(size)} engineers have shipped Rust, so ${(0,format/* plural */.LS)(toOnboard, 'engineer')}${from} must learn it first: at ${(0,format/* range */.y1)(months)} months each before working without regular pairing, that is ${(0,format/* range */.y1)(total(toOnboard))} engineer-months of ramp-up.`);
        }
        else {
            parts.push(`All ${(0,format/* formatNumber */.ZV)(size)} engineers have shipped Rust, but the people who join are not assumed to know it.`);
        }
        if (attrition > 0) {
            const leavers = size * attrition;
            parts.push(`${(0,format/* formatNumber */.ZV)(size)} \u00d7 ${(0,format/* percent */.KN)(attrition)} annual attrition \u2248 ${(0,format/* plural */.LS)(leavers, 'engineer')} a year start the ${(0,format/* range */.y1)(months)}-month ramp: ${(0,format/* range */.y1)(total(leavers))} engineer-months a year.`);
        }
        if (hires > 0) {
            parts.push(`${hires === 1 ? 'The planned hire starts' : `The ${(0,format/* plural */.LS)(hires, 'planned hire')} start`} it too: another ${(0,format/* range */.y1)(total(hires))} engineer-months unless they have shipped Rust already.`);
        }
        parts.push(`The finding goes away when every engineer, present and planned, has shipped Rust and no attrition is expected, or with Go, where a Python or TypeScript developer is productive within a week; waive it with the onboarding plan if the ramp is budgeted.`);
        return [{ path: ['team'], message: parts.join(' ') }];
    },
}));

// EXTERNAL MODULE: ./src/core/costs.ts
var costs = __nccwpck_require__(5813);
;// CONCATENATED MODULE: ./src/core/rules/rust-hiring-premium.ts



/* harmony default export */ const rust_hiring_premium = (defineRule({
    id: 'rust-hiring-premium',
    severity: 'notice',
    description: 'Rust is chosen: senior Rust engineers cost a yearly premium over Go engineers, for the whole team.',
    docs: {
        why: `Rust is widely admired but rarely used at work: only about a quarter of Rust developers (26%, JetBrains State of Rust 2025) use it in professional projects, so the pool of engineers who have shipped it is small. In major US markets that scarcity shows up as a pay premium of roughly $25,000\u2013$30,000 a year for a senior Rust engineer over a comparable Go engineer, which for a team of five adds up to $125,000\u2013$150,000 every year, before onboarding and churn.`,
        fix: `Choose Go when nothing in the workload calls for Rust. When Rust is justified, budget the premium for the team and its planned hires and waive the finding with a note that the budget is approved (or that the team is hired in a market where the premium does not apply).`,
        fires: `service: ingest-proxy
language: rust
kind: network-proxy
workload:
  bound: io
team:
  size: 5
  rust-experience: 5
`,
        passes: `service: ingest-proxy
language: go
kind: network-proxy
workload:
  bound: io
team:
  size: 5
  rust-experience: 5
`,
    },
    check({ proposal: p, settings }) {
        const size = p.team?.size;
        const engineers = (0,costs/* premiumEngineers */.cj)(p);
        if (p.language !== 'rust' || size === undefined || engineers === undefined || engineers <= 0)
            return [];
        const hires = p.team?.['planned-hires'] ?? 0;
        const who = hires > 0
            ? `${(0,format/* formatNumber */.ZV)(size)} engineers and ${(0,format/* plural */.LS)(hires, 'planned hire')} (${(0,format/* formatNumber */.ZV)(engineers)})`
            : `a team of ${(0,format/* formatNumber */.ZV)(size)}`;
        const [lo, hi] = settings.rustPremiumUsd;
        return [
            {
                path: ['team', 'size'],
                message: `A senior Rust engineer costs about ${(0,format/* usdRange */.iQ)([lo, hi])} a year more than a comparable Go engineer in major US markets; for ${who} that is ${(0,format/* usdRange */.iQ)([lo * engineers, hi * engineers])} a year. ` +
                    `Budget it and waive the finding with that reason, or choose Go to avoid it.`,
            },
        ];
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/rust-ci-build-cost.ts


/* harmony default export */ const rust_ci_build_cost = (defineRule({
    id: 'rust-ci-build-cost',
    severity: 'warning',
    description: 'Rust is chosen and CI builds it so often that its slower clean builds add an hour or more of CI a day.',
    docs: {
        why: `A clean Go build of a typical service with its dependencies finishes in 2\u201310 s; a clean Rust build takes 1\u20133 min, 10\u201360\u00d7 longer depending on crate count and hardware. Multiplied by every merge, the gap becomes CI spend, merge-queue contention and engineers waiting on feedback: 40 builds a day at about 2 min each cost more than an hour a day over 5 s Go builds. Incremental compilation narrows the gap only where a cache survives; shared runners that start cold rebuild everything each time. A shared build cache (sccache, distributed Cargo caching) helps, but it is infrastructure Go does not need.`,
        fix: `Keep builds below the daily threshold (fewer builds of this service a day), or choose Go. If a warm shared build cache such as sccache already keeps Rust builds short, set \`ci-cache: warm\` and waive the finding with the measured build time as the reason.`,
        fires: `service: search-indexer
language: rust
kind: worker
workload:
  bound: cpu
  hot-path: [search-indexing]
delivery:
  merges-per-day: 40
  ci-cache: cold
`,
        passes: `service: search-indexer
language: rust
kind: worker
workload:
  bound: cpu
  hot-path: [search-indexing]
delivery:
  merges-per-day: 20
  ci-cache: cold
`,
    },
    check({ proposal: p, settings }) {
        const merges = p.delivery?.['merges-per-day'];
        if (p.language !== 'rust' || merges === undefined)
            return [];
        const extraSeconds = settings.rustBuildSeconds - settings.goBuildSeconds;
        const minutes = (merges * extraSeconds) / 60;
        if (minutes <= 0 || minutes < settings.ciMinutesPerDay)
            return [];
        const cold = p.delivery?.['ci-cache'] === 'cold'
            ? ' The CI cache is cold, so incremental builds will not help: shared runners with cold caches do not benefit from them.'
            : '';
        // Most merges a day that stay below the threshold.
        const maxMerges = Math.ceil((settings.ciMinutesPerDay * 60) / extraSeconds) - 1;
        const below = maxMerges >= 1 ? `at most ${(0,format/* plural */.LS)(maxMerges, 'merge')} a day, ` : '';
        return [
            {
                path: ['delivery', 'merges-per-day'],
                message: `${(0,format/* plural */.LS)(merges, 'merge')} a day \u00d7 ${(0,format/* formatNumber */.ZV)(extraSeconds)} s more per clean build (Rust about ${(0,format/* formatNumber */.ZV)(settings.rustBuildSeconds)} s, Go about ${(0,format/* formatNumber */.ZV)(settings.goBuildSeconds)} s) add ${(0,format/* formatNumber */.ZV)(minutes)} minutes of CI a day, at or above the ${(0,format/* formatNumber */.ZV)(settings.ciMinutesPerDay)}-minute threshold.${cold} ` +
                    `The finding goes away with ${below}or with Go; if a warm shared build cache (sccache) keeps Rust builds short, record it and waive the finding with the measured build time.`,
            },
        ];
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/rust-despite-build-time-constraint.ts


/* harmony default export */ const rust_despite_build_time_constraint = (defineRule({
    id: 'rust-despite-build-time-constraint',
    severity: 'warning',
    description: 'Rust is chosen although build time is listed as a constraint, and Rust builds are the slower ones.',
    docs: {
        why: `Build time is one of the constraints that points to Go, not Rust. A clean Go build of a typical service takes 2\u201310 s and a clean Rust build 1\u20133 min, a 10\u201360\u00d7 gap depending on crate count and hardware. A team that already feels CI cost, merge-queue delay or a slow inner loop will feel them more in Rust, and the usual remedies (incremental builds, sccache, distributed Cargo caches) help only where caches stay warm and someone operates them.`,
        fix: `Choose Go, or remove the build-time entry if it no longer holds. If a measured runtime constraint outweighs build time, keep Rust, plan a warm shared build cache, and waive the finding with that trade-off as the reason.`,
        fires: `service: pricing-engine
language: rust
kind: worker
workload:
  bound: cpu
  hot-path: [data-processing]
constraints:
  - type: build-time
    source: production
    evidence: https://ci.example.com/insights/pricing
    observed: merge queue waits 25 min at peak
`,
        passes: `service: pricing-engine
language: go
kind: worker
workload:
  bound: cpu
  hot-path: [data-processing]
constraints:
  - type: build-time
    source: production
    evidence: https://ci.example.com/insights/pricing
    observed: merge queue waits 25 min at peak
`,
    },
    check({ proposal: p, settings, triggers }) {
        if (p.language !== 'rust')
            return [];
        const { rustBuildSeconds: rust, goBuildSeconds: go } = settings;
        const ratio = go > 0 ? ` (${(0,format/* formatNumber */.ZV)(rust / go)}\u00d7 longer)` : '';
        const merges = p.delivery?.['merges-per-day'];
        const daily = merges !== undefined
            ? ` At ${(0,format/* formatNumber */.ZV)(merges)} merges a day that is ${(0,format/* formatNumber */.ZV)((merges * (rust - go)) / 60)} more minutes of CI a day.`
            : '';
        const caseFor = triggers.size > 0
            ? ` The case for Rust here rests on ${[...triggers.keys()].join(', ')}; weigh it against build time explicitly.`
            : '';
        return (p.constraints ?? []).flatMap((c, i) => c.type !== 'build-time'
            ? []
            : [
                {
                    path: ['constraints', i],
                    message: `The build-time constraint (#${i + 1}, source ${c.source}${c.observed ? `: ${(0,format/* quote */.hD)(c.observed)}` : ''}), yet a clean Rust build takes about ${(0,format/* formatNumber */.ZV)(rust)} s against ${(0,format/* formatNumber */.ZV)(go)} s for Go${ratio}.${daily}${caseFor} ` +
                        `Choose Go, drop the constraint if it no longer holds, or waive the finding with the reason Rust still wins.`,
                },
            ]);
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/team-missing.ts


/* harmony default export */ const team_missing = (defineRule({
    id: 'team-missing',
    severity: 'warning',
    description: 'Rust is chosen but the proposal says nothing about the team, so its people costs cannot be judged.',
    docs: {
        why: `For most teams the people side decides between Go and Rust: engineers new to Rust need 3\u20136 months before they work without regular pairing, senior Rust engineers cost about $25,000\u2013$30,000 a year more than Go engineers in major US markets, and a team whose members already ship Rust is itself a reason to pick it. Without a \`team\` section none of this can be weighed.`,
        fix: `Add a \`team\` section with at least \`size\` and \`rust-experience\` (engineers who have shipped Rust in production); \`annual-attrition\` and \`planned-hires\` make the onboarding estimate more precise.`,
        fires: `service: edge-gateway
language: rust
kind: network-proxy
workload:
  bound: io
`,
        passes: `service: edge-gateway
language: rust
kind: network-proxy
workload:
  bound: io
team:
  size: 4
  rust-experience: 3
`,
    },
    check({ proposal: p, settings }) {
        if (p.language !== 'rust' || p.team !== undefined)
            return [];
        return [
            {
                path: ['language'],
                message: `Rust is chosen but no team is described, so the ramp-up (${(0,format/* range */.y1)(settings.rustOnboardingMonths)} months per engineer new to Rust), the hiring premium (${(0,format/* usdRange */.iQ)(settings.rustPremiumUsd)} a year per senior engineer) and whether the team already knows Rust cannot be judged. ` +
                    `Add a team section with size and rust-experience.`,
            },
        ];
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/go-despite-measured-constraint.ts



const WHY_RUST = {
    memory: 'Where memory is the hard limit, a Rust service without a garbage-collected heap can need far less of it, and that difference is paid in infrastructure',
    cpu: "On CPU-saturated work Rust's ceiling is higher than Go's, and that headroom is what the measurement says is missing",
    'gc-pauses': 'Rust has no garbage collector, so there are no collection pauses left to tune around',
    'tail-latency': "Without a garbage collector Rust keeps P99.9 predictable under load; Discord's Read States service lost its latency spikes when it moved from Go to Rust",
    throughput: "Where throughput is CPU-bound, Rust's ceiling is higher than Go's; where it waits on a database, neither language will move it",
    'cold-start': 'The policy names near-instant cold start as a case for Rust; does Go meet this limit on 1.26?',
};
function describe(c, i) {
    let s = `the ${c.type} constraint (#${i + 1}) was measured in ${c.source}`;
    if (c.runtime)
        s += ` on ${(0,format/* quote */.hD)(c.runtime)}`;
    if (c.observed)
        s += `, observed ${(0,format/* quote */.hD)(c.observed)}`;
    if (c.limit)
        s += ` against the limit ${(0,format/* quote */.hD)(c.limit)}`;
    return s;
}
/* harmony default export */ const go_despite_measured_constraint = (defineRule({
    id: 'go-despite-measured-constraint',
    severity: 'warning',
    description: 'Go is chosen although a hard limit (memory, CPU, GC pauses, tail latency, throughput or cold start) has been measured on Go and not met.',
    docs: {
        why: `The policy keeps Go as the default and reserves Rust for the moment a hard limit shows up in real measurements. A memory, CPU, GC-pause, tail-latency, throughput or cold-start limit observed on Go in production or in a load test, and not met, is exactly that moment: at scale memory can differ by about 10\u00d7 between the two, CPU-saturated code has more headroom in Rust, Rust has no garbage collector to pause. Staying on Go after measuring such a limit needs a stated reason. A limit that was met (\`met: true\`), measured on another runtime, or growth on Go that the goroutineleak profile has not ruled out does not count.`,
        fix: `Choose Rust for the service, or show that Go meets the limit \u2014 for instance by re-measuring on Go 1.26, whose Green Tea GC cuts GC overhead by 10\u201340% \u2014 and set \`met: true\` on the constraint. If the entry was not a hard limit after all, correct its \`source\` or remove it.`,
        fires: `service: session-cache
language: go
kind: grpc-service
workload:
  bound: mixed
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/sessions
    observed: RSS 14 GB at 8M entries
`,
        passes: `service: session-cache
language: go
kind: grpc-service
workload:
  bound: mixed
constraints:
  - type: memory
    source: estimate
    observed: RSS 14 GB at 8M entries
`,
    },
    check({ proposal: p, settings }) {
        if (p.language !== 'go')
            return [];
        const measuredIn = settings.measuredSources.join(' or ');
        const constraints = p.constraints ?? [];
        return (0,core_triggers/* measuredConstraintIndices */.nQ)(p, settings).map((i) => {
            const c = constraints[i];
            return {
                path: ['constraints', i],
                message: `Go chosen despite a measured ${c.type} constraint that is not met: ${describe(c, i)} (sources counted as measured: ${measuredIn}). ` +
                    `${WHY_RUST[c.type] ?? "Rust's ceiling is higher where Go hits a hard limit"}. ` +
                    `Choose Rust, or show that Go meets this limit (for example re-measured on Go 1.26) and set met: true.`,
            };
        });
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/go-cpu-bound-hot-path.ts

/* harmony default export */ const go_cpu_bound_hot_path = (defineRule({
    id: 'go-cpu-bound-hot-path',
    severity: 'warning',
    description: 'Go is chosen for CPU-bound work with a compute-heavy hot path.',
    docs: {
        why: `For I/O-bound services Go and Rust land in the same performance tier, because the database is the bottleneck. CPU-bound work is different: compression, cryptography, video encoding, ML inference, parsing, search indexing and bulk data processing run closer to the hardware in Rust, whose ceiling there is higher. A workload declared \`bound: cpu\` with such a hot path is one of the cases the policy names for Rust. An in-memory cache alone does not count.`,
        fix: `Choose Rust, or describe the workload as it is: if the hot path waits on I/O, set \`bound: io\` or \`mixed\`; if it is only a cache, list \`in-memory-cache\` alone. If a benchmark shows Go meets the target, waive this finding with that reason.`,
        fires: `service: thumbnailer
language: go
kind: worker
workload:
  bound: cpu
  hot-path: [video-encoding]
`,
        passes: `service: thumbnailer
language: go
kind: worker
workload:
  bound: io
  hot-path: [video-encoding]
`,
    },
    check({ proposal: p, triggers }) {
        const path = triggers.get('cpu-bound-hot-path');
        if (p.language !== 'go' || !path)
            return [];
        const heavy = (p.workload?.['hot-path'] ?? []).filter((h) => h !== 'in-memory-cache');
        return [
            {
                path,
                message: `Go chosen for CPU-bound work: workload.bound is cpu and the hot path lists ${heavy.join(', ')}. ` +
                    `Compute-heavy paths like ${heavy.length === 1 ? 'this' : 'these'} are where Rust's ceiling is higher than Go's. ` +
                    `Choose Rust, set bound to io or mixed if the hot path actually waits on I/O, or waive this finding with a benchmark showing Go meets the target.`,
            },
        ];
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/go-deterministic-tail-latency.ts


/* harmony default export */ const go_deterministic_tail_latency = (defineRule({
    id: 'go-deterministic-tail-latency',
    severity: 'warning',
    description: 'Go is chosen for a service that needs a deterministic, pause-free tail latency.',
    docs: {
        why: `Setting \`deterministic-tail: true\` says the service needs a predictable P99.9 with no garbage-collection pauses. Go's collector got much cheaper in 1.26 (Green Tea GC, 10\u201340% less GC overhead), but it still runs, so a pause-free tail cannot be promised. Rust has no garbage collector; predictable tail latency under load is one of the cases the policy names for it.`,
        fix: `Choose Rust, or set \`deterministic-tail: false\` if the latency targets tolerate occasional GC work \u2014 then measure the P99.9 on Go 1.26 or later. Waive this finding only with a measurement that shows Go holds the tail.`,
        fires: `service: quote-engine
language: go
kind: http-api
workload:
  bound: mixed
  latency:
    p999-ms: 5
    deterministic-tail: true
`,
        passes: `service: quote-engine
language: go
kind: http-api
workload:
  bound: mixed
  latency:
    p999-ms: 5
    deterministic-tail: false
`,
    },
    check({ proposal: p, settings, triggers }) {
        const path = triggers.get('deterministic-tail-latency');
        if (p.language !== 'go' || !path)
            return [];
        const latency = p.workload?.latency ?? {};
        const targets = [
            latency['p99-ms'] !== undefined ? `P99 ${(0,format/* formatNumber */.ZV)(latency['p99-ms'])} ms` : '',
            latency['p999-ms'] !== undefined ? `P99.9 ${(0,format/* formatNumber */.ZV)(latency['p999-ms'])} ms` : '',
        ].filter(Boolean);
        const stated = targets.length ? ` (targets: ${targets.join(', ')})` : '';
        return [
            {
                path,
                message: `Go chosen for a service that needs a deterministic tail${stated}: workload.latency.deterministic-tail is true. ` +
                    `Go's garbage collector still runs, even with Green Tea GC cutting its overhead by ${(0,format/* range */.y1)(settings.greenTeaGcCutPercent)}% on 1.26, so a pause-free tail cannot be guaranteed; Rust has no GC. ` +
                    `Choose Rust, or set deterministic-tail to false if the targets tolerate GC work and measure them on Go 1.26.`,
            },
        ];
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/go-systems-software.ts


/* harmony default export */ const go_systems_software = (defineRule({
    id: 'go-systems-software',
    severity: 'warning',
    description: 'Go is chosen for systems software (database, broker, proxy, runtime or compiler).',
    docs: {
        why: `Databases, message brokers, network proxies, runtimes and compilers are infrastructure other services depend on. They live on tight memory budgets and long-tail latency, where control over allocation and the absence of a garbage collector matter more than delivery speed. The policy names this kind of work as a case for Rust, and the teams that moved such subsystems to Rust did so for these reasons.`,
        fix: `Choose Rust, or correct \`kind\` if the service is really an API, worker or pipeline in front of such a system. Keeping Go for systems software needs a waiver with the reason (for example, an existing Go codebase to extend).`,
        fires: `service: edge-proxy
language: go
kind: network-proxy
workload:
  bound: io
`,
        passes: `service: edge-proxy
language: go
kind: http-api
workload:
  bound: io
`,
    },
    check({ proposal: p, triggers }) {
        const path = triggers.get('systems-software');
        if (p.language !== 'go' || !path)
            return [];
        return [
            {
                path,
                message: `Go chosen for systems software: the kind is ${p.kind}, one of ${core_triggers/* SYSTEMS_KINDS */.Fg.join(', ')}. ` +
                    `The policy names systems software as work where Rust is the right choice. ` +
                    `Choose Rust, correct the kind if the service is not a ${p.kind}, or waive this finding with the reason Go is kept.`,
            },
        ];
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/go-ffi-embedding.ts

const HOST = { c: 'C', cpp: 'C++' };
/* harmony default export */ const go_ffi_embedding = (defineRule({
    id: 'go-ffi-embedding',
    severity: 'warning',
    description: 'Go is chosen for code that must embed into a C or C++ codebase.',
    docs: {
        why: `The policy names embedding into a C or C++ codebase via FFI as a case for Rust. Whether a Go library linked through cgo suits the host process (its runtime, its garbage collector, the cost of each call across the boundary) is a question to answer with the host's owners and a measurement, not an assumption.`,
        fix: `Choose Rust, or set \`workload.ffi: none\` if the code talks to the C/C++ side over a network or process boundary instead of being linked into it. Waive this finding only with the reason cgo is acceptable here.`,
        fires: `service: codec-bridge
language: go
kind: library
workload:
  bound: cpu
  ffi: cpp
`,
        passes: `service: codec-bridge
language: go
kind: library
workload:
  bound: cpu
  ffi: none
`,
    },
    check({ proposal: p, triggers }) {
        const path = triggers.get('ffi-embedding');
        if (p.language !== 'go' || !path)
            return [];
        const ffi = p.workload?.ffi ?? '';
        const host = HOST[ffi] ?? ffi;
        return [
            {
                path,
                message: `Go chosen for code that embeds into a ${host} codebase: workload.ffi is ${ffi}. ` +
                    `The policy names embedding into a C/C++ codebase via FFI as a case for Rust. Is linking Go into the ${host} process through cgo acceptable to its owners, and measured? ` +
                    `Choose Rust, set ffi to none if the ${host} side is reached over a process or network boundary, or waive this finding with the reason cgo is acceptable.`,
            },
        ];
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/go-custom-protocol.ts

/* harmony default export */ const go_custom_protocol = (defineRule({
    id: 'go-custom-protocol',
    severity: 'notice',
    description: 'Go is chosen for a service that speaks a custom binary protocol.',
    docs: {
        why: `Goroutines are the simpler answer when the job is to serve many ordinary requests at once. Squeezing maximum throughput out of a custom binary protocol, with strict resource limits per connection and deterministic teardown, is the job Rust's explicit async model (Tokio futures and tasks) was built for; there its extra complexity pays for itself.`,
        fix: `Keep Go if the protocol does not need per-connection resource budgets or peak throughput, and waive this notice with that reason; choose Rust if it does. If the service actually speaks HTTP or gRPC, correct \`workload.protocol\`.`,
        fires: `service: telemetry-ingest
language: go
kind: worker
workload:
  bound: io
  protocol: custom-binary
`,
        passes: `service: telemetry-ingest
language: go
kind: worker
workload:
  bound: io
  protocol: grpc
`,
    },
    check({ proposal: p, triggers }) {
        const path = triggers.get('custom-protocol');
        if (p.language !== 'go' || !path)
            return [];
        return [
            {
                path,
                message: `Go chosen for a custom binary protocol: workload.protocol is custom-binary${p.kind ? ` (the service is a ${p.kind}, ${p.workload?.bound}-bound)` : ''}. ` +
                    `When such a protocol must run at peak throughput with strict per-connection resource limits, Rust's explicit async model is worth its complexity; goroutines are simpler when it need not. ` +
                    `Choose Rust if those limits apply, otherwise waive this notice with that reason, or correct the protocol if it is http or grpc.`,
            },
        ];
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/go-cli-cold-start.ts


/* harmony default export */ const go_cli_cold_start = (defineRule({
    id: 'go-cli-cold-start',
    severity: 'notice',
    description: 'Go is chosen for a CLI that must start almost instantly.',
    docs: {
        why: `Go is a fine default for command-line tools, but the policy names a CLI that needs near-instantaneous cold start as a case for Rust. A proposal that says the tool must be ready within a few milliseconds (10 ms by default, configurable) asks exactly that question: does the Go binary start fast enough on the machines it runs on? Measure it rather than assume.`,
        fix: `Measure the Go binary's start-up on the target machines: if it meets the bound, record the measurement and waive this notice. Otherwise choose Rust. If the requirement is looser than stated, raise \`workload.cold-start-ms\` above the bound.`,
        fires: `service: git-hook
language: go
kind: cli
workload:
  bound: io
  cold-start-ms: 5
`,
        passes: `service: git-hook
language: go
kind: cli
workload:
  bound: io
  cold-start-ms: 200
`,
    },
    check({ proposal: p, settings, triggers }) {
        const path = triggers.get('cli-cold-start');
        if (p.language !== 'go' || !path)
            return [];
        const ms = (0,format/* formatNumber */.ZV)(p.workload?.['cold-start-ms'] ?? 0);
        const bound = (0,format/* formatNumber */.ZV)(settings.cliColdStartMs);
        return [
            {
                path,
                message: `Go chosen for a CLI that must start within ${ms} ms (workload.cold-start-ms), at or under the ${bound} ms bound where near-instant start favours Rust. ` +
                    `Does the Go binary start that fast on the target machines? ` +
                    `Measure the Go binary's start-up and waive this notice if it meets ${ms} ms, choose Rust, or raise cold-start-ms above ${bound} ms if the requirement is looser.`,
            },
        ];
    },
}));

// EXTERNAL MODULE: ./src/core/versions.ts
var versions = __nccwpck_require__(4506);
;// CONCATENATED MODULE: ./src/core/rules/rust-on-unconfirmed-measurement.ts




/** The release that made Green Tea GC the default: a fact, not a setting. */
const GREEN_TEA_GO = '1.26';
/** The measurements Green Tea GC moves. */
const GC_SENSITIVE = ['gc-pauses', 'tail-latency', 'cpu', 'throughput'];
/** "go 1.24" \u2192 "go1.24"; the version as written, without spaces. */
function goRuntimeText(runtime) {
    const v = (0,versions/* parseGoVersion */.SX)(runtime.trim().replace(/^go\s+/i, 'go')) ?? [];
    return `go${v.slice(0, v[2] ? 3 : 2).join('.')}`;
}
/** True for a GC-sensitive constraint measured on a Go release older than 1.26. */
function beforeGreenTea(type, runtime) {
    if (!GC_SENSITIVE.includes(type) || runtime === undefined || !(0,versions/* isGoRuntime */.ls)(runtime))
        return false;
    return (0,versions/* goOlderThan */.yQ)(goRuntimeText(runtime), GREEN_TEA_GO);
}
/* harmony default export */ const rust_on_unconfirmed_measurement = (defineRule({
    id: 'rust-on-unconfirmed-measurement',
    severity: 'warning',
    description: 'Rust rests only on GC-sensitive measurements taken on Go older than 1.26, before Green Tea GC.',
    docs: {
        why: `A limit measured on Go is the policy's best reason for Rust, but Go 1.26 (February 2026) made the Green Tea garbage collector the default, which cuts GC overhead by 10\u201340% on most workloads without a code change. GC pauses, tail latency, CPU use and throughput are what it moves. When every measurement behind the choice was taken on an older Go, the limit may already be gone on 1.26, and the case for Rust is not confirmed.`,
        fix: `Re-measure on Go 1.26 or later and update \`runtime\`, \`observed\` and \`evidence\`. If the limit still stands, the finding goes away; if the new figures meet it, set \`met: true\` and reconsider Go.`,
        fires: `service: pricing-api
language: rust
kind: http-api
workload:
  bound: mixed
constraints:
  - type: gc-pauses
    source: production
    evidence: https://grafana.example.com/d/pricing
    observed: P99.9 spikes of 40 ms during GC cycles
    runtime: go1.22
`,
        passes: `service: pricing-api
language: rust
kind: http-api
workload:
  bound: mixed
constraints:
  - type: gc-pauses
    source: production
    evidence: https://grafana.example.com/d/pricing
    observed: P99.9 spikes of 40 ms during GC cycles
    runtime: go1.26
`,
    },
    check({ proposal: p, settings, triggers }) {
        if (p.language !== 'rust' || triggers.size !== 1 || !triggers.has('measured-constraint')) {
            return [];
        }
        const indices = (0,core_triggers/* measuredConstraintIndices */.nQ)(p, settings);
        const constraints = p.constraints ?? [];
        const old = indices.filter((i) => beforeGreenTea(constraints[i].type, constraints[i].runtime));
        if (indices.length === 0 || old.length !== indices.length)
            return [];
        const listed = old
            .map((i) => `${constraints[i].type} (#${i + 1}) on ${goRuntimeText(constraints[i].runtime)}`)
            .join(', ');
        return [
            {
                path: ['constraints', old[0]],
                message: `The only case for Rust is measured on Go older than ${GREEN_TEA_GO}: ${listed}. ` +
                    `Go ${GREEN_TEA_GO} made Green Tea GC the default, cutting GC overhead by ${(0,format/* range */.y1)(settings.greenTeaGcCutPercent)}% on most workloads, which may remove this limit. ` +
                    `Re-measure on Go ${GREEN_TEA_GO} or later and update runtime; if the limit is met there, set met: true and reconsider Go.`,
            },
        ];
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/gc-remeasure-on-go-1-26.ts



/** The release that made Green Tea GC the default: a fact, not a setting. */
const gc_remeasure_on_go_1_26_GREEN_TEA_GO = '1.26';
/* harmony default export */ const gc_remeasure_on_go_1_26 = (defineRule({
    id: 'gc-remeasure-on-go-1-26',
    severity: 'notice',
    description: 'A GC-sensitive constraint (GC pauses, tail latency, CPU, throughput) was measured on a Go release older than 1.26, before Green Tea GC.',
    docs: {
        why: `Go 1.26 (February 2026) made the Green Tea garbage collector the default. It lowers GC overhead by 10\u201340% on most workloads, mainly by moving collection work off the hot path, with no code change. GC pauses, tail latency, CPU use and throughput are the measurements it moves most, so a number of that kind taken on an older Go may no longer hold, and a language switch based on it may be solving a problem the upgrade already solves.`,
        fix: `Re-run the measurement on Go 1.26 or later and update the constraint's \`runtime\` (and \`observed\`, \`evidence\`) before deciding to switch. If the old number still stands on 1.26, the notice goes away with the new runtime.`,
        fires: `service: pricing-api
language: rust
kind: http-api
workload:
  bound: mixed
constraints:
  - type: gc-pauses
    source: production
    evidence: https://grafana.example.com/d/pricing
    observed: P99.9 spikes of 40 ms during GC cycles
    runtime: go1.24
`,
        passes: `service: pricing-api
language: rust
kind: http-api
workload:
  bound: mixed
constraints:
  - type: gc-pauses
    source: production
    evidence: https://grafana.example.com/d/pricing
    observed: P99.9 spikes of 40 ms during GC cycles
    runtime: go1.26
`,
    },
    check({ proposal: p, settings }) {
        const hits = [];
        (p.constraints ?? []).forEach((c, i) => {
            // Only a runtime older than 1.26 is asked to re-measure on it.
            if (c.source === 'estimate' || !beforeGreenTea(c.type, c.runtime))
                return;
            const shown = goRuntimeText(c.runtime);
            hits.push({
                path: ['constraints', i],
                message: `The ${c.type} constraint (#${i + 1}, ${c.source}) was measured on ${shown}, older than Go ${gc_remeasure_on_go_1_26_GREEN_TEA_GO}. ` +
                    `Go ${gc_remeasure_on_go_1_26_GREEN_TEA_GO} made Green Tea GC the default, which cuts GC overhead by ${(0,format/* range */.y1)(settings.greenTeaGcCutPercent)}% on most workloads, so this number may no longer hold. ` +
                    `Re-measure on Go ${gc_remeasure_on_go_1_26_GREEN_TEA_GO} or later and update runtime before switching languages on it.`,
            });
        });
        return hits;
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/goroutine-leak-check.ts



/* harmony default export */ const goroutine_leak_check = (defineRule({
    id: 'goroutine-leak-check',
    severity: 'notice',
    description: 'Memory on Go keeps growing and no goroutine-leak check is recorded: rule out leaks before blaming Go.',
    docs: {
        why: `Memory that climbs slowly in production is one way goroutine leaks show up: goroutines blocked forever on a channel, mutex or other primitive that can never release them, each holding its stack and whatever it references. Such leaks take days to find by hand, and a language switch would not fix the bug. Go 1.26 adds a goroutineleak profile to runtime/pprof (enabled with GOEXPERIMENT=goroutineleakprofile) that reports goroutines blocked in this way. Until that profile has run clean, growth on Go does not count as a measured constraint.`,
        fix: `Build the service with Go 1.26 and GOEXPERIMENT=goroutineleakprofile, collect the goroutineleak profile from runtime/pprof, and fix what it reports. When the profile is clean, set \`leak-checked: true\` on the constraint: the notice goes away and the growth counts as a measured constraint. Once memory holds steady, set \`trend: steady\` instead.`,
        fires: `service: notifier
language: go
kind: worker
workload:
  bound: io
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/notifier
    observed: RSS grows about 300 MB a day until restart
    runtime: go1.24
    trend: growing
`,
        passes: `service: notifier
language: go
kind: worker
workload:
  bound: io
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/notifier
    observed: RSS flat at 2 GB
    runtime: go1.24
    trend: steady
`,
    },
    check({ proposal: p }) {
        const hits = [];
        (p.constraints ?? []).forEach((c, i) => {
            if (!(0,core_triggers/* growingOnGo */.$N)(c, p) || c['leak-checked'] === true)
                return;
            const where = c.runtime ? `on ${(0,format/* quote */.hD)(c.runtime)}` : 'on the Go service';
            const seen = c.observed ? `, observed ${(0,format/* quote */.hD)(c.observed)}` : '';
            hits.push({
                path: ['constraints', i],
                message: `The memory constraint (#${i + 1}, ${c.source}) is growing ${where}${seen}. ` +
                    `Gradual growth is one way goroutine leaks show up. Run Go 1.26's goroutineleak profile (GOEXPERIMENT=goroutineleakprofile); until then the growth does not count as a measured constraint. ` +
                    `Set leak-checked: true once the profile is clean.`,
            });
        });
        return hits;
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/constraint-not-measured.ts


/* harmony default export */ const constraint_not_measured = (defineRule({
    id: 'constraint-not-measured',
    severity: 'warning',
    description: 'A constraint is an estimate, not a measurement.',
    docs: {
        why: `The policy's central test is whether a constraint has been hit and measured, not whether the team expects to need the performance one day. An estimate does not count as a justification, and a language choice resting on one risks months of cost for a limit that may never arrive.`,
        fix: `Measure the constraint in production or with a load test, then set \`source\` to match and link the result in \`evidence\`. If it cannot be measured yet, remove the entry and revisit the choice once it can.`,
        fires: `service: search-api
language: rust
kind: http-api
workload:
  bound: cpu
  hot-path: [search-indexing]
constraints:
  - type: throughput
    source: estimate
    observed: we expect 50k requests per second
`,
        passes: `service: search-api
language: rust
kind: http-api
workload:
  bound: cpu
  hot-path: [search-indexing]
constraints:
  - type: throughput
    source: load-test
    evidence: https://ci.example.com/load/search-api/42
    observed: saturates at 50k requests per second
`,
    },
    check({ proposal: p, settings }) {
        const hits = [];
        const measuredIn = settings.measuredSources.join(' or ');
        (p.constraints ?? []).forEach((c, i) => {
            if (c.source !== 'estimate')
                return;
            const seen = c.observed ? ` (${(0,format/* quote */.hD)(c.observed)})` : '';
            hits.push({
                path: ['constraints', i],
                message: `The ${c.type} constraint (#${i + 1}) is an estimate${seen}, not a measurement, so it does not justify a language choice. ` +
                    `Measure it in ${measuredIn}, set source to match and link the result in evidence, or remove the entry.`,
            });
        });
        return hits;
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/constraint-benchmark-only.ts

/** Sources that show a limit in production, as opposed to a benchmark or an estimate. */
const IN_PRODUCTION = ['production', 'load-test'];
/* harmony default export */ const constraint_benchmark_only = (defineRule({
    id: 'constraint-benchmark-only',
    severity: 'notice',
    description: 'A constraint comes from a benchmark, not from production or a load test.',
    docs: {
        why: `A benchmark measures code in isolation under one synthetic workload. It shows what a language can do, not that the service would hit a limit in production: in a Fortune-style web benchmark the fastest Go and Rust frameworks differ by less than connection-pool settings or a query plan would change. Only a limit seen in production or under realistic load shows a production constraint.`,
        fix: `Confirm the constraint in production or with a load test of the real service, then set \`source\` to match and link the result in \`evidence\`. If the benchmark is all there is, keep it and waive this notice with the reason.`,
        fires: `service: image-resizer
language: rust
kind: worker
workload:
  bound: cpu
  hot-path: [compression]
constraints:
  - type: cpu
    source: benchmark
    evidence: https://ci.example.com/bench/resize/17
`,
        passes: `service: image-resizer
language: rust
kind: worker
workload:
  bound: cpu
  hot-path: [compression]
constraints:
  - type: cpu
    source: load-test
    evidence: https://ci.example.com/load/resize/17
`,
    },
    check({ proposal: p, settings }) {
        const hits = [];
        const confirmIn = settings.measuredSources.filter((s) => IN_PRODUCTION.includes(s)).join(' or ') ||
            IN_PRODUCTION.join(' or ');
        (p.constraints ?? []).forEach((c, i) => {
            if (c.source !== 'benchmark')
                return;
            hits.push({
                path: ['constraints', i],
                message: `The ${c.type} constraint (#${i + 1}) comes from a benchmark only: it shows what the code does in isolation, not that the service hits this limit in production. ` +
                    `Confirm it in ${confirmIn} and set source to match, or waive this notice with the reason the benchmark is enough.`,
            });
        });
        return hits;
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/constraint-without-evidence.ts

/** Sources that claim a measurement, and so owe a link to it. */
const MEASURED_CLAIMS = ['production', 'load-test', 'benchmark'];
/* harmony default export */ const constraint_without_evidence = (defineRule({
    id: 'constraint-without-evidence',
    severity: 'warning',
    description: 'A constraint claims a measurement but links no evidence.',
    docs: {
        why: `A constraint that says it was seen in production, in a load test or in a benchmark is a claim about a measurement. Reviewers weighing a language choice on it need to see the dashboard, report or run behind it; without a link they cannot tell a measured limit from a remembered one.`,
        fix: `Add \`evidence\` to the constraint with a link to the measurement (dashboard, load-test report, benchmark run). If there is nothing to link, the honest source is \`estimate\`.`,
        fires: `service: ledger
language: go
kind: crud-service
workload:
  bound: io
constraints:
  - type: throughput
    source: load-test
    observed: 12k writes per second
`,
        passes: `service: ledger
language: go
kind: crud-service
workload:
  bound: io
constraints:
  - type: throughput
    source: load-test
    evidence: https://ci.example.com/load/ledger/9
    observed: 12k writes per second
`,
    },
    check({ proposal: p }) {
        const hits = [];
        (p.constraints ?? []).forEach((c, i) => {
            if (!MEASURED_CLAIMS.includes(c.source))
                return;
            if (typeof c.evidence === 'string' && c.evidence.trim() !== '')
                return;
            hits.push({
                path: ['constraints', i],
                message: `The ${c.type} constraint (#${i + 1}) says it was measured in ${c.source} but has no evidence, so reviewers cannot check it. ` +
                    `Add evidence with a link to the measurement, or set source to estimate if there is none.`,
            });
        });
        return hits;
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/toolchain-outdated.ts



/** Go 1.26, rustc 1.85 and Rust's 2024 edition: what the messages say they bring. */
const GO_1_26 = [1, 26];
const RUSTC_1_85 = [1, 85];
const EDITION_2024 = 2024;
/** "1.85", "1.85.1", "rustc 1.80" \u2192 numbers; null when it is not a rustc version. */
function parseRustVersion(text) {
    const m = /^\s*(?:rustc\s*)?(\d+)\.(\d+)(?:\.(\d+))?/i.exec(String(text));
    return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : null;
}
/** "2021" \u2192 2021; NaN when it is not an edition year. */
function editionYear(text) {
    return /^\s*\d{4}\s*$/.test(String(text)) ? Number(text) : NaN;
}
/* harmony default export */ const toolchain_outdated = (defineRule({
    id: 'toolchain-outdated',
    severity: 'notice',
    description: 'The proposal pins a Go release, rustc release or Rust edition older than the ones the policy accepts.',
    docs: {
        why: `A new service should start on current toolchains. Go 1.26 (February 2026) turns on the Green Tea garbage collector, which cuts GC overhead by 10\u201340% on most workloads with no code change, negotiates post-quantum hybrid TLS key exchange by default, and adds a goroutineleak profile to runtime/pprof. Rust 1.85 (February 2025) stabilised async closures, in every edition, and shipped the 2024 edition, the largest since 2015, whose tighter lifetime rules surface more bugs at compile time.`,
        fix: `Set \`toolchain.go\` to 1.26 or later, \`toolchain.rust\` to 1.85 or later and \`toolchain.rust-edition\` to 2024 (or the versions your configuration requires), or waive the finding with the reason the older toolchain is pinned.`,
        fires: `service: audit-log
language: go
kind: worker
workload:
  bound: io
toolchain:
  go: "1.9"
`,
        passes: `service: audit-log
language: go
kind: worker
workload:
  bound: io
toolchain:
  go: "1.26"
`,
    },
    check({ proposal: p, settings }) {
        const hits = [];
        const go = p.toolchain?.go;
        if (go !== undefined && (0,versions/* goOlderThan */.yQ)(go, settings.minGoVersion)) {
            const [major = 0, minor = 0] = (0,versions/* parseGoVersion */.SX)(go) ?? [];
            const [minMajor = 0, minMinor = 0] = (0,versions/* parseGoVersion */.SX)(settings.minGoVersion) ?? [];
            const behind = major === minMajor && minMinor > minor
                ? ` (${(0,format/* plural */.LS)(minMinor - minor, 'minor release')} behind)`
                : '';
            const gains = (0,versions/* compareVersions */.Zy)([major, minor], GO_1_26) < 0
                ? ` It misses Go 1.26: Green Tea GC by default (${(0,format/* range */.y1)(settings.greenTeaGcCutPercent)}% less GC overhead), the NIST-curve post-quantum TLS key exchanges by default and the goroutineleak profile.`
                : '';
            hits.push({
                path: ['toolchain', 'go'],
                message: `toolchain.go is ${(0,format/* quote */.hD)(go)}, older than ${settings.minGoVersion}${behind}.${gains} Move to Go ${settings.minGoVersion} or later.`,
            });
        }
        const rustc = p.toolchain?.rust;
        const rustVersion = rustc === undefined ? null : parseRustVersion(rustc);
        const minRust = parseRustVersion(settings.minRustVersion);
        if (rustVersion && minRust && (0,versions/* compareVersions */.Zy)(rustVersion, minRust) < 0) {
            const gains = (0,versions/* compareVersions */.Zy)(rustVersion, RUSTC_1_85) < 0
                ? ' It misses rustc 1.85: async closures are stable from that release, in every edition, and the 2024 edition needs it.'
                : '';
            hits.push({
                path: ['toolchain', 'rust'],
                message: `toolchain.rust is ${(0,format/* quote */.hD)(rustc)}, older than ${settings.minRustVersion}.${gains} Move to rustc ${settings.minRustVersion} or later.`,
            });
        }
        const edition = p.toolchain?.['rust-edition'];
        const year = edition === undefined ? NaN : editionYear(edition);
        const minYear = editionYear(settings.minRustEdition);
        if (year < minYear) {
            const gains = year < EDITION_2024
                ? ' It misses the 2024 edition, the largest since 2015, whose stricter lifetime rules catch more bugs at compile time.'
                : '';
            hits.push({
                path: ['toolchain', 'rust-edition'],
                message: `toolchain.rust-edition is ${(0,format/* quote */.hD)(edition)}, older than ${settings.minRustEdition}.${gains} Move to the ${settings.minRustEdition} edition or later.`,
            });
        }
        return hits;
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/post-quantum-tls.ts



/** First Go release whose crypto/tls negotiates the NIST-curve ML-KEM hybrids by default (a fact, not a policy). */
const GO_PQ_DEFAULT = '1.26';
const TAG = 'nist-post-quantum';
/* harmony default export */ const post_quantum_tls = (defineRule({
    id: 'post-quantum-tls',
    severity: 'notice',
    description: 'NIST post-quantum compliance is required, and the chosen stack does not negotiate the NIST hybrid ML-KEM key exchanges by default.',
    docs: {
        why: `Services that talk to government or financial systems may be required to use the NIST post-quantum standards. Go's crypto/tls has negotiated the hybrid X25519MLKEM768 key exchange by default since Go 1.24; Go 1.26 adds the NIST-curve hybrids SecP256r1MLKEM768 and SecP384r1MLKEM1024 by default, which NIST-bound systems need, so a Go service meets this on 1.26 or later without configuration. In Rust, hybrid ML-KEM key exchange has to be configured and tested in the TLS stack the service links.`,
        fix: `For Go, set \`toolchain.go\` to 1.26 or later. For Rust, configure the TLS stack for hybrid ML-KEM key exchange, test the handshake against the systems that require it, and waive the finding with a link to that test as the reason.`,
        fires: `service: settlement-api
language: go
kind: http-api
workload:
  bound: io
toolchain:
  go: "1.25"
compliance: [nist-post-quantum]
`,
        passes: `service: settlement-api
language: go
kind: http-api
workload:
  bound: io
toolchain:
  go: "1.26"
compliance: [nist-post-quantum]
`,
    },
    check({ proposal: p }) {
        const index = (p.compliance ?? []).findIndex((t) => t.trim().toLowerCase() === TAG);
        if (index < 0)
            return [];
        const hits = [];
        if (p.language === 'rust') {
            hits.push({
                path: ['compliance', index],
                message: `Compliance lists ${TAG} and the language is rust: configure hybrid ML-KEM key exchange in the TLS stack the service links and test the handshake against the systems that require it. ` +
                    `Then waive the finding with a link to that test.`,
            });
        }
        const go = p.toolchain?.go;
        if (p.language === 'go' && go !== undefined && (0,versions/* goOlderThan */.yQ)(go, GO_PQ_DEFAULT)) {
            hits.push({
                path: ['toolchain', 'go'],
                message: `Compliance lists ${TAG} but toolchain.go is ${(0,format/* quote */.hD)(go)}, older than ${GO_PQ_DEFAULT}. Go 1.24 and later negotiate X25519MLKEM768 by default, but the NIST-curve hybrids SecP256r1MLKEM768 and SecP384r1MLKEM1024, which NIST-bound systems need, are on by default only from Go ${GO_PQ_DEFAULT}. ` +
                    `Move to Go ${GO_PQ_DEFAULT} or later.`,
            });
        }
        return hits;
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/language-not-covered.ts


/* harmony default export */ const language_not_covered = (defineRule({
    id: 'language-not-covered',
    severity: 'notice',
    description: 'The language is neither Go nor Rust, so the default rules do not judge the choice.',
    docs: {
        why: `The default rule set encodes one policy: start backend services in Go and move to Rust when a measured constraint or a Rust-shaped workload calls for it. It has nothing to say about other languages, so a proposal in another language passes without its choice being examined.`,
        fix: `Write custom rules for the language if your organisation has a policy for it, then turn this rule off or waive it on the proposal. Choosing Go or Rust also makes the finding go away.`,
        fires: `service: report-builder
language: python
kind: data-pipeline
workload:
  bound: io
`,
        passes: `service: report-builder
language: go
kind: data-pipeline
workload:
  bound: io
`,
    },
    check({ proposal: p, triggers }) {
        if (p.language === 'go' || p.language === 'rust')
            return [];
        const lean = triggers.size > 0
            ? `rust (through ${[...triggers.keys()].join(', ')})`
            : 'go (no case for Rust holds)';
        return [
            {
                path: ['language'],
                message: `The language is ${(0,format/* quote */.hD)(p.language)}; the default rule set judges only go and rust, so this choice was not checked. Between those two the policy would recommend ${lean}. ` +
                    `Cover ${(0,format/* quote */.hD)(p.language)} with a custom rule and turn this one off or waive it, or choose go or rust.`,
            },
        ];
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/proposal-invalid.ts

// Findings come from reading and validating the file (proposal/parse.ts, proposal/validate.ts).
/* harmony default export */ const proposal_invalid = (defineRule({
    id: 'proposal-invalid',
    severity: 'error',
    description: 'The file is not a valid proposal: bad YAML, a missing or unknown field, a wrong type or value.',
    unwaivable: true,
    docs: {
        why: `A proposal that cannot be read cannot be judged, and a typo such as \`languge\` or \`bound: IO\` would otherwise hide the very field a rule needs. Each problem points at the file, line and column of the offending node, and unknown keys and values come with the closest valid name.`,
        fix: `Correct the field the message names. The schema in \`schema/proposal.schema.json\` lists every field; add the comment \`# yaml-language-server: $schema=<url>\` as the first line so that editors check the file as you type. This rule cannot be waived.`,
        fires: `service: orders-api
languge: go
kind: http-api
workload:
  bound: io
`,
        passes: `service: orders-api
language: go
kind: http-api
workload:
  bound: io
`,
    },
}));

// EXTERNAL MODULE: ./src/core/proposal/fields.ts
var fields = __nccwpck_require__(8641);
;// CONCATENATED MODULE: ./src/core/rules/proposal-unknown-field.ts



// Validation lets unknown top-level keys through (policy 1.1); this rule reports those that
// are neither ignored nor a near miss of a field (near misses are proposal-invalid).
/* harmony default export */ const proposal_unknown_field = (defineRule({
    id: 'proposal-unknown-field',
    severity: 'notice',
    description: 'A top-level key is not a proposal field, not a near miss of one, and not a key the proposal format ignores.',
    docs: {
        why: `A key the format does not know is read by no rule. It may be a note for people, or a field from another tool; it may also be a field the authors believe is judged when it is not. The finding says so once, without failing the check.`,
        fix: `Rename the key to \`x-<name>\` to keep it as a note (keys starting with \`x-\` and decision-record keys such as \`title\`, \`date\` and \`deciders\` are ignored), remove it, or waive the finding. docs/proposal-format.md lists every field.`,
        fires: `service: orders-api
language: go
summary: Order intake over HTTP.
foo: bar
`,
        passes: `service: orders-api
language: go
summary: Order intake over HTTP.
x-foo: bar
`,
    },
    check({ proposal }) {
        return Object.keys(proposal)
            .filter((key) => (0,fields/* classifyKey */.eL)(key).kind === 'unknown')
            .map((key) => ({
            path: [key],
            target: 'key',
            message: `${(0,format/* quote */.hD)(key)} is not a proposal field, so no rule reads it. Rename it to \`x-\u2026\` to keep it as a note, remove it, or waive this finding.`,
        }));
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/waiver-invalid.ts

// Findings come from validation (a waiver without a reason) and the engine (an unknown rule).
/* harmony default export */ const waiver_invalid = (defineRule({
    id: 'waiver-invalid',
    severity: 'error',
    description: 'A waiver names a rule that does not exist or cannot be waived, or gives no reason.',
    unwaivable: true,
    docs: {
        why: `A waiver tells reviewers that a finding was seen and accepted. One without a reason records no decision, and one that names a misspelt rule silences nothing while looking as if it did.`,
        fix: `Name an existing rule (\`stack-verdict rules\` lists them) and give the reason in \`reason\`. \`proposal-invalid\` and \`waiver-invalid\` cannot be waived. This rule cannot be waived.`,
        fires: `service: orders-api
language: go
kind: http-api
workload:
  bound: io
waivers:
  - rule: go-systems-softwar
    reason: The storage team reviewed it.
`,
        passes: `service: orders-api
language: go
kind: http-api
workload:
  bound: io
waivers:
  - rule: go-systems-software
    reason: The storage team reviewed it.
`,
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/waiver-expired.ts

// Findings come from the engine, which compares each waiver's `expires` with today.
/* harmony default export */ const waiver_expired = (defineRule({
    id: 'waiver-expired',
    severity: 'warning',
    description: 'A waiver is past its `expires` date, so the findings it waived count again.',
    unwaivable: true,
    docs: {
        why: `A waiver records that reviewers accepted a finding for a reason that held at the time: two Rust engineers joining in January, a measurement still to come. Such reasons go stale, so a waiver may carry \`expires\`, the last day it is in force. After that day the waiver no longer silences anything and this rule points at it, so that the decision is taken again instead of lasting forever.`,
        fix: `Fix what the waived rule reports, or renew the waiver: set a later \`expires\` and, where your team records approvals, a new \`approved-by\`. When the waived rule no longer fires at all, delete the waiver (\`waiver-unused\` then reports it instead of this rule). This rule cannot be waived.`,
        fires: `service: orders-api
language: rust
kind: http-api
workload:
  bound: io
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/orders-rss
team:
  size: 4
  rust-experience: 1
waivers:
  - rule: rust-onboarding-cost
    reason: Two engineers who shipped Rust join from the storage team in January.
    expires: 2026-01-31
    approved-by: "@acme/architecture"
`,
        passes: `service: orders-api
language: rust
kind: http-api
workload:
  bound: io
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/orders-rss
team:
  size: 4
  rust-experience: 1
waivers:
  - rule: rust-onboarding-cost
    reason: Two engineers who shipped Rust join from the storage team in January.
    expires: 2030-12-31
    approved-by: "@acme/architecture"
`,
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/waiver-expiring.ts

// Findings come from the engine, which compares each waiver's `expires` with today and with
// the `waiver-warning-days` setting.
/* harmony default export */ const waiver_expiring = (defineRule({
    id: 'waiver-expiring',
    severity: 'notice',
    description: 'A waiver that waives a finding expires soon (within `waiver-warning-days`).',
    unwaivable: true,
    docs: {
        why: `A waiver with \`expires\` stops waiving the day after that date, and the finding it silenced then counts again: on a pull request that may have nothing to do with the proposal, the check turns red. This rule gives the owners notice while the waiver is still in force, by default 30 days before (the \`waiver-warning-days\` setting), so that the decision can be taken again in time.`,
        fix: `Fix what the waived rule reports and delete the waiver, or renew it: a later \`expires\` and, where the configuration lists \`approvers\`, a new approval on the pull request that changes it. To be told earlier or later, set \`settings.waiver-warning-days\`. This rule cannot be waived.`,
        fires: `service: orders-api
language: rust
kind: http-api
workload:
  bound: io
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/orders-rss
team:
  size: 4
  rust-experience: 1
waivers:
  - rule: rust-onboarding-cost
    reason: Two engineers who shipped Rust join from the storage team at the end of June.
    expires: 2026-06-20
`,
        passes: `service: orders-api
language: rust
kind: http-api
workload:
  bound: io
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/orders-rss
team:
  size: 4
  rust-experience: 1
waivers:
  - rule: rust-onboarding-cost
    reason: Two engineers who shipped Rust join from the storage team at the end of June.
    expires: 2030-12-31
`,
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/waiver-unused.ts

// Findings come from the engine, after every rule has run on the proposal.
/* harmony default export */ const waiver_unused = (defineRule({
    id: 'waiver-unused',
    severity: 'notice',
    description: 'A waiver names a rule that reports nothing on this proposal, so it waives nothing.',
    unwaivable: true,
    docs: {
        why: `A waiver that matches no finding does nothing today, but it stays in the file: when the proposal changes later and the rule fires again, the old waiver silences the new finding without anyone reviewing it. It also tells readers that a problem was accepted when there is none.`,
        fix: `Delete the waiver. If the rule is turned off in the configuration, the waiver is not needed either. This rule cannot be waived.`,
        fires: `service: orders-api
language: go
kind: http-api
workload:
  bound: io
waivers:
  - rule: go-systems-software
    reason: The storage team reviewed it.
`,
        passes: `service: orders-api
language: go
kind: database
workload:
  bound: io
waivers:
  - rule: go-systems-software
    reason: The storage team reviewed it and will run it in Go for the first year.
`,
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/rust-justification-unmeasured.ts

/** Triggers that rest on what the authors declare about the workload, not on a measurement. */
const DECLARED = [
    'cpu-bound-hot-path',
    'deterministic-tail-latency',
    'custom-protocol',
];
/** Constraints that would back such a declaration, and the sources that count as measuring it. */
const BACKING_TYPES = ['cpu', 'tail-latency', 'throughput', 'gc-pauses', 'memory'];
const BACKING_SOURCES = ['production', 'load-test', 'benchmark'];
const FIELD = {
    'cpu-bound-hot-path': 'workload.bound: cpu with a compute-heavy hot-path',
    'deterministic-tail-latency': 'workload.latency.deterministic-tail: true',
    'custom-protocol': 'workload.protocol: custom-binary',
};
/* harmony default export */ const rust_justification_unmeasured = (defineRule({
    id: 'rust-justification-unmeasured',
    severity: 'warning',
    description: 'Rust rests only on how the authors describe the workload; nothing measured backs it.',
    docs: {
        why: `A CPU-bound hot path, a deterministic tail or a custom binary protocol are cases for Rust, but each is declared by the proposal's authors: one line of YAML. The policy's test is a constraint that is real and measured, not the expectation of needing the performance some day. Without a benchmark, load test or production figure of the part that matters, the case for Rust is a belief, and the build, hiring and onboarding costs it brings are certain.`,
        fix: `Measure the part of the workload the declaration is about: at least a benchmark of the hot path, better a load test or production figures, and add it as a \`constraints\` entry (type cpu, tail-latency, throughput, gc-pauses or memory) with \`evidence\`. Or choose Go. Waive the finding only with the reason a measurement is not possible yet.`,
        fires: `service: invoice-parser
language: rust
kind: http-api
workload:
  bound: cpu
  hot-path: [parsing]
`,
        passes: `service: invoice-parser
language: rust
kind: http-api
workload:
  bound: cpu
  hot-path: [parsing]
constraints:
  - type: cpu
    source: benchmark
    evidence: https://ci.example.com/bench/invoice-parser/3
    observed: 38 MB/s per core parsing invoices in the Go prototype
`,
    },
    check({ proposal: p, triggers }) {
        if (p.language !== 'rust' || triggers.size === 0)
            return [];
        const held = [...triggers.keys()];
        if (!held.every((t) => DECLARED.includes(t)))
            return [];
        const backed = (p.constraints ?? []).some((c) => BACKING_TYPES.includes(c.type) && BACKING_SOURCES.includes(c.source));
        if (backed)
            return [];
        const declared = held.map((t) => `${t} (${FIELD[t]})`).join(', ');
        return [
            {
                path: ['language'],
                message: `Rust rests only on what the proposal declares: ${declared}. Nothing measured backs it: no cpu, tail-latency, throughput, gc-pauses or memory constraint from ${BACKING_SOURCES.join(', ')}. ` +
                    `Add the measurement (at least a benchmark of the hot path, with evidence) as a constraint, or choose Go.`,
            },
        ];
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/constraint-not-on-go.ts




/* harmony default export */ const constraint_not_on_go = (defineRule({
    id: 'constraint-not-on-go',
    severity: 'notice',
    description: 'A constraint was measured on a runtime other than Go, so it says nothing about Go and does not count.',
    docs: {
        why: `The policy's question is whether Go hits a limit. A memory, CPU or latency limit measured on CPython, the JVM or Node shows what that runtime does, not what a Go service would do: Go compiles to native code, has its own garbage collector and cheap goroutines. Such a constraint does not count as a measured constraint and makes no case for Rust.`,
        fix: `Build a Go prototype of the hot part, measure it under the same load, and record that measurement with \`runtime\` set to the Go release (for example \`go1.26\`). Keep the old measurement as context in the proposal's prose if it helps reviewers.`,
        fires: `service: report-renderer
language: rust
kind: worker
workload:
  bound: cpu
  hot-path: [data-processing]
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/renderer
    observed: RSS 9 GB per worker
    runtime: cpython3.11
`,
        passes: `service: report-renderer
language: rust
kind: worker
workload:
  bound: cpu
  hot-path: [data-processing]
constraints:
  - type: memory
    source: load-test
    evidence: https://ci.example.com/load/renderer-go/5
    observed: RSS 6 GB per worker in the Go prototype
    runtime: go1.26
`,
    },
    check({ proposal: p, settings }) {
        const hits = [];
        (p.constraints ?? []).forEach((c, i) => {
            if (!core_triggers/* RUST_CONSTRAINT_TYPES */.XB.includes(c.type) || !(0,core_triggers/* isMeasured */.V2)(c.source, settings))
                return;
            if (c.runtime === undefined || c.runtime.trim() === '' || (0,versions/* isGoRuntime */.ls)(c.runtime))
                return;
            hits.push({
                path: ['constraints', i, 'runtime'],
                message: `The ${c.type} constraint (#${i + 1}, ${c.source}) was measured on ${(0,format/* quote */.hD)(c.runtime)}, not on Go, so it does not count as a measured constraint: a limit of that runtime says nothing about Go. ` +
                    `Measure a Go prototype under the same load and record it with runtime set to the Go release.`,
            });
        });
        return hits;
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/duplicate-service.ts


/** How many other files a message names before it counts the rest. */
const NAMED = 3;
// Runs across proposals: buildReport calls checkRun once the run's files are judged.
/* harmony default export */ const duplicate_service = (defineRule({
    id: 'duplicate-service',
    severity: 'error',
    description: 'Two proposals judged in the same run name the same service.',
    unwaivable: true,
    docs: {
        why: `A service proposal records the decision for one service. Two files that name the same \`service\` leave reviewers with two answers to one question: a change to one is judged while the other still says something else, and a waiver in one silently stands beside findings in the other. Each file is reported, pointing at the other, so that neither can pass on its own.`,
        fix: `Keep one proposal per service: delete or merge the duplicate, or rename \`service\` if the two files describe different services. This rule cannot be waived, and it fails the gate on a draft too.`,
        fires: `service: orders-api
language: go
kind: http-api
workload:
  bound: io
`,
        passes: `service: orders-worker
language: go
kind: worker
workload:
  bound: io
`,
        alongside: `service: orders-api
language: rust
kind: http-api
workload:
  bound: cpu
  hot-path: [parsing]
`,
    },
    checkRun(proposals) {
        const byService = new Map();
        proposals.forEach((p, i) => {
            if (p.service === null || p.service.trim() === '')
                return;
            const key = p.service.trim();
            byService.set(key, [...(byService.get(key) ?? []), i]);
        });
        const hits = [];
        for (const [service, indices] of byService) {
            if (indices.length < 2)
                continue;
            // The first NAMED others only: linear in the files, however many share one name.
            const head = indices.slice(0, NAMED + 1);
            for (const i of indices) {
                const others = head.filter((j) => j !== i).slice(0, NAMED);
                const named = others.map((j) => (0,format/* quote */.hD)(proposals[j].file)).join(', ');
                const rest = indices.length - 1 - others.length;
                const more = rest > 0 ? ` and ${rest} more` : '';
                hits.push({
                    index: i,
                    position: proposals[i].servicePosition,
                    message: `The service ${(0,format/* quote */.hD)(service)} is also proposed in ${named}${more}: one service, one proposal. ` +
                        `Delete or merge the duplicate, or rename service if the files describe different services.`,
                });
            }
        }
        return hits;
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/go-team-knows-rust.ts


/* harmony default export */ const go_team_knows_rust = (defineRule({
    id: 'go-team-knows-rust',
    severity: 'notice',
    description: 'Go is chosen although most of the team has shipped Rust.',
    docs: {
        why: `The policy names engineers who already know Rust and want to work in it as a case for Rust: the onboarding and hiring costs that usually argue for Go are then largely paid. A Go proposal from such a team is fine, but the recommendation is Rust, and the reviewers should see why the team chose otherwise.`,
        fix: `Keep Go and waive this notice with the team's reason, or choose Rust. If fewer engineers have shipped Rust than stated, correct \`team.rust-experience\`.`,
        fires: `service: audit-api
language: go
kind: http-api
workload:
  bound: io
team:
  size: 4
  rust-experience: 3
`,
        passes: `service: audit-api
language: go
kind: http-api
workload:
  bound: io
team:
  size: 4
  rust-experience: 1
`,
    },
    check({ proposal: p, settings, triggers }) {
        const path = triggers.get('team-knows-rust');
        if (p.language !== 'go' || !path)
            return [];
        const rust = p.team?.['rust-experience'] ?? 0;
        const size = p.team?.size ?? 0;
        return [
            {
                path,
                message: `Go chosen by a team that knows Rust: ${(0,format/* formatNumber */.ZV)(rust)} of ${(0,format/* formatNumber */.ZV)(size)} engineers have shipped it, at least the ${(0,format/* percent */.KN)(settings.rustTeamShare)} share that counts as knowing Rust, and the policy names engineers who already know Rust and want to work in it as a case for Rust. ` +
                    `Keep Go and waive this notice with the team's reason, or choose Rust.`,
            },
        ];
    },
}));

;// CONCATENATED MODULE: ./src/core/rules/index.ts
































const RULES = [
    rust_without_measured_constraint,
    rust_onboarding_cost,
    rust_hiring_premium,
    rust_ci_build_cost,
    rust_despite_build_time_constraint,
    team_missing,
    go_despite_measured_constraint,
    go_cpu_bound_hot_path,
    go_deterministic_tail_latency,
    go_systems_software,
    go_ffi_embedding,
    go_custom_protocol,
    go_cli_cold_start,
    gc_remeasure_on_go_1_26,
    goroutine_leak_check,
    constraint_not_measured,
    constraint_benchmark_only,
    constraint_without_evidence,
    toolchain_outdated,
    post_quantum_tls,
    language_not_covered,
    proposal_invalid,
    proposal_unknown_field,
    waiver_invalid,
    waiver_expired,
    waiver_unused,
    rust_justification_unmeasured,
    rust_on_unconfirmed_measurement,
    constraint_not_on_go,
    duplicate_service,
    go_team_knows_rust,
    waiver_expiring,
];
const byId = new Map(RULES.map((r) => [r.id, r]));
function findRule(id) {
    return byId.get(id);
}


/***/ }),

/***/ 1922:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ DEFAULT_SETTINGS)
/* harmony export */ });
const DEFAULT_SETTINGS = Object.freeze({
    measuredSources: ['production', 'load-test'],
    rustTeamShare: 0.5,
    cliColdStartMs: 10,
    rustBuildSeconds: 120,
    goBuildSeconds: 5,
    ciMinutesPerDay: 60,
    rustPremiumUsd: [25_000, 30_000],
    rustOnboardingMonths: [3, 6],
    minGoVersion: '1.26',
    minRustEdition: '2024',
    minRustVersion: '1.85',
    greenTeaGcCutPercent: [10, 40],
    waiverWarningDays: 30,
});


/***/ }),

/***/ 2085:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
// Two rows of the table, reused by every call: an unknown key is compared with every known
// one, and two fresh arrays per row were most of the cost.
let rows = new Int32Array(64);
/** Edit distance (Levenshtein), for "did you mean" suggestions. */
function editDistance(a, b) {
    return distanceWithin(a, b, Infinity);
}
/**
 * The edit distance when it is at most `bound`; otherwise some number above `bound` (the
 * table stops once a whole row is past it, as every later row is at least as far).
 */
function distanceWithin(a, b, bound) {
    if (a === b)
        return 0;
    const width = b.length + 1;
    if (rows.length < 2 * width)
        rows = new Int32Array(4 * width);
    let prev = 0;
    let cur = width;
    for (let j = 0; j < width; j++)
        rows[j] = j;
    for (let i = 1; i <= a.length; i++) {
        rows[cur] = i;
        let least = i;
        const ca = a.charCodeAt(i - 1);
        for (let j = 1; j < width; j++) {
            const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
            const d = Math.min(rows[prev + j] + 1, rows[cur + j - 1] + 1, rows[prev + j - 1] + cost);
            rows[cur + j] = d;
            if (d < least)
                least = d;
        }
        if (least > bound)
            return least;
        [prev, cur] = [cur, prev];
    }
    return rows[prev + b.length];
}
/** The closest candidate, when it is close enough to be a likely typo. */
function closest(word, candidates) {
    const w = word.toLowerCase().replace(/_/g, '-');
    const limit = Math.max(1, Math.floor(Math.max(w.length, 3) / 3));
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        // Only a candidate within the limit and nearer than the best so far can change the
        // answer; the length difference alone is a lower bound on the distance.
        const bound = Math.min(limit, bestDistance - 1);
        const lower = c.toLowerCase();
        if (Math.abs(w.length - lower.length) > bound)
            continue;
        const d = distanceWithin(w, lower, bound);
        if (d <= bound) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
function didYouMean(word, candidates) {
    const c = closest(word, candidates);
    return c === undefined ? '' : ` Did you mean \`${c}\`?`;
}


/***/ }),

/***/ 854:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ growingOnGo),
/* harmony export */   Fg: () => (/* binding */ SYSTEMS_KINDS),
/* harmony export */   Jn: () => (/* binding */ findTriggers),
/* harmony export */   V2: () => (/* binding */ isMeasured),
/* harmony export */   WN: () => (/* binding */ TRIGGER_IDS),
/* harmony export */   XB: () => (/* binding */ RUST_CONSTRAINT_TYPES),
/* harmony export */   nQ: () => (/* binding */ measuredConstraintIndices)
/* harmony export */ });
/* unused harmony exports isMeasuredConstraint, cpuHotPathIndex, teamKnowsRust */
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4506);

/** The Rust justifications of shared/spec/rules-v1.md, in the spec's order. */
const TRIGGER_IDS = [
    'measured-constraint',
    'cpu-bound-hot-path',
    'deterministic-tail-latency',
    'systems-software',
    'cli-cold-start',
    'ffi-embedding',
    'custom-protocol',
    'team-knows-rust',
];
const SYSTEMS_KINDS = ['database', 'message-broker', 'network-proxy', 'runtime', 'compiler'];
/** Constraint types whose measurement justifies Rust (build-time argues the other way). */
const RUST_CONSTRAINT_TYPES = [
    'memory',
    'cpu',
    'gc-pauses',
    'tail-latency',
    'throughput',
    'cold-start',
];
function isMeasured(source, settings) {
    return settings.measuredSources.includes(source);
}
/**
 * True when a growing memory constraint was seen on Go: its `runtime` is Go, or it has none and
 * the proposal is in Go. Leaked goroutines may explain such growth.
 */
function growingOnGo(c, p) {
    if (c.type !== 'memory' || c.trend !== 'growing')
        return false;
    return c.runtime !== undefined ? (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoRuntime */ .ls)(c.runtime) : p.language === 'go';
}
/**
 * Policy 1.1: the constraint is a measured hard limit of Go. Its type argues for Rust, its
 * source counts as measured, the limit was not met, it was measured on Go (or the runtime is
 * not said), and it is not growth on Go that the goroutineleak profile has not ruled out.
 */
function isMeasuredConstraint(c, p, settings) {
    if (!RUST_CONSTRAINT_TYPES.includes(c.type) || !isMeasured(c.source, settings))
        return false;
    if (c.met === true)
        return false;
    if (c.runtime !== undefined && !(0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .isGoRuntime */ .ls)(c.runtime))
        return false;
    return !(growingOnGo(c, p) && c['leak-checked'] !== true);
}
/** The indices of the constraints for which `measured-constraint` holds. */
function measuredConstraintIndices(p, settings) {
    const out = [];
    (p.constraints ?? []).forEach((c, i) => {
        if (isMeasuredConstraint(c, p, settings))
            out.push(i);
    });
    return out;
}
/** The index of the first hot-path entry that makes the work CPU-bound, or -1. */
function cpuHotPathIndex(p) {
    if (p.workload?.bound !== 'cpu')
        return -1;
    return (p.workload?.['hot-path'] ?? []).findIndex((h) => h !== 'in-memory-cache');
}
/** True when the team has shipped enough Rust to count as knowing it. */
function teamKnowsRust(p, settings) {
    const rust = p.team?.['rust-experience'];
    const size = p.team?.size;
    if (rust === undefined || size === undefined)
        return false;
    return rust >= 1 && rust >= size * settings.rustTeamShare;
}
function findTriggers(p, settings) {
    const found = new Map();
    const measured = measuredConstraintIndices(p, settings)[0];
    if (measured !== undefined)
        found.set('measured-constraint', ['constraints', measured]);
    const hot = cpuHotPathIndex(p);
    if (hot >= 0)
        found.set('cpu-bound-hot-path', ['workload', 'hot-path', hot]);
    if (p.workload?.latency?.['deterministic-tail'] === true) {
        found.set('deterministic-tail-latency', ['workload', 'latency', 'deterministic-tail']);
    }
    if (p.kind !== undefined && SYSTEMS_KINDS.includes(p.kind))
        found.set('systems-software', ['kind']);
    const coldStart = p.workload?.['cold-start-ms'];
    if (p.kind === 'cli' && coldStart !== undefined && coldStart <= settings.cliColdStartMs) {
        found.set('cli-cold-start', ['workload', 'cold-start-ms']);
    }
    if (p.workload?.ffi === 'c' || p.workload?.ffi === 'cpp') {
        found.set('ffi-embedding', ['workload', 'ffi']);
    }
    if (p.workload?.protocol === 'custom-binary')
        found.set('custom-protocol', ['workload', 'protocol']);
    if (teamKnowsRust(p, settings))
        found.set('team-knows-rust', ['team', 'rust-experience']);
    return found;
}


/***/ }),

/***/ 9478:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   O4: () => (/* binding */ proposalVerdict),
/* harmony export */   ZH: () => (/* binding */ runVerdict),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   xZ: () => (/* binding */ gatePasses)
/* harmony export */ });
/* unused harmony exports SEVERITY_RANK, DRAFT_GATING_RULES, gatedFindings */
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
const VERDICT_RANK = {
    'no-proposals': 0,
    approved: 1,
    'approved-with-warnings': 2,
    'changes-requested': 3,
};
function proposalVerdict(findings) {
    let warning = false;
    for (let i = 0; i < findings.length; i++) {
        const f = findings[i];
        if (f.waived)
            continue;
        if (f.severity === 'error')
            return 'changes-requested';
        if (f.severity === 'warning')
            warning = true;
    }
    return warning ? 'approved-with-warnings' : 'approved';
}
/** The worst of the proposals' verdicts. */
function runVerdict(proposals) {
    let worst = 'no-proposals';
    for (const p of proposals)
        if (VERDICT_RANK[p.verdict] > VERDICT_RANK[worst])
            worst = p.verdict;
    return worst;
}
/** Rules that fail the gate on a draft too (policy 1.1, "Drafts"), besides the configured unwaivable ones. */
const DRAFT_GATING_RULES = [
    'proposal-invalid',
    'waiver-invalid',
    'duplicate-service',
];
/** The findings of a proposal that count towards the gate. */
function gatedFindings(p, policy = {}) {
    if (p.status !== 'draft' || policy.drafts === 'gate')
        return p.findings;
    const unwaivable = policy.unwaivable ?? [];
    return p.findings.filter((f) => DRAFT_GATING_RULES.includes(f.rule) || unwaivable.includes(f.rule));
}
/**
 * Whether the run passes the gate. A draft is reported like any other proposal but fails the
 * gate only for invalid input, duplicates and the configuration's unwaivable rules, unless
 * the configuration says `drafts: gate`.
 */
function gatePasses(proposals, failOn, policy = {}) {
    if (failOn === 'never')
        return true;
    // runVerdict of each proposal's verdict on its gated findings, without a copy of each.
    let gated = 'no-proposals';
    for (const p of proposals) {
        const verdict = proposalVerdict(gatedFindings(p, policy));
        if (VERDICT_RANK[verdict] > VERDICT_RANK[gated])
            gated = verdict;
    }
    if (gated === 'changes-requested')
        return false;
    return !(failOn === 'warning' && gated === 'approved-with-warnings');
}
function countFindings(proposals) {
    const counts = {
        proposals: proposals.length,
        errors: 0,
        warnings: 0,
        notices: 0,
        waived: 0,
    };
    for (const p of proposals) {
        for (const f of p.findings) {
            if (f.waived)
                counts.waived++;
            else if (f.severity === 'error')
                counts.errors++;
            else if (f.severity === 'warning')
                counts.warnings++;
            else
                counts.notices++;
        }
    }
    return counts;
}
function compareFindings(a, b) {
    return (Number(a.waived) - Number(b.waived) ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        a.line - b.line ||
        a.column - b.column ||
        compareText(a.rule, b.rule));
}
/**
 * Code-unit order, as Array.prototype.sort uses for file lists: the same on every machine,
 * and free, where localeCompare loads ICU's collator on first use (10 ms of a one-file run).
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 4506:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ parseGoVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ls: () => (/* binding */ isGoRuntime),
/* harmony export */   yQ: () => (/* binding */ goOlderThan)
/* harmony export */ });
/** Parses "go1.24", "1.26", "1.26.1" or "go1.26rc1" into numbers; null when it is not a Go version. */
function parseGoVersion(text) {
    const m = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?/i.exec(text.trim());
    if (!m)
        return null;
    return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}
/** Compares versions part by part as numbers, so 1.9 < 1.26. */
function compareVersions(a, b) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
/** True when `version` names a Go release older than `minimum`; false when either is not a Go version. */
function goOlderThan(version, minimum) {
    const v = parseGoVersion(version);
    const m = parseGoVersion(minimum);
    return v !== null && m !== null && compareVersions(v, m) < 0;
}
/**
 * A runtime such as "go1.24", "go 1.22" or "go1.26rc1" is Go; "rustc 1.85" is not, and neither
 * is "go1 measured on cpython": the whole value must be a Go version, or a limit hit elsewhere
 * could pass for a Go measurement.
 */
function isGoRuntime(runtime) {
    return /^go ?\d+(\.\d+){0,2}((rc|beta)\d+)?$/i.test(runtime.trim());
}


/***/ }),

/***/ 4687:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ encodePath)
/* harmony export */ });
/* unused harmony export wellFormed */
// Text that can always be percent-encoded: a lone UTF-16 surrogate (possible in a file name
// from the API's JSON, "\ud800") makes encodeURIComponent throw a URIError.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * `text` with every lone surrogate replaced by U+FFFD, as String.prototype.toWellFormed does
 * (and as Buffer.from(text) encodes it): Node 20 has that method, but the TypeScript library
 * this project targets (ES2022) does not declare it, so the same is done here.
 */
function wellFormed(text) {
    return text.replace(LONE_SURROGATE, '\uFFFD');
}
/** A path's segments percent-encoded, slashes kept; never throws. */
function encodePath(file) {
    return wellFormed(file).split('/').map(encodeURIComponent).join('/');
}


/***/ }),

/***/ 3920:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  md: () => (/* binding */ DEFAULT_GLOBS),
  fS: () => (/* binding */ DEFAULT_MAX_BYTES),
  wC: () => (/* binding */ PROPOSAL_EXTENSIONS),
  D4: () => (/* binding */ decode),
  u$: () => (/* binding */ findByGlobs),
  z3: () => (/* binding */ formatBytes),
  FK: () => (/* binding */ isInside),
  EF: () => (/* binding */ readCapped),
  c5: () => (/* binding */ readForCheck),
  T3: () => (/* binding */ toReportPath),
  GG: () => (/* binding */ walk)
});

// UNUSED EXPORTS: readProposalFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/generated/globs.js
// Generated by scripts/generate-globs.mjs with picomatch: do not edit.
/* eslint-disable */
/** picomatch.makeRe(glob, { dot: true, windows: false }) for each default glob. */
const PRECOMPILED = new Map([
  ["proposals/**/*.{yml,yaml,md}", new RegExp("^(?:proposals(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yml|yaml|md))$", "")],
  ["**/*.proposal.{yml,yaml}", new RegExp("^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.proposal\\.(yml|yaml))$", "")],
  ["**/service-proposal.{yml,yaml}", new RegExp("^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)service-proposal\\.(yml|yaml))$", "")],
]);

;// CONCATENATED MODULE: ./src/io/match.ts
// The one matcher that decides which workspace paths are proposals, used by the CLI's walk
// and by the Action's changed-files and tree filters, so that both see the same files.


/** `.git` (any case) is never a place for proposals; node_modules is never walked either. */
const NEVER = /(^|\/)(\.git|node_modules)(\/|$)/i;
/** The same path with its extension in lower case: `evil.YAML` \u2192 `evil.yaml`. */
function lowerExtension(file) {
    const dot = file.lastIndexOf('.');
    const slash = file.lastIndexOf('/');
    return dot > slash + 1 ? file.slice(0, dot) + file.slice(dot).toLowerCase() : file;
}
/** True for a path under `.git` or node_modules, in any case. */
function isForbiddenPath(file) {
    return NEVER.test(file);
}
/**
 * A predicate over workspace-relative paths (forward slashes). Positive globs choose files;
 * `!glob` entries remove files from what the positive ones chose, wherever they are listed,
 * so an exclusion never adds anything (only exclusions \u2192 nothing matches). Dot folders and
 * dot files match like any other; extensions match in any case.
 */
function proposalMatcher(globs) {
    const positive = globs.filter((g) => !g.startsWith('!'));
    const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
    if (positive.length === 0)
        return () => false;
    const include = anyOf(positive);
    const exclude = negative.length > 0 ? anyOf(negative) : () => false;
    return (file) => {
        if (NEVER.test(file))
            return false;
        const lower = lowerExtension(file);
        return (include(file) || include(lower)) && !exclude(file) && !exclude(lower);
    };
}
/** Where picomatch makes the expressions scripts/generate-globs.mjs wrote (not Windows). */
const POSIX = process.platform !== 'win32';
/**
 * picomatch(globs, { dot: true }), but a default glob takes its expression from
 * src/generated/globs.js instead of compiling it (~2 ms on every start). Each glob then
 * matches as picomatch's own matcher does: a non-empty path equal to the glob or matched by it.
 */
function anyOf(globs) {
    const tests = globs.map((glob) => {
        const re = POSIX ? PRECOMPILED.get(glob) : undefined;
        if (!re)
            return picomatch_default()(glob, { dot: true });
        return (file) => file !== '' && (file === glob || re.test(file));
    });
    return tests.length === 1 ? tests[0] : (file) => tests.some((t) => t(file));
}

;// CONCATENATED MODULE: ./src/io/files.ts



/** Where proposals live unless configured otherwise (shared/spec/proposal-v1.md). */
const DEFAULT_GLOBS = [
    'proposals/**/*.{yml,yaml,md}',
    '**/*.proposal.{yml,yaml}',
    '**/service-proposal.{yml,yaml}',
];
const PROPOSAL_EXTENSIONS = /\.(ya?ml|md)$/i;
const DEFAULT_MAX_BYTES = 1024 * 1024;
const SKIP_DIRS = new Set(['.git', 'node_modules']); // compared in lower case
const files_POSIX = (external_node_path_default()).sep === '/';
/** A segment that is empty, `.` or `..`: the path is not in path.resolve's normal form. */
const UNNORMAL = /\/\.{0,2}(?:\/|$)/;
/**
 * path.relative(root, target), without resolving both paths when they need none: for a
 * normalized absolute `target` below a normalized absolute `root` (every path the CLI
 * builds), it is the rest of `target`. Resolving both, twice a file, was a tenth of
 * reading one in a CPU profile of 10,000 proposals.
 */
function relative(root, target) {
    if (files_POSIX &&
        target.length > root.length + 1 &&
        target.charCodeAt(root.length) === 0x2f &&
        target.startsWith(root) &&
        root.charCodeAt(0) === 0x2f &&
        !UNNORMAL.test(target)) {
        return target.slice(root.length + 1);
    }
    return external_node_path_default().relative(root, target);
}
/** A path inside `root`, with forward slashes, as reports show it. */
function toReportPath(root, absolute) {
    const rel = relative(root, absolute);
    return files_POSIX ? rel : rel.split((external_node_path_default()).sep).join('/');
}
/** True when `target` is `root` or lies beneath it. */
function isInside(root, target) {
    const rel = relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/**
 * Every regular file beneath `dir`, as absolute paths, sorted. Symbolic links are
 * followed only when they resolve to a file inside `root`; linked folders are not entered.
 * Synchronous on purpose: one walk at a time, and a thread-pool round trip per folder and
 * per file cost more than the reads themselves (docs/benchmarks.md).
 */
function walk(dir, root) {
    const realRoot = external_node_fs_.realpathSync.native(root);
    const found = [];
    const visit = (current) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(current, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const full = external_node_path_default().join(current, entry.name);
            if (entry.isDirectory()) {
                if (!SKIP_DIRS.has(entry.name.toLowerCase()))
                    visit(full);
            }
            else if (entry.isFile()) {
                found.push(full);
            }
            else if (entry.isSymbolicLink()) {
                try {
                    const target = external_node_fs_.realpathSync.native(full);
                    if (isInside(realRoot, target) && (0,external_node_fs_.statSync)(target).isFile())
                        found.push(full);
                }
                catch {
                    // A dangling link is not a proposal.
                }
            }
        }
    };
    visit(dir);
    return found.sort();
}
/** Files beneath `root` whose workspace-relative path matches one of the globs. */
async function findByGlobs(root, globs) {
    const match = proposalMatcher(globs);
    return walk(root, root).filter((f) => match(toReportPath(root, f)));
}
// realpath(root) once per root, and realpath once per folder, not once per file: nothing
// from a pull request runs during a run, so no one can swap a folder for a link between two
// reads. A file in a folder inside the workspace is opened with O_NOFOLLOW straight away: the
// open itself says whether the file is a link (ELOOP), and fstat on the descriptor what it
// is and how large. Only a link, or a path the open refuses, takes the long way (lstat and
// realpath of the file, then the same open).
let lastRoot;
function realRootOf(root) {
    if (lastRoot?.root !== root) {
        lastRoot = { root, real: external_node_fs_.realpathSync.native(root), folders: new Map() };
    }
    return lastRoot.real;
}
/** The real path of folder `dir`, resolved once per folder. */
function realDirOf(dir, root) {
    realRootOf(root);
    const folders = lastRoot.folders;
    let realDir = folders.get(dir);
    if (realDir === undefined) {
        realDir = external_node_fs_.realpathSync.native(dir);
        if (folders.size > 10_000)
            folders.clear();
        folders.set(dir, realDir);
    }
    return realDir;
}
/** Where `absolute` really is, and whether it is a regular file that is not a link. */
function realPathOf(absolute, root) {
    const realDir = realDirOf(external_node_path_default().dirname(absolute), root);
    const direct = external_node_path_default().join(realDir, external_node_path_default().basename(absolute));
    const info = (0,external_node_fs_.lstatSync)(direct);
    return info.isSymbolicLink()
        ? { real: external_node_fs_.realpathSync.native(direct), plainFile: false }
        : { real: direct, plainFile: info.isFile() };
}
// O_NONBLOCK: a FIFO opens without waiting; O_NOFOLLOW: a link is refused (ELOOP), not followed.
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
/** Where open() can tell a link by ELOOP: the short way is safe only there (not on Windows). */
const NOFOLLOW = files_POSIX && external_node_fs_.constants.O_NOFOLLOW !== undefined && external_node_fs_.constants.O_NOFOLLOW !== 0;
/**
 * Reads a proposal as UTF-8 text, refusing what could not be one: a path that leads outside
 * `root` through a link (the file itself or any folder on the way), something that is not a
 * regular file (a FIFO would block the read), a file over the size cap (checked before
 * reading, and the read itself stops after the cap), binary content, or invalid UTF-8.
 */
function readProposalFile(absolute, root, maxBytes = DEFAULT_MAX_BYTES, isProposal = (f) => PROPOSAL_EXTENSIONS.test(f)) {
    const quick = NOFOLLOW ? readPlainFile(absolute, root, maxBytes, isProposal) : undefined;
    return quick ?? readAnyFile(absolute, root, maxBytes, isProposal);
}
/**
 * Reads a file the CLI checks: a link may lead anywhere inside the folder the check runs in
 * (`cwd`, the workspace); a file named outside it may only link within its own folder.
 */
function readForCheck(cwd, absolute, maxBytes) {
    const root = isInside(cwd, absolute) ? cwd : external_node_path_default().dirname(absolute);
    return readProposalFile(absolute, root, maxBytes);
}
/**
 * The short way, for a file that is not a link in a folder inside `root`: one open, no
 * lstat. undefined for anything else (a link, a folder outside, a path the open refuses):
 * the long way then decides, with its own messages.
 */
function readPlainFile(absolute, root, maxBytes, isProposal) {
    let fd;
    try {
        // The CLI and the Action pass absolute paths in normal form: no path.resolve needed.
        const resolved = absolute.charCodeAt(0) === 0x2f && !UNNORMAL.test(absolute)
            ? absolute
            : external_node_path_default().resolve(absolute);
        const slash = resolved.lastIndexOf('/');
        const dir = slash === 0 ? '/' : resolved.slice(0, slash);
        const realDir = realDirOf(dir, root);
        const real = realDir === dir ? resolved : external_node_path_default().join(realDir, resolved.slice(slash + 1));
        if (!isInside(realRootOf(root), real))
            return undefined;
        // A linked folder inside the workspace: the same checks as a linked file (below).
        if (real !== resolved) {
            const target = toReportPath(realRootOf(root), real);
            if (isForbiddenPath(target) || !isProposal(target))
                return undefined;
        }
        fd = (0,external_node_fs_.openSync)(real, OPEN_FLAGS);
    }
    catch {
        return undefined;
    }
    try {
        return readOpen(fd, maxBytes);
    }
    catch (err) {
        return cannotRead(err); // close failed
    }
}
/** The long way: every link on the way resolved and checked, then the same read. */
function readAnyFile(absolute, root, maxBytes, isProposal) {
    try {
        // Every link on the way is resolved, not only the last one: `proposals/` may itself be
        // a link to a folder outside the workspace.
        const resolved = external_node_path_default().resolve(absolute);
        const { real, plainFile } = realPathOf(resolved, root);
        if (!isInside(realRootOf(root), real)) {
            const link = (0,external_node_fs_.lstatSync)(absolute).isSymbolicLink();
            return {
                ok: false,
                message: link
                    ? 'the file is a symbolic link that leads outside the workspace; it was not read'
                    : 'the path leads outside the workspace through a linked folder; it was not read',
            };
        }
        // A link inside the workspace may still point at a secret: .git/config holds the
        // checkout token. Whatever the links say, the file read must be under no `.git` folder
        // and must itself be a proposal by the same globs.
        if (real !== resolved) {
            const target = toReportPath(realRootOf(root), real);
            if (isForbiddenPath(target)) {
                return { ok: false, message: 'the file is a link into .git; it was not read' };
            }
            if (!isProposal(target)) {
                return {
                    ok: false,
                    message: 'the file is a link to a file that is not a proposal; it was not read',
                };
            }
        }
        // lstat above already said what a file that is not a link is: no second stat.
        if (!plainFile && !(0,external_node_fs_.statSync)(real).isFile())
            return { ok: false, message: 'not a regular file' };
        // O_NOFOLLOW: the file was not swapped for a link since realpath.
        return readOpen((0,external_node_fs_.openSync)(real, OPEN_FLAGS), maxBytes);
    }
    catch (err) {
        return cannotRead(err);
    }
}
/** Reads an open descriptor to its end (or one byte past the cap), and closes it. */
/**
 * An open file's bytes to its end, but never more than one byte past `cap`, whatever fstat
 * said: first `size` and one byte more (to see a file that grew), then in 64 KiB steps. A
 * short read of a regular file is its end, so a file that did not grow costs one buffer of
 * its own size. More than `cap` bytes back means the file is over the cap.
 */
function readCapped(fd, size, cap) {
    const chunks = [];
    let length = 0;
    for (;;) {
        const want = Math.min(length === 0 ? size + 1 : 64 * 1024, cap + 1 - length);
        if (want <= 0)
            break;
        const chunk = Buffer.allocUnsafe(want);
        const bytesRead = (0,external_node_fs_.readSync)(fd, chunk, 0, want, length);
        if (bytesRead === 0)
            break;
        chunks.push(chunk.subarray(0, bytesRead));
        length += bytesRead;
        if (bytesRead < want)
            break;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length);
}
function readOpen(fd, maxBytes) {
    try {
        // fstat on the open descriptor says what was really opened.
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile())
            return { ok: false, message: 'not a regular file' };
        if (info.size > maxBytes)
            return tooLarge(info.size, maxBytes);
        const bytes = readCapped(fd, info.size, maxBytes);
        if (bytes.length > maxBytes)
            return tooLarge(maxBytes, maxBytes, 'more than ');
        return decode(bytes);
    }
    catch (err) {
        return cannotRead(err);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function cannotRead(err) {
    return {
        ok: false,
        message: `the file cannot be read: ${err.code ?? err.message}`,
    };
}
function tooLarge(size, maxBytes, more = '') {
    return {
        ok: false,
        message: `the file is ${more}${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for a proposal; it was not read`,
    };
}
// One decoder for every file: decode() without { stream } starts afresh each call.
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Bytes \u2192 text, or why they are not a proposal's text. */
function decode(bytes) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return { ok: false, message: 'the file is UTF-16 text; save it as UTF-8' };
    }
    if (bytes.includes(0))
        return {
            ok: false,
            message: 'the file is binary (it contains NUL bytes), not YAML or Markdown',
        };
    try {
        return { ok: true, text: utf8.decode(bytes) };
    }
    catch {
        return { ok: false, message: 'the file is not valid UTF-8 text; save it as UTF-8' };
    }
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
    return `${n} bytes`;
}


/***/ }),

/***/ 5814:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dv: () => (/* binding */ boundYoungGeneration),
  mC: () => (/* binding */ growYoungGeneration)
});

// UNUSED EXPORTS: YOUNG_GENERATION_CAP, YOUNG_GENERATION_FLAG, YOUNG_GENERATION_GROWTH_FLAG

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/io/heap.ts
// Node 24's V8 grows the young generation further than Node 20's: judging 10,000 proposals
// peaked at ~390 MB there against ~240 MB on Node 20 (docs/benchmarks.md, "Memory"). The
// semi-spaces' maximum is fixed when the heap is created, before any of our code runs, but
// their growth factor is read each time they would grow: at 1 they stay at their current
// size. Flags are process-wide, so the CLI's worker threads get it too.

const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';
/**
 * How the young generation grows while the CLI judges: eightfold, not V8's twofold, so that it
 * reaches the cap in two steps instead of four. Each step waits for a scavenge, and on 1,000
 * files about half of them happened while the space was still small (--trace-gc: 27
 * scavenges \u2192 14; ~2% of the run, 41 alternated runs).
 */
const YOUNG_GENERATION_GROWTH_FLAG = '--semi-space-growth-factor=8';
/**
 * Where growing stops: a new space of 16 MB, one doubling short of Node 20's largest (32 MB).
 * Growth is checked between files, so it may take one more step (never past V8's own
 * maximum) before it stops; docs/benchmarks.md measures the peak at 10,000 files.
 */
const YOUNG_GENERATION_CAP = 16 * 1024 * 1024;
/** Keeps the young generation at its current size (the CLI at start; the Action from 200 files). */
function boundYoungGeneration() {
    (0,external_node_v8_namespaceObject.setFlagsFromString)(YOUNG_GENERATION_FLAG);
}
/**
 * For a long run (the CLI judging many files): lets the young generation grow to about
 * Node 20's size, and no further on any Node. At its first size (1 MB), 10,000 proposals on
 * one thread cost ~1,450 scavenges (~500 ms, --trace-gc); capped at 16 MB, ~200 (~200 ms).
 * Returns the check to call between files, which stops the growth at the cap.
 */
function growYoungGeneration() {
    let growing = true;
    (0,external_node_v8_namespaceObject.setFlagsFromString)(YOUNG_GENERATION_GROWTH_FLAG);
    return () => {
        if (!growing)
            return;
        const space = (0,external_node_v8_namespaceObject.getHeapSpaceStatistics)().find((s) => s.space_name === 'new_space');
        if (space && space.space_size < YOUNG_GENERATION_CAP)
            return;
        (0,external_node_v8_namespaceObject.setFlagsFromString)(YOUNG_GENERATION_FLAG);
        growing = false;
    };
}


/***/ }),

/***/ 5419:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ writeAll)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Standard output and error written with fs.writeSync on their descriptors. Reading
// `process.stdout` on a pipe builds a net.Socket and loads the stream stack, and telling a
// terminal apart loads node:tty: ~2.5 ms of every start of the Action and the CLI
// (docs/benchmarks.md, start-up), for output that is written in whole pieces anyway.

/** How long to wait before trying again when the pipe is full. */
const RETRY_MS = 1;
const pause = new Int32Array(new SharedArrayBuffer(4));
/**
 * Writes all of `text` to `fd`. When the reader is slow and the descriptor non-blocking
 * (another process may have made it so), the write waits and tries again rather than losing
 * output. With no reader left (EPIPE: `stack-verdict rules | head -1`) the text has nowhere to
 * go and is dropped: the exit code still says how the run ended.
 */
function writeAll(text, fd = 1, write = node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync) {
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < bytes.length) {
        try {
            offset += write(fd, bytes, offset, bytes.length - offset);
        }
        catch (err) {
            const code = err.code;
            if (code === 'EPIPE')
                return;
            if (code !== 'EAGAIN')
                throw err;
            Atomics.wait(pause, 0, 0, RETRY_MS);
        }
    }
}


/***/ }),

/***/ 181:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8995:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 6760:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (undefined)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ (function (__unused_webpack_module, exports) {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // \u2192 key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ (function (__unused_webpack_module, exports) {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ (function (__unused_webpack_module, exports) {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ (function (__unused_webpack_module, exports) {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ (function (__unused_webpack_module, exports) {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ (function (__unused_webpack_module, exports) {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '\u2026' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '\u2026';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '\u2026\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Dk = composer.Composer;
exports.yo = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
exports.XT = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
exports.P3 = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
exports.DB = cst;
exports.JG = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
exports.As = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ (function (__unused_webpack_module, exports) {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ (function (__unused_webpack_module, exports) {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ (function (__unused_webpack_module, exports) {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` \u2013 Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` \u2013 Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` \u2013 Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` \u2013 The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    lex$(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = this.parseNext$(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    parseNext$(next) {
        switch (next) {
            case 'stream':
                return this.parseStream$();
            case 'line-start':
                return this.parseLineStart$();
            case 'block-start':
                return this.parseBlockStart$();
            case 'doc':
                return this.parseDocument$();
            case 'flow':
                return this.parseFlowCollection$();
            case 'quoted-scalar':
                return this.parseQuotedScalar$();
            case 'block-scalar':
                return this.parseBlockScalar$();
            case 'plain-scalar':
                return this.parsePlainScalar$();
        }
    }
    parseStream$() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            this.pushCount$(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (this.pushCount$(dirEnd)) + (this.pushSpaces$(true));
            this.pushCount$(line.length - n); // possible comment
            /* a generator never iterated: this.pushNewline() */
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = this.pushSpaces$(true);
            this.pushCount$(line.length - sp);
            this.pushNewline$();
            return 'stream';
        }
        this.$out.push(cst.DOCUMENT);
        return this.parseLineStart$();
    }
    parseLineStart$() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                this.pushCount$(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = this.pushSpaces$(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return this.parseBlockStart$();
    }
    parseBlockStart$() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (this.pushCount$(1)) + (this.pushSpaces$(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    parseDocument$() {
        this.pushSpaces$(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = this.pushIndicators$();
        switch (line[n]) {
            case '#':
                this.pushCount$(line.length - n);
            // fallthrough
            case undefined:
                this.pushNewline$();
                return this.parseLineStart$();
            case '{':
            case '[':
                this.pushCount$(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                this.pushCount$(1);
                return 'doc';
            case '*':
                this.pushUntil$(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return this.parseQuotedScalar$();
            case '|':
            case '>':
                n += this.parseBlockScalarHeader$();
                n += this.pushSpaces$(true);
                this.pushCount$(line.length - n);
                this.pushNewline$();
                return this.parseBlockScalar$();
            default:
                return this.parsePlainScalar$();
        }
    }
    parseFlowCollection$() {
        let nl, sp;
        let indent = -1;
        do {
            nl = this.pushNewline$();
            if (nl > 0) {
                sp = this.pushSpaces$(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += this.pushSpaces$(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                this.$out.push(cst.FLOW_END);
                return this.parseLineStart$();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += this.pushCount$(1);
            n += this.pushSpaces$(true);
            this.flowKey = false;
        }
        n += this.pushIndicators$();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                this.pushCount$(line.length - n);
                return 'flow';
            case '{':
            case '[':
                this.pushCount$(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                this.pushCount$(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                this.pushUntil$(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return this.parseQuotedScalar$();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    this.pushCount$(1);
                    this.pushSpaces$(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return this.parsePlainScalar$();
        }
    }
    parseQuotedScalar$() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        this.pushToIndex$(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    parseBlockScalarHeader$() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return this.pushUntil$(ch => isEmpty(ch) || ch === '#');
    }
    parseBlockScalar$() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        this.$out.push(cst.SCALAR);
        this.pushToIndex$(nl + 1, true);
        return this.parseLineStart$();
    }
    parsePlainScalar$() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        this.$out.push(cst.SCALAR);
        this.pushToIndex$(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    pushCount$(n) {
        if (n > 0) {
            this.$out.push(this.buffer.substr(this.pos, n));
            this.pos += n;
            return n;
        }
        return 0;
    }
    pushToIndex$(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            this.$out.push(s);
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            this.$out.push('');
        return 0;
    }
    pushIndicators$() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += this.pushTag$();
                    n += this.pushSpaces$(true);
                    continue loop;
                case '&':
                    n += this.pushUntil$(isNotAnchorChar);
                    n += this.pushSpaces$(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += this.pushCount$(1);
                        n += this.pushSpaces$(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    pushTag$() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return this.pushToIndex$(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return this.pushToIndex$(i, false);
        }
    }
    pushNewline$() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return this.pushCount$(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return this.pushCount$(2);
        else
            return 0;
    }
    pushSpaces$(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            this.$out.push(this.buffer.substr(this.pos, n));
            this.pos = i;
        }
        return n;
    }
    pushUntil$(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return this.pushToIndex$(i, false);
    }
    lex(...args) {
        const out = [], prev = this.$out;
        this.$out = out;
        try {
            this.lex$(...args);
        }
        finally {
            this.$out = prev;
        }
        return out;
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ (function (__unused_webpack_module, exports) {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    parse$(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            this.next$(lexeme);
        if (!incomplete)
            this.end$();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    next$(source) {
        this.source = source;
        if (undefined)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            this.step$();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            this.pop$({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            this.step$();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    end$() {
        while (this.stack.length > 0)
            this.pop$();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    step$() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                this.pop$();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return this.stream$();
        switch (top.type) {
            case 'document':
                return this.document$(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.scalar$(top);
            case 'block-scalar':
                return this.blockScalar$(top);
            case 'block-map':
                return this.blockMap$(top);
            case 'block-seq':
                return this.blockSequence$(top);
            case 'flow-collection':
                return this.flowCollection$(top);
            case 'doc-end':
                return this.documentEnd$(top);
        }
        /* istanbul ignore next should not happen */
        this.pop$();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    pop$(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            this.$out.push({ type: 'error', offset: this.offset, source: '', message });
        }
        else if (this.stack.length === 0) {
            this.$out.push(token);
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    this.pop$();
                    this.pop$(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    stream$() {
        switch (this.type) {
            case 'directive-line':
                this.$out.push({ type: 'directive', offset: this.offset, source: this.source });
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                this.$out.push(this.sourceToken);
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        this.$out.push({
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        });
    }
    document$(doc) {
        if (doc.value)
            return this.lineEnd$(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    this.pop$();
                    this.step$();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            this.$out.push({
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            });
        }
    }
    scalar$(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            this.lineEnd$(scalar);
    }
    blockScalar$(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                this.pop$();
                break;
            /* istanbul ignore next should not happen */
            default:
                this.pop$();
                this.step$();
        }
    }
    blockMap$(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                this.pop$({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        this.pop$();
        this.step$();
    }
    blockSequence$(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        this.pop$();
        this.step$();
    }
    flowCollection$(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                this.pop$();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                this.pop$();
                this.step$();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                this.pop$();
                this.step$();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                this.lineEnd$(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    documentEnd$(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                this.pop$();
        }
    }
    lineEnd$(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                this.pop$();
                this.step$();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    this.pop$();
        }
    }
    parse(...args) {
        const out = [], prev = this.$out;
        this.$out = out;
        try {
            this.parse$(...args);
        }
        finally {
            this.$out = prev;
        }
        return out;
    }
    next(...args) {
        const out = [], prev = this.$out;
        this.$out = out;
        try {
            this.next$(...args);
        }
        finally {
            this.$out = prev;
        }
        return out;
    }
    end(...args) {
        const out = [], prev = this.$out;
        this.$out = out;
        try {
            this.end$(...args);
        }
        finally {
            this.$out = prev;
        }
        return out;
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ (function (__unused_webpack_module, exports) {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ (function (__unused_webpack_module, exports) {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ (function (__unused_webpack_module, exports) {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 6161:
/***/ (function (__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ config),
/* harmony export */   OA: () => (/* binding */ fields),
/* harmony export */   vC: () => (/* binding */ proposal)
/* harmony export */ });
/* unused harmony exports field0, field1, field2, field3, field4, field5, field6, field7, field8, field9, field10, field11, field12, field13, field14, field15, field16, field17, field18, field19, field20, field21, field22, field23, field24, field25, field26, field27, field28, field29, field30, field31, field32, field33, field34, field35, field36, field37, field38, field39, field40 */
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6214);
/* harmony import */ var ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4951);
// Generated by scripts/generate-validators.mjs from schema/*.schema.json: do not edit.
/* eslint-disable */

const runtime_ucs2length = typeof ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ === 'function' ? ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ : ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__["default"];

const runtime_equal = typeof ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_1__ === 'function' ? ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_1__ : ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_1__["default"];
const proposal = validate0;const schema0 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/stack-verdict/stack-verdict/v1/schema/proposal.schema.json","title":"Stack Verdict service proposal, version 1 (policy 1.1)","description":"A new service's language choice, workload, measured constraints and team. Top-level keys that are not fields: x-* and decision-record keys (title, date, deciders, \u2026) are ignored; a near miss of a field is an error; any other unknown key is a notice (proposal-unknown-field). See docs/proposal-format.md.","type":"object","additionalProperties":true,"required":["service","language"],"properties":{"service":{"description":"The service's name.","type":"string","minLength":1},"summary":{"description":"What the service does, in a sentence.","type":"string"},"owner":{"description":"The team or person who owns the service.","type":"string"},"status":{"description":"Where the proposal stands. Drafts are judged but never fail the check.","enum":["draft","proposed","accepted","rejected","superseded"],"default":"proposed"},"language":{"description":"The language chosen: go, rust, or any other language name in lower case.","type":"string","pattern":"^[a-z][a-z0-9+#._-]*$"},"kind":{"description":"What is being built. database, message-broker, network-proxy, runtime and compiler are systems software. Optional: absent, no trigger that reads it holds.","enum":["http-api","grpc-service","crud-service","worker","cli","data-pipeline","library","database","message-broker","network-proxy","runtime","compiler"]},"workload":{"description":"What the service spends its time on. Optional; when given, bound is required.","type":"object","additionalProperties":false,"required":["bound"],"properties":{"bound":{"description":"io: waits on databases and the network; cpu: computes; mixed: both.","enum":["io","cpu","mixed"]},"hot-path":{"description":"The operations on the hot path.","type":"array","items":{"enum":["compression","cryptography","video-encoding","ml-inference","parsing","search-indexing","data-processing","in-memory-cache","image-processing"]}},"protocol":{"description":"The protocol the service speaks.","enum":["http","grpc","custom-binary"]},"latency":{"description":"Latency targets.","type":"object","additionalProperties":false,"properties":{"p99-ms":{"description":"Target P99 latency in ms.","type":"number","minimum":0},"p999-ms":{"description":"Target P99.9 latency in ms.","type":"number","minimum":0},"deterministic-tail":{"description":"true: the service needs predictable P99.9 with no GC pauses.","type":"boolean"}}},"cold-start-ms":{"description":"The start-up time the service must meet, in ms.","type":"number","minimum":0},"memory-budget-mb":{"description":"The memory the service may use, in MB.","type":"number","minimum":0},"ffi":{"description":"c or cpp: the code must embed into a C/C++ codebase.","enum":["none","c","cpp"]}}},"constraints":{"description":"The constraints that drove the choice, each with how it was measured.","type":"array","items":{"type":"object","additionalProperties":false,"required":["type","source"],"properties":{"type":{"description":"What is constrained.","enum":["memory","cpu","gc-pauses","tail-latency","throughput","cold-start","build-time"]},"source":{"description":"production and load-test are measured; benchmark is measured but not in production; estimate is not measured.","enum":["production","load-test","benchmark","estimate"]},"evidence":{"description":"A link to the measurement.","type":"string","minLength":1},"observed":{"description":"What was seen.","type":"string"},"runtime":{"description":"The runtime it was measured on, e.g. go1.24 or rustc 1.85.","type":"string"},"trend":{"description":"How it changes over time.","enum":["steady","growing","spiky"]},"limit":{"description":"The target the service must meet, free text, e.g. \"P99.9 <= 80 ms\".","type":"string"},"met":{"description":"true: the measured system met the limit, so the constraint is not a hard constraint and counts for no trigger. Absent means not met.","type":"boolean"},"leak-checked":{"description":"true: Go 1.26's goroutineleak profile ran and found no leak, so a growing memory constraint counts as measured.","type":"boolean"}}}},"team":{"description":"The engineers who will build and run the service.","type":"object","additionalProperties":false,"properties":{"size":{"description":"Engineers on the service.","type":"integer","minimum":1},"rust-experience":{"description":"Engineers who have shipped Rust in production.","type":"integer","minimum":0},"go-experience":{"description":"Engineers who have shipped Go in production.","type":"integer","minimum":0},"background":{"description":"Languages the team comes from.","type":"array","items":{"type":"string"}},"annual-attrition":{"description":"Share of the team that leaves in a year, 0 to 1.","type":"number","minimum":0,"maximum":1},"planned-hires":{"description":"Engineers to hire for the service.","type":"integer","minimum":0}}},"delivery":{"description":"How often the service is built.","type":"object","additionalProperties":false,"properties":{"merges-per-day":{"description":"Builds CI runs a day for this service.","type":"number","minimum":0},"ci-cache":{"description":"cold: shared runners start with empty caches.","enum":["cold","warm"]}}},"toolchain":{"description":"Toolchain versions. Quote them: YAML reads 1.20 as the number 1.2.","type":"object","additionalProperties":false,"properties":{"go":{"description":"Go release, e.g. \"1.26\".","type":"string"},"rust-edition":{"description":"Rust edition, e.g. \"2024\".","type":"string"},"rust":{"description":"rustc version, e.g. \"1.85\". Quote it: YAML reads 1.90 as the number 1.9.","type":"string"}}},"compliance":{"description":"Compliance tags, e.g. nist-post-quantum.","type":"array","items":{"type":"string"}},"rationale":{"description":"Why this language, in the team's words.","type":"string"},"waivers":{"description":"Findings the reviewers accepted, each with a reason.","type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","reason"],"properties":{"rule":{"description":"The id of the rule to waive.","type":"string"},"reason":{"description":"Why the finding is accepted.","type":"string","minLength":1,"pattern":"^$|\\S"},"expires":{"description":"The last day the waiver is in force, as YYYY-MM-DD (quote it or not). After it the findings count again and `waiver-expired` reports the waiver.","type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"},"approved-by":{"description":"Who accepted the finding, e.g. @acme/architecture.","type":"string","minLength":1}}}}}};const func0 = runtime_ucs2length;const func1 = Object.prototype.hasOwnProperty;const pattern0 = new RegExp("^[a-z][a-z0-9+#._-]*$", "u");const pattern1 = new RegExp("^$|\\S", "u");const pattern2 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://raw.githubusercontent.com/stack-verdict/stack-verdict/v1/schema/proposal.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.service === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema0.required,parentSchema:schema0,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.language === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "language"},message:"must have required property '"+"language"+"'",schema:schema0.required,parentSchema:schema0,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.service !== undefined){let data0 = data.service;if(typeof data0 === "string"){if(func0(data0) < 1){const err2 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.service,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.service.type,parentSchema:schema0.properties.service,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.summary !== undefined){let data1 = data.summary;if(typeof data1 !== "string"){const err4 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.summary.type,parentSchema:schema0.properties.summary,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.owner !== undefined){let data2 = data.owner;if(typeof data2 !== "string"){const err5 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.owner.type,parentSchema:schema0.properties.owner,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.status !== undefined){let data3 = data.status;if(!(((((data3 === "draft") || (data3 === "proposed")) || (data3 === "accepted")) || (data3 === "rejected")) || (data3 === "superseded"))){const err6 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema0.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.status.enum,parentSchema:schema0.properties.status,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.language !== undefined){let data4 = data.language;if(typeof data4 === "string"){if(!pattern0.test(data4)){const err7 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9+#._-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9+#._-]*$"+"\"",schema:"^[a-z][a-z0-9+#._-]*$",parentSchema:schema0.properties.language,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.language.type,parentSchema:schema0.properties.language,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.kind !== undefined){let data5 = data.kind;if(!((((((((((((data5 === "http-api") || (data5 === "grpc-service")) || (data5 === "crud-service")) || (data5 === "worker")) || (data5 === "cli")) || (data5 === "data-pipeline")) || (data5 === "library")) || (data5 === "database")) || (data5 === "message-broker")) || (data5 === "network-proxy")) || (data5 === "runtime")) || (data5 === "compiler"))){const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema0.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.kind.enum,parentSchema:schema0.properties.kind,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.workload !== undefined){let data6 = data.workload;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.bound === undefined){const err10 = {instancePath:instancePath+"/workload",schemaPath:"#/properties/workload/required",keyword:"required",params:{missingProperty: "bound"},message:"must have required property '"+"bound"+"'",schema:schema0.properties.workload.required,parentSchema:schema0.properties.workload,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}for(const key0 in data6){if(!(((((((key0 === "bound") || (key0 === "hot-path")) || (key0 === "protocol")) || (key0 === "latency")) || (key0 === "cold-start-ms")) || (key0 === "memory-budget-mb")) || (key0 === "ffi"))){const err11 = {instancePath:instancePath+"/workload",schemaPath:"#/properties/workload/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.workload,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data6.bound !== undefined){let data7 = data6.bound;if(!(((data7 === "io") || (data7 === "cpu")) || (data7 === "mixed"))){const err12 = {instancePath:instancePath+"/workload/bound",schemaPath:"#/properties/workload/properties/bound/enum",keyword:"enum",params:{allowedValues: schema0.properties.workload.properties.bound.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.workload.properties.bound.enum,parentSchema:schema0.properties.workload.properties.bound,data:data7};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data6["hot-path"] !== undefined){let data8 = data6["hot-path"];if(Array.isArray(data8)){const len0 = data8.length;for(let i0=0; i0<len0; i0++){let data9 = data8[i0];if(!(((((((((data9 === "compression") || (data9 === "cryptography")) || (data9 === "video-encoding")) || (data9 === "ml-inference")) || (data9 === "parsing")) || (data9 === "search-indexing")) || (data9 === "data-processing")) || (data9 === "in-memory-cache")) || (data9 === "image-processing"))){const err13 = {instancePath:instancePath+"/workload/hot-path/" + i0,schemaPath:"#/properties/workload/properties/hot-path/items/enum",keyword:"enum",params:{allowedValues: schema0.properties.workload.properties["hot-path"].items.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.workload.properties["hot-path"].items.enum,parentSchema:schema0.properties.workload.properties["hot-path"].items,data:data9};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/workload/hot-path",schemaPath:"#/properties/workload/properties/hot-path/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.workload.properties["hot-path"].type,parentSchema:schema0.properties.workload.properties["hot-path"],data:data8};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data6.protocol !== undefined){let data10 = data6.protocol;if(!(((data10 === "http") || (data10 === "grpc")) || (data10 === "custom-binary"))){const err15 = {instancePath:instancePath+"/workload/protocol",schemaPath:"#/properties/workload/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema0.properties.workload.properties.protocol.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.workload.properties.protocol.enum,parentSchema:schema0.properties.workload.properties.protocol,data:data10};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data6.latency !== undefined){let data11 = data6.latency;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key1 in data11){if(!(((key1 === "p99-ms") || (key1 === "p999-ms")) || (key1 === "deterministic-tail"))){const err16 = {instancePath:instancePath+"/workload/latency",schemaPath:"#/properties/workload/properties/latency/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.workload.properties.latency,data:data11};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data11["p99-ms"] !== undefined){let data12 = data11["p99-ms"];if((typeof data12 == "number") && (isFinite(data12))){if(data12 < 0 || isNaN(data12)){const err17 = {instancePath:instancePath+"/workload/latency/p99-ms",schemaPath:"#/properties/workload/properties/latency/properties/p99-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.workload.properties.latency.properties["p99-ms"],data:data12};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/workload/latency/p99-ms",schemaPath:"#/properties/workload/properties/latency/properties/p99-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema0.properties.workload.properties.latency.properties["p99-ms"].type,parentSchema:schema0.properties.workload.properties.latency.properties["p99-ms"],data:data12};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data11["p999-ms"] !== undefined){let data13 = data11["p999-ms"];if((typeof data13 == "number") && (isFinite(data13))){if(data13 < 0 || isNaN(data13)){const err19 = {instancePath:instancePath+"/workload/latency/p999-ms",schemaPath:"#/properties/workload/properties/latency/properties/p999-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.workload.properties.latency.properties["p999-ms"],data:data13};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/workload/latency/p999-ms",schemaPath:"#/properties/workload/properties/latency/properties/p999-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema0.properties.workload.properties.latency.properties["p999-ms"].type,parentSchema:schema0.properties.workload.properties.latency.properties["p999-ms"],data:data13};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data11["deterministic-tail"] !== undefined){let data14 = data11["deterministic-tail"];if(typeof data14 !== "boolean"){const err21 = {instancePath:instancePath+"/workload/latency/deterministic-tail",schemaPath:"#/properties/workload/properties/latency/properties/deterministic-tail/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.properties.workload.properties.latency.properties["deterministic-tail"].type,parentSchema:schema0.properties.workload.properties.latency.properties["deterministic-tail"],data:data14};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/workload/latency",schemaPath:"#/properties/workload/properties/latency/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.workload.properties.latency.type,parentSchema:schema0.properties.workload.properties.latency,data:data11};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data6["cold-start-ms"] !== undefined){let data15 = data6["cold-start-ms"];if((typeof data15 == "number") && (isFinite(data15))){if(data15 < 0 || isNaN(data15)){const err23 = {instancePath:instancePath+"/workload/cold-start-ms",schemaPath:"#/properties/workload/properties/cold-start-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.workload.properties["cold-start-ms"],data:data15};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/workload/cold-start-ms",schemaPath:"#/properties/workload/properties/cold-start-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema0.properties.workload.properties["cold-start-ms"].type,parentSchema:schema0.properties.workload.properties["cold-start-ms"],data:data15};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data6["memory-budget-mb"] !== undefined){let data16 = data6["memory-budget-mb"];if((typeof data16 == "number") && (isFinite(data16))){if(data16 < 0 || isNaN(data16)){const err25 = {instancePath:instancePath+"/workload/memory-budget-mb",schemaPath:"#/properties/workload/properties/memory-budget-mb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.workload.properties["memory-budget-mb"],data:data16};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/workload/memory-budget-mb",schemaPath:"#/properties/workload/properties/memory-budget-mb/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema0.properties.workload.properties["memory-budget-mb"].type,parentSchema:schema0.properties.workload.properties["memory-budget-mb"],data:data16};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data6.ffi !== undefined){let data17 = data6.ffi;if(!(((data17 === "none") || (data17 === "c")) || (data17 === "cpp"))){const err27 = {instancePath:instancePath+"/workload/ffi",schemaPath:"#/properties/workload/properties/ffi/enum",keyword:"enum",params:{allowedValues: schema0.properties.workload.properties.ffi.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.workload.properties.ffi.enum,parentSchema:schema0.properties.workload.properties.ffi,data:data17};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/workload",schemaPath:"#/properties/workload/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.workload.type,parentSchema:schema0.properties.workload,data:data6};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.constraints !== undefined){let data18 = data.constraints;if(Array.isArray(data18)){const len1 = data18.length;for(let i1=0; i1<len1; i1++){let data19 = data18[i1];if(data19 && typeof data19 == "object" && !Array.isArray(data19)){if(data19.type === undefined){const err29 = {instancePath:instancePath+"/constraints/" + i1,schemaPath:"#/properties/constraints/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema0.properties.constraints.items.required,parentSchema:schema0.properties.constraints.items,data:data19};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data19.source === undefined){const err30 = {instancePath:instancePath+"/constraints/" + i1,schemaPath:"#/properties/constraints/items/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema0.properties.constraints.items.required,parentSchema:schema0.properties.constraints.items,data:data19};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}for(const key2 in data19){if(!(func1.call(schema0.properties.constraints.items.properties, key2))){const err31 = {instancePath:instancePath+"/constraints/" + i1,schemaPath:"#/properties/constraints/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.constraints.items,data:data19};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data19.type !== undefined){let data20 = data19.type;if(!(((((((data20 === "memory") || (data20 === "cpu")) || (data20 === "gc-pauses")) || (data20 === "tail-latency")) || (data20 === "throughput")) || (data20 === "cold-start")) || (data20 === "build-time"))){const err32 = {instancePath:instancePath+"/constraints/" + i1+"/type",schemaPath:"#/properties/constraints/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema0.properties.constraints.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.constraints.items.properties.type.enum,parentSchema:schema0.properties.constraints.items.properties.type,data:data20};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data19.source !== undefined){let data21 = data19.source;if(!((((data21 === "production") || (data21 === "load-test")) || (data21 === "benchmark")) || (data21 === "estimate"))){const err33 = {instancePath:instancePath+"/constraints/" + i1+"/source",schemaPath:"#/properties/constraints/items/properties/source/enum",keyword:"enum",params:{allowedValues: schema0.properties.constraints.items.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.constraints.items.properties.source.enum,parentSchema:schema0.properties.constraints.items.properties.source,data:data21};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data19.evidence !== undefined){let data22 = data19.evidence;if(typeof data22 === "string"){if(func0(data22) < 1){const err34 = {instancePath:instancePath+"/constraints/" + i1+"/evidence",schemaPath:"#/properties/constraints/items/properties/evidence/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.constraints.items.properties.evidence,data:data22};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/constraints/" + i1+"/evidence",schemaPath:"#/properties/constraints/items/properties/evidence/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.constraints.items.properties.evidence.type,parentSchema:schema0.properties.constraints.items.properties.evidence,data:data22};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data19.observed !== undefined){let data23 = data19.observed;if(typeof data23 !== "string"){const err36 = {instancePath:instancePath+"/constraints/" + i1+"/observed",schemaPath:"#/properties/constraints/items/properties/observed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.constraints.items.properties.observed.type,parentSchema:schema0.properties.constraints.items.properties.observed,data:data23};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data19.runtime !== undefined){let data24 = data19.runtime;if(typeof data24 !== "string"){const err37 = {instancePath:instancePath+"/constraints/" + i1+"/runtime",schemaPath:"#/properties/constraints/items/properties/runtime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.constraints.items.properties.runtime.type,parentSchema:schema0.properties.constraints.items.properties.runtime,data:data24};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data19.trend !== undefined){let data25 = data19.trend;if(!(((data25 === "steady") || (data25 === "growing")) || (data25 === "spiky"))){const err38 = {instancePath:instancePath+"/constraints/" + i1+"/trend",schemaPath:"#/properties/constraints/items/properties/trend/enum",keyword:"enum",params:{allowedValues: schema0.properties.constraints.items.properties.trend.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.constraints.items.properties.trend.enum,parentSchema:schema0.properties.constraints.items.properties.trend,data:data25};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data19.limit !== undefined){let data26 = data19.limit;if(typeof data26 !== "string"){const err39 = {instancePath:instancePath+"/constraints/" + i1+"/limit",schemaPath:"#/properties/constraints/items/properties/limit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.constraints.items.properties.limit.type,parentSchema:schema0.properties.constraints.items.properties.limit,data:data26};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data19.met !== undefined){let data27 = data19.met;if(typeof data27 !== "boolean"){const err40 = {instancePath:instancePath+"/constraints/" + i1+"/met",schemaPath:"#/properties/constraints/items/properties/met/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.properties.constraints.items.properties.met.type,parentSchema:schema0.properties.constraints.items.properties.met,data:data27};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data19["leak-checked"] !== undefined){let data28 = data19["leak-checked"];if(typeof data28 !== "boolean"){const err41 = {instancePath:instancePath+"/constraints/" + i1+"/leak-checked",schemaPath:"#/properties/constraints/items/properties/leak-checked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.properties.constraints.items.properties["leak-checked"].type,parentSchema:schema0.properties.constraints.items.properties["leak-checked"],data:data28};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/constraints/" + i1,schemaPath:"#/properties/constraints/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.constraints.items.type,parentSchema:schema0.properties.constraints.items,data:data19};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/constraints",schemaPath:"#/properties/constraints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.constraints.type,parentSchema:schema0.properties.constraints,data:data18};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data.team !== undefined){let data29 = data.team;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){for(const key3 in data29){if(!((((((key3 === "size") || (key3 === "rust-experience")) || (key3 === "go-experience")) || (key3 === "background")) || (key3 === "annual-attrition")) || (key3 === "planned-hires"))){const err44 = {instancePath:instancePath+"/team",schemaPath:"#/properties/team/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.team,data:data29};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data29.size !== undefined){let data30 = data29.size;if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){const err45 = {instancePath:instancePath+"/team/size",schemaPath:"#/properties/team/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.team.properties.size.type,parentSchema:schema0.properties.team.properties.size,data:data30};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if((typeof data30 == "number") && (isFinite(data30))){if(data30 < 1 || isNaN(data30)){const err46 = {instancePath:instancePath+"/team/size",schemaPath:"#/properties/team/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema0.properties.team.properties.size,data:data30};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}if(data29["rust-experience"] !== undefined){let data31 = data29["rust-experience"];if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){const err47 = {instancePath:instancePath+"/team/rust-experience",schemaPath:"#/properties/team/properties/rust-experience/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.team.properties["rust-experience"].type,parentSchema:schema0.properties.team.properties["rust-experience"],data:data31};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if((typeof data31 == "number") && (isFinite(data31))){if(data31 < 0 || isNaN(data31)){const err48 = {instancePath:instancePath+"/team/rust-experience",schemaPath:"#/properties/team/properties/rust-experience/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.team.properties["rust-experience"],data:data31};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}if(data29["go-experience"] !== undefined){let data32 = data29["go-experience"];if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){const err49 = {instancePath:instancePath+"/team/go-experience",schemaPath:"#/properties/team/properties/go-experience/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.team.properties["go-experience"].type,parentSchema:schema0.properties.team.properties["go-experience"],data:data32};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if((typeof data32 == "number") && (isFinite(data32))){if(data32 < 0 || isNaN(data32)){const err50 = {instancePath:instancePath+"/team/go-experience",schemaPath:"#/properties/team/properties/go-experience/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.team.properties["go-experience"],data:data32};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}if(data29.background !== undefined){let data33 = data29.background;if(Array.isArray(data33)){const len2 = data33.length;for(let i2=0; i2<len2; i2++){let data34 = data33[i2];if(typeof data34 !== "string"){const err51 = {instancePath:instancePath+"/team/background/" + i2,schemaPath:"#/properties/team/properties/background/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.team.properties.background.items.type,parentSchema:schema0.properties.team.properties.background.items,data:data34};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath:instancePath+"/team/background",schemaPath:"#/properties/team/properties/background/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.team.properties.background.type,parentSchema:schema0.properties.team.properties.background,data:data33};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data29["annual-attrition"] !== undefined){let data35 = data29["annual-attrition"];if((typeof data35 == "number") && (isFinite(data35))){if(data35 > 1 || isNaN(data35)){const err53 = {instancePath:instancePath+"/team/annual-attrition",schemaPath:"#/properties/team/properties/annual-attrition/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema0.properties.team.properties["annual-attrition"],data:data35};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(data35 < 0 || isNaN(data35)){const err54 = {instancePath:instancePath+"/team/annual-attrition",schemaPath:"#/properties/team/properties/annual-attrition/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.team.properties["annual-attrition"],data:data35};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}else {const err55 = {instancePath:instancePath+"/team/annual-attrition",schemaPath:"#/properties/team/properties/annual-attrition/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema0.properties.team.properties["annual-attrition"].type,parentSchema:schema0.properties.team.properties["annual-attrition"],data:data35};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data29["planned-hires"] !== undefined){let data36 = data29["planned-hires"];if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){const err56 = {instancePath:instancePath+"/team/planned-hires",schemaPath:"#/properties/team/properties/planned-hires/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.team.properties["planned-hires"].type,parentSchema:schema0.properties.team.properties["planned-hires"],data:data36};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if((typeof data36 == "number") && (isFinite(data36))){if(data36 < 0 || isNaN(data36)){const err57 = {instancePath:instancePath+"/team/planned-hires",schemaPath:"#/properties/team/properties/planned-hires/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.team.properties["planned-hires"],data:data36};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}}else {const err58 = {instancePath:instancePath+"/team",schemaPath:"#/properties/team/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.team.type,parentSchema:schema0.properties.team,data:data29};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data.delivery !== undefined){let data37 = data.delivery;if(data37 && typeof data37 == "object" && !Array.isArray(data37)){for(const key4 in data37){if(!((key4 === "merges-per-day") || (key4 === "ci-cache"))){const err59 = {instancePath:instancePath+"/delivery",schemaPath:"#/properties/delivery/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.delivery,data:data37};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data37["merges-per-day"] !== undefined){let data38 = data37["merges-per-day"];if((typeof data38 == "number") && (isFinite(data38))){if(data38 < 0 || isNaN(data38)){const err60 = {instancePath:instancePath+"/delivery/merges-per-day",schemaPath:"#/properties/delivery/properties/merges-per-day/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.delivery.properties["merges-per-day"],data:data38};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}else {const err61 = {instancePath:instancePath+"/delivery/merges-per-day",schemaPath:"#/properties/delivery/properties/merges-per-day/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema0.properties.delivery.properties["merges-per-day"].type,parentSchema:schema0.properties.delivery.properties["merges-per-day"],data:data38};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data37["ci-cache"] !== undefined){let data39 = data37["ci-cache"];if(!((data39 === "cold") || (data39 === "warm"))){const err62 = {instancePath:instancePath+"/delivery/ci-cache",schemaPath:"#/properties/delivery/properties/ci-cache/enum",keyword:"enum",params:{allowedValues: schema0.properties.delivery.properties["ci-cache"].enum},message:"must be equal to one of the allowed values",schema:schema0.properties.delivery.properties["ci-cache"].enum,parentSchema:schema0.properties.delivery.properties["ci-cache"],data:data39};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}else {const err63 = {instancePath:instancePath+"/delivery",schemaPath:"#/properties/delivery/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.delivery.type,parentSchema:schema0.properties.delivery,data:data37};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data.toolchain !== undefined){let data40 = data.toolchain;if(data40 && typeof data40 == "object" && !Array.isArray(data40)){for(const key5 in data40){if(!(((key5 === "go") || (key5 === "rust-edition")) || (key5 === "rust"))){const err64 = {instancePath:instancePath+"/toolchain",schemaPath:"#/properties/toolchain/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.toolchain,data:data40};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data40.go !== undefined){let data41 = data40.go;if(typeof data41 !== "string"){const err65 = {instancePath:instancePath+"/toolchain/go",schemaPath:"#/properties/toolchain/properties/go/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.toolchain.properties.go.type,parentSchema:schema0.properties.toolchain.properties.go,data:data41};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data40["rust-edition"] !== undefined){let data42 = data40["rust-edition"];if(typeof data42 !== "string"){const err66 = {instancePath:instancePath+"/toolchain/rust-edition",schemaPath:"#/properties/toolchain/properties/rust-edition/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.toolchain.properties["rust-edition"].type,parentSchema:schema0.properties.toolchain.properties["rust-edition"],data:data42};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data40.rust !== undefined){let data43 = data40.rust;if(typeof data43 !== "string"){const err67 = {instancePath:instancePath+"/toolchain/rust",schemaPath:"#/properties/toolchain/properties/rust/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.toolchain.properties.rust.type,parentSchema:schema0.properties.toolchain.properties.rust,data:data43};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}}else {const err68 = {instancePath:instancePath+"/toolchain",schemaPath:"#/properties/toolchain/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.toolchain.type,parentSchema:schema0.properties.toolchain,data:data40};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data.compliance !== undefined){let data44 = data.compliance;if(Array.isArray(data44)){const len3 = data44.length;for(let i3=0; i3<len3; i3++){let data45 = data44[i3];if(typeof data45 !== "string"){const err69 = {instancePath:instancePath+"/compliance/" + i3,schemaPath:"#/properties/compliance/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.compliance.items.type,parentSchema:schema0.properties.compliance.items,data:data45};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}else {const err70 = {instancePath:instancePath+"/compliance",schemaPath:"#/properties/compliance/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.compliance.type,parentSchema:schema0.properties.compliance,data:data44};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data.rationale !== undefined){let data46 = data.rationale;if(typeof data46 !== "string"){const err71 = {instancePath:instancePath+"/rationale",schemaPath:"#/properties/rationale/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.rationale.type,parentSchema:schema0.properties.rationale,data:data46};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data.waivers !== undefined){let data47 = data.waivers;if(Array.isArray(data47)){const len4 = data47.length;for(let i4=0; i4<len4; i4++){let data48 = data47[i4];if(data48 && typeof data48 == "object" && !Array.isArray(data48)){if(data48.rule === undefined){const err72 = {instancePath:instancePath+"/waivers/" + i4,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema0.properties.waivers.items.required,parentSchema:schema0.properties.waivers.items,data:data48};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if(data48.reason === undefined){const err73 = {instancePath:instancePath+"/waivers/" + i4,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema0.properties.waivers.items.required,parentSchema:schema0.properties.waivers.items,data:data48};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}for(const key6 in data48){if(!((((key6 === "rule") || (key6 === "reason")) || (key6 === "expires")) || (key6 === "approved-by"))){const err74 = {instancePath:instancePath+"/waivers/" + i4,schemaPath:"#/properties/waivers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.waivers.items,data:data48};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data48.rule !== undefined){let data49 = data48.rule;if(typeof data49 !== "string"){const err75 = {instancePath:instancePath+"/waivers/" + i4+"/rule",schemaPath:"#/properties/waivers/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.waivers.items.properties.rule.type,parentSchema:schema0.properties.waivers.items.properties.rule,data:data49};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data48.reason !== undefined){let data50 = data48.reason;if(typeof data50 === "string"){if(func0(data50) < 1){const err76 = {instancePath:instancePath+"/waivers/" + i4+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.waivers.items.properties.reason,data:data50};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}if(!pattern1.test(data50)){const err77 = {instancePath:instancePath+"/waivers/" + i4+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/pattern",keyword:"pattern",params:{pattern: "^$|\\S"},message:"must match pattern \""+"^$|\\S"+"\"",schema:"^$|\\S",parentSchema:schema0.properties.waivers.items.properties.reason,data:data50};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}else {const err78 = {instancePath:instancePath+"/waivers/" + i4+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.waivers.items.properties.reason.type,parentSchema:schema0.properties.waivers.items.properties.reason,data:data50};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data48.expires !== undefined){let data51 = data48.expires;if(typeof data51 === "string"){if(!pattern2.test(data51)){const err79 = {instancePath:instancePath+"/waivers/" + i4+"/expires",schemaPath:"#/properties/waivers/items/properties/expires/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema0.properties.waivers.items.properties.expires,data:data51};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}else {const err80 = {instancePath:instancePath+"/waivers/" + i4+"/expires",schemaPath:"#/properties/waivers/items/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.waivers.items.properties.expires.type,parentSchema:schema0.properties.waivers.items.properties.expires,data:data51};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data48["approved-by"] !== undefined){let data52 = data48["approved-by"];if(typeof data52 === "string"){if(func0(data52) < 1){const err81 = {instancePath:instancePath+"/waivers/" + i4+"/approved-by",schemaPath:"#/properties/waivers/items/properties/approved-by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.waivers.items.properties["approved-by"],data:data52};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}else {const err82 = {instancePath:instancePath+"/waivers/" + i4+"/approved-by",schemaPath:"#/properties/waivers/items/properties/approved-by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.waivers.items.properties["approved-by"].type,parentSchema:schema0.properties.waivers.items.properties["approved-by"],data:data52};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}}else {const err83 = {instancePath:instancePath+"/waivers/" + i4,schemaPath:"#/properties/waivers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.waivers.items.type,parentSchema:schema0.properties.waivers.items,data:data48};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.waivers.type,parentSchema:schema0.properties.waivers,data:data47};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}validate0.errors = vErrors;return errors === 0;}const config = validate1;const schema1 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/stack-verdict/stack-verdict/v1/schema/config.schema.json","title":"Stack Verdict configuration","description":"A team's policy for Stack Verdict: which rules run and how severe they are, the thresholds, where proposals live, and the team's own rules. Default location: .github/stack-verdict.yml. See docs/configuration.md.","type":"object","additionalProperties":false,"properties":{"extends":{"description":"recommended (default): every built-in rule runs at its default severity. none: no built-in rule runs unless turned on under rules. Or a shared configuration this one is merged over, which it cannot loosen: a path inside the repository (e.g. .github/policy/base.yml) or OWNER/REPO/PATH@REF read through the GitHub API (e.g. acme/policy/stack-verdict.yml@v1). See docs/organisation-policy.md.","type":"string","minLength":1,"maxLength":400,"default":"recommended"},"rules":{"description":"Severity per rule id: off, notice, warning or error. Custom rules may be listed too.","type":"object","properties":{"rust-without-measured-constraint":{"description":"Default: error. See docs/rules/rust-without-measured-constraint.md.","$ref":"#/definitions/severity-level"},"rust-onboarding-cost":{"description":"Default: warning. See docs/rules/rust-onboarding-cost.md.","$ref":"#/definitions/severity-level"},"rust-hiring-premium":{"description":"Default: notice. See docs/rules/rust-hiring-premium.md.","$ref":"#/definitions/severity-level"},"rust-ci-build-cost":{"description":"Default: warning. See docs/rules/rust-ci-build-cost.md.","$ref":"#/definitions/severity-level"},"rust-despite-build-time-constraint":{"description":"Default: warning. See docs/rules/rust-despite-build-time-constraint.md.","$ref":"#/definitions/severity-level"},"team-missing":{"description":"Default: warning. See docs/rules/team-missing.md.","$ref":"#/definitions/severity-level"},"go-despite-measured-constraint":{"description":"Default: warning. See docs/rules/go-despite-measured-constraint.md.","$ref":"#/definitions/severity-level"},"go-cpu-bound-hot-path":{"description":"Default: warning. See docs/rules/go-cpu-bound-hot-path.md.","$ref":"#/definitions/severity-level"},"go-deterministic-tail-latency":{"description":"Default: warning. See docs/rules/go-deterministic-tail-latency.md.","$ref":"#/definitions/severity-level"},"go-systems-software":{"description":"Default: warning. See docs/rules/go-systems-software.md.","$ref":"#/definitions/severity-level"},"go-ffi-embedding":{"description":"Default: warning. See docs/rules/go-ffi-embedding.md.","$ref":"#/definitions/severity-level"},"go-custom-protocol":{"description":"Default: notice. See docs/rules/go-custom-protocol.md.","$ref":"#/definitions/severity-level"},"go-cli-cold-start":{"description":"Default: notice. See docs/rules/go-cli-cold-start.md.","$ref":"#/definitions/severity-level"},"gc-remeasure-on-go-1-26":{"description":"Default: notice. See docs/rules/gc-remeasure-on-go-1-26.md.","$ref":"#/definitions/severity-level"},"goroutine-leak-check":{"description":"Default: notice. See docs/rules/goroutine-leak-check.md.","$ref":"#/definitions/severity-level"},"constraint-not-measured":{"description":"Default: warning. See docs/rules/constraint-not-measured.md.","$ref":"#/definitions/severity-level"},"constraint-benchmark-only":{"description":"Default: notice. See docs/rules/constraint-benchmark-only.md.","$ref":"#/definitions/severity-level"},"constraint-without-evidence":{"description":"Default: warning. See docs/rules/constraint-without-evidence.md.","$ref":"#/definitions/severity-level"},"toolchain-outdated":{"description":"Default: notice. See docs/rules/toolchain-outdated.md.","$ref":"#/definitions/severity-level"},"post-quantum-tls":{"description":"Default: notice. See docs/rules/post-quantum-tls.md.","$ref":"#/definitions/severity-level"},"language-not-covered":{"description":"Default: notice. See docs/rules/language-not-covered.md.","$ref":"#/definitions/severity-level"},"proposal-invalid":{"description":"Default: error. Always runs as error: it reports files that cannot be judged. See docs/rules/proposal-invalid.md.","$ref":"#/definitions/severity-level"},"proposal-unknown-field":{"description":"Default: notice. See docs/rules/proposal-unknown-field.md.","$ref":"#/definitions/severity-level"},"waiver-invalid":{"description":"Default: error. Always runs as error: it reports files that cannot be judged. See docs/rules/waiver-invalid.md.","$ref":"#/definitions/severity-level"},"waiver-expired":{"description":"Default: warning. See docs/rules/waiver-expired.md.","$ref":"#/definitions/severity-level"},"waiver-unused":{"description":"Default: notice. See docs/rules/waiver-unused.md.","$ref":"#/definitions/severity-level"},"rust-justification-unmeasured":{"description":"Default: warning. See docs/rules/rust-justification-unmeasured.md.","$ref":"#/definitions/severity-level"},"rust-on-unconfirmed-measurement":{"description":"Default: warning. See docs/rules/rust-on-unconfirmed-measurement.md.","$ref":"#/definitions/severity-level"},"constraint-not-on-go":{"description":"Default: notice. See docs/rules/constraint-not-on-go.md.","$ref":"#/definitions/severity-level"},"duplicate-service":{"description":"Default: error. See docs/rules/duplicate-service.md.","$ref":"#/definitions/severity-level"},"go-team-knows-rust":{"description":"Default: notice. See docs/rules/go-team-knows-rust.md.","$ref":"#/definitions/severity-level"},"waiver-expiring":{"description":"Default: notice. See docs/rules/waiver-expiring.md.","$ref":"#/definitions/severity-level"}},"additionalProperties":{"$ref":"#/definitions/severity-level"}},"settings":{"description":"Thresholds the built-in rules use.","type":"object","additionalProperties":false,"properties":{"measured-sources":{"description":"Constraint sources that count as measured. Default: [production, load-test].","type":"array","uniqueItems":true,"items":{"enum":["production","load-test","benchmark","estimate"]}},"rust-team-share":{"description":"Share of the team (0 to 1) that must have shipped Rust for the team to count as knowing it. Default: 0.5.","type":"number","minimum":0,"maximum":1},"cli-cold-start-ms":{"description":"A CLI whose cold start must be at most this many ms makes a case for Rust. Default: 10.","type":"number","minimum":0},"rust-build-seconds":{"description":"Seconds for a clean CI build of a typical Rust service. Default: 120.","type":"number","minimum":0},"go-build-seconds":{"description":"Seconds for a clean CI build of a typical Go service. Default: 5.","type":"number","minimum":0},"ci-minutes-per-day":{"description":"Extra CI minutes a day from which rust-ci-build-cost fires. Default: 60.","type":"number","minimum":0},"rust-premium-usd":{"description":"[min, max] yearly pay premium in USD of a senior Rust engineer over a Go one. Default: [25000, 30000].","type":"array","minItems":2,"maxItems":2,"items":{"type":"number","minimum":0}},"rust-onboarding-months":{"description":"[min, max] months before an engineer new to Rust is productive without pairing. Default: [3, 6].","type":"array","minItems":2,"maxItems":2,"items":{"type":"number","minimum":0}},"min-go-version":{"description":"Oldest Go release toolchain-outdated accepts. Quote it: YAML reads 1.30 as 1.3. Default: \"1.26\".","type":"string","pattern":"^(go)?[0-9]+\\.[0-9]+(\\.[0-9]+)?$"},"min-rust-edition":{"description":"Oldest Rust edition toolchain-outdated accepts. Default: \"2024\".","type":["string","integer"],"pattern":"^[0-9]{4}$","minimum":2015},"min-rust-version":{"description":"Oldest rustc release toolchain-outdated accepts (toolchain.rust). Quote it. Default: \"1.85\".","type":"string","pattern":"^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"},"green-tea-gc-cut-percent":{"description":"[min, max] percent by which Go 1.26's Green Tea GC cuts GC overhead on most workloads, as the messages quote it. Default: [10, 40].","type":"array","minItems":2,"maxItems":2,"items":{"type":"number","minimum":0,"maximum":100}},"waiver-warning-days":{"description":"waiver-expiring reports a waiver this many days before its expires date (0: on its last day only). Default: 30.","type":"integer","minimum":0,"maximum":3660}}},"files":{"description":"Globs, relative to the repository root, that find proposals. Default: proposals/**/*.{yml,yaml,md}, **/*.proposal.{yml,yaml}, **/service-proposal.{yml,yaml}.","type":"array","minItems":1,"items":{"type":"string","minLength":1,"maxLength":300},"maxItems":50},"fail-on":{"description":"When the check fails: error (default) on any unwaived error, warning also on warnings, never. The --fail-on flag and the Action's fail-on input take precedence.","enum":["error","warning","never"]},"max-bytes":{"description":"Largest proposal file read, in bytes. Default: 1048576 (1 MiB).","type":"integer","minimum":1,"maximum":16777216},"drafts":{"description":"advisory (default): a draft proposal (status: draft) fails the gate only for proposal-invalid, waiver-invalid, duplicate-service and the rules listed in unwaivable. gate: drafts gate like any other proposal.","enum":["advisory","gate"],"default":"advisory"},"unwaivable":{"description":"Rule ids that no waiver in a proposal may silence.","type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"approvers":{"description":"Who may grant a waiver: GitHub logins (alice or @alice) and teams (acme/architecture or @acme/architecture). A waiver of a finding whose severity is listed under approval-required counts only once one of them has approved the pull request; the author's own approval never counts. Teams need a token that can read organisation members. See docs/governance.md.","type":"array","minItems":1,"maxItems":100,"items":{"type":"string","pattern":"^@?[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:/[A-Za-z0-9_][A-Za-z0-9_.-]{0,99})?$"}},"approval-required":{"description":"The severities whose waivers need an approval by one of approvers. Default, once approvers is set: [error]. [] means no waiver needs one.","type":"array","uniqueItems":true,"items":{"$ref":"#/definitions/severity"}},"portfolio":{"description":"The portfolio page (the Action's mode: portfolio).","type":"object","additionalProperties":false,"properties":{"title":{"description":"The page's heading and the portfolio issue's title. Default: Architecture decisions.","type":"string","minLength":1,"maxLength":120,"pattern":"^[^\\u0000-\\u001f\\u007f]*$"}}},"custom-rules":{"description":"The team's own rules, written as conditions over proposal fields.","type":"array","items":{"$ref":"#/definitions/custom-rule"},"maxItems":200}},"definitions":{"severity":{"description":"error, warning or notice.","enum":["error","warning","notice"]},"severity-level":{"description":"off, notice, warning or error.","enum":["off","notice","warning","error"]},"custom-rule":{"type":"object","additionalProperties":false,"required":["id","severity","message","when"],"properties":{"id":{"description":"The rule's id, kebab-case, different from every built-in rule. Waivers name it.","type":"string","pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"},"severity":{"$ref":"#/definitions/severity"},"message":{"description":"What the finding says. {field.path} placeholders are filled from the proposal, e.g. {service}, {team.size}, {constraints.0.type}; a field that is not set reads (not set). Write {{ and }} for literal braces.","type":"string","minLength":1},"description":{"description":"One line about the rule.","type":"string","minLength":1},"docs":{"description":"A link to the team's page about the rule (http or https).","type":"string","pattern":"^https?://[^\\s]+$"},"when":{"description":"When the rule fires.","$ref":"#/definitions/condition"}}},"condition":{"description":"A condition over proposal fields: either `field` with one test (equals, one-of, gt, gte, lt, lte, exists), or one of all, any, not.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"field":{"description":"A proposal field as a dotted path: language, workload.bound, team.size, constraints.0.type.","type":"string","pattern":"^[a-z][a-z0-9-]*(\\.([a-z][a-z0-9-]*|[0-9]+))*$"},"equals":{"description":"Holds when the field has this value (for a list field: when the list contains it).","type":["string","number","boolean"]},"one-of":{"description":"Holds when the field has one of these values (for a list field: when the list contains one).","type":"array","minItems":1,"items":{"type":["string","number","boolean"]}},"gt":{"description":"Holds when the field is a number greater than this.","type":"number"},"gte":{"description":"Holds when the field is a number at least this.","type":"number"},"lt":{"description":"Holds when the field is a number less than this.","type":"number"},"lte":{"description":"Holds when the field is a number at most this.","type":"number"},"exists":{"description":"true: holds when the field is set; false: when it is not.","type":"boolean"},"all":{"description":"Holds when every condition holds.","type":"array","minItems":1,"items":{"$ref":"#/definitions/condition"}},"any":{"description":"Holds when at least one condition holds.","type":"array","minItems":1,"items":{"$ref":"#/definitions/condition"}},"not":{"description":"Holds when the condition does not.","$ref":"#/definitions/condition"}},"dependencies":{"equals":["field"],"one-of":["field"],"gt":["field"],"gte":["field"],"lt":["field"],"lte":["field"],"exists":["field"]}}}};const schema2 = {"description":"off, notice, warning or error.","enum":["off","notice","warning","error"]};const schema35 = {"description":"error, warning or notice.","enum":["error","warning","notice"]};const func10 = runtime_equal;const pattern3 = new RegExp("^(go)?[0-9]+\\.[0-9]+(\\.[0-9]+)?$", "u");const pattern4 = new RegExp("^[0-9]{4}$", "u");const pattern5 = new RegExp("^[0-9]+\\.[0-9]+(\\.[0-9]+)?$", "u");const pattern6 = new RegExp("^@?[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:/[A-Za-z0-9_][A-Za-z0-9_.-]{0,99})?$", "u");const pattern7 = new RegExp("^[^\\u0000-\\u001f\\u007f]*$", "u");const schema36 = {"type":"object","additionalProperties":false,"required":["id","severity","message","when"],"properties":{"id":{"description":"The rule's id, kebab-case, different from every built-in rule. Waivers name it.","type":"string","pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"},"severity":{"$ref":"#/definitions/severity"},"message":{"description":"What the finding says. {field.path} placeholders are filled from the proposal, e.g. {service}, {team.size}, {constraints.0.type}; a field that is not set reads (not set). Write {{ and }} for literal braces.","type":"string","minLength":1},"description":{"description":"One line about the rule.","type":"string","minLength":1},"docs":{"description":"A link to the team's page about the rule (http or https).","type":"string","pattern":"^https?://[^\\s]+$"},"when":{"description":"When the rule fires.","$ref":"#/definitions/condition"}}};const pattern8 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "u");const pattern9 = new RegExp("^https?://[^\\s]+$", "u");const schema38 = {"description":"A condition over proposal fields: either `field` with one test (equals, one-of, gt, gte, lt, lte, exists), or one of all, any, not.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"field":{"description":"A proposal field as a dotted path: language, workload.bound, team.size, constraints.0.type.","type":"string","pattern":"^[a-z][a-z0-9-]*(\\.([a-z][a-z0-9-]*|[0-9]+))*$"},"equals":{"description":"Holds when the field has this value (for a list field: when the list contains it).","type":["string","number","boolean"]},"one-of":{"description":"Holds when the field has one of these values (for a list field: when the list contains one).","type":"array","minItems":1,"items":{"type":["string","number","boolean"]}},"gt":{"description":"Holds when the field is a number greater than this.","type":"number"},"gte":{"description":"Holds when the field is a number at least this.","type":"number"},"lt":{"description":"Holds when the field is a number less than this.","type":"number"},"lte":{"description":"Holds when the field is a number at most this.","type":"number"},"exists":{"description":"true: holds when the field is set; false: when it is not.","type":"boolean"},"all":{"description":"Holds when every condition holds.","type":"array","minItems":1,"items":{"$ref":"#/definitions/condition"}},"any":{"description":"Holds when at least one condition holds.","type":"array","minItems":1,"items":{"$ref":"#/definitions/condition"}},"not":{"description":"Holds when the condition does not.","$ref":"#/definitions/condition"}},"dependencies":{"equals":["field"],"one-of":["field"],"gt":["field"],"gte":["field"],"lt":["field"],"lte":["field"],"exists":["field"]}};const pattern10 = new RegExp("^[a-z][a-z0-9-]*(\\.([a-z][a-z0-9-]*|[0-9]+))*$", "u");const wrapper0 = {validate: validate3};function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(Object.keys(data).length < 1){const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema38,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func1.call(schema38.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.equals !== undefined){if(data.field === undefined){const err2 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "equals",
    missingProperty: "field",
    depsCount: 1,
    deps: "field"},message:"must have property field when property equals is present",schema:schema38.dependencies,parentSchema:schema38,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data["one-of"] !== undefined){if(data.field === undefined){const err3 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "one-of",
    missingProperty: "field",
    depsCount: 1,
    deps: "field"},message:"must have property field when property one-of is present",schema:schema38.dependencies,parentSchema:schema38,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.gt !== undefined){if(data.field === undefined){const err4 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "gt",
    missingProperty: "field",
    depsCount: 1,
    deps: "field"},message:"must have property field when property gt is present",schema:schema38.dependencies,parentSchema:schema38,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.gte !== undefined){if(data.field === undefined){const err5 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "gte",
    missingProperty: "field",
    depsCount: 1,
    deps: "field"},message:"must have property field when property gte is present",schema:schema38.dependencies,parentSchema:schema38,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.lt !== undefined){if(data.field === undefined){const err6 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "lt",
    missingProperty: "field",
    depsCount: 1,
    deps: "field"},message:"must have property field when property lt is present",schema:schema38.dependencies,parentSchema:schema38,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.lte !== undefined){if(data.field === undefined){const err7 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "lte",
    missingProperty: "field",
    depsCount: 1,
    deps: "field"},message:"must have property field when property lte is present",schema:schema38.dependencies,parentSchema:schema38,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.exists !== undefined){if(data.field === undefined){const err8 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "exists",
    missingProperty: "field",
    depsCount: 1,
    deps: "field"},message:"must have property field when property exists is present",schema:schema38.dependencies,parentSchema:schema38,data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.field !== undefined){let data0 = data.field;if(typeof data0 === "string"){if(!pattern10.test(data0)){const err9 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*(\\.([a-z][a-z0-9-]*|[0-9]+))*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*(\\.([a-z][a-z0-9-]*|[0-9]+))*$"+"\"",schema:"^[a-z][a-z0-9-]*(\\.([a-z][a-z0-9-]*|[0-9]+))*$",parentSchema:schema38.properties.field,data:data0};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/field",schemaPath:"#/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.field.type,parentSchema:schema38.properties.field,data:data0};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.equals !== undefined){let data1 = data.equals;if(((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))) && (typeof data1 !== "boolean")){const err11 = {instancePath:instancePath+"/equals",schemaPath:"#/properties/equals/type",keyword:"type",params:{type: schema38.properties.equals.type},message:"must be string,number,boolean",schema:schema38.properties.equals.type,parentSchema:schema38.properties.equals,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data["one-of"] !== undefined){let data2 = data["one-of"];if(Array.isArray(data2)){if(data2.length < 1){const err12 = {instancePath:instancePath+"/one-of",schemaPath:"#/properties/one-of/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema38.properties["one-of"],data:data2};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))) && (typeof data3 !== "boolean")){const err13 = {instancePath:instancePath+"/one-of/" + i0,schemaPath:"#/properties/one-of/items/type",keyword:"type",params:{type: schema38.properties["one-of"].items.type},message:"must be string,number,boolean",schema:schema38.properties["one-of"].items.type,parentSchema:schema38.properties["one-of"].items,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/one-of",schemaPath:"#/properties/one-of/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties["one-of"].type,parentSchema:schema38.properties["one-of"],data:data2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.gt !== undefined){let data4 = data.gt;if(!((typeof data4 == "number") && (isFinite(data4)))){const err15 = {instancePath:instancePath+"/gt",schemaPath:"#/properties/gt/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.gt.type,parentSchema:schema38.properties.gt,data:data4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.gte !== undefined){let data5 = data.gte;if(!((typeof data5 == "number") && (isFinite(data5)))){const err16 = {instancePath:instancePath+"/gte",schemaPath:"#/properties/gte/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.gte.type,parentSchema:schema38.properties.gte,data:data5};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.lt !== undefined){let data6 = data.lt;if(!((typeof data6 == "number") && (isFinite(data6)))){const err17 = {instancePath:instancePath+"/lt",schemaPath:"#/properties/lt/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.lt.type,parentSchema:schema38.properties.lt,data:data6};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.lte !== undefined){let data7 = data.lte;if(!((typeof data7 == "number") && (isFinite(data7)))){const err18 = {instancePath:instancePath+"/lte",schemaPath:"#/properties/lte/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.lte.type,parentSchema:schema38.properties.lte,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.exists !== undefined){let data8 = data.exists;if(typeof data8 !== "boolean"){const err19 = {instancePath:instancePath+"/exists",schemaPath:"#/properties/exists/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.exists.type,parentSchema:schema38.properties.exists,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.all !== undefined){let data9 = data.all;if(Array.isArray(data9)){if(data9.length < 1){const err20 = {instancePath:instancePath+"/all",schemaPath:"#/properties/all/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema38.properties.all,data:data9};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}const len1 = data9.length;for(let i1=0; i1<len1; i1++){if(!(wrapper0.validate(data9[i1], {instancePath:instancePath+"/all/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);errors = vErrors.length;}}}else {const err21 = {instancePath:instancePath+"/all",schemaPath:"#/properties/all/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.all.type,parentSchema:schema38.properties.all,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.any !== undefined){let data11 = data.any;if(Array.isArray(data11)){if(data11.length < 1){const err22 = {instancePath:instancePath+"/any",schemaPath:"#/properties/any/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema38.properties.any,data:data11};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}const len2 = data11.length;for(let i2=0; i2<len2; i2++){if(!(wrapper0.validate(data11[i2], {instancePath:instancePath+"/any/" + i2,parentData:data11,parentDataProperty:i2,rootData}))){vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);errors = vErrors.length;}}}else {const err23 = {instancePath:instancePath+"/any",schemaPath:"#/properties/any/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.any.type,parentSchema:schema38.properties.any,data:data11};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.not !== undefined){if(!(wrapper0.validate(data.not, {instancePath:instancePath+"/not",parentData:data,parentDataProperty:"not",rootData}))){vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);errors = vErrors.length;}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate3.errors = vErrors;return errors === 0;}function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema36.required,parentSchema:schema36,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.severity === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema36.required,parentSchema:schema36,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.message === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema36.required,parentSchema:schema36,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.when === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "when"},message:"must have required property '"+"when"+"'",schema:schema36.required,parentSchema:schema36,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!((((((key0 === "id") || (key0 === "severity")) || (key0 === "message")) || (key0 === "description")) || (key0 === "docs")) || (key0 === "when"))){const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(!pattern8.test(data0)){const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"+"\"",schema:"^[a-z][a-z0-9]*(-[a-z0-9]+)*$",parentSchema:schema36.properties.id,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.id.type,parentSchema:schema36.properties.id,data:data0};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.severity !== undefined){let data1 = data.severity;if(!(((data1 === "error") || (data1 === "warning")) || (data1 === "notice"))){const err7 = {instancePath:instancePath+"/severity",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values",schema:schema35.enum,parentSchema:schema35,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.message !== undefined){let data2 = data.message;if(typeof data2 === "string"){if(func0(data2) < 1){const err8 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.message,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.message.type,parentSchema:schema36.properties.message,data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.description !== undefined){let data3 = data.description;if(typeof data3 === "string"){if(func0(data3) < 1){const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.description,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.description.type,parentSchema:schema36.properties.description,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.docs !== undefined){let data4 = data.docs;if(typeof data4 === "string"){if(!pattern9.test(data4)){const err12 = {instancePath:instancePath+"/docs",schemaPath:"#/properties/docs/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema36.properties.docs,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/docs",schemaPath:"#/properties/docs/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.docs.type,parentSchema:schema36.properties.docs,data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.when !== undefined){if(!(validate3(data.when, {instancePath:instancePath+"/when",parentData:data,parentDataProperty:"when",rootData}))){vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);errors = vErrors.length;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate2.errors = vErrors;return errors === 0;}function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://raw.githubusercontent.com/stack-verdict/stack-verdict/v1/schema/config.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func1.call(schema1.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema1,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.extends !== undefined){let data0 = data.extends;if(typeof data0 === "string"){if(func0(data0) > 400){const err1 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters",schema:400,parentSchema:schema1.properties.extends,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(func0(data0) < 1){const err2 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema1.properties.extends,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.extends.type,parentSchema:schema1.properties.extends,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.rules !== undefined){let data1 = data.rules;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(func1.call(schema1.properties.rules.properties, key1))){let data2 = data1[key1];if(!((((data2 === "off") || (data2 === "notice")) || (data2 === "warning")) || (data2 === "error"))){const err4 = {instancePath:instancePath+"/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}if(data1["rust-without-measured-constraint"] !== undefined){let data3 = data1["rust-without-measured-constraint"];if(!((((data3 === "off") || (data3 === "notice")) || (data3 === "warning")) || (data3 === "error"))){const err5 = {instancePath:instancePath+"/rules/rust-without-measured-constraint",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data1["rust-onboarding-cost"] !== undefined){let data4 = data1["rust-onboarding-cost"];if(!((((data4 === "off") || (data4 === "notice")) || (data4 === "warning")) || (data4 === "error"))){const err6 = {instancePath:instancePath+"/rules/rust-onboarding-cost",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1["rust-hiring-premium"] !== undefined){let data5 = data1["rust-hiring-premium"];if(!((((data5 === "off") || (data5 === "notice")) || (data5 === "warning")) || (data5 === "error"))){const err7 = {instancePath:instancePath+"/rules/rust-hiring-premium",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data1["rust-ci-build-cost"] !== undefined){let data6 = data1["rust-ci-build-cost"];if(!((((data6 === "off") || (data6 === "notice")) || (data6 === "warning")) || (data6 === "error"))){const err8 = {instancePath:instancePath+"/rules/rust-ci-build-cost",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data1["rust-despite-build-time-constraint"] !== undefined){let data7 = data1["rust-despite-build-time-constraint"];if(!((((data7 === "off") || (data7 === "notice")) || (data7 === "warning")) || (data7 === "error"))){const err9 = {instancePath:instancePath+"/rules/rust-despite-build-time-constraint",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data7};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data1["team-missing"] !== undefined){let data8 = data1["team-missing"];if(!((((data8 === "off") || (data8 === "notice")) || (data8 === "warning")) || (data8 === "error"))){const err10 = {instancePath:instancePath+"/rules/team-missing",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data8};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data1["go-despite-measured-constraint"] !== undefined){let data9 = data1["go-despite-measured-constraint"];if(!((((data9 === "off") || (data9 === "notice")) || (data9 === "warning")) || (data9 === "error"))){const err11 = {instancePath:instancePath+"/rules/go-despite-measured-constraint",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data9};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data1["go-cpu-bound-hot-path"] !== undefined){let data10 = data1["go-cpu-bound-hot-path"];if(!((((data10 === "off") || (data10 === "notice")) || (data10 === "warning")) || (data10 === "error"))){const err12 = {instancePath:instancePath+"/rules/go-cpu-bound-hot-path",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data10};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data1["go-deterministic-tail-latency"] !== undefined){let data11 = data1["go-deterministic-tail-latency"];if(!((((data11 === "off") || (data11 === "notice")) || (data11 === "warning")) || (data11 === "error"))){const err13 = {instancePath:instancePath+"/rules/go-deterministic-tail-latency",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data11};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data1["go-systems-software"] !== undefined){let data12 = data1["go-systems-software"];if(!((((data12 === "off") || (data12 === "notice")) || (data12 === "warning")) || (data12 === "error"))){const err14 = {instancePath:instancePath+"/rules/go-systems-software",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data12};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data1["go-ffi-embedding"] !== undefined){let data13 = data1["go-ffi-embedding"];if(!((((data13 === "off") || (data13 === "notice")) || (data13 === "warning")) || (data13 === "error"))){const err15 = {instancePath:instancePath+"/rules/go-ffi-embedding",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data13};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data1["go-custom-protocol"] !== undefined){let data14 = data1["go-custom-protocol"];if(!((((data14 === "off") || (data14 === "notice")) || (data14 === "warning")) || (data14 === "error"))){const err16 = {instancePath:instancePath+"/rules/go-custom-protocol",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data14};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data1["go-cli-cold-start"] !== undefined){let data15 = data1["go-cli-cold-start"];if(!((((data15 === "off") || (data15 === "notice")) || (data15 === "warning")) || (data15 === "error"))){const err17 = {instancePath:instancePath+"/rules/go-cli-cold-start",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data15};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data1["gc-remeasure-on-go-1-26"] !== undefined){let data16 = data1["gc-remeasure-on-go-1-26"];if(!((((data16 === "off") || (data16 === "notice")) || (data16 === "warning")) || (data16 === "error"))){const err18 = {instancePath:instancePath+"/rules/gc-remeasure-on-go-1-26",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data16};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data1["goroutine-leak-check"] !== undefined){let data17 = data1["goroutine-leak-check"];if(!((((data17 === "off") || (data17 === "notice")) || (data17 === "warning")) || (data17 === "error"))){const err19 = {instancePath:instancePath+"/rules/goroutine-leak-check",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data17};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data1["constraint-not-measured"] !== undefined){let data18 = data1["constraint-not-measured"];if(!((((data18 === "off") || (data18 === "notice")) || (data18 === "warning")) || (data18 === "error"))){const err20 = {instancePath:instancePath+"/rules/constraint-not-measured",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data18};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data1["constraint-benchmark-only"] !== undefined){let data19 = data1["constraint-benchmark-only"];if(!((((data19 === "off") || (data19 === "notice")) || (data19 === "warning")) || (data19 === "error"))){const err21 = {instancePath:instancePath+"/rules/constraint-benchmark-only",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data19};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data1["constraint-without-evidence"] !== undefined){let data20 = data1["constraint-without-evidence"];if(!((((data20 === "off") || (data20 === "notice")) || (data20 === "warning")) || (data20 === "error"))){const err22 = {instancePath:instancePath+"/rules/constraint-without-evidence",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data20};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data1["toolchain-outdated"] !== undefined){let data21 = data1["toolchain-outdated"];if(!((((data21 === "off") || (data21 === "notice")) || (data21 === "warning")) || (data21 === "error"))){const err23 = {instancePath:instancePath+"/rules/toolchain-outdated",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data21};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data1["post-quantum-tls"] !== undefined){let data22 = data1["post-quantum-tls"];if(!((((data22 === "off") || (data22 === "notice")) || (data22 === "warning")) || (data22 === "error"))){const err24 = {instancePath:instancePath+"/rules/post-quantum-tls",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data22};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data1["language-not-covered"] !== undefined){let data23 = data1["language-not-covered"];if(!((((data23 === "off") || (data23 === "notice")) || (data23 === "warning")) || (data23 === "error"))){const err25 = {instancePath:instancePath+"/rules/language-not-covered",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data23};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data1["proposal-invalid"] !== undefined){let data24 = data1["proposal-invalid"];if(!((((data24 === "off") || (data24 === "notice")) || (data24 === "warning")) || (data24 === "error"))){const err26 = {instancePath:instancePath+"/rules/proposal-invalid",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data24};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data1["proposal-unknown-field"] !== undefined){let data25 = data1["proposal-unknown-field"];if(!((((data25 === "off") || (data25 === "notice")) || (data25 === "warning")) || (data25 === "error"))){const err27 = {instancePath:instancePath+"/rules/proposal-unknown-field",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data25};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data1["waiver-invalid"] !== undefined){let data26 = data1["waiver-invalid"];if(!((((data26 === "off") || (data26 === "notice")) || (data26 === "warning")) || (data26 === "error"))){const err28 = {instancePath:instancePath+"/rules/waiver-invalid",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data26};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data1["waiver-expired"] !== undefined){let data27 = data1["waiver-expired"];if(!((((data27 === "off") || (data27 === "notice")) || (data27 === "warning")) || (data27 === "error"))){const err29 = {instancePath:instancePath+"/rules/waiver-expired",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data27};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data1["waiver-unused"] !== undefined){let data28 = data1["waiver-unused"];if(!((((data28 === "off") || (data28 === "notice")) || (data28 === "warning")) || (data28 === "error"))){const err30 = {instancePath:instancePath+"/rules/waiver-unused",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data28};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data1["rust-justification-unmeasured"] !== undefined){let data29 = data1["rust-justification-unmeasured"];if(!((((data29 === "off") || (data29 === "notice")) || (data29 === "warning")) || (data29 === "error"))){const err31 = {instancePath:instancePath+"/rules/rust-justification-unmeasured",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data29};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data1["rust-on-unconfirmed-measurement"] !== undefined){let data30 = data1["rust-on-unconfirmed-measurement"];if(!((((data30 === "off") || (data30 === "notice")) || (data30 === "warning")) || (data30 === "error"))){const err32 = {instancePath:instancePath+"/rules/rust-on-unconfirmed-measurement",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data30};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data1["constraint-not-on-go"] !== undefined){let data31 = data1["constraint-not-on-go"];if(!((((data31 === "off") || (data31 === "notice")) || (data31 === "warning")) || (data31 === "error"))){const err33 = {instancePath:instancePath+"/rules/constraint-not-on-go",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data31};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data1["duplicate-service"] !== undefined){let data32 = data1["duplicate-service"];if(!((((data32 === "off") || (data32 === "notice")) || (data32 === "warning")) || (data32 === "error"))){const err34 = {instancePath:instancePath+"/rules/duplicate-service",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data32};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data1["go-team-knows-rust"] !== undefined){let data33 = data1["go-team-knows-rust"];if(!((((data33 === "off") || (data33 === "notice")) || (data33 === "warning")) || (data33 === "error"))){const err35 = {instancePath:instancePath+"/rules/go-team-knows-rust",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data33};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data1["waiver-expiring"] !== undefined){let data34 = data1["waiver-expiring"];if(!((((data34 === "off") || (data34 === "notice")) || (data34 === "warning")) || (data34 === "error"))){const err36 = {instancePath:instancePath+"/rules/waiver-expiring",schemaPath:"#/definitions/severity-level/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values",schema:schema2.enum,parentSchema:schema2,data:data34};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.properties.rules.type,parentSchema:schema1.properties.rules,data:data1};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data.settings !== undefined){let data35 = data.settings;if(data35 && typeof data35 == "object" && !Array.isArray(data35)){for(const key2 in data35){if(!(func1.call(schema1.properties.settings.properties, key2))){const err38 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema1.properties.settings,data:data35};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data35["measured-sources"] !== undefined){let data36 = data35["measured-sources"];if(Array.isArray(data36)){const len0 = data36.length;for(let i0=0; i0<len0; i0++){let data37 = data36[i0];if(!((((data37 === "production") || (data37 === "load-test")) || (data37 === "benchmark")) || (data37 === "estimate"))){const err39 = {instancePath:instancePath+"/settings/measured-sources/" + i0,schemaPath:"#/properties/settings/properties/measured-sources/items/enum",keyword:"enum",params:{allowedValues: schema1.properties.settings.properties["measured-sources"].items.enum},message:"must be equal to one of the allowed values",schema:schema1.properties.settings.properties["measured-sources"].items.enum,parentSchema:schema1.properties.settings.properties["measured-sources"].items,data:data37};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}let i1 = data36.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func10(data36[i1], data36[j0])){const err40 = {instancePath:instancePath+"/settings/measured-sources",schemaPath:"#/properties/settings/properties/measured-sources/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema1.properties.settings.properties["measured-sources"],data:data36};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;break outer0;}}}}}else {const err41 = {instancePath:instancePath+"/settings/measured-sources",schemaPath:"#/properties/settings/properties/measured-sources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema1.properties.settings.properties["measured-sources"].type,parentSchema:schema1.properties.settings.properties["measured-sources"],data:data36};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data35["rust-team-share"] !== undefined){let data38 = data35["rust-team-share"];if((typeof data38 == "number") && (isFinite(data38))){if(data38 > 1 || isNaN(data38)){const err42 = {instancePath:instancePath+"/settings/rust-team-share",schemaPath:"#/properties/settings/properties/rust-team-share/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema1.properties.settings.properties["rust-team-share"],data:data38};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data38 < 0 || isNaN(data38)){const err43 = {instancePath:instancePath+"/settings/rust-team-share",schemaPath:"#/properties/settings/properties/rust-team-share/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema1.properties.settings.properties["rust-team-share"],data:data38};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}else {const err44 = {instancePath:instancePath+"/settings/rust-team-share",schemaPath:"#/properties/settings/properties/rust-team-share/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema1.properties.settings.properties["rust-team-share"].type,parentSchema:schema1.properties.settings.properties["rust-team-share"],data:data38};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data35["cli-cold-start-ms"] !== undefined){let data39 = data35["cli-cold-start-ms"];if((typeof data39 == "number") && (isFinite(data39))){if(data39 < 0 || isNaN(data39)){const err45 = {instancePath:instancePath+"/settings/cli-cold-start-ms",schemaPath:"#/properties/settings/properties/cli-cold-start-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema1.properties.settings.properties["cli-cold-start-ms"],data:data39};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}else {const err46 = {instancePath:instancePath+"/settings/cli-cold-start-ms",schemaPath:"#/properties/settings/properties/cli-cold-start-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema1.properties.settings.properties["cli-cold-start-ms"].type,parentSchema:schema1.properties.settings.properties["cli-cold-start-ms"],data:data39};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data35["rust-build-seconds"] !== undefined){let data40 = data35["rust-build-seconds"];if((typeof data40 == "number") && (isFinite(data40))){if(data40 < 0 || isNaN(data40)){const err47 = {instancePath:instancePath+"/settings/rust-build-seconds",schemaPath:"#/properties/settings/properties/rust-build-seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema1.properties.settings.properties["rust-build-seconds"],data:data40};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}else {const err48 = {instancePath:instancePath+"/settings/rust-build-seconds",schemaPath:"#/properties/settings/properties/rust-build-seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema1.properties.settings.properties["rust-build-seconds"].type,parentSchema:schema1.properties.settings.properties["rust-build-seconds"],data:data40};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data35["go-build-seconds"] !== undefined){let data41 = data35["go-build-seconds"];if((typeof data41 == "number") && (isFinite(data41))){if(data41 < 0 || isNaN(data41)){const err49 = {instancePath:instancePath+"/settings/go-build-seconds",schemaPath:"#/properties/settings/properties/go-build-seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema1.properties.settings.properties["go-build-seconds"],data:data41};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}else {const err50 = {instancePath:instancePath+"/settings/go-build-seconds",schemaPath:"#/properties/settings/properties/go-build-seconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema1.properties.settings.properties["go-build-seconds"].type,parentSchema:schema1.properties.settings.properties["go-build-seconds"],data:data41};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data35["ci-minutes-per-day"] !== undefined){let data42 = data35["ci-minutes-per-day"];if((typeof data42 == "number") && (isFinite(data42))){if(data42 < 0 || isNaN(data42)){const err51 = {instancePath:instancePath+"/settings/ci-minutes-per-day",schemaPath:"#/properties/settings/properties/ci-minutes-per-day/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema1.properties.settings.properties["ci-minutes-per-day"],data:data42};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}else {const err52 = {instancePath:instancePath+"/settings/ci-minutes-per-day",schemaPath:"#/properties/settings/properties/ci-minutes-per-day/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema1.properties.settings.properties["ci-minutes-per-day"].type,parentSchema:schema1.properties.settings.properties["ci-minutes-per-day"],data:data42};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data35["rust-premium-usd"] !== undefined){let data43 = data35["rust-premium-usd"];if(Array.isArray(data43)){if(data43.length > 2){const err53 = {instancePath:instancePath+"/settings/rust-premium-usd",schemaPath:"#/properties/settings/properties/rust-premium-usd/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema1.properties.settings.properties["rust-premium-usd"],data:data43};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(data43.length < 2){const err54 = {instancePath:instancePath+"/settings/rust-premium-usd",schemaPath:"#/properties/settings/properties/rust-premium-usd/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema1.properties.settings.properties["rust-premium-usd"],data:data43};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}const len1 = data43.length;for(let i2=0; i2<len1; i2++){let data44 = data43[i2];if((typeof data44 == "number") && (isFinite(data44))){if(data44 < 0 || isNaN(data44)){const err55 = {instancePath:instancePath+"/settings/rust-premium-usd/" + i2,schemaPath:"#/properties/settings/properties/rust-premium-usd/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema1.properties.settings.properties["rust-premium-usd"].items,data:data44};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}else {const err56 = {instancePath:instancePath+"/settings/rust-premium-usd/" + i2,schemaPath:"#/properties/settings/properties/rust-premium-usd/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema1.properties.settings.properties["rust-premium-usd"].items.type,parentSchema:schema1.properties.settings.properties["rust-premium-usd"].items,data:data44};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}}else {const err57 = {instancePath:instancePath+"/settings/rust-premium-usd",schemaPath:"#/properties/settings/properties/rust-premium-usd/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema1.properties.settings.properties["rust-premium-usd"].type,parentSchema:schema1.properties.settings.properties["rust-premium-usd"],data:data43};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data35["rust-onboarding-months"] !== undefined){let data45 = data35["rust-onboarding-months"];if(Array.isArray(data45)){if(data45.length > 2){const err58 = {instancePath:instancePath+"/settings/rust-onboarding-months",schemaPath:"#/properties/settings/properties/rust-onboarding-months/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema1.properties.settings.properties["rust-onboarding-months"],data:data45};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}if(data45.length < 2){const err59 = {instancePath:instancePath+"/settings/rust-onboarding-months",schemaPath:"#/properties/settings/properties/rust-onboarding-months/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema1.properties.settings.properties["rust-onboarding-months"],data:data45};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}const len2 = data45.length;for(let i3=0; i3<len2; i3++){let data46 = data45[i3];if((typeof data46 == "number") && (isFinite(data46))){if(data46 < 0 || isNaN(data46)){const err60 = {instancePath:instancePath+"/settings/rust-onboarding-months/" + i3,schemaPath:"#/properties/settings/properties/rust-onboarding-months/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema1.properties.settings.properties["rust-onboarding-months"].items,data:data46};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}else {const err61 = {instancePath:instancePath+"/settings/rust-onboarding-months/" + i3,schemaPath:"#/properties/settings/properties/rust-onboarding-months/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema1.properties.settings.properties["rust-onboarding-months"].items.type,parentSchema:schema1.properties.settings.properties["rust-onboarding-months"].items,data:data46};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}else {const err62 = {instancePath:instancePath+"/settings/rust-onboarding-months",schemaPath:"#/properties/settings/properties/rust-onboarding-months/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema1.properties.settings.properties["rust-onboarding-months"].type,parentSchema:schema1.properties.settings.properties["rust-onboarding-months"],data:data45};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data35["min-go-version"] !== undefined){let data47 = data35["min-go-version"];if(typeof data47 === "string"){if(!pattern3.test(data47)){const err63 = {instancePath:instancePath+"/settings/min-go-version",schemaPath:"#/properties/settings/properties/min-go-version/pattern",keyword:"pattern",params:{pattern: "^(go)?[0-9]+\\.[0-9]+(\\.[0-9]+)?$"},message:"must match pattern \""+"^(go)?[0-9]+\\.[0-9]+(\\.[0-9]+)?$"+"\"",schema:"^(go)?[0-9]+\\.[0-9]+(\\.[0-9]+)?$",parentSchema:schema1.properties.settings.properties["min-go-version"],data:data47};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}else {const err64 = {instancePath:instancePath+"/settings/min-go-version",schemaPath:"#/properties/settings/properties/min-go-version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.settings.properties["min-go-version"].type,parentSchema:schema1.properties.settings.properties["min-go-version"],data:data47};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data35["min-rust-edition"] !== undefined){let data48 = data35["min-rust-edition"];if((typeof data48 !== "string") && (!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48))))){const err65 = {instancePath:instancePath+"/settings/min-rust-edition",schemaPath:"#/properties/settings/properties/min-rust-edition/type",keyword:"type",params:{type: schema1.properties.settings.properties["min-rust-edition"].type},message:"must be string,integer",schema:schema1.properties.settings.properties["min-rust-edition"].type,parentSchema:schema1.properties.settings.properties["min-rust-edition"],data:data48};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}if((typeof data48 == "number") && (isFinite(data48))){if(data48 < 2015 || isNaN(data48)){const err66 = {instancePath:instancePath+"/settings/min-rust-edition",schemaPath:"#/properties/settings/properties/min-rust-edition/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2015},message:"must be >= 2015",schema:2015,parentSchema:schema1.properties.settings.properties["min-rust-edition"],data:data48};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(typeof data48 === "string"){if(!pattern4.test(data48)){const err67 = {instancePath:instancePath+"/settings/min-rust-edition",schemaPath:"#/properties/settings/properties/min-rust-edition/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{4}$"+"\"",schema:"^[0-9]{4}$",parentSchema:schema1.properties.settings.properties["min-rust-edition"],data:data48};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}}if(data35["min-rust-version"] !== undefined){let data49 = data35["min-rust-version"];if(typeof data49 === "string"){if(!pattern5.test(data49)){const err68 = {instancePath:instancePath+"/settings/min-rust-version",schemaPath:"#/properties/settings/properties/min-rust-version/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"+"\"",schema:"^[0-9]+\\.[0-9]+(\\.[0-9]+)?$",parentSchema:schema1.properties.settings.properties["min-rust-version"],data:data49};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}else {const err69 = {instancePath:instancePath+"/settings/min-rust-version",schemaPath:"#/properties/settings/properties/min-rust-version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.settings.properties["min-rust-version"].type,parentSchema:schema1.properties.settings.properties["min-rust-version"],data:data49};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data35["green-tea-gc-cut-percent"] !== undefined){let data50 = data35["green-tea-gc-cut-percent"];if(Array.isArray(data50)){if(data50.length > 2){const err70 = {instancePath:instancePath+"/settings/green-tea-gc-cut-percent",schemaPath:"#/properties/settings/properties/green-tea-gc-cut-percent/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema1.properties.settings.properties["green-tea-gc-cut-percent"],data:data50};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}if(data50.length < 2){const err71 = {instancePath:instancePath+"/settings/green-tea-gc-cut-percent",schemaPath:"#/properties/settings/properties/green-tea-gc-cut-percent/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema1.properties.settings.properties["green-tea-gc-cut-percent"],data:data50};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}const len3 = data50.length;for(let i4=0; i4<len3; i4++){let data51 = data50[i4];if((typeof data51 == "number") && (isFinite(data51))){if(data51 > 100 || isNaN(data51)){const err72 = {instancePath:instancePath+"/settings/green-tea-gc-cut-percent/" + i4,schemaPath:"#/properties/settings/properties/green-tea-gc-cut-percent/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema1.properties.settings.properties["green-tea-gc-cut-percent"].items,data:data51};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if(data51 < 0 || isNaN(data51)){const err73 = {instancePath:instancePath+"/settings/green-tea-gc-cut-percent/" + i4,schemaPath:"#/properties/settings/properties/green-tea-gc-cut-percent/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema1.properties.settings.properties["green-tea-gc-cut-percent"].items,data:data51};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}else {const err74 = {instancePath:instancePath+"/settings/green-tea-gc-cut-percent/" + i4,schemaPath:"#/properties/settings/properties/green-tea-gc-cut-percent/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema1.properties.settings.properties["green-tea-gc-cut-percent"].items.type,parentSchema:schema1.properties.settings.properties["green-tea-gc-cut-percent"].items,data:data51};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}else {const err75 = {instancePath:instancePath+"/settings/green-tea-gc-cut-percent",schemaPath:"#/properties/settings/properties/green-tea-gc-cut-percent/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema1.properties.settings.properties["green-tea-gc-cut-percent"].type,parentSchema:schema1.properties.settings.properties["green-tea-gc-cut-percent"],data:data50};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data35["waiver-warning-days"] !== undefined){let data52 = data35["waiver-warning-days"];if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){const err76 = {instancePath:instancePath+"/settings/waiver-warning-days",schemaPath:"#/properties/settings/properties/waiver-warning-days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema1.properties.settings.properties["waiver-warning-days"].type,parentSchema:schema1.properties.settings.properties["waiver-warning-days"],data:data52};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}if((typeof data52 == "number") && (isFinite(data52))){if(data52 > 3660 || isNaN(data52)){const err77 = {instancePath:instancePath+"/settings/waiver-warning-days",schemaPath:"#/properties/settings/properties/waiver-warning-days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3660},message:"must be <= 3660",schema:3660,parentSchema:schema1.properties.settings.properties["waiver-warning-days"],data:data52};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}if(data52 < 0 || isNaN(data52)){const err78 = {instancePath:instancePath+"/settings/waiver-warning-days",schemaPath:"#/properties/settings/properties/waiver-warning-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema1.properties.settings.properties["waiver-warning-days"],data:data52};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}}}else {const err79 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.properties.settings.type,parentSchema:schema1.properties.settings,data:data35};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data.files !== undefined){let data53 = data.files;if(Array.isArray(data53)){if(data53.length > 50){const err80 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema1.properties.files,data:data53};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(data53.length < 1){const err81 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema1.properties.files,data:data53};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}const len4 = data53.length;for(let i5=0; i5<len4; i5++){let data54 = data53[i5];if(typeof data54 === "string"){if(func0(data54) > 300){const err82 = {instancePath:instancePath+"/files/" + i5,schemaPath:"#/properties/files/items/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema1.properties.files.items,data:data54};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}if(func0(data54) < 1){const err83 = {instancePath:instancePath+"/files/" + i5,schemaPath:"#/properties/files/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema1.properties.files.items,data:data54};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}else {const err84 = {instancePath:instancePath+"/files/" + i5,schemaPath:"#/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.files.items.type,parentSchema:schema1.properties.files.items,data:data54};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema1.properties.files.type,parentSchema:schema1.properties.files,data:data53};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data["fail-on"] !== undefined){let data55 = data["fail-on"];if(!(((data55 === "error") || (data55 === "warning")) || (data55 === "never"))){const err86 = {instancePath:instancePath+"/fail-on",schemaPath:"#/properties/fail-on/enum",keyword:"enum",params:{allowedValues: schema1.properties["fail-on"].enum},message:"must be equal to one of the allowed values",schema:schema1.properties["fail-on"].enum,parentSchema:schema1.properties["fail-on"],data:data55};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data["max-bytes"] !== undefined){let data56 = data["max-bytes"];if(!(((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56))) && (isFinite(data56)))){const err87 = {instancePath:instancePath+"/max-bytes",schemaPath:"#/properties/max-bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema1.properties["max-bytes"].type,parentSchema:schema1.properties["max-bytes"],data:data56};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}if((typeof data56 == "number") && (isFinite(data56))){if(data56 > 16777216 || isNaN(data56)){const err88 = {instancePath:instancePath+"/max-bytes",schemaPath:"#/properties/max-bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16777216},message:"must be <= 16777216",schema:16777216,parentSchema:schema1.properties["max-bytes"],data:data56};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}if(data56 < 1 || isNaN(data56)){const err89 = {instancePath:instancePath+"/max-bytes",schemaPath:"#/properties/max-bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema1.properties["max-bytes"],data:data56};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}}if(data.drafts !== undefined){let data57 = data.drafts;if(!((data57 === "advisory") || (data57 === "gate"))){const err90 = {instancePath:instancePath+"/drafts",schemaPath:"#/properties/drafts/enum",keyword:"enum",params:{allowedValues: schema1.properties.drafts.enum},message:"must be equal to one of the allowed values",schema:schema1.properties.drafts.enum,parentSchema:schema1.properties.drafts,data:data57};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data.unwaivable !== undefined){let data58 = data.unwaivable;if(Array.isArray(data58)){const len5 = data58.length;for(let i6=0; i6<len5; i6++){let data59 = data58[i6];if(typeof data59 === "string"){if(func0(data59) < 1){const err91 = {instancePath:instancePath+"/unwaivable/" + i6,schemaPath:"#/properties/unwaivable/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema1.properties.unwaivable.items,data:data59};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}else {const err92 = {instancePath:instancePath+"/unwaivable/" + i6,schemaPath:"#/properties/unwaivable/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.unwaivable.items.type,parentSchema:schema1.properties.unwaivable.items,data:data59};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}let i7 = data58.length;let j1;if(i7 > 1){const indices0 = {};for(;i7--;){let item0 = data58[i7];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j1 = indices0[item0];const err93 = {instancePath:instancePath+"/unwaivable",schemaPath:"#/properties/unwaivable/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i7+" are identical)",schema:true,parentSchema:schema1.properties.unwaivable,data:data58};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;break;}indices0[item0] = i7;}}}else {const err94 = {instancePath:instancePath+"/unwaivable",schemaPath:"#/properties/unwaivable/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema1.properties.unwaivable.type,parentSchema:schema1.properties.unwaivable,data:data58};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data.approvers !== undefined){let data60 = data.approvers;if(Array.isArray(data60)){if(data60.length > 100){const err95 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema1.properties.approvers,data:data60};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}if(data60.length < 1){const err96 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema1.properties.approvers,data:data60};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}const len6 = data60.length;for(let i8=0; i8<len6; i8++){let data61 = data60[i8];if(typeof data61 === "string"){if(!pattern6.test(data61)){const err97 = {instancePath:instancePath+"/approvers/" + i8,schemaPath:"#/properties/approvers/items/pattern",keyword:"pattern",params:{pattern: "^@?[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:/[A-Za-z0-9_][A-Za-z0-9_.-]{0,99})?$"},message:"must match pattern \""+"^@?[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:/[A-Za-z0-9_][A-Za-z0-9_.-]{0,99})?$"+"\"",schema:"^@?[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:/[A-Za-z0-9_][A-Za-z0-9_.-]{0,99})?$",parentSchema:schema1.properties.approvers.items,data:data61};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}else {const err98 = {instancePath:instancePath+"/approvers/" + i8,schemaPath:"#/properties/approvers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.approvers.items.type,parentSchema:schema1.properties.approvers.items,data:data61};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}}else {const err99 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema1.properties.approvers.type,parentSchema:schema1.properties.approvers,data:data60};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data["approval-required"] !== undefined){let data62 = data["approval-required"];if(Array.isArray(data62)){const len7 = data62.length;for(let i9=0; i9<len7; i9++){let data63 = data62[i9];if(!(((data63 === "error") || (data63 === "warning")) || (data63 === "notice"))){const err100 = {instancePath:instancePath+"/approval-required/" + i9,schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values",schema:schema35.enum,parentSchema:schema35,data:data63};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}let i10 = data62.length;let j2;if(i10 > 1){outer1:for(;i10--;){for(j2 = i10; j2--;){if(func10(data62[i10], data62[j2])){const err101 = {instancePath:instancePath+"/approval-required",schemaPath:"#/properties/approval-required/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i10+" are identical)",schema:true,parentSchema:schema1.properties["approval-required"],data:data62};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;break outer1;}}}}}else {const err102 = {instancePath:instancePath+"/approval-required",schemaPath:"#/properties/approval-required/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema1.properties["approval-required"].type,parentSchema:schema1.properties["approval-required"],data:data62};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}if(data.portfolio !== undefined){let data64 = data.portfolio;if(data64 && typeof data64 == "object" && !Array.isArray(data64)){for(const key3 in data64){if(!(key3 === "title")){const err103 = {instancePath:instancePath+"/portfolio",schemaPath:"#/properties/portfolio/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema1.properties.portfolio,data:data64};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data64.title !== undefined){let data65 = data64.title;if(typeof data65 === "string"){if(func0(data65) > 120){const err104 = {instancePath:instancePath+"/portfolio/title",schemaPath:"#/properties/portfolio/properties/title/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema1.properties.portfolio.properties.title,data:data65};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}if(func0(data65) < 1){const err105 = {instancePath:instancePath+"/portfolio/title",schemaPath:"#/properties/portfolio/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema1.properties.portfolio.properties.title,data:data65};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}if(!pattern7.test(data65)){const err106 = {instancePath:instancePath+"/portfolio/title",schemaPath:"#/properties/portfolio/properties/title/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]*$",parentSchema:schema1.properties.portfolio.properties.title,data:data65};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}else {const err107 = {instancePath:instancePath+"/portfolio/title",schemaPath:"#/properties/portfolio/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.portfolio.properties.title.type,parentSchema:schema1.properties.portfolio.properties.title,data:data65};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}}else {const err108 = {instancePath:instancePath+"/portfolio",schemaPath:"#/properties/portfolio/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.properties.portfolio.type,parentSchema:schema1.properties.portfolio,data:data64};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}if(data["custom-rules"] !== undefined){let data66 = data["custom-rules"];if(Array.isArray(data66)){if(data66.length > 200){const err109 = {instancePath:instancePath+"/custom-rules",schemaPath:"#/properties/custom-rules/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items",schema:200,parentSchema:schema1.properties["custom-rules"],data:data66};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}const len8 = data66.length;for(let i11=0; i11<len8; i11++){if(!(validate2(data66[i11], {instancePath:instancePath+"/custom-rules/" + i11,parentData:data66,parentDataProperty:i11,rootData}))){vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);errors = vErrors.length;}}}else {const err110 = {instancePath:instancePath+"/custom-rules",schemaPath:"#/properties/custom-rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema1.properties["custom-rules"].type,parentSchema:schema1.properties["custom-rules"],data:data66};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}}else {const err111 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.type,parentSchema:schema1,data};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}validate1.errors = vErrors;return errors === 0;}const field0 = validate6;const schema39 = {"description":"The service's name.","type":"string","minLength":1};function validate6(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data === "string"){if(func0(data) < 1){const err0 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate6.errors = vErrors;return errors === 0;}const field1 = validate7;const schema40 = {"description":"What the service does, in a sentence.","type":"string"};function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate7.errors = vErrors;return errors === 0;}const field2 = validate8;const schema41 = {"description":"The team or person who owns the service.","type":"string"};function validate8(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate8.errors = vErrors;return errors === 0;}const field3 = validate9;const schema42 = {"description":"Where the proposal stands. Drafts are judged but never fail the check.","enum":["draft","proposed","accepted","rejected","superseded"],"default":"proposed"};function validate9(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(((((data === "draft") || (data === "proposed")) || (data === "accepted")) || (data === "rejected")) || (data === "superseded"))){const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema42.enum},message:"must be equal to one of the allowed values",schema:schema42.enum,parentSchema:schema42,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate9.errors = vErrors;return errors === 0;}const field4 = validate10;const schema43 = {"description":"The language chosen: go, rust, or any other language name in lower case.","type":"string","pattern":"^[a-z][a-z0-9+#._-]*$"};function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data === "string"){if(!pattern0.test(data)){const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9+#._-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9+#._-]*$"+"\"",schema:"^[a-z][a-z0-9+#._-]*$",parentSchema:schema43,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate10.errors = vErrors;return errors === 0;}const field5 = validate11;const schema44 = {"description":"What is being built. database, message-broker, network-proxy, runtime and compiler are systems software. Optional: absent, no trigger that reads it holds.","enum":["http-api","grpc-service","crud-service","worker","cli","data-pipeline","library","database","message-broker","network-proxy","runtime","compiler"]};function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!((((((((((((data === "http-api") || (data === "grpc-service")) || (data === "crud-service")) || (data === "worker")) || (data === "cli")) || (data === "data-pipeline")) || (data === "library")) || (data === "database")) || (data === "message-broker")) || (data === "network-proxy")) || (data === "runtime")) || (data === "compiler"))){const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema44.enum},message:"must be equal to one of the allowed values",schema:schema44.enum,parentSchema:schema44,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate11.errors = vErrors;return errors === 0;}const field6 = validate12;const schema45 = {"description":"io: waits on databases and the network; cpu: computes; mixed: both.","enum":["io","cpu","mixed"]};function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(((data === "io") || (data === "cpu")) || (data === "mixed"))){const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema45.enum},message:"must be equal to one of the allowed values",schema:schema45.enum,parentSchema:schema45,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate12.errors = vErrors;return errors === 0;}const field7 = validate13;const schema46 = {"enum":["compression","cryptography","video-encoding","ml-inference","parsing","search-indexing","data-processing","in-memory-cache","image-processing"]};function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(((((((((data === "compression") || (data === "cryptography")) || (data === "video-encoding")) || (data === "ml-inference")) || (data === "parsing")) || (data === "search-indexing")) || (data === "data-processing")) || (data === "in-memory-cache")) || (data === "image-processing"))){const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values",schema:schema46.enum,parentSchema:schema46,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate13.errors = vErrors;return errors === 0;}const field8 = validate14;const schema47 = {"description":"The protocol the service speaks.","enum":["http","grpc","custom-binary"]};function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(((data === "http") || (data === "grpc")) || (data === "custom-binary"))){const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate14.errors = vErrors;return errors === 0;}const field9 = validate15;const schema48 = {"description":"Target P99 latency in ms.","type":"number","minimum":0};function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((typeof data == "number") && (isFinite(data))){if(data < 0 || isNaN(data)){const err0 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema48.type,parentSchema:schema48,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate15.errors = vErrors;return errors === 0;}const field10 = validate16;const schema49 = {"description":"Target P99.9 latency in ms.","type":"number","minimum":0};function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((typeof data == "number") && (isFinite(data))){if(data < 0 || isNaN(data)){const err0 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema49,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema49.type,parentSchema:schema49,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate16.errors = vErrors;return errors === 0;}const field11 = validate17;const schema50 = {"description":"true: the service needs predictable P99.9 with no GC pauses.","type":"boolean"};function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "boolean"){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.type,parentSchema:schema50,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate17.errors = vErrors;return errors === 0;}const field12 = validate18;const schema51 = {"description":"The start-up time the service must meet, in ms.","type":"number","minimum":0};function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((typeof data == "number") && (isFinite(data))){if(data < 0 || isNaN(data)){const err0 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema51,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.type,parentSchema:schema51,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate18.errors = vErrors;return errors === 0;}const field13 = validate19;const schema52 = {"description":"The memory the service may use, in MB.","type":"number","minimum":0};function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((typeof data == "number") && (isFinite(data))){if(data < 0 || isNaN(data)){const err0 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema52,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema52.type,parentSchema:schema52,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate19.errors = vErrors;return errors === 0;}const field14 = validate20;const schema53 = {"description":"c or cpp: the code must embed into a C/C++ codebase.","enum":["none","c","cpp"]};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(((data === "none") || (data === "c")) || (data === "cpp"))){const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema53.enum},message:"must be equal to one of the allowed values",schema:schema53.enum,parentSchema:schema53,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate20.errors = vErrors;return errors === 0;}const field15 = validate21;const schema54 = {"description":"What is constrained.","enum":["memory","cpu","gc-pauses","tail-latency","throughput","cold-start","build-time"]};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(((((((data === "memory") || (data === "cpu")) || (data === "gc-pauses")) || (data === "tail-latency")) || (data === "throughput")) || (data === "cold-start")) || (data === "build-time"))){const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema54.enum},message:"must be equal to one of the allowed values",schema:schema54.enum,parentSchema:schema54,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate21.errors = vErrors;return errors === 0;}const field16 = validate22;const schema55 = {"description":"production and load-test are measured; benchmark is measured but not in production; estimate is not measured.","enum":["production","load-test","benchmark","estimate"]};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!((((data === "production") || (data === "load-test")) || (data === "benchmark")) || (data === "estimate"))){const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate22.errors = vErrors;return errors === 0;}const field17 = validate23;const schema56 = {"description":"A link to the measurement.","type":"string","minLength":1};function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data === "string"){if(func0(data) < 1){const err0 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate23.errors = vErrors;return errors === 0;}const field18 = validate24;const schema57 = {"description":"What was seen.","type":"string"};function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.type,parentSchema:schema57,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate24.errors = vErrors;return errors === 0;}const field19 = validate25;const schema58 = {"description":"The runtime it was measured on, e.g. go1.24 or rustc 1.85.","type":"string"};function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate25.errors = vErrors;return errors === 0;}const field20 = validate26;const schema59 = {"description":"How it changes over time.","enum":["steady","growing","spiky"]};function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(((data === "steady") || (data === "growing")) || (data === "spiky"))){const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema59.enum},message:"must be equal to one of the allowed values",schema:schema59.enum,parentSchema:schema59,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate26.errors = vErrors;return errors === 0;}const field21 = validate27;const schema60 = {"description":"The target the service must meet, free text, e.g. \"P99.9 <= 80 ms\".","type":"string"};function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.type,parentSchema:schema60,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate27.errors = vErrors;return errors === 0;}const field22 = validate28;const schema61 = {"description":"true: the measured system met the limit, so the constraint is not a hard constraint and counts for no trigger. Absent means not met.","type":"boolean"};function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "boolean"){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema61.type,parentSchema:schema61,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate28.errors = vErrors;return errors === 0;}const field23 = validate29;const schema62 = {"description":"true: Go 1.26's goroutineleak profile ran and found no leak, so a growing memory constraint counts as measured.","type":"boolean"};function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "boolean"){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema62.type,parentSchema:schema62,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate29.errors = vErrors;return errors === 0;}const field24 = validate30;const schema63 = {"description":"Engineers on the service.","type":"integer","minimum":1};function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema63.type,parentSchema:schema63,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if((typeof data == "number") && (isFinite(data))){if(data < 1 || isNaN(data)){const err1 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema63,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}validate30.errors = vErrors;return errors === 0;}const field25 = validate31;const schema64 = {"description":"Engineers who have shipped Rust in production.","type":"integer","minimum":0};function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema64.type,parentSchema:schema64,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if((typeof data == "number") && (isFinite(data))){if(data < 0 || isNaN(data)){const err1 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema64,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}validate31.errors = vErrors;return errors === 0;}const field26 = validate32;const schema65 = {"description":"Engineers who have shipped Go in production.","type":"integer","minimum":0};function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema65.type,parentSchema:schema65,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if((typeof data == "number") && (isFinite(data))){if(data < 0 || isNaN(data)){const err1 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema65,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}validate32.errors = vErrors;return errors === 0;}const field27 = validate33;const schema66 = {"type":"string"};function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate33.errors = vErrors;return errors === 0;}const field28 = validate34;const schema67 = {"description":"Share of the team that leaves in a year, 0 to 1.","type":"number","minimum":0,"maximum":1};function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((typeof data == "number") && (isFinite(data))){if(data > 1 || isNaN(data)){const err0 = {instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema67,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data < 0 || isNaN(data)){const err1 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema67,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema67.type,parentSchema:schema67,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate34.errors = vErrors;return errors === 0;}const field29 = validate35;const schema68 = {"description":"Engineers to hire for the service.","type":"integer","minimum":0};function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.type,parentSchema:schema68,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if((typeof data == "number") && (isFinite(data))){if(data < 0 || isNaN(data)){const err1 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema68,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}validate35.errors = vErrors;return errors === 0;}const field30 = validate36;const schema69 = {"description":"Builds CI runs a day for this service.","type":"number","minimum":0};function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if((typeof data == "number") && (isFinite(data))){if(data < 0 || isNaN(data)){const err0 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema69,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema69.type,parentSchema:schema69,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate36.errors = vErrors;return errors === 0;}const field31 = validate37;const schema70 = {"description":"cold: shared runners start with empty caches.","enum":["cold","warm"]};function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!((data === "cold") || (data === "warm"))){const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema70.enum},message:"must be equal to one of the allowed values",schema:schema70.enum,parentSchema:schema70,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate37.errors = vErrors;return errors === 0;}const field32 = validate38;const schema71 = {"description":"Go release, e.g. \"1.26\".","type":"string"};function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate38.errors = vErrors;return errors === 0;}const field33 = validate39;const schema72 = {"description":"Rust edition, e.g. \"2024\".","type":"string"};function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.type,parentSchema:schema72,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate39.errors = vErrors;return errors === 0;}const field34 = validate40;const schema73 = {"description":"rustc version, e.g. \"1.85\". Quote it: YAML reads 1.90 as the number 1.9.","type":"string"};function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.type,parentSchema:schema73,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate40.errors = vErrors;return errors === 0;}const field35 = validate41;const schema74 = {"type":"string"};function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.type,parentSchema:schema74,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate41.errors = vErrors;return errors === 0;}const field36 = validate42;const schema75 = {"description":"Why this language, in the team's words.","type":"string"};function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.type,parentSchema:schema75,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate42.errors = vErrors;return errors === 0;}const field37 = validate43;const schema76 = {"description":"The id of the rule to waive.","type":"string"};function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate43.errors = vErrors;return errors === 0;}const field38 = validate44;const schema77 = {"description":"Why the finding is accepted.","type":"string","minLength":1,"pattern":"^$|\\S"};function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data === "string"){if(func0(data) < 1){const err0 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema77,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!pattern1.test(data)){const err1 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^$|\\S"},message:"must match pattern \""+"^$|\\S"+"\"",schema:"^$|\\S",parentSchema:schema77,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.type,parentSchema:schema77,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate44.errors = vErrors;return errors === 0;}const field39 = validate45;const schema78 = {"description":"The last day the waiver is in force, as YYYY-MM-DD (quote it or not). After it the findings count again and `waiver-expired` reports the waiver.","type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"};function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data === "string"){if(!pattern2.test(data)){const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema78,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema78.type,parentSchema:schema78,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate45.errors = vErrors;return errors === 0;}const field40 = validate46;const schema79 = {"description":"Who accepted the finding, e.g. @acme/architecture.","type":"string","minLength":1};function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data === "string"){if(func0(data) < 1){const err0 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema79,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.type,parentSchema:schema79,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate46.errors = vErrors;return errors === 0;}
const fields = {
  "service": field0,
  "summary": field1,
  "owner": field2,
  "status": field3,
  "language": field4,
  "kind": field5,
  "workload.bound": field6,
  "workload.hot-path.*": field7,
  "workload.protocol": field8,
  "workload.latency.p99-ms": field9,
  "workload.latency.p999-ms": field10,
  "workload.latency.deterministic-tail": field11,
  "workload.cold-start-ms": field12,
  "workload.memory-budget-mb": field13,
  "workload.ffi": field14,
  "constraints.*.type": field15,
  "constraints.*.source": field16,
  "constraints.*.evidence": field17,
  "constraints.*.observed": field18,
  "constraints.*.runtime": field19,
  "constraints.*.trend": field20,
  "constraints.*.limit": field21,
  "constraints.*.met": field22,
  "constraints.*.leak-checked": field23,
  "team.size": field24,
  "team.rust-experience": field25,
  "team.go-experience": field26,
  "team.background.*": field27,
  "team.annual-attrition": field28,
  "team.planned-hires": field29,
  "delivery.merges-per-day": field30,
  "delivery.ci-cache": field31,
  "toolchain.go": field32,
  "toolchain.rust-edition": field33,
  "toolchain.rust": field34,
  "compliance.*": field35,
  "rationale": field36,
  "waivers.*.rule": field37,
  "waivers.*.reason": field38,
  "waivers.*.expires": field39,
  "waivers.*.approved-by": field40,
};


/***/ }),

/***/ 2313:
/***/ (function (module) {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/stack-verdict/stack-verdict/v1/schema/proposal.schema.json","title":"Stack Verdict service proposal, version 1 (policy 1.1)","description":"A new service\'s language choice, workload, measured constraints and team. Top-level keys that are not fields: x-* and decision-record keys (title, date, deciders, \u2026) are ignored; a near miss of a field is an error; any other unknown key is a notice (proposal-unknown-field). See docs/proposal-format.md.","type":"object","additionalProperties":true,"required":["service","language"],"properties":{"service":{"description":"The service\'s name.","type":"string","minLength":1},"summary":{"description":"What the service does, in a sentence.","type":"string"},"owner":{"description":"The team or person who owns the service.","type":"string"},"status":{"description":"Where the proposal stands. Drafts are judged but never fail the check.","enum":["draft","proposed","accepted","rejected","superseded"],"default":"proposed"},"language":{"description":"The language chosen: go, rust, or any other language name in lower case.","type":"string","pattern":"^[a-z][a-z0-9+#._-]*$"},"kind":{"description":"What is being built. database, message-broker, network-proxy, runtime and compiler are systems software. Optional: absent, no trigger that reads it holds.","enum":["http-api","grpc-service","crud-service","worker","cli","data-pipeline","library","database","message-broker","network-proxy","runtime","compiler"]},"workload":{"description":"What the service spends its time on. Optional; when given, bound is required.","type":"object","additionalProperties":false,"required":["bound"],"properties":{"bound":{"description":"io: waits on databases and the network; cpu: computes; mixed: both.","enum":["io","cpu","mixed"]},"hot-path":{"description":"The operations on the hot path.","type":"array","items":{"enum":["compression","cryptography","video-encoding","ml-inference","parsing","search-indexing","data-processing","in-memory-cache","image-processing"]}},"protocol":{"description":"The protocol the service speaks.","enum":["http","grpc","custom-binary"]},"latency":{"description":"Latency targets.","type":"object","additionalProperties":false,"properties":{"p99-ms":{"description":"Target P99 latency in ms.","type":"number","minimum":0},"p999-ms":{"description":"Target P99.9 latency in ms.","type":"number","minimum":0},"deterministic-tail":{"description":"true: the service needs predictable P99.9 with no GC pauses.","type":"boolean"}}},"cold-start-ms":{"description":"The start-up time the service must meet, in ms.","type":"number","minimum":0},"memory-budget-mb":{"description":"The memory the service may use, in MB.","type":"number","minimum":0},"ffi":{"description":"c or cpp: the code must embed into a C/C++ codebase.","enum":["none","c","cpp"]}}},"constraints":{"description":"The constraints that drove the choice, each with how it was measured.","type":"array","items":{"type":"object","additionalProperties":false,"required":["type","source"],"properties":{"type":{"description":"What is constrained.","enum":["memory","cpu","gc-pauses","tail-latency","throughput","cold-start","build-time"]},"source":{"description":"production and load-test are measured; benchmark is measured but not in production; estimate is not measured.","enum":["production","load-test","benchmark","estimate"]},"evidence":{"description":"A link to the measurement.","type":"string","minLength":1},"observed":{"description":"What was seen.","type":"string"},"runtime":{"description":"The runtime it was measured on, e.g. go1.24 or rustc 1.85.","type":"string"},"trend":{"description":"How it changes over time.","enum":["steady","growing","spiky"]},"limit":{"description":"The target the service must meet, free text, e.g. \\"P99.9 <= 80 ms\\".","type":"string"},"met":{"description":"true: the measured system met the limit, so the constraint is not a hard constraint and counts for no trigger. Absent means not met.","type":"boolean"},"leak-checked":{"description":"true: Go 1.26\'s goroutineleak profile ran and found no leak, so a growing memory constraint counts as measured.","type":"boolean"}}}},"team":{"description":"The engineers who will build and run the service.","type":"object","additionalProperties":false,"properties":{"size":{"description":"Engineers on the service.","type":"integer","minimum":1},"rust-experience":{"description":"Engineers who have shipped Rust in production.","type":"integer","minimum":0},"go-experience":{"description":"Engineers who have shipped Go in production.","type":"integer","minimum":0},"background":{"description":"Languages the team comes from.","type":"array","items":{"type":"string"}},"annual-attrition":{"description":"Share of the team that leaves in a year, 0 to 1.","type":"number","minimum":0,"maximum":1},"planned-hires":{"description":"Engineers to hire for the service.","type":"integer","minimum":0}}},"delivery":{"description":"How often the service is built.","type":"object","additionalProperties":false,"properties":{"merges-per-day":{"description":"Builds CI runs a day for this service.","type":"number","minimum":0},"ci-cache":{"description":"cold: shared runners start with empty caches.","enum":["cold","warm"]}}},"toolchain":{"description":"Toolchain versions. Quote them: YAML reads 1.20 as the number 1.2.","type":"object","additionalProperties":false,"properties":{"go":{"description":"Go release, e.g. \\"1.26\\".","type":"string"},"rust-edition":{"description":"Rust edition, e.g. \\"2024\\".","type":"string"},"rust":{"description":"rustc version, e.g. \\"1.85\\". Quote it: YAML reads 1.90 as the number 1.9.","type":"string"}}},"compliance":{"description":"Compliance tags, e.g. nist-post-quantum.","type":"array","items":{"type":"string"}},"rationale":{"description":"Why this language, in the team\'s words.","type":"string"},"waivers":{"description":"Findings the reviewers accepted, each with a reason.","type":"array","items":{"type":"object","additionalProperties":false,"required":["rule","reason"],"properties":{"rule":{"description":"The id of the rule to waive.","type":"string"},"reason":{"description":"Why the finding is accepted.","type":"string","minLength":1,"pattern":"^$|\\\\S"},"expires":{"description":"The last day the waiver is in force, as YYYY-MM-DD (quote it or not). After it the findings count again and `waiver-expired` reports the waiver.","type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}$"},"approved-by":{"description":"Who accepted the finding, e.g. @acme/architecture.","type":"string","minLength":1}}}}}}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", import.meta.url);
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	// no install chunk
/******/ 	
/******/ 	// no chunk on demand loading
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
