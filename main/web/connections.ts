// Connections without a token must not be able to lock the user out. A process has a limited number of file
// descriptors (often 1,024); a local program that opens that many idle connections would otherwise leave none for
// the browser. So: a cap on open connections where a new one always gets in and the oldest connection that never
// signed in makes way; connections that send nothing are closed soon; and Node's own time limits for headers,
// whole requests and idle keep-alive connections are set short.
import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export const CONNECTION_LIMITS = {
  /** Open connections at most; a browser uses about six per window. */
  maxConnections: 64,
  /** A connection that has not sent a whole request by then is closed (Node answers 408 while headers arrive). */
  headersTimeoutMs: 10_000,
  /** The whole request, body included (an archive import is well within this on the loopback interface). */
  requestTimeoutMs: 120_000,
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: 5_000,
  /** A connection that sends nothing at all is closed after this (Node's own limits do not cover it). */
  silentTimeoutMs: 10_000,
};

interface Tracked {
  /** A request on it passed the token or session check. */
  trusted: boolean;
  /** Requests in progress (received and not yet answered). */
  busy: number;
  silentTimer: NodeJS.Timeout | undefined;
}

export interface ConnectionGuard {
  /** Call for each request; trust() once it passed the sign-in checks. */
  track(res: ServerResponse): { trust(): void };
}

export function guardConnections(server: Server, limits = CONNECTION_LIMITS): ConnectionGuard {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;

  // Insertion order is age: the first entry is the oldest connection.
  const open = new Map<Socket, Tracked>();

  const forget = (socket: Socket) => {
    const tracked = open.get(socket);
    if (tracked) clearTimeout(tracked.silentTimer);
    open.delete(socket);
  };

  const evictOne = (newest: Socket) => {
    // Oldest first: never signed in and idle, then never signed in at all, then signed in but idle.
    const passes: ((t: Tracked) => boolean)[] = [(t) => !t.trusted && t.busy === 0, (t) => !t.trusted, (t) => t.busy === 0];
    for (const pass of passes) {
      for (const [socket, tracked] of open) {
        if (socket !== newest && pass(tracked)) {
          forget(socket);
          socket.destroy();
          return;
        }
      }
    }
  };

  server.on('connection', (socket: Socket) => {
    const tracked: Tracked = { trusted: false, busy: 0, silentTimer: undefined };
    tracked.silentTimer = setTimeout(() => {
      if (!tracked.trusted && tracked.busy === 0) {
        forget(socket);
        socket.destroy();
      }
    }, limits.silentTimeoutMs);
    tracked.silentTimer.unref();
    open.set(socket, tracked);
    socket.once('close', () => forget(socket));
    if (open.size > limits.maxConnections) evictOne(socket);
  });

  return {
    track(res) {
      const tracked = open.get(res.req.socket);
      if (!tracked) return { trust() {} };
      clearTimeout(tracked.silentTimer);
      tracked.busy++;
      res.once('close', () => {
        tracked.busy--;
      });
      return {
        trust() {
          tracked.trusted = true;
        },
      };
    },
  };
}
