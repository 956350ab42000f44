//! The JavaScript face of the core: a thin translation layer. Offsets handed to JS are UTF-16
//! code units so the page can slice strings directly; exports use the code point record.

use wasm_bindgen::prelude::*;

use crate::analysis::{Analysis, Options, Span, Structure};
use crate::decode::Loaded;
use crate::export::DocumentRecord;
use crate::offsets::OffsetUnit;
use crate::parse::Hints;

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    let ser = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value
        .serialize(&ser)
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The object `analyze` returns, built by JavaScript from a flat list of numbers and one string
/// ([`Packed`]): the same shape, key order and `undefined`s as serde-wasm-bindgen gives, but two
/// values cross the wasm boundary instead of one call per field and string (thousands per
/// article, which cost more than building the objects). `tests/wasm.rs` reads the result back
/// with serde, so a field out of step with [`Analysis`] fails there.
///
/// Labels and regions cross as their indices ([`Label::index`], [`Region::index`]), named by
/// `LABELS` and `REGIONS` (a test in `analysis.rs` holds them to serde's names), and each
/// entity's text is copied straight from the analyzed text: of an entity's five fields only
/// its text is a string to slice. `readOptions` reads the options the page passes (a plain
/// object of a unit's name and a boolean, or nothing) in one call, where serde-wasm-bindgen
/// made a call for each field and each check.
#[wasm_bindgen(inline_js = r#"
const LABELS = ['PERSON', 'NORP', 'FAC', 'ORG', 'GPE', 'LOC', 'PRODUCT', 'EVENT', 'WORK_OF_ART', 'LAW', 'LANGUAGE', 'DATE', 'TIME', 'PERCENT', 'MONEY', 'QUANTITY', 'ORDINAL', 'CARDINAL'];
const REGIONS = ['title', 'subtitle', 'metadata', 'caption', 'body', 'boilerplate'];
const UNITS = { byte: 0, code_point: 1, utf16: 2 };

// The options as `OPTIONS_*` codes: a unit's index plus 4 for tokens; undefined or null the
// page's defaults; -1 for anything else, which serde reads (and refuses) as before. As serde
// reads them: a field that is absent (not merely undefined) takes `Options::default()`'s value.
export function readOptions(o) {
  if (o === undefined || o === null) return 2;
  if (typeof o !== 'object') return -1;
  const u = o.offsets;
  let unit;
  if (typeof u === 'string' && Object.prototype.hasOwnProperty.call(UNITS, u)) unit = UNITS[u];
  else if (u === undefined && !('offsets' in o)) unit = 1;
  else return -1;
  const t = o.tokens;
  if (t === true || t === false) return unit + (t ? 4 : 0);
  if (t === undefined && !('tokens' in o)) return unit + 4;
  return -1;
}

export function buildAnalysis(n, s) {
  let i = 0;
  const num = () => n[i++];
  const str = () => s.slice(n[i++], n[i++]);
  const span = () => ({ start: n[i++], end: n[i++] });
  const opt = (read) => (n[i++] === 1 ? read() : undefined);
  const list = (read) => {
    const out = [];
    for (let k = n[i++]; k > 0; k--) out.push(read());
    return out;
  };
  const entity = () => ({ start: num(), end: num(), label: LABELS[num()], text: str(), region: REGIONS[num()] });
  const offset_unit = str();
  const text_len = num();
  const structure = {
    title: opt(span),
    subtitle: opt(span),
    dateline: opt(span),
    date: opt(() => ({ span: span(), value: str() })),
    captions: list(span),
    body: opt(span),
    boilerplate: list(span),
    metadata: list(span),
  };
  const paragraphs = list(span);
  const sentences = list(span);
  const tokens = list(span);
  const entities = list(entity);
  const stats = {
    words: num(),
    sentences: num(),
    paragraphs: num(),
    reading_minutes: num(),
    language: str(),
    is_english: num() === 1,
  };
  return { offset_unit, text_len, structure, paragraphs, sentences, tokens, entities, stats };
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = buildAnalysis)]
    fn build_analysis(nums: &[u32], strs: &str) -> JsValue;

    #[wasm_bindgen(js_name = readOptions)]
    fn read_options(options: &JsValue) -> i32;
}

/// An [`Analysis`] as `buildAnalysis` reads it: numbers in field order (options as a 0/1 flag
/// before the value, lists as their length before the items) and strings as UTF-16 ranges of
/// one text, which JavaScript slices.
#[derive(Default)]
struct Packed {
    nums: Vec<u32>,
    strs: String,
    /// Length of `strs` in UTF-16 code units.
    strs_utf16: u32,
}

