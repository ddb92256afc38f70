export const id = 548;
export const ids = [548];
export const modules = {

/***/ 5548:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPortfolio: () => (/* binding */ runPortfolio)
});

;// CONCATENATED MODULE: ./src/core/drift/code.ts
// Which languages the code of a repository is written in, from what a portfolio already has:
// the paths of a tree listing (or a working tree) and, through the API, GitHub's own
// language breakdown. Marker files say where a module lives; the breakdown says only that
// the language is there.
/** Folders whose marker files belong to someone else's code, not the repository's. */
const VENDORED = /(?:^|\/)(?:vendor|node_modules|third_party|testdata|target|\.git)\//;
/** The marker files among `paths` (from the repository root, `/`-separated). */
function codeFromPaths(paths, breakdown) {
    const go = new Set();
    const rust = new Set();
    for (const p of paths) {
        if (VENDORED.test(p))
            continue;
        const slash = p.lastIndexOf('/');
        const name = p.slice(slash + 1);
        const folder = slash < 0 ? '.' : p.slice(0, slash);
        if (name === 'go.mod')
            go.add(folder);
        else if (name === 'Cargo.toml')
            rust.add(folder);
    }
    const out = { goModules: [...go].sort(), rustCrates: [...rust].sort() };
    if (breakdown)
        out.breakdown = breakdown;
    return out;
}
/** Whether the code holds the language (`go` or `rust`), by marker or by GitHub's count. */
function code_hasLanguage(code, language) {
    const markers = language === 'go' ? code.goModules : code.rustCrates;
    if (markers.length > 0)
        return true;
    const name = language === 'go' ? 'Go' : 'Rust';
    return (code.breakdown?.[name] ?? 0) > 0;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/drift/catalog.ts
// Backstage catalog files (`catalog-info.yaml`): which language a developer portal says a
// service is written in. The text is a stranger's like a proposal's: parsed as data, never
// quoted beyond one token, and only `kind: Component` entities with a name count.

/** The language tags a portal may give a component, and the language each names. */
const LANGUAGE_TAGS = new Map([
    ['go', 'go'],
    ['golang', 'go'],
    ['rust', 'rust'],
]);
/** Catalog files read in one repository at most; a portal keeps a handful per service. */
const MAX_CATALOG_FILES = 500;
/** The most documents one catalog file is read for; a portal file holds a handful. */
const MAX_DOCUMENTS = 1000;
/**
 * The components of one catalog file that carry a language tag. A file that is not YAML, or
 * a document that is not a component, gives nothing: a catalog belongs to the portal, and its
 * own validation is the portal's job.
 */
function catalogComponents(file, text) {
    const lines = new dist/* LineCounter */.HN();
    let docs;
    try {
        docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter: lines, uniqueKeys: false });
    }
    catch {
        return [];
    }
    if (!Array.isArray(docs))
        return [];
    const out = [];
    for (const doc of docs.slice(0, MAX_DOCUMENTS)) {
        if (doc.errors.length > 0)
            continue;
        const root = doc.contents;
        if (!(0,dist/* isMap */.jh)(root))
            continue;
        if (scalarText(root.get('kind', true)) !== 'Component')
            continue;
        const metadata = root.get('metadata', true);
        if (!(0,dist/* isMap */.jh)(metadata))
            continue;
        const name = scalarText(metadata.get('name', true));
        if (name === undefined || name === '')
            continue;
        const tags = metadata.get('tags', true);
        if (!(0,dist/* isSeq */.oP)(tags))
            continue;
        const languages = [];
        let first;
        for (const item of tags.items) {
            const tag = scalarText(item);
            const language = tag === undefined ? undefined : LANGUAGE_TAGS.get(tag.toLowerCase());
            if (!language)
                continue;
            if (!languages.includes(language))
                languages.push(language);
            first ??= item;
        }
        if (languages.length === 0)
            continue;
        const offset = first?.range?.[0] ?? 0;
        const at = lines.linePos(offset);
        out.push({ file, name, languages, position: { line: at.line, column: at.col } });
    }
    return out;
}
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node))
        return undefined;
    return typeof node.value === 'string' ? node.value : undefined;
}

// EXTERNAL MODULE: ./src/core/status.ts
var core_status = __webpack_require__(5009);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
;// CONCATENATED MODULE: ./src/core/drift/findings.ts
// Drift: the code and the developer portal held against the decisions. These are findings
// of a portfolio, about a repository, not of one proposal: nothing here gates a merge.



