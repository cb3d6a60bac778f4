//! Plain-text reports for the command line: `hearsay entities` and
//! `hearsay quotes --by NAME`. Text from the articles is made safe for a
//! terminal before it is printed.

use crate::app::index::Index;
use crate::display::{self, plural};
use crate::model::{Corpus, EntityIdx, EntityKind, LineStarts, QuoteKind};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use std::fmt::Write;

/// Every entity with its kind, quote and mention counts and aliases, most
/// quoted first.
pub fn entities(corpus: &Corpus, index: &Index) -> String {
    let mut rows = index.entities_all.clone();
    rows.sort_by(|a, b| {
        b.quotes
            .cmp(&a.quotes)
            .then(b.mentions.cmp(&a.mentions))
            .then_with(|| {
                corpus.entities[a.entity]
                    .name
                    .cmp(&corpus.entities[b.entity].name)
            })
    });
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:>6} {:>8}  {:<12}  name (aliases)",
        "quotes", "mentions", "kind"
    );
    for r in rows {
        let e = &corpus.entities[r.entity];
        let aliases: Vec<String> = e.aliases.iter().map(|a| display::clean(a)).collect();
        let aliases = if aliases.is_empty() {
            String::new()
        } else {
            format!("  ({})", aliases.join("; "))
        };
        let _ = writeln!(
            out,
            "{:>6} {:>8}  {:<12}  {}{}",
            r.quotes,
            r.mentions,
            e.kind.name(),
            display::clean(&e.name),
            aliases
        );
    }
    out
}

/// The person whose name or alias best matches `query` (fuzzy), the more
/// quoted first among equal matches.
pub fn best_person(corpus: &Corpus, index: &Index, query: &str) -> Option<EntityIdx> {
    let matcher = SkimMatcherV2::default().ignore_case();
    let quoted = |e: EntityIdx| index.quotes_by_speaker.get(e).map_or(0, Vec::len);
    corpus
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Person)
        .filter_map(|(i, e)| {
            let best = std::iter::once(&e.name)
                .chain(&e.aliases)
                .filter_map(|n| matcher.fuzzy_match(n, query))
                .max()?;
            Some((best, quoted(i), i))
        })
        .max_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)).then(b.2.cmp(&a.2)))
        .map(|(_, _, i)| i)
}

/// Every quote of one entity, grouped by article, each with its cue and
/// file position.
pub fn quotes_by(corpus: &Corpus, index: &Index, entity: EntityIdx) -> String {
    let e = &corpus.entities[entity];
    let refs = &index.quotes_by_speaker[entity];
    let articles = refs
        .iter()
        .map(|r| r.article)
        .collect::<std::collections::HashSet<_>>()
        .len();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}): {} quote{} in {articles} article{}",
        display::clean(&e.name),
        e.kind.name(),
        refs.len(),
        plural(refs.len()),
        plural(articles),
    );
    let mut current = None;
    // Line starts by source, made once each: a news dump's quotes would
    // otherwise count lines from its start, quote after quote.
    let mut lines: std::collections::HashMap<usize, LineStarts> = Default::default();
    for r in refs {
        let article = &corpus.articles[r.article];
        let source = corpus.source_of(article);
        if current != Some(r.article) {
            current = Some(r.article);
            let date = article
                .date
                .as_deref()
                .map(|d| format!(" ({d})"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "\n{}{}",
                display::clean(corpus.text(article, article.title)),
                date
            );
        }
        let q = &article.quotes[r.quote];
        let kind = match q.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "reported",
            QuoteKind::Mixed => "mixed",
        };
        let cue = q
            .cue()
            .map(|c| display::clean(corpus.text(article, c)))
            .unwrap_or_else(|| "-".to_owned());
        let mention = q
            .speaker_mention()
            .map(|m| display::clean(corpus.text(article, m)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {}:{}  [{kind}] {mention} {cue}: {}",
            source.path.display(),
            lines
                .entry(article.source)
                .or_insert_with(|| LineStarts::of(&source.text))
                .line_of(q.content().start),
            display::clean(corpus.text(article, q.content())),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analysis, ingest};

    fn corpus() -> (Corpus, Index) {
        let mut c = ingest::load_texts(&[
            (
                "a.txt",
                "One\n\nForeign Minister Sergei Lavrov said the talks failed.\n",
            ),
            (
                "b.txt",
                "Two\n\n“We are open,” Lavrov said. Mayor Ana Ruiz said the port was shut.\n",
            ),
        ]);
        analysis::analyze(&mut c);
        let i = Index::build(&c);
        (c, i)
    }

    #[test]
    fn the_best_fuzzy_match_is_found_and_listed_by_article() {
        let (c, i) = corpus();
        let e = best_person(&c, &i, "lavrov").unwrap();
        assert_eq!(c.entities[e].name, "Sergei Lavrov");
        assert_eq!(
            c.entities[best_person(&c, &i, "ruiz").unwrap()].name,
            "Ana Ruiz"
        );
        let text = quotes_by(&c, &i, e);
        assert!(
            text.starts_with("Sergei Lavrov (person): 2 quotes in 2 articles"),
            "{text}"
        );
        assert!(
            text.contains("\nOne\n  a.txt:3  [reported] Sergei Lavrov said: the talks failed"),
            "{text}"
        );
        assert!(
            text.contains("\nTwo\n  b.txt:3  [direct] Lavrov said: We are open,"),
            "{text}"
        );
    }

    #[test]
    fn entities_are_listed_most_quoted_first() {
        let (c, i) = corpus();
        let text = entities(&c, &i);
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines[1].contains("Sergei Lavrov") && lines[1].trim_start().starts_with('2'),
            "{text}"
        );
        assert!(lines[2].contains("Ana Ruiz"), "{text}");
    }
}
