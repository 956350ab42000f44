// End-to-end tests of the release build in headless Chromium (Debian's), driven by
// playwright-core. Run by scripts/test.sh after scripts/build.sh; screenshots go to
// tests/e2e/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serve } from './server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'tools', 'package.json'));
const { chromium } = require('playwright-core');
const artifacts = join(root, 'tests', 'e2e', 'artifacts');
mkdirSync(artifacts, { recursive: true });

const seedNames = readdirSync(join(root, 'seeds')).filter((n) => n.endsWith('.txt')).sort();
const seeds = seedNames.map((name) => ({ name, text: readFileSync(join(root, 'seeds', name), 'utf8') }));

let server;
let browser;
before(async () => {
  server = await serve(join(root, 'www'));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page that records console errors, page errors, dialogs and every request. */
async function open(query = '') {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  const log = { errors: [], dialogs: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss(); });
  page.on('request', (r) => log.requests.push(r.url()));
  await page.goto(server.url + query);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  return { page, log };
}

/** Drops files on the page the way a person does: a DragEvent carrying a DataTransfer. */
async function drop(page, files) {
  await page.evaluate(async (files) => {
    const dt = new DataTransfer();
    for (const f of files) {
      const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name));
    }
    document.querySelector('.reader').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files.map((f) => ({ name: f.name, b64: Buffer.from(f.bytes ?? f.text).toString('base64') })));
  await page.evaluate(() => window.newslens.idle());
}

/** Pastes text into the paste box (folded once articles are loaded, as a reader finds it). */
async function paste(page, name, text) {
  if (!(await page.locator('#paste-box').evaluate((d) => d.open))) await page.click('#paste-box summary');
  await page.fill('#paste-title', name);
  await page.fill('#paste-text', text);
  await page.click('#paste-go');
  await page.evaluate(() => window.newslens.idle());
}

async function marks(page) {
  return page.$$eval('#article-body mark.ent', (ms) => ms.map((m) => ({ text: m.textContent, label: m.dataset.label })));
}

function hasMark(list, text, label) {
  return list.some((m) => m.text === text && m.label === label);
}

async function selectDoc(page, name) {
  await page.click(`#doc-list .doc-open:has(.doc-name:text-is("${name}"))`);
}

