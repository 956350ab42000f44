//! Markdown to article text (stub).
