// Build-time transform of yaml's Lexer and Parser: the same code without generator functions.
//
// Both classes produce their lexemes and tokens through nested generators (`yield*` several
// levels deep, once per lexeme), and resuming a generator costs more than the work it does:
// the same lexer written with plain calls ran about 3× faster. The transform keeps yaml's code
// and turns each generator method `*m()` into a plain `m$()` that pushes what it yielded onto
// `this.$out` and returns what it returned; `yield* this.m(…)` becomes `this.m$(…)`. The public
// methods (Lexer.lex, Parser.parse/next/end) return an array of everything the generator would
// have yielded, so every caller's `for…of` reads the same values in the same order; only
// eagerly. A generator method called without `yield*` never ran, so such a call is dropped.
//
// It applies to these exact classes: their text is pinned by hash, and any yaml release that
// changes them stops the build (re-check the transform, run test/build/yaml-nogen.test.ts,
// which compares tokens and CST on the benchmark proposals and hostile text, then re-pin).
import { createHash } from 'node:crypto';

export const CLASSES = {
  Lexer: {
    sha256: '979e0ab77f3350d77a2e34d3a5499c402212797346e61d6f3a3bdf6c673d48b2',
    publicMethods: ['lex'],
    droppedCalls: 1, // `this.pushNewline();` after a `---` line with a directive: a no-op
  },
  Parser: {
    sha256: '1c4951884186a2469262b5b602481e8a8d743c5aa28fa0bbd7cdddafb831c0db',
    publicMethods: ['parse', 'next', 'end'],
    droppedCalls: 0,
  },
};

/** Where each class is in `code`: its `exports.X = X;` (once), back to the `class X {` before it. */
function region(code, name) {
  const open = `class ${name} {`;
  const close = `exports.${name} = ${name};`;
  const count = code.split(close).length - 1;
  if (count !== 1) throw new Error(`yaml-nogen: expected \`${close}\` once, found ${count}`);
  const end = code.indexOf(close);
  const start = code.lastIndexOf(open, end);
  if (start < 0) throw new Error(`yaml-nogen: no \`${open}\` before \`${close}\``);
  return { start, end };
}

export function classHash(code, name) {
  const { start, end } = region(code, name);
  return createHash('sha256').update(code.slice(start, end)).digest('hex');
}

/**
 * `code` (yaml's lexer.js or parser.js, or a bundle holding both) with the named classes
 * rewritten; `check: false` skips the hash pin (the test uses it to show what a change does).
 */
export function removeGenerators(code, names = Object.keys(CLASSES), { check = true } = {}) {
  let out = code;
  for (const name of names) {
    const spec = CLASSES[name];
    const { start, end } = region(out, name);
    const text = out.slice(start, end);
    const hash = createHash('sha256').update(text).digest('hex');
    if (check && hash !== spec.sha256) {
      throw new Error(
        `yaml-nogen: yaml's ${name} class changed (sha256 ${hash}, transform written for ${spec.sha256}). ` +
          'Re-check scripts/yaml-nogen.mjs against the new code, run test/build/yaml-nogen.test.ts, then update the pin.',
      );
    }
    out = out.slice(0, start) + transformClass(text, name, spec) + out.slice(end);
  }
  return out;
}

function transformClass(text, name, spec) {
  const generators = new Set([...text.matchAll(/^ {4}\*(\w+)\(/gm)].map((m) => m[1]));
  if (generators.size === 0) throw new Error(`yaml-nogen: ${name} has no generator methods`);
  for (const m of spec.publicMethods) {
    if (!generators.has(m)) throw new Error(`yaml-nogen: ${name}.${m} is not a generator`);
  }
  // Method definitions: `    *m(` → `    m$(`.
  let t = text.replace(/^( {4})\*(\w+)\(/gm, (_, indent, m) => `${indent}${m}$(`);
  // Delegation: `yield* this.m(` → `this.m$(`.
  t = t.replace(/yield\* this\.(\w+)\(/g, (_, m) => {
    if (!generators.has(m)) throw new Error(`yaml-nogen: yield* of ${name}.${m}, not a generator`);
    return `this.${m}$(`;
  });
  // A generator method called as a statement, without yield*: it never ran.
  let dropped = 0;
  t = t.replace(/^(\s*)this\.(\w+)\(\);$/gm, (line, indent, m) => {
    if (!generators.has(m)) return line;
    dropped++;
    return `${indent}/* a generator never iterated: this.${m}() */`;
  });
  if (dropped !== spec.droppedCalls) {
    throw new Error(
      `yaml-nogen: ${name}: ${dropped} bare generator calls, expected ${spec.droppedCalls}`,
    );
  }
  // `yield EXPR;` → `this.$out.push(EXPR);`
  let result = '';
  let at = 0;
  const yieldRe = /\byield\b(?!\*)\s+/g;
  for (let m = yieldRe.exec(t); m; m = yieldRe.exec(t)) {
    const exprStart = m.index + m[0].length;
    const exprEnd = statementEnd(t, exprStart);
    result += `${t.slice(at, m.index)}this.$out.push(${t.slice(exprStart, exprEnd)})`;
    at = exprEnd;
    yieldRe.lastIndex = exprEnd;
  }
  t = result + t.slice(at);
  if (/\byield\b/.test(t.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''))) {
    throw new Error(`yaml-nogen: ${name} still holds a yield after the transform`);
  }
  // The public methods: the generator's values, as an array.
  const close = t.lastIndexOf('}');
  const wrappers = spec.publicMethods
    .map(
      (m) =>
        `    ${m}(...args) {\n        const out = [], prev = this.$out;\n        this.$out = out;\n` +
        `        try {\n            this.${m}$(...args);\n        }\n        finally {\n            this.$out = prev;\n        }\n        return out;\n    }\n`,
    )
    .join('');
  return `${t.slice(0, close)}${wrappers}${t.slice(close)}`;
}

/** The index of the `;` ending the expression that starts at `i` (outside brackets and strings). */
function statementEnd(t, i) {
  let depth = 0;
  for (; i < t.length; i++) {
    const c = t[i];
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < t.length && t[i] !== c; i++) if (t[i] === '\\') i++;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ';' && depth === 0) return i;
    if (depth < 0) break;
  }
  throw new Error('yaml-nogen: a yield with no `;` after it');
}
