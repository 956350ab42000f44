// Words per second of `analyze` in WebAssembly under node (V8, as in Chromium), on the seed
// articles repeated to a few megabytes. Uses the web-target build in www/pkg/ (bash scripts/build.sh).
//   node bench/wasm-bench.mjs [--mb 4] [--warm-mb 1] [--workers N] [DIR]
// With --workers N, N worker threads each load their own instance (as the page's pool of workers
// does for a large drop) and share the megabytes; the last line is then their combined words/s,
// timed from a common start after every worker's warm-up to the last one's end. (`--workers 1`
// is the same single analyzer in a thread, the fair comparison for N > 1.)
// V8 first runs wasm as Liftoff code (a quick baseline compiler) and recompiles the functions
// that turn out hot with TurboFan in the background, so the first megabyte or so runs up to 1.6x
// slower than the rest. Both are printed: the warm-up pass (what a reader's first few articles
// see) and the steady state after it (the throughput of a batch), which is the last line.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let mb = 4;
let warmMb = 1;
let workers = 0; // 0: analyze in the main thread
let dir = path.join(root, 'seeds');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--mb') mb = Number(args[++i]);
  else if (args[i] === '--warm-mb') warmMb = Number(args[++i]);
  else if (args[i] === '--workers') workers = Number(args[++i]);
  else dir = args[i];
}
if (!Number.isInteger(workers) || workers < 0) throw new Error('--workers takes a whole number');
if (isMainThread && workers > 0) {
  await runPool();
  process.exit(0);
}
if (!isMainThread) ({ mb, warmMb } = workerData);

const pkg = path.join(root, 'www', 'pkg');
const { initSync, analyze } = await import(path.join(pkg, 'newslens.js'));
const wasmPath = path.join(pkg, 'newslens_bg.wasm');
const bytes = fs.readFileSync(wasmPath);
let t = performance.now();
initSync({ module: bytes });
const initMs = performance.now() - t;

const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
if (texts.length === 0) throw new Error(`no .txt files in ${dir}`);
// Counted once, outside the timed loop: the loop times `analyze` only.
const wordCounts = texts.map((text) => text.split(/\s+/).filter(Boolean).length);
const byteCounts = texts.map((text) => Buffer.byteLength(text));
const opts = { offsets: 'utf16', tokens: false };

t = performance.now();
analyze(texts[0], opts); // parses the embedded model on first use
const firstMs = performance.now() - t;

// Analyzes the texts in turn until `megabytes` of text are done; words, entities, seconds.
const pass = (megabytes) => {
  let bytesDone = 0, words = 0, entities = 0, docs = 0;
  const start = performance.now();
  while (bytesDone < megabytes * 1e6) {
    const k = docs % texts.length;
    const a = analyze(texts[k], opts);
    entities += a.entities.length;
    bytesDone += byteCounts[k];
    words += wordCounts[k];
    docs++;
  }
  return { bytesDone, words, entities, docs, secs: (performance.now() - start) / 1000 };
};

const warm = warmMb > 0 ? pass(warmMb) : null;
if (!isMainThread) {
  // Warmed up: wait for the common start, then report the timed pass.
  parentPort.once('message', () => parentPort.postMessage(pass(mb)));
  parentPort.postMessage('warm');
  await new Promise(() => {}); // the main thread ends this worker
}
const { bytesDone, words, entities, docs, secs } = pass(mb);
const gz = (await import('node:zlib')).gzipSync(bytes, { level: 9 }).length;
console.log(`wasm: ${(bytes.length / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzipped; init ${initMs.toFixed(1)} ms`);
console.log(`first call (includes model load): ${firstMs.toFixed(1)} ms`);
if (warm) {
  console.log(`warm-up pass (V8 still tiering up): ${warm.docs} documents, ${(warm.bytesDone / 1e6).toFixed(2)} MB, ` +
    `${Math.round(warm.words / warm.secs)} words/s`);
}
console.log(`steady state: ${docs} documents, ${(bytesDone / 1e6).toFixed(2)} MB, ${words} words, ${entities} entities in ${secs.toFixed(3)} s`);
console.log(`${Math.round(words / secs)} words/s`);

/** Runs `workers` copies of this bench in worker threads over `mb / workers` megabytes each. */
async function runPool() {
  const me = fileURLToPath(import.meta.url);
  const pool = Array.from({ length: workers }, () =>
    new Worker(me, { argv: [dir], workerData: { mb: mb / workers, warmMb } }));
  await Promise.all(pool.map((w) => new Promise((resolve, reject) => {
    w.once('error', reject);
    w.once('message', resolve);
  })));
  const start = performance.now();
  const results = await Promise.all(pool.map((w) => new Promise((resolve) => {
    w.once('message', resolve);
    w.postMessage('go');
  })));
  const secs = (performance.now() - start) / 1000;
  await Promise.all(pool.map((w) => w.terminate()));
  const sum = (k) => results.reduce((n, r) => n + r[k], 0);
  for (const [i, r] of results.entries()) {
    console.log(`worker ${i + 1}: ${r.docs} documents, ${Math.round(r.words / r.secs)} words/s`);
  }
  console.log(`steady state, ${workers} worker${workers === 1 ? '' : 's'}: ${sum('docs')} documents, ${(sum('bytesDone') / 1e6).toFixed(2)} MB, ` +
    `${sum('words')} words, ${sum('entities')} entities in ${secs.toFixed(3)} s`);
  console.log(`${Math.round(sum('words') / secs)} words/s`);
}
