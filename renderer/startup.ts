// The first module the app evaluates (main.tsx imports it before React DOM and the app frame): it takes over the
// browser's sign-in and asks at once for the code and data of the screen in the address, so they arrive while the
// rest of the bundle is still being evaluated instead of after the first render has asked for them.
import { call } from './api';
import { routeHash } from './router';
import { preloadRoute } from './routePreload';
import { adoptWebSession } from './web-session';

// In the browser: take the session key of a fresh sign-in and the token out of the address, before any call.
if (!window.coalitie) adoptWebSession();

/** Resolves when the first screen's code is here (at once for the screens in the main bundle). */
export const firstScreenLoaded: Promise<void> = preloadRoute(routeHash(), (channel, input) => call(channel, input));
