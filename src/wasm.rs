//! The JavaScript face of the core: a thin translation layer. Offsets handed to JS are UTF-16
//! code units so the page can slice strings directly; exports use the code point record.

use wasm_bindgen::prelude::*;

use crate::analysis::{Analysis, Options};
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

const FOR_RENDERING: Options = Options {
    offsets: OffsetUnit::Utf16,
    tokens: false,
};

/// Analyzes `text`. `options` may be `undefined` or `{ offsets: "utf16" | "code_point" | "byte",
/// tokens: bool }`; the default is UTF-16 offsets without tokens, what the page renders.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let opts = if options.is_undefined() || options.is_null() {
        FOR_RENDERING
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("bad options: {e}")))?
    };
    to_js(&crate::analyze(text, &opts))
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
