import { quote } from '../format.js';
import { goOlderThan } from '../versions.js';
import type { RuleHit } from './rule.js';
import { defineRule } from './rule.js';

/** First Go release whose crypto/tls offers the NIST-curve ML-KEM hybrids (a fact, not a policy). */
const GO_PQ_DEFAULT = '1.26';
const TAG = 'nist-post-quantum';

export default defineRule({
  id: 'post-quantum-tls',
  severity: 'notice',
  description:
    'NIST post-quantum compliance is required, and the chosen stack offers the NIST-curve hybrid ML-KEM key exchanges only once it is configured or upgraded.',
  docs: {
    why: `Services that talk to government or financial systems may work under a compliance regime that asks for post-quantum key exchange, and some ask for the NIST-curve hybrids in particular. Go's crypto/tls enables the hybrid X25519MLKEM768 from Go 1.24, and the NIST-curve hybrids SecP256r1MLKEM768 and SecP384r1MLKEM1024 from Go 1.26. Each is on only under two conditions: the \`go\` (or \`godebug\`) line of the module's go.mod reaches the release that brought it (the GODEBUG settings \`tlsmlkem\` and \`tlssecpmlkem\` follow that line), and \`Config.CurvePreferences\` is nil. A module created with Go 1.26.0's \`go mod init\` declares \`go 1.25.0\`, so its 1.26 hybrids stay off until that line is raised: the proposal's \`toolchain.go\` is the toolchain, not the go line. In Rust, rustls offers X25519MLKEM768 with its aws-lc-rs provider (the default provider of rustls 0.23), while a NIST-curve hybrid has to be enabled explicitly; either way the handshake should be tested against the systems that ask for it.`,
    fix: `For Go, set \`toolchain.go\` to 1.26 or later, raise the \`go\` line of go.mod to 1.26 or later, and leave \`Config.CurvePreferences\` nil (or list the hybrids in it). For Rust, use rustls with the aws-lc-rs provider, enable the NIST-curve hybrid if your compliance regime asks for it, test the handshake against the systems that require it, and waive the finding with a link to that test as the reason.`,
    fires: `service: settlement-api
language: go
kind: http-api
workload:
  bound: io
toolchain:
  go: "1.25"
compliance: [nist-post-quantum]
`,
    passes: `service: settlement-api
language: go
kind: http-api
workload:
  bound: io
toolchain:
  go: "1.26"
compliance: [nist-post-quantum]
`,
  },
  check({ proposal: p }) {
    const index = (p.compliance ?? []).findIndex((t) => t.trim().toLowerCase() === TAG);
    if (index < 0) return [];
    const hits: RuleHit[] = [];
    if (p.language === 'rust') {
      hits.push({
        path: ['compliance', index],
        message:
          `Compliance lists ${TAG} and the language is rust: rustls offers X25519MLKEM768 with its aws-lc-rs provider (the default of rustls 0.23), and a NIST-curve hybrid (SecP256r1MLKEM768) must be enabled explicitly if your compliance regime asks for one. Configure the hybrid ML-KEM key exchange in the TLS stack the service links and test the handshake against the systems that require it. ` +
          `Then waive the finding with a link to that test.`,
      });
    }
    const go = p.toolchain?.go;
    if (p.language === 'go' && go !== undefined && goOlderThan(go, GO_PQ_DEFAULT)) {
      hits.push({
        path: ['toolchain', 'go'],
        message:
          `Compliance lists ${TAG} but toolchain.go is ${quote(go)}, older than ${GO_PQ_DEFAULT}. Go enables X25519MLKEM768 from 1.24; the NIST-curve hybrids SecP256r1MLKEM768 and SecP384r1MLKEM1024 come only with Go ${GO_PQ_DEFAULT}, and only when go.mod's go line is ${GO_PQ_DEFAULT} or later and Config.CurvePreferences is nil. ` +
          `If your compliance regime asks for the NIST-curve hybrids, move to Go ${GO_PQ_DEFAULT} or later and raise go.mod's go line too (go mod init on 1.26.0 writes go 1.25.0).`,
      });
    }
    return hits;
  },
});
