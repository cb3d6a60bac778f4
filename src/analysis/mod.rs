//! The analysis engine: quotes, their speakers, and entities across the
//! corpus. Pure functions over the model; no terminal code.

mod attribution;
mod entities;
pub mod lexicon;
mod quotes;
mod strlist;
mod tokens;
mod wordset;

use crate::ingest;
use crate::model::{Article, Corpus, Mention, Quote, Span};
use attribution::Unit;
use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Finds quotes, mentions and entities in every article, then merges the
/// entities across the corpus.
pub fn analyze(corpus: &mut Corpus) {
    // Articles are analysed in parallel (rayon's pool: all cores unless
    // RAYON_NUM_THREADS says otherwise); results keep article order, so the
    // output never depends on scheduling.
    let Corpus {
        sources, articles, ..
    } = corpus;
    // Stage one: quotes and names, article by article. An article with no
    // speaker described by a person's role (most articles) is resolved at
    // once: roles from other articles cannot change it. The others keep
    // their quotes and read their names again in stage two: their tables
    // of names, held until then, were most of the analysis's peak memory.
    let read: Vec<(Stage, Roles)> = articles
        .par_iter_mut()
        .map(|a| {
            let text = sources[a.source].text.as_str();
            let units = units(text, a);
            let mut found = attribution::find_quotes(text, &units);
            let mut names = entities::read_names(text, &units);
            let roles = names.take_roles();
            if found.iter().any(|f| entities::needs_corpus_roles(text, f)) {
                found.shrink_to_fit();
                (Stage::Waiting(found), roles)
            } else {
                let findings = entities::resolve(text, names, found, &HashMap::default());
                (Stage::Done(findings.into_article(a)), roles)
            }
        })
        .collect();
    // What each person's roles are, across articles: the Russian minister
    // of one article is Sergei Lavrov of another.
    let mut roles: HashMap<String, HashSet<String>> = HashMap::default();
    let read: Vec<Stage> = read
        .into_iter()
        .map(|(stage, learnt)| {
            for (key, r) in learnt {
                roles.entry(key).or_default().extend(r);
            }
            stage
        })
        .collect();
    // Stage two: the other speakers resolved, then entities merged.
    let local = articles
        .par_iter_mut()
        .zip(read)
        .map(|(a, stage)| match stage {
            Stage::Done(entities) => entities,
            Stage::Waiting(found) => {
                let text = sources[a.source].text.as_str();
                let names = entities::read_names(text, &units(text, a));
                entities::resolve(text, names, found, &roles).into_article(a)
            }
        })
        .collect();
    drop(roles);
    entities::merge_into(corpus, local);
}

/// An article after stage one: resolved already; or its quotes, waiting
/// for the corpus's roles.
enum Stage {
    Done(entities::MergeEntities),
    Waiting(Vec<attribution::Found>),
}

/// Corpus keys of the people an article names, with the roles it gives
/// them.
type Roles = Vec<(String, HashSet<String>)>;

/// One article's findings, with entities local to it: its mentions and
/// quotes name them by their place in `entities`.
pub struct ArticleFindings {
    pub entities: entities::MergeEntities,
    pub mentions: Vec<Mention>,
    pub quotes: Vec<Quote>,
}

impl ArticleFindings {
    /// Gives the article its mentions and quotes, sized to fit as the
    /// corpus keeps them (still numbered by the article's entities, until
    /// `entities::merge_into`), and returns the entities for the merge.
    fn into_article(self, article: &mut Article) -> entities::MergeEntities {
        article.mentions = self.mentions;
        article.mentions.shrink_to_fit();
        article.quotes = self.quotes;
        article.quotes.shrink_to_fit();
        self.entities
    }
}

/// The parts of a paragraph analysed apart: its lines, where they look like
/// paragraphs of their own (a line ending a sentence, or opening a quote);
/// hard-wrapped prose stays whole.
fn paragraph_lines(text: &str, para: Span) -> impl Iterator<Item = Span> + '_ {
    let mut start = para.start;
    let mut parts = Vec::new();
    let body = &text[para.range()];
    let mut offset = para.start;
    let lines: Vec<&str> = body.split('\n').collect();
    for (i, line) in lines.iter().enumerate() {
        let line_end = offset + line.len();
        if let Some(next) = lines.get(i + 1) {
            let prev = line.trim_end();
            let next = next.trim_start();
            let ends = prev.ends_with(['.', '!', '?', '”', '"', '’', ':', ')']);
            let opens = next.starts_with(['“', '"', '‘', '«', '”']);
            let long = prev.chars().count() > 100;
            if ends || opens || long {
                parts.push(ingest::trim_span(text, start, line_end));
                start = line_end + 1;
            }
        }
        offset = line_end + 1;
    }
    parts.push(ingest::trim_span(text, start, para.end));
    parts.into_iter().filter(|s| !s.is_empty())
}

/// The parts of an article analysed apart: its title, caption and
/// paragraph lines.
fn units(text: &str, article: &Article) -> Vec<Unit> {
    let mut units = vec![Unit::new(text, article.title)];
    if let Some(c) = article.caption {
        units.push(Unit::new(text, c));
    }
    for &p in &article.paragraphs {
        units.extend(paragraph_lines(text, p).map(|l| Unit::new(text, l)));
    }
    units
}
