// Text handed to the scanner as a string (a paste in the web API, GBK or UTF-16 input decoded) is encoded to
// UTF-8 once. TextEncoder, not Buffer.from: on Node 20 Buffer.from(text, 'utf8') of a 100 KB two-byte string
// (a paste holding one '█' or one CJK character) took ~0.4 ms, TextEncoder ~0.08 ms.
const encoder = new TextEncoder();

/** The UTF-8 bytes of `text`, as a Buffer over the encoder's own memory. */
export function utf8Bytes(text: string): Buffer {
  const bytes = encoder.encode(text);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
