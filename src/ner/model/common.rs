//! The sums of the word-local and neighbour features of the language's most common words,
//! computed once per process, each when a document first uses the word.
//!
//! [`super::Model::tag`] caches these sums per word, but only within one document, and an
//! article is short: about half of its distinct words are among the few thousand most common
//! English words (`the`, `said`, `minister`, `,`), and the first occurrence of each costs
//! 29 feature lookups in every article again. A word's sums depend on its text alone, so for a
//! fixed list of common words they are the same in every document: computed once, they turn
//! those lookups into copies. The list (`model/common-words.txt`, made by
//! `newslens common-words`) is counted on the training corpus, never on the articles being
//! analyzed, so it speeds up any English text alike; the scores, and so the tags, are exactly
//! those of the per-document caches. A word's sums are computed the first time a document
//! uses it (with that document's other lookups), not for the whole list up front: the first
//! analysis pays only for the words it has, and a list can be long without costing its
//! length in time or memory.

use std::ops::{Deref, DerefMut};
use std::sync::Mutex;

use super::features::{self, Scratch, TokInfo};
use super::{Batch, KeyMap, Model};
use crate::wordmap::WordMap;

/// Marks an offset into [`Sums::data`] rather than into a document's own sums (the
/// per-document caches of [`Model::tag`] hold offsets of either kind).
pub const COMMON: u32 = 1 << 31;

/// [`Sums::at`] of a word whose sums are not computed yet.
const UNFILLED: u32 = u32::MAX;

/// Token values of a fixed list of words and, as documents use them, their feature sums.
pub struct CommonWords {
    /// Index of each word by its text, for [`super::doc_infos`].
    by_text: WordMap<&'static str, u32>,
    /// Index of each word by its [`TokInfo::word`] hash, for [`Model::tag`].
    by_hash: KeyMap<u32>,
    infos: Vec<TokInfo>,
    /// The sums computed so far: one set per document being tagged at the same time. A
    /// tagging takes a set for the whole document (one lock, not one per word) and puts it
    /// back; a second thread tagging meanwhile (the CLI analyzes files in parallel) makes a
    /// set of its own instead of waiting, so each thread soon has one it keeps using.
    sums: Pool<Sums>,
    /// Token values of words not on the list, by text, as documents bring them
    /// ([`CommonWords::seen`]); one set per document being tagged, as `sums`.
    seen: Pool<SeenWords>,
}

/// Values kept from one document to the next, one per document in progress. A value taken
/// out by [`Pool::take`] goes back when its [`Taken`] is dropped, unless the thread is
/// unwinding from a panic: then it may be half-written, and it is dropped.
struct Pool<T> {
    free: Mutex<Vec<Box<T>>>,
    make: Box<dyn Fn() -> T + Send + Sync>,
}

impl<T> Pool<T> {
    fn new(make: impl Fn() -> T + Send + Sync + 'static) -> Self {
        Pool {
            free: Mutex::new(Vec::new()),
            make: Box::new(make),
        }
    }

    fn take(&self) -> Taken<'_, T> {
        let kept = self
            .free
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .pop();
        Taken {
            value: Some(kept.unwrap_or_else(|| Box::new((self.make)()))),
            pool: self,
        }
    }
}

/// A value out of a [`Pool`], for one document.
pub struct Taken<'a, T> {
    /// Always `Some` until dropped.
    value: Option<Box<T>>,
    pool: &'a Pool<T>,
}

impl<T> Deref for Taken<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.value.as_deref().expect("taken until dropped")
    }
}

impl<T> DerefMut for Taken<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.value.as_deref_mut().expect("taken until dropped")
    }
}

impl<T> Drop for Taken<'_, T> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        if let Some(v) = self.value.take() {
            self.pool
                .free
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .push(v);
        }
    }
}

/// Token values of words not on the list ([`CommonWords::seen`]). The texts are kept one
/// after another in one string (no allocation per word) and indexed by a hash of the text;
/// the values are in a vector of their own (a short map entry).
#[derive(Default)]
pub struct SeenWords {
    /// Per word, by [`text_hash`], its index.
    index: KeyMap<u32>,
    /// Word `k`'s text is `texts[ends[k - 1]..ends[k]]` (from 0 for the first).
    texts: String,
    ends: Vec<u32>,
    infos: Vec<TokInfo>,
}

