import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 919:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(919);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/generated/globs.js
// Generated by scripts/generate-globs.mjs with picomatch: do not edit.
/* eslint-disable */
/** picomatch.makeRe(glob, { dot: true, windows: false }) for each default glob. */
const globs_PRECOMPILED = new Map([
  ["proposals/**/*.{yml,yaml,md}", new RegExp("^(?:proposals(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.(yml|yaml|md))$", "")],
  ["**/*.proposal.{yml,yaml}", new RegExp("^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.proposal\\.(yml|yaml))$", "")],
  ["**/service-proposal.{yml,yaml}", new RegExp("^(?:(?:^|\\/|(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/)service-proposal\\.(yml|yaml))$", "")],
  ["docs/decisions/**/*.md", new RegExp("^(?:docs\\/decisions(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.md)$", "")],
  ["docs/adr/**/*.md", new RegExp("^(?:docs\\/adr(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.md)$", "")],
  ["doc/adr/**/*.md", new RegExp("^(?:doc\\/adr(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)\\/|\\/|$)(?!\\.{1,2}(?:\\/|$))(?=.)[^/]*?\\.md)$", "")],
]);

;// CONCATENATED MODULE: ./src/io/match.ts
// The one matcher that decides which workspace paths are proposals, used by the CLI's walk
// and by the Action's changed-files and tree filters, so that both see the same files.


/** `.git` (any case) is never a place for proposals; node_modules is never walked either. */
const NEVER = /(^|\/)(\.git|node_modules)(\/|$)/i;
/** The same path with its extension in lower case: `evil.YAML` \u2192 `evil.yaml`. */
function lowerExtension(file) {
    const dot = file.lastIndexOf('.');
    const slash = file.lastIndexOf('/');
    return dot > slash + 1 ? file.slice(0, dot) + file.slice(dot).toLowerCase() : file;
}
/** True for a path under `.git` or node_modules, in any case. */
function isForbiddenPath(file) {
    return NEVER.test(file);
}
/**
 * A predicate over workspace-relative paths (forward slashes). Positive globs choose files;
 * `!glob` entries remove files from what the positive ones chose, wherever they are listed,
 * so an exclusion never adds anything (only exclusions \u2192 nothing matches). Dot folders and
 * dot files match like any other; extensions match in any case.
 */
function match_proposalMatcher(globs) {
    const positive = globs.filter((g) => !g.startsWith('!'));
    const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
    if (positive.length === 0)
        return () => false;
    const include = anyOf(positive);
    const exclude = negative.length > 0 ? anyOf(negative) : () => false;
    return (file) => {
        if (NEVER.test(file))
            return false;
        const lower = lowerExtension(file);
        return (include(file) || include(lower)) && !exclude(file) && !exclude(lower);
    };
}
/** Where picomatch makes the expressions scripts/generate-globs.mjs wrote (not Windows). */
const POSIX = process.platform !== 'win32';
/**
 * picomatch(globs, { dot: true }), but a default glob takes its expression from
 * src/generated/globs.js instead of compiling it (~2 ms on every start). Each glob then
 * matches as picomatch's own matcher does: a non-empty path equal to the glob or matched by it.
 */
function anyOf(globs) {
    const tests = globs.map((glob) => {
        const re = POSIX ? PRECOMPILED.get(glob) : undefined;
        if (!re)
            return picomatch(glob, { dot: true });
        return (file) => file !== '' && (file === glob || re.test(file));
    });
    return tests.length === 1 ? tests[0] : (file) => tests.some((t) => t(file));
}

;// CONCATENATED MODULE: ./src/io/files.ts



