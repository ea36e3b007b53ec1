// Reads the log out of a request — a text/plain or octet-stream body, or a multipart form with a file
// (`file`) or a text field (`log`) — and decodes it the way the CLI does (UTF-8, UTF-16, GBK and the
// other Windows code pages). Decoding looks at bytes only; no pattern runs here.
import type { FastifyRequest } from 'fastify';
import { decodeLines } from '../../src/input/read-log.js';
import { InputError } from '../../src/input/decode.js';
import { HttpError } from './http-error.js';

export interface LogInput {
  /** the decoded log */
  text: string;
  /** the form's other text fields (the page sends none but the log today; kept for the API's forms) */
  fields: Record<string, string>;
}

const FORM_LIMITS = { fields: 10, files: 1, parts: 12 };

export async function readLogInput(request: FastifyRequest, maxBytes: number): Promise<LogInput> {
  const type = request.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) return readForm(request, maxBytes);
  const body = request.body;
  if (!Buffer.isBuffer(body)) throw new HttpError(400, 'empty-log', 'send the log as the request body (text/plain) or as a multipart file');
  return { text: await decodeLog(body), fields: {} };
}

async function readForm(request: FastifyRequest, maxBytes: number): Promise<LogInput> {
  const fields: Record<string, string> = {};
  let file: Buffer | undefined;
  const tooLarge = (): HttpError => new HttpError(413, 'too-large', `the log is larger than ${formatBytes(maxBytes)}`);
  try {
    for await (const part of request.parts({ limits: { ...FORM_LIMITS, fileSize: maxBytes, fieldSize: maxBytes } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (bytes.length > 0) file = bytes;
      } else {
        if (part.valueTruncated) throw tooLarge();
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
      }
    }
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 413) throw tooLarge();
    throw err;
  }
  const bytes = file ?? Buffer.from(fields.log ?? '', 'utf8');
  return { text: await decodeLog(bytes), fields };
}

/** The same decoding as `gpu-doctor diagnose FILE`; an empty or binary input is a 400. */
export async function decodeLog(bytes: Buffer): Promise<string> {
  if (bytes.length === 0) throw new HttpError(400, 'empty-log', 'the log is empty');
  const parts: string[] = [];
  async function* once(): AsyncGenerator<Buffer> { yield bytes; }
  try {
    for await (const chunk of decodeLines(once(), 'the log')) parts.push(chunk.text);
  } catch (err) {
    if (err instanceof InputError) throw new HttpError(400, err.message.endsWith(' is empty') ? 'empty-log' : 'unreadable-log', err.message);
    throw err;
  }
  return parts.join('');
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${Math.round(n / 1024)} KB`;
}
