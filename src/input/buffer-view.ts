// A Buffer over the same memory as a Uint8Array (no copy): the line readers use Buffer's indexOf and toString,
// and their input may come as a plain Uint8Array (TextEncoder output, a worker's message).

/** `bytes` itself when it is a Buffer, else a Buffer view of its memory. */
export function bufferView(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
