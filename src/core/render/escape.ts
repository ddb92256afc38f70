// Text from a proposal is data from strangers: in Markdown it must not mention anyone,
// open HTML, link anywhere or break the layout. Every user-visible string goes through here.

const ZWSP = '&#8203;';

/** Plain text → Markdown that renders as the same text and nothing more. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~=^"]/g, (c) => `\\${c}`)
    .replace(/@/g, `@${ZWSP}`)
    .replace(/\\#(?=\d)/g, `\\#${ZWSP}`)
    .replace(/:(?=\/\/)/g, `:${ZWSP}`)
    .replace(/\bwww\\\./gi, (m) => `${m.slice(0, 3)}${ZWSP}\\.`);
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
  return message
    .split('`')
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeCode(part)}</code>` : escapeMarkdown(part)))
    .join('');
}

/** Only http(s) URLs become links; anything else is shown as text. */
export function safeUrl(url: string): string | undefined {
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
  return text.replace(/[^\P{Cc}\n\t]/gu, '');
}
