/**
 * Writes deploy/nginx/security-headers.conf from src/lib/security-headers.ts.
 * Usage: npm run deploy:nginx-headers  (a unit test fails while the committed file is stale)
 */
import { writeFileSync } from 'node:fs';
import { nginxSecurityHeaders } from '../src/lib/security-headers.ts';

export const NGINX_HEADERS_FILE = 'deploy/nginx/security-headers.conf';

writeFileSync(NGINX_HEADERS_FILE, nginxSecurityHeaders());
console.log(`wrote ${NGINX_HEADERS_FILE}`);
