//! Joining the articles' entities into the corpus's: one entity a key (a
//! person's first name, surname and suffix), a surname named alone given
//! to the person of that surname the corpus names most, and each entity
//! named in full with its aliases.
//!
//! Entities are numbered in article order, serially; the keys' hashes,
//! the names and aliases, and the articles' renumbering are spread over
//! the cores.

use super::entities::{same_ignoring_case, sexes_fit};
use super::lexicon::Gender;
use super::strlist::StrList;
use crate::model::{Corpus, Entity, EntityKind};
use hashbrown::HashTable;
use rayon::prelude::*;
use rustc_hash::{FxBuildHasher, FxHashMap as HashMap, FxHashSet as HashSet};
use std::hash::BuildHasher;
use std::ops::Range;

/// What the merge reads of an article's entities, worked out with the
/// article (in parallel). The merge holds every article's at once, so
/// their strings are held end to end in one buffer an article.
pub struct MergeEntities {
    /// Each entity's strings in turn: its key, its surname (when it has
    /// one), its name in full, then its forms other than pronouns.
    pub(super) strs: StrList,
    pub(super) entities: Vec<MergeEntity>,
}

pub(super) struct MergeEntity {
    pub(super) kind: EntityKind,
    /// For `Mrs. Clinton` named alone: the corpus's Hillary Clinton,
    /// rather than Bill.
    pub(super) gender: Gender,
    /// Whether a person with a surname has a full name (more words), or
    /// is named by the surname alone without a suffix; `None` for others.
    pub(super) full_name: Option<bool>,
    pub(super) mentions: u32,
    /// Of no kind, it spoke by one English word alone (`Pence said`).
    pub(super) speaks_as_an_english_word: bool,
    /// A title told its sex (`Mrs. Obama`).
    pub(super) titled: bool,
    /// Its first string (the key) in `strs`.
    pub(super) first: u32,
    pub(super) forms: u32,
}

impl MergeEntities {
    fn key(&self, e: &MergeEntity) -> &str {
        self.strs.get(e.first as usize)
    }

    /// A person's surname, and whether the name has more words.
    fn surname(&self, e: &MergeEntity) -> Option<(&str, bool)> {
        e.full_name
            .map(|full| (self.strs.get(e.first as usize + 1), full))
    }

    fn full(&self, e: &MergeEntity) -> &str {
        self.strs
            .get(e.first as usize + 1 + usize::from(e.full_name.is_some()))
    }

    fn forms(&self, e: &MergeEntity) -> impl Iterator<Item = &str> {
        let from = e.first as usize + 2 + usize::from(e.full_name.is_some());
        (from..from + e.forms as usize).map(|i| self.strs.get(i))
    }
}

