// ncc (webpack) wraps each bundled module in an arrow function: `123: ((module) => { … })`.
// Node 20's V8 does not compile a parenthesised arrow eagerly as it does `(function () {})`:
// it pre-parses every module's body with the bundle, then parses it again in full when the
// module is first required, ~15 ms of the CLI's start on Node 20 (docs/benchmarks.md,
// start-up). Written as `function (module) { … }` the wrappers are compiled once. Node 24
// compiles both forms alike.
//
// A wrapper is rewritten only when its body never uses the arrow's lexical `this`,
// `arguments` or `new.target` (a function would see its own); the bundle is parsed with acorn
// to know, and the build stops when no wrapper of the expected shape is found (ncc changed).
import * as acorn from 'acorn';
import { pushChildren } from './ast.mjs';

/** Nodes below which `this`, `arguments` and `new.target` are not the wrapper's own. */
const OWN_SCOPE = new Set(['FunctionExpression', 'FunctionDeclaration']);

/** True when `node` (a wrapper's body) uses the enclosing `this`, `arguments` or `new.target`. */
function usesLexicalScope(node) {
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n.type === 'ThisExpression') return true;
    // `new.target` is the function's own; `import.meta` is the module's, in either form.
    if (n.type === 'MetaProperty' && n.meta.name === 'new') return true;
    if (n.type === 'Identifier' && n.name === 'arguments') return true;
    if (OWN_SCOPE.has(n.type)) continue;
    // A class's methods, field initialisers and static blocks have their own `this`; its
    // `extends` expression and computed keys do not, and are still searched.
    if (n.type === 'MethodDefinition' || n.type === 'PropertyDefinition') {
      if (n.computed) stack.push(n.key);
      continue;
    }
    if (n.type === 'StaticBlock') continue;
    pushChildren(n, stack);
  }
  return false;
}

/** The module wrappers of a bundle: numbered properties whose value is `((…) => { … })`. */
function wrappers(ast, code) {
  const found = [];
  const stack = [ast];
  while (stack.length > 0) {
    const n = stack.pop();
    if (
      n.type === 'Property' &&
      n.key.type === 'Literal' &&
      typeof n.key.value === 'number' &&
      n.value.type === 'ArrowFunctionExpression' &&
      !n.value.async &&
      n.value.body.type === 'BlockStatement' &&
      code[n.value.start - 1] === '('
    ) {
      found.push(n.value);
    }
    pushChildren(n, stack);
  }
  return found;
}

/**
 * The bundle with its module wrappers written as functions. Returns the new code and how many
 * wrappers were rewritten and kept (those that use the arrow's `this` or `arguments`).
 */
export function eagerModules(code, { name = 'bundle' } = {}) {
  const ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const all = wrappers(ast, code);
  if (all.length === 0) {
    throw new Error(`${name}: no module wrapper \`((…) => {\` found: has ncc changed its output?`);
  }
  const rewritten = all
    .filter((fn) => !usesLexicalScope(fn.body))
    .sort((a, b) => b.start - a.start);
  let out = code;
  for (const fn of rewritten) {
    const params = fn.params.length
      ? code.slice(fn.params[0].start, fn.params[fn.params.length - 1].end)
      : '';
    out = `${out.slice(0, fn.start)}function (${params}) ${out.slice(fn.body.start)}`;
  }
  // The result must still be one valid module.
  acorn.parse(out, { ecmaVersion: 'latest', sourceType: 'module' });
  return { code: out, rewritten: rewritten.length, kept: all.length - rewritten.length };
}
