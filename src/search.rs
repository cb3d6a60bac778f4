//! The finder's index: one fuzzy search over article titles, people,
//! organizations, places and quote text. Pure; no terminal code.

use crate::display;
use crate::model::{Article, ArticleIdx, Corpus, EntityIdx, EntityKind, Quote};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use rayon::prelude::*;
use std::borrow::Cow;

/// What a finder item opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Article(ArticleIdx),
    Entity(EntityIdx, EntityKind),
    Quote(ArticleIdx, usize),
}

impl Target {
    /// The label shown before a result.
    pub fn kind_label(&self) -> &'static str {
        match self {
            Target::Article(_) => "article",
            Target::Entity(_, EntityKind::Person) => "person",
            Target::Entity(_, EntityKind::Organization) => "org",
            Target::Entity(_, EntityKind::Place) => "place",
            Target::Entity(_, EntityKind::Other) => "entity",
            Target::Quote(..) => "quote",
        }
    }

    /// Named things rank above quote text that happens to match as well;
    /// people above organizations above articles above places: a place's
    /// view only lists the articles that name it, so an article whose
    /// title matches is the better first hit.
    fn bonus(&self) -> i64 {
        match self {
            Target::Entity(_, EntityKind::Person) => 20,
            Target::Entity(_, EntityKind::Organization) => 16,
            Target::Article(_) => 12,
            Target::Entity(_, EntityKind::Place) => 8,
            Target::Entity(_, EntityKind::Other) => 6,
            Target::Quote(..) => 0,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Item {
    pub target: Target,
    /// Added to the match score: how prominent the item is (an entity
    /// quoted and named often ranks above a stray one).
    pub weight: i64,
    /// One line, made safe for display; what the query is matched
    /// against. Empty for a quote, whose text the corpus holds already
    /// (see `FinderIndex::shown`).
    pub label: String,
    /// Shown after the label (article date, aliases); empty for a quote.
    pub detail: String,
}

/// One result: an item, its score, and the char indexes of `label` that
/// matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub item: usize,
    pub score: i64,
    pub matched: Vec<usize>,
}

#[derive(Debug, Default, Clone)]
pub struct FinderIndex {
    pub items: Vec<Item>,
    /// Per item, its label with each char lowercased (char for char, so
    /// the n-th char of both is the same letter): where quote text is
    /// searched, and a cheap first test for names. UTF-8, not chars: a
    /// quarter of the memory, and every key scans all of it.
    folded: Vec<Box<str>>,
}

fn fold(label: &str) -> Box<str> {
    if label.is_ascii() {
        // (Most labels: one copy, no char by char.)
        return label.to_ascii_lowercase().into();
    }
    label.chars().map(fold_char).collect::<String>().into()
}

/// `fold`, of a label made for folding only (lowercased in place when
/// ASCII).
fn fold_owned(mut label: String) -> Box<str> {
    if label.is_ascii() {
        label.make_ascii_lowercase();
        return label.into_boxed_str();
    }
    fold(&label)
}

/// A quote's text as the finder searches and shows it.
fn quote_text(corpus: &Corpus, article: &Article, quote: &Quote) -> String {
    display::clean(corpus.text(article, quote.content()))
}

/// A quote's text and speaker as the finder shows them; `None` for a
/// quote the corpus does not hold.
fn quote_shown(corpus: &Corpus, a: ArticleIdx, q: usize) -> Option<(String, Cow<'_, str>)> {
    let article = corpus.articles.get(a)?;
    let quote = article.quotes.get(q)?;
    let speaker = quote
        .speaker()
        .and_then(|e| corpus.entities.get(e))
        .map_or(Cow::Borrowed("unattributed"), |e| {
            Cow::Owned(display::clean(&e.name))
        });
    Some((quote_text(corpus, article, quote), speaker))
}

fn fold_char(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// Whether the bytes of `query` (folded) occur in order in `label`
/// (folded): needed for any fuzzy match, whatever the case (the query's
/// chars in order are its bytes in order).
fn subsequence(label: &str, query: &str) -> bool {
    let mut rest = label.as_bytes();
    for &want in query.as_bytes() {
        match memchr::memchr(want, rest) {
            Some(at) => rest = &rest[at + 1..],
            None => return false,
        }
    }
    true
}

/// The char index where `query` stands as one run of characters in
/// `label` (both folded). (UTF-8 is searched as bytes: a match of whole
/// chars can only start at a char.)
/// (`query`: a searcher for the folded query, made once a search.)
fn find_run(label: &str, query: &memchr::memmem::Finder<'_>) -> Option<usize> {
    let at = query.find(label.as_bytes())?;
    Some(label[..at].chars().count())
}

/// A quote's score: like a good fuzzy match of that length, a little
/// higher the earlier the words stand.
fn quote_score(query_len: usize, at: usize) -> i64 {
    16 * query_len as i64 - (at as i64 / 40).min(10)
}

/// How much an entity quoted and named `count` times adds to its score:
/// four points each time the count doubles, up to 48. (Capped at 20
/// counts, `Trump University`, named 30 times, and `Donald J. Trump`,
/// thousands, weighed the same, and the name opening with the query won.)
fn prominence(count: i64) -> i64 {
    let doublings = 64 - count.max(0).leading_zeros() as i64;
    (4 * doublings).min(48)
}

/// At most this many results are kept.
pub const MAX_HITS: usize = 200;

/// The items that matched each query typed so far (each the one before
/// with more letters), so that a longer query scans only what the shorter
/// matched, and a deleted letter goes back to what its query matched:
/// every item that matches `carson` matches `cars`, case and fuzziness
/// included. Belongs to one index: a new index needs a new `Narrowing`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Narrowing {
    /// (query, trimmed; items matching it, in index order).
    levels: Vec<(String, Vec<u32>)>,
}

impl FinderIndex {
    pub fn build(corpus: &Corpus) -> FinderIndex {
        let mut items = Vec::new();
        let mut counts = vec![0i64; corpus.entities.len()];
        for a in &corpus.articles {
            let quoted = a.quotes.iter().filter_map(|q| q.speaker());
            let named = a.mentions.iter().filter_map(|m| m.entity());
            for e in quoted.chain(named) {
                if let Some(c) = counts.get_mut(e) {
                    *c += 1;
                }
            }
        }
        // Labels are cleaned and folded in parallel, in item order.
        items.par_extend(corpus.entities.par_iter().enumerate().map(|(i, e)| {
            let aliases: Vec<String> = e
                .aliases
                .iter()
                .map(|a| display::clean(a))
                .filter(|a| !a.is_empty() && *a != e.name)
                .take(3)
                .collect();
            Item {
                target: Target::Entity(i, e.kind),
                // Prominence counts for who speaks and acts, not for how
                // often a place comes up.
                weight: if matches!(e.kind, EntityKind::Place | EntityKind::Other) {
                    0
                } else {
                    prominence(counts[i])
                },
                label: display::clean(&e.name),
                detail: aliases.join(", "),
            }
        }));
        items.par_extend(
            corpus
                .articles
                .par_iter()
                .enumerate()
                .map(|(a, article)| Item {
                    target: Target::Article(a),
                    weight: 0,
                    label: display::clean(corpus.text(article, article.title)),
                    detail: article.date.clone().unwrap_or_default(),
                }),
        );
        items.par_extend(
            corpus
                .articles
                .par_iter()
                .enumerate()
                .flat_map_iter(|(a, article)| {
                    (0..article.quotes.len()).map(move |q| Item {
                        target: Target::Quote(a, q),
                        weight: 0,
                        label: String::new(),
                        detail: String::new(),
                    })
                }),
        );
        // A quote's text is cleaned here only to be folded: a copy of all
        // of them (and their speakers' names) was a tenth of the reader's
        // memory at 10k.
        let folded = items
            .par_iter()
            .map(|it| match it.target {
                Target::Quote(a, q) => {
                    let article = &corpus.articles[a];
                    fold_owned(quote_text(corpus, article, &article.quotes[q]))
                }
                _ => fold(&it.label),
            })
            .collect();
        FinderIndex { items, folded }
    }

    /// An item's label and detail as shown: a quote's text and its
    /// speaker are read from the corpus this index was built from.
    pub fn shown<'a>(&'a self, corpus: &'a Corpus, item: usize) -> (Cow<'a, str>, Cow<'a, str>) {
        let it = &self.items[item];
        match it.target {
            Target::Quote(a, q) => quote_shown(corpus, a, q)
                .map_or((Cow::Borrowed(""), Cow::Borrowed("")), |(text, speaker)| {
                    (Cow::Owned(text), speaker)
                }),
            _ => (Cow::Borrowed(&it.label), Cow::Borrowed(&it.detail)),
        }
    }

    /// Results for a query, best first. An empty query lists the items in
    /// index order (people and other entities, then articles, then quotes).
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.search_narrowing(query, &mut Narrowing::default())
    }

    /// `search`, scanning only the items that matched the longest earlier
    /// query of `narrowing` that `query` extends, and noting what `query`
    /// matched there.
    pub fn search_narrowing(&self, query: &str, narrowing: &mut Narrowing) -> Vec<Hit> {
        let query = query.trim();
        let levels = &mut narrowing.levels;
        while levels
            .last()
            .is_some_and(|(q, _)| !query.starts_with(q.as_str()))
        {
            levels.pop();
        }
        if query.is_empty() {
            return (0..self.items.len().min(MAX_HITS))
                .map(|item| Hit {
                    item,
                    score: 0,
                    matched: Vec::new(),
                })
                .collect();
        }
        // Score every item that can match (in parallel, in item order),
        // keep the best, and find matched positions for those only.
        let folded_query: String = query.chars().map(fold_char).collect();
        let query_chars = folded_query.chars().count();
        let run = memchr::memmem::Finder::new(&folded_query);
        let matcher = SkimMatcherV2::default().smart_case();
        // Names and titles match fuzzily; quote text, long and many, only
        // where the query's letters stand together (letters scattered over
        // a paragraph are noise, and costly).
        let score = |i: usize| {
            let (it, folded) = (&self.items[i], &self.folded[i]);
            match it.target {
                Target::Quote(..) => {
                    find_run(folded, &run).map(|at| (quote_score(query_chars, at), i))
                }
                _ if subsequence(folded, &folded_query) => matcher
                    .fuzzy_match(&it.label, query)
                    .map(|score| (score + it.target.bonus() + it.weight, i)),
                _ => None,
            }
        };
        let mut scored: Vec<(i64, usize)> = match levels.last() {
            Some((_, matched)) => matched
                .par_iter()
                .filter_map(|&i| score(i as usize))
                .collect(),
            None => (0..self.items.len())
                .into_par_iter()
                .filter_map(score)
                .collect(),
        };
        let known = levels.last().is_some_and(|(q, _)| q == query);
        if !known && u32::try_from(self.items.len()).is_ok() {
            let matched = scored.iter().map(|&(_, i)| i as u32).collect();
            levels.push((query.to_owned(), matched));
        }
        let order = |a: &(i64, usize), b: &(i64, usize)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
        if scored.len() > MAX_HITS {
            scored.select_nth_unstable_by(MAX_HITS - 1, order);
            scored.truncate(MAX_HITS);
        }
        scored.sort_unstable_by(order);
        let hits: Vec<Hit> = scored
            .into_iter()
            .filter_map(|(score, i)| {
                let matched = match self.items[i].target {
                    Target::Quote(..) => {
                        let at = find_run(&self.folded[i], &run)?;
                        (at..at + query_chars).collect()
                    }
                    _ => matcher.fuzzy_indices(&self.items[i].label, query)?.1,
                };
                Some(Hit {
                    item: i,
                    score,
                    matched,
                })
            })
            .collect();
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analysis, ingest};

    /// One analysed article, and the finder's index of it.
    fn index_of(text: &str) -> (Corpus, FinderIndex) {
        let mut c = ingest::load_texts(&[("a.txt", text)]);
        analysis::analyze(&mut c);
        let idx = FinderIndex::build(&c);
        (c, idx)
    }

    fn index() -> (Corpus, FinderIndex) {
        index_of(
            "Ports Reopen\n\nMayor Ana Ruiz said the harbour would reopen on Monday after the storm.\n",
        )
    }

    /// Each result's kind and label as shown.
    fn labels((c, idx): &(Corpus, FinderIndex), query: &str) -> Vec<(&'static str, String)> {
        idx.search(query)
            .iter()
            .map(|h| {
                (
                    idx.items[h.item].target.kind_label(),
                    idx.shown(c, h.item).0.into_owned(),
                )
            })
            .collect()
    }

    /// The chars of a result's label as shown that it marks as matched.
    fn marked((c, idx): &(Corpus, FinderIndex), hit: &Hit) -> String {
        let label: Vec<char> = idx.shown(c, hit.item).0.chars().collect();
        hit.matched.iter().map(|&i| label[i]).collect()
    }

    /// The bundled sample's index, built once for every case.
    fn sample_index() -> &'static FinderIndex {
        static INDEX: std::sync::OnceLock<FinderIndex> = std::sync::OnceLock::new();
        INDEX.get_or_init(|| {
            let mut c = ingest::load_texts(crate::sample::FILES);
            analysis::analyze(&mut c);
            FinderIndex::build(&c)
        })
    }

    #[derive(Debug, Clone)]
    enum Key {
        Type(char),
        Delete,
        Clear,
    }

    fn key() -> impl proptest::strategy::Strategy<Value = Key> {
        use proptest::prelude::*;
        prop_oneof![
            6 => proptest::sample::select("aeinorstlvc LSé’-".chars().collect::<Vec<_>>())
                .prop_map(Key::Type),
            2 => Just(Key::Delete),
            1 => Just(Key::Clear),
        ]
    }

    proptest::proptest! {
        /// Typing, deleting and clearing in any order, each key's results
        /// narrowed from the keys before are those of a search afresh.
        #[test]
        fn narrowed_results_are_the_results_of_a_fresh_search(
            keys in proptest::collection::vec(key(), 1..16)
        ) {
            let idx = sample_index();
            let (mut query, mut narrowing) = (String::new(), Narrowing::default());
            for k in keys {
                match k {
                    Key::Type(c) => query.push(c),
                    Key::Delete => {
                        query.pop();
                    }
                    Key::Clear => query.clear(),
                }
                proptest::prop_assert_eq!(
                    idx.search_narrowing(&query, &mut narrowing),
                    idx.search(&query),
                    "query {:?}",
                    query
                );
            }
        }
    }

    #[test]
    fn quotes_match_words_that_stand_together() {
        let idx = index();
        let hits = labels(&idx, "reopen on");
        assert!(
            hits.iter()
                .any(|(k, l)| *k == "quote" && l.contains("reopen on Monday")),
            "{hits:?}"
        );
        // The same letters scattered over the quote do not match it.
        assert!(!labels(&idx, "hwrm").iter().any(|(k, _)| *k == "quote"));
    }

    #[test]
    fn quote_text_past_accented_letters_is_found_and_marked_where_it_stands() {
        let index = index_of(
            "Fair Opens\n\n“Señora Muñoz opened the fair in Düsseldorf today,” Ana Ruiz said.\n",
        );
        let idx = &index.1;
        for query in ["düsseldorf", "DÜSSELDORF", "in düss"] {
            let hit = idx
                .search(query)
                .into_iter()
                .find(|h| matches!(idx.items[h.item].target, Target::Quote(..)))
                .unwrap_or_else(|| panic!("{query}: no quote"));
            assert_eq!(marked(&index, &hit).to_lowercase(), query.to_lowercase());
        }
        // A quote shows its speaker after its text.
        let quote = idx
            .search("fair in")
            .into_iter()
            .find(|h| matches!(idx.items[h.item].target, Target::Quote(..)))
            .unwrap();
        let (text, speaker) = idx.shown(&index.0, quote.item);
        assert!(text.starts_with("Señora Muñoz opened"), "{text}");
        assert_eq!(speaker, "Ana Ruiz");
    }

    #[test]
    fn an_article_about_a_place_ranks_above_the_place() {
        let idx = index_of(
            "Rotterdam Approves Record Spending\n\nThe council in Rotterdam met. Rotterdam will build dikes, Rotterdam officials said.\n",
        );
        let hits = labels(&idx, "rotterdam");
        assert_eq!(hits.first().map(|(k, _)| *k), Some("article"), "{hits:?}");
        assert!(
            hits.iter().any(|(k, l)| *k == "place" && l == "Rotterdam"),
            "{hits:?}"
        );
    }

    #[test]
    fn a_person_named_far_more_often_ranks_above_a_name_opening_with_the_query() {
        let mut text = String::from("Campus News\n\n");
        for _ in 0..20 {
            text.push_str("Trump University closed its doors.\n\n");
        }
        for _ in 0..200 {
            text.push_str("Donald Trump said the school was great.\n\n");
        }
        let idx = index_of(&text);
        let hits = labels(&idx, "trump");
        let first_two: Vec<(&str, &str)> =
            hits.iter().take(2).map(|(k, l)| (*k, l.as_str())).collect();
        assert_eq!(
            first_two,
            [("person", "Donald Trump"), ("org", "Trump University")],
            "{hits:?}"
        );
    }

    #[test]
    fn names_match_fuzzily_and_rank_first() {
        let idx = index();
        let hits = labels(&idx, "anruiz");
        assert_eq!(
            hits.first().map(|(k, l)| (*k, l.as_str())),
            Some(("person", "Ana Ruiz")),
            "{hits:?}"
        );
        let hit = &idx.1.search("reopen")[0];
        assert_eq!(marked(&idx, hit).to_lowercase(), "reopen");
    }
}