/// Joins the articles' entities (`local`, one list an article) into corpus
/// entities, and renumbers the articles' mentions and quotes from their
/// article's entities to the corpus's.
pub fn merge_into(corpus: &mut Corpus, local: Vec<MergeEntities>) {
    let full_names = FullNames::of(&local);
    // Where each article's entities start in the lists below, which hold
    // every article's entities end to end.
    let mut starts = Vec::with_capacity(local.len() + 1);
    starts.push(0);
    for article in &local {
        starts.push(starts.last().unwrap() + article.entities.len());
    }
    // The keys' hashes, worked out in parallel: numbering the keys in
    // order then finds each without hashing it.
    let hashes: Vec<u64> = local
        .par_iter()
        .flat_map_iter(|article| {
            let full_names = &full_names;
            article
                .entities
                .iter()
                .map(move |e| FxBuildHasher.hash_one(full_names.key(article, e)))
        })
        .collect();
    let numbers = Numbers::of(&local, &full_names, &hashes);
    drop(hashes);
    drop(full_names);
    // Each entity's names and aliases, gathered in article order. Each
    // worker gathers a run of entity numbers, reading every article in
    // turn: an entity's articles are scattered, and read entity by entity
    // they missed the cache.
    let runs = shares(&numbers.count, rayon::current_num_threads());
    let gathered: Vec<Vec<Entity>> = runs
        .par_iter()
        .map(|run| {
            let mut mine: Vec<Gathered> = Vec::new();
            mine.resize_with(run.len(), Gathered::default);
            for (article, &start) in local.iter().zip(&starts) {
                for (at, e) in (start..).zip(&article.entities) {
                    let n = numbers.number[at] as usize;
                    if run.contains(&n) {
                        mine[n - run.start].add(article, e);
                    }
                }
            }
            mine.into_iter()
                .zip(&numbers.key_kind[run.clone()])
                .map(|(g, &key_kind)| g.into_entity(key_kind))
                .collect()
        })
        .collect();
    // The articles' entities are freed as soon as they are gathered: held
    // while the corpus's are put in order, they raised the export's peak
    // memory.
    let Numbers {
        number, key_kind, ..
    } = numbers;
    drop(key_kind);
    drop(local);
    let mut entities: Vec<Entity> = gathered.into_iter().flatten().collect();
    corpus
        .articles
        .par_iter_mut()
        .zip(starts.par_windows(2))
        .for_each(|(article, range)| {
            let number = &number[range[0]..range[1]];
            for m in &mut article.mentions {
                m.set_entity(m.entity().map(|e| number[e] as usize));
            }
            for q in &mut article.quotes {
                q.set_speaker(q.speaker().map(|e| number[e] as usize));
            }
        });
    let mut ids: Vec<String> = entities
        .iter_mut()
        .map(|e| std::mem::take(&mut e.id))
        .collect();
    unique_ids(&mut ids);
    for (e, id) in entities.iter_mut().zip(ids) {
        e.id = id;
    }
    corpus.entities = entities;
}

/// What the articles give one corpus entity, gathered in article order.
#[derive(Default)]
struct Gathered {
    names: NameCounts,
    aliases: Vec<String>,
}

impl Gathered {
    fn add(&mut self, article: &MergeEntities, e: &MergeEntity) {
        self.names.add(article.full(e), e.mentions as usize);
        // One alias per spelling whatever its case, up to 24 (a full list
        // is not searched again: the corpus's most named people have
        // theirs after a few articles).
        for f in article.forms(e) {
            if self.aliases.len() >= 24 {
                break;
            }
            if !self.aliases.iter().any(|a| same_ignoring_case(a, f)) {
                self.aliases.push(f.to_owned());
            }
        }
    }

    /// The entity of this key and kind, named by its fullest name.
    fn into_entity(self, (key, kind): (&str, EntityKind)) -> Entity {
        let name = self.names.fullest();
        let mut aliases = self.aliases;
        aliases.retain(|a| *a != name);
        Entity {
            id: slug(key),
            name,
            kind,
            aliases,
        }
    }
}

/// The entities shared out among at most `workers`: runs of entity
/// numbers, in order, each with about as many articles' entities (`count`
/// of each entity) as the others; none empty.
fn shares(count: &[u32], workers: usize) -> Vec<Range<usize>> {
    let workers = workers.clamp(1, count.len().max(1)) as u64;
    let total: u64 = count.iter().map(|&c| u64::from(c)).sum();
    let mut runs = Vec::new();
    let (mut start, mut sum) = (0, 0u64);
    for (n, &c) in count.iter().enumerate() {
        sum += u64::from(c);
        let run = runs.len() as u64 + 1;
        // A run ends once the runs so far hold their part of the total.
        if run < workers && sum * workers >= total * run {
            runs.push(start..n + 1);
            start = n + 1;
        }
    }
    runs.push(start..count.len());
    runs.retain(|r| !r.is_empty());
    runs
}

/// The corpus entity of each article's entity (`number`, every article's
/// end to end), numbered as first met; each corpus entity's key and kind,
/// and how many articles' entities it is.
struct Numbers<'a> {
    number: Vec<u32>,
    key_kind: Vec<(&'a str, EntityKind)>,
    count: Vec<u32>,
}

