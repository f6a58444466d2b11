// How a browser signs in to the web host, shared by main/web/server.ts and the renderer.
// The printed link carries a one-time token; the page it opens gets a session key in a <meta> element, keeps it in
// sessionStorage (which, unlike a cookie, belongs to one origin: host AND port) and sends it with every call.

/** The request header that carries the session key on every call. */
export const SESSION_HEADER = 'x-coalitie-sessie';
/** The <meta name> through which the signed-in page receives its session key, once. */
export const SESSION_META = 'coalitie-sessie';
/** Where the page keeps its session key (sessionStorage: this window and this origin only). */
export const SESSION_STORAGE_KEY = 'coalitietafel.sessie';
/** POST here (with the session key) for a fresh one-time link, e.g. for the projector window. */
export const SIGN_IN_LINK_PATH = '/aanmelden/link';

export interface SignInLink {
  /** The host's address with a fresh one-time token; append a route hash. */
  url: string;
}
