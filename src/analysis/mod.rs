//! The analysis engine: quotes, their speakers, and entities across the
//! corpus. Pure functions over the model; no terminal code.

mod attribution;
mod entities;
pub mod lexicon;
mod quotes;
mod tokens;

use crate::model::{Article, Corpus, Quote, Source};
use attribution::Unit;
use std::collections::{HashMap, HashSet};

/// Finds quotes, mentions and entities in every article, then merges the
/// entities across the corpus.
pub fn analyze(corpus: &mut Corpus) {
    // Stage one: quotes and names, article by article.
    let read: Vec<(Vec<attribution::Found>, entities::Names)> = corpus
        .articles
        .iter()
        .map(|a| read_article(&corpus.sources[a.source], a))
        .collect();
    // What each person's roles are, across articles: the Russian minister
    // of one article is Sergei Lavrov of another.
    let mut roles: HashMap<String, HashSet<String>> = HashMap::new();
    for (_, names) in &read {
        for (key, r) in names.roles() {
            roles.entry(key).or_default().extend(r.iter().cloned());
        }
    }
    // Stage two: speakers resolved, then entities merged.
    let local = corpus
        .articles
        .iter()
        .zip(read)
        .map(|(a, (found, names))| {
            entities::resolve(&corpus.sources[a.source].text, names, found, &roles)
        })
        .collect();
    entities::merge_into(corpus, local);
}

/// One article's findings, with entities local to it.
pub struct ArticleFindings {
    pub entities: Vec<entities::LocalEntity>,
    pub mentions: Vec<entities::LocalMention>,
    pub quotes: Vec<(Quote, Option<usize>)>,
}

fn read_article(source: &Source, article: &Article) -> (Vec<attribution::Found>, entities::Names) {
    let text = source.text.as_str();
    let mut units = vec![Unit::new(text, article.title, false)];
    if let Some(c) = article.caption {
        units.push(Unit::new(text, c, false));
    }
    units.extend(article.paragraphs.iter().map(|&p| Unit::new(text, p, true)));
    let found = attribution::find_quotes(text, &units);
    let names = entities::read_names(text, &units);
    (found, names)
}
