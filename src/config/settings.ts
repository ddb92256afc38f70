import { DEFAULT_SETTINGS, type Settings } from '../core/settings.js';
import { compareVersions, parseGoVersion } from '../core/versions.js';

/**
 * The configuration key of every field of Settings. Typed over `keyof Settings`, so a new
 * threshold does not compile until it has a key; test/config checks the schema lists the same.
 */
export const SETTING_KEYS: { readonly [K in keyof Settings]: string } = {
  measuredSources: 'measured-sources',
  rustTeamShare: 'rust-team-share',
  cliColdStartMs: 'cli-cold-start-ms',
  rustBuildSeconds: 'rust-build-seconds',
  goBuildSeconds: 'go-build-seconds',
  ciMinutesPerDay: 'ci-minutes-per-day',
  rustPremiumUsd: 'rust-premium-usd',
  rustOnboardingMonths: 'rust-onboarding-months',
  minGoVersion: 'min-go-version',
  minRustEdition: 'min-rust-edition',
  minRustVersion: 'min-rust-version',
  greenTeaGcCutPercent: 'green-tea-gc-cut-percent',
  waiverWarningDays: 'waiver-warning-days',
};

/** Settings fields whose value is a [min, max] range. */
export const RANGE_SETTINGS = [
  'rustPremiumUsd',
  'rustOnboardingMonths',
  'greenTeaGcCutPercent',
] as const;

const FIELD_BY_KEY = new Map(
  (Object.entries(SETTING_KEYS) as [keyof Settings, string][]).map(([field, key]) => [key, field]),
);

/** The Settings field a configuration key sets; undefined for an unknown key. */
export function settingField(key: string): keyof Settings | undefined {
  return FIELD_BY_KEY.get(key);
}

/** The defaults with the configured values over them; `raw` has passed the schema. */
export function settingsFrom(raw: Readonly<Record<string, unknown>> | undefined): Settings {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    measuredSources: [...DEFAULT_SETTINGS.measuredSources],
    rustPremiumUsd: [...DEFAULT_SETTINGS.rustPremiumUsd],
    rustOnboardingMonths: [...DEFAULT_SETTINGS.rustOnboardingMonths],
    greenTeaGcCutPercent: [...DEFAULT_SETTINGS.greenTeaGcCutPercent],
  };
  const target = settings as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(raw ?? {})) {
    const field = settingField(key);
    if (field === undefined) continue; // the schema has already refused it
    // YAML reads `min-rust-edition: 2024` as a number; the rules compare text.
    target[field] = field === 'minRustEdition' ? String(value) : value;
  }
  return settings;
}

/**
 * Which way a setting tightens the gate:
 * - `higher`: a higher number (each bound of a range) makes rules fire more or costs weigh more;
 * - `lower`: a lower number does;
 * - `fewer`: a list with fewer items does (a subset of the shared list);
 * - `later`: a later version or edition does;
 * - `fixed`: no rule fires on it, the value is a figure the messages quote; it cannot change.
 */
export type SettingDirection = 'higher' | 'lower' | 'fewer' | 'later' | 'fixed';

export interface SettingRule {
  direction: SettingDirection;
  /** What a stricter value is, as a message says it. */
  tighter: string;
  /** What the setting moves, for the documentation and the reviewer. */
  why: string;
}

/**
 * The direction of every setting. A repository file may move a setting of what it extends
 * only in this direction ("may tighten, never loosen"). Typed over `keyof Settings`, so a new
 * threshold does not compile until its direction is decided.
 */
export const SETTING_DIRECTIONS: { readonly [K in keyof Settings]: SettingRule } = {
  measuredSources: {
    direction: 'fewer',
    tighter: 'fewer sources that count as measured',
    why: 'a constraint from a listed source counts as measured, so it can make the case for Rust: another source (estimate) lets Rust through on numbers nobody measured',
  },
  rustTeamShare: {
    direction: 'higher',
    tighter: 'a higher share',
    why: 'a team at or above the share counts as knowing Rust, a case for Rust: a lower share lets more teams through',
  },
  cliColdStartMs: {
    direction: 'lower',
    tighter: 'a lower bound',
    why: 'a CLI that must start within this many ms makes a case for Rust: a higher bound makes more CLIs a case',
  },
  rustBuildSeconds: {
    direction: 'higher',
    tighter: 'more seconds',
    why: 'rust-ci-build-cost fires on the extra CI minutes Rust builds add: fewer Rust seconds make it fire less',
  },
  goBuildSeconds: {
    direction: 'lower',
    tighter: 'fewer seconds',
    why: 'rust-ci-build-cost fires on the extra CI minutes over Go builds: more Go seconds make it fire less',
  },
  ciMinutesPerDay: {
    direction: 'lower',
    tighter: 'fewer minutes',
    why: 'rust-ci-build-cost fires from this many extra CI minutes a day: a higher threshold makes it fire less',
  },
  rustPremiumUsd: {
    direction: 'higher',
    tighter: 'higher figures',
    why: "the hiring premium the findings and the report's costs quote: lower figures understate Rust's cost",
  },
  rustOnboardingMonths: {
    direction: 'higher',
    tighter: 'more months',
    why: "the ramp-up the findings and the report's costs quote: fewer months understate Rust's cost",
  },
  minGoVersion: {
    direction: 'later',
    tighter: 'a later release',
    why: 'toolchain-outdated fires below it: an earlier release makes it fire less',
  },
  minRustEdition: {
    direction: 'later',
    tighter: 'a later edition',
    why: 'toolchain-outdated fires below it: an earlier edition makes it fire less',
  },
  minRustVersion: {
    direction: 'later',
    tighter: 'a later release',
    why: 'toolchain-outdated fires below it: an earlier release makes it fire less',
  },
  greenTeaGcCutPercent: {
    direction: 'fixed',
    tighter: 'the same figures',
    why: "a measured fact about Go 1.26 the messages quote; no rule fires on it, and a repository's copy of the facts cannot differ from its policy's",
  },
  waiverWarningDays: {
    direction: 'higher',
    tighter: 'more days',
    why: 'waiver-expiring warns this many days ahead: fewer days warn later',
  },
};

function versionParts(field: keyof Settings, value: unknown): number[] | null {
  const text = String(value);
  if (field === 'minGoVersion') return parseGoVersion(text);
  const m = /^\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(text);
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : null;
}

/**
 * True when `next` moves setting `field` away from `shared` in the loosening direction
 * (SETTING_DIRECTIONS); equal values and stricter ones are not looser.
 */
export function isLooser<K extends keyof Settings>(
  field: K,
  shared: Settings[K],
  next: Settings[K],
): boolean {
  const nums = (v: unknown): number[] => (Array.isArray(v) ? (v as number[]) : [v as number]);
  switch (SETTING_DIRECTIONS[field].direction) {
    case 'higher':
      return nums(next).some((n, i) => n < nums(shared)[i]!);
    case 'lower':
      return nums(next).some((n, i) => n > nums(shared)[i]!);
    case 'fewer':
      return (next as unknown[]).some((item) => !(shared as unknown[]).includes(item));
    case 'later': {
      const a = versionParts(field, next);
      const b = versionParts(field, shared);
      // A value that is not a version cannot be compared: the schema refuses it.
      return a !== null && b !== null && compareVersions(a, b) < 0;
    }
    case 'fixed':
      return JSON.stringify(next) !== JSON.stringify(shared);
  }
}
