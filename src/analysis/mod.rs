//! The analysis engine: quotes, their speakers, and entities across the
//! corpus. Pure functions over the model; no terminal code.

mod attribution;
mod entities;
pub mod lexicon;
mod quotes;
mod tokens;

use crate::model::{Article, Corpus, Quote, Source};
use attribution::Unit;

/// Finds quotes, mentions and entities in every article, then merges the
/// entities across the corpus.
pub fn analyze(corpus: &mut Corpus) {
    let mut local = Vec::with_capacity(corpus.articles.len());
    for article in &corpus.articles {
        local.push(analyze_article(&corpus.sources[article.source], article));
    }
    entities::merge_into(corpus, local);
}

/// One article's findings, with entities local to it.
pub struct ArticleFindings {
    pub entities: Vec<entities::LocalEntity>,
    pub mentions: Vec<entities::LocalMention>,
    pub quotes: Vec<(Quote, Option<usize>)>,
}

fn analyze_article(source: &Source, article: &Article) -> ArticleFindings {
    let text = source.text.as_str();
    let mut units = vec![Unit::new(text, article.title, false)];
    if let Some(c) = article.caption {
        units.push(Unit::new(text, c, false));
    }
    units.extend(article.paragraphs.iter().map(|&p| Unit::new(text, p, true)));
    let found = attribution::find_quotes(text, &units);
    entities::resolve(text, &units, found)
}
