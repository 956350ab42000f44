// Runs the wasm analyzer off the main thread so a large article never freezes the page.
// Protocol: the page posts {id, kind, ...}; the worker answers {id, ok, ...}.
import init, { analyze, analyzeFile, exportRecord, maxFileBytes, version } from './pkg/newslens.js';

const ready = (async () => {
  const t0 = performance.now();
  await init({ module_or_path: new URL('./pkg/newslens_bg.wasm', import.meta.url) });
  const t1 = performance.now();
  // The first analysis parses the gazetteers and model weights; do it now, not on a reader's article.
  analyze('Warm-up.', undefined);
  const t2 = performance.now();
  return { version: version(), maxBytes: maxFileBytes(), initMs: t1 - t0, modelMs: t2 - t1 };
})();

function analyzeText(name, text) {
  const analysis = analyze(text, { offsets: 'utf16', tokens: false });
  return { name, text, analysis, notes: [], encoding: 'utf-8', source: null };
}

self.onmessage = async (event) => {
  const msg = event.data;
  try {
    const info = await ready;
    if (msg.kind === 'hello') {
      self.postMessage({ id: msg.id, ok: true, info });
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
