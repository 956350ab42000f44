// newslens page: loads articles, hands them to the analyzer worker and renders what the core
// returns. All text reaches the DOM through textContent, never as HTML.
import { LABELS, labelInfo } from './labels.js';
import { renderArticle } from './render.js';
import { AnalyzerPool, GROW_BYTES, poolSize } from './pool.js';

const $ = (id) => document.getElementById(id);

const state = {
  docs: [], // { id, name, text, analysis, notes, encoding }
  selected: -1,
  hidden: new Set(), // labels whose highlights are switched off
  countAll: false, // count mentions outside the body too
  marked: null, // entity key whose mentions are marked
  filter: '',
  maxBytes: 5 * 1024 * 1024,
  busy: 0, // loads in progress
};
let nextDocId = 1;

// ---- analyzer workers ---------------------------------------------------------------------------
const pool = new AnalyzerPool(new URL('./worker.js', import.meta.url), poolSize(location.search, navigator.hardwareConcurrency), () => {
  setStatus('the analyzer could not start');
  notify('error', 'The analyzer could not start in this browser. Try a current Chrome, Firefox or Safari.');
});
const call = (msg, transfer) => pool.call(msg, transfer);

const ready = pool.first.ready.then((info) => {
  state.maxBytes = info.maxBytes;
  setStatus(`ready · analyzer ${info.version} · started in ${Math.round(info.initMs + info.modelMs)} ms`);
  document.body.dataset.ready = 'true';
  document.body.dataset.workers = String(pool.size);
  return info;
});

// ---- notices ----------------------------------------------------------------------------------
function notify(kind, text) {
  const li = document.createElement('div');
  li.className = `notice notice-${kind}`;
  li.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  const msg = document.createElement('span');
  msg.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'notice-close';
  close.setAttribute('aria-label', 'Dismiss');
  close.textContent = '×';
  close.addEventListener('click', () => li.remove());
  li.append(msg, close);
  $('notices').append(li);
}

function setStatus(text) {
  $('status').textContent = text;
}

