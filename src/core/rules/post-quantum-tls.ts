import { quote } from '../format.js';
import { goOlderThan } from '../versions.js';
import type { RuleHit } from './rule.js';
import { defineRule } from './rule.js';

/** First Go release whose crypto/tls negotiates the NIST-curve ML-KEM hybrids by default (a fact, not a policy). */
const GO_PQ_DEFAULT = '1.26';
const TAG = 'nist-post-quantum';

export default defineRule({
  id: 'post-quantum-tls',
  severity: 'notice',
  description:
    'NIST post-quantum compliance is required, and the chosen stack does not negotiate the NIST hybrid ML-KEM key exchanges by default.',
  docs: {
    why: `Services that talk to government or financial systems may be required to use the NIST post-quantum standards. Go's crypto/tls has negotiated the hybrid X25519MLKEM768 key exchange by default since Go 1.24; Go 1.26 adds the NIST-curve hybrids SecP256r1MLKEM768 and SecP384r1MLKEM1024 by default, which NIST-bound systems need, so a Go service meets this on 1.26 or later without configuration. In Rust, hybrid ML-KEM key exchange has to be configured and tested in the TLS stack the service links.`,
    fix: `For Go, set \`toolchain.go\` to 1.26 or later. For Rust, configure the TLS stack for hybrid ML-KEM key exchange, test the handshake against the systems that require it, and waive the finding with a link to that test as the reason.`,
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
          `Compliance lists ${TAG} and the language is rust: configure hybrid ML-KEM key exchange in the TLS stack the service links and test the handshake against the systems that require it. ` +
          `Then waive the finding with a link to that test.`,
      });
    }
    const go = p.toolchain?.go;
    if (p.language === 'go' && go !== undefined && goOlderThan(go, GO_PQ_DEFAULT)) {
      hits.push({
        path: ['toolchain', 'go'],
        message:
          `Compliance lists ${TAG} but toolchain.go is ${quote(go)}, older than ${GO_PQ_DEFAULT}. Go 1.24 and later negotiate X25519MLKEM768 by default, but the NIST-curve hybrids SecP256r1MLKEM768 and SecP384r1MLKEM1024, which NIST-bound systems need, are on by default only from Go ${GO_PQ_DEFAULT}. ` +
          `Move to Go ${GO_PQ_DEFAULT} or later.`,
      });
    }
    return hits;
  },
});
