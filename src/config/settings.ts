import { DEFAULT_SETTINGS, type Settings } from '../core/settings.js';

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
