// Takes the log out of a request — a text/plain or octet-stream body, or a multipart form with a file
// (`file`) or a text field (`log`). Bytes are handed on undecoded: the diagnosis worker decodes them the
// way the CLI decodes a file (UTF-8, UTF-16, GBK and the other Windows code pages).
import type { FastifyRequest } from 'fastify';
import { HttpError } from './http-error.js';

/** The log as sent: bytes of a body or file, or the text of a form field. */
export type LogInput = Buffer | string;

const FORM_LIMITS = { fields: 10, files: 1, parts: 12 };

export async function readLogInput(request: FastifyRequest, maxBytes: number): Promise<LogInput> {
  const type = request.headers['content-type'] ?? '';
  const input = type.startsWith('multipart/form-data') ? await readForm(request, maxBytes) : request.body;
  if (!(Buffer.isBuffer(input) || typeof input === 'string') || input.length === 0) {
    throw new HttpError(400, 'empty-log', 'the log is empty: send it as the request body (text/plain) or as a multipart file');
  }
  return input;
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
  // a chosen file wins over pasted text
  return file ?? fields.log ?? '';
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${Math.round(n / 1024)} KB`;
}
