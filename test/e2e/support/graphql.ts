// The fake's GraphQL: a strict reader of the few query shapes the Action sends (`viewer { login }`
// and the file batches of src/action/api/get-file-batch.ts), checked against the part of
// GitHub's schema they use (names, arguments, types of variables, fragments on the right
// types, leaf and object fields), then answered. Anything else is a violation: the REST
// requests are held to GitHub's OpenAPI description, and these to its GraphQL schema.

type Value = { kind: 'var'; name: string } | { kind: 'string' | 'int'; value: string };

export type Selection =
  | {
      kind: 'field';
      alias: string | undefined;
      name: string;
      args: Record<string, Value>;
      selections: Selection[] | undefined;
    }
  | { kind: 'fragment'; on: string; selections: Selection[] };

export interface Operation {
  variables: { name: string; type: string }[];
  selections: Selection[];
}

interface FieldDef {
  type: string;
  args?: Record<string, string>;
}

/** GitHub's schema, the fields the Action may ask for (docs.github.com/graphql/reference). */
const SCHEMA: Record<string, Record<string, FieldDef>> = {
  Query: {
    viewer: { type: 'User!' },
    repository: {
      type: 'Repository',
      args: { owner: 'String!', name: 'String!', followRenames: 'Boolean' },
    },
  },
  User: { login: { type: 'String!' } },
  Repository: {
    object: { type: 'GitObject', args: { expression: 'String', oid: 'GitObjectID' } },
  },
  Blob: {
    oid: { type: 'GitObjectID!' },
    byteSize: { type: 'Int!' },
    isBinary: { type: 'Boolean' },
    isTruncated: { type: 'Boolean!' },
    text: { type: 'String' },
  },
  Tree: { oid: { type: 'GitObjectID!' }, entries: { type: '[TreeEntry!]' } },
  TreeEntry: {
    name: { type: 'String!' },
    mode: { type: 'Int!' },
    type: { type: 'String!' },
    path: { type: 'String' },
    oid: { type: 'GitObjectID!' },
  },
  Commit: { oid: { type: 'GitObjectID!' } },
  Tag: { oid: { type: 'GitObjectID!' } },
};
const INTERFACES: Record<string, { fields: Record<string, FieldDef>; types: string[] }> = {
  GitObject: {
    fields: { oid: { type: 'GitObjectID!' } },
    types: ['Blob', 'Tree', 'Commit', 'Tag'],
  },
};
const SCALARS = new Set(['String', 'Int', 'Boolean', 'GitObjectID', 'ID']);

const named = (type: string) => type.replace(/[[\]!]/g, '');

function fieldsOf(type: string): Record<string, FieldDef> | undefined {
  return SCHEMA[type] ?? INTERFACES[type]?.fields;
}

class GraphqlSyntaxError extends Error {}

/** Reads one query operation; throws (with what is wrong) on anything else. */
export function parseOperation(source: string): Operation {
  const tokens: string[] = [];
  const re =
    /\s+|,|#[^\n]*|(\.\.\.|[{}():!$[\]=@])|([_A-Za-z][_0-9A-Za-z]*)|(-?\d+)|("(?:[^"\\\n]|\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4}))*")|(.)/gy;
  for (let m = re.exec(source); m && m.index < source.length; m = re.exec(source)) {
    if (m[5] !== undefined) throw new GraphqlSyntaxError(`unexpected character ${m[5]}`);
    const t = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (t !== undefined) tokens.push(t);
  }
  let i = 0;
  const peek = () => tokens[i];
  const take = (want?: string): string => {
    const t = tokens[i++];
    if (t === undefined) throw new GraphqlSyntaxError('unexpected end of the query');
    if (want !== undefined && t !== want) {
      throw new GraphqlSyntaxError(`expected ${want}, got ${t}`);
    }
    return t;
  };
  const name = (): string => {
    const t = take();
    if (!/^[_A-Za-z]/.test(t)) throw new GraphqlSyntaxError(`expected a name, got ${t}`);
    return t;
  };
  const type = (): string => {
    let t: string;
    if (peek() === '[') {
      take('[');
      t = `[${type()}]`;
      take(']');
    } else t = name();
    if (peek() === '!') {
      take('!');
      t += '!';
    }
    return t;
  };
  const value = (): Value => {
    const t = take();
    if (t === '$') return { kind: 'var', name: name() };
    if (t.startsWith('"')) return { kind: 'string', value: JSON.parse(t) as string };
    if (/^-?\d+$/.test(t)) return { kind: 'int', value: t };
    throw new GraphqlSyntaxError(`unsupported value ${t}`);
  };
  const selectionSet = (): Selection[] => {
    take('{');
    const out: Selection[] = [];
    while (peek() !== '}') {
      if (peek() === '...') {
        take('...');
        take('on');
        const on = name();
        out.push({ kind: 'fragment', on, selections: selectionSet() });
        continue;
      }
      let alias: string | undefined;
      let field = name();
      if (peek() === ':') {
        take(':');
        alias = field;
        field = name();
      }
      const args: Record<string, Value> = {};
      if (peek() === '(') {
        take('(');
        while (peek() !== ')') {
          const arg = name();
          if (arg in args) throw new GraphqlSyntaxError(`argument ${arg} given twice`);
          take(':');
          args[arg] = value();
        }
        take(')');
      }
      if (peek() === '@') throw new GraphqlSyntaxError('directives are not expected');
      const selections = peek() === '{' ? selectionSet() : undefined;
      out.push({ kind: 'field', alias, name: field, args, selections });
    }
    take('}');
    return out;
  };

  const variables: Operation['variables'] = [];
  if (peek() !== '{') {
    take('query');
    if (peek() !== '(' && peek() !== '{') name();
    if (peek() === '(') {
      take('(');
      while (peek() !== ')') {
        take('$');
        const v = name();
        take(':');
        const t = type();
        if (peek() === '=') throw new GraphqlSyntaxError('default values are not expected');
        if (variables.some((x) => x.name === v)) {
          throw new GraphqlSyntaxError(`variable $${v} declared twice`);
        }
        variables.push({ name: v, type: t });
      }
      take(')');
    }
  }
  const selections = selectionSet();
  if (i !== tokens.length) throw new GraphqlSyntaxError('more than one operation');
  return { variables, selections };
}

