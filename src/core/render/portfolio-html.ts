import { formatNumber, plural, range, usdRange } from '../format.js';
import {
  DRIFT_ICON,
  DRIFT_TITLE,
  MAX_DRIFT_MESSAGE,
  driftHeading,
  driftPlace,
} from './portfolio-drift.js';
import type { InventoryEntry, Portfolio, PortfolioWaiver } from '../portfolio.js';
import { statusKeyword } from '../status.js';
import type { Costs } from '../types.js';
import { clipText } from './escape.js';
import { VERDICT_LABEL } from './labels.js';
import {
  contradictionsHeading,
  EVIDENCE_INTRO,
  EVIDENCE_TITLE,
  evidenceRows,
  fileHref,
  manyRepositories,
  repositoryError,
  splitInventory,
  waiverWords,
  type PortfolioLinkOptions,
} from './portfolio-common.js';
import { DEFAULT_PORTFOLIO_TITLE } from './portfolio-markdown.js';

// One self-contained file for teams that publish the portfolio (e.g. to Pages): no script, no
// request, every piece of proposal text escaped, and a policy that forbids anything else.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; }
h1 { font-size: 1.8rem; margin-bottom: .25rem; } h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; margin-top: 2rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; } th, td { border: 1px solid #d0d7de; padding: .3rem .7rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.n { text-align: right; font-variant-numeric: tabular-nums; } code { background: #eff1f3; padding: .1em .3em; border-radius: 4px; }
.expired { color: #cf222e; font-weight: 600; } .expiring { color: #9a6700; font-weight: 600; } svg text { font: 12px sans-serif; fill: #1f2328; }
`;

/** The same content as the Markdown page, with the languages as an inline SVG bar chart. */
export function renderPortfolioHtml(
  portfolio: Portfolio,
  title = DEFAULT_PORTFOLIO_TITLE,
  links: PortfolioLinkOptions = {},
): string {
  const p = portfolio;
  const out: string[] = [];
  const many = manyRepositories(p);
  /** A proposal named in a list: its service and file, and its repository on a page of several. */
  const proposal = (x: { repository?: string; file: string; service: string | null }): string =>
    `${many ? `${repositoryName(x.repository)}: ` : ''}${named(x)}`;
  const repoCell = (x: { repository?: string }): string[] =>
    many ? [repositoryName(x.repository)] : [];
  const repoHead = many ? ['Repository'] : [];
  const linked = (e: InventoryEntry): string =>
    `<a href="${h(fileHref(p, e, links))}">${e.service ? h(clipText(e.service, 120)) : c(clipText(e.file, 300))}</a>`;
  out.push(
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<title>${h(title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${h(title)}</h1>`,
    `<p><strong>${plural(p.counts.proposals, 'proposal')}</strong>${many ? ` in ${plural(p.repositories.length, 'repository', 'repositories')}` : ''} judged on ${h(p.date)} by Stack Verdict's default policy ${h(p.policy)}. Overall: ${h(VERDICT_LABEL[p.verdict])}.${
      p.counts.past > 0
        ? ` ${plural(p.counts.past, 'of them is a past decision', 'of them are past decisions')}, listed apart and left out of every count and sum below.`
        : ''
    }</p>`,
  );

  if (many || p.repositories.some((r) => r.error)) {
    out.push(
      '<h2>Repositories</h2>',
      table(
        ['Repository', 'Read at', 'Proposals', 'Read'],
        p.repositories.map((r) => [
          c(r.name),
          r.ref ? c(r.ref) : 'default branch',
          n(r.proposals),
          r.error
            ? `<span class="expired">${h(clipText(repositoryError(r.error), 300))}</span>`
            : 'read',
        ]),
      ),
    );
  }

  out.push('<h2>By language</h2>', chart(p));
  out.push(
    table(
      ['Language', 'Proposals', 'Approved', 'With warnings', 'Changes requested'],
      p.byLanguage.map((r) => [
        c(r.language),
        n(r.proposals),
        n(r.approved),
        n(r.approvedWithWarnings),
        n(r.changesRequested),
      ]),
    ),
  );

  out.push('<h2>By status and verdict</h2>');
  out.push(
    table(
      ['Status', 'Proposals'],
      p.byStatus.map((t) => [c(t.value), n(t.proposals)]),
    ),
  );
  out.push(
    table(
      ['Verdict', 'Proposals'],
      p.byVerdict.map((t) => [
        h(VERDICT_LABEL[t.value as keyof typeof VERDICT_LABEL] ?? t.value),
        n(t.proposals),
      ]),
    ),
  );

  const { current, past } = splitInventory(p);
  out.push(`<h2>Proposals (${current.length})</h2>`);
  out.push(
    current.length === 0
      ? '<p>No current proposal.</p>'
      : table(
          [
            ...repoHead,
            'Service',
            'Owner',
            'Language',
            'Recommended',
            'Verdict',
            'Status',
            'Justifications',
            'Waivers',
          ],
          current.map((e) => [
            ...repoCell(e),
            linked(e),
            e.owner ? h(clipText(e.owner, 120)) : '—',
            e.language ? c(e.language) : '—',
            e.recommended ? c(e.recommended) : '—',
            h(VERDICT_LABEL[e.verdict]),
            c(e.status),
            e.justifications.length
              ? e.justifications.map((j) => `${c(j.id)} ${h(j.basis)}`).join(', ')
              : '—',
            e.waivers.length
              ? e.waivers.map((w) => `${c(w.rule)} ${h(waiverWords(w, p.date))}`).join(', ')
              : '—',
          ]),
        ),
  );

  out.push(`<h2>Past decisions (${past.length})</h2>`);
  out.push(
    past.length === 0
      ? '<p>No rejected, deprecated or superseded decision.</p>'
      : '<p>Rejected, deprecated and superseded decisions: judged and kept on record, and left out of every count and sum on this page.</p>' +
          table(
            [...repoHead, 'Service', 'Owner', 'Language', 'Status', 'Superseded by'],
            past.map((e) => [
              ...repoCell(e),
              linked(e),
              e.owner ? h(clipText(e.owner, 120)) : '—',
              e.language ? c(e.language) : '—',
              c(statusKeyword(e.status)),
              e.supersededBy ? h(clipText(e.supersededBy, 120)) : '—',
            ]),
          ),
  );

  out.push(`<h2>Language differs from the recommendation (${p.mismatches.length})</h2>`);
  out.push(
    p.mismatches.length === 0
      ? '<p>Every Go or Rust proposal chose what the policy recommends.</p>'
      : table(
          ['Proposal', 'Chose', 'Recommended', 'Why'],
          p.mismatches.map((m) => [
            proposal(m),
            c(m.language),
            c(m.recommended),
            m.justifications.length
              ? `Rust justifications: ${m.justifications.map(c).join(', ')}`
              : 'no Rust justification holds',
          ]),
        ),
  );

  const expiring = p.waivers.filter((w) => w.state === 'expiring').length;
  const expired = p.waivers.filter((w) => w.state === 'expired').length;
  out.push(
    `<h2>Waivers (${p.waivers.length}: ${expiring} expiring within ${plural(p.warningDays, 'day')}, ${expired} expired)</h2>`,
  );
  out.push(
    p.waivers.length === 0
      ? '<p>No proposal waives a finding.</p>'
      : table(
          ['Proposal', 'Rule', 'Reason', 'Approved by', 'Expires', 'State'],
          p.waivers.map((w) => [
            proposal(w),
            c(w.rule),
            h(clipText(w.reason, 300)),
            w.approvedBy ? h(clipText(w.approvedBy, 120)) : '—',
            h(w.expires ?? '—'),
            waiverState(w),
          ]),
        ),
  );

  out.push('<h2>Measurements to revisit</h2>');
  out.push(
    `<h3>Measured on Go older than 1.26 (${p.remeasure.length})</h3>`,
    items(p.remeasure, proposal),
  );
  out.push(
    `<h3>Growing memory not yet leak-checked (${p.leakUnchecked.length})</h3>`,
    items(p.leakUnchecked, proposal),
  );

  if (p.evidence) {
    const e = p.evidence;
    out.push(
      `<h2>${h(EVIDENCE_TITLE)}</h2>`,
      `<p>${h(EVIDENCE_INTRO)}</p>`,
      table(
        ['Evidence', 'Constraints'],
        evidenceRows(e).map(([icon, words, count]) => [`${icon} ${h(words)}`, n(count)]),
      ),
      `<h3>${h(contradictionsHeading(e))}</h3>`,
      e.contradictions.length === 0
        ? '<p>None.</p>'
        : `<ul>${e.contradictions
            .map((m) => {
              const service = m.service ? `${h(clipText(m.service, 120))} ` : '';
              const place = `${many ? `${repositoryName(m.repository)}: ` : ''}${service}(<code>${h(`${clipText(m.file, 300)}:${m.line}`)}</code>)`;
              return `<li>${place}: ${h(clipText(m.message, 600))}</li>`;
            })
            .join('')}</ul>`,
    );
  }

  out.push('<h2>The cost of the Rust choices</h2>');
  if (p.costs.length === 0)
    out.push('<p>No Rust proposal gives the figures to compute a cost.</p>');
  else {
    const t = p.costTotals;
    out.push(
      table(
        [
          'Proposal',
          'Pay premium a year',
          'Onboarding (engineer-months)',
          'Ramp from attrition (engineer-months a year)',
          'Extra CI minutes a day',
        ],
        [
          ...p.costs.map((row) => [proposal(row), ...costCells(row.costs)]),
          [
            `<strong>Total, ${plural(t.proposals, 'Rust proposal')}</strong>`,
            n(usdRange(t.premiumPerYear)),
            n(range(t.onboardingEngineerMonths)),
            n(range(t.rampEngineerMonthsPerYear)),
            n(formatNumber(t.ciMinutesPerDay)),
          ],
        ],
      ),
    );
  }
  if (p.costExclusions.length > 0) {
    // Never silently: a sum over fewer proposals than there are must say which it misses.
    out.push(
      `<p>The sums leave out, in whole or in part, ${plural(p.costExclusions.length, 'Rust proposal')}:</p>`,
      `<ul class="left-out">${p.costExclusions.map((x) => `<li>${proposal(x)}: ${h(x.gaps.join(', '))}</li>`).join('')}</ul>`,
    );
  }
  const drift = driftHtml(p);
  if (drift) out.push(drift);
  out.push('</body></html>', '');
  return out.join('\n');
}