/// The hash [`SeenWords::index`] keys a text by.
#[inline]
fn text_hash(text: &str) -> u64 {
    features::hash_bytes(0x5EE9, text.as_bytes())
}

/// At most this many words not on the list keep their token values in [`CommonWords::seen`]
/// (about 150 bytes each, 2.5 MB in all); further ones are computed per document, as before.
const MAX_SEEN: usize = 1 << 14;

/// Room made in [`SeenWords`] at its first word.
const SEEN_FIRST: usize = 1 << 12;

/// The token values of words not on the list, for one document ([`CommonWords::seen`]).
pub struct Seen<'a>(Taken<'a, SeenWords>);

impl Seen<'_> {
    /// The token values of `text`: kept from an earlier document, or made by `make` (and kept
    /// while there is room). They depend on the text alone (and the model), so a kept value is
    /// the one `make` would give.
    #[inline]
    pub fn info(&mut self, text: &str, make: impl FnOnce() -> TokInfo) -> TokInfo {
        let s = &mut *self.0;
        let h = text_hash(text);
        if let Some(&k) = s.index.get(&h) {
            let k = k as usize;
            let start = if k == 0 { 0 } else { s.ends[k - 1] as usize };
            if s.texts.get(start..s.ends[k] as usize) == Some(text) {
                return s.infos[k];
            }
            // Another text with the same hash (64 bits: not seen in practice) is not kept.
            return make();
        }
        let t = make();
        if s.infos.is_empty() {
            // Room for a few articles' words at once: growing the map rehashes it.
            s.index.reserve(SEEN_FIRST);
            s.infos.reserve(SEEN_FIRST);
            s.ends.reserve(SEEN_FIRST);
            s.texts.reserve(8 * SEEN_FIRST);
        }
        if s.infos.len() < MAX_SEEN {
            s.index.insert(h, s.infos.len() as u32);
            s.texts.push_str(text);
            s.ends.push(s.texts.len() as u32);
            s.infos.push(t);
        }
        t
    }
}

/// At most this many shape contexts keep their sums in [`Sums`] (`ntp` scores each, 5 MB
/// in all); further ones are summed per document, as before there was a shared table.
const MAX_CONTEXTS: usize = 1 << 14;

/// At most this many words not on the list keep their sums in [`Sums`] (`5 * ntp` scores
/// each, 6.6 MB in all with 80 scores); further ones are summed per document, as before.
const MAX_OTHER_WORDS: usize = 1 << 12;

/// At most this many words keep the sums of their word-local features where they start a
/// sentence in [`Sums`] (`ntp` scores each, 1.3 MB in all with 80 scores); further ones are
/// summed per document, as before.
const MAX_FIRST_WORDS: usize = 1 << 12;

/// The feature sums of the common words used so far, and of the shape contexts
/// ([`features::shape_context`]) seen so far.
pub struct Sums {
    /// Per word, where its sums start in `data` (`UNFILLED` until a document uses it).
    at: Vec<u32>,
    /// Per shape context, where its sums start in `data`. A context's features
    /// ([`features::SHAPE_CTX`]) depend on the shapes of three tokens alone, the same few
    /// thousand recur in every English text, and each costs six lookups in a document that
    /// sums it for itself.
    ctx: WordMap<features::CtxKey, u32>,
    /// Per word not on the list, by its [`TokInfo::word`] hash, where its sums start in `data`
    /// and the word classes they were computed with. Names and topic words recur across the
    /// articles of one reading session: about a quarter of the first occurrences, in a
    /// document, of words not on the list (70 distinct rs8-rs14 stories).
    others: KeyMap<(u32, u64, u64)>,
    /// Per word that started a sentence, by its [`TokInfo::word`] hash, where the sums of its
    /// word-local features as a sentence's first word start in `data`, and the word classes
    /// they were computed with (as `others`). Summed per document, they cost each sentence
    /// its first word's 19 lookups again: about a tenth of a document's lookups once the
    /// other sums are shared.
    first: KeyMap<(u32, u64, u64)>,
    /// Where the neighbour sums of the sentence padding ([`features::BOS`], [`features::EOS`])
    /// start in `data`, once computed: every sentence's first and last two tokens read them.
    pads: Option<(u32, u32)>,
    /// Per word used, `5 * ntp` scores: the word-local features of the word where it does not
    /// start its sentence, then the four sums of the features it gives its neighbours, as
    /// [`Model::neighbour_sums`] lays them out.
    pub(super) data: Vec<i32>,
    /// [`Model::tag_within`]'s per-document buffers, kept from one document to the next.
    pub(super) bufs: super::TagBufs,
}