impl<'a> Numbers<'a> {
    fn of(local: &'a [MergeEntities], full_names: &FullNames<'a>, hashes: &[u64]) -> Numbers<'a> {
        let mut table: HashTable<(u64, &str, u32)> = HashTable::new();
        let mut number = Vec::with_capacity(hashes.len());
        let mut key_kind = Vec::new();
        let mut count: Vec<u32> = Vec::new();
        let entities = local
            .iter()
            .flat_map(|article| article.entities.iter().map(move |e| (article, e)));
        for ((article, e), &hash) in entities.zip(hashes) {
            let key = full_names.key(article, e);
            let n = match table.find(hash, |&(h, k, _)| h == hash && k == key) {
                Some(&(_, _, n)) => n,
                None => {
                    let n = count.len() as u32;
                    table.insert_unique(hash, (hash, key, n), |&(h, _, _)| h);
                    // (The key's kind, which is not the entity's where
                    // its name was met as another kind's more often.)
                    key_kind.push((key, kind_of_key(key).unwrap_or(e.kind)));
                    count.push(0);
                    n
                }
            };
            count[n as usize] += 1;
            number.push(n);
        }
        Numbers {
            number,
            key_kind,
            count,
        }
    }
}

/// For each surname named alone (with a sex), the key of the person's
/// full name that dominates it across the corpus, where one does; and
/// for a name of no kind that is also a person's (`Mitt Romney` named
/// once with nothing to say he is a person, `Trump` in `a Trump
/// presidency`), the person's key where the person is named more: by
/// most of the two-word name's mentions, or in full in more articles than
/// the word is of no kind.
struct FullNames<'a> {
    dominant: HashMap<(&'a str, Gender), &'a str>,
    two_kinds: HashMap<&'a str, &'a str>,
}

