// Every output says which configuration judged it, from the report's `config`
// and `policy` members, so that the text, the comment and the JSON cannot disagree.

import type { Report } from '../types.js';
import { asText, clipText, escapeCode, stripControl } from './escape.js';

const MAX_NAMES = 6;
const MAX_NAME = 200;

/** The chain's names as shown (a report from elsewhere is untrusted: clipped, text only). */
function names(report: Report): string[] | undefined {
  const chain = (report?.config as { chain?: unknown } | undefined)?.chain;
  if (!Array.isArray(chain)) return undefined;
  return chain.slice(0, MAX_NAMES).map((n) => clipText(asText(n), MAX_NAME));
}

function policy(report: Report): string {
  const p = asText(report?.policy);
  return /^[0-9]+\.[0-9]+$/.test(p) ? `policy ${p}` : 'the policy';
}

/** `Judged by policy 1.1 with .github/stack-verdict.yml → acme/policy/x.yml@v1`; undefined without `config`. */
export function judgedByText(report: Report): string | undefined {
  const list = names(report);
  if (!list) return undefined;
  const what = list.length
    ? list.map((n) => stripControl(n).replace(/\s+/g, ' ')).join(' → ')
    : 'the built-in configuration';
  return `Judged by ${policy(report)} with ${what}`;
}

/** The same line in Markdown: names as code, in italics (only our own tags: no <sub>). */
export function judgedByMarkdown(report: Report): string | undefined {
  const list = names(report);
  if (!list) return undefined;
  const what = list.length
    ? list.map((n) => `<code>${escapeCode(n)}</code>`).join(' → ')
    : 'the built-in configuration';
  return `_Judged by ${policy(report)} with ${what}_`;
}
