//! Indexes derived once from the corpus: quotes by speaker, entities per
//! article with their counts, quotes in reading order, speaker colours.

use crate::display;
use crate::model::{ArticleIdx, Corpus, EntityIdx, EntityKind};
use rayon::prelude::*;
use std::borrow::Cow;
use std::cmp::Reverse;

/// One quote: its article and its index in `Article::quotes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct QuoteRef {
    pub article: ArticleIdx,
    pub quote: usize,
}

/// An entity with how often it is quoted and mentioned (in one article or
/// in all of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntityCount {
    pub entity: EntityIdx,
    pub quotes: usize,
    pub mentions: usize,
}

#[derive(Debug, Default, Clone)]
pub struct Index {
    /// Per entity, its quotes in article order, then text order.
    pub quotes_by_speaker: Vec<Vec<QuoteRef>>,
    /// Per article, the entities it names or quotes: by kind, then most
    /// quoted, then most mentioned, then name.
    pub entities_by_article: Vec<Vec<EntityCount>>,
    /// The same over all articles.
    pub entities_all: Vec<EntityCount>,
    /// Per entity, the articles that name or quote it, in order: entity
    /// `e`'s are `naming[naming_from[e]..naming_from[e + 1]]` (one list
    /// for all: a person never quoted is shown by the articles naming
    /// them, found without a scan of every article).
    naming_from: Vec<u32>,
    naming: Vec<u32>,
    /// Per article, its quote indexes in text order.
    pub quote_order: Vec<Vec<usize>>,
    /// Per entity, its colour slot when it is quoted: speakers ranked by
    /// number of quotes, so the slot is the same in every view.
    pub colour: Vec<Option<usize>>,
    /// Per article, its title made safe for one line.
    pub titles: Vec<String>,
    /// Per entity, its name made safe for one line.
    pub names: Vec<String>,
    /// The quoted entities over all articles, most quoted first (the
    /// chart reads it every frame: sorted once here).
    speakers_all: Vec<EntityCount>,
    /// The widest of their names, in terminal columns.
    pub speakers_name_width: usize,
    /// Quotes in all articles (the status line's count, every frame).
    pub quote_count: usize,
}

impl Index {
    pub fn build(corpus: &Corpus) -> Index {
        // What is shown for names and titles, beside the rest (at 10,000
        // articles each part takes some tens of milliseconds).
        let (counted, (names, titles)) = rayon::join(
            || Counted::of(corpus),
            || {
                rayon::join(
                    || {
                        corpus
                            .entities
                            .par_iter()
                            .map(|e| display::clean(&e.name))
                            .collect::<Vec<_>>()
                    },
                    || {
                        corpus
                            .articles
                            .par_iter()
                            .map(|a| display::clean(corpus.text(a, a.title)))
                            .collect::<Vec<_>>()
                    },
                )
            },
        );
        let n_ent = corpus.entities.len();
        let (naming_from, naming) = naming_lists(n_ent, &counted.entities_by_article);
        let mut speakers_all: Vec<EntityCount> = counted
            .entities_all
            .iter()
            .copied()
            .filter(|c| c.quotes > 0)
            .collect();
        most_quoted_first(&mut speakers_all);
        let mut colour = vec![None; n_ent];
        for (rank, c) in speakers_all.iter().enumerate() {
            colour[c.entity] = Some(rank);
        }
        let speakers_name_width = speakers_all
            .iter()
            .map(|c| display::width(&names[c.entity]))
            .max()
            .unwrap_or(0);
        Index {
            quotes_by_speaker: counted.quotes_by_speaker,
            entities_by_article: counted.entities_by_article,
            entities_all: counted.entities_all,
            naming_from,
            naming,
            quote_order: counted.quote_order,
            colour,
            titles,
            names,
            speakers_all,
            speakers_name_width,
            quote_count: corpus.articles.iter().map(|a| a.quotes.len()).sum(),
        }
    }

    /// The articles that name or quote `entity`, in order.
    pub fn articles_naming(&self, entity: EntityIdx) -> &[u32] {
        let from = self.naming_from.get(entity).map_or(0, |&f| f as usize);
        let to = self
            .naming_from
            .get(entity + 1)
            .map_or(from, |&t| t as usize);
        &self.naming[from..to]
    }