impl<'a> FullNames<'a> {
    fn of(local: &'a [MergeEntities]) -> FullNames<'a> {
        // People's full names by surname, with how many articles'
        // entities have each and its sex (as first met); and the surnames
        // named alone, with a sex.
        let mut by_surname: HashMap<&str, HashMap<&str, (usize, Gender, bool)>> =
            HashMap::default();
        let mut alone: HashSet<(&str, Gender)> = HashSet::default();
        // Two-word names of no kind: (mentions, key) by the words; and
        // one-word names of no kind: (articles, key) by the word, which
        // are sought among the surnames named alone, of either sex.
        let mut others: HashMap<&str, (usize, &str)> = HashMap::default();
        let mut other_words: HashMap<&str, (usize, &str, bool)> = HashMap::default();
        for article in local {
            for e in &article.entities {
                if e.kind == EntityKind::Other {
                    let key = article.key(e);
                    if let Some(words) = two_words(key, "other:") {
                        others.entry(words).or_insert((0, key)).0 += e.mentions as usize;
                    } else if let Some(word) = key.strip_prefix("other:")
                        && !word.contains(' ')
                    {
                        let n = other_words.entry(word).or_insert((0, key, false));
                        n.0 += 1;
                        n.2 |= e.speaks_as_an_english_word;
                        alone.insert((word, Gender::Unknown));
                    }
                }
            }
        }
        // People's names of the same two words: (mentions, key).
        let mut people: HashMap<&str, (usize, &str)> = HashMap::default();
        for article in local {
            for e in &article.entities {
                match article.surname(e) {
                    Some((surname, true)) => {
                        let key = article.key(e);
                        if let Some(words) = two_words(key, "person:")
                            && others.contains_key(words)
                        {
                            people.entry(words).or_insert((0, key)).0 += e.mentions as usize;
                        }
                        let n = by_surname
                            .entry(surname)
                            .or_default()
                            .entry(article.key(e))
                            .or_insert((0, e.gender, false));
                        n.0 += 1;
                        n.2 |= e.titled;
                    }
                    Some((surname, false)) => {
                        alone.insert((surname, e.gender));
                    }
                    None => {}
                }
            }
        }
        // Worked out once a surname and sex: thousands of full names can
        // share a surname in a large corpus.
        let alone: Vec<(&str, Gender)> = alone.into_iter().collect();
        let dominant: HashMap<(&str, Gender), &str> = alone
            .into_par_iter()
            .filter_map(|(surname, gender)| {
                let full = by_surname.get(surname)?;
                // Those of the same sex, when there are any (as for one
                // article's names); else those whose sex no title told
                // (`Mr. Graham` is Lindsey Graham, `Mr. Obama` not Michelle
                // Obama, whom an article calls `Mrs. Obama`).
                let compatible = |g: Gender| sexes_fit(g, gender);
                let any_compatible = full.values().any(|(_, g, _)| compatible(*g));
                let mut counts: Vec<(&str, usize)> = full
                    .iter()
                    .filter(|(_, (_, g, titled))| {
                        if any_compatible {
                            compatible(*g)
                        } else {
                            !titled
                        }
                    })
                    .map(|(k, (n, _, _))| (*k, *n))
                    .collect();
                counts.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(y.0)));
                let best = counts.first()?;
                (counts.len() == 1 || best.1 >= 2 * counts[1].1)
                    .then_some(((surname, gender), best.0))
            })
            .collect();
        let mut two_kinds = HashMap::default();
        // (`Trump` of no kind in `a Trump presidency`, where the corpus's
        // Trump is Donald Trump, named in full in more articles.)
        // (`Pence said`, in an article that never names him in full: once
        // the corpus does, the speaker is him.)
        for (word, (other_articles, other, speaks)) in other_words {
            if let Some(&full) = dominant.get(&(word, Gender::Unknown))
                && (speaks || by_surname[word][full].0 > other_articles)
            {
                two_kinds.insert(other, full);
            }
        }
        for (words, (person_mentions, person)) in people {
            let (other_mentions, other) = others[words];
            // (Only that way: a person's key is also the key of the
            // surnames named alone that the person dominates.)
            if person_mentions > other_mentions {
                two_kinds.insert(other, person);
            }
        }
        FullNames {
            dominant,
            two_kinds,
        }
    }

    /// The corpus key of an article's entity: its own, or for a surname
    /// named alone, the key of the full name that dominates it.
    fn key(&self, article: &'a MergeEntities, e: &MergeEntity) -> &'a str {
        if let Some((surname, false)) = article.surname(e)
            && let Some(full) = self.dominant.get(&(surname, e.gender))
        {
            return full;
        }
        let key = article.key(e);
        if e.kind != EntityKind::Other || self.two_kinds.is_empty() {
            return key;
        }
        self.two_kinds.get(key).copied().unwrap_or(key)
    }
}

/// The two words of a key of the kind `prefix` (`person:`), if it has two.
fn two_words<'k>(key: &'k str, prefix: &str) -> Option<&'k str> {
    let words = key.strip_prefix(prefix)?;
    let space = words.find(' ')?;
    (!words[space + 1..].contains(' ')).then_some(words)
}

/// The kind a key names (`person:mitt romney`, as `entities::write_key`
/// writes it).
fn kind_of_key(key: &str) -> Option<EntityKind> {
    let (kind, _) = key.split_once(':')?;
    EntityKind::ALL.into_iter().find(|k| k.name() == kind)
}

fn slug(key: &str) -> String {
    let mut out = String::new();
    for c in key.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_owned()
}

