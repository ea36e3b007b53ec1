// Turns an issue's Markdown into the text the engine reads, and finds the attached logs it links to.
// Issues carry logs in fenced blocks, in <details> folds, and in issue-form fields ("### Logs" then the
// pasted text); templates add HTML comments and "_No response_" placeholders that are not the user's.
// The fences, fold tags and form headings are dropped; everything the user wrote is kept in order, so the
// engine sees the versions in one field and the traceback in another as one log.

/** A fence opens with 3+ backticks or tildes (up to 3 spaces indent, as CommonMark allows). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** GitHub's issue forms render each field as "### Label"; the heading line is template text. */
const FORM_HEADING = /^#{1,6}\s/;
const PLACEHOLDER = /^_No response_\s*$/;
/** Fold and layout tags that wrap logs; their text content (a <summary> title) is kept. */
const FOLD_TAG = /<\/?(?:details|summary|pre|code|br|p|b|strong)\b[^>]{0,200}>/gi;
const QUOTE = /^ {0,3}>\s?/;
/** An issue form's checklist ("- [X] I have searched the existing issues"): template text, not the user's words */
const CHECKBOX = /^\s*[-*] \[[ xX]\] /;

/** Removes <!-- … --> comments (template instructions); an unclosed one runs to the end, as GitHub renders it. */
export function stripHtmlComments(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('<!--', at);
    if (open < 0) return out + text.slice(at);
    out += text.slice(at, open);
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return out;
    at = close + 3;
  }
}

/** The issue's Markdown as log text: fences, fold tags, form headings and placeholders removed. */
export function issueText(markdown: string): string {
  const lines = stripHtmlComments(markdown.replace(/\r\n?/g, '\n')).split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  for (const raw of lines) {
    const line: string = fence ? raw : raw.replace(QUOTE, '');
    const marker: string | undefined = FENCE.exec(line)?.[1];
    if (fence) {
      // a closing fence is the same character, at least as long, and nothing after it
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
      else out.push(raw);
      continue;
    }
    if (marker) { fence = marker; continue; }
    if (FORM_HEADING.test(line) || PLACEHOLDER.test(line)) continue;
    const text = line.replace(FOLD_TAG, '');
    if (text.trim() || line.trim() === '') out.push(text);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The reporter's own words (outside code, comments, form headings and checklists): what its language is judged by. */
export function proseOf(markdown: string): string {
  const lines = stripHtmlComments(markdown.replace(/\r\n?/g, '\n')).split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const marker: string | undefined = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (marker) { fence = marker; continue; }
    if (!FORM_HEADING.test(line) && !CHECKBOX.test(line) && !PLACEHOLDER.test(line)) out.push(line.replace(/`[^`\n]*`/g, ' '));
  }
  return out.join('\n');
}

/** Every http(s) URL in the text: bare, in <angle brackets> or as a Markdown link target. */
const URL_RE = /\bhttps?:\/\/[^\s<>()[\]"'`]+/gi;

export function linksIn(markdown: string): string[] {
  const seen = new Set<string>();
  for (const m of stripHtmlComments(markdown).matchAll(URL_RE)) seen.add(m[0].replace(/[.,;:!?]+$/, ''));
  return [...seen];
}