/** The drift section; empty when the code was not read. */
function driftHtml(p: Portfolio): string {
  if (!p.drift) return '';
  const out = [`<h2>${h(driftHeading(p))}</h2>`];
  if (p.drift.length === 0) {
    out.push('<p>The code and the developer portal agree with the decisions.</p>');
    return out.join('\n');
  }
  out.push('<ul>');
  for (const d of p.drift) {
    const text = clipText(`${driftPlace(d)}${d.message}`, MAX_DRIFT_MESSAGE);
    out.push(
      `<li>${DRIFT_ICON[d.severity]} <strong>${h(DRIFT_TITLE[d.kind])}</strong>: ${h(text)}</li>`,
    );
  }
  out.push('</ul>');
  return out.join('\n');
}

/** Horizontal bars, one per language, drawn to scale with the count beside each. */
function chart(p: Portfolio): string {
  const rows = p.byLanguage;
  if (rows.length === 0) return '<p>No proposals.</p>';
  const max = Math.max(...rows.map((r) => r.proposals));
  const barArea = 400;
  const rowHeight = 24;
  const label = 140;
  const height = rows.length * rowHeight + 8;
  const bars = rows.map((r, i) => {
    const y = 4 + i * rowHeight;
    const w = Math.max(2, Math.round((r.proposals / max) * barArea));
    return (
      `<g class="bar"><text x="${label - 8}" y="${y + 16}" text-anchor="end">${h(clipText(r.language, 20))}</text>` +
      `<rect x="${label}" y="${y + 3}" width="${w}" height="${rowHeight - 6}" fill="#0969da"><title>${h(clipText(r.language, 120))}: ${r.proposals}</title></rect>` +
      `<text x="${label + w + 6}" y="${y + 16}">${r.proposals}</text></g>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Proposals by language" width="${label + barArea + 60}" height="${height}" viewBox="0 0 ${label + barArea + 60} ${height}">` +
    `${bars.join('')}</svg>`
  );
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const th = head.map((x) => `<th>${h(x)}</th>`).join('');
  const body = rows.map(
    (r) =>
      `<tr>${r.map((cell) => (cell.startsWith('<td') ? cell : `<td>${cell}</td>`)).join('')}</tr>`,
  );
  return `<table><thead><tr>${th}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function items(
  list: Portfolio['remeasure'],
  proposal: (x: Portfolio['remeasure'][number]) => string,
): string {
  if (list.length === 0) return '<p>None.</p>';
  return `<ul>${list.map((m) => `<li>${proposal(m)}, line ${m.line}: ${h(clipText(m.message, 600))}</li>`).join('')}</ul>`;
}

function waiverState(w: PortfolioWaiver): string {
  if (w.state === 'expired')
    return `<span class="expired">expired ${plural(-(w.daysLeft ?? 0), 'day')} ago</span>`;
  if (w.state === 'expiring')
    return `<span class="expiring">expires in ${plural(w.daysLeft ?? 0, 'day')}</span>`;
  return w.state === 'unused' ? 'unused (waives nothing)' : 'active';
}

function costCells(costs: Costs): string[] {
  return [
    n(costs.premiumPerYear ? usdRange(costs.premiumPerYear) : '—'),
    n(costs.onboardingEngineerMonths ? range(costs.onboardingEngineerMonths) : '—'),
    n(costs.rampEngineerMonthsPerYear ? range(costs.rampEngineerMonthsPerYear) : '—'),
    n(costs.ciMinutesPerDay !== null ? formatNumber(costs.ciMinutesPerDay) : '—'),
  ];
}

function named(x: { file: string; service: string | null }): string {
  const name = x.service ? `${h(clipText(x.service, 120))} ` : '';
  return `${name}(${c(clipText(x.file, 300))})`;
}

/** A repository's name, or what stands for a local folder's proposals on a page of several. */
function repositoryName(name: string | undefined): string {
  return name ? c(name) : '(this folder)';
}

function n(value: number | string): string {
  return `<td class="n">${h(String(value))}</td>`;
}

function c(value: string): string {
  return `<code>${h(clipText(value, 120))}</code>`;
}

/** HTML text and attribute values: proposal text is data, never markup. */
export function h(value: string): string {
  return String(value).replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}
