// SARIF 2.1.0 output, for GitHub code scanning and any other SARIF consumer.
// One run; the driver lists every rule (so code scanning can tell "ran and found nothing"
// from "unknown rule" and close fixed alerts); waived findings are results with a suppression.
import { evidenceLines } from './evidence-lines.js';
import { createHash } from 'node:crypto';
import { DEFAULT_DOCS_URL } from '../engine.js';
import { RULES } from '../rules/index.js';
import { encodePath } from '../well-formed.js';
import type { Rule } from '../rules/rule.js';
import type { Finding, Report, Severity } from '../types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The name of our partial fingerprint; bump the version if its inputs ever change. */
export const FINGERPRINT_KEY = 'stackVerdict/v1';

export type SarifLevel = 'error' | 'warning' | 'note';

export const SARIF_LEVEL: Record<Severity, SarifLevel> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

export interface SarifOptions {
  /** The version of Stack Verdict that produced the report. */
  toolVersion: string;
  /** The tool's home page. */
  informationUri: string;
  /** Every rule that may appear, in the order the driver lists them (default: the default rule set). */
  rules?: readonly Rule[];
  /**
   * A rule's documentation page, as EngineOptions.docsUrl gives it. Default: the `docs` of
   * the rule's findings, else the published page for a built-in rule, else none.
   */
  docsUrl?: (rule: Rule) => string | undefined;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRun {
  tool: { driver: SarifDriver };
  originalUriBaseIds: Record<string, { description: { text: string } }>;
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
  properties: Record<string, unknown>;
}

export interface SarifDriver {
  name: string;
  version: string;
  semanticVersion: string;
  informationUri: string;
  rules: SarifRule[];
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help?: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[] };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' };
      region: { startLine: number; startColumn: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: 'external'; status: 'accepted'; justification: string }[];
  properties?: Record<string, unknown>;
}

/** The report as a SARIF 2.1.0 log. Paths stay relative to where the check ran (%SRCROOT%). */
export function renderSarif(report: Report, options: SarifOptions): string {
  return `${JSON.stringify(buildSarif(report, options), null, 2)}\n`;
}

export function buildSarif(report: Report, options: SarifOptions): SarifLog {
  const known = options.rules ?? RULES;
  const docsOf = new Map<string, string>();
  for (const p of report.proposals) {
    for (const f of p.findings) if (f.docs && !docsOf.has(f.rule)) docsOf.set(f.rule, f.docs);
  }
  const builtIn = new Set(RULES.map((r) => r.id));
  const helpUri = (rule: Rule): string | undefined => {
    if (options.docsUrl) return options.docsUrl(rule);
    return (
      docsOf.get(rule.id) ?? (builtIn.has(rule.id) ? `${DEFAULT_DOCS_URL}${rule.id}.md` : undefined)
    );
  };

  const rules: SarifRule[] = known.map((r) => ruleDescriptor(r, helpUri(r)));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const ruleIndex = (f: Finding): number => {
    let i = index.get(f.rule);
    if (i === undefined) {
      // A rule outside the list (a custom rule): describe it from what the finding knows.
      i = rules.length;
      index.set(f.rule, i);
      rules.push(bareDescriptor(f, docsOf.get(f.rule)));
    }
    return i;
  };

  const results: SarifResult[] = [];
  for (const p of report.proposals) {
    const seen = new Map<string, number>();
    for (const f of p.findings) {
      // Rule, file and occurrence identify a finding across commits, whatever its line or numbers.
      const occurrence = seen.get(f.rule) ?? 0;
      seen.set(f.rule, occurrence + 1);
      const result: SarifResult = {
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
      if (p.service !== null) result.properties = { service: p.service };
      results.push(result);
    }
  }

  // One line per checked constraint, as the comment shows it: the run's, not a result's.
  const evidence = report.proposals.flatMap((p) =>
    evidenceLines(p).map((text) => ({ file: p.file, text })),
  );
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
        properties: {
          verdict: report.verdict,
          counts: report.counts,
          gate: report.gate,
          ...(evidence.length ? { evidence } : {}),
        },
      },
    ],
  };
}

function ruleDescriptor(rule: Rule, helpUri: string | undefined): SarifRule {
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
      markdown: `**Why**\n\n${rule.docs.why.trim() || rule.description.trim()}\n\n**How to fix or waive**\n\n${rule.docs.fix.trim() || 'See the rule’s documentation.'}${link}`,
    },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    properties: { tags: ['stack-verdict'] },
  };
}

function bareDescriptor(f: Finding, helpUri: string | undefined): SarifRule {
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
function fileUri(file: string): string {
  return encodePath(file);
}

function fingerprint(file: string, rule: string, occurrence: number): string {
  return createHash('sha256').update(`${file}\0${rule}\0${occurrence}`).digest('hex').slice(0, 32);
}

function pascalCase(id: string): string {
  return id
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** Rule documentation without Markdown code marks. */
function plain(text: string): string {
  return text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
}

function sentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
