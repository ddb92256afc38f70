import { goOlderThan } from '../versions.js';
import type { RuleHit } from './rule.js';
import { defineRule } from './rule.js';

/** First Go release whose crypto/tls negotiates hybrid ML-KEM by default (a fact, not a policy). */
const GO_PQ_DEFAULT = '1.26';
const TAG = 'nist-post-quantum';

export default defineRule({
  id: 'post-quantum-tls',
  severity: 'notice',
  description:
    'NIST post-quantum compliance is required, and the chosen stack does not negotiate hybrid ML-KEM by default.',
  docs: {
    why: `Services that talk to government or financial systems increasingly must use the NIST post-quantum standards. Since Go 1.26, crypto/tls negotiates a hybrid post-quantum key exchange (SecP256r1MLKEM768 and SecP384r1MLKEM1024) without any configuration, so a Go service on 1.26 or later meets this by upgrading. Older Go releases do not, and in Rust the TLS stack the service links has to be set up for hybrid ML-KEM key exchange and verified by the team.`,
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
          `Compliance lists ${TAG} and the language is rust: the TLS stack the service links must be explicitly configured for hybrid ML-KEM key exchange, whereas Go ${GO_PQ_DEFAULT} and later negotiate SecP256r1MLKEM768 / SecP384r1MLKEM1024 by default. ` +
          `Configure and test hybrid ML-KEM in the TLS setup and waive the finding with that evidence, or choose Go ${GO_PQ_DEFAULT}+.`,
      });
    }
    const go = p.toolchain?.go;
    if (p.language === 'go' && go !== undefined && goOlderThan(go, GO_PQ_DEFAULT)) {
      hits.push({
        path: ['toolchain', 'go'],
        message:
          `Compliance lists ${TAG} but toolchain.go is ${go}, older than ${GO_PQ_DEFAULT}, the first Go release whose crypto/tls negotiates hybrid post-quantum key exchange (SecP256r1MLKEM768 / SecP384r1MLKEM1024) by default. ` +
          `Move to Go ${GO_PQ_DEFAULT} or later.`,
      });
    }
    return hits;
  },
});
