// Text echoed from an issue must not notify anyone or link other issues: "@user", "@org/team", "#123" and
// "owner/repo#123" outside code are broken with a zero-width joiner after the sigil. Inside code spans and
// fenced blocks GitHub links nothing, and commands there must stay copyable, so code is left as it is.

const ZWJ = '\u200d';
/** @name (logins and org/team slugs start with a letter or digit; not an e-mail's @), and #digits and GH-digits
 * (also owner/repo#1); not the &#123; of an HTML entity */
const MENTION = /(^|[^\w`])@(?=[A-Za-z\d])/g;
const REFERENCE = /(^|[^&])#(?=\d)|\b(GH)-(?=\d)/gi;

function neutraliseProse(text: string): string {
  return text
    .replace(MENTION, `$1@${ZWJ}`)
    .replace(REFERENCE, (_whole, lead: string | undefined, gh: string | undefined) => (gh ? `${gh}-${ZWJ}` : `${lead}#${ZWJ}`));
}

/** Neutralises pings in Markdown outside fenced blocks and inline code spans. */
export function neutraliseMentions(markdown: string): string {
  const out: string[] = [];
  let inFence: string | null = null;
  for (const line of markdown.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (inFence) {
      if (fence && fence[0] === inFence[0] && fence.length >= inFence.length) inFence = null;
      out.push(line);
      continue;
    }
    if (fence) { inFence = fence; out.push(line); continue; }
    // odd pieces of a split on backtick runs are code spans
    out.push(line.split(/(`+[^`]*`+)/).map((piece, i) => (i % 2 === 1 ? piece : neutraliseProse(piece))).join(''));
  }
  return out.join('\n');
}
