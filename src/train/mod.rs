//! Native-only training and evaluation of the entity model: corpus readers ([`corpus`]), the
//! averaged perceptron ([`perceptron`]), exact-match scoring ([`score`]) and word clusters learned
//! from unlabeled text ([`clusters`]).

pub mod clusters;
pub mod corpus;
pub mod perceptron;
pub mod score;
