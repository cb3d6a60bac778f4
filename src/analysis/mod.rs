//! The analysis engine: quotes, their speakers, and entities across the
//! corpus. Pure functions over the model; no terminal code.

mod attribution;
mod entities;
pub mod lexicon;
mod merge;
mod quotes;
mod strlist;
mod title_case;
mod tokens;
mod wordset;

use crate::ingest;
use crate::model::{Article, Corpus, Mention, Quote, Span};
use attribution::Unit;
use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Finds quotes, mentions and entities in every article, then merges the
/// entities across the corpus.
pub fn analyze(corpus: &mut Corpus) {
    analyze_holding(corpus, HELD_TEXT_BYTES);
}

/// `analyze`, trading memory for time as the reader does: the tables of
/// names of more waiting articles are held (`READER_HELD_TEXT_BYTES`).
/// The result is the same.
pub fn analyze_for_reader(corpus: &mut Corpus) {
    analyze_holding(corpus, READER_HELD_TEXT_BYTES);
}

/// `analyze`, holding the tables of names of waiting articles up to
/// `held_text_bytes` of their text.
fn analyze_holding(corpus: &mut Corpus, held_text_bytes: usize) {
    // Articles are analysed in parallel (rayon's pool: all cores unless
    // RAYON_NUM_THREADS says otherwise); results keep article order, so the
    // output never depends on scheduling.
    let Corpus {
        sources, articles, ..
    } = corpus;
    // Stage one: quotes and names, article by article. An article with no
    // speaker described by a person's role (most articles) is resolved at
    // once: roles from other articles cannot change it. The others wait
    // for stage two: the first of them, up to `held_text_bytes` of text, keep
    // their tables of names; the rest keep their quotes and read their
    // names again then (held for all, the tables were most of the
    // analysis's peak memory on a large corpus; read again for all, a
    // seventh of its work).
    let held_text = AtomicUsize::new(0);
    let read: Vec<(Stage, Roles)> = articles
        .par_iter_mut()
        .map(|a| {
            let text = sources[a.source].text.as_str();
            let units = units(text, a);
            let mut found = attribution::find_quotes(text, &units);
            let mut names = entities::read_names(text, &units);
            if found.iter().any(|f| entities::needs_corpus_roles(text, f)) {
                found.shrink_to_fit();
                let size: usize = a.paragraphs.iter().map(Span::len).sum();
                let hold = held_text
                    .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |held| {
                        (held + size <= held_text_bytes).then_some(held + size)
                    })
                    .is_ok();
                if hold {
                    let roles = names.roles();
                    return (Stage::Held(Box::new(names), found), roles);
                }
                (Stage::Waiting(found), names.take_roles())
            } else {
                let roles = names.take_roles();
                let findings = entities::resolve(text, names, found, &HashMap::default());
                (Stage::Done(findings.into_article(a)), roles)
            }
        })
        .collect();
    // What each person's roles are, across articles: the Russian minister
    // of one article is Sergei Lavrov of another. Kept article by article
    // (each distinct set once): pooled into one set, one article's slip
    // and another's roles made `the former president` of Bernie Sanders.
    let mut distinct: HashMap<String, HashSet<Box<[String]>>> = HashMap::default();
    let read: Vec<Stage> = read
        .into_iter()
        .map(|(stage, learnt)| {
            for (key, r) in learnt {
                let mut r: Vec<String> = r.into_iter().collect();
                r.sort_unstable();
                distinct
                    .entry(key)
                    .or_default()
                    .insert(r.into_boxed_slice());
            }
            stage
        })
        .collect();
    let roles: entities::CorpusRoles = distinct
        .into_iter()
        .map(|(key, sets)| (key, sets.into_iter().collect()))
        .collect();
    // Stage two: the other speakers resolved, then entities merged.
    let local = articles
        .par_iter_mut()
        .zip(read)
        .map(|(a, stage)| match stage {
            Stage::Done(entities) => entities,
            Stage::Held(names, found) => {
                let text = sources[a.source].text.as_str();
                entities::resolve(text, *names, found, &roles).into_article(a)
            }
            Stage::Waiting(found) => {
                let text = sources[a.source].text.as_str();
                let names = entities::read_names(text, &units(text, a));
                entities::resolve(text, names, found, &roles).into_article(a)
            }
        })
        .collect();
    drop(roles);
    merge::merge_into(corpus, local);
}

