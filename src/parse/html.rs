//! Saved web pages to article text (stub).
