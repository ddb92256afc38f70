// Drift: what runs (the code, the developer portal) held against what was decided.
export { codeFromPaths, hasLanguage, type CodeLanguages } from './code.js';
export { catalogComponents, MAX_CATALOG_FILES, type CatalogComponent } from './catalog.js';
export {
  driftFindings,
  decisionsFrom,
  type Decision,
  type DriftFinding,
  type DriftKind,
  type DriftLocation,
  type RepositoryCode,
} from './findings.js';
export {
  techRadar,
  DEFAULT_RINGS,
  OUTSIDE_POLICY_RING,
  type RadarOptions,
  type RadarResponse,
  type RingId,
} from './radar.js';
