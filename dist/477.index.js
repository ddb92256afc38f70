export const id = 477;
export const ids = [477];
export const modules = {

/***/ 2477:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSarif: () => (/* binding */ renderSarif)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA, FINGERPRINT_KEY, SARIF_LEVEL, buildSarif */
/* harmony import */ var _evidence_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5141);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6912);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6246);
/* harmony import */ var _well_formed_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4687);
// SARIF 2.1.0 output, for GitHub code scanning and any other SARIF consumer.
// One run; the driver lists every rule (so code scanning can tell "ran and found nothing"
// from "unknown rule" and close fixed alerts); waived findings are results with a suppression.





const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The name of our partial fingerprint; bump the version if its inputs ever change. */
const FINGERPRINT_KEY = 'stackVerdict/v1';
const SARIF_LEVEL = {
    error: 'error',
    warning: 'warning',
    notice: 'note',
};
/** The report as a SARIF 2.1.0 log. Paths stay relative to where the check ran (%SRCROOT%). */
function renderSarif(report, options) {
    return `${JSON.stringify(buildSarif(report, options), null, 2)}\n`;
}
function buildSarif(report, options) {
    const known = options.rules ?? _rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .RULES */ .y;
    const docsOf = new Map();
    for (const p of report.proposals) {
        for (const f of p.findings)
            if (f.docs && !docsOf.has(f.rule))
                docsOf.set(f.rule, f.docs);
    }
    const builtIn = new Set(_rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .RULES */ .y.map((r) => r.id));
    const helpUri = (rule) => {
        if (options.docsUrl)
            return options.docsUrl(rule);
        return (docsOf.get(rule.id) ?? (builtIn.has(rule.id) ? `${_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_DOCS_URL */ .Sl}${rule.id}.md` : undefined));
    };
    const rules = known.map((r) => ruleDescriptor(r, helpUri(r)));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const ruleIndex = (f) => {
        let i = index.get(f.rule);
        if (i === undefined) {
            // A rule outside the list (a custom rule): describe it from what the finding knows.
            i = rules.length;
            index.set(f.rule, i);
            rules.push(bareDescriptor(f, docsOf.get(f.rule)));
        }
        return i;
    };
    const results = [];
    for (const p of report.proposals) {
        const seen = new Map();
        for (const f of p.findings) {
            // Rule, file and occurrence identify a finding across commits, whatever its line or numbers.
            const occurrence = seen.get(f.rule) ?? 0;
            seen.set(f.rule, occurrence + 1);
            const result = {
                ruleId: f.rule,
                ruleIndex: ruleIndex(f),
                level: SARIF_LEVEL[f.severity],
                message: { text: f.message },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: { uri: fileUri(p.file), uriBaseId: '%SRCROOT%' },
                            region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) },
                        },
                    },
                ],
                partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(p.file, f.rule, occurrence) },
            };
            if (f.fixes && f.fixes.length > 0)
                result.fixes = f.fixes.map((x) => sarifFix(p.file, x));
            if (f.waived) {
                result.suppressions = [
                    { kind: 'external', status: 'accepted', justification: f.waiverReason ?? '' },
                ];
            }
            if (p.service !== null)
                result.properties = { service: p.service };
            results.push(result);
        }
    }
    // One line per checked constraint, as the comment shows it: the run's, not a result's.
    const evidence = report.proposals.flatMap((p) => (0,_evidence_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceLines */ .p1)(p).map((text) => ({ file: p.file, text })));
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'Stack Verdict',
                        version: options.toolVersion,
                        semanticVersion: options.toolVersion,
                        informationUri: options.informationUri,
                        rules,
                    },
                },
                originalUriBaseIds: {
                    '%SRCROOT%': {
                        description: { text: 'The folder the check ran in: the repository root.' },
                    },
                },
                columnKind: 'utf16CodeUnits',
                results,
                properties: {
                    verdict: report.verdict,
                    counts: report.counts,
                    gate: report.gate,
                    ...(evidence.length ? { evidence } : {}),
                },
            },
        ],
    };
}
/** One fix: its region in lines and columns (UTF-16, as the run's columnKind says). */
function sarifFix(file, fix) {
    const deletedRegion = fix.start && fix.end
        ? {
            startLine: fix.start.line,
            startColumn: fix.start.column,
            endLine: fix.end.line,
            endColumn: fix.end.column,
        }
        : { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] };
    return {
        ...(fix.description ? { description: { text: fix.description } } : {}),
        artifactChanges: [
            {
                artifactLocation: { uri: fileUri(file), uriBaseId: '%SRCROOT%' },
                replacements: [{ deletedRegion, insertedContent: { text: fix.text } }],
            },
        ],
    };
}
function ruleDescriptor(rule, helpUri) {
    const why = plain(rule.docs.why) || plain(rule.description);
    const fix = plain(rule.docs.fix);
    const link = helpUri ? `\n\n[Documentation of \`${rule.id}\`](${helpUri})` : '';
    return {
        id: rule.id,
        name: pascalCase(rule.id),
        shortDescription: { text: sentence(rule.description) },
        fullDescription: { text: sentence(why) },
        help: {
            text: fix ? `${why}\n\n${fix}` : why,
            markdown: `**Why**\n\n${rule.docs.why.trim() || rule.description.trim()}\n\n**How to fix or waive**\n\n${rule.docs.fix.trim() || 'See the rule\u2019s documentation.'}${link}`,
        },
        ...(helpUri ? { helpUri } : {}),
        defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
        properties: { tags: ['stack-verdict'] },
    };
}
function bareDescriptor(f, helpUri) {
    return {
        id: f.rule,
        name: pascalCase(f.rule),
        shortDescription: { text: `Rule ${f.rule}.` },
        fullDescription: { text: `Rule ${f.rule}, not part of the default rule set.` },
        ...(helpUri ? { helpUri } : {}),
        defaultConfiguration: { level: SARIF_LEVEL[f.severity] },
        properties: { tags: ['stack-verdict'] },
    };
}
/**
 * A relative path as a URI reference: each segment percent-encoded, slashes kept. A lone
 * surrogate (a file name from an API's JSON can hold one) is encoded as U+FFFD, as UTF-8 JSON
 * would carry it, since encodeURIComponent throws on it.
 */
function fileUri(file) {
    return (0,_well_formed_js__WEBPACK_IMPORTED_MODULE_4__/* .encodePath */ .O)(file);
}
function fingerprint(file, rule, occurrence) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(`${file}\0${rule}\0${occurrence}`).digest('hex').slice(0, 32);
}
function pascalCase(id) {
    return id
        .split(/[^a-zA-Z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
/** Rule documentation without Markdown code marks. */
function plain(text) {
    return text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
}
function sentence(text) {
    const t = text.replace(/\s+/g, ' ').trim();
    return /[.!?]$/.test(t) ? t : `${t}.`;
}


/***/ })

};