impl Packed {
    /// Packs `a`, whose entity `k` has the text `entity_text(k)`.
    fn of<'t>(a: &Analysis, entity_text: impl Fn(usize) -> &'t str) -> Self {
        let mut p = Packed {
            nums: Vec::with_capacity(
                32 + 2 * (a.paragraphs.len() + a.sentences.len() + a.tokens.len())
                    + 8 * a.entities.len(),
            ),
            ..Packed::default()
        };
        p.str(a.offset_unit.as_str());
        p.num(a.text_len);
        p.structure(&a.structure);
        p.spans(&a.paragraphs);
        p.spans(&a.sentences);
        p.num(a.tokens.len());
        for t in &a.tokens {
            p.span(Span::new(t.start, t.end));
        }
        p.num(a.entities.len());
        for (k, e) in a.entities.iter().enumerate() {
            p.num(e.start);
            p.num(e.end);
            p.num(e.label.index());
            p.str(entity_text(k));
            p.num(e.region.index());
        }
        let st = &a.stats;
        for n in [st.words, st.sentences, st.paragraphs, st.reading_minutes] {
            p.num(n);
        }
        p.str(&st.language);
        p.num(usize::from(st.is_english));
        p
    }

    fn structure(&mut self, s: &Structure) {
        self.opt_span(s.title);
        self.opt_span(s.subtitle);
        self.opt_span(s.dateline);
        self.num(usize::from(s.date.is_some()));
        if let Some(d) = &s.date {
            self.span(d.span);
            self.str(&d.value);
        }
        self.spans(&s.captions);
        self.opt_span(s.body);
        self.spans(&s.boilerplate);
        self.spans(&s.metadata);
    }

    /// On wasm32 a `usize` is 32 bits: the cast is exact.
    fn num(&mut self, n: usize) {
        self.nums.push(n as u32);
    }

    fn str(&mut self, s: &str) {
        let start = self.strs_utf16;
        let units = if s.is_ascii() {
            s.len()
        } else {
            s.encode_utf16().count()
        };
        self.strs.push_str(s);
        self.strs_utf16 += units as u32;
        self.nums.extend([start, self.strs_utf16]);
    }

    fn span(&mut self, s: Span) {
        self.num(s.start);
        self.num(s.end);
    }

    fn opt_span(&mut self, s: Option<Span>) {
        self.num(usize::from(s.is_some()));
        if let Some(s) = s {
            self.span(s);
        }
    }

    fn spans(&mut self, spans: &[Span]) {
        self.num(spans.len());
        for &s in spans {
            self.span(s);
        }
    }
}

const FOR_RENDERING: Options = Options {
    offsets: OffsetUnit::Utf16,
    tokens: false,
};

/// Parses the model and the name lists (see [`crate::load`]); analyses call it themselves, so
/// this only moves the wait to when the page opens.
#[wasm_bindgen]
pub fn load() {
    crate::load();
}

/// Analyzes `text`. `options` may be `undefined` or `{ offsets: "utf16" | "code_point" | "byte",
/// tokens: bool }`; the default is UTF-16 offsets without tokens, what the page renders.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let opts = match read_options(&options) {
        code @ 0..=7 => Options {
            offsets: match code & 3 {
                0 => OffsetUnit::Byte,
                1 => OffsetUnit::CodePoint,
                _ => OffsetUnit::Utf16,
            },
            tokens: code & 4 != 0,
        },
        _ => serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("bad options: {e}")))?,
    };
    // Byte offsets first, so that each entity's text is sliced from `text` as it is packed.
    let mut a = crate::pipeline::analyze_in_bytes(text, &Hints::default(), opts.tokens);
    let spans: Vec<Span> = a
        .entities
        .iter()
        .map(|e| Span::new(e.start, e.end))
        .collect();
    crate::pipeline::in_unit(&mut a, text, opts.offsets);
    let packed = Packed::of(&a, |k| &text[spans[k].start..spans[k].end]);
    Ok(build_analysis(&packed.nums, &packed.strs))
}

/// Decodes a file's bytes into article text: `{ text, encoding, format, title, published,
/// notes }`. Throws an `Error` whose message is meant for the reader (empty, binary, too large).
#[wasm_bindgen(js_name = loadFile)]
pub fn load_file(bytes: &[u8], file_name: &str) -> Result<JsValue, JsError> {
    let loaded = crate::decode::load(bytes, file_name).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&loaded)
}

/// Reads and analyzes a file in one step, the way the CLI does: what `loadFile` returns plus
/// `analysis` (UTF-16 offsets into `text`, which for `.md`/`.html` is the extracted article).
#[wasm_bindgen(js_name = analyzeFile)]
pub fn analyze_file(bytes: &[u8], file_name: &str) -> Result<JsValue, JsError> {
    #[derive(serde::Serialize)]
    struct FileAnalysis<'a> {
        #[serde(flatten)]
        loaded: &'a Loaded,
        analysis: Analysis,
    }
    let loaded = crate::decode::load(bytes, file_name).map_err(|e| JsError::new(&e.to_string()))?;
    let analysis = crate::pipeline::analyze_loaded(&loaded, &FOR_RENDERING);
    to_js(&FileAnalysis {
        loaded: &loaded,
        analysis,
    })
}

/// Where an exported text came from, as `analyzeFile` reported it; all optional.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Source {
    format: Option<String>,
    title: Option<String>,
    captions: Vec<String>,
}

/// The JSON record `newslens analyze` prints (code point offsets). `source` is `undefined` for
/// pasted text, or `{ format, title, captions }` as `analyzeFile` returned them, so that the
/// page's export and the CLI agree on files.
#[wasm_bindgen(js_name = exportRecord)]
pub fn export_record(text: &str, doc_name: &str, source: JsValue) -> Result<String, JsError> {
    let source: Source = if source.is_undefined() || source.is_null() {
        Source::default()
    } else {
        serde_wasm_bindgen::from_value(source)
            .map_err(|e| JsError::new(&format!("bad source: {e}")))?
    };
    let hints = Hints {
        title: source.title,
        captions: source.captions,
    };
    let options = Options {
        offsets: OffsetUnit::CodePoint,
        tokens: false,
    };
    let analysis = crate::pipeline::analyze_with(text, &hints, &options);
    let record = DocumentRecord::new(doc_name, &analysis);
    Ok(match source.format.as_deref() {
        Some(format) => record.with_source(format, text),
        None => record,
    }
    .to_json())
}

/// The largest file the page should hand over, in bytes.
#[wasm_bindgen(js_name = maxFileBytes)]
pub fn max_file_bytes() -> usize {
    crate::decode::MAX_BYTES
}

#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