/// An article after stage one: resolved already; or waiting for the
/// corpus's roles with its table of names and its quotes, or its quotes
/// alone.
enum Stage {
    Done(merge::MergeEntities),
    // (Boxed: a table of names is some hundreds of bytes, the other
    // stages a few words.)
    Held(Box<entities::Names>, Vec<attribution::Found>),
    Waiting(Vec<attribution::Found>),
}

/// How much text (bytes of paragraphs) of the articles waiting for corpus
/// roles keeps its tables of names for stage two; the rest is read again.
/// A table takes a few times its text: this bounds the cost in memory to
/// some megabytes at any corpus size.
const HELD_TEXT_BYTES: usize = 1_000_000;

/// `HELD_TEXT_BYTES` for the reader, whose first frame with quotes waits
/// for the analysis and whose memory holds the corpus twice meanwhile
/// anyway: the waiting articles of 10,000 (about 13 MB of their text) are
/// all held, stage two takes half the time, and the first frame comes
/// 0.1-0.2 s sooner, for about 20 MB more at the reader's peak. Bounded
/// so that a larger corpus holds at most some 60 MB more.
const READER_HELD_TEXT_BYTES: usize = 16_000_000;

/// Corpus keys of the people an article names, with the roles it gives
/// them.
type Roles = Vec<(String, HashSet<String>)>;

/// One article's findings, with entities local to it: its mentions and
/// quotes name them by their place in `entities`.
pub struct ArticleFindings {
    pub entities: merge::MergeEntities,
    pub mentions: Vec<Mention>,
    pub quotes: Vec<Quote>,
}

impl ArticleFindings {
    /// Gives the article its mentions and quotes, sized to fit as the
    /// corpus keeps them (still numbered by the article's entities, until
    /// `merge::merge_into`), and returns the entities for the merge.
    fn into_article(self, article: &mut Article) -> merge::MergeEntities {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The bundled sample, and two articles where a description (`the
    /// Russian minister`) needs roles learnt from the other.
    fn corpus() -> Corpus {
        let mut texts: Vec<(String, String)> = crate::sample::FILES
            .iter()
            .map(|(name, text)| (name.to_string(), text.to_string()))
            .collect();
        texts.push((
            "roles.txt".into(),
            "Talks in Geneva\n\nRussian Foreign Minister Sergei Lavrov met his counterpart on Monday.\n".into(),
        ));
        texts.push((
            "waits.txt".into(),
            "Talks end\n\nSergei Lavrov arrived late. \"We are open to talks,\" the Russian minister said.\n".into(),
        ));
        ingest::load_texts(&texts)
    }

    fn export(corpus: &Corpus) -> String {
        let mut out = Vec::new();
        crate::export::write_json(corpus, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn held_tables_and_tables_read_again_give_the_same_analysis() {
        let (mut held, mut read_again) = (corpus(), corpus());
        analyze_holding(&mut held, usize::MAX);
        analyze_holding(&mut read_again, 0);
        let a = export(&held);
        assert_eq!(a, export(&read_again));
        // The waiting article's description did land on Lavrov.
        let lavrov = held
            .entities
            .iter()
            .position(|e| e.name == "Sergei Lavrov")
            .unwrap();
        let waits = held.articles.last().unwrap();
        assert_eq!(waits.quotes.len(), 1);
        assert_eq!(waits.quotes[0].speaker(), Some(lavrov));
    }

    #[test]
    fn entities_merge_alike_on_one_core_and_on_several() {
        // On several cores the merge shares the entities out among
        // workers; the corpus's entities, their names and numbers must
        // not depend on how. Four people, each named in full in some
        // articles and by surname alone in others.
        let people = ["Maria Keller", "Tomas Brandt", "Ana Souza", "Li Wei Chen"];
        let texts: Vec<(String, String)> = (0..12)
            .map(|i| {
                let full = people[i % 4];
                let other = people[(i + 1) % 4].rsplit(' ').next().unwrap();
                let text = format!(
                    "Report {i}\n\n{full} spoke in Geneva. \"We agreed,\" {full} said. \
                     {other} told reporters the talks would go on.\n"
                );
                (format!("{i}.txt"), text)
            })
            .collect();
        let on = |threads| {
            let mut c = ingest::load_texts(&texts);
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap()
                .install(|| analyze(&mut c));
            c
        };
        let one = on(1);
        assert_eq!(export(&one), export(&on(3)));
        for name in people {
            let person = one.entities.iter().position(|e| e.name == name);
            let person = person.unwrap_or_else(|| panic!("{name}"));
            let naming = one
                .articles
                .iter()
                .filter(|a| a.mentions.iter().any(|m| m.entity() == Some(person)))
                .count();
            assert_eq!(naming, 6, "{name}");
        }
    }
}
