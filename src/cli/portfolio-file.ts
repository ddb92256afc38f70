// `portfolio --merge`: a portfolio JSON file another job wrote, read through the guarded
// reader and checked against schema/portfolio.schema.json before anything of it is shown.
// Each problem names the file, and the line and column where the JSON goes wrong.
import type { ErrorObject } from 'ajv';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Portfolio } from '../core/portfolio.js';
import validator from '../generated/portfolio-validator.js';
import { readGuardedFile } from '../io/files.js';
import { UsageError } from './io.js';

/** 100 repositories of 100 proposals each take about 10 MB; room to spare, not to exhaust. */
export const PORTFOLIO_MAX_BYTES = 64 * 1024 * 1024;

/** The portfolio in `file` (relative to `cwd`), or a UsageError that says what is wrong where. */
export function readPortfolioFile(cwd: string, file: string): Portfolio {
  const read = readGuardedFile(cwd, file, PORTFOLIO_MAX_BYTES, 'a portfolio');
  if (!read.ok) throw new UsageError(`${file}: ${read.message}`);
  return parsePortfolio(read.text, file);
}

/** A portfolio from its JSON text; `file` is only for messages. */
export function parsePortfolio(text: string, file: string): Portfolio {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UsageError(
      `${file}${syntaxPosition(text)}: it is not JSON (${(err as Error).message})`,
    );
  }
  const validate = validator;
  if (!validate(data)) {
    const e = validate.errors?.[0];
    throw new UsageError(
      `${file}${e ? valuePosition(text, e.instancePath) : ''}: it is not a Stack Verdict portfolio of version 2 (stack-verdict portfolio --format json): ${schemaError(e)}`,
    );
  }
  return data as Portfolio;
}

function schemaError(e: ErrorObject | undefined): string {
  if (!e) return 'it does not match the portfolio schema';
  const at = e.instancePath ? `at ${e.instancePath}` : 'at the top level';
  const extra =
    e.keyword === 'additionalProperties'
      ? ` (${JSON.stringify(String((e.params as { additionalProperty?: unknown }).additionalProperty).slice(0, 60))})`
      : '';
  return `${at}: ${e.message ?? 'invalid'}${extra}`;
}

/** `:LINE:COLUMN` of the first syntax error (JSON.parse names no line on every Node). */
function syntaxPosition(text: string): string {
  const at = jsonErrorOffset(text);
  if (at === undefined) return '';
  const before = text.slice(0, at).split('\n');
  return `:${before.length}:${before.at(-1)!.length + 1}`;
}

/**
 * Where JSON text stops being JSON: a recursive descent over RFC 8259's grammar that
 * returns the offset of the first character it cannot take. Nesting is bounded by the
 * caller's file size, and JSON.parse has already refused the text.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    if (text[i] !== '"') fail();
    i++;
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') fail();
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else {
          i++;
          fail();
        }
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    return number();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (at) {
    if (typeof at === 'number') return Math.min(at, text.length);
    return undefined; // too deep for the stack: no position, the message still says why
  }
  return undefined;
}

/** `:LINE:COLUMN` of the value at a JSON pointer (`/proposals/0/owner`), or nothing. */
function valuePosition(text: string, pointer: string): string {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  let node: unknown = doc.contents;
  const keys = pointer
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const key of keys) {
    const next: unknown = isMap(node)
      ? node.get(key, true)
      : isSeq(node)
        ? node.get(Number(key), true)
        : undefined;
    if (next === undefined) break;
    node = next;
  }
  const range = (node as Node | null)?.range;
  if (!range) return '';
  const pos = lineCounter.linePos(range[0]);
  return `:${pos.line}:${pos.col}`;
}