impl CommonWords {
    /// The words of `list` (blank lines and repeats skipped), with token values from `model`.
    pub fn new(model: &Model, list: &'static str) -> CommonWords {
        let mut sc = Scratch::default();
        let mut by_text = WordMap::default();
        let mut by_hash = KeyMap::default();
        let mut infos = Vec::new();
        for w in list.lines().map(str::trim).filter(|w| !w.is_empty()) {
            let info = model.tok_info(w, &mut sc);
            if by_hash.contains_key(&info.word) {
                continue;
            }
            by_text.insert(w, infos.len() as u32);
            by_hash.insert(info.word, infos.len() as u32);
            infos.push(info);
        }
        let words = infos.len();
        CommonWords {
            sums: Pool::new(move || Sums {
                at: vec![UNFILLED; words],
                ctx: WordMap::default(),
                others: KeyMap::default(),
                first: KeyMap::default(),
                pads: None,
                data: Vec::new(),
                bufs: Default::default(),
            }),
            by_text,
            by_hash,
            infos,
            seen: Pool::new(SeenWords::default),
        }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.infos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.infos.is_empty()
    }

    /// The token values of `text` if it is one of the words.
    #[inline]
    pub fn info(&self, text: &str) -> Option<TokInfo> {
        self.by_text.get(text).map(|&i| self.infos[i as usize])
    }

    /// The index of the word with [`TokInfo::word`] hash `word`, if it is one of them.
    #[inline]
    pub fn index(&self, word: u64) -> Option<u32> {
        self.by_hash.get(&word).copied()
    }

    /// The token values of other words, for one document. Names and topic words recur across
    /// the articles of a reading session, and each first occurrence in a document was
    /// normalized, lower-cased, hashed eleven times and looked up in the lexicon again.
    pub(super) fn seen(&self) -> Seen<'_> {
        Seen(self.seen.take())
    }

    /// The sums, for one document (see [`Pool`]: a tagging that panics halfway drops its
    /// possibly incomplete sums rather than putting them back).
    pub(super) fn lock(&self) -> Taken<'_, Sums> {
        self.sums.take()
    }
}

/// The slot of word `t` in `map`, a table of at most `limit` words, made by `fill` the first
/// time; `None` once the table is full, or if the word came with other word classes before
/// (never in the pipeline).
#[inline]
fn word_slot(
    map: &mut KeyMap<(u32, u64, u64)>,
    limit: usize,
    t: &TokInfo,
    fill: impl FnOnce() -> u32,
) -> Option<u32> {
    if let Some(&(a, cluster, emb)) = map.get(&t.word) {
        return (cluster == t.cluster && emb == t.emb).then_some(a);
    }
    if map.len() >= limit {
        return None;
    }
    let a = fill();
    map.insert(t.word, (a, t.cluster, t.emb));
    Some(a)
}

/// Makes room in `data` for the sums of word `t`'s word-local features (as a sentence's
/// first word if `first`), queues the features in `batch` and returns where they start.
fn local_sums(
    data: &mut Vec<i32>,
    model: &Model,
    t: &TokInfo,
    first: bool,
    batch: &mut Batch,
) -> u32 {
    let a = data.len();
    data.resize(a + model.ntp, 0);
    for h in features::local_features(t, first) {
        model.probe_into(h, a, batch);
    }
    a as u32
}

impl Sums {
    /// Where the sums of word `k` of `words` start in [`Sums::data`]. The first time, room is
    /// made for them and their features are queued in `batch` (with destinations in `data`):
    /// they hold their values once the caller has added `batch`'s rows to `data`
    /// ([`Model::add_rows`]), before it reads them.
    #[inline]
    pub(super) fn slot(
        &mut self,
        model: &Model,
        words: &CommonWords,
        k: u32,
        batch: &mut Batch,
    ) -> u32 {
        let a = self.at[k as usize];
        if a != UNFILLED {
            return a;
        }
        let a = self.fill_word(model, &words.infos[k as usize], batch);
        self.at[k as usize] = a;
        a
    }

