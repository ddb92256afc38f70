export const id = 357;
export const ids = [357];
export const modules = {

/***/ 8357:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPortfolio: () => (/* binding */ runPortfolio)
});

// EXTERNAL MODULE: ./src/action/heap.ts
var heap = __webpack_require__(3534);
// EXTERNAL MODULE: ./src/action/stages/configuration.ts
var configuration = __webpack_require__(9918);
// EXTERNAL MODULE: ./src/action/stages/files.ts
var files = __webpack_require__(6567);
// EXTERNAL MODULE: ./src/action/stages/judge.ts
var judge = __webpack_require__(5387);
// EXTERNAL MODULE: ./src/action/stages/outputs.ts + 5 modules
var outputs = __webpack_require__(3972);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/engine.ts
var engine = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(2721);
// EXTERNAL MODULE: ./src/core/verdict.ts
var verdict = __webpack_require__(9478);
;// CONCATENATED MODULE: ./src/core/portfolio.ts
// The portfolio: every service decision of a repository at a glance. Built from a
// run's report alone, so the CLI, the Action and a report from elsewhere all give one page.



const PORTFOLIO_VERSION = 1;
const DEFAULT_WARNING_DAYS = 30;
const VERDICTS = ['approved', 'approved-with-warnings', 'changes-requested'];
function buildPortfolio(report, options) {
    const warningDays = options.warningDays ?? DEFAULT_WARNING_DAYS;
    const proposals = report.proposals;
    const languages = new Map();
    for (const p of proposals) {
        const language = p.language ?? '(none)';
        let row = languages.get(language);
        if (!row) {
            row = { language, proposals: 0, approved: 0, approvedWithWarnings: 0, changesRequested: 0 };
            languages.set(language, row);
        }
        row.proposals++;
        if (p.verdict === 'approved')
            row.approved++;
        else if (p.verdict === 'approved-with-warnings')
            row.approvedWithWarnings++;
        else
            row.changesRequested++;
    }
    const byLanguage = [...languages.values()].sort((a, b) => b.proposals - a.proposals || (0,verdict/* compareText */.n6)(a.language, b.language));
    const costs = proposals.flatMap((p) => p.costs && hasAnyCost(p.costs) ? [{ file: p.file, service: p.service, costs: p.costs }] : []);
    return {
        version: PORTFOLIO_VERSION,
        policy: report.policy ?? policy/* POLICY_VERSION */.K,
        date: options.today,
        warningDays,
        verdict: report.verdict,
        proposals: proposals.length,
        byLanguage,
        byStatus: tally(proposals.map((p) => p.status)),
        byVerdict: tally(proposals.map((p) => p.verdict)).sort((a, b) => VERDICTS.indexOf(a.value) -
            VERDICTS.indexOf(b.value)),
        mismatches: proposals.flatMap(mismatch),
        waivers: proposals
            .flatMap((p) => waiversOf(p, options.today, warningDays))
            .sort(compareWaivers),
        remeasure: findingsOf(proposals, 'gc-remeasure-on-go-1-26'),
        leakUnchecked: findingsOf(proposals, 'goroutine-leak-check'),
        costs,
        costTotals: sumCosts(costs),
    };
}
function tally(values) {
    const counts = new Map();
    for (const v of values)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts]
        .map(([value, proposals]) => ({ value, proposals }))
        .sort((a, b) => b.proposals - a.proposals || (0,verdict/* compareText */.n6)(a.value, b.value));
}
/** A proposal whose language is go or rust and differs from the recommendation. */
function mismatch(p) {
    if (p.recommended === null || (p.language !== 'go' && p.language !== 'rust'))
        return [];
    if (p.language === p.recommended)
        return [];
    return [
        {
            file: p.file,
            service: p.service,
            language: p.language,
            recommended: p.recommended,
            justifications: [...p.justifications],
        },
    ];
}
function waiversOf(p, today, warningDays) {
    return (p.waivers ?? []).map((w) => {
        const daysLeft = w.expires ? (0,engine/* daysBetween */.YM)(today, w.expires) : null;
        let state = w.state;
        if (w.state !== 'unused' && daysLeft !== null) {
            if (daysLeft < 0)
                state = 'expired';
            else if (daysLeft <= warningDays)
                state = 'expiring';
        }
        return {
            file: p.file,
            service: p.service,
            rule: w.rule,
            reason: w.reason,
            approvedBy: w.approvedBy ?? null,
            expires: w.expires ?? null,
            daysLeft,
            state,
        };
    });
}
const WAIVER_ORDER = {
    expiring: 0,
    expired: 1,
    active: 2,
    unused: 3,
};
/** Expiring first (soonest first), then expired, then the rest; ties by file and rule. */
function compareWaivers(a, b) {
    return (WAIVER_ORDER[a.state] - WAIVER_ORDER[b.state] ||
        (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) ||
        (0,verdict/* compareText */.n6)(a.file, b.file) ||
        (0,verdict/* compareText */.n6)(a.rule, b.rule));
}
function findingsOf(proposals, rule) {
    return proposals.flatMap((p) => p.findings
        .filter((f) => f.rule === rule)
        .map((f) => ({ file: p.file, service: p.service, line: f.line, message: f.message })));
}
function hasAnyCost(c) {
    return (c.premiumPerYear !== null ||
        c.onboardingEngineerMonths !== null ||
        c.rampEngineerMonthsPerYear !== null ||
        c.ciMinutesPerDay !== null);
}
function sumCosts(rows) {
    const totals = {
        proposals: rows.length,
        premiumPerYear: [0, 0],
        onboardingEngineerMonths: [0, 0],
        rampEngineerMonthsPerYear: [0, 0],
        ciMinutesPerDay: 0,
    };
    const add = (into, v) => {
        if (v) {
            into[0] += v[0];
            into[1] += v[1];
        }
    };
    for (const { costs } of rows) {
        add(totals.premiumPerYear, costs.premiumPerYear);
        add(totals.onboardingEngineerMonths, costs.onboardingEngineerMonths);
        add(totals.rampEngineerMonthsPerYear, costs.rampEngineerMonthsPerYear);
        totals.ciMinutesPerDay += costs.ciMinutesPerDay ?? 0;
    }
    // Sums of one-decimal figures drift (0.1 + 0.2): keep what the rules would show.
    const tidy = (n) => Math.round(n * 1000) / 1000;
    totals.rampEngineerMonthsPerYear = [
        tidy(totals.rampEngineerMonthsPerYear[0]),
        tidy(totals.rampEngineerMonthsPerYear[1]),
    ];
    totals.ciMinutesPerDay = tidy(totals.ciMinutesPerDay);
    return totals;
}

