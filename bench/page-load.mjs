// Startup time of the analyzer in the real page in headless Chromium: for each of N fresh pages
// (new browser context: no HTTP or code cache), the page's worker's wasm instantiation (initMs)
// and its parse of the model and name lists (modelMs), as the worker reports them
// (www/worker.js), the time from navigation until the page says it is ready, and then the time a
// reader waits for the first pasted article (the first seed), pasted a second after the page is
// ready, to be analyzed and shown (firstMs). Needs the release build
// (bash scripts/build.sh) and Chromium; playwright-core from tools/node_modules.
//   node bench/page-load.mjs [--runs 5] [WWW_DIR]
import fs from 'node:fs';
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
const seedDir = path.join(root, 'seeds');
const firstSeed = fs.readFileSync(path.join(seedDir, fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()[0]), 'utf8');
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
  // A reader takes a moment before pasting; the page may use it (the worker warms up).
  await page.waitForTimeout(1000);
  const firstMs = await page.evaluate(async (text) => {
    const t = performance.now();
    document.getElementById('paste-text').value = text;
    document.getElementById('paste-go').click();
    await window.newslens.idle();
    if (!document.querySelector('#article-body mark.ent')) throw new Error('the pasted article shows no entities');
    return performance.now() - t;
  }, firstSeed);
  const info = { ...(await page.evaluate(() => window.__workerInfo)), readyMs, firstMs };
  rows.push(info);
  console.log(`run ${r + 1}: wasm init ${info.initMs.toFixed(1)} ms, model load ${info.modelMs.toFixed(1)} ms; page ready after ${info.readyMs} ms; first article shown after ${info.firstMs.toFixed(1)} ms`);
  await ctx.close();
}
const med = (k) => rows.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log(`median: wasm init ${med('initMs').toFixed(1)} ms, model load ${med('modelMs').toFixed(1)} ms, page ready ${med('readyMs')} ms, first article ${med('firstMs').toFixed(1)} ms`);
await browser.close();
await server.close();
