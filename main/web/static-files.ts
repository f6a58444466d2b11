// Maps a request path onto a file of the built renderer without ever leaving its folder.
// Shared by the web host and the Electron app:// protocol, so both refuse the same tricks.
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  // Unknown types go out as bytes; with nosniff the browser will not guess them into script.
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The build names every file under assets/ after its content (name-<8-character hash>.ext), so such a file never
 * changes: the browser may keep it, and a reload or a second window (the projector) takes the code, compiled,
 * from its cache. HTML is the entry point and is never kept; anything else is checked each time.
 */
const HASHED_ASSET = /^\/assets\/[\w.-]+-[\w-]{8}\.(?:js|css|svg|png|woff2?)$/;

export function cacheControlFor(pathname: string, contentType: string): string {
  if (contentType.startsWith('text/html')) return 'no-store';
  return HASHED_ASSET.test(pathname) ? 'private, max-age=31536000, immutable' : 'no-cache';
}

const MAX_PATH_LENGTH = 2048;

/**
 * The file a URL path (still percent-encoded, without query) names under root, or null when the
 * path is malformed or tries to escape: dot segments, encoded slashes or backslashes, NUL, drive
 * letters, empty segments ("//etc/passwd"). Does not touch the disk.
 */
export function resolveUnderRoot(root: string, pathname: string): string | null {
  if (pathname.length > MAX_PATH_LENGTH || !pathname.startsWith('/')) return null;
  // Backslashes are separators on Windows; no file of ours has one in its name.
  if (pathname.includes('\\')) return null;
  const rawSegments = pathname.slice(1).split('/');
  // A trailing slash is harmless ("/" itself, or a folder); an empty segment elsewhere is not.
  if (rawSegments.length > 1 && rawSegments[rawSegments.length - 1] === '') rawSegments.pop();
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // broken percent-encoding
    }
    if (segment === '' && rawSegments.length === 1) continue; // the root "/"
    // eslint-disable-next-line no-control-regex -- NUL and other control characters are the point
    if (segment === '' || segment === '.' || segment === '..' || /[/\\:\x00-\x1f\x7f]/.test(segment)) return null;
    segments.push(segment);
  }
  const base = resolve(root);
  const file = resolve(join(base, ...segments));
  if (file !== base && !file.startsWith(base + sep)) return null;
  return file;
}

export type StaticLookup =
  | { status: 200; file: string }
  | { status: 400 } // a path that tries to escape or cannot be parsed
  | { status: 404 };

/**
 * Finds the file to serve for a path: the file itself, or index.html for any extension-less path
 * (the renderer is a single-page app). Missing assets are 404; directories are never listed.
 */
export async function locateStaticFile(root: string, pathname: string): Promise<StaticLookup> {
  const file = resolveUnderRoot(root, pathname);
  if (file === null) return { status: 400 };
  const base = resolve(root);
  const lastSegment = file === base ? '' : file.slice(file.lastIndexOf(sep) + 1);
  // Dotfiles are never part of the build output; do not reveal whether one exists.
  if (lastSegment.startsWith('.')) return { status: 404 };

  const found = await regularFileInside(base, file);
  if (found) return { status: 200, file: found };
  if (extname(lastSegment) === '') {
    const index = await regularFileInside(base, join(base, 'index.html'));
    if (index) return { status: 200, file: index };
  }
  return { status: 404 };
}

/** The file's real path when it is a regular file whose real location is still inside root. */
async function regularFileInside(base: string, file: string): Promise<string | null> {
  try {
    const [realBase, realFile] = await Promise.all([realpath(base), realpath(file)]);
    // A symlink inside the build must not lead outside it.
    if (!realFile.startsWith(realBase + sep)) return null;
    const info = await stat(realFile);
    return info.isFile() ? realFile : null;
  } catch {
    return null;
  }
}
