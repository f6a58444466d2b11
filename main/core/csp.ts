// The renderer's Content-Security-Policy: no inline script or style, no eval, nothing remote.
// Sent by the Electron app:// protocol and by the web host, and checked in test/unit/security.test.ts.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
