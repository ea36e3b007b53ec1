// One error type for everything the server answers with a status other than 2xx. `code` names the kind of
// failure so the page can say it in the reader's language; `message` is the API's English sentence.
export type ErrorCode =
  | 'bad-request' | 'empty-log' | 'unreadable-log' | 'not-found' | 'forbidden' | 'too-large' | 'unsupported-type'
  | 'rate-limited' | 'busy' | 'timeout' | 'store-full' | 'store-down' | 'internal';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
