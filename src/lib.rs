//! newslens core: turns the raw text of a news article into structure and entities.
//!
//! Data flows one way: bytes are decoded ([`decode`]), the article's regions are found
//! ([`parse`]), the text is split into tokens and sentences ([`tokenize`], [`parse::sentences`]),
//! entities are recognized ([`ner`]) and everything is returned as an [`Analysis`] whose offsets
//! are in the unit the caller asked for ([`offsets`]). Nothing here knows about the DOM; the
//! wasm bindings live in `wasm.rs` and only translate.

pub mod analysis;
pub mod decode;
pub mod error;
pub mod export;
pub mod ner;
pub mod offsets;
pub mod parse;
pub mod pipeline;
pub mod tokenize;
/// Training and evaluation of the entity model (native only).
#[cfg(not(target_arch = "wasm32"))]
pub mod train;
pub mod wordmap;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{Analysis, Entity, Label, Options, Region, Span, Token};
pub use error::InputError;
pub use offsets::OffsetUnit;
pub use pipeline::{analyze, load};
