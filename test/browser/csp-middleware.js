/**
 * Test-server middleware: serves the strict-CSP test page with a real Content-Security-Policy
 * header. A header (not a <meta>) is what production pages use, and the page itself is plain
 * HTML with one external module script, so nothing the test runner injects elsewhere is involved.
 */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

export function strictCspPages({ match = /^\/test\/browser\/csp-page\.html$/, policy = STRICT_CSP } = {}) {
  return async function strictCsp(context, next) {
    await next();
    if (match.test(context.path)) context.set('Content-Security-Policy', policy);
  };
}
