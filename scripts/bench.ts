/**
 * `npm run bench`: prints figures, asserts nothing. Run after `npm run build`.
 * Search: for a set of reader queries, on a cold cache (a fresh browser context per query), the
 * time from the last keystroke to the first result on screen, and the bytes the search fetched.
 */
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const QUERIES = ['can i opt out', 'camera roll', 'whatsapp', 'microphone', 'delete my chats', 'european union', 'advanced chat privacy', 'ray-ban glasses'];

const server = await serveStatic('dist', '/');
const browser = await launchChromium();
const rows: { query: string; ms: number; kb: number; requests: number; results: number }[] = [];
try {
  for (const query of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let searchBytes = 0;
    let searchRequests = 0;
    const searchIds = new Set<string>();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.request.url.includes('/pagefind/')) searchIds.add(e.requestId);
    });
    cdp.on('Network.loadingFinished', (e) => {
      if (searchIds.has(e.requestId)) {
        searchBytes += e.encodedDataLength;
        searchRequests++;
      }
    });
    await page.goto(server.url);
    await page.waitForLoadState('networkidle');
    await page.locator('[data-search-trigger]').click();
    const input = page.locator('pagefind-modal dialog[open] pagefind-input input');
    await input.waitFor();
    await input.pressSequentially(query.slice(0, -1));
    const t0 = Date.now();
    await input.press(query.slice(-1));
    await page.locator('pagefind-modal dialog[open] pagefind-results a[href]').first().waitFor({ timeout: 20_000 });
    const ms = Date.now() - t0;
    await page.waitForLoadState('networkidle');
    const results = await page.locator('pagefind-modal dialog[open] pagefind-results > * a[href]').count();
    rows.push({ query, ms, kb: Math.round(searchBytes / 102.4) / 10, requests: searchRequests, results });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log('\nSearch on a cold cache (modal opened, query typed; time from last keystroke to first result, includes the UI debounce of 300 ms)');
console.log('| query | first result (ms) | search bytes (KB) | requests |');
console.log('|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.query} | ${r.ms} | ${r.kb} | ${r.requests} |`);
const med = [...rows].sort((a, b) => a.ms - b.ms)[Math.floor(rows.length / 2)]!;
console.log(`median first result: ${med.ms} ms`);