/** Where proposals live unless configured otherwise (docs/proposal-format.md). */
const DEFAULT_GLOBS = (/* unused pure expression or super */ null && ([
    'proposals/**/*.{yml,yaml,md}',
    '**/*.proposal.{yml,yaml}',
    '**/service-proposal.{yml,yaml}',
    // Decision records: MADR, log4brains, adr-tools.
    'docs/decisions/**/*.md',
    'docs/adr/**/*.md',
    'doc/adr/**/*.md',
]));
const PROPOSAL_EXTENSIONS = /\.(ya?ml|md)$/i;
const DEFAULT_MAX_BYTES = 1024 * 1024;
const SKIP_DIRS = new Set(['.git', 'node_modules']); // compared in lower case
const files_POSIX = (external_node_path_default()).sep === '/';
/** A segment that is empty, `.` or `..`: the path is not in path.resolve's normal form. */
const UNNORMAL = /\/\.{0,2}(?:\/|$)/;
/**
 * path.relative(root, target), without resolving both paths when they need none: for a
 * normalized absolute `target` below a normalized absolute `root` (every path the CLI
 * builds), it is the rest of `target`. Resolving both, twice a file, was a tenth of
 * reading one in a CPU profile of 10,000 proposals.
 */
function relative(root, target) {
    if (files_POSIX &&
        target.length > root.length + 1 &&
        target.charCodeAt(root.length) === 0x2f &&
        target.startsWith(root) &&
        root.charCodeAt(0) === 0x2f &&
        !UNNORMAL.test(target)) {
        return target.slice(root.length + 1);
    }
    return external_node_path_default().relative(root, target);
}
/** A path inside `root`, with forward slashes, as reports show it. */
function toReportPath(root, absolute) {
    const rel = relative(root, absolute);
    return files_POSIX ? rel : rel.split((external_node_path_default()).sep).join('/');
}
/** True when `target` is `root` or lies beneath it. */
function isInside(root, target) {
    const rel = relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/**
 * Every regular file beneath `dir`, as absolute paths, sorted. Symbolic links are
 * followed only when they resolve to a file inside `root`; linked folders are not entered.
 * Synchronous on purpose: one walk at a time, and a thread-pool round trip per folder and
 * per file cost more than the reads themselves (docs/benchmarks.md).
 */
function walk(dir, root) {
    const realRoot = realpathSync.native(root);
    const found = [];
    const visit = (current) => {
        let entries;
        try {
            entries = readdirSync(current, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const full = path.join(current, entry.name);
            if (entry.isDirectory()) {
                if (!SKIP_DIRS.has(entry.name.toLowerCase()))
                    visit(full);
            }
            else if (entry.isFile()) {
                found.push(full);
            }
            else if (entry.isSymbolicLink()) {
                try {
                    const target = realpathSync.native(full);
                    if (isInside(realRoot, target) && statSync(target).isFile())
                        found.push(full);
                }
                catch {
                    // A dangling link is not a proposal.
                }
            }
        }
    };
    visit(dir);
    return found.sort();
}
/** Files beneath `root` whose workspace-relative path matches one of the globs. */
async function findByGlobs(root, globs) {
    const match = proposalMatcher(globs);
    return walk(root, root).filter((f) => match(toReportPath(root, f)));
}
// realpath(root) once per root, and realpath once per folder, not once per file: nothing
// from a pull request runs during a run, so no one can swap a folder for a link between two
// reads. A file in a folder inside the workspace is opened with O_NOFOLLOW straight away: the
// open itself says whether the file is a link (ELOOP), and fstat on the descriptor what it
// is and how large. Only a link, or a path the open refuses, takes the long way (lstat and
// realpath of the file, then the same open).
let lastRoot;
function realRootOf(root) {
    if (lastRoot?.root !== root) {
        lastRoot = { root, real: external_node_fs_namespaceObject.realpathSync.native(root), folders: new Map() };
    }
    return lastRoot.real;
}
/** The real path of folder `dir`, resolved once per folder. */
function realDirOf(dir, root) {
    realRootOf(root);
    const folders = lastRoot.folders;
    let realDir = folders.get(dir);
    if (realDir === undefined) {
        realDir = external_node_fs_namespaceObject.realpathSync.native(dir);
        if (folders.size > 10_000)
            folders.clear();
        folders.set(dir, realDir);
    }
    return realDir;
}
/** Where `absolute` really is, and whether it is a regular file that is not a link. */
function realPathOf(absolute, root) {
    const realDir = realDirOf(external_node_path_default().dirname(absolute), root);
    const direct = external_node_path_default().join(realDir, external_node_path_default().basename(absolute));
    const info = (0,external_node_fs_namespaceObject.lstatSync)(direct);
    return info.isSymbolicLink()
        ? { real: external_node_fs_namespaceObject.realpathSync.native(direct), plainFile: false }
        : { real: direct, plainFile: info.isFile() };
}
// O_NONBLOCK: a FIFO opens without waiting; O_NOFOLLOW: a link is refused (ELOOP), not followed.
const OPEN_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0) | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0);
/** Where open() can tell a link by ELOOP: the short way is safe only there (not on Windows). */
const NOFOLLOW = files_POSIX && external_node_fs_namespaceObject.constants.O_NOFOLLOW !== undefined && external_node_fs_namespaceObject.constants.O_NOFOLLOW !== 0;
/**
 * Reads a proposal as UTF-8 text, refusing what could not be one: a path that leads outside
 * `root` through a link (the file itself or any folder on the way), something that is not a
 * regular file (a FIFO would block the read), a file over the size cap (checked before
 * reading, and the read itself stops after the cap), binary content, or invalid UTF-8.
 */
