// Text from a proposal is data from strangers: in Markdown it must not mention anyone,
// open HTML, link anywhere or break the layout. Every user-visible string goes through here.

const ZWSP = '&#8203;';

// Bidirectional embeddings, overrides and isolates reorder the text around them on screen
// ("Trojan Source"): a file name could show as another. Marks (U+200E/F, U+061C) stay.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Plain text → Markdown that renders as the same text and nothing more. */
export function escapeMarkdown(text: string): string {
  return (
    asText(text)
      .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
      .replace(/\p{Cc}/gu, '')
      .replace(BIDI_CONTROLS, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // `$` starts GitHub's math (LaTeX): escaped, it is a dollar sign.
      .replace(/[\\`*_{}[\]()#+\-.!|~=^"$]/g, (c) => `\\${c}`)
      .replace(/@/g, `@${ZWSP}`)
      .replace(/\\#(?=\d)/g, `\\#${ZWSP}`)
      // GitHub links GH-123 to issue 123, as it does #123.
      .replace(/\bGH\\-(?=\d)/gi, (m) => `${m}${ZWSP}`)
      .replace(/:(?=\/\/)/g, `:${ZWSP}`)
      .replace(/\bwww\\\./gi, (m) => `${m.slice(0, 3)}${ZWSP}\\.`)
      // 7 to 40 hex digits read as a commit id and link to the commit: cut into runs of 6.
      .replace(/\b[0-9a-f]{7,40}\b/gi, (m) =>
        /\d/.test(m) && /[a-f]/i.test(m) ? m.match(/.{1,6}/g)!.join(ZWSP) : m,
      )
  );
}

/**
 * Text inside an HTML code element. GitHub still parses Markdown links and autolinks
 * between raw HTML tags, so this is the same escaping as for plain text.
 */
export function escapeCode(text: string): string {
  return escapeMarkdown(text);
}

/** A rule message: `backticked` parts become code, the rest escaped text. */
export function messageToMarkdown(message: string): string {
  return asText(message)
    .split('`')
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeCode(part)}</code>` : escapeMarkdown(part)))
    .join('');
}

/** Only http(s) URLs become links; anything else is shown as text. */
export function safeUrl(url: string): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return u.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  } catch {
    return undefined;
  }
}

/** Terminal output: drop control characters so a proposal cannot move the cursor or recolour. */
export function stripControl(text: string): string {
  return asText(text)
    .replace(/[^\P{Cc}\n\t]/gu, '')
    .replace(BIDI_CONTROLS, '');
}

/**
 * A value that should be text, as text. Reports may come from elsewhere (the from-report
 * mode reads a JSON file an untrusted run wrote): a number or boolean is shown, anything
 * else (null, an object, whose toString could even throw) is empty.
 */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** At most `max` characters (UTF-16 units) of `text`, with `…` when cut; pairs stay whole. */
export function clipText(text: unknown, max: number): string {
  const s = asText(text);
  if (s.length <= max) return s;
  let cut = s.slice(0, Math.max(0, max - 1));
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
