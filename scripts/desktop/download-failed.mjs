// A download `npm start` needs and could not get: reported as one Dutch line that says what, from where, and
// what to do instead, never as a stack trace.
export class DownloadFailed extends Error {
  constructor(what, where, cause) {
    super(`${what} kon niet worden opgehaald van ${where} (${describeCause(cause)}).`);
    this.name = 'DownloadFailed';
  }

  /** The one line `npm start` prints before it stops. */
  line() {
    return `${this.message} Zonder internet opent \`npm run web\` Coalitietafel in de browser.`;
  }
}

function describeCause(error) {
  if (!(error instanceof Error)) return String(error);
  // fetch() says "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND, …) in cause.
  const inner = error.cause instanceof Error ? error.cause : null;
  const code = inner?.code ?? error.code;
  const text = inner ? `${error.message}: ${inner.message}` : error.message;
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return code && !oneLine.includes(code) ? `${code}: ${oneLine}` : oneLine;
}
