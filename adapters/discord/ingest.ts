// Finds the logs in a chat message: fenced code blocks in the text, and text attachments (.log / .txt,
// including the message.txt Discord makes of a long paste). Anything else is not a log: no reply.

export interface AttachmentRef {
  name: string;
  url: string;
  size: number;
  contentType?: string | null;
}

export type LogSource =
  | { kind: 'text'; name: string; text: string }
  | { kind: 'attachment'; name: string; attachment: AttachmentRef };

const LOG_EXTENSIONS = /\.(?:log|txt|out|err)$/i;
/** ``` blocks, with an optional language tag on the opening line */
const CODE_BLOCK = /```(?:[\w+-]*\n)?([\s\S]*?)```/g;
/** a code block shorter than this is a snippet (a command, an import line), not a log */
const MIN_LOG_CHARS = 20;

export function isLogAttachment(a: AttachmentRef): boolean {
  if (LOG_EXTENSIONS.test(a.name)) return true;
  // Discord names a long paste message.txt; some clients upload logs with no extension but a text type
  return !/\.\w{1,5}$/.test(a.name) && /^text\/plain\b/i.test(a.contentType ?? '');
}

export function codeBlocks(content: string): string[] {
  const blocks: string[] = [];
  for (const m of content.matchAll(CODE_BLOCK)) {
    const body = m[1]!.trim();
    if (body.length >= MIN_LOG_CHARS) blocks.push(body);
  }
  return blocks;
}

/** The logs in a message, code blocks first, at most `max`. */
export function findLogs(content: string, attachments: AttachmentRef[], max: number): LogSource[] {
  const out: LogSource[] = [];
  codeBlocks(content).forEach((text, i) => out.push({ kind: 'text', name: `code block ${i + 1}`, text }));
  for (const a of attachments) if (isLogAttachment(a)) out.push({ kind: 'attachment', name: a.name, attachment: a });
  return out.slice(0, max);
}