// ---- loading ----------------------------------------------------------------------------------
function humanSize(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function addDoc(doc) {
  const same = state.docs.findIndex((d) => d.name === doc.name && d.text === doc.text);
  if (same >= 0) return same; // loading the same article twice adds nothing
  let name = doc.name;
  for (let n = 2; state.docs.some((d) => d.name === name); n++) name = `${doc.name} (${n})`;
  state.docs.push({ ...doc, name, id: nextDocId++ });
  for (const note of doc.notes || []) notify('info', `${name}: ${note}`);
  if (doc.analysis.stats && !doc.analysis.stats.is_english) {
    notify('warning', `${name}: this text does not look like English (${doc.analysis.stats.language}); the entity model reads English only, so highlights may be wrong.`);
  }
  return state.docs.length - 1;
}

/** Reads files in the order given; a bad file gets a message and the others still load. */
async function loadFiles(files) {
  state.busy++;
  try {
    return await loadFilesNow(files);
  } finally {
    state.busy--;
  }
}

async function loadFilesNow(files) {
  await ready;
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const accepted = files.filter((file) => {
    if (file.size <= state.maxBytes) return true;
    notify('error', `${file.name}: the file is ${humanSize(file.size)}; newslens accepts up to ${humanSize(state.maxBytes)} per article. It was not loaded.`);
    return false;
  });
  setStatus(`analyzing ${plural(accepted.length, 'file')}…`);
  // Each file is read only when a worker is free for it, so a large drop is never all in memory
  // twice; the results are added in the order the files were given.
  const jobs = accepted.map((file) => async (send) => {
    const bytes = await file.arrayBuffer();
    return (await send({ kind: 'file', name: file.name, bytes }, [bytes])).doc;
  });
  const total = accepted.reduce((n, f) => n + f.size, 0);
  const results = await pool.run(jobs, {
    grow: accepted.length > 1 && total >= GROW_BYTES,
    onDone: (n) => {
      if (accepted.length > 1) setStatus(`analyzing ${plural(accepted.length, 'file')}… ${n} done`);
    },
  });
  document.body.dataset.workers = String(pool.size);
  let first = -1;
  let loaded = 0;
  results.forEach((r, i) => {
    if (!r.ok) {
      notify('error', `${accepted[i].name}: ${r.error.message}. It was not loaded.`);
      return;
    }
    const index = addDoc(r.value);
    if (first < 0) first = index;
    loaded++;
  });
  setStatus(`${plural(state.docs.length, 'article')} loaded`);
  if (loaded) $('paste-box').open = false; // the article list needs the room now
  if (first >= 0) select(first);
  else render();
  return loaded;
}

async function loadText(name, text) {
  state.busy++;
  try {
    await loadTextNow(name, text);
  } finally {
    state.busy--;
  }
}

async function loadTextNow(name, text) {
  await ready;
  if (!text.trim()) {
    notify('error', 'There is no text to analyze: paste an article first.');
    return;
  }
  try {
    const { doc } = await call({ kind: 'text', name, text });
    select(addDoc(doc));
  } catch (err) {
    notify('error', `${name}: ${err.message}`);
  }
}

async function loadSamples() {
  const button = $('samples');
  button.disabled = true;
  try {
    const list = await fetch('seeds/index.json').then((r) => {
      if (!r.ok) throw new Error(`the sample list is missing (${r.status})`);
      return r.json();
    });
    const files = await Promise.all(
      list.map(async (name) => {
        const r = await fetch(`seeds/${encodeURIComponent(name)}`);
        if (!r.ok) throw new Error(`${name} could not be fetched (${r.status})`);
        return new File([await r.arrayBuffer()], name, { type: 'text/plain' });
      }),
    );
    await loadFiles(files);
  } catch (err) {
    notify('error', `The samples could not be loaded: ${err.message}`);
  } finally {
    button.disabled = false;
  }
}

// ---- selection and rendering ------------------------------------------------------------------
function select(index) {
  state.selected = index;
  state.marked = null;
  render();
}

function current() {
  return state.docs[state.selected] || null;
}

function entityKey(e) {
  return `${e.label}|${e.text.replace(/\s+/g, ' ').toLowerCase()}`;
}

function counted(e) {
  return state.countAll || e.region === 'body';
}

function render() {
  renderDocList();
  const doc = current();
  $('empty-state').hidden = !!doc;
  $('article').hidden = !doc;
  $('export-json').disabled = $('export-csv').disabled = state.docs.length === 0;
  renderLegend(doc);
  renderEntityList(doc);
  if (doc) {
    renderArticle(doc, { meta: $('article-meta'), body: $('article-body'), entityKey });
    applyHighlightState();
  }
}

function renderDocList() {
  const list = $('doc-list');
  list.replaceChildren();
  state.docs.forEach((doc, i) => {
    const li = document.createElement('li');
    li.className = 'doc-item' + (i === state.selected ? ' selected' : '');
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'doc-open';
    const s = doc.analysis.structure;
    const title = s.title ? doc.text.slice(s.title.start, s.title.end) : firstWords(doc);
    const name = document.createElement('span');
    name.className = 'doc-name';
    name.textContent = doc.name;
    const sub = document.createElement('span');
    sub.className = 'doc-sub';
    sub.textContent = title;
    const count = document.createElement('span');
    count.className = 'doc-count';
    const n = doc.analysis.entities.filter(counted).length;
    count.textContent = `${n} entities · ${doc.analysis.stats.words} words`;
    open.append(name, sub, count);
    open.addEventListener('click', () => select(i));
    if (i === state.selected) open.setAttribute('aria-current', 'true');
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'doc-remove';
    remove.title = `Remove ${doc.name}`;
    remove.setAttribute('aria-label', `Remove ${doc.name}`);
    remove.textContent = '×';
    remove.addEventListener('click', () => {
      state.docs.splice(i, 1);
      state.selected = Math.min(state.selected, state.docs.length - 1);
      if (state.selected < 0 && state.docs.length) state.selected = 0;
      render();
    });
    li.append(open, remove);
    list.append(li);
  });
}

function firstWords(doc) {
  const b = doc.analysis.structure.body;
  const start = b ? b.start : 0;
  const words = doc.text.slice(start, start + 160).split(/\s+/).filter(Boolean).slice(0, 10).join(' ');
  return words + '…';
}

function renderLegend(doc) {
  const legend = $('legend');
  legend.replaceChildren();
  if (!doc) return;
  const counts = new Map();
  for (const e of doc.analysis.entities) if (counted(e)) counts.set(e.label, (counts.get(e.label) || 0) + 1);
  for (const label of LABELS) {
    const n = counts.get(label) || 0;
    const present = doc.analysis.entities.some((e) => e.label === label);
    if (!present) continue;
    const li = document.createElement('li');
    li.className = 'legend-item';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = !state.hidden.has(label);
    box.id = `toggle-${label}`;
    box.dataset.label = label;
    box.addEventListener('change', () => {
      if (box.checked) state.hidden.delete(label);
      else state.hidden.add(label);
      applyHighlightState();
    });
    const lab = document.createElement('label');
    lab.htmlFor = box.id;
    const swatch = document.createElement('span');
    swatch.className = `swatch ent-${label}`;
    const name = document.createElement('span');
    name.className = 'legend-name';
    name.textContent = labelInfo(label).name;
    name.title = `${label}: ${labelInfo(label).description}`;
    const count = document.createElement('span');
    count.className = 'legend-count';
    count.textContent = String(n);
    lab.append(swatch, name, count);
    li.append(box, lab);
    legend.append(li);
  }
}

function renderEntityList(doc) {
  const list = $('entity-list');
  list.replaceChildren();
  if (!doc) return;
  const groups = new Map();
  doc.analysis.entities.forEach((e, i) => {
    const key = entityKey(e);
    let g = groups.get(key);
    if (!g) {
      g = { key, label: e.label, forms: new Map(), count: 0, all: 0, first: i };
      groups.set(key, g);
    }
    g.all++;
    if (counted(e)) g.count++;
    g.forms.set(e.text, (g.forms.get(e.text) || 0) + 1);
  });
  const filter = state.filter.trim().toLowerCase();
  const items = [...groups.values()]
    .filter((g) => g.count > 0)
    .filter((g) => !filter || g.key.includes(filter) || g.label.toLowerCase().includes(filter))
    .sort((a, b) => b.count - a.count || a.first - b.first);
  for (const g of items) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'entity-item' + (state.marked === g.key ? ' marked' : '');
    button.dataset.key = g.key;
    button.setAttribute('aria-pressed', String(state.marked === g.key));
    const chip = document.createElement('span');
    chip.className = `chip ent-${g.label}`;
    chip.textContent = g.label;
    const text = document.createElement('span');
    text.className = 'entity-text';
    text.textContent = [...g.forms.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const count = document.createElement('span');
    count.className = 'entity-count';
    count.textContent = String(g.count);
    count.title = g.all > g.count ? `${g.count} in the article body, ${g.all} in all` : `${g.count} mentions`;
    button.append(chip, text, count);
    button.addEventListener('click', () => {
      state.marked = state.marked === g.key ? null : g.key;
      renderEntityList(doc);
      applyHighlightState();
      if (state.marked) {
        const first = $('article-body').querySelector('mark.marked');
        if (first) {
          const set = first.closest('details');
          if (set) set.open = true;
          first.scrollIntoView({ block: 'center', behavior: 'smooth' });
        }
      }
    });
    li.append(button);
    list.append(li);
  }
  if (!items.length) {
    const li = document.createElement('li');
    li.className = 'entity-none';
    li.textContent = filter ? 'No entity matches the filter.' : 'No entities found.';
    list.append(li);
  }
}

function applyHighlightState() {
  const body = $('article-body');
  for (const label of LABELS) body.classList.toggle(`hide-${label}`, state.hidden.has(label));
  body.classList.toggle('has-marked', !!state.marked);
  for (const m of body.querySelectorAll('mark.ent')) m.classList.toggle('marked', m.dataset.key === state.marked);
}

// ---- export -----------------------------------------------------------------------------------
function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function exportRecords() {
  const { records } = await call({ kind: 'export', docs: state.docs.map((d) => ({ name: d.name, text: d.text, source: d.source })) });
  return records;
}

function csvCell(v) {
  const s = String(v);
  // A leading = + - @ would be read as a formula by spreadsheet software.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// ---- events -----------------------------------------------------------------------------------
$('samples').addEventListener('click', loadSamples);
$('file-input').addEventListener('change', async (e) => {
  const files = [...e.target.files];
  e.target.value = '';
  if (files.length) await loadFiles(files);
});
$('paste-go').addEventListener('click', () => {
  const name = $('paste-title').value.trim() || `Pasted article ${state.docs.length + 1}`;
  loadText(name, $('paste-text').value).then(() => {
    $('paste-text').value = '';
    $('paste-title').value = '';
  });
});
$('count-all').addEventListener('change', (e) => {
  state.countAll = e.target.checked;
  render();
});
$('entity-filter').addEventListener('input', (e) => {
  state.filter = e.target.value;
  renderEntityList(current());
});
$('export-json').addEventListener('click', async () => {
  try {
    download('newslens.jsonl', 'application/x-ndjson', (await exportRecords()).join('\n') + '\n');
  } catch (err) {
    notify('error', `Export failed: ${err.message}`);
  }
});
$('export-csv').addEventListener('click', async () => {
  try {
    const rows = [['doc', 'start', 'end', 'label', 'text', 'region']];
    for (const r of (await exportRecords()).map((j) => JSON.parse(j))) {
      for (const e of r.entities) rows.push([r.doc, e.start, e.end, e.label, e.text, e.region]);
    }
    download('newslens-entities.csv', 'text/csv', rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n');
  } catch (err) {
    notify('error', `Export failed: ${err.message}`);
  }
});

// Drop anywhere on the page.
let dragDepth = 0;
const overlay = $('drop-overlay');
window.addEventListener('dragenter', (e) => {
  if (![...(e.dataTransfer?.types || [])].includes('Files')) return;
  e.preventDefault();
  dragDepth++;
  overlay.hidden = false;
});
window.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) overlay.hidden = true;
});
window.addEventListener('dragover', (e) => e.preventDefault());
window.addEventListener('drop', async (e) => {
  e.preventDefault();
  dragDepth = 0;
  overlay.hidden = true;
  const files = [...(e.dataTransfer?.files || [])];
  if (files.length) {
    await loadFiles(files);
    return;
  }
  const text = e.dataTransfer?.getData('text/plain');
  if (text) await loadText(`Dropped text ${state.docs.length + 1}`, text);
});

// Test hook: lets end-to-end tests wait for work to finish without timing guesses.
window.newslens = {
  ready,
  get docs() {
    return state.docs.map(({ name, text, analysis }) => ({ name, text, analysis }));
  },
  /** How each worker started: `{ initMs, modelMs, shared }`, `shared` when it was given the
   * first worker's compiled module instead of compiling its own. */
  get workers() {
    return pool.slots.filter((s) => s.info).map(({ info }) => ({ initMs: info.initMs, modelMs: info.modelMs, shared: info.shared }));
  },
  idle: () => new Promise((resolve) => {
    const check = () => (state.busy === 0 && pool.pending === 0 ? resolve() : setTimeout(check, 20));
    check();
  }),
};
render();