// EXTERNAL MODULE: ./src/core/render/escape.ts
var render_escape = __webpack_require__(6745);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/core/render/labels.ts
var labels = __webpack_require__(9141);
;// CONCATENATED MODULE: ./src/core/render/portfolio-markdown.ts



const DEFAULT_PORTFOLIO_TITLE = 'Architecture decisions';
/** GitHub's limit for an issue body, less room for the marker. */
const ISSUE_BODY_LIMIT = 65_000;
const MAX_NAME = 120;
const MAX_REASON = 300;
const MAX_MESSAGE = 600;
/** Rows per list tried in turn until the page fits; Infinity lists everything. */
const ROW_STEPS = [Infinity, 200, 50, 20, 5, 0];
/** The portfolio page in GitHub Markdown, cut by rows (never mid-row) to `maxLength`. */
function renderPortfolioMarkdown(portfolio, options = {}) {
    const limit = options.maxLength ?? Infinity;
    let page = '';
    for (const rows of ROW_STEPS) {
        page = render(portfolio, options, rows);
        if (page.length <= limit)
            return page;
    }
    // Even the summary alone is too long (thousands of languages): cut at a line.
    const cut = page.lastIndexOf('\n', limit - 2);
    return `${page.slice(0, Math.max(0, cut))}\n`;
}
function render(p, options, maxRows) {
    const out = [];
    if (options.marker)
        out.push(options.marker);
    out.push(`# ${(0,render_escape/* escapeMarkdown */.FV)((0,render_escape/* clipText */.gL)(options.title ?? DEFAULT_PORTFOLIO_TITLE, MAX_NAME))}`, '');
    out.push(`**${(0,format/* plural */.LS)(p.proposals, 'proposal')}** judged on ${p.date} by Stack Verdict's default policy ${(0,render_escape/* escapeMarkdown */.FV)(p.policy)}. ` +
        `Overall: ${labels/* VERDICT_ICON */.YY[p.verdict]} ${labels/* VERDICT_LABEL */.j[p.verdict]}.`, '');
    let cut = 0;
    const list = (items) => {
        if (items.length > maxRows)
            cut += items.length - maxRows;
        return items.slice(0, maxRows);
    };
    out.push('## By language', '');
    out.push('| Language | Proposals | \u2705 Approved | \u26a0\ufe0f With warnings | \u274c Changes requested |', '| --- | ---: | ---: | ---: | ---: |');
    for (const r of p.byLanguage) {
        out.push(`| ${code(r.language)} | ${r.proposals} | ${r.approved} | ${r.approvedWithWarnings} | ${r.changesRequested} |`);
    }
    out.push('');
    if (p.byLanguage.length > 0)
        out.push(...mermaidPie(p), '');
    out.push('## By status and verdict', '');
    out.push('| Status | Proposals |', '| --- | ---: |');
    for (const t of p.byStatus)
        out.push(`| ${code(t.value)} | ${t.proposals} |`);
    out.push('', '| Verdict | Proposals |', '| --- | ---: |');
    for (const t of p.byVerdict) {
        const v = t.value;
        out.push(`| ${labels/* VERDICT_ICON */.YY[v] ?? ''} ${labels/* VERDICT_LABEL */.j[v] ?? (0,render_escape/* escapeMarkdown */.FV)(t.value)} | ${t.proposals} |`);
    }
    out.push('');
    out.push(`## Language differs from the recommendation (${p.mismatches.length})`, '');
    if (p.mismatches.length === 0)
        out.push('Every Go or Rust proposal chose what the policy recommends.');
    else {
        out.push('| Proposal | Chose | Recommended | Why |', '| --- | --- | --- | --- |');
        for (const m of list(p.mismatches)) {
            const why = m.justifications.length
                ? `Rust justifications: ${m.justifications.map(code).join(', ')}`
                : 'no Rust justification holds';
            out.push(`| ${proposal(m)} | ${code(m.language)} | ${code(m.recommended)} | ${why} |`);
        }
    }
    out.push('');
    const expiring = p.waivers.filter((w) => w.state === 'expiring').length;
    const expired = p.waivers.filter((w) => w.state === 'expired').length;
    out.push(`## Waivers (${p.waivers.length}: ${expiring} expiring within ${(0,format/* plural */.LS)(p.warningDays, 'day')}, ${expired} expired)`, '');
    if (p.waivers.length === 0)
        out.push('No proposal waives a finding.');
    else {
        out.push('| Proposal | Rule | Reason | Approved by | Expires | State |', '| --- | --- | --- | --- | --- | --- |');
        for (const w of list(p.waivers)) {
            out.push(`| ${proposal(w)} | ${code(w.rule)} | ${portfolio_markdown_text(w.reason, MAX_REASON)} | ${w.approvedBy ? portfolio_markdown_text(w.approvedBy, MAX_NAME) : '\u2014'} | ${w.expires ?? '\u2014'} | ${waiverState(w)} |`);
        }
    }
    out.push('');
    out.push('## Measurements to revisit', '');
    out.push(`### Measured on Go older than 1.26 (${p.remeasure.length})`, '');
    if (p.remeasure.length === 0)
        out.push('None.');
    for (const m of list(p.remeasure))
        out.push(`- ${proposal(m)}, line ${m.line}: ${message(m.message)}`);
    out.push('', `### Growing memory not yet leak-checked (${p.leakUnchecked.length})`, '');
    if (p.leakUnchecked.length === 0)
        out.push('None.');
    for (const m of list(p.leakUnchecked))
        out.push(`- ${proposal(m)}, line ${m.line}: ${message(m.message)}`);
    out.push('');
    out.push('## The cost of the Rust choices', '');
    if (p.costs.length === 0)
        out.push('No Rust proposal gives the figures to compute a cost.');
    else {
        out.push('| Proposal | Pay premium a year | Onboarding (engineer-months) | Ramp from attrition (engineer-months a year) | Extra CI minutes a day |', '| --- | ---: | ---: | ---: | ---: |');
        for (const c of list(p.costs))
            out.push(`| ${proposal(c)} | ${costCells(c.costs)} |`);
        const t = p.costTotals;
        out.push(`| **Total, ${(0,format/* plural */.LS)(t.proposals, 'Rust proposal')}** | **${(0,format/* usdRange */.iQ)(t.premiumPerYear)}** | **${(0,format/* range */.y1)(t.onboardingEngineerMonths)}** | **${(0,format/* range */.y1)(t.rampEngineerMonthsPerYear)}** | **${(0,format/* formatNumber */.ZV)(t.ciMinutesPerDay)}** |`);
    }
    out.push('');
    if (cut > 0) {
        const where = options.fullPageHint ? ` ${options.fullPageHint}` : '';
        out.push(`> [!NOTE]\n> ${(0,format/* plural */.LS)(cut, 'row')} left out to stay within GitHub's limits.${where}`, '');
    }
    return out.join('\n');
}
/** A pie of proposals by language. Labels are reduced to safe characters: Mermaid parses them. */
function mermaidPie(p) {
    const lines = ['```mermaid', 'pie showData title Proposals by language'];
    for (const r of p.byLanguage)
        lines.push(`    "${mermaidLabel(r.language)}" : ${r.proposals}`);
    lines.push('```');
    return lines;
}
function mermaidLabel(value) {
    const safe = value
        .replace(/[^A-Za-z0-9+#._ -]/g, '')
        .slice(0, 40)
        .trim();
    return safe || 'other';
}
function proposal(x) {
    const name = x.service ? `${portfolio_markdown_text(x.service, MAX_NAME)} ` : '';
    return `${name}(${code((0,render_escape/* clipText */.gL)(x.file, 300))})`;
}
function waiverState(w) {
    if (w.state === 'expired')
        return `\u26d4 expired ${(0,format/* plural */.LS)(-(w.daysLeft ?? 0), 'day')} ago`;
    if (w.state === 'expiring')
        return `\u23f3 expires in ${(0,format/* plural */.LS)(w.daysLeft ?? 0, 'day')}`;
    if (w.state === 'unused')
        return 'unused (waives nothing)';
    return 'active';
}
function costCells(c) {
    return [
        c.premiumPerYear ? (0,format/* usdRange */.iQ)(c.premiumPerYear) : '\u2014',
        c.onboardingEngineerMonths ? (0,format/* range */.y1)(c.onboardingEngineerMonths) : '\u2014',
        c.rampEngineerMonthsPerYear ? (0,format/* range */.y1)(c.rampEngineerMonthsPerYear) : '\u2014',
        c.ciMinutesPerDay !== null ? (0,format/* formatNumber */.ZV)(c.ciMinutesPerDay) : '\u2014',
    ].join(' | ');
}
function code(value) {
    return `<code>${(0,render_escape/* escapeCode */.tn)((0,render_escape/* clipText */.gL)(value, MAX_NAME))}</code>`;
}
function portfolio_markdown_text(value, max) {
    return (0,render_escape/* escapeMarkdown */.FV)((0,render_escape/* clipText */.gL)(value, max));
}
function message(value) {
    return (0,render_escape/* messageToMarkdown */.UT)((0,render_escape/* clipText */.gL)(value, MAX_MESSAGE));
}

// EXTERNAL MODULE: ./src/action/github.ts
var github = __webpack_require__(6339);
// EXTERNAL MODULE: ./src/action/api/paginate.ts
var paginate = __webpack_require__(5040);
;// CONCATENATED MODULE: ./src/action/api/list-issues.ts
// GET /repos/{owner}/{repo}/issues?creator=\u2026&state=all: the issues (open or closed) one account
// opened. Pull requests are in this list too; they are left out here.

const MAX_ISSUE_PAGES = 30;
async function listIssuesBy(api, repo, creator) {
    return (0,paginate/* everyPage */.L)((page) => api.request('GET /repos/{owner}/{repo}/issues', {
        owner: repo.owner,
        repo: repo.repo,
        creator,
        state: 'all',
        sort: 'created',
        direction: 'asc',
        per_page: 100,
        page,
    }), { perPage: 100, maxPages: MAX_ISSUE_PAGES, item: issue });
}
function issue(item) {
    const i = item;
    if (!i || typeof i.number !== 'number' || i.pull_request)
        return undefined;
    return {
        number: i.number,
        title: typeof i.title === 'string' ? i.title : '',
        body: typeof i.body === 'string' ? i.body : '',
        state: typeof i.state === 'string' ? i.state : '',
        user: i.user && typeof i.user.login === 'string'
            ? { login: i.user.login, type: typeof i.user.type === 'string' ? i.user.type : '' }
            : undefined,
        ...(typeof i.html_url === 'string' ? { html_url: i.html_url } : {}),
    };
}

;// CONCATENATED MODULE: ./src/action/api/create-issue.ts
// POST /repos/{owner}/{repo}/issues.

/** The issue as GitHub recorded it (its author is this token's identity). */
async function createIssue(api, repo, title, body) {
    const res = await api.request('POST /repos/{owner}/{repo}/issues', {
        owner: repo.owner,
        repo: repo.repo,
        title,
        body,
    });
    return issue(res.data);
}

;// CONCATENATED MODULE: ./src/action/api/update-issue.ts
// PATCH /repos/{owner}/{repo}/issues/{issue_number}: its body (and, for a duplicate, its state).

async function updateIssue(api, repo, number, fields) {
    const res = await api.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        owner: repo.owner,
        repo: repo.repo,
        issue_number: number,
        ...fields,
    });
    return issue(res.data);
}

