import { plural, quote, range } from '../format.js';
import { compareVersions, goOlderThan, parseGoVersion } from '../versions.js';
import type { RuleHit } from './rule.js';
import { defineRule } from './rule.js';

/** Go 1.26, rustc 1.85 and Rust's 2024 edition: what the messages say they bring. */
const GO_1_26 = [1, 26];
const RUSTC_1_85 = [1, 85];
const EDITION_2024 = 2024;

/** "1.85", "1.85.1", "rustc 1.80" → numbers; null when it is not a rustc version. */
function parseRustVersion(text: string): number[] | null {
  const m = /^\s*(?:rustc\s*)?(\d+)\.(\d+)(?:\.(\d+))?/i.exec(String(text));
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : null;
}

/** "2021" → 2021; NaN when it is not an edition year. */
function editionYear(text: string): number {
  return /^\s*\d{4}\s*$/.test(String(text)) ? Number(text) : NaN;
}

export default defineRule({
  id: 'toolchain-outdated',
  severity: 'notice',
  description:
    'The proposal pins a Go release, rustc release or Rust edition older than the ones the policy accepts.',
  docs: {
    why: `A new service should start on current toolchains. Go 1.26 (February 2026) made Green Tea the default garbage collector: it makes marking and scanning small objects cheaper, and Go's release notes expect 10–40% less GC overhead in real-world programs that use the garbage collector heavily (results vary). It adds the NIST-curve post-quantum hybrids SecP256r1MLKEM768 and SecP384r1MLKEM1024 to crypto/tls, beside the X25519MLKEM768 hybrid on since Go 1.24; each is on only when go.mod's \`go\` (or \`godebug\`) line reaches the release that brought it (GODEBUG \`tlsmlkem\`, \`tlssecpmlkem\`) and \`Config.CurvePreferences\` is nil. A module made by Go 1.26.0's \`go mod init\` declares \`go 1.25.0\`, so the 1.26 hybrids stay off until that line is raised: the proposal's \`toolchain.go\` names the toolchain, not the go line, and both must reach 1.26. Go 1.26 also adds a goroutineleak profile to runtime/pprof. Rust 1.85 (February 2025) stabilised async closures, in editions 2018 and later, and shipped the 2024 edition, the largest since 2015: it changes how \`impl Trait\` captures lifetimes, shortens temporary scopes in \`if let\` and tail expressions, requires \`unsafe extern\` blocks and denies references to \`static mut\`.`,
    fix: `Set \`toolchain.go\` to 1.26 or later, \`toolchain.rust\` to 1.85 or later and \`toolchain.rust-edition\` to 2024 (or the versions your configuration requires), or waive the finding with the reason the older toolchain is pinned.`,
    fires: `service: audit-log
language: go
kind: worker
workload:
  bound: io
toolchain:
  go: "1.9"
`,
    passes: `service: audit-log
language: go
kind: worker
workload:
  bound: io
toolchain:
  go: "1.26"
`,
  },
  check({ proposal: p, settings }) {
    const hits: RuleHit[] = [];
    const go = p.toolchain?.go;
    if (go !== undefined && goOlderThan(go, settings.minGoVersion)) {
      const [major = 0, minor = 0] = parseGoVersion(go) ?? [];
      const [minMajor = 0, minMinor = 0] = parseGoVersion(settings.minGoVersion) ?? [];
      const behind =
        major === minMajor && minMinor > minor
          ? ` (${plural(minMinor - minor, 'minor release')} behind)`
          : '';
      const gains =
        compareVersions([major, minor], GO_1_26) < 0
          ? ` It misses Go 1.26: Green Tea GC by default (${range(settings.greenTeaGcCutPercent)}% less GC overhead expected in programs that use the GC heavily), the NIST-curve post-quantum TLS hybrids (on once go.mod's go line is 1.26 or later and Config.CurvePreferences is nil) and the goroutineleak profile.`
          : '';
      hits.push({
        path: ['toolchain', 'go'],
        message: `toolchain.go is ${quote(go)}, older than ${settings.minGoVersion}${behind}.${gains} Move to Go ${settings.minGoVersion} or later.`,
      });
    }
    const rustc = p.toolchain?.rust;
    const rustVersion = rustc === undefined ? null : parseRustVersion(rustc);
    const minRust = parseRustVersion(settings.minRustVersion);
    if (rustVersion && minRust && compareVersions(rustVersion, minRust) < 0) {
      const gains =
        compareVersions(rustVersion, RUSTC_1_85) < 0
          ? ' It misses rustc 1.85: async closures are stable from that release in editions 2018 and later, and the 2024 edition needs it.'
          : '';
      hits.push({
        path: ['toolchain', 'rust'],
        message: `toolchain.rust is ${quote(rustc!)}, older than ${settings.minRustVersion}.${gains} Move to rustc ${settings.minRustVersion} or later.`,
      });
    }
    const edition = p.toolchain?.['rust-edition'];
    const year = edition === undefined ? NaN : editionYear(edition);
    const minYear = editionYear(settings.minRustEdition);
    if (year < minYear) {
      const gains =
        year < EDITION_2024
          ? ' It misses the 2024 edition, the largest since 2015: it changes how impl Trait captures lifetimes, shortens temporary scopes in if let and tail expressions, requires unsafe extern blocks and denies references to static mut.'
          : '';
      hits.push({
        path: ['toolchain', 'rust-edition'],
        message: `toolchain.rust-edition is ${quote(edition!)}, older than ${settings.minRustEdition}.${gains} Move to the ${settings.minRustEdition} edition or later.`,
      });
    }
    return hits;
  },
});
