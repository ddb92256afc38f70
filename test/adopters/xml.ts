// A strict reader of the XML the JUnit renderer writes (no dependency): elements, attributes,
// text, character and the five entity references. Anything else, or anything not well formed,
// throws, so that a test fails on output a CI server would refuse.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// XML 1.0 Char, on code points.
const BAD_CHAR = /[^\t\n\r\u{20}-\u{d7ff}\u{e000}-\u{fffd}\u{10000}-\u{10ffff}]/u;

function decode(raw: string, where: number): string {
  if (raw.includes('<')) throw new Error(`raw < at ${where}`);
  return raw.replace(/&([^;]*);?/g, (m, ref: string) => {
    if (!m.endsWith(';')) throw new Error(`unterminated reference at ${where}`);
    if (ref in ENTITIES) return ENTITIES[ref]!;
    const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
    if (!num) throw new Error(`unknown entity &${ref}; at ${where}`);
    const cp = num[1] ? parseInt(num[1], 16) : Number(num[2]);
    const ch = String.fromCodePoint(cp);
    if (BAD_CHAR.test(ch)) throw new Error(`reference to a forbidden character at ${where}`);
    return ch;
  });
}

export function parseXml(xml: string): XmlElement {
  if (BAD_CHAR.test(xml)) throw new Error('a character XML 1.0 forbids');
  let i = 0;
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (!decl) throw new Error('no XML declaration');
  i = decl[0].length;
  const skipSpace = () => {
    while (/\s/.test(xml[i] ?? '')) i++;
  };
  const element = (): XmlElement => {
    if (xml[i] !== '<') throw new Error(`expected < at ${i}`);
    i++;
    const name = NAME.exec(xml.slice(i))?.[0];
    if (!name) throw new Error(`bad element name at ${i}`);
    i += name.length;
    const el: XmlElement = { name, attrs: {}, children: [], text: '' };
    for (;;) {
      const before = i;
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      if (i === before) throw new Error(`expected space before attribute at ${i}`);
      const attr = NAME.exec(xml.slice(i))?.[0];
      if (!attr) throw new Error(`bad attribute at ${i}`);
      i += attr.length;
      if (xml[i] !== '=' || xml[i + 1] !== '"') throw new Error(`attribute ${attr} unquoted`);
      const end = xml.indexOf('"', i + 2);
      if (end < 0) throw new Error('unterminated attribute');
      if (attr in el.attrs) throw new Error(`attribute ${attr} twice`);
      el.attrs[attr] = decode(xml.slice(i + 2, end), i);
      i = end + 1;
    }
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt < 0) throw new Error(`element ${name} not closed`);
      el.text += decode(xml.slice(i, lt), i);
      i = lt;
      if (xml.startsWith('</', i)) {
        const close = `</${name}>`;
        if (!xml.startsWith(close, i)) throw new Error(`mismatched close of ${name} at ${i}`);
        i += close.length;
        return el;
      }
      el.children.push(element());
    }
  };
  const root = element();
  skipSpace();
  if (i !== xml.length) throw new Error(`content after the root element at ${i}`);
  return root;
}

interface Shape {
  required: string[];
  optional: string[];
  children: string[];
  /** Text content allowed (besides white space). */
  text?: boolean;
}

/**
 * The JUnit XML shape that Jenkins' junit plugin, GitLab and Azure DevOps read (the common
 * JUnit XSD: testsuites > testsuite > testcase > failure | error | skipped | system-out).
 */
const JUNIT: Record<string, Shape> = {
  testsuites: {
    required: [],
    optional: ['name', 'tests', 'failures', 'errors', 'skipped', 'disabled', 'time'],
    children: ['testsuite'],
  },
  testsuite: {
    required: ['name', 'tests'],
    optional: [
      'failures',
      'errors',
      'skipped',
      'disabled',
      'time',
      'timestamp',
      'hostname',
      'id',
      'package',
      'file',
    ],
    children: ['properties', 'testcase', 'system-out', 'system-err'],
  },
  testcase: {
    required: ['name', 'classname'],
    optional: ['time', 'file', 'line', 'assertions', 'status'],
    children: ['failure', 'error', 'skipped', 'system-out', 'system-err'],
  },
  failure: { required: [], optional: ['message', 'type'], children: [], text: true },
  error: { required: [], optional: ['message', 'type'], children: [], text: true },
  skipped: { required: [], optional: ['message'], children: [], text: true },
  'system-out': { required: [], optional: [], children: [], text: true },
  'system-err': { required: [], optional: [], children: [], text: true },
};

const COUNT = /^(?:0|[1-9]\d*)$/;

/** Throws where the document leaves the JUnit shape, or its counts disagree with its cases. */
export function checkJunit(root: XmlElement): void {
  if (root.name !== 'testsuites') throw new Error('the root is not <testsuites>');
  const visit = (el: XmlElement) => {
    const shape = JUNIT[el.name];
    if (!shape) throw new Error(`unknown element <${el.name}>`);
    for (const a of shape.required) {
      if (!(a in el.attrs)) throw new Error(`<${el.name}> without ${a}`);
    }
    for (const a of Object.keys(el.attrs)) {
      if (!shape.required.includes(a) && !shape.optional.includes(a)) {
        throw new Error(`<${el.name}> has unknown attribute ${a}`);
      }
    }
    for (const a of ['tests', 'failures', 'errors', 'skipped', 'line']) {
      if (a in el.attrs && !COUNT.test(el.attrs[a]!)) throw new Error(`${a}="${el.attrs[a]}"`);
    }
    for (const c of el.children) {
      if (!shape.children.includes(c.name)) throw new Error(`<${c.name}> inside <${el.name}>`);
      visit(c);
    }
    if (!shape.text && el.text.trim() !== '') throw new Error(`text inside <${el.name}>`);
  };
  visit(root);
  const count = (el: XmlElement, name: string): number =>
    el.children.filter((c) => c.name === name).length;
  let tests = 0;
  let failures = 0;
  for (const suite of root.children) {
    const cases = suite.children.filter((c) => c.name === 'testcase');
    const fails = cases.reduce((n, c) => n + count(c, 'failure'), 0);
    const skips = cases.reduce((n, c) => n + count(c, 'skipped'), 0);
    if (Number(suite.attrs.tests) !== cases.length) throw new Error('tests count is wrong');
    if (Number(suite.attrs.failures ?? 0) !== fails) throw new Error('failures count is wrong');
    if (Number(suite.attrs.skipped ?? 0) !== skips) throw new Error('skipped count is wrong');
    tests += cases.length;
    failures += fails;
  }
  if (Number(root.attrs.tests ?? tests) !== tests) throw new Error('total tests is wrong');
  if (Number(root.attrs.failures ?? failures) !== failures) throw new Error('total failures');
}
