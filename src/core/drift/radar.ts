// A Backstage Tech Radar of the languages in use, as the tech-radar plugin loads it
// (`TechRadarLoaderResponse`): the ring of each language comes from the policy, and its
// description counts the decisions behind it.
import { statusKeyword } from '../status.js';
import { plural } from '../format.js';
import type { Decision, RepositoryCode } from './findings.js';
import { hasLanguage } from './code.js';

export type RingId = 'adopt' | 'trial' | 'assess' | 'hold';

/** The policy's rings: Go is the default, Rust is chosen when the case is made. */
export const DEFAULT_RINGS: Readonly<Record<string, RingId>> = { go: 'adopt', rust: 'trial' };
/** The ring of a language the policy does not speak of. */
export const OUTSIDE_POLICY_RING: RingId = 'assess';

/** A language of GitHub's breakdown counts as in use from this share of a repository's bytes. */
export const BREAKDOWN_SHARE = 0.1;

export interface RadarOptions {
  /** YYYY-MM-DD: the date of each entry's one timeline point. */
  date: string;
  /** Rings by language (lower case), over the policy's. */
  rings?: Readonly<Record<string, RingId>>;
}

export interface RadarResponse {
  quadrants: { id: string; name: string }[];
  rings: { id: RingId; name: string; color: string; description: string }[];
  entries: {
    key: string;
    id: string;
    quadrant: string;
    title: string;
    description: string;
    timeline: { moved: 0; ringId: RingId; date: string; description: string }[];
  }[];
}

const RINGS: RadarResponse['rings'] = [
  { id: 'adopt', name: 'ADOPT', color: '#5BA300', description: 'The default for new services.' },
  { id: 'trial', name: 'TRIAL', color: '#009EB0', description: 'Chosen when the case is made.' },
  { id: 'assess', name: 'ASSESS', color: '#C7BA00', description: 'Outside the policy.' },
  { id: 'hold', name: 'HOLD', color: '#E09B96', description: 'Not for new services.' },
];

// The plugin draws four quadrants; languages is the one this tool fills.
const QUADRANTS: RadarResponse['quadrants'] = [
  { id: 'languages', name: 'Languages' },
  { id: 'frameworks', name: 'Frameworks' },
  { id: 'infrastructure', name: 'Infrastructure' },
  { id: 'techniques', name: 'Techniques' },
];

const TITLES: Readonly<Record<string, string>> = { go: 'Go', rust: 'Rust' };

interface Use {
  title: string;
  decisions: Decision[];
  repositories: Set<string>;
}

/** The radar of the decisions and the code beside them. */
export function techRadar(
  decisions: readonly Decision[],
  repositories: readonly RepositoryCode[],
  options: RadarOptions,
): RadarResponse {
  const uses = new Map<string, Use>();
  const use = (key: string, title: string): Use => {
    let u = uses.get(key);
    if (!u) uses.set(key, (u = { title, decisions: [], repositories: new Set() }));
    return u;
  };
  for (const d of decisions) {
    if (d.language === null || d.language === '') continue;
    const key = d.language.toLowerCase();
    use(key, TITLES[key] ?? d.language).decisions.push(d);
  }
  repositories.forEach((repo, i) => {
    const name = repo.repository ?? `#${i}`;
    for (const language of ['go', 'rust'] as const) {
      if (hasLanguage(repo.code, language)) use(language, TITLES[language]!).repositories.add(name);
    }
    const breakdown = repo.code.breakdown ?? {};
    const total = Object.values(breakdown).reduce((a, b) => a + b, 0);
    for (const [language, bytes] of Object.entries(breakdown)) {
      if (total <= 0 || bytes / total < BREAKDOWN_SHARE) continue;
      use(language.toLowerCase(), language).repositories.add(name);
    }
  });
  const rings = { ...DEFAULT_RINGS, ...options.rings };
  const entries = [...uses.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, u]) => {
      const ringId = rings[key] ?? OUTSIDE_POLICY_RING;
      const description = describe(u);
      return {
        key,
        id: key,
        quadrant: 'languages',
        title: u.title,
        description,
        timeline: [{ moved: 0 as const, ringId, date: options.date, description }],
      };
    });
  return { quadrants: QUADRANTS, rings: RINGS, entries };
}

function describe(u: Use): string {
  const byStatus = new Map<string, number>();
  for (const d of u.decisions) {
    const s = d.status === null ? 'proposed' : statusKeyword(d.status) || 'proposed';
    byStatus.set(s, (byStatus.get(s) ?? 0) + 1);
  }
  const parts = [...byStatus.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([s, n]) => `${n} ${s}`);
  const decided =
    u.decisions.length === 0
      ? 'No decision chooses it'
      : `${plural(u.decisions.length, 'decision')} (${parts.join(', ')})`;
  const code =
    u.repositories.size === 0
      ? ''
      : `; code in ${plural(u.repositories.size, 'repository', 'repositories')}`;
  return `${decided}${code}.`;
}
