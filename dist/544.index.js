export const id = 544;
export const ids = [544];
export const modules = {

/***/ 6544:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   boundYoungGeneration: () => (/* binding */ boundYoungGeneration)
/* harmony export */ });
/* unused harmony exports YOUNG_GENERATION_FLAG, YOUNG_GENERATION_GROWTH_FLAG, YOUNG_GENERATION_CAP, growYoungGeneration */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
// Node 24's V8 grows the young generation further than Node 20's: judging 10,000 proposals
// peaked at ~390 MB there against ~240 MB on Node 20 (docs/benchmarks.md, "Memory"). The
// semi-spaces' maximum is fixed when the heap is created, before any of our code runs, but
// their growth factor is read each time they would grow: at 1 they stay at their current
// size. Flags are process-wide, so the CLI's worker threads get it too.

const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';
/**
 * How the young generation grows while the CLI judges: eightfold, not V8's twofold, so that it
 * reaches the cap in two steps instead of four. Each step waits for a scavenge, and on 1,000
 * files about half of them happened while the space was still small (--trace-gc: 27
 * scavenges \u2192 14; ~2% of the run, 41 alternated runs).
 */
const YOUNG_GENERATION_GROWTH_FLAG = '--semi-space-growth-factor=8';
/**
 * Where growing stops: a new space of 16 MB, one doubling short of Node 20's largest (32 MB).
 * Growth is checked between files, so it may take one more step (never past V8's own
 * maximum) before it stops; docs/benchmarks.md measures the peak at 10,000 files.
 */
const YOUNG_GENERATION_CAP = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
/** Keeps the young generation at its current size (the CLI at start; the Action from 200 files). */
function boundYoungGeneration() {
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)(YOUNG_GENERATION_FLAG);
}
/**
 * For a long run (the CLI judging many files): lets the young generation grow to about
 * Node 20's size, and no further on any Node. At its first size (1 MB), 10,000 proposals on
 * one thread cost ~1,450 scavenges (~500 ms, --trace-gc); capped at 16 MB, ~200 (~200 ms).
 * Returns the check to call between files, which stops the growth at the cap.
 */
function growYoungGeneration() {
    let growing = true;
    setFlagsFromString(YOUNG_GENERATION_GROWTH_FLAG);
    return () => {
        if (!growing)
            return;
        const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
        if (space && space.space_size < YOUNG_GENERATION_CAP)
            return;
        setFlagsFromString(YOUNG_GENERATION_FLAG);
        growing = false;
    };
}


/***/ })

};