/** Decisions that stand: proposed (the default when absent) or accepted. */
function stands(d) {
    const status = d.status === null ? 'proposed' : (0,core_status/* statusKeyword */.uJ)(d.status);
    return status === 'proposed' || status === 'accepted';
}
const MAX_FOLDERS_NAMED = 5;
function folderList(folders) {
    const shown = folders.slice(0, MAX_FOLDERS_NAMED).map((f) => (f === '.' ? 'the root' : f));
    const more = folders.length - shown.length;
    return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
function codeFinding(language, repo) {
    const markers = language === 'rust' ? repo.code.rustCrates : repo.code.goModules;
    const marker = language === 'rust' ? 'Cargo.toml' : 'go.mod';
    const name = language === 'rust' ? 'Rust' : 'Go';
    const where = markers.length === 0
        ? `GitHub's language breakdown counts it`
        : markers.length === 1
            ? `a ${marker} in ${folderList(markers)}`
            : `${(0,format/* plural */.LS)(markers.length, `${marker} file`)} in ${folderList(markers)}`;
    const finding = {
        kind: language === 'rust' ? 'rust-without-decision' : 'go-without-decision',
        severity: language === 'rust' ? 'warning' : 'notice',
        message: language === 'rust'
            ? `The code holds ${name}: ${where}. No proposed or accepted decision of this repository chooses Rust.`
            : `The code holds ${name}: ${where}. No proposed or accepted decision of this repository chooses Go (the default, so this is a notice).`,
    };
    if (repo.repository !== undefined)
        finding.repository = repo.repository;
    if (markers.length > 0)
        finding.folders = [...markers];
    return finding;
}
/**
 * The drift of each repository: code in a language no standing decision chooses, and portal
 * entries whose language tag differs from the decision of the same service.
 */
function driftFindings(decisions, repositories) {
    const out = [];
    for (const repo of repositories) {
        const own = decisions.filter((d) => d.repository === repo.repository);
        const standing = own.filter(stands);
        for (const language of ['rust', 'go']) {
            if (!code_hasLanguage(repo.code, language))
                continue;
            if (standing.some((d) => d.language === language))
                continue;
            out.push(codeFinding(language, repo));
        }
        for (const component of repo.catalog) {
            for (const d of own) {
                if (d.service === null || d.service !== component.name)
                    continue;
                if (d.language !== 'go' && d.language !== 'rust')
                    continue;
                if (component.languages.includes(d.language))
                    continue;
                const tagged = component.languages.map((l) => (l === 'go' ? 'Go' : 'Rust')).join(' and ');
                const chosen = d.language === 'go' ? 'Go' : 'Rust';
                const at = d.position ?? { line: 1, column: 1 };
                const finding = {
                    kind: 'portal-disagrees',
                    severity: 'warning',
                    message: `The developer portal tags the service ${tagged} (${component.file}:${component.position.line}), but its decision chooses ${chosen} (${d.file}:${at.line}).`,
                    locations: [
                        { file: component.file, ...component.position },
                        { file: d.file, ...at },
                    ],
                };
                if (repo.repository !== undefined)
                    finding.repository = repo.repository;
                out.push(finding);
            }
        }
    }
    return out;
}
/** The decisions of a run's judged files (proposals only), with where each names its service. */
function decisionsFrom(results, repository) {
    const out = [];
    for (const r of results) {
        if (r.kind !== 'proposal')
            continue;
        const p = r.report;
        const d = {
            file: p.file,
            service: p.service,
            language: p.language === null ? null : p.language.toLowerCase(),
            status: p.status,
        };
        if (r.servicePosition)
            d.position = r.servicePosition;
        if (repository !== undefined)
            d.repository = repository;
        out.push(d);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/drift/radar.ts
// A Backstage Tech Radar of the languages in use, as the tech-radar plugin loads it
// (`TechRadarLoaderResponse`): the ring of each language comes from the policy, and its
// description counts the decisions behind it.



/** The policy's rings: Go is the default, Rust is chosen when the case is made. */
const DEFAULT_RINGS = { go: 'adopt', rust: 'trial' };
/** The ring of a language the policy does not speak of. */
const OUTSIDE_POLICY_RING = 'assess';
/** A language of GitHub's breakdown counts as in use from this share of a repository's bytes. */
const BREAKDOWN_SHARE = 0.1;
const RINGS = [
    { id: 'adopt', name: 'ADOPT', color: '#5BA300', description: 'The default for new services.' },
    { id: 'trial', name: 'TRIAL', color: '#009EB0', description: 'Chosen when the case is made.' },
    { id: 'assess', name: 'ASSESS', color: '#C7BA00', description: 'Outside the policy.' },
    { id: 'hold', name: 'HOLD', color: '#E09B96', description: 'Not for new services.' },
];
// The plugin draws four quadrants; languages is the one this tool fills.
const QUADRANTS = [
    { id: 'languages', name: 'Languages' },
    { id: 'frameworks', name: 'Frameworks' },
    { id: 'infrastructure', name: 'Infrastructure' },
    { id: 'techniques', name: 'Techniques' },
];
const TITLES = { go: 'Go', rust: 'Rust' };
/** The radar of the decisions and the code beside them. */
function techRadar(decisions, repositories, options) {
    const uses = new Map();
    const use = (key, title) => {
        let u = uses.get(key);
        if (!u)
            uses.set(key, (u = { title, decisions: [], repositories: new Set() }));
        return u;
    };
    for (const d of decisions) {
        if (d.language === null || d.language === '')
            continue;
        const key = d.language.toLowerCase();
        use(key, TITLES[key] ?? d.language).decisions.push(d);
    }
    repositories.forEach((repo, i) => {
        const name = repo.repository ?? `#${i}`;
        for (const language of ['go', 'rust']) {
            if (hasLanguage(repo.code, language))
                use(language, TITLES[language]).repositories.add(name);
        }
        const breakdown = repo.code.breakdown ?? {};
        const total = Object.values(breakdown).reduce((a, b) => a + b, 0);
        for (const [language, bytes] of Object.entries(breakdown)) {
            if (total <= 0 || bytes / total < BREAKDOWN_SHARE)
                continue;
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
            timeline: [{ moved: 0, ringId, date: options.date, description }],
        };
    });
    return { quadrants: QUADRANTS, rings: RINGS, entries };
}
function describe(u) {
    const byStatus = new Map();
    for (const d of u.decisions) {
        const s = d.status === null ? 'proposed' : statusKeyword(d.status) || 'proposed';
        byStatus.set(s, (byStatus.get(s) ?? 0) + 1);
    }
    const parts = [...byStatus.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([s, n]) => `${n} ${s}`);
    const decided = u.decisions.length === 0
        ? 'No decision chooses it'
        : `${plural(u.decisions.length, 'decision')} (${parts.join(', ')})`;
    const code = u.repositories.size === 0
        ? ''
        : `; code in ${plural(u.repositories.size, 'repository', 'repositories')}`;
    return `${decided}${code}.`;
}

;// CONCATENATED MODULE: ./src/core/drift/index.ts
// Drift: what runs (the code, the developer portal) held against what was decided.





// EXTERNAL MODULE: ./src/action/artefacts.ts
var action_artefacts = __webpack_require__(7301);
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
// EXTERNAL MODULE: ./src/core/engine.ts + 2 modules
var engine = __webpack_require__(6912);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(2721);
// EXTERNAL MODULE: ./src/core/verdict.ts
var verdict = __webpack_require__(9478);
;// CONCATENATED MODULE: ./src/core/portfolio.ts
// The portfolio: every service decision of a repository at a glance. Built from a
// run's report alone, so the CLI, the Action and a report from elsewhere all give one page;
// the pages of several repositories or jobs merge into one (mergePortfolios).




const PORTFOLIO_VERSION = 2;
const DEFAULT_WARNING_DAYS = 30;
const DRIFT_ORDER = [
    'rust-without-decision',
    'portal-disagrees',
    'go-without-decision',
];
const VERDICTS = ['approved', 'approved-with-warnings', 'changes-requested'];
/** The page of one run's report; with `repository`, every row names it. */
function buildPortfolio(report, options) {
    const warningDays = options.warningDays ?? DEFAULT_WARNING_DAYS;
    const repository = options.repository?.name;
    const at = (row) => (repository ? { repository, ...row } : row);
    const all = report.proposals;
    // Past decisions are listed, and take no part in anything else on the page.
    const current = all.filter((p) => !(0,core_status/* isPastDecision */.jK)(p.status));
    const costs = current.flatMap((p) => p.costs && hasAnyCost(p.costs)
        ? [at({ file: p.file, service: p.service, costs: p.costs })]
        : []);
    const evidenceOf = evidenceTotals(current, at);
    const lists = {
        proposals: all.map((p) => at(inventoryEntry(p))),
        repositories: options.repository
            ? [
                {
                    name: options.repository.name,
                    ...(options.repository.ref ? { ref: options.repository.ref } : {}),
                    proposals: all.length,
                },
            ]
            : [],
        mismatches: current.flatMap(mismatch).map(at),
        waivers: current.flatMap(waiversOf).map(at),
        remeasure: findingsOf(current, 'gc-remeasure-on-go-1-26').map(at),
        leakUnchecked: findingsOf(current, 'goroutine-leak-check').map(at),
        costs,
        costExclusions: current.flatMap(costExclusion).map(at),
        ...(options.drift ? { drift: [...options.drift] } : {}),
        ...(evidenceOf ? { evidence: evidenceOf } : {}),
    };
    return summarize(lists, {
        policy: report.policy ?? policy/* POLICY_VERSION */.K,
        date: options.today,
        warningDays,
    });
}
/**
 * One page from several: portfolios of one repository each, or of several jobs. Lists are
 * joined, and every count, tally, sum and waiver state is computed again, so merging the
 * portfolios of two sets of proposals gives the portfolio of them all.
 */
function mergePortfolios(parts, options = {}) {
    const dates = parts.map((p) => p.date).sort();
    const policies = [...new Set(parts.map((p) => p.policy))];
    const evidence = addEvidence(parts);
    const lists = {
        proposals: parts.flatMap((p) => p.proposals),
        repositories: parts.flatMap((p) => p.repositories),
        mismatches: parts.flatMap((p) => p.mismatches),
        waivers: parts.flatMap((p) => p.waivers),
        remeasure: parts.flatMap((p) => p.remeasure),
        leakUnchecked: parts.flatMap((p) => p.leakUnchecked),
        costs: parts.flatMap((p) => p.costs),
        costExclusions: parts.flatMap((p) => p.costExclusions),
        // Checked when any part's code was read.
        ...(parts.some((p) => p.drift) ? { drift: parts.flatMap((p) => p.drift ?? []) } : {}),
        ...(evidence ? { evidence } : {}),
    };
    return summarize(lists, {
        policy: policies.length > 0 ? policies.join(', ') : policy/* POLICY_VERSION */.K,
        date: options.today ?? dates[dates.length - 1] ?? '1970-01-01',
        warningDays: options.warningDays ?? parts[0]?.warningDays ?? DEFAULT_WARNING_DAYS,
    });
}
/**
 * The part of a page for a repository that could not be read: listed with the reason, and
 * nothing else, so that merging it with the others never drops it silently.
 */
function unreadableRepository(repository, options) {
    const { name, ref, error } = repository;
    return summarize({
        proposals: [],
        repositories: [{ name, ...(ref ? { ref } : {}), proposals: 0, error }],
        mismatches: [],
        waivers: [],
        remeasure: [],
        leakUnchecked: [],
        costs: [],
        costExclusions: [],
    }, {
        policy: policy/* POLICY_VERSION */.K,
        date: options.today,
        warningDays: options.warningDays ?? DEFAULT_WARNING_DAYS,
    });
}
/** The page from its lists: the one place counts, tallies, sums and waiver states are made. */
function summarize(lists, meta) {
    const { date, warningDays } = meta;
    const proposals = [...lists.proposals]
        .map((p) => ({
        ...p,
        waivers: p.waivers.map((w) => ({ ...w, state: restate(w, date, warningDays).state })),
    }))
        .sort(byPlace);
    const current = proposals.filter((p) => !p.past);
    const languages = new Map();
    for (const p of current) {
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
    const costs = [...lists.costs].sort(byPlace);
    return {
        version: PORTFOLIO_VERSION,
        policy: meta.policy,
        date,
        warningDays,
        verdict: worstVerdict(current),
        counts: {
            proposals: proposals.length,
            current: current.length,
            past: proposals.length - current.length,
        },
        proposals,
        repositories: [...lists.repositories],
        byLanguage,
        byStatus: tally(proposals.map((p) => p.status)),
        byVerdict: tally(current.map((p) => p.verdict)).sort((a, b) => VERDICTS.indexOf(a.value) -
            VERDICTS.indexOf(b.value)),
        mismatches: [...lists.mismatches].sort(byPlace),
        waivers: lists.waivers.map((w) => restate(w, date, warningDays)).sort(compareWaivers),
        remeasure: [...lists.remeasure].sort(byPlaceAndLine),
        leakUnchecked: [...lists.leakUnchecked].sort(byPlaceAndLine),
        costs,
        costTotals: sumCosts(costs),
        costExclusions: [...lists.costExclusions].sort(byPlace),
        ...(lists.drift
            ? {
                drift: [...lists.drift].sort((a, b) => (0,verdict/* compareText */.n6)(a.repository ?? '', b.repository ?? '') ||
                    DRIFT_ORDER.indexOf(a.kind) - DRIFT_ORDER.indexOf(b.kind)),
            }
            : {}),
        ...(lists.evidence
            ? {
                evidence: {
                    ...lists.evidence,
                    contradictions: [...lists.evidence.contradictions].sort(byPlaceAndLine),
                },
            }
            : {}),
    };
}
/** What the current proposals' evidence showed; absent when the run read no artefact. */
function evidenceTotals(proposals, at) {
    if (!proposals.some((p) => Array.isArray(p.evidence)))
        return undefined;
    const totals = {
        verified: 0,
        urlOnly: 0,
        unchecked: 0,
        contradicted: 0,
        contradictions: findingsOf(proposals, 'evidence-contradicts-claim').map(at),
    };
    for (const p of proposals) {
        for (const e of p.evidence ?? []) {
            if (e.status === 'verified')
                totals.verified++;
            else if (e.status === 'url')
                totals.urlOnly++;
            else if (e.status === 'contradicts')
                totals.contradicted++;
            else if (e.status === 'unchecked' || e.unreadable === 'unusable')
                totals.unchecked++;
        }
    }
    return totals;
}
/** The sums of several parts' evidence totals; absent when no part read artefacts. */
function addEvidence(parts) {
    const read = parts.flatMap((p) => (p.evidence ? [p.evidence] : []));
    if (read.length === 0)
        return undefined;
    return {
        verified: read.reduce((n, e) => n + e.verified, 0),
        urlOnly: read.reduce((n, e) => n + e.urlOnly, 0),
        unchecked: read.reduce((n, e) => n + e.unchecked, 0),
        contradicted: read.reduce((n, e) => n + e.contradicted, 0),
        contradictions: read.flatMap((e) => e.contradictions),
    };
}
/** By repository (a local folder's proposals first), then by file. */
function byPlace(a, b) {
    return (0,verdict/* compareText */.n6)(a.repository ?? '', b.repository ?? '') || (0,verdict/* compareText */.n6)(a.file, b.file);
}
function byPlaceAndLine(a, b) {
    return byPlace(a, b) || a.line - b.line;
}
function worstVerdict(proposals) {
    let worst = 'no-proposals';
    for (const p of proposals) {
        if (worst === 'no-proposals' || VERDICTS.indexOf(p.verdict) > VERDICTS.indexOf(worst))
            worst = p.verdict;
    }
    return worst;
}
function inventoryEntry(p) {
    const past = (0,core_status/* isPastDecision */.jK)(p.status);
    const successor = /^superseded by\s+(\S[\s\S]*)$/i.exec(p.status)?.[1] ?? null;
    return {
        file: p.file,
        service: p.service,
        owner: p.owner ?? null,
        language: p.language,
        recommended: p.recommended,
        verdict: p.verdict,
        status: p.status,
        past,
        supersededBy: successor,
        justifications: p.justifications.map((id) => ({
            id,
            basis: p.justificationBasis?.[id] ?? 'declared',
        })),
        waivers: (p.waivers ?? []).map((w) => ({
            rule: w.rule,
            expires: w.expires ?? null,
            state: w.state,
        })),
    };
}
/** A current Rust proposal whose costs the totals cannot hold in full. */
function costExclusion(p) {
    if (p.language !== 'rust')
        return [];
    const gaps = [];
    if (p.recommended === null)
        gaps.push('not valid');
    else {
        if (!p.costs?.premiumPerYear)
            gaps.push('no team data');
        if ((p.costs?.ciMinutesPerDay ?? null) === null)
            gaps.push('no delivery data');
    }
    return gaps.length > 0 ? [{ file: p.file, service: p.service, gaps }] : [];
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
function waiversOf(p) {
    return (p.waivers ?? []).map((w) => ({
        file: p.file,
        service: p.service,
        rule: w.rule,
        reason: w.reason,
        approvedBy: w.approvedBy ?? null,
        expires: w.expires ?? null,
        daysLeft: null,
        state: w.state,
    }));
}
/**
 * A waiver's days left and state on `today`: expired past its date, expiring within the
 * warning days, active after them; an unused waiver stays unused.
 */
function restate(w, today, warningDays) {
    const daysLeft = w.expires ? (0,engine/* daysBetween */.YM)(today, w.expires) : null;
    let state = w.state;
    if (w.state !== 'unused' && daysLeft !== null) {
        if (daysLeft < 0)
            state = 'expired';
        else if (daysLeft <= warningDays)
            state = 'expiring';
        else
            state = 'active';
    }
    return { ...w, daysLeft, state };
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
        byPlace(a, b) ||
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
// EXTERNAL MODULE: ./src/core/render/labels.ts
var labels = __webpack_require__(9141);
;// CONCATENATED MODULE: ./src/core/render/portfolio-common.ts
// What the Markdown and the HTML portfolio pages share: where a proposal's link goes, when
// the page needs a Repository column, and the words for a justification's basis and a
// waiver's state. No escaping here: each page escapes in its own format.


/** More than one repository (or a local folder beside a repository): rows say which. */
function manyRepositories(p) {
    const names = new Set(p.repositories.map((r) => r.name));
    for (const x of p.proposals)
        names.add(x.repository ?? '');
    return names.size > 1;
}
/**
 * The link to a proposal's file: in its repository at the ref read (or the default branch),
 * or, with no repository, the path itself, relative to where the page is kept. Each segment
 * is percent-encoded, so that no path can end the link or name another scheme.
 */
function fileHref(p, x, options = {}) {
    if (!x.repository)
        return `${options.linkBase ?? ''}${encodePath(x.file)}`;
    const server = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    const ref = p.repositories.find((r) => r.name === x.repository)?.ref ?? 'HEAD';
    return `${server}/${encodePath(x.repository)}/blob/${encodePath(ref)}/${encodePath(x.file)}`;
}
function encodePath(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/** A current proposal or a past decision: the inventory in the two tables the page shows. */
function splitInventory(p) {
    return {
        current: p.proposals.filter((x) => !x.past),
        past: p.proposals.filter((x) => x.past),
    };
}
/** A waiver of the inventory in a few words: `expires in 6 days`, `expired`, `unused`. */
function waiverWords(w, date) {
    if (w.state === 'expired')
        return 'expired';
    if (w.state === 'expiring' && w.expires) {
        return `expires in ${(0,format/* plural */.LS)((0,engine/* daysBetween */.YM)(date, w.expires), 'day')}`;
    }
    return w.state;
}
/** The error of a repository that could not be read, as one line: `404: not found`. */
function repositoryError(error) {
    return error.status !== undefined ? `${error.status}: ${error.reason}` : error.reason;
}
/** The evidence section's heading, its rows (words and the count) and its list's heading. */
const EVIDENCE_TITLE = 'Evidence behind the measurements';
const EVIDENCE_INTRO = "The current proposals' constraints by what their evidence showed: each claim is held against the committed file it cites; a link is not read.";
function evidenceRows(e) {
    return [
        ['\u2705', 'Verified against its artefact', e.verified],
        ['\ud83d\udd17', 'Cites a link, which is not read', e.urlOnly],
        ['\u2754', 'File read, no figure compared', e.unchecked],
        ['\u274c', 'Contradicted by its artefact', e.contradicted],
    ];
}
function contradictionsHeading(e) {
    return `Contradicted by their own artefact (${e.contradictions.length})`;
}

;// CONCATENATED MODULE: ./src/core/render/portfolio-drift.ts


const DRIFT_TITLE = {
    'rust-without-decision': 'Rust without a decision',
    'portal-disagrees': 'Portal disagrees',
    'go-without-decision': 'Go without a decision',
};
const DRIFT_ICON = { warning: '\u26a0\ufe0f', notice: '\u2139\ufe0f' };
const MAX_DRIFT_MESSAGE = 600;
function driftHeading(p) {
    const drift = p.drift ?? [];
    const warnings = drift.filter((d) => d.severity === 'warning').length;
    return `Drift: the code and the portal against the decisions (${(0,format/* plural */.LS)(warnings, 'warning')}, ${(0,format/* plural */.LS)(drift.length - warnings, 'notice')})`;
}
function driftPlace(d) {
    return d.repository ? `${d.repository}: ` : '';
}
/** The section's Markdown lines; none when the code was not read. */
function driftMarkdown(p, maxRows = Infinity) {
    if (!p.drift)
        return [];
    const out = [`## ${driftHeading(p)}`, ''];
    if (p.drift.length === 0) {
        out.push('The code and the developer portal agree with the decisions.', '');
        return out;
    }
    for (const d of p.drift.slice(0, maxRows)) {
        out.push(`- ${DRIFT_ICON[d.severity]} **${DRIFT_TITLE[d.kind]}**: ${(0,render_escape/* escapeMarkdown */.FV)((0,render_escape/* clipText */.gL)(`${driftPlace(d)}${d.message}`, MAX_DRIFT_MESSAGE))}`);
    }
    if (p.drift.length > maxRows)
        out.push(`- \u2026and ${(0,format/* plural */.LS)(p.drift.length - maxRows, 'more')}`);
    out.push('');
    return out;
}

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
    const many = manyRepositories(p);
    const across = many ? ` in ${(0,format/* plural */.LS)(p.repositories.length, 'repository', 'repositories')}` : '';
    const past = p.counts.past > 0
        ? ` ${(0,format/* plural */.LS)(p.counts.past, 'of them is a past decision', 'of them are past decisions')}, listed apart and left out of every count and sum below.`
        : '';
    out.push(`**${(0,format/* plural */.LS)(p.counts.proposals, 'proposal')}**${across} judged on ${p.date} by Stack Verdict's default policy ${(0,render_escape/* escapeMarkdown */.FV)(p.policy)}. ` +
        `Overall: ${labels/* VERDICT_ICON */.YY[p.verdict]} ${labels/* VERDICT_LABEL */.j[p.verdict]}.${past}`, '');
    let cut = 0;
    const list = (items) => {
        if (items.length > maxRows)
            cut += items.length - maxRows;
        return items.slice(0, maxRows);
    };
    /** A proposal named in a list: its service and file, and its repository on a page of several. */
    const proposal = (x) => `${many ? `${repositoryName(x.repository)}: ` : ''}${named(x)}`;
    const repoCell = (x) => many ? [repositoryName(x.repository)] : [];
    const repoHead = many ? ['Repository'] : [];
    if (many || p.repositories.some((r) => r.error)) {
        out.push('## Repositories', '');
        out.push('| Repository | Read at | Proposals | Read |', '| --- | --- | ---: | --- |');
        for (const r of p.repositories) {
            const read = r.error ? `\u26d4 ${portfolio_markdown_text(repositoryError(r.error), MAX_REASON)}` : '\u2705';
            out.push(`| ${code(r.name)} | ${r.ref ? code(r.ref) : 'default branch'} | ${r.proposals} | ${read} |`);
        }
        out.push('');
    }
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
    const { current, past: pastDecisions } = splitInventory(p);
    out.push(`## Proposals (${current.length})`, '');
    if (current.length === 0)
        out.push('No current proposal.');
    else {
        const head = [
            ...repoHead,
            'Service',
            'Owner',
            'Language',
            'Recommended',
            'Verdict',
            'Status',
            'Justifications',
            'Waivers',
        ];
        out.push(row(head), row(head.map(() => '---')));
        for (const e of list(current)) {
            out.push(row([
                ...repoCell(e),
                linked(e),
                e.owner ? portfolio_markdown_text(e.owner, MAX_NAME) : '\u2014',
                e.language ? code(e.language) : '\u2014',
                e.recommended ? code(e.recommended) : '\u2014',
                `${labels/* VERDICT_ICON */.YY[e.verdict]} ${labels/* VERDICT_LABEL */.j[e.verdict]}`,
                code(e.status),
                e.justifications.length
                    ? e.justifications.map((j) => `${code(j.id)} ${j.basis}`).join(', ')
                    : '\u2014',
                e.waivers.length
                    ? e.waivers.map((w) => `${code(w.rule)} ${waiverWords(w, p.date)}`).join(', ')
                    : '\u2014',
            ]));
        }
    }
    out.push('');
    out.push(`## Past decisions (${pastDecisions.length})`, '');
    if (pastDecisions.length === 0)
        out.push('No rejected, deprecated or superseded decision.');
    else {
        out.push('Rejected, deprecated and superseded decisions: judged and kept on record, and left out of every count and sum on this page.', '');
        const head = [...repoHead, 'Service', 'Owner', 'Language', 'Status', 'Superseded by'];
        out.push(row(head), row(head.map(() => '---')));
        for (const e of list(pastDecisions)) {
            out.push(row([
                ...repoCell(e),
                linked(e),
                e.owner ? portfolio_markdown_text(e.owner, MAX_NAME) : '\u2014',
                e.language ? code(e.language) : '\u2014',
                // The keyword alone: the successor has a column of its own.
                code((0,core_status/* statusKeyword */.uJ)(e.status)),
                e.supersededBy ? portfolio_markdown_text(e.supersededBy, MAX_NAME) : '\u2014',
            ]));
        }
    }
    out.push('');
    /** The service, linked to its file. */
    function linked(e) {
        const name = e.service ? portfolio_markdown_text(e.service, MAX_NAME) : code((0,render_escape/* clipText */.gL)(e.file, 300));
        return `[${name}](${fileHref(p, e, options)})`;
    }
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
    if (p.evidence) {
        const e = p.evidence;
        out.push(`## ${EVIDENCE_TITLE}`, '', EVIDENCE_INTRO, '');
        out.push('| Evidence | Constraints |', '| --- | ---: |');
        for (const [icon, words, count] of evidenceRows(e))
            out.push(`| ${icon} ${words} | ${count} |`);
        out.push('', `### ${contradictionsHeading(e)}`, '');
        if (e.contradictions.length === 0)
            out.push('None.');
        for (const m of list(e.contradictions)) {
            const service = m.service ? `${portfolio_markdown_text(m.service, MAX_NAME)} ` : '';
            const place = `${many ? `${repositoryName(m.repository)}: ` : ''}${service}(<code>${(0,render_escape/* escapeCode */.tn)(`${(0,render_escape/* clipText */.gL)(m.file, 300)}:${m.line}`)}</code>)`;
            out.push(`- ${place}: ${message(m.message)}`);
        }
        out.push('');
    }
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
    if (p.costExclusions.length > 0) {
        // Never silently: a sum over fewer proposals than there are must say which it misses.
        out.push(`The sums leave out, in whole or in part, ${(0,format/* plural */.LS)(p.costExclusions.length, 'Rust proposal')}:`, '');
        for (const x of list(p.costExclusions))
            out.push(`- ${proposal(x)}: ${x.gaps.join(', ')}`);
        out.push('');
    }
    out.push(...driftMarkdown(p, maxRows));
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
function named(x) {
    const name = x.service ? `${portfolio_markdown_text(x.service, MAX_NAME)} ` : '';
    return `${name}(${code((0,render_escape/* clipText */.gL)(x.file, 300))})`;
}
/** A repository's name, or what stands for a local folder's proposals on a page of several. */
function repositoryName(name) {
    return name ? code(name) : '(this folder)';
}
/** A table row; a cell never holds a raw `|` (escaped text and code have none left). */
function row(cells) {
    return `| ${cells.join(' | ')} |`;
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

// EXTERNAL MODULE: ./src/action/api/errors.ts
var errors = __webpack_require__(2518);
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
        const status = (0,errors/* statusOf */.c)(err);
        const where = `${repo.owner}/${repo.repo}`;
        if (status === 403 || status === 404) {
            return {
                action: 'failed',
                reason: `Stack Verdict cannot ${step} ${where}: the token lacks \`issues: write\` (${status}: ${(0,errors/* errorMessage */.g)(err)}). Add \`issues: write\` to the workflow's permissions to keep the portfolio issue.`,
                fatal: false,
            };
        }
        return {
            action: 'failed',
            reason: `Stack Verdict could not ${step} ${where}: ${(0,errors/* errorMessage */.g)(err)}`,
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
        log.info(`Could not close issue #${issue.number}, a second portfolio issue (${(0,errors/* statusOf */.c)(err) ?? (0,errors/* errorMessage */.g)(err)}); the next run tries again.`);
    }
}

;// CONCATENATED MODULE: ./src/action/stages/portfolio.ts
// `mode: portfolio`, in place of the judging run's outputs, comment, summary and
// gate: every proposal judged (scope all) becomes one page, written to the job summary, to the
// `portfolio` output (JSON) and, with `portfolio-issue: true`, to one issue. Nothing here
// fails the step for a finding: the page reports, it does not gate.









/** GitHub's job summary holds at most 1 MiB per step. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
async function writePortfolio(run, settings, report, 
/** What the code and the developer portal say against the decisions (core/drift). */
drift) {
    const { repo } = run;
    const today = settings.options.today ?? (0,engine/* utcToday */.wc)();
    // Named, so that pages of several repositories' runs merge (`portfolio --merge`).
    const portfolio = buildPortfolio(report, {
        today,
        warningDays: settings.config.settings.waiverWarningDays,
        repository: { name: `${repo.owner}/${repo.repo}` },
        ...(drift ? { drift } : {}),
    });
    return writePortfolioPage(run, portfolio, settings.config.portfolioTitle ?? DEFAULT_PORTFOLIO_TITLE);
}
/** The page, made: to the `portfolio` output, the issue (when asked) and the job summary. */
async function writePortfolioPage(run, portfolio, title) {
    const { env, ctx, inputs, sink, api, repo } = run;
    const links = { serverUrl: ctx.serverUrl };
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
            ...links,
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
    const summary = fitSummary(portfolio, title, tail, links.serverUrl);
    try {
        await sink.summary(summary);
    }
    catch (err) {
        sink.info(`The job summary was not written: ${(0,errors/* errorMessage */.g)(err)}`);
    }
    if (issue.action === 'failed' && issue.fatal)
        sink.setFailed(issue.reason);
    return { portfolio, path: file, issue, summary };
}
/** The page and its notes within the summary's 1 MiB (bytes, not characters). */
function fitSummary(portfolio, title, tail, serverUrl) {
    let maxLength = SUMMARY_LIMIT_BYTES - Buffer.byteLength(tail);
    for (;;) {
        const page = renderPortfolioMarkdown(portfolio, {
            serverUrl,
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
// EXTERNAL MODULE: ./src/action/links.ts
var links = __webpack_require__(2684);
;// CONCATENATED MODULE: ./src/action/portfolio/across.ts
// One page from the repositories read (repositories.ts): each readable repository's
// portfolio, its rows marked with the repository and its drift (its code and catalog against
// its decisions) named after it, merged into one; one that could not be read is in the page's
// list of repositories with the reason and adds nothing else. Also one JSON
// report of them all, for the Action's outputs, whose files are named OWNER/NAME:PATH.




const EMPTY = {
    version: 1,
    verdict: 'no-proposals',
    counts: { proposals: 0, errors: 0, warnings: 0, notices: 0, waived: 0 },
    proposals: [],
    skipped: [],
    gate: { failOn: 'never', passed: true },
    policy: policy/* POLICY_VERSION */.K,
};
function portfolioOfRepositories(reads, options) {
    const parts = reads.map((read) => {
        const repository = { name: read.name, ...(read.ref !== undefined ? { ref: read.ref } : {}) };
        if (read.ok) {
            return buildPortfolio(read.report, {
                today: options.today,
                warningDays: options.warningDays ?? read.warningDays,
                repository,
                drift: driftFindings(read.decisions, [read.code]),
            });
        }
        return unreadableRepository({ ...repository, error: read.error }, {
            today: options.today,
            ...(options.warningDays !== undefined ? { warningDays: options.warningDays } : {}),
        });
    });
    return mergePortfolios(parts, {
        today: options.today,
        ...(options.warningDays !== undefined ? { warningDays: options.warningDays } : {}),
    });
}
/** Every readable repository's report as one: verdict and counts over all their proposals. */
function reportOfRepositories(reads) {
    const proposals = reads.flatMap((r) => r.ok ? r.report.proposals.map((p) => ({ ...p, file: `${r.name}:${p.file}` })) : []);
    const skipped = reads.flatMap((r) => r.ok ? r.report.skipped.map((s) => ({ ...s, file: `${r.name}:${s.file}` })) : []);
    return {
        ...EMPTY,
        verdict: (0,verdict/* runVerdict */.ZH)(proposals),
        counts: (0,verdict/* countFindings */.Gt)(proposals),
        proposals,
        skipped,
    };
}

// EXTERNAL MODULE: ./src/io/files.ts
var io_files = __webpack_require__(3839);
// EXTERNAL MODULE: ./src/io/match.ts + 1 modules
var match = __webpack_require__(5096);
;// CONCATENATED MODULE: ./src/io/repository-code.ts



/** The catalog files among `paths` (from the root) by the `catalog` globs, capped. */
function catalogFiles(paths, globs) {
    const isCatalog = (0,match/* proposalMatcher */.x)(globs);
    return paths.filter(isCatalog).sort().slice(0, MAX_CATALOG_FILES);
}
/**
 * The code of a repository from the paths of its tree, and its catalog from each catalog
 * file's read: the components of those read, why for those not.
 */
function repositoryCode(paths, reads, repository, 
/** GitHub's language breakdown, when it was read (the API). */
breakdown) {
    const catalog = [];
    const unread = [];
    for (const { file, read } of reads) {
        if (read.ok)
            catalog.push(...catalogComponents(file, read.text));
        else
            unread.push({ file, message: read.message });
    }
    return {
        ...(repository !== undefined ? { repository } : {}),
        code: codeFromPaths(paths, breakdown),
        catalog,
        unread,
    };
}
/** The code and the catalog of the working tree at `root`. */
function localRepositoryCode(root, config, repository) {
    const paths = (0,io_files/* walk */.GG)(root, root).map((f) => (0,io_files/* toReportPath */.T3)(root, f));
    const maxBytes = config.maxBytes ?? io_files/* DEFAULT_MAX_BYTES */.fS;
    const reads = catalogFiles(paths, config.catalog).map((file) => ({
        file,
        read: (0,io_files/* readGuardedFile */.hk)(root, file, maxBytes, 'a catalog file'),
    }));
    return repositoryCode(paths, reads, repository);
}

;// CONCATENATED MODULE: ./src/action/api/get-languages.ts
// GET /repos/{owner}/{repo}/languages: GitHub's language breakdown of a repository's default
// branch, language name \u2192 bytes of code.
/** The breakdown; throws when the answer is not a map of names to byte counts. */
async function getLanguages(api, repo) {
    const res = await api.request('GET /repos/{owner}/{repo}/languages', {
        owner: repo.owner,
        repo: repo.repo,
    });
    const data = res.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
        throw new Error('the answer is not a language breakdown');
    }
    const out = {};
    for (const [name, bytes] of Object.entries(data)) {
        if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0) {
            throw new Error('the answer is not a language breakdown');
        }
        out[name] = bytes;
    }
    return out;
}

// EXTERNAL MODULE: ./src/action/read-files.ts
var read_files = __webpack_require__(6502);
;// CONCATENATED MODULE: ./src/action/portfolio/code.ts
// What a repository holds besides its decisions, read through the API or the run's reader, for
// the portfolio's drift check at no extra round trip. Across repositories (repositories.ts):
// the marker files of the tree listing already read, the developer portal's catalog files read
// in the same requests as the proposals (the same GraphQL batches or the same wave of REST
// reads, with the same size cap and refusals), and GitHub's language breakdown, asked for
// beside the tree listing. For the run's own repository (run.ts): the working tree from a
// checkout, else the paths of the listing the run made and the catalog files through its reader.





/**
 * GitHub's language breakdown of the default branch. It needs nothing but the repository's
 * name, so it goes out with the tree listing and adds no round trip. Never rejects.
 */
function readBreakdown(api, repo) {
    return getLanguages(api, repo).then((breakdown) => ({ ok: true, breakdown }), (err) => {
        const status = (0,errors/* statusOf */.c)(err);
        return {
            ok: false,
            reason: `GitHub's language breakdown could not be read${status ? ` (HTTP ${status})` : ''}: ${(0,errors/* errorMessage */.g)(err)}`,
        };
    });
}
/**
 * Starts reading every file of `files` at `ref` together: in GraphQL batches when there are
 * enough of them to be worth one (read-files.ts), else each through the contents API, all at
 * once (the bounded client paces them). The reader hands out what was started; a file not
 * among `files` is read on its own.
 */
function readTogether(api, repo, ref, files, maxBytes, whatOf) {
    const unique = [...new Set(files)];
    let started;
    if (api.graphql && unique.length >= read_files/* GRAPHQL_FROM */.hZ) {
        started = (0,read_files/* readApiFiles */.C1)(api, repo, ref, unique, maxBytes, whatOf);
    }
    else {
        started = new Map(unique.map((f) => [f, (0,read_files/* readApiFile */.Xh)(api, repo, ref, f, maxBytes, whatOf(f))]));
    }
    return {
        read: (file) => started.get(file) ?? (0,read_files/* readApiFile */.Xh)(api, repo, ref, file, maxBytes, whatOf(file)),
    };
}
/** The code of one repository: its tree's markers, its catalog files, its breakdown. */
async function apiRepositoryCode(repository, paths, catalog, reader, breakdown) {
    // All at once: a reader that did not batch them reads each through the contents API.
    const reads = await Promise.all(catalog.map(async (file) => ({
        file,
        read: await reader.read(file).catch((err) => ({
            ok: false,
            message: `the file could not be read: ${(0,errors/* errorMessage */.g)(err)}`,
        })),
    })));
    const languages = await breakdown;
    const code = repositoryCode(paths, reads, repository, languages?.ok ? languages.breakdown : undefined);
    const out = { ...code, repository };
    if (languages && !languages.ok)
        out.breakdownUnread = languages.reason;
    return out;
}
/** The code of the repository a portfolio run judges; undefined when nothing can be read. */
async function codeOfRun(run, source, settings, 
/** Every file's path at the commit (the listing's tree); needed without a checkout. */
paths, repository, 
/** The run's reader, which started the catalog files with the proposals. */
reader) {
    const limits = { catalog: settings.config.catalog, maxBytes: settings.maxBytes };
    if (source.kind === 'workspace')
        return localRepositoryCode(run.workspace, limits, repository);
    // Without the tree's paths nothing can be said of the code: no drift section, rather than
    // one saying all agree.
    if (paths === undefined)
        return undefined;
    return apiRepositoryCode(repository, paths, catalogFiles(paths, limits.catalog), reader, undefined);
}

// EXTERNAL MODULE: ./src/config/index.ts + 2 modules
var src_config = __webpack_require__(4700);
// EXTERNAL MODULE: ./src/action/api/get-tree.ts
var get_tree = __webpack_require__(3766);
;// CONCATENATED MODULE: ./src/action/api/get-repository.ts
// GET /repos/{owner}/{repo}: a repository's name as GitHub spells it, its default branch and
// whether it is archived.
async function getRepository(api, repo) {
    const res = await api.request('GET /repos/{owner}/{repo}', {
        owner: repo.owner,
        repo: repo.repo,
    });
    return res.data;
}

;// CONCATENATED MODULE: ./src/action/api/list-org-repos.ts
// GET /orgs/{org}/repos: one page of an organisation's repositories the token can see.
function listOrgReposPage(api, org, page) {
    return api.request('GET /orgs/{org}/repos', { org, type: 'all', per_page: 100, page });
}

;// CONCATENATED MODULE: ./src/action/api/list-user-repos.ts
// GET /users/{username}/repos: one page of a user's own repositories.
function listUserReposPage(api, username, page) {
    return api.request('GET /users/{username}/repos', {
        username,
        type: 'owner',
        per_page: 100,
        page,
    });
}

// EXTERNAL MODULE: ./src/action/config.ts
var action_config = __webpack_require__(8374);
// EXTERNAL MODULE: ./src/core/judge.ts
var core_judge = __webpack_require__(1128);
;// CONCATENATED MODULE: ./src/action/portfolio/repositories.ts
// Proposals of other repositories, read through the API with no clone, for the portfolio of
// an organisation. Each repository is read at its default branch (or the ref asked for) with
// its own configuration (loadBaseConfig: the file, its globs and its `extends` chain, as the
// Action reads a base commit) and judged by the engine. Per repository: its metadata (skipped
// when an owner's listing gave it), then the recursive tree beside the configuration and
// GitHub's language breakdown, then the proposals and the catalog files together, in GraphQL
// batches of 100 (read-files.ts) or REST reads of one wave. A repository that cannot be read is
// kept with the reason, never dropped: the page says what it does not cover.
















/** Why a request about a repository failed, for a person: the status and what it means. */
function failureReason(err, what) {
    const status = (0,errors/* statusOf */.c)(err);
    const message = (0,errors/* errorMessage */.g)(err);
    const limited = status === 429 ||
        (status === 403 && /rate limit/i.test(message)) ||
        /rate limit/i.test(message);
    let reason;
    if (limited) {
        reason = `GitHub's rate limit was reached while reading ${what}; run again later or with a token of a higher limit`;
    }
    else if (status === 404) {
        reason = `${what} was not found, or the token cannot read it (a private repository answers 404 to a token without access)`;
    }
    else if (status === 403 || status === 401) {
        reason = `the token may not read ${what} (it needs \`contents: read\` there; an organisation may also require SSO authorisation)`;
    }
    else if (status === 409) {
        reason = `${what} is empty`;
    }
    else if (status === 451) {
        reason = `${what} is unavailable for legal reasons`;
    }
    else {
        reason = `${what} could not be read: ${message}`;
    }
    return { ...(status !== undefined ? { status } : {}), reason };
}
function repoMeta(raw) {
    const r = raw;
    if (!r || typeof r.full_name !== 'string' || typeof r.default_branch !== 'string') {
        return undefined;
    }
    return { name: r.full_name, default_branch: r.default_branch, archived: r.archived === true };
}
/** A configuration problem as file:line:column: message (the file alone when no line). */
function where(p) {
    return `${p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file}: ${p.message}`;
}
/** Reads and judges one repository; never throws. */
async function readRepository(api, target, options) {
    let name = `${target.owner}/${target.repo}`;
    const refPart = target.ref !== undefined ? { ref: target.ref } : {};
    const fail = (error) => ({
        ok: false,
        name,
        ...refPart,
        error,
    });
    let defaultBranch = target.known?.defaultBranch;
    if (defaultBranch === undefined) {
        try {
            const data = await getRepository(api, { owner: target.owner, repo: target.repo });
            const meta = repoMeta(data);
            if (!meta)
                return fail({ reason: `the API's answer about ${name} has no default branch` });
            name = meta.name;
            defaultBranch = meta.default_branch;
        }
        catch (err) {
            return fail(failureReason(err, `the repository ${name}`));
        }
    }
    const readAt = target.ref ?? defaultBranch;
    const repo = { owner: name.split('/')[0], repo: name.split('/')[1] };
    const at = target.ref !== undefined ? `${name} at ${target.ref}` : `the repository ${name}`;
    // The tree, the configuration and the language breakdown do not wait for each other.
    const tree = (0,get_tree/* getTree */.J)(api, repo, readAt).then((t) => ({ ok: true, t }), (err) => ({ ok: false, err }));
    const configured = (0,action_config/* loadBaseConfig */.KZ)(api, repo, readAt, undefined, options.policyApi);
    // GitHub counts the languages of the default branch only: another ref's code is told by its
    // marker files alone.
    const breakdown = target.ref === undefined || target.ref === defaultBranch ? readBreakdown(api, repo) : undefined;
    let config;
    try {
        config = await configured;
    }
    catch (err) {
        await tree;
        if (err instanceof src_config/* ConfigError */.xL) {
            const first = err.problems[0];
            const more = err.problems.length > 1 ? ` (and ${err.problems.length - 1} more)` : '';
            return fail({
                reason: `its configuration cannot be used, so nothing was judged: ${first ? where(first) : err.message}${more}`,
            });
        }
        return fail(failureReason(err, `the configuration of ${name}`));
    }
    const listed = await tree;
    if (!listed.ok) {
        const status = (0,errors/* statusOf */.c)(listed.err);
        if (status === 404 || status === 422) {
            return fail({
                status,
                reason: target.ref !== undefined
                    ? `${name} has no branch, tag or commit ${target.ref}`
                    : `the default branch ${defaultBranch} of ${name} cannot be listed`,
            });
        }
        return fail(failureReason(listed.err, `the files of ${at}`));
    }
    const paths = (0,get_tree/* blobPaths */.q)(listed.t.tree);
    const files = paths.filter((0,match/* proposalMatcher */.x)(config.files)).sort();
    const catalog = catalogFiles(paths, config.catalog);
    const engine = (0,src_config/* engineOptionsFromConfig */.rd)(config, {
        ...(options.docsBase !== undefined ? { docsBase: options.docsBase } : {}),
        today: options.today,
    });
    const maxBytes = config.maxBytes ?? io_files/* DEFAULT_MAX_BYTES */.fS;
    // The catalog files go in the same requests as the proposals, with the same cap.
    const proposals = new Set(files);
    const reader = readTogether(api, repo, readAt, [...files, ...catalog], maxBytes, (f) => proposals.has(f) ? 'a proposal' : 'a catalog file');
    const results = await (0,read_files/* judgeFiles */.lv)(files, reader, engine);
    const report = (0,core_judge/* judgedReport */.I)(results, 'never', engine, config.chain);
    const code = await apiRepositoryCode(name, paths, catalog, reader, breakdown);
    return {
        ok: true,
        name,
        ...refPart,
        readAt,
        report,
        config: config.file,
        truncated: listed.t.truncated === true,
        warningDays: config.settings.waiverWarningDays,
        title: config.portfolioTitle,
        decisions: decisionsFrom(results, name),
        code,
    };
}
/** Most repositories an owner's listing reads (100 pages of 100). */
const MAX_OWNER_REPOSITORIES = 10_000;
/** An owner's repositories: an organisation's (`/orgs`) or else a user's (`/users`). */
async function listOwner(api, owner) {
    const list = (page) => (0,paginate/* everyPage */.L)(page, { perPage: 100, maxPages: MAX_OWNER_REPOSITORIES / 100, item: repoMeta });
    try {
        return await list((n) => listOrgReposPage(api, owner, n));
    }
    catch (err) {
        if ((0,errors/* statusOf */.c)(err) !== 404)
            throw err;
    }
    return list((n) => listUserReposPage(api, owner, n));
}
/**
 * Every repository to read: the ones named, and every repository of each owner given as
 * OWNER/* that the token can read. An owner's archived repositories are listed as skipped;
 * a repository named on its own is read even when archived (it was asked for).
 */
async function readRepositories(api, specs, options) {
    const groups = await Promise.all(specs.map(async (spec) => {
        if (spec.kind === 'repository')
            return [spec];
        let listed;
        try {
            listed = await listOwner(api, spec.owner);
        }
        catch (err) {
            return [
                {
                    ok: false,
                    name: `${spec.owner}/*`,
                    error: failureReason(err, `the repositories of ${spec.owner}`),
                },
            ];
        }
        options.log?.(`${spec.owner}: ${listed.length} repositories the token can read`);
        return listed.map((m) => {
            const [owner, repo] = m.name.split('/');
            return m.archived
                ? { ok: false, name: m.name, error: { reason: 'archived; skipped' } }
                : { owner, repo, known: { defaultBranch: m.default_branch, archived: false } };
        });
    }));
    // A repository named and also in an owner's listing is read once, as named.
    const seen = new Set();
    const unique = groups.flat().filter((t) => {
        const key = ('ok' in t ? `${t.name}@${t.ref ?? ''}` : `${t.owner}/${t.repo}@${t.ref ?? ''}`).toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    // A few repositories at a time: their requests share the bounded client, and judging one
    // (synchronous work) must not hold up the answers the others are waiting for.
    const out = new Array(unique.length);
    let next = 0;
    const worker = async () => {
        while (next < unique.length) {
            const i = next++;
            const t = unique[i];
            out[i] = 'ok' in t ? t : await readRepository(api, t, options);
        }
    };
    await Promise.all(Array.from({ length: Math.min(REPOSITORIES_AT_ONCE, unique.length) }, worker));
    return out;
}
/** Repositories read at once: enough to keep the bounded client's slots busy. */
const REPOSITORIES_AT_ONCE = 4;

;// CONCATENATED MODULE: ./src/action/portfolio/run.ts
// mode: portfolio: the stages of a judging run up to the judging (scope all), then the page
// (stages/portfolio.ts) in place of the comment, the annotations and the gate.

















async function runPortfolio(started, deps) {
    // The page covers every proposal, whatever the event (inputs.ts refuses scope: changed).
    const run = { ...started, inputs: { ...started.inputs, scope: 'all' } };
    if (run.inputs.repositories.length > 0)
        return runAcross(run, deps);
    const { ctx, sink } = run;
    if (ctx.pr) {
        sink.info(`mode: portfolio is meant for schedule and workflow_dispatch runs; on this ${ctx.eventName} event it judges every proposal and writes the page, with no pull request comment.`);
    }
    const located = await (0,source/* locateSource */.g)(run, deps.gitHead);
    const settings = await (0,configuration/* loadConfiguration */.v)(run, located.source);
    const listing = await (0,files/* listFiles */.C)(run, 'all', located.source, settings.globs, {});
    await (0,heap/* boundHeapFor */.w)(listing.files.files.length);
    // The artefacts constraints cite, read as a pull request's run reads them (one more round
    // trip without a checkout), so the page counts what the evidence showed.
    const artefacts = new action_artefacts/* ArtefactReads */.KU({
        source: located.source,
        workspace: run.workspace,
        api: run.api,
        repo: run.repo,
        sha: ctx.sha,
    });
    const name = `${run.repo.owner}/${run.repo.repo}`;
    // Without a checkout the catalog files are read with the proposals: one batch for both.
    const catalog = located.source.kind === 'api' && listing.paths
        ? new Set(catalogFiles(listing.paths, settings.config.catalog))
        : new Set();
    const reader = (0,judge/* judgeReader */.t)(run, located.source, settings, (f) => catalog.has(f) ? 'a catalog file' : 'a proposal');
    reader.prefetch?.([...listing.files.files, ...catalog]);
    const judging = (0,judge/* judge */.S)(run, located.source, settings, listing, artefacts, undefined, reader);
    const reading = codeOfRun(run, located.source, settings, listing.paths, name, reader);
    const [{ report, results }, code] = await Promise.all([judging, reading]);
    for (const { file, message } of code?.unread ?? []) {
        sink.warning(`The catalog file ${(0,printable/* printable */.g)(file)} was not read for the drift check: ${(0,printable/* printable */.g)(message)}`);
    }
    const reportPath = await (0,outputs/* writeReport */.u5)(run.env, run.inputs.commentTag, report);
    (0,outputs/* setOutputs */.n0)(sink, report, reportPath);
    const drift = code && driftFindings(decisionsFrom(results, name), [code]);
    const page = await writePortfolio(run, settings, report, drift);
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
/**
 * `repositories` given: each repository is read through the API (portfolio/repositories.ts)
 * and judged with its own configuration; this repository's configuration gives only the
 * page's title and the waivers' warning days.
 */
async function runAcross(run, deps) {
    const { ctx, sink, api, env } = run;
    const located = await (0,source/* locateSource */.g)(run, deps.gitHead);
    const settings = await (0,configuration/* loadConfiguration */.v)(run, located.source);
    const today = settings.options.today ?? (0,engine/* utcToday */.wc)();
    const reads = await readRepositories(api, run.inputs.repositories, {
        today,
        docsBase: (0,links/* docsBase */.x)(env),
        ...(run.policyApi ? { policyApi: run.policyApi } : {}),
        log: (m) => sink.info((0,printable/* printable */.g)(m)),
    });
    for (const read of reads) {
        if (read.ok) {
            sink.info(`${(0,printable/* printable */.g)(read.name)} at ${(0,printable/* printable */.g)(read.readAt)}: ${read.report.counts.proposals} proposals, ${read.config ? `configuration ${(0,printable/* printable */.g)(read.config)}` : 'the built-in policy'}`);
            if (read.truncated) {
                sink.warning(`${(0,printable/* printable */.g)(read.name)}: GitHub listed only part of its files (the tree is too large); some proposals may be missing from the page`);
            }
            for (const u of read.code.unread) {
                sink.warning(`${(0,printable/* printable */.g)(read.name)}: the catalog file ${(0,printable/* printable */.g)(u.file)} was not read, so the drift check leaves it out: ${(0,printable/* printable */.g)(u.message)}`);
            }
            if (read.code.breakdownUnread !== undefined) {
                sink.info(`${(0,printable/* printable */.g)(read.name)}: ${(0,printable/* printable */.g)(read.code.breakdownUnread)}`);
            }
        }
        else {
            sink.warning(`${(0,printable/* printable */.g)(read.name)} is on the page unread: ${(0,printable/* printable */.g)(read.error.reason)}`);
        }
    }
    const report = reportOfRepositories(reads);
    const reportPath = await (0,outputs/* writeReport */.u5)(env, run.inputs.commentTag, report);
    (0,outputs/* setOutputs */.n0)(sink, report, reportPath);
    const portfolio = portfolioOfRepositories(reads, {
        today,
        warningDays: settings.config.settings.waiverWarningDays,
    });
    const page = await writePortfolioPage(run, portfolio, settings.config.portfolioTitle ?? DEFAULT_PORTFOLIO_TITLE);
    const unread = reads.filter((r) => !r.ok).length;
    sink.info(`Stack Verdict portfolio: ${reads.length} repositories (${unread} not read), ${report.counts.proposals} proposals, verdict ${report.verdict}. The page reports; it does not gate, so findings never fail this step.`);
    return {
        mode: 'portfolio',
        inputs: run.inputs,
        context: ctx,
        scope: 'all',
        source: { kind: 'api', reason: 'the repositories are read through the GitHub API' },
        files: {
            files: report.proposals.map((p) => p.file),
            listed: report.proposals.length,
            total: undefined,
            truncated: reads.some((r) => r.ok && r.truncated),
        },
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
