//! Files, folders and standard input -> sources -> articles.
//!
//! Bad input never stops the load: each problem is reported with the file
//! it concerns, and everything else is still read.

mod blocks;
pub mod caption;
pub mod layout;
mod read;

pub use blocks::{is_space, trim as trim_span};
pub use read::{Input, Problem, read_bytes, read_inputs};

use crate::model::{Article, Corpus, Source, Span};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// What a load produced: the articles read and the problems met.
#[derive(Debug, Default)]
pub struct Loaded {
    pub corpus: Corpus,
    pub problems: Vec<Problem>,
}

/// Reads every path (files, folders, `-` for standard input) into a corpus
/// of articles, without analysis.
pub fn load_paths<P: AsRef<Path>>(paths: &[P]) -> Loaded {
    let (inputs, mut problems) = read_inputs(paths);
    let mut corpus = Corpus::default();
    let mut ids = Ids::new();
    // Sources are split into articles in parallel, then added in order.
    let split: Vec<Split> = inputs.into_par_iter().map(split_source).collect();
    for s in split {
        if let Some(problem) = add_split(&mut corpus, &mut ids, s) {
            problems.push(problem);
        }
    }
    Loaded { corpus, problems }
}

/// Reads bytes held in memory as if they were a file at `path`: the same
/// checks, decoding and problems (for tests and fuzzing).
pub fn load_bytes(path: &Path, bytes: &[u8]) -> Loaded {
    let (inputs, mut problems) = read_bytes(path, bytes.to_vec());
    let mut corpus = Corpus::default();
    let mut ids = Ids::new();
    for input in inputs {
        if let Some(problem) = add_source(&mut corpus, &mut ids, input) {
            problems.push(problem);
        }
    }
    Loaded { corpus, problems }
}

/// Reads in-memory texts (the bundled sample) into a corpus: (name, text)
/// pairs, borrowed or owned.
pub fn load_texts<N: AsRef<str>, T: AsRef<str>>(texts: &[(N, T)]) -> Corpus {
    let mut corpus = Corpus::default();
    let mut ids = Ids::new();
    for (name, text) in texts {
        let source = Source::from_text(name.as_ref().into(), text.as_ref().to_owned());
        add_source(
            &mut corpus,
            &mut ids,
            Input {
                source,
                from_folder: false,
            },
        );
    }
    corpus
}

/// Splits one source into articles and adds them; reports a source that
/// holds none, or that had to be decoded with replacements.
fn add_source(corpus: &mut Corpus, ids: &mut Ids, input: Input) -> Option<Problem> {
    add_split(corpus, ids, split_source(input))
}

/// A source split into its articles, with their text hashes.
struct Split {
    source: Source,
    parts: Vec<layout::ArticleParts>,
    hashes: Vec<String>,
}

/// The part of `add_source` that needs no other source (run in parallel).
fn split_source(input: Input) -> Split {
    let Input { source, .. } = input;
    let file_name = source
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned());
    let file_date = file_name.as_deref().and_then(caption::date_in_file_name);
    let (_, parts) = layout::split(&source.text, file_date.as_deref());
    let hashes = parts
        .iter()
        .map(|p| article_hash(&source.text, p))
        .collect();
    Split {
        source,
        parts,
        hashes,
    }
}

/// The rest of `add_source`, in input order: ids made unique, articles
/// added.
fn add_split(corpus: &mut Corpus, ids: &mut Ids, split: Split) -> Option<Problem> {
    let Split {
        source,
        parts,
        hashes,
    } = split;
    if parts.is_empty() {
        let what = if source.text.is_empty() {
            "empty file, no article"
        } else {
            "only blank lines, no article"
        };
        return Some(Problem::new(&source.path, what));
    }
    let warning = source.first_invalid_byte.map(|at| {
        Problem::warning(
            &source.path,
            format!(
                "not valid UTF-8 (first bad byte at offset {at}); bad bytes are shown as U+FFFD"
            ),
        )
    });
    let source_id = corpus.sources.len();
    for (p, hash) in parts.into_iter().zip(hashes) {
        let id = unique_id(ids, hash);
        corpus.articles.push(Article {
            id,
            source: source_id,
            title: p.title,
            caption: p.caption,
            credit: p.credit,
            source_line: p.source_line,
            date: p.date,
            paragraphs: p.paragraphs,
            mentions: Vec::new(),
            quotes: Vec::new(),
        });
    }
    // (Unique while the corpus is read: no copy.)
    Arc::make_mut(&mut corpus.sources).push(source);
    warning
}

/// FNV-1a over the title and body: the same article read from another
/// path, or again, gets the same id.
fn article_hash(text: &str, parts: &layout::ArticleParts) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut byte = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    // (Each part ends with 0xff, a byte no UTF-8 text holds.)
    let mut feed = |s: &str| {
        s.bytes().for_each(&mut byte);
        byte(0xff);
    };
    feed(&text[parts.title.range()]);
    for p in &parts.paragraphs {
        feed(&text[Span::range(p)]);
    }
    format!("{h:016x}")
}

/// How many articles got each hash so far.
type Ids = HashMap<String, usize>;

/// The hash, or `hash-2`, `hash-3`... for the same article read again. A
/// count per hash keeps this linear when thousands of articles are the
/// same (hashes are hex, so a suffixed id never equals another hash).
fn unique_id(ids: &mut Ids, base: String) -> String {
    let n = ids.entry(base.clone()).or_insert(0);
    *n += 1;
    if *n == 1 { base } else { format!("{base}-{n}") }
}
