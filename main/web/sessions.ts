// Who may use the web host, and how a browser proves it without a credential that another port could read.
// Browsers send cookies to every port of a host, so a cookie on 127.0.0.1 reaches any local program that listens on
// 127.0.0.1. Therefore:
// - the host answers under a per-run name, <random>.coalitietafel.localhost (browsers resolve *.localhost to the
//   loopback address), and the only cookie it sets is host-only on that name: a page on 127.0.0.1:<other port> never
//   receives it. That cookie opens the app's own files (the page and its scripts), nothing else;
// - every call needs the session key, sent in a header by the page, which keeps it in sessionStorage (one origin:
//   host and port). A program that somehow gets the cookie still cannot call a single channel;
// - the token in a sign-in link works once. The printed link (and what is left of it in the browser's history or
//   on the terminal) is spent after the first sign-in; a signed-in page can ask for a fresh one-time link.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Compares secrets in constant time; hashing first makes the lengths equal. */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

const secret = () => randomBytes(32).toString('base64url');
const digest = (value: string) => createHash('sha256').update(value).digest('base64url');

/** The cookie that opens the app's files; host-only on the per-run host name. */
export const FILE_COOKIE = 'coalitie_bestanden';
/** A one-time link asked for by a signed-in page must be used soon. */
export const LINK_LIFETIME_MS = 2 * 60 * 1000;
/** Each sign-in adds a session (a window); the oldest go first beyond this many. */
export const MAX_SESSIONS = 50;

export interface Sessions {
  /** The per-run host name, e.g. "3f9c…e1.coalitietafel.localhost". */
  hostName: string;
  /** The token of the first, printed link. */
  firstToken: string;
  /** Mints a fresh one-time token (for a second window). */
  mintToken(): string;
  /** Spends a one-time token: a new session key, or null when the token is unknown, used or expired. */
  signIn(token: string): string | null;
  /** Whether a token is valid right now, without spending it. */
  isLiveToken(token: string): boolean;
  isSession(key: string | undefined): boolean;
  /** The cookie value that opens the app's files. */
  fileKey: string;
}

export function createSessions(firstToken = secret(), now: () => number = Date.now): Sessions {
  const hostName = `${randomBytes(10).toString('hex')}.coalitietafel.localhost`;
  const fileKey = secret();
  // One-time tokens by digest, with their expiry (the printed one has none); sessions by digest, oldest first.
  const tokens = new Map<string, number>([[digest(firstToken), Number.POSITIVE_INFINITY]]);
  const sessions = new Set<string>();

  const prune = () => {
    for (const [key, expires] of tokens) if (expires <= now()) tokens.delete(key);
  };
  // Lookups go through a constant-time comparison, so timing says nothing about how close a guess was.
  const findToken = (token: string) => [...tokens.keys()].find((key) => sameSecret(digest(token), key));

  return {
    hostName,
    firstToken,
    fileKey,
    mintToken() {
      prune();
      const token = secret();
      tokens.set(digest(token), now() + LINK_LIFETIME_MS);
      return token;
    },
    isLiveToken(token) {
      prune();
      return findToken(token) !== undefined;
    },
    signIn(token) {
      prune();
      const found = findToken(token);
      if (found === undefined) return null;
      tokens.delete(found);
      const key = secret();
      sessions.add(digest(key));
      while (sessions.size > MAX_SESSIONS) sessions.delete(sessions.values().next().value!);
      return key;
    },
    isSession(key) {
      if (!key) return false;
      const d = digest(key);
      return [...sessions].some((s) => sameSecret(d, s));
    },
  };
}

/** The app page with the session key for the page's script to pick up (and remove) once. */
export function pageWithSessionKey(html: string, metaName: string, key: string): string {
  // The key is base64url: nothing in it needs escaping inside an attribute.
  const meta = `<meta name="${metaName}" content="${key}">`;
  if (html.includes('</head>')) return html.replace('</head>', `${meta}</head>`);
  // A page without <head>: right after the doctype, so the page stays in standards mode.
  return html.replace(/^(<!doctype[^>]*>)?/i, (doctype) => `${doctype}${meta}`);
}