    /// Speakers by number of quotes, in one article or in all.
    pub fn speakers(&self, article: Option<ArticleIdx>) -> Cow<'_, [EntityCount]> {
        let Some(a) = article else {
            return Cow::Borrowed(&self.speakers_all);
        };
        let list = self.entities_by_article.get(a).map_or(&[][..], |v| v);
        let mut s: Vec<EntityCount> = list.iter().copied().filter(|c| c.quotes > 0).collect();
        most_quoted_first(&mut s);
        Cow::Owned(s)
    }
}

/// What `Index::build` counts article by article (fields as in `Index`).
struct Counted {
    quotes_by_speaker: Vec<Vec<QuoteRef>>,
    entities_by_article: Vec<Vec<EntityCount>>,
    entities_all: Vec<EntityCount>,
    quote_order: Vec<Vec<usize>>,
}

impl Counted {
    fn of(corpus: &Corpus) -> Counted {
        let n_ent = corpus.entities.len();
        let sidebar = SidebarOrder::new(corpus);
        // Articles in parallel, each worker with scratch counts reset by
        // the entities touched: linear in the corpus, never articles x
        // entities. (Runs of articles, so that a worker's scratch, two
        // numbers an entity, is set up a few times, not once an article.)
        let per_article: Vec<(Vec<usize>, Vec<EntityCount>)> = corpus
            .articles
            .par_iter()
            .with_min_len(ARTICLES_PER_RUN)
            .map_init(
                || Scratch::new(n_ent),
                |scratch, article| {
                    let mut order: Vec<usize> = (0..article.quotes.len()).collect();
                    order.sort_by_key(|&q| article.quotes[q].content().start);
                    let speakers = order.iter().map(|&q| article.quotes[q].speaker());
                    let mentions = article.mentions.iter().map(|m| m.entity());
                    let mut counts = scratch.count(speakers, mentions);
                    sidebar.sort(&mut counts);
                    (order, counts)
                },
            )
            .collect();
        let mut quotes_by_speaker = vec![Vec::new(); n_ent];
        let mut all_q = vec![0usize; n_ent];
        let mut all_m = vec![0usize; n_ent];
        let mut entities_by_article = Vec::with_capacity(per_article.len());
        let mut quote_order = Vec::with_capacity(per_article.len());
        for (a, (order, counts)) in per_article.into_iter().enumerate() {
            let quotes = &corpus.articles[a].quotes;
            for &q in &order {
                if let Some(e) = quotes[q].speaker().filter(|&e| e < n_ent) {
                    quotes_by_speaker[e].push(QuoteRef {
                        article: a,
                        quote: q,
                    });
                }
            }
            for c in &counts {
                all_q[c.entity] += c.quotes;
                all_m[c.entity] += c.mentions;
            }
            entities_by_article.push(counts);
            quote_order.push(order);
        }
        let mut entities_all: Vec<EntityCount> = (0..n_ent)
            .map(|e| EntityCount {
                entity: e,
                quotes: all_q[e],
                mentions: all_m[e],
            })
            .collect();
        sidebar.sort(&mut entities_all);
        Counted {
            quotes_by_speaker,
            entities_by_article,
            entities_all,
            quote_order,
        }
    }
}

/// Articles a worker counts at least, in a run (see `Counted::of`).
const ARTICLES_PER_RUN: usize = 256;

/// One worker's counts of quotes and mentions per entity, all zero
/// between articles.
struct Scratch {
    q: Vec<usize>,
    m: Vec<usize>,
    touched: Vec<EntityIdx>,
}

impl Scratch {
    fn new(n_ent: usize) -> Scratch {
        Scratch {
            q: vec![0; n_ent],
            m: vec![0; n_ent],
            touched: Vec::new(),
        }
    }

    /// One article's entities by number (those past the corpus's left
    /// out), with how often each speaks and is mentioned.
    fn count(
        &mut self,
        speakers: impl Iterator<Item = Option<EntityIdx>>,
        mentions: impl Iterator<Item = Option<EntityIdx>>,
    ) -> Vec<EntityCount> {
        let n_ent = self.q.len();
        let Scratch { q, m, touched } = self;
        for e in speakers.flatten().filter(|&e| e < n_ent) {
            if q[e] + m[e] == 0 {
                touched.push(e);
            }
            q[e] += 1;
        }
        for e in mentions.flatten().filter(|&e| e < n_ent) {
            if q[e] + m[e] == 0 {
                touched.push(e);
            }
            m[e] += 1;
        }
        touched.sort_unstable();
        touched
            .drain(..)
            .map(|e| {
                let c = EntityCount {
                    entity: e,
                    quotes: q[e],
                    mentions: m[e],
                };
                (q[e], m[e]) = (0, 0);
                c
            })
            .collect()
    }
}

