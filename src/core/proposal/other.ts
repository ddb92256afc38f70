// What rules across proposals need of a proposal the run does not judge: its `service` and
// `status`, from its text. The shells read the text through the guarded reader.
import type { OtherProposal } from '../engine.js';
import { parseProposal } from './parse.js';

/**
 * The `service` and `status` of a proposal's text; undefined when it does not parse or names
 * no service (it is judged, and reported, when it is checked itself).
 */
export function otherProposal(file: string, text: string): OtherProposal | undefined {
  const parsed = parseProposal(file, text);
  if (parsed.kind !== 'document' || parsed.document.problems.length > 0) return undefined;
  const data = parsed.document.data as Record<string, unknown> | null | undefined;
  if (data === null || typeof data !== 'object' || typeof data.service !== 'string') {
    return undefined;
  }
  const other: OtherProposal = { file, service: data.service };
  if (typeof data.status === 'string') other.status = data.status;
  return other;
}
