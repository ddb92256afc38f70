// What the build transforms that read the bundles' syntax share (scripts/eager-modules.mjs,
// scripts/ascii-only.mjs): the child nodes of an acorn node, for walks with an explicit stack.

/** Pushes every child node of `node` (every property holding a node or a list of them). */
export function pushChildren(node, stack) {
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item.type === 'string') stack.push(item);
    } else if (value && typeof value.type === 'string') {
      stack.push(value);
    }
  }
}