function readProposalFile(absolute, root, maxBytes = DEFAULT_MAX_BYTES, isProposal = (f) => PROPOSAL_EXTENSIONS.test(f)) {
    const quick = NOFOLLOW ? readPlainFile(absolute, root, maxBytes, isProposal) : undefined;
    return quick ?? readAnyFile(absolute, root, maxBytes, isProposal);
}
/**
 * Reads a file the CLI checks: a link may lead anywhere inside the folder the check runs in
 * (`cwd`, the workspace); a file named outside it may only link within its own folder.
 */
function readForCheck(cwd, absolute, maxBytes) {
    const root = isInside(cwd, absolute) ? cwd : external_node_path_default().dirname(absolute);
    return readProposalFile(absolute, root, maxBytes);
}
/**
 * The short way, for a file that is not a link in a folder inside `root`: one open, no
 * lstat. undefined for anything else (a link, a folder outside, a path the open refuses):
 * the long way then decides, with its own messages.
 */
function readPlainFile(absolute, root, maxBytes, isProposal) {
    let fd;
    try {
        // The CLI and the Action pass absolute paths in normal form: no path.resolve needed.
        const resolved = absolute.charCodeAt(0) === 0x2f && !UNNORMAL.test(absolute)
            ? absolute
            : external_node_path_default().resolve(absolute);
        const slash = resolved.lastIndexOf('/');
        const dir = slash === 0 ? '/' : resolved.slice(0, slash);
        const realDir = realDirOf(dir, root);
        const real = realDir === dir ? resolved : external_node_path_default().join(realDir, resolved.slice(slash + 1));
        if (!isInside(realRootOf(root), real))
            return undefined;
        // A linked folder inside the workspace: the same checks as a linked file (below).
        if (real !== resolved) {
            const target = toReportPath(realRootOf(root), real);
            if (isForbiddenPath(target) || !isProposal(target))
                return undefined;
        }
        fd = (0,external_node_fs_namespaceObject.openSync)(real, OPEN_FLAGS);
    }
    catch {
        return undefined;
    }
    try {
        return readOpen(fd, maxBytes);
    }
    catch (err) {
        return cannotRead(err); // close failed
    }
}
/** The long way: every link on the way resolved and checked, then the same read. */
function readAnyFile(absolute, root, maxBytes, isProposal) {
    try {
        // Every link on the way is resolved, not only the last one: `proposals/` may itself be
        // a link to a folder outside the workspace.
        const resolved = external_node_path_default().resolve(absolute);
        const { real, plainFile } = realPathOf(resolved, root);
        if (!isInside(realRootOf(root), real)) {
            const link = (0,external_node_fs_namespaceObject.lstatSync)(absolute).isSymbolicLink();
            return {
                ok: false,
                message: link
                    ? 'the file is a symbolic link that leads outside the workspace; it was not read'
                    : 'the path leads outside the workspace through a linked folder; it was not read',
            };
        }
        // A link inside the workspace may still point at a secret: .git/config holds the
        // checkout token. Whatever the links say, the file read must be under no `.git` folder
        // and must itself be a proposal by the same globs.
        if (real !== resolved) {
            const target = toReportPath(realRootOf(root), real);
            if (isForbiddenPath(target)) {
                return { ok: false, message: 'the file is a link into .git; it was not read' };
            }
            if (!isProposal(target)) {
                return {
                    ok: false,
                    message: 'the file is a link to a file that is not a proposal; it was not read',
                };
            }
        }
        // lstat above already said what a file that is not a link is: no second stat.
        if (!plainFile && !(0,external_node_fs_namespaceObject.statSync)(real).isFile())
            return { ok: false, message: 'not a regular file' };
        // O_NOFOLLOW: the file was not swapped for a link since realpath.
        return readOpen((0,external_node_fs_namespaceObject.openSync)(real, OPEN_FLAGS), maxBytes);
    }
    catch (err) {
        return cannotRead(err);
    }
}
/**
 * An open file's bytes to its end, but never more than one byte past `cap`, whatever fstat
 * said: first `size` and one byte more (to see a file that grew), then in 64 KiB steps. A
 * short read of a regular file is its end, so a file that did not grow costs one buffer of
 * its own size. More than `cap` bytes back means the file is over the cap.
 */