// EXTERNAL MODULE: ./src/action/comment/body.ts
var comment_body = __webpack_require__(122);
// EXTERNAL MODULE: ./src/action/comment/identity.ts + 2 modules
var comment_identity = __webpack_require__(6663);
// EXTERNAL MODULE: ./src/action/comment/marker.ts
var comment_marker = __webpack_require__(4576);
// EXTERNAL MODULE: ./src/action/printable.ts
var printable = __webpack_require__(4329);
;// CONCATENATED MODULE: ./src/action/portfolio/issue.ts
// The portfolio issue: one per repository and `comment-tag`, kept as the sticky comment is
// kept (comment/sticky.ts). It is found by its author (this token's identity) and by its whole
// body: the hidden marker first, the page's heading and summary, our closing line last, and
// with a `state-key` a signature that verifies (comment/body.ts frames and signs both). Never
// by its title, so people may retitle it. Anything else (another author's issue, or one of
// this identity that another workflow filled with pull request text) is never edited and
// never counted as a duplicate. After a create the list is read again: when two runs raced,
// the oldest issue gets the page and the one just created is closed without the marker.
// Issues cannot be deleted through the API, hence closing.








/** The hidden first line of the portfolio issue (the tag is validated by inputs.ts). */
function portfolioMarker(tag) {
    return `<!-- stack-verdict:portfolio tag="${tag}" -->`;
}
/** The login to list issues by: an app's bot is listed as `name[bot]`. */
function creatorLogin(identity) {
    return identity.bot && !identity.login.endsWith('[bot]')
        ? `${identity.login}[bot]`
        : identity.login;
}
const PAGE = {
    kind: 'portfolio',
    heading: /^# [^\n]+$/,
    end: /\n\n(<!-- stack-verdict:portfolio-end v1)( sig=[0-9a-f]{64})? -->\n?$/,
    endStart: '<!-- stack-verdict:portfolio-end',
    endName: 'closing line',
};
/** The closing line of an issue a keyed run signed. */
const SIGNED_END = / sig=[0-9a-f]{64} -->\n?$/;
/** The page's first line after its heading (core/render/portfolio-markdown.ts). */
const SUMMARY = /^\*\*\d+ proposals?\*\* judged on \d{4}-\d{2}-\d{2} by Stack Verdict's /;
/** The issue's whole body: the page (which starts with the marker) and our closing line. */
function portfolioBody(page, signing) {
    return (0,comment_body/* signedBody */.h8)(`${page.trimEnd()}\n\n<!-- stack-verdict:portfolio-end v1 -->\n`, 'portfolio', signing);
}
/** Whether `body` is wholly a portfolio page of this action for `marker` (see readFrame). */
function readOurPortfolio(body, marker, signing) {
    const framed = (0,comment_body/* readFrame */.IW)(body, marker, PAGE);
    if (!framed.ok)
        return framed;
    if (!SUMMARY.test(framed.text.split('\n', 4)[3] ?? '')) {
        return { ok: false, reason: "it lacks the page's summary line" };
    }
    if (signing) {
        const problem = (0,comment_body/* signatureProblem */.o1)(framed, PAGE, signing);
        if (problem)
            return { ok: false, reason: problem };
    }
    return { ok: true };
}
/** Ours: written by this identity and wholly a page of ours. Oldest first. */
function oursIn(issues, marker, identity, signing, log) {
    const ours = [];
    for (const i of issues) {
        if (!(0,comment_marker/* hasMarker */.xY)(i.body, marker))
            continue;
        if (!(0,comment_identity/* writtenBy */.xO)({ id: i.number, body: i.body, user: i.user }, identity))
            continue;
        const adopted = (0,comment_marker/* startsWithMarker */.Ox)(i.body, marker)
            ? readOurPortfolio(i.body, marker, signing)
            : { ok: false, reason: 'it does not start with the marker' };
        if (adopted.ok)
            ours.push(i);
        else {
            // The reason is ours; nothing of the issue's text is quoted.
            log?.info(`Issue #${i.number} carries the portfolio marker but is not wholly a portfolio page of this action (${adopted.reason}); it is left as it is and is no duplicate.`);
        }
    }
    return ours.sort((a, b) => a.number - b.number);
}
async function syncPortfolioIssue(api, repo, 
/** `markdown`: the rendered page, starting with `marker`; `signing` with a `state-key`. */
page, log, 
/** The token, when known: an installation token is not sent to GET /user (identity.ts). */
token) {
    const { title, marker, signing } = page;
    const body = portfolioBody(page.markdown, signing);
    let step = 'read the issues of';
    try {
        const identity = await (0,comment_identity/* resolveIdentity */.XH)(api, log, token);
        const creator = creatorLogin(identity);
        log.info(`the portfolio issue is looked for among the issues opened by ${(0,printable/* printable */.g)(creator)}`);
        const listed = await listIssuesBy(api, repo, creator);
        const mine = oursIn(listed, marker, identity, signing, log);
        const signed = signing ? undefined : mine.find((i) => SIGNED_END.test(i.body));
        if (signed) {
            // A keyed run signed it: rewritten unsigned, the next keyed run would refuse it and
            // open a second issue. Left as it is, and no other issue is opened.
            return {
                action: 'failed',
                reason: `the portfolio issue #${signed.number} is signed with a \`state-key\` and this run has none (is the secret missing?), so it was left as it is and no second issue was opened`,
                fatal: false,
            };
        }
        const ours = mine[0];
        if (ours) {
            step = `update issue #${ours.number} in`;
            for (const extra of mine.slice(1))
                await closeDuplicate(api, repo, extra, ours.number, log);
            if (ours.state === 'closed') {
                log.info(`The portfolio issue #${ours.number} is closed; its page is updated, and it stays closed.`);
            }
            if (ours.body === body)
                return { action: 'unchanged', number: ours.number, url: ours.html_url };
            const updated = await updateIssue(api, repo, ours.number, { body });
            return { action: 'updated', number: ours.number, url: updated?.html_url ?? ours.html_url };
        }
        step = 'create an issue in';
        const created = await createIssue(api, repo, title, body);
        if (!created)
            return { action: 'created', number: 0, url: undefined };
        step = `check for a second portfolio issue in`;
        // GitHub records the author of the issue just created: this token's identity, for free.
        const author = created.user
            ? {
                login: created.user.login,
                bot: created.user.type === 'Bot',
                how: 'the issue just created',
            }
            : identity;
        const again = oursIn(await listIssuesBy(api, repo, creatorLogin(author)), marker, author, signing);
        const oldest = again[0];
        if (!again.some((i) => i.number === created.number) ||
            !oldest ||
            oldest.number === created.number) {
            return { action: 'created', number: created.number, url: created.html_url };
        }
        log.info(`Another run created portfolio issue #${oldest.number} at the same time; the page goes there and issue #${created.number} is closed.`);
        step = `update issue #${oldest.number} in`;
        const kept = oldest.body === body ? oldest : await updateIssue(api, repo, oldest.number, { body });
        await closeDuplicate(api, repo, created, oldest.number, log);
        return { action: 'updated', number: oldest.number, url: kept?.html_url ?? oldest.html_url };
    }
    catch (err) {
        const status = (0,github/* statusOf */.c2)(err);
        const where = `${repo.owner}/${repo.repo}`;
        if (status === 403 || status === 404) {
            return {
                action: 'failed',
                reason: `Stack Verdict cannot ${step} ${where}: the token lacks \`issues: write\` (${status}: ${(0,github/* errorMessage */.gJ)(err)}). Add \`issues: write\` to the workflow's permissions to keep the portfolio issue.`,
                fatal: false,
            };
        }
        return {
            action: 'failed',
            reason: `Stack Verdict could not ${step} ${where}: ${(0,github/* errorMessage */.gJ)(err)}`,
            fatal: true,
        };
    }
}
/** A second issue of ours: its marker is removed (so it is never found again) and it is closed. */
async function closeDuplicate(api, repo, issue, kept, log) {
    try {
        await updateIssue(api, repo, issue.number, {
            body: `This issue duplicated the portfolio issue #${kept}, which Stack Verdict keeps up to date.`,
            state: 'closed',
            state_reason: 'not_planned',
        });
        log.info(`Closed issue #${issue.number}, a second portfolio issue; #${kept} is kept.`);
    }
    catch (err) {
        log.info(`Could not close issue #${issue.number}, a second portfolio issue (${(0,github/* statusOf */.c2)(err) ?? (0,github/* errorMessage */.gJ)(err)}); the next run tries again.`);
    }
}

