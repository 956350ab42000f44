//! Readers for the training corpora: OntoNotes 5.0 in CoNLL-2012 form (`token\tPOS\tIOB2`) and
//! CoNLL-2003 (`token POS chunk IOB1`). Both become [`Corpus`] documents with entity spans.

use std::ops::Range;

/// One document: its tokens, sentences (token ranges) and gold entities `(start, end, label)`.
#[derive(Debug, Clone, Default)]
pub struct TDoc {
    pub id: String,
    pub words: Vec<String>,
    pub sents: Vec<Range<usize>>,
    pub spans: Vec<(usize, usize, usize)>,
}

#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub labels: Vec<String>,
    pub docs: Vec<TDoc>,
}

impl Corpus {
    pub fn n_tokens(&self) -> usize {
        self.docs.iter().map(|d| d.words.len()).sum()
    }
    pub fn n_entities(&self) -> usize {
        self.docs.iter().map(|d| d.spans.len()).sum()
    }
}

/// The `n` most frequent words of a corpus (case kept), most frequent first, ties in byte
/// order; Penn Treebank bracket tokens (`-LRB-`) are left out: raw text never has them. For
/// [`crate::ner::model::common`]: the words whose feature sums are worth computing once.
pub fn common_words(c: &Corpus, n: usize) -> Vec<String> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for w in c.docs.iter().flat_map(|d| &d.words) {
        *counts.entry(w.as_str()).or_default() += 1;
    }
    let is_bracket = |w: &str| w.len() > 2 && w.starts_with('-') && w.ends_with('-');
    let mut words: Vec<(&str, usize)> =
        counts.into_iter().filter(|(w, _)| !is_bracket(w)).collect();
    words.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    words
        .into_iter()
        .take(n)
        .map(|(w, _)| w.to_string())
        .collect()
}

/// The OntoNotes label set, in `Label::ALL` order.
pub fn ontonotes_labels() -> Vec<String> {
    crate::analysis::Label::ALL
        .iter()
        .map(|l| l.as_str().to_string())
        .collect()
}

pub fn conll_labels() -> Vec<String> {
    ["PER", "ORG", "LOC", "MISC"]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

/// Which file layout to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `token\tPOS\tIOB2`, `-DOCSTART-\tid\tO` before each document.
    OntoNotes,
    /// `token POS chunk IOB1`, `-DOCSTART- -X- -X- O` between documents.
    Conll2003,
}

/// Parses a corpus file. Tags of labels not in `labels` are an error.
pub fn parse(text: &str, format: Format, labels: Vec<String>) -> Result<Corpus, String> {
    let mut docs = Vec::new();
    let mut doc = TDoc::default();
    let mut sent_start = 0;
    // Current entity: (start, label), and the previous raw tag for IOB1.
    let mut open: Option<(usize, usize)> = None;
    let mut prev_label: Option<usize> = None;
    let label_idx = |l: &str| labels.iter().position(|x| x == l);
    let close_sent = |doc: &mut TDoc, sent_start: &mut usize, open: &mut Option<(usize, usize)>| {
        if let Some((s, l)) = open.take() {
            doc.spans.push((s, doc.words.len(), l));
        }
        if doc.words.len() > *sent_start {
            doc.sents.push(*sent_start..doc.words.len());
        }
        *sent_start = doc.words.len();
    };
    for (ln, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            close_sent(&mut doc, &mut sent_start, &mut open);
            prev_label = None;
            continue;
        }
        let cols: Vec<&str> = match format {
            Format::OntoNotes => line.split('\t').collect(),
            Format::Conll2003 => line.split(' ').collect(),
        };
        if cols[0] == "-DOCSTART-" {
            close_sent(&mut doc, &mut sent_start, &mut open);
            prev_label = None;
            if !doc.words.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            doc = TDoc {
                id: cols.get(1).copied().unwrap_or("").to_string(),
                ..TDoc::default()
            };
            sent_start = 0;
            continue;
        }
        let tag = *cols.last().unwrap();
        if cols.len() < 2 {
            return Err(format!("line {}: expected columns, got {line:?}", ln + 1));
        }
        let i = doc.words.len();
        doc.words.push(cols[0].to_string());
        let (kind, label) = if tag == "O" {
            ('O', None)
        } else {
            let (k, l) = tag
                .split_once('-')
                .ok_or_else(|| format!("line {}: bad tag {tag}", ln + 1))?;
            let li = label_idx(l).ok_or_else(|| format!("line {}: unknown label {l}", ln + 1))?;
            (k.chars().next().unwrap_or('O'), Some(li))
        };
        // IOB1: I- starts an entity unless it continues one of the same label; B- only between
        // two touching entities of one label. IOB2: B- always starts.
        let starts = match (kind, label) {
            (_, None) => false,
            ('B', _) => true,
            (_, Some(l)) => match format {
                Format::OntoNotes => open.map(|o| o.1) != Some(l),
                Format::Conll2003 => prev_label != Some(l) || open.is_none(),
            },
        };
        if label.is_none() || starts {
            if let Some((s, l)) = open.take() {
                doc.spans.push((s, i, l));
            }
        }
        if starts {
            open = Some((i, label.unwrap()));
        }
        prev_label = label;
    }
    close_sent(&mut doc, &mut sent_start, &mut open);
    if !doc.words.is_empty() {
        docs.push(doc);
    }
    Ok(Corpus { labels, docs })
}

pub fn read(path: &str, format: Format) -> Result<Corpus, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let labels = match format {
        Format::OntoNotes => ontonotes_labels(),
        Format::Conll2003 => conll_labels(),
    };
    parse(&text, format, labels)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_by_count_without_brackets() {
        let doc = |w: &[&str]| TDoc {
            words: w.iter().map(|s| s.to_string()).collect(),
            ..TDoc::default()
        };
        let c = Corpus {
            labels: vec![],
            docs: vec![
                doc(&["the", "-LRB-", "cat", "-LRB-", "-LRB-", "the", "said"]),
                doc(&["The", "cat", "the", "-", "--"]),
            ],
        };
        assert_eq!(common_words(&c, 3), ["the", "cat", "-"]);
        assert_eq!(
            common_words(&c, 10),
            ["the", "cat", "-", "--", "The", "said"]
        );
    }

    #[test]
    fn reads_ontonotes_iob2() {
        let t = "-DOCSTART-\tnw/x\tO\n\nIn\tIN\tO\nNew\tNNP\tB-GPE\nYork\tNNP\tI-GPE\nChina\tNNP\tB-GPE\n\nHi\tUH\tO\n\n-DOCSTART-\tnw/y\tO\n\nBob\tNNP\tB-PERSON\n";
        let c = parse(t, Format::OntoNotes, ontonotes_labels()).unwrap();
        assert_eq!(c.docs.len(), 2);
        let gpe = 4;
        assert_eq!(c.docs[0].spans, vec![(1, 3, gpe), (3, 4, gpe)]);
        assert_eq!(c.docs[0].sents, vec![0..4, 4..5]);
        assert_eq!(c.docs[1].id, "nw/y");
        assert_eq!(c.docs[1].spans, vec![(0, 1, 0)]);
    }

    #[test]
    fn converts_conll_iob1() {
        let t = "-DOCSTART- -X- -X- O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\nBritish JJ I-NP B-MISC\nlamb NN I-NP O\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nLondon NNP I-NP I-LOC\n";
        let c = parse(t, Format::Conll2003, conll_labels()).unwrap();
        assert_eq!(
            c.docs[0].spans,
            vec![(0, 1, 1), (2, 3, 3), (3, 4, 3), (5, 7, 0), (7, 8, 2)]
        );
    }
}