function readCapped(fd, size, cap) {
    const chunks = [];
    let length = 0;
    for (;;) {
        const want = Math.min(length === 0 ? size + 1 : 64 * 1024, cap + 1 - length);
        if (want <= 0)
            break;
        const chunk = Buffer.allocUnsafe(want);
        const bytesRead = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, want, length);
        if (bytesRead === 0)
            break;
        chunks.push(chunk.subarray(0, bytesRead));
        length += bytesRead;
        if (bytesRead < want)
            break;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length);
}
function readOpen(fd, maxBytes, what) {
    try {
        // fstat on the open descriptor says what was really opened.
        const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!info.isFile())
            return { ok: false, message: 'not a regular file' };
        if (info.size > maxBytes)
            return tooLarge(info.size, maxBytes, '', what);
        const bytes = readCapped(fd, info.size, maxBytes);
        if (bytes.length > maxBytes)
            return tooLarge(maxBytes, maxBytes, 'more than ', what);
        return decode(bytes);
    }
    catch (err) {
        return cannotRead(err);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** A path with a `.git` part, in any case (a case-insensitive file system finds the same folder). */
const GIT_PART = /(?:^|\/)\.git(?:\/|$)/i;
/**
 * The one reader for every file the product reads other than proposals found by a walk:
 * configurations, the files they extend, evidence. `file` is relative to `root` (the
 * repository or workspace). Refused unread, with a message that quotes nothing of the file:
 * a path outside `root`, a path or link (the file or a folder on the way) that leads outside
 * `root` or into `.git` (in any case), something that is not a regular file, a file over
 * `maxBytes`, binary or invalid UTF-8 text. `what` names the file in messages ("a
 * configuration"). Synchronous: one small file, where the thread pool costs more than the read.
 */
function readGuardedFile(root, file, maxBytes, what) {
    const base = path.resolve(root);
    const absolute = path.resolve(base, file);
    if (!isInside(base, absolute) || absolute === base) {
        return { ok: false, message: 'the path leads outside the repository; it was not read' };
    }
    if (GIT_PART.test(toReportPath(base, absolute))) {
        return { ok: false, message: 'the path leads into .git; it was not read' };
    }
    let link;
    try {
        link = lstatSync(absolute).isSymbolicLink();
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            return { ok: false, missing: true, message: 'the file does not exist' };
        }
        return cannotRead(err);
    }
    let fd;
    try {
        // Every link on the way, not only the last one: a folder may be a link too.
        const realBase = realpathSync.native(base);
        const real = realpathSync.native(absolute);
        if (!isInside(realBase, real)) {
            return {
                ok: false,
                message: link
                    ? 'the file is a symbolic link that leads outside the repository; it was not read'
                    : 'the path leads outside the repository through a linked folder; it was not read',
            };
        }
        if (GIT_PART.test(toReportPath(realBase, real))) {
            return {
                ok: false,
                message: link
                    ? 'the file is a link into .git; it was not read'
                    : 'the path leads into .git through a linked folder; it was not read',
            };
        }
        // O_NOFOLLOW: the file was not swapped for a link since realpath; O_NONBLOCK: a FIFO
        // opens without waiting, and fstat then refuses it.
        fd = openSync(real, OPEN_FLAGS);
    }
    catch (err) {
        return cannotRead(err);
    }
    try {
        return readOpen(fd, maxBytes, what);
    }
    catch (err) {
        return cannotRead(err); // close failed
    }
}
function cannotRead(err) {
    return {
        ok: false,
        message: `the file cannot be read: ${err.code ?? err.message}`,
    };
}
function tooLarge(size, maxBytes, more = '', what = 'a proposal') {
    return {
        ok: false,
        bytes: more ? size + 1 : size,
        message: `the file is ${more}${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for ${what}; it was not read`,
    };
}
// One decoder for every file: decode() without { stream } starts afresh each call.
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Bytes \u2192 text, or why they are not a proposal's text. */
function decode(bytes) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return { ok: false, message: 'the file is UTF-16 text; save it as UTF-8' };
    }
    if (bytes.includes(0))
        return {
            ok: false,
            message: 'the file is binary (it contains NUL bytes), not YAML or Markdown',
        };
    try {
        const text = utf8.decode(bytes);
        return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
            ? { ok: true, text, bom: true }
            : { ok: true, text };
    }
    catch {
        return { ok: false, message: 'the file is not valid UTF-8 text; save it as UTF-8' };
    }
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
    return `${n} bytes`;
}

