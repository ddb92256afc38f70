// Drift: the code and the developer portal held against the decisions. These are findings
// of a portfolio, about a repository, not of one proposal: nothing here gates a merge.
import { statusKeyword } from '../status.js';
import { plural } from '../format.js';
import type { FileResult } from '../engine.js';
import type { Position } from '../types.js';
import type { CatalogComponent } from './catalog.js';
import { hasLanguage, type CodeLanguages } from './code.js';

/** A decision as the drift check needs it (an entry of the portfolio's inventory). */
export interface Decision {
  /** OWNER/NAME when the portfolio spans repositories. */
  repository?: string;
  file: string;
  service: string | null;
  /** The language chosen (`language` of the proposal), lower case. */
  language: string | null;
  status: string | null;
  /** Where `service` is written, for the portal finding; 1:1 when unknown. */
  position?: Position;
}

/** What one repository holds besides its decisions. */
export interface RepositoryCode {
  repository?: string;
  code: CodeLanguages;
  catalog: readonly CatalogComponent[];
}

export type DriftKind = 'rust-without-decision' | 'go-without-decision' | 'portal-disagrees';

export interface DriftLocation {
  file: string;
  line: number;
  column: number;
}

export interface DriftFinding {
  kind: DriftKind;
  severity: 'warning' | 'notice';
  repository?: string;
  message: string;
  /** Folders holding the code's marker files (`Cargo.toml`, `go.mod`). */
  folders?: string[];
  /** The files the finding is about: the catalog entry and the decision record. */
  locations?: DriftLocation[];
}

/** Decisions that stand: proposed (the default when absent) or accepted. */
function stands(d: Decision): boolean {
  const status = d.status === null ? 'proposed' : statusKeyword(d.status);
  return status === 'proposed' || status === 'accepted';
}

const MAX_FOLDERS_NAMED = 5;

function folderList(folders: readonly string[]): string {
  const shown = folders.slice(0, MAX_FOLDERS_NAMED).map((f) => (f === '.' ? 'the root' : f));
  const more = folders.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

function codeFinding(language: 'go' | 'rust', repo: RepositoryCode): DriftFinding {
  const markers = language === 'rust' ? repo.code.rustCrates : repo.code.goModules;
  const marker = language === 'rust' ? 'Cargo.toml' : 'go.mod';
  const name = language === 'rust' ? 'Rust' : 'Go';
  const where =
    markers.length === 0
      ? `GitHub's language breakdown counts it`
      : markers.length === 1
        ? `a ${marker} in ${folderList(markers)}`
        : `${plural(markers.length, `${marker} file`)} in ${folderList(markers)}`;
  const finding: DriftFinding = {
    kind: language === 'rust' ? 'rust-without-decision' : 'go-without-decision',
    severity: language === 'rust' ? 'warning' : 'notice',
    message:
      language === 'rust'
        ? `The code holds ${name}: ${where}. No proposed or accepted decision of this repository chooses Rust.`
        : `The code holds ${name}: ${where}. No proposed or accepted decision of this repository chooses Go (the default, so this is a notice).`,
  };
  if (repo.repository !== undefined) finding.repository = repo.repository;
  if (markers.length > 0) finding.folders = [...markers];
  return finding;
}

/**
 * The drift of each repository: code in a language no standing decision chooses, and portal
 * entries whose language tag differs from the decision of the same service.
 */
export function driftFindings(
  decisions: readonly Decision[],
  repositories: readonly RepositoryCode[],
): DriftFinding[] {
  const out: DriftFinding[] = [];
  for (const repo of repositories) {
    const own = decisions.filter((d) => d.repository === repo.repository);
    const standing = own.filter(stands);
    for (const language of ['rust', 'go'] as const) {
      if (!hasLanguage(repo.code, language)) continue;
      if (standing.some((d) => d.language === language)) continue;
      out.push(codeFinding(language, repo));
    }
    for (const component of repo.catalog) {
      for (const d of own) {
        if (d.service === null || d.service !== component.name) continue;
        if (d.language !== 'go' && d.language !== 'rust') continue;
        if (component.languages.includes(d.language)) continue;
        const tagged = component.languages.map((l) => (l === 'go' ? 'Go' : 'Rust')).join(' and ');
        const chosen = d.language === 'go' ? 'Go' : 'Rust';
        const at = d.position ?? { line: 1, column: 1 };
        const finding: DriftFinding = {
          kind: 'portal-disagrees',
          severity: 'warning',
          message: `The developer portal tags the service ${tagged} (${component.file}:${component.position.line}), but its decision chooses ${chosen} (${d.file}:${at.line}).`,
          locations: [
            { file: component.file, ...component.position },
            { file: d.file, ...at },
          ],
        };
        if (repo.repository !== undefined) finding.repository = repo.repository;
        out.push(finding);
      }
    }
  }
  return out;
}

/** The decisions of a run's judged files (proposals only), with where each names its service. */
export function decisionsFrom(results: readonly FileResult[], repository?: string): Decision[] {
  const out: Decision[] = [];
  for (const r of results) {
    if (r.kind !== 'proposal') continue;
    const p = r.report;
    const d: Decision = {
      file: p.file,
      service: p.service,
      language: p.language === null ? null : p.language.toLowerCase(),
      status: p.status,
    };
    if (r.servicePosition) d.position = r.servicePosition;
    if (repository !== undefined) d.repository = repository;
    out.push(d);
  }
  return out;
}
