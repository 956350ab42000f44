//! Native-only training and evaluation of the entity model: corpus readers ([`corpus`]), the
//! averaged perceptron ([`perceptron`]), exact-match scoring ([`score`]) and word clusters learned
//! from unlabeled text ([`clusters`]) and from pretrained word vectors ([`embeddings`]), and the
//! span relabeler stacked on the tagger ([`relabel`]).

pub mod clusters;
pub mod corpus;
pub mod embeddings;
pub mod perceptron;
pub mod relabel;
pub mod score;