/**
 * What is wrong with `op` and `variables` against the schema: unknown fields or arguments, a
 * missing required argument, a variable of the wrong type or unused, undeclared or missing,
 * a fragment on a type the field cannot be, a leaf with a selection or an object without.
 */
export function validate(op: Operation, variables: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const declared = new Map(op.variables.map((v) => [v.name, v.type]));
  const used = new Set<string>();
  const walk = (selections: Selection[], type: string, where: string) => {
    const fields = fieldsOf(type);
    const names = new Set<string>();
    for (const s of selections) {
      if (s.kind === 'fragment') {
        const possible = INTERFACES[type]?.types ?? [type];
        if (!possible.includes(s.on)) problems.push(`${where}: a fragment on ${s.on} in ${type}`);
        else walk(s.selections, s.on, `${where}(on ${s.on})`);
        continue;
      }
      const key = s.alias ?? s.name;
      if (names.has(key)) problems.push(`${where}: ${key} asked twice`);
      names.add(key);
      if (s.name === '__typename') {
        if (s.selections) problems.push(`${where}.__typename has a selection`);
        continue;
      }
      const def = fields?.[s.name];
      if (!def) {
        problems.push(`${where}: ${type} has no field ${s.name}`);
        continue;
      }
      for (const [arg, v] of Object.entries(s.args)) {
        const want = def.args?.[arg];
        if (!want) {
          problems.push(`${where}.${s.name}: no argument ${arg}`);
          continue;
        }
        if (v.kind === 'var') {
          used.add(v.name);
          const got = declared.get(v.name);
          if (!got) problems.push(`${where}.${s.name}: $${v.name} is not declared`);
          else if (named(got) !== named(want) || (want.endsWith('!') && !got.endsWith('!'))) {
            problems.push(`${where}.${s.name}(${arg}): $${v.name} is ${got}, not ${want}`);
          }
        } else if (v.kind !== (named(want) === 'Int' ? 'int' : 'string')) {
          problems.push(`${where}.${s.name}(${arg}): a literal of the wrong type`);
        }
      }
      for (const [arg, want] of Object.entries(def.args ?? {})) {
        if (want.endsWith('!') && !(arg in s.args)) {
          problems.push(`${where}.${s.name}: argument ${arg} is required`);
        }
      }
      const target = named(def.type);
      if (SCALARS.has(target)) {
        if (s.selections) problems.push(`${where}.${s.name} is a ${target}: no selection`);
      } else if (!s.selections) {
        problems.push(`${where}.${s.name} is a ${target}: it needs a selection`);
      } else walk(s.selections, target, `${where}.${key}`);
    }
  };
  walk(op.selections, 'Query', 'query');
  for (const [v, type] of declared) {
    if (!used.has(v)) problems.push(`$${v} is declared but not used`);
    const given = variables[v];
    if (given === undefined || given === null) {
      if (type.endsWith('!')) problems.push(`$${v} (${type}) has no value`);
    } else if (named(type) === 'String' && typeof given !== 'string') {
      problems.push(`$${v} is not a string`);
    }
  }
  for (const v of Object.keys(variables)) {
    if (!declared.has(v)) problems.push(`the variable ${v} is given but not declared`);
  }
  return problems;
}

type Resolved = unknown;

/**
 * Answers a validated operation: fields of `root` are values or functions of the field's
 * arguments (variables substituted); objects carry `__typename`, which fragments match.
 */
export function execute(
  op: Operation,
  variables: Record<string, unknown>,
  root: Record<string, unknown>,
): Record<string, Resolved> {
  const argValues = (args: Record<string, Value>) =>
    Object.fromEntries(
      Object.entries(args).map(([k, v]) => [
        k,
        v.kind === 'var' ? variables[v.name] : v.kind === 'int' ? Number(v.value) : v.value,
      ]),
    );
  const run = (
    selections: Selection[],
    value: Record<string, unknown>,
  ): Record<string, Resolved> => {
    const out: Record<string, Resolved> = {};
    for (const s of selections) {
      if (s.kind === 'fragment') {
        if (value.__typename === s.on) Object.assign(out, run(s.selections, value));
        continue;
      }
      let v = value[s.name];
      if (typeof v === 'function')
        v = (v as (a: Record<string, unknown>) => unknown)(argValues(s.args));
      const resolve = (x: unknown): Resolved =>
        x === null || x === undefined || !s.selections
          ? (x ?? null)
          : run(s.selections, x as Record<string, unknown>);
      out[s.alias ?? s.name] = Array.isArray(v) ? v.map(resolve) : resolve(v);
    }
    return out;
  };
  return run(op.selections, root);
}

/** Whether the operation asks for this field of Query. */
export function asks(op: Operation, field: string): boolean {
  return op.selections.some((s) => s.kind === 'field' && s.name === field);
}
