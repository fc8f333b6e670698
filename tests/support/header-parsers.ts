/**
 * Reads back what src/lib/security-headers.ts writes for nginx, so tests can compare it with the
 * headers the site asks for. Test-only: the build never parses its own output.
 */

/** Parses `add_header Name "value" always;` lines of an nginx file: name (lower case) → value. */
export function parseNginxAddHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const m of text.matchAll(/^\s*add_header\s+([A-Za-z0-9-]+)\s+"([^"]*)"(\s+always)?\s*;/gm)) {
    headers.set(m[1]!.toLowerCase(), m[2]!);
  }
  return headers;
}
