// Runs the wasm analyzer off the main thread so a large article never freezes the page.
// Protocol: the page posts {id, kind, ...}; the worker answers {id, ok, ...}.
import init, { analyze, analyzeFile, exportRecord, load, maxFileBytes, version } from './pkg/newslens.js';

const WASM_URL = new URL('./pkg/newslens_bg.wasm', import.meta.url);

/** Compiles the analyzer from its URL, streaming where the server's MIME type allows it. */
async function compileFromUrl() {
  if (typeof WebAssembly.compileStreaming === 'function') {
    try {
      return await WebAssembly.compileStreaming(fetch(WASM_URL));
    } catch {
      // A server that does not say `application/wasm`: compile from the bytes instead.
    }
  }
  const response = await fetch(WASM_URL);
  if (!response.ok) throw new Error(`could not fetch the analyzer (${response.status})`);
  return WebAssembly.compile(await response.arrayBuffer());
}

/**
 * Starts the analyzer. The first worker compiles the wasm and hands the compiled module back to
 * the page; a worker the pool adds later is given that module, so it skips the download and the
 * compilation, and V8 shares the module's code between workers, including what the first one has
 * already optimized (a second worker started on a reader's first large drop is useful at once).
 */
async function start(module) {
  const t0 = performance.now();
  const compiled = module instanceof WebAssembly.Module ? module : await compileFromUrl();
  await init({ module_or_path: compiled });
  const t1 = performance.now();
  // Parses the model weights and name lists now, not on a reader's first article. No analysis
  // runs here: a warm-up text made V8 compile optimized code for the analysis functions in the
  // background while the model was still loading, which slowed the load on small machines.
  load();
  const t2 = performance.now();
  const info = { version: version(), maxBytes: maxFileBytes(), initMs: t1 - t0, modelMs: t2 - t1, shared: compiled === module };
  return { info, module: compiled };
}

// The page's first message (`hello`, with a compiled module or none) starts the analyzer.
let resolveStart;
const ready = new Promise((resolve) => {
  resolveStart = resolve;
}).then(start);

// Once the page has been told the analyzer is ready, and while the reader looks at it, one short
// article runs through the analysis, so that V8 compiles that code (first to its baseline tier,
// then optimized) before the reader's first article rather than during it. A request that comes
// meanwhile waits for this one (tens of milliseconds).
const WARM_UP = 'ISLAMABAD, May 21 (Reuters) - Prime Minister Shehbaz Sharif met Chinese Foreign '
  + 'Minister Wang Yi on Tuesday and signed 12 agreements worth $1.5 billion, officials said.\n\n'
  + '“We discussed CPEC,” Sharif told reporters in Beijing, adding that 3% growth was likely in 2026.';
ready.then(() => setTimeout(() => {
  try {
    analyze(WARM_UP, { offsets: 'utf16', tokens: false });
  } catch {
    // Only a warm-up: a real request reports its own error.
  }
}, 0)).catch(() => {
  // A failed start is reported to the page by the first request that awaits `ready`.
});

function analyzeText(name, text) {
  const analysis = analyze(text, { offsets: 'utf16', tokens: false });
  return { name, text, analysis, notes: [], encoding: 'utf-8', source: null };
}

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.kind === 'hello') resolveStart(msg.module);
  try {
    const { info, module } = await ready;
    if (msg.kind === 'hello') {
      self.postMessage({ id: msg.id, ok: true, info, module });
    } else if (msg.kind === 'file') {
      const r = analyzeFile(new Uint8Array(msg.bytes), msg.name);
      const source = { format: r.format, title: r.title ?? undefined, captions: r.captions ?? [] };
      const doc = { name: msg.name, text: r.text, analysis: r.analysis, notes: r.notes, encoding: r.encoding, source };
      self.postMessage({ id: msg.id, ok: true, doc });
    } else if (msg.kind === 'text') {
      self.postMessage({ id: msg.id, ok: true, doc: analyzeText(msg.name, msg.text) });
    } else if (msg.kind === 'export') {
      self.postMessage({ id: msg.id, ok: true, records: msg.docs.map((d) => exportRecord(d.text, d.name, d.source ?? undefined)) });
    } else {
      throw new Error(`unknown request ${msg.kind}`);
    }
  } catch (err) {
    self.postMessage({ id: msg.id, ok: false, error: err && err.message ? err.message : String(err) });
  }
};
