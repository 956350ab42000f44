// Startup time of the analyzer in the real page in headless Chromium: for each of N fresh pages
// (new browser context: no HTTP or code cache), the page's worker's wasm instantiation (initMs)
// and its first analysis, which parses the model and gazetteers (modelMs), as the worker reports
// them (www/worker.js), and the time from navigation until the page says it is ready. Needs the release build
// (bash scripts/build.sh) and Chromium; playwright-core from tools/node_modules.
//   node bench/page-load.mjs [--runs 5] [WWW_DIR]
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let runs = 5;
let www = path.join(root, 'www');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else www = path.resolve(args[i]);
}
const { chromium } = createRequire(path.join(root, 'tools', 'package.json'))('playwright-core');
const server = await serve(www);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-sync', '--disable-quic'],
});
const rows = [];
for (let r = 0; r < runs; r++) {
  // A new context each time: no HTTP cache, no compiled-code cache from the previous page.
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  // Records what the page's own worker reports when it is ready (its first message).
  await page.addInitScript(() => {
    const W = window.Worker;
    window.Worker = class extends W {
      constructor(...a) {
        super(...a);
        this.addEventListener('message', (e) => { if (e.data && e.data.info) window.__workerInfo = e.data.info; });
      }
    };
  });
  const t0 = Date.now();
  await page.goto(server.url);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  const readyMs = Date.now() - t0;
  const info = { ...(await page.evaluate(() => window.__workerInfo)), readyMs };
  rows.push(info);
  console.log(`run ${r + 1}: wasm init ${info.initMs.toFixed(1)} ms, first analysis (model load) ${info.modelMs.toFixed(1)} ms; page ready after ${info.readyMs} ms`);
  await ctx.close();
}
const med = (k) => rows.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log(`median: wasm init ${med('initMs').toFixed(1)} ms, first analysis ${med('modelMs').toFixed(1)} ms, page ready ${med('readyMs')} ms`);
await browser.close();
await server.close();