test('dropping the five seeds highlights the named entities with the right labels', async () => {
  const { page, log } = await open();
  await drop(page, seeds);
  assert.equal(await page.locator('#doc-list li').count(), 5);

  await selectDoc(page, seedNames[0]);
  let m = await marks(page);
  for (const [text, label] of [
    ['Ishaq Dar', 'PERSON'], ['Wang Yi', 'PERSON'], ['Liu Jianchao', 'PERSON'], ['Beijing', 'GPE'], ['Pakistan', 'GPE'],
    ['China', 'GPE'], ['India', 'GPE'], ['Chinese', 'NORP'], ['Indian', 'NORP'], ['May 6–7', 'DATE'], ['Tuesday', 'DATE'],
    ['five', 'CARDINAL'],
  ]) assert.ok(hasMark(m, text, label), `seed 000: ${text} as ${label}`);
  await page.screenshot({ path: join(artifacts, 'seed-000.png') });

  await selectDoc(page, seedNames[3]);
  m = await marks(page);
  for (const [text, label] of [['Pakistani', 'NORP'], ['26', 'CARDINAL'], ['Wang Yi', 'PERSON']]) {
    assert.ok(hasMark(m, text, label), `seed 003: ${text} as ${label}`);
  }

  // The highlights are placed by UTF-16 offsets: each mark's text must be its entity's text,
  // in every seed (curly quotes and dashes shift naive offsets).
  const docs = await page.evaluate(() => window.newslens.docs);
  for (const d of docs) {
    for (const e of d.analysis.entities) assert.equal(d.text.slice(e.start, e.end), e.text, `${d.name} ${e.start}`);
  }
  await selectDoc(page, seedNames[4]);
  await page.screenshot({ path: join(artifacts, 'seed-004.png'), fullPage: true });
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('hostile text is shown as text and runs nothing', async () => {
  const { page, log } = await open();
  const hostile = 'Officials in Beijing said <script>window.__pwned = 1; alert(1)</script> and <img src=x onerror="window.__pwned = 2; alert(2)"> was posted.';
  await drop(page, [{ name: 'hostile.txt', text: hostile }]);
  await paste(page, 'pasted hostile', `Pasted: ${hostile}`);
  const body = await page.textContent('#article-body');
  assert.ok(body.includes('<script>window.__pwned = 1; alert(1)</script>'), 'script tag shown literally');
  assert.ok(body.includes('<img src=x onerror='), 'img tag shown literally');
  assert.equal(await page.locator('#article-body script, #article-body img, #doc-list img').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('bad files get a clear message while the others load', async () => {
  const { page, log } = await open();
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 0)]);
  const legacy = Buffer.from('The minister said \x93we will talk\x94 in Islamabad \x96 on Friday.\n', 'latin1');
  const huge = Buffer.alloc(6 * 1024 * 1024, 'a');
  await drop(page, [
    seeds[0],
    { name: 'photo.txt', bytes: png },
    { name: 'empty.txt', text: '' },
    { name: 'huge.txt', bytes: huge },
    { name: 'legacy-1252.txt', bytes: legacy },
    seeds[1],
  ]);
  const notices = await page.$$eval('#notices .notice', (ns) => ns.map((n) => n.textContent));
  const about = (name) => notices.find((n) => n.startsWith(name)) || '';
  assert.match(about('photo.txt'), /binary file \(a PNG image\)/);
  assert.match(about('empty.txt'), /empty/);
  assert.match(about('huge.txt'), /6\.0 MB.*up to 5\.0 MB/);
  assert.match(about('legacy-1252.txt'), /windows-1252/i);
  const names = await page.$$eval('#doc-list .doc-name', (ns) => ns.map((n) => n.textContent));
  assert.deepEqual(names, [seedNames[0], 'legacy-1252.txt', seedNames[1]]);
  await selectDoc(page, 'legacy-1252.txt');
  assert.ok((await page.textContent('#article-body')).includes('“we will talk” in Islamabad – on Friday'));
  await page.screenshot({ path: join(artifacts, 'bad-files.png') });
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('samples button, legend toggles, entity marking and no outside requests', async () => {
  const { page, log } = await open();
  await page.click('#samples');
  await page.waitForFunction(() => window.newslens.docs.length === 5);
  await page.evaluate(() => window.newslens.idle());

  // Switching a type off removes its highlight colour.
  const gpe = page.locator('#article-body mark.ent-GPE').first();
  const before = await gpe.evaluate((m) => getComputedStyle(m).backgroundColor);
  await page.uncheck('#toggle-GPE');
  const after = await gpe.evaluate((m) => getComputedStyle(m).backgroundColor);
  assert.notEqual(before, after);
  assert.equal(after, 'rgba(0, 0, 0, 0)');
  await page.check('#toggle-GPE');

  // Clicking an entity marks each of its mentions.
  const item = page.locator('#entity-list .entity-item', { has: page.locator('.entity-text', { hasText: /^Pakistan$/ }) });
  await item.click();
  const marked = await page.$$eval('#article-body mark.marked', (ms) => ms.map((m) => m.textContent));
  const all = await page.$$eval('#article-body mark.ent-GPE', (ms) => ms.filter((m) => m.textContent === 'Pakistan').length);
  assert.ok(marked.length > 1 && marked.length === all, `${marked.length} marked of ${all}`);
  assert.ok(marked.every((t) => t === 'Pakistan'));

  // Type on hover.
  const title = await page.locator('#article-body mark.ent-PERSON').first().getAttribute('title');
  assert.match(title, /^PERSON/);

  const origin = new URL(server.url).origin;
  const outside = log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(outside, []);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('JSON export carries code point offsets', async () => {
  const { page, log } = await open();
  await drop(page, seeds);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const lines = readFileSync(await download.path(), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 5);
  for (const rec of lines) {
    const text = seeds.find((s) => s.name === rec.doc).text;
    const cps = [...text];
    assert.equal(rec.text_len, cps.length);
    for (const e of rec.entities) assert.equal(cps.slice(e.start, e.end).join(''), e.text, `${rec.doc} ${e.start}`);
  }
  // Seeds have no astral characters, so add text where UTF-16 and code points differ.
  await paste(page, 'emoji.txt', '😀😀 王毅 visited Beijing on Tuesday.');
  const [again] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const emoji = readFileSync(await again.path(), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).find((r) => r.doc === 'emoji.txt');
  const beijing = emoji.entities.find((e) => e.text === 'Beijing');
  assert.equal(beijing.start, 14, 'two emoji count as two code points (UTF-16 would say 16)');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('seed 004: headline as title, related headlines set aside and folded', async () => {
  const { page, log } = await open();
  await drop(page, [seeds[4]]);
  assert.equal(await page.textContent('#article-body h2.title'), seeds[4].text.split('\n')[0]);
  const aside = page.locator('#article-body details.set-aside');
  assert.equal(await aside.count(), 1);
  assert.equal(await aside.evaluate((d) => d.open), false, 'folded by default');
  const setAside = await aside.textContent();
  assert.ok(setAside.includes('PIA to gain new heights') && setAside.includes('- 11 hours ago'));
  const body = await page.$$eval('#article-body > p.para', (ps) => ps.map((p) => p.textContent).join('\n'));
  assert.ok(!body.includes('hours ago'), 'no related headline in the article body');
  // Mentions in text set aside are not counted unless the reader asks.
  const countOf = async (label) => Number(await page.textContent(`label[for="toggle-${label}"] .legend-count`));
  assert.equal(await countOf('TIME'), 0);
  await page.check('#count-all');
  assert.ok((await countOf('TIME')) >= 10);
  await aside.locator('summary').click();
  await aside.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(artifacts, 'seed-004-set-aside.png') });
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('saved web pages, Markdown and UTF-16 files load as articles', async () => {
  const { page, log } = await open();
  const fixture = (name) => ({ name, bytes: readFileSync(join(root, 'tests', 'fixtures', name)) });
  await drop(page, ['saved_page.html', 'article.md', 'utf16le.txt', 'utf16be.txt', 'bom_utf8.txt'].map(fixture));
  const names = await page.$$eval('#doc-list .doc-name', (ns) => ns.map((n) => n.textContent));
  assert.deepEqual(names, ['saved_page.html', 'article.md', 'utf16le.txt', 'utf16be.txt', 'bom_utf8.txt']);
  await selectDoc(page, 'saved_page.html');
  assert.equal(await page.textContent('#article-body h2.title'), 'Dar, Wang agree to speed up corridor projects');
  const text = await page.textContent('#article-body');
  assert.ok(!text.includes('Tracking pixel') && !text.includes('cookies'), 'scripts and banners dropped');
  assert.ok(hasMark(await marks(page), 'Wang Yi', 'PERSON'));
  assert.match(await page.textContent('#article-meta'), /Published 2025-05-22/);
  await selectDoc(page, 'article.md');
  const md = await page.textContent('#article-body');
  assert.ok(!md.includes('**') && !md.includes('](http'), 'markdown markup removed');
  // The export of a saved page says so and carries the extracted text its offsets index.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const records = readFileSync(await download.path(), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const html = records.find((r) => r.doc === 'saved_page.html');
  assert.equal(html.format, 'html');
  const docs = await page.evaluate(() => window.newslens.docs);
  assert.equal(html.text, docs.find((d) => d.name === 'saved_page.html').text);
  const cps = [...html.text];
  for (const e of html.entities) assert.equal(cps.slice(e.start, e.end).join(''), e.text);
  assert.ok(html.structure.title, 'export keeps the headline the markup named');
  for (const name of ['utf16le.txt', 'utf16be.txt']) {
    await selectDoc(page, name);
    assert.ok((await marks(page)).length > 0, `${name} analyzed`);
    assert.match(await page.textContent('#article-meta'), /utf-16/);
  }
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('a multi-megabyte article loads and renders completely', async () => {
  const { page, log } = await open();
  const big = Array.from({ length: 600 }, (_, i) => `${seeds[i % 5].text.trim()}\n\n`).join('');
  assert.ok(big.length > 2_000_000 && Buffer.byteLength(big) < 5 * 1024 * 1024);
  await drop(page, [{ name: 'big.txt', text: big }]);
  const doc = (await page.evaluate(() => window.newslens.docs))[0];
  assert.equal(doc.text.length, big.length);
  const rendered = await page.evaluate(() => ({
    marks: document.querySelectorAll('#article-body mark.ent').length,
    last: [...document.querySelectorAll('#article-body mark.ent')].pop()?.textContent,
  }));
  assert.equal(rendered.marks, doc.analysis.entities.length);
  assert.ok(rendered.marks > 10_000);
  assert.equal(rendered.last, doc.analysis.entities.at(-1).text, 'the article is rendered to its end');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('a large drop is shared between workers and comes back in the order given', async () => {
  // Twelve articles of about 60 KB each (over the pool's threshold), named out of alphabetical
  // order, analyzed once by a pool of two workers and once by a single worker.
  const files = Array.from({ length: 12 }, (_, i) => ({
    name: `${String.fromCharCode(122 - ((i * 7) % 26))}-${i}.txt`,
    text: Array.from({ length: 12 }, (_, k) => `${seeds[(i + k) % 5].text.trim()}\n\n`).join(''),
  }));
  assert.ok(files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) > 512 * 1024);
  const run = async (query) => {
    const { page, log } = await open(query);
    await drop(page, files);
    const out = {
      workers: await page.evaluate(() => document.body.dataset.workers),
      started: await page.evaluate(() => window.newslens.workers),
      names: await page.$$eval('#doc-list .doc-name', (ns) => ns.map((n) => n.textContent)),
      docs: await page.evaluate(() => window.newslens.docs),
      status: await page.textContent('#status'),
    };
    assert.deepEqual(log.errors, []);
    await page.close();
    return out;
  };
  const pooled = await run('?workers=2');
  const single = await run('?workers=1');
  assert.equal(pooled.workers, '2');
  assert.equal(single.workers, '1');
  // The second worker started from the module the first compiled, not from the URL.
  assert.deepEqual(pooled.started.map((w) => w.shared), [false, true]);
  assert.deepEqual(pooled.names, files.map((f) => f.name));
  assert.equal(pooled.status, '12 articles loaded');
  for (let i = 0; i < files.length; i++) {
    assert.equal(pooled.docs[i].text, files[i].text);
    assert.ok(pooled.docs[i].analysis.entities.length > 500, `${files[i].name} has its entities`);
    assert.deepEqual(pooled.docs[i].analysis, single.docs[i].analysis, `${files[i].name}: the same analysis from either worker`);
  }
});