;// CONCATENATED MODULE: ./src/cli/read-ahead.ts
// A thread that reads proposals ahead of the one judging them, when one thread judges a large
// check on a machine of two cores or more. On two cores the CLI judges on one thread
// (parallel.ts, AUTO_MIN_CORES): a second judging thread competed with V8's own helpers and
// lost. Opening, reading and decoding the files is light work for the second core and about
// an eighth of the judging thread's. The reader runs a script of its own (reader.ts, bundled
// as dist/cli/reader.js: ~27 KB, where the CLI's is ~1 MB). The main thread takes what it
// sent with receiveMessageOnPort (synchronous, no turn of the event loop). The reader hands
// over only the texts it read, with the main thread's own checks (readForCheck); every file
// it did not hand over (refused, unreadable, large, or not read in time) the main thread
// reads itself. The reader can cost time, never change a result.


/**
 * Read-ahead from this many files. The thread sends its first files 100-150 ms after it is
 * started; on 1,000 files it saved nothing (471 vs 475 ms, 15 alternated runs), on 4,000 about 7%.
 */
const READ_AHEAD_MIN_FILES = 2000;
/** The most files read and not yet taken. */
const MAX_LEAD = 512;
/**
 * The longest text handed over: with MAX_LEAD, at most 32 Mi characters held at a time. A
 * proposal takes a few KB; a larger file (up to --max-bytes) the main thread reads itself.
 */