;// CONCATENATED MODULE: ./src/action/stages/portfolio.ts
// `mode: portfolio`, in place of the judging run's outputs, comment, summary and
// gate: every proposal judged (scope all) becomes one page, written to the job summary, to the
// `portfolio` output (JSON) and, with `portfolio-issue: true`, to one issue. Nothing here
// fails the step for a finding: the page reports, it does not gate.









/** GitHub's job summary holds at most 1 MiB per step. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
async function writePortfolio(run, settings, report) {
    const { env, ctx, inputs, sink, api, repo } = run;
    const today = settings.options.today ?? (0,engine/* utcToday */.wc)();
    const portfolio = buildPortfolio(report, {
        today,
        warningDays: settings.config.settings.waiverWarningDays,
    });
    const title = settings.config.portfolioTitle ?? DEFAULT_PORTFOLIO_TITLE;
    const file = await writePortfolioFile(env, inputs.commentTag, portfolio);
    sink.setOutput('portfolio', file);
    let issue;
    if (!inputs.portfolioIssue) {
        issue = { action: 'skipped', reason: 'portfolio-issue is not set' };
    }
    else {
        const runId = /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID : undefined;
        const where = runId
            ? `[The job summary of this run](${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${runId}) has the whole page.`
            : "The job summary of this run's workflow has the whole page.";
        const marker = portfolioMarker(inputs.commentTag);
        const markdown = renderPortfolioMarkdown(portfolio, {
            marker,
            title,
            maxLength: ISSUE_BODY_LIMIT,
            fullPageHint: where,
        });
        // Signed with the state-key, bound to the repository (the tag is in the marker): the
        // issue's number is not known before it is created.
        const signing = inputs.stateKey
            ? { key: inputs.stateKey, scope: `${repo.owner}/${repo.repo}` }
            : undefined;
        issue = await syncPortfolioIssue(api, repo, { title, markdown, marker, ...(signing ? { signing } : {}) }, sink, inputs.token);
    }
    logIssue(run, issue);
    const notes = [];
    if (ctx.pr) {
        notes.push(`> [!NOTE]\n> \`mode: portfolio\` is meant for \`schedule\` and \`workflow_dispatch\` runs; on this ${(0,render_escape/* messageToMarkdown */.UT)(ctx.eventName)} event it judged every proposal of the commit and wrote no pull request comment.`);
    }
    if (issue.action === 'failed') {
        notes.push(`> [!NOTE]\n> No portfolio issue was written: ${(0,render_escape/* messageToMarkdown */.UT)(issue.reason)}`);
    }
    else if (issue.action !== 'skipped' && issue.url) {
        notes.push(`The page is kept in issue [#${issue.number}](${issue.url}).`);
    }
    notes.push('This page reports; it does not gate. Pull requests are gated by the check on each of them.');
    const tail = `\n${notes.join('\n\n')}\n`;
    const summary = fitSummary(portfolio, title, tail);
    try {
        await sink.summary(summary);
    }
    catch (err) {
        sink.info(`The job summary was not written: ${(0,github/* errorMessage */.gJ)(err)}`);
    }
    if (issue.action === 'failed' && issue.fatal)
        sink.setFailed(issue.reason);
    return { portfolio, path: file, issue, summary };
}
/** The page and its notes within the summary's 1 MiB (bytes, not characters). */
function fitSummary(portfolio, title, tail) {
    let maxLength = SUMMARY_LIMIT_BYTES - Buffer.byteLength(tail);
    for (;;) {
        const page = renderPortfolioMarkdown(portfolio, {
            title,
            maxLength,
            fullPageHint: 'The `portfolio` output (JSON) has every row.',
        });
        const text = `${page.trimEnd()}\n${tail}`;
        const bytes = Buffer.byteLength(text);
        if (bytes <= SUMMARY_LIMIT_BYTES || maxLength < 1000)
            return text;
        maxLength = Math.floor((maxLength * SUMMARY_LIMIT_BYTES) / bytes) - 1000;
    }
}
function logIssue(run, issue) {
    const { sink } = run;
    if (issue.action === 'failed') {
        if (issue.fatal)
            sink.error(issue.reason);
        else
            sink.warning(issue.reason);
    }
    else if (issue.action === 'skipped') {
        sink.info(`No portfolio issue: ${issue.reason}.`);
    }
    else {
        sink.info(`Portfolio issue #${issue.number} ${issue.action}${issue.url ? `: ${issue.url}` : ''}`);
    }
}
async function writePortfolioFile(env, tag, portfolio) {
    const dir = external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'stack-verdict');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, `portfolio${tag ? `-${tag}` : ''}.json`);
    await (0,promises_.writeFile)(file, `${JSON.stringify(portfolio, null, 2)}\n`);
    return file;
}