/// Makes ids unique where keys slug alike: the second `x` becomes `x-2`,
/// the next `x-3` (or the first number free). Each base id remembers where
/// its numbers stand, so a thousand alike cost a thousand tries, not half
/// a million.
/// The ids met so far are known by their place in `ids`, not copied.
fn unique_ids(ids: &mut [String]) {
    let hash = |s: &str| FxBuildHasher.hash_one(s);
    let mut seen: HashTable<u32> = HashTable::with_capacity(ids.len());
    let mut next: HashMap<String, usize> = HashMap::default();
    for i in 0..ids.len() {
        let taken = |seen: &HashTable<u32>, h: u64, id: &str| {
            seen.find(h, |&j| ids[j as usize] == id).is_some()
        };
        let mut h = hash(&ids[i]);
        if taken(&seen, h, &ids[i]) {
            if !next.contains_key(&ids[i]) {
                next.insert(ids[i].clone(), 2);
            }
            let n = next.get_mut(&ids[i]).expect("inserted above");
            let mut numbered = format!("{}-{n}", ids[i]);
            while taken(&seen, hash(&numbered), &numbered) {
                *n += 1;
                numbered = format!("{}-{n}", ids[i]);
            }
            *n += 1;
            h = hash(&numbered);
            ids[i] = numbered;
        }
        seen.insert_unique(h, i as u32, |&j| hash(&ids[j as usize]));
    }
}

/// The full names given to one corpus entity, with their mentions: the
/// first inline, as most entities have one name, and any others in a map
/// (allocated only then).
#[derive(Default)]
struct NameCounts {
    first: Option<(String, usize)>,
    others: HashMap<String, usize>,
}

impl NameCounts {
    fn add(&mut self, name: &str, mentions: usize) {
        match &mut self.first {
            None => self.first = Some((name.to_owned(), mentions)),
            Some((first, n)) if first == name => *n += mentions,
            Some(_) => match self.others.get_mut(name) {
                Some(n) => *n += mentions,
                None => {
                    self.others.insert(name.to_owned(), mentions);
                }
            },
        }
    }

    /// The fullest name: most words, then most used.
    fn fullest(self) -> String {
        self.first
            .into_iter()
            .chain(self.others)
            .max_by(|x, y| {
                x.0.split_whitespace()
                    .count()
                    .cmp(&y.0.split_whitespace().count())
                    .then(x.1.cmp(&y.1))
                    .then(y.0.cmp(&x.0))
            })
            .map(|(n, _)| n)
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::{shares, unique_ids};

    #[test]
    fn workers_share_runs_of_entities_with_about_as_much_to_read() {
        // One entity named 100 times, then 99 named once: half each.
        let mut count = vec![100];
        count.extend([1; 99]);
        assert_eq!(shares(&count, 2), [0..1, 1..100]);
        assert_eq!(shares(&[1; 10], 3), [0..4, 4..7, 7..10]);
        // Never more workers than entities, nor an empty run.
        assert_eq!(shares(&[5, 5], 8), [0..1, 1..2]);
        let runs = shares(&[1, 1, 10], 3);
        assert_eq!((runs.len(), runs[0].clone()), (1, 0..3));
        assert!(shares(&[], 4).is_empty());
    }

    fn uniqued(ids: &[&str]) -> Vec<String> {
        let mut ids: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
        unique_ids(&mut ids);
        ids
    }

    #[test]
    fn ids_alike_are_numbered_from_two_skipping_numbers_taken() {
        assert_eq!(
            uniqued(&["a", "b", "a", "a-3", "a", "a", "a-2"]),
            ["a", "b", "a-2", "a-3", "a-4", "a-5", "a-2-2"]
        );
    }

    #[test]
    fn many_ids_alike_are_numbered_in_linear_time() {
        // Numbering each from 2 again tried 2 x 10^9 ids here (minutes).
        let start = std::time::Instant::now();
        let ids = uniqued(&vec!["x"; 60_000]);
        assert!(start.elapsed().as_secs() < 10, "{:?}", start.elapsed());
        assert_eq!(ids[59_999], "x-60000");
        let distinct: std::collections::HashSet<&String> = ids.iter().collect();
        assert_eq!(distinct.len(), ids.len());
    }
}
