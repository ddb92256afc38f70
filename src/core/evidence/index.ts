// The evidence core: read an artefact's figures, and hold a constraint's claim against them.

export { READERS, readEvidence, readerFor } from './registry.js';
export {
  judgeEvidence,
  findSeries,
  goMajorMinor,
  figureText,
  limitText,
  type EvidenceClaim,
  type EvidenceSource,
  type EvidenceCheck,
  type EvidenceStatus,
  type Contradiction,
} from './judge.js';
export { identifier } from './lines.js';
export {
  parseLimit,
  observedFigure,
  canonicalStat,
  unitClass,
  type Limit,
  type LimitOp,
} from './units.js';
export type * from './types.js';
export {
  citedArtefacts,
  judgeWithArtefacts,
  type ArtefactRead,
  type Artefacts,
} from './artefacts.js';
