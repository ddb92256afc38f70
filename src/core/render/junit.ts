// JUnit XML, as Jenkins (junit step), GitLab (artifacts:reports:junit) and Azure DevOps
// (PublishTestResults, JUnit) read it: a test suite per proposal file, a test case per
// finding, and a <failure> for each finding that fails the gate.
import type { GatePolicy } from '../verdict.js';
import type { Finding, ProposalReport, Report } from '../types.js';
import { failingFindings } from './gate-findings.js';
import { headline } from './markdown.js';

/** Text and attribute values: the five XML escapes, and no character XML 1.0 forbids. */
export function xmlText(text: string): string {
  return (
    String(text)
      // With the u flag a lone surrogate is a code point of its own, outside these ranges.
      .replace(/[^\t\n\r\u{20}-\u{d7ff}\u{e000}-\u{fffd}\u{10000}-\u{10ffff}]/gu, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** An attribute value: escaped, and line breaks kept as character references. */
function attr(text: string): string {
  return xmlText(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

export function renderJunit(report: Report, policy: GatePolicy = {}): string {
  const suites = report.proposals.map((p) =>
    suite(p, failingFindings(p, report.gate.failOn, policy)),
  );
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="stack-verdict" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

interface Suite {
  xml: string;
  tests: number;
  failures: number;
}

function suite(p: ProposalReport, failing: ReadonlySet<Finding>): Suite {
  const file = attr(p.file);
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  for (const f of p.findings) {
    const where = `${p.file}:${f.line}:${f.column}`;
    const name = attr(`${f.rule} (${f.severity}) at line ${f.line}`);
    const open = `    <testcase name="${name}" classname="${file}" file="${file}" line="${Math.max(1, f.line)}" time="0">`;
    const body = xmlText(`${f.message}\n\n${where}${f.docs ? `\n${f.docs}` : ''}`);
    if (failing.has(f)) {
      failures++;
      cases.push(
        open,
        `      <failure message="${attr(headline(f.message))}" type="${f.severity}">${body}</failure>`,
        '    </testcase>',
      );
    } else if (f.waived) {
      skipped++;
      cases.push(
        open,
        `      <skipped message="${attr(`waived: ${f.waiverReason ?? ''}`)}"/>`,
        `      <system-out>${body}</system-out>`,
        '    </testcase>',
      );
    } else {
      // Reported but not gating (a notice, a warning under fail-on error, a draft's or a
      // past decision's finding): a passing case that carries the message.
      cases.push(open, `      <system-out>${body}</system-out>`, '    </testcase>');
    }
  }
  if (p.findings.length === 0) {
    cases.push(
      `    <testcase name="no findings" classname="${file}" file="${file}" line="1" time="0"/>`,
    );
  }
  const tests = Math.max(1, p.findings.length);
  const name = p.service ? `${p.file} (${p.service})` : p.file;
  const xml = [
    `  <testsuite name="${attr(name)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`,
    ...cases,
    '  </testsuite>',
  ].join('\n');
  return { xml, tests, failures };
}
