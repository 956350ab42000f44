// Renders one analyzed article: regions (title, dateline, captions, text set aside) and entity
// highlights, built as DOM nodes from UTF-16 offsets the core returns. Text goes in via
// textContent only.
import { labelInfo } from './labels.js';

const el = (tag, className, text) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const inside = (outer, inner) => outer.start <= inner.start && inner.end <= outer.end;

/** Which block a paragraph is: the widest region that covers most of it. */
function blockKind(p, s) {
  const covers = (r) => r && overlaps(r, p) && Math.min(r.end, p.end) - Math.max(r.start, p.start) >= (p.end - p.start) / 2;
  if (covers(s.title)) return 'title';
  if (covers(s.subtitle)) return 'subtitle';
  if (s.captions.some(covers)) return 'caption';
  if (s.boilerplate.some(covers)) return 'boilerplate';
  if (s.metadata && s.metadata.some(covers)) return 'metadata';
  return 'body';
}

/** Appends text[from, to) to parent, wrapping the sorted, non-crossing items in their elements. */
function build(parent, text, from, to, items, makeEl) {
  let pos = from;
  let i = 0;
  while (i < items.length) {
    const it = items[i];
    if (it.start < pos) {
      i++; // crosses a sibling: cannot nest, leave it out
      continue;
    }
    if (it.start > pos) parent.append(text.slice(pos, it.start));
    const kids = [];
    let j = i + 1;
    while (j < items.length && items[j].start < it.end) {
      if (items[j].end <= it.end) kids.push(items[j]);
      j++;
    }
    const node = makeEl(it);
    build(node, text, it.start, it.end, kids, makeEl);
    parent.append(node);
    pos = it.end;
    i = j;
  }
  if (pos < to) parent.append(text.slice(pos, to));
}

function stat(label, value) {
  const d = el('div', 'stat');
  d.append(el('span', 'stat-value', value), el('span', 'stat-label', label));
  return d;
}

function renderMeta(doc, meta) {
  const { stats, structure: s } = doc.analysis;
  meta.replaceChildren();
  const head = el('div', 'meta-head');
  head.append(el('span', 'meta-name', doc.name));
  if (s.date) head.append(el('span', 'meta-date', `Published ${s.date.value}`));
  if (s.dateline) head.append(el('span', 'meta-dateline', `Dateline: ${doc.text.slice(s.dateline.start, s.dateline.end)}`));
  if (doc.encoding && doc.encoding !== 'utf-8') head.append(el('span', 'meta-encoding', `read as ${doc.encoding}`));
  const panel = el('div', 'stats');
  panel.setAttribute('aria-label', 'About this article');
  panel.append(
    stat('words', stats.words.toLocaleString('en')),
    stat('min read', String(stats.reading_minutes)),
    stat('sentences', String(stats.sentences)),
    stat('paragraphs', String(stats.paragraphs)),
    stat('language', stats.language),
  );
  meta.append(head, panel);
  if (!stats.is_english) {
    meta.append(el('p', 'lang-warning', `This text does not look like English (${stats.language}). The entity model reads English only, so highlights may be missing or wrong.`));
  }
}

export function renderArticle(doc, { meta, body, entityKey }) {
  renderMeta(doc, meta);
  const { text, analysis } = doc;
  const s = analysis.structure;
  const regions = [...(s.metadata || []).map((r) => ({ ...r, cls: 'metadata' }))];
  if (s.dateline) regions.push({ ...s.dateline, cls: 'dateline' });
  for (const c of s.captions) regions.push({ ...c, cls: 'caption-inline' });
  const entities = analysis.entities.map((e) => ({ start: e.start, end: e.end, entity: e }));
  const makeEl = (it) => {
    if (!it.entity) {
      const span = el('span', it.cls);
      if (it.cls === 'dateline') span.title = 'Dateline: where the story was filed';
      if (it.cls === 'metadata') span.title = 'Metadata, not part of the article text';
      return span;
    }
    const e = it.entity;
    const mark = el('mark', `ent ent-${e.label} region-${e.region}`);
    mark.dataset.label = e.label;
    mark.dataset.key = entityKey(e);
    mark.title = `${e.label} · ${labelInfo(e.label).name}`;
    return mark;
  };

  body.replaceChildren();
  let setAside = null;
  // Entities and paragraphs both come sorted by start: walk them together (linear, not P×E).
  entities.sort((a, b) => a.start - b.start);
  let next = 0;
  for (const p of analysis.paragraphs) {
    while (next < entities.length && entities[next].start < p.start) next++;
    const inPara = [];
    for (let k = next; k < entities.length && entities[k].start < p.end; k++) {
      if (inside(p, entities[k])) inPara.push(entities[k]);
    }
    const kind = blockKind(p, s);
    const block = kind === 'title' ? el('h2', 'title')
      : kind === 'subtitle' ? el('p', 'standfirst')
      : kind === 'caption' ? el('figure', 'caption')
      : el('p', kind === 'body' ? 'para' : kind);
    // Captions as a block are drawn by the block itself, not again inline.
    const items = [
      ...regions.filter((r) => overlaps(r, p) && !(kind === 'caption' && r.cls === 'caption-inline')),
      ...inPara,
    ].map((r) => ({ ...r, start: Math.max(r.start, p.start), end: Math.min(r.end, p.end) }))
      .sort((a, b) => a.start - b.start || b.end - a.end || (a.entity ? 1 : 0) - (b.entity ? 1 : 0));
    const target = kind === 'caption' ? block.appendChild(el('figcaption')) : block;
    build(target, text, p.start, p.end, items, makeEl);
    if (kind === 'boilerplate') {
      if (!setAside) {
        setAside = el('details', 'set-aside');
        setAside.append(el('summary', null, 'Show text set aside'));
        body.append(setAside);
      }
      setAside.append(block);
      const lines = setAside.childElementCount - 1;
      setAside.firstChild.textContent = `Show text set aside (${lines} ${lines === 1 ? 'line' : 'lines'}: related headlines, footers and the like)`;
    } else {
      setAside = null;
      body.append(block);
    }
  }
}