const MAX_HANDED_CHARS = 64 * 1024;
/** Where the reader begins, past the main thread, which reads while the reader starts. */
const START_LEAD = 64;
/** Files a message: enough to make a message's own cost small, few enough to arrive early (a power of two). */
const BATCH = 32;
const MARK = 'stack-verdict/read-ahead';
/** shared[NEXT]: the file the main thread takes next; shared[DONE]: 1 once it takes no more. */
const NEXT = 0;
const DONE = 1;
function isReaderInput(data) {
    return typeof data === 'object' && data !== null && data.mark === MARK;
}
/** The reader thread: reads files in order, ahead of the main thread and never too far. */
function runReader(input) {
    const { files, shared, port } = input;
    let next = Atomics.load(shared, NEXT) + START_LEAD;
    let batch = { from: next, texts: [] };
    const flush = () => {
        if (batch.texts.length > 0)
            port.postMessage(batch);
        batch = { from: next, texts: [] };
    };
    while (next < files.length && Atomics.load(shared, DONE) === 0) {
        const taken = Atomics.load(shared, NEXT);
        if (next < taken) {
            // Behind the main thread: what it has passed is of no use; jump ahead of it again.
            next = taken + START_LEAD;
            flush();
            continue;
        }
        if (next - taken >= MAX_LEAD) {
            flush();
            Atomics.wait(shared, NEXT, taken, 100);
            continue;
        }
        let text;
        try {
            const read = readForCheck(input.cwd, files[next], input.maxBytes);
            if (read.ok && read.text.length <= MAX_HANDED_CHARS)
                text = read.text;
        }
        catch {
            text = undefined;
        }
        batch.texts.push(text);
        next++;
        if (batch.texts.length === BATCH)
            flush();
    }
    flush();
    // Closing the port, or ending the thread, may drop messages not yet taken: wait for stop().
    while (Atomics.load(shared, DONE) === 0)
        Atomics.wait(shared, DONE, 0, 1000);
}
/** `NODE_DEBUG=stack-verdict` prints how many files were read ahead. */
const debug = (0,external_node_util_namespaceObject.debuglog)('stack-verdict');
/**
 * Starts the reader on `files` with its script (`url`: dist/cli/reader.js, from reader.ts).
 * Call take(i) for i = 0, 1, 2\u2026 in order, then stop().
 */
async function startReadAhead(url, cwd, files, maxBytes) {
    const { Worker, MessageChannel, receiveMessageOnPort } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 919, 23));
    const shared = new Int32Array(new SharedArrayBuffer(8));
    const { port1, port2 } = new MessageChannel();
    const input = { mark: MARK, cwd, files, maxBytes, shared, port: port2 };
    let worker;
    try {
        worker = new Worker(url, {
            workerData: input,
            transferList: [port2],
            stdout: true,
            stderr: true,
        });
    }
    catch {
        port1.close();
        return undefined; // no thread to be had: the main thread reads everything itself
    }
    // Whatever happens to the reader later, the main thread reads on by itself.
    worker.on('error', () => undefined);
    worker.unref();
    port1.unref();
    const ready = [];
    let current = 0;
    let received = 0;
    let used = 0;
    const drain = () => {
        for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
            const { from, texts } = m.message;
            for (let k = 0; k < texts.length; k++) {
                if (texts[k] !== undefined)
                    received++;
                if (from + k >= current)
                    ready[from + k] = texts[k];
            }
        }
    };
    return {
        take(i) {
            current = i;
            Atomics.store(shared, NEXT, i);
            if ((i & (BATCH - 1)) === 0)
                Atomics.notify(shared, NEXT);
            let text = ready[i];
            if (text === undefined) {
                drain();
                text = ready[i];
            }
            if (text === undefined)
                return undefined;
            ready[i] = undefined;
            used++;
            return { ok: true, text };
        },
        received() {
            drain();
            return received;
        },
        stop() {
            if (!worker)
                return;
            debug('read-ahead: %d of %d files read on the reading thread', used, files.length);
            Atomics.store(shared, DONE, 1);
            Atomics.notify(shared, NEXT);
            Atomics.notify(shared, DONE);
            port1.close();
            void worker.terminate();
            worker = undefined;
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/reader.ts
// The read-ahead thread's own script (read-ahead.ts): file reading only, so that it starts in
// a fraction of the time the CLI's whole bundle takes.


if (isReaderInput(external_node_worker_threads_.workerData))
    runReader(external_node_worker_threads_.workerData);