    /// [`Sums::slot`] for a word not on the list, with its token values `t`; `None` once the
    /// table holds [`MAX_OTHER_WORDS`] others (or, never in the pipeline, if the word came
    /// with other word classes before).
    #[inline]
    pub(super) fn other_slot(
        &mut self,
        model: &Model,
        t: &TokInfo,
        batch: &mut Batch,
    ) -> Option<u32> {
        let data = &mut self.data;
        word_slot(&mut self.others, MAX_OTHER_WORDS, t, || {
            let a = local_sums(data, model, t, false, batch);
            model.neighbour_sums(t, data, batch);
            a
        })
    }

    /// Where the sums of the word-local features of word `t` as a sentence's first word start
    /// in [`Sums::data`], queued in `batch` the first time, as in [`Sums::slot`]; `None` once
    /// the table holds [`MAX_FIRST_WORDS`] such words (or if the word came with other word
    /// classes before, as in [`Sums::other_slot`]).
    #[inline]
    pub(super) fn first_slot(
        &mut self,
        model: &Model,
        t: &TokInfo,
        batch: &mut Batch,
    ) -> Option<u32> {
        let data = &mut self.data;
        word_slot(&mut self.first, MAX_FIRST_WORDS, t, || {
            local_sums(data, model, t, true, batch)
        })
    }

    /// Where the neighbour sums of [`features::BOS`] and [`features::EOS`] start in
    /// [`Sums::data`], queued in `batch` the first time, as in [`Sums::slot`].
    #[inline]
    pub(super) fn pads(&mut self, model: &Model, batch: &mut Batch) -> (u32, u32) {
        if let Some(p) = self.pads {
            return p;
        }
        let b = model.neighbour_sums(&features::BOS, &mut self.data, batch);
        let e = model.neighbour_sums(&features::EOS, &mut self.data, batch);
        self.pads = Some((b, e));
        (b, e)
    }

    /// Makes room for the sums of word `t` (as [`Sums::data`] lays them out), queues its
    /// features in `batch` and returns where they start.
    fn fill_word(&mut self, model: &Model, t: &TokInfo, batch: &mut Batch) -> u32 {
        let a = local_sums(&mut self.data, model, t, false, batch);
        model.neighbour_sums(t, &mut self.data, batch);
        a
    }

