// The bundles written in ASCII only: every other character (a dash, an arrow, × in a message)
// as a \u escape. A source that is all ASCII is decoded and scanned as one-byte text; a single
// "—" makes V8 and Node handle the whole megabyte as two-byte text, ~2 ms of the CLI's start
// on Node 20 (docs/benchmarks.md, start-up). The strings the code builds are the same.
//
// Escapes mean the same thing only in string literals, untagged template literals, regular
// expressions and comments: the bundle is parsed with acorn, and the build stops if another
// character is found anywhere else (an identifier, a tagged template's raw text).
import * as acorn from 'acorn';
import { pushChildren } from './ast.mjs';

/** `\uXXXX` for each UTF-16 unit of `ch` (two for a character beyond the BMP). */
function escape(ch) {
  let out = '';
  for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/** [start, end) ranges where an escape reads as the character it replaces. */
function escapableRanges(code, sourceType) {
  const ranges = [];
  const ast = acorn.parse(code, {
    ecmaVersion: 'latest',
    sourceType,
    onComment: (_block, _text, start, end) => ranges.push([start, end]),
  });
  const tagged = new Set();
  const stack = [ast];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n.type === 'TaggedTemplateExpression') tagged.add(n.quasi);
    if (n.type === 'Literal' && (typeof n.value === 'string' || n.regex)) {
      ranges.push([n.start, n.end]);
    } else if (n.type === 'TemplateLiteral' && !tagged.has(n)) {
      for (const q of n.quasis) ranges.push([q.start, q.end]);
    }
    pushChildren(n, stack);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** The code with every character outside ASCII escaped; throws where that would change it. */
export function asciiOnly(code, { name = 'bundle', sourceType = 'module' } = {}) {
  if (!/[\u0080-\uffff]/.test(code)) return code;
  const ranges = escapableRanges(code, sourceType);
  let r = 0;
  // With the backslashes before it: `\—` (an escaped dash) must become `\u2014`, not `\\u2014`.
  const out = code.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes, ch, at) => {
    const offset = at + slashes.length;
    while (r < ranges.length && ranges[r][1] <= offset) r++;
    if (r >= ranges.length || ranges[r][0] > offset) {
      const line = code.slice(0, offset).split('\n').length;
      throw new Error(`${name}:${line}: ${escape(ch)} outside a string, regex or comment`);
    }
    return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + escape(ch);
  });
  acorn.parse(out, { ecmaVersion: 'latest', sourceType });
  return out;
}