/// Per entity, the articles whose entities hold it, as offsets into one
/// list (see `Index::naming`).
fn naming_lists(n_ent: usize, by_article: &[Vec<EntityCount>]) -> (Vec<u32>, Vec<u32>) {
    let mut from = vec![0u32; n_ent + 1];
    for c in by_article.iter().flatten() {
        from[c.entity + 1] += 1;
    }
    for e in 0..n_ent {
        from[e + 1] += from[e];
    }
    let mut next = from.clone();
    let mut naming = vec![0u32; from[n_ent] as usize];
    for (a, counts) in by_article.iter().enumerate() {
        for c in counts {
            naming[next[c.entity] as usize] = a as u32;
            next[c.entity] += 1;
        }
    }
    (from, naming)
}

/// Speakers by number of quotes, most first (ties by entity: the same
/// order, and so the same colours, on every run).
fn most_quoted_first(speakers: &mut [EntityCount]) {
    speakers.sort_by_key(|c| (std::cmp::Reverse(c.quotes), c.entity));
}

/// The order of kinds in the sidebar (and its lists).
pub(crate) fn kind_rank(k: EntityKind) -> u8 {
    match k {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
        EntityKind::Other => 3,
    }
}

/// The sidebar's order of entities: by kind, then most quoted, then most
/// mentioned, then name (then entity, for the same name).
struct SidebarOrder {
    /// Per entity, its kind's rank and its name's rank among all names
    /// (one sort of the names, not a comparison of names in every sort).
    ranks: Vec<(u8, u32)>,
}

impl SidebarOrder {
    fn new(corpus: &Corpus) -> SidebarOrder {
        let entities = &corpus.entities;
        let mut by_name: Vec<EntityIdx> = (0..entities.len()).collect();
        by_name.par_sort_unstable_by(|&a, &b| entities[a].name.cmp(&entities[b].name));
        let mut ranks: Vec<(u8, u32)> = entities.iter().map(|e| (kind_rank(e.kind), 0)).collect();
        let mut rank = 0;
        for (k, &e) in by_name.iter().enumerate() {
            if k > 0 && entities[e].name != entities[by_name[k - 1]].name {
                rank += 1;
            }
            ranks[e].1 = rank;
        }
        SidebarOrder { ranks }
    }

    fn sort(&self, counts: &mut [EntityCount]) {
        // (Keys are unique, ending in the entity: unstable is the same.)
        counts.sort_unstable_by_key(|c| {
            let (kind, name) = self.ranks[c.entity];
            (kind, Reverse(c.quotes), Reverse(c.mentions), name, c.entity)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 600 short articles (runs of `ARTICLES_PER_RUN` on several
    /// workers), each quoting one of three people and naming another.
    fn corpus() -> Corpus {
        let people = ["Maria Keller", "Tomas Brandt", "Ana Souza"];
        let texts: Vec<(String, String)> = (0..600)
            .map(|i| {
                let speaker = people[i % 3];
                let named = people[(i + 1) % 3];
                let text = format!(
                    "Report {i}\n\n\"We agreed,\" {speaker} said in Geneva, beside {named}. \
                     \"Talks go on,\" {speaker} added.\n"
                );
                (format!("{i:03}.txt"), text)
            })
            .collect();
        let mut c = crate::ingest::load_texts(&texts);
        crate::analysis::analyze(&mut c);
        c
    }

    #[test]
    fn the_index_is_the_same_built_on_one_core_and_on_several() {
        let c = corpus();
        assert!(c.articles.len() > 2 * ARTICLES_PER_RUN);
        let on = |threads| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            format!("{:?}", pool.install(|| Index::build(&c)))
        };
        assert_eq!(on(1), on(3));
        let index = Index::build(&c);
        let keller = c
            .entities
            .iter()
            .position(|e| e.name == "Maria Keller")
            .unwrap();
        // Quoted twice in each of her 200 articles, in article order.
        let quotes = &index.quotes_by_speaker[keller];
        assert_eq!(quotes.len(), 400);
        assert!(quotes.windows(2).all(|w| w[0].article <= w[1].article));
        let all = index.entities_all.iter().find(|e| e.entity == keller);
        assert_eq!(all.map(|e| e.quotes), Some(400));
        // Named in 200 more articles.
        assert_eq!(index.articles_naming(keller).len(), 400);
    }
}