    /// Where the sums of shape context `key` start in [`Sums::data`], its features (`feats`)
    /// queued in `batch` the first time, as in [`Sums::slot`]; `None` once the table holds
    /// [`MAX_CONTEXTS`] others.
    #[inline]
    pub(super) fn ctx_slot(
        &mut self,
        model: &Model,
        key: features::CtxKey,
        feats: impl FnOnce() -> [u64; 6],
        batch: &mut Batch,
    ) -> Option<u32> {
        if let Some(&a) = self.ctx.get(&key) {
            return Some(a);
        }
        if self.ctx.len() >= MAX_CONTEXTS {
            return None;
        }
        let a = self.data.len();
        self.data.resize(a + model.ntp, 0);
        for h in feats() {
            model.probe_into(h, a, batch);
        }
        self.ctx.insert(key, a as u32);
        Some(a as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_equal_the_per_document_ones() {
        let m = super::super::shipped();
        let list = "the\nsaid\nThe\nminister\n,\nthe\n\n";
        let c = CommonWords::new(m, list);
        // `the` twice: once.
        assert_eq!(c.len(), 5);
        let nt = m.ntp;
        let mut sc = Scratch::default();
        let mut sums = c.lock();
        let (mut batch, mut scratch) = (Batch::default(), Vec::new());
        // Filled in an order of their own, one twice.
        let order = [3u32, 0, 3, 4, 1, 2];
        let at: Vec<u32> = order
            .iter()
            .map(|&k| sums.slot(m, &c, k, &mut batch))
            .collect();
        assert_eq!(at[0], at[2]);
        m.add_rows(&mut batch, &mut scratch, &mut sums.data);
        for (k, w) in ["the", "said", "The", "minister", ","].iter().enumerate() {
            let t = m.tok_info(w, &mut sc);
            assert_eq!(c.info(w), Some(t));
            assert_eq!(c.index(t.word), Some(k as u32));
            let a = at[order.iter().position(|&o| o == k as u32).unwrap()] as usize;
            let mut want = vec![0; nt];
            for h in features::local_features(&t, false) {
                if h != features::NONE {
                    m.add(h, &mut want);
                }
            }
            assert_eq!(&sums.data[a..a + nt], &want[..]);
            assert!(want.iter().any(|&v| v != 0));
            let (mut nbr, mut b, mut s) = (Vec::new(), Batch::default(), Vec::new());
            m.neighbour_sums(&t, &mut nbr, &mut b);
            m.add_rows(&mut b, &mut s, &mut nbr);
            assert_eq!(&sums.data[a + nt..a + 5 * nt], &nbr[..]);
        }
        assert_eq!(c.info("Minister"), None);
        assert_eq!(c.index(m.tok_info("Minister", &mut sc).word), None);
    }

    #[test]
    fn other_words_share_sums_only_with_the_same_word_classes() {
        let m = super::super::shipped();
        let c = CommonWords::new(m, "the\n");
        let nt = m.ntp;
        let mut sc = Scratch::default();
        let mut sums = c.lock();
        let (mut batch, mut scratch) = (Batch::default(), Vec::new());
        let t = m.tok_info("Islamabad", &mut sc);
        let a = sums.other_slot(m, &t, &mut batch).unwrap() as usize;
        m.add_rows(&mut batch, &mut scratch, &mut sums.data);
        assert_eq!(sums.other_slot(m, &t, &mut batch), Some(a as u32));
        assert!(batch.items.is_empty());
        let (mut nbr, mut b, mut s) = (Vec::new(), Batch::default(), Vec::new());
        m.neighbour_sums(&t, &mut nbr, &mut b);
        m.add_rows(&mut b, &mut s, &mut nbr);
        assert_eq!(&sums.data[a + nt..a + 5 * nt], &nbr[..]);
        // The same word with other word classes (a token not from `Model::tok_info`): not the
        // shared sums.
        let bare = TokInfo::new("Islamabad", &mut sc);
        assert_eq!(bare.word, t.word);
        assert_ne!((bare.cluster, bare.emb), (t.cluster, t.emb));
        assert_eq!(sums.other_slot(m, &bare, &mut batch), None);
    }

    #[test]
    fn first_words_and_padding_share_their_sums() {
        let m = super::super::shipped();
        let c = CommonWords::new(m, "the\n");
        let nt = m.ntp;
        let mut sc = Scratch::default();
        let mut sums = c.lock();
        let (mut batch, mut scratch) = (Batch::default(), Vec::new());
        let t = m.tok_info("Islamabad", &mut sc);
        let a = sums.first_slot(m, &t, &mut batch).unwrap() as usize;
        let (b, e) = sums.pads(m, &mut batch);
        m.add_rows(&mut batch, &mut scratch, &mut sums.data);
        // Kept: nothing queued the second time.
        assert_eq!(sums.first_slot(m, &t, &mut batch), Some(a as u32));
        assert_eq!(sums.pads(m, &mut batch), (b, e));
        assert!(batch.items.is_empty());
        let mut want = vec![0; nt];
        for h in features::local_features(&t, true) {
            if h != features::NONE {
                m.add(h, &mut want);
            }
        }
        assert_eq!(&sums.data[a..a + nt], &want[..]);
        for (pad, at) in [(&features::BOS, b), (&features::EOS, e)] {
            let (mut nbr, mut bt, mut s) = (Vec::new(), Batch::default(), Vec::new());
            m.neighbour_sums(pad, &mut nbr, &mut bt);
            m.add_rows(&mut bt, &mut s, &mut nbr);
            let at = at as usize;
            assert_eq!(&sums.data[at..at + 4 * nt], &nbr[..]);
        }
        // The same word with other word classes: not the shared sums.
        let bare = TokInfo::new("Islamabad", &mut sc);
        assert_eq!(sums.first_slot(m, &bare, &mut batch), None);
    }

    #[test]
    fn seen_words_keep_their_values() {
        let m = super::super::shipped();
        let c = CommonWords::new(m, "the\n");
        let mut sc = Scratch::default();
        let mut seen = c.seen();
        let (t, u) = (
            m.tok_info("Islamabad", &mut sc),
            m.tok_info("Karachi", &mut sc),
        );
        assert_eq!(seen.info("Islamabad", || t), t);
        assert_eq!(seen.info("Karachi", || u), u);
        // Kept: not made again.
        assert_eq!(seen.info("Islamabad", || unreachable!()), t);
        assert_eq!(seen.info("Karachi", || unreachable!()), u);
        assert_eq!(seen.info("Karachi's", || t), t);
    }

    #[test]
    fn a_document_without_sentences_leaves_the_padding_sums_whole() {
        // A model of its own: the shipped one's shared sums may be filled by other tests.
        let bytes: &[u8] = include_bytes!("../../../model/ontonotes.nlm");
        let with = Model::from_bytes(bytes)
            .unwrap()
            .with_common_words(include_str!("../../../model/common-words.txt"));
        let without = Model::from_bytes(bytes).unwrap();
        let text = "Ishaq Dar met Wang Yi in Beijing . China said 12 agreements were signed";
        let mut sc = Scratch::default();
        let toks: Vec<TokInfo> = text.split(' ').map(|w| with.tok_info(w, &mut sc)).collect();
        // Tokens but no sentences first (the padding sums would be made here and never
        // filled), then a document.
        assert_eq!(with.tag(&toks, &[]), vec![0; toks.len()]);
        let sents = [0..8, 8..toks.len()];
        assert_eq!(with.tag(&toks, &sents), without.tag(&toks, &sents));
        let sums = with.common().unwrap().lock();
        let (b, e) = sums.pads.expect("padding sums made by the document");
        for (pad, at) in [(&features::BOS, b), (&features::EOS, e)] {
            let (mut nbr, mut bt, mut s) = (Vec::new(), Batch::default(), Vec::new());
            with.neighbour_sums(pad, &mut nbr, &mut bt);
            with.add_rows(&mut bt, &mut s, &mut nbr);
            let at = at as usize;
            assert_eq!(&sums.data[at..at + nbr.len()], &nbr[..]);
            assert!(nbr.iter().any(|&v| v != 0));
        }
    }

    #[test]
    fn tags_are_those_without_the_common_words() {
        let with = super::super::shipped();
        assert!(with.common().is_some_and(|c| c.len() > 1000));
        let bytes: &[u8] = include_bytes!("../../../model/ontonotes.nlm");
        let without = Model::from_bytes(bytes).unwrap();
        assert!(without.common().is_none());
        let text = "The minister said on Tuesday that the government of Pakistan would sign \
                    12 agreements with China worth $ 1.5 billion . Ishaq Dar met Wang Yi in \
                    Beijing , and the two sides said the talks were the best in years . \
                    The said minister said the the , , said .";
        let mut sc = Scratch::default();
        let toks: Vec<TokInfo> = text.split(' ').map(|w| with.tok_info(w, &mut sc)).collect();
        let n = toks.len();
        let sents = [0..21, 21..n - 10, n - 10..n];
        let tags = with.tag(&toks, &sents);
        assert_eq!(tags, without.tag(&toks, &sents));
        // Again, with the shared sums (common and other words, shape contexts) now filled by
        // the first call.
        assert_eq!(with.tag(&toks, &sents), tags);
        // Names found, so the comparison is not between two empty taggings.
        assert!(tags.iter().filter(|&&t| t != 0).count() >= 6);
    }

    /// A second document tagged while the first holds the pool's value gets one of its own
    /// instead of waiting; both go back, and later documents reuse them.
    #[test]
    fn a_pool_lends_one_value_per_document_in_progress() {
        let pool = Pool::new(|| vec![0u8; 4]);
        {
            let mut a = pool.take();
            let mut b = pool.take();
            a[0] = 1;
            b[0] = 2;
            assert_eq!((a[0], b[0]), (1, 2));
        }
        assert_eq!(pool.free.lock().unwrap().len(), 2);
        let again = pool.take();
        assert!(again[0] == 1 || again[0] == 2, "a kept value is reused");
        assert_eq!(pool.free.lock().unwrap().len(), 1);
        let panicked = std::thread::scope(|s| {
            s.spawn(|| {
                let _v = pool.take();
                panic!("halfway");
            })
            .join()
        });
        assert!(panicked.is_err());
        assert_eq!(
            pool.free.lock().unwrap().len(),
            0,
            "a value held through a panic is not put back"
        );
    }
}