// EXTERNAL MODULE: ./src/action/stages/source.ts
var source = __webpack_require__(2187);
;// CONCATENATED MODULE: ./src/action/portfolio/run.ts
// mode: portfolio: the stages of a judging run up to the judging (scope all), then the page
// (stages/portfolio.ts) in place of the comment, the annotations and the gate.







async function runPortfolio(started, deps) {
    // The page covers every proposal, whatever the event (inputs.ts refuses scope: changed).
    const run = { ...started, inputs: { ...started.inputs, scope: 'all' } };
    const { ctx, sink } = run;
    if (ctx.pr) {
        sink.info(`mode: portfolio is meant for schedule and workflow_dispatch runs; on this ${ctx.eventName} event it judges every proposal and writes the page, with no pull request comment.`);
    }
    const located = await (0,source/* locateSource */.g)(run, deps.gitHead);
    const settings = await (0,configuration/* loadConfiguration */.v)(run, located.source);
    const listing = await (0,files/* listFiles */.C)(run, 'all', located.source, settings.globs, {});
    await (0,heap/* boundHeapFor */.w)(listing.files.files.length);
    const { report } = await (0,judge/* judge */.S)(run, located.source, settings, listing);
    const reportPath = await (0,outputs/* writeReport */.u5)(run.env, run.inputs.commentTag, report);
    (0,outputs/* setOutputs */.n0)(sink, report, reportPath);
    const page = await writePortfolio(run, settings, report);
    sink.info(`Stack Verdict portfolio: ${report.counts.proposals} proposals, verdict ${report.verdict}. The page reports; it does not gate, so findings never fail this step.`);
    return {
        mode: 'portfolio',
        inputs: run.inputs,
        context: ctx,
        scope: 'all',
        source: located.source,
        files: listing.files,
        report,
        comment: { action: 'skipped', reason: 'mode: portfolio writes no pull request comment' },
        reportPath,
        config: settings.info,
        summary: page.summary,
        portfolio: { path: page.path, issue: page.issue },
    };
}


/***/ })

};
