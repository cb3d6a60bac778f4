//! Names, pronouns and descriptions resolved to entities: first within an
//! article, then across the corpus.
//!
//! - A capitalised run is split into roles (`Russian Foreign Minister`) and
//!   a name (`Sergei Lavrov`); its kind comes from the name lists, the
//!   roles, and organisation words.
//! - A surname alone joins the article's person of that surname; a first
//!   name that conflicts (Hillary vs Bill Clinton) or a generational suffix
//!   (Donald Trump Jr.) keeps people apart.
//! - He/she go to the most recent person of matching gender who was a
//!   subject or a speaker; a description (`Russia's top diplomat`) goes to
//!   the one person whose roles fit it.

use super::ArticleFindings;
use super::attribution::{Found, Unit};
use super::lexicon::{self, Gender, LastWord};
use super::merge::{MergeEntities, MergeEntity};
use super::strlist::StrList;
use super::title_case;
use super::tokens::{self, TokKind};
use super::wordset::WordSet;
use crate::model::{EntityKind, Mention, MentionKind, Quote, Span};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use smallvec::SmallVec;
use std::borrow::Cow;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct LocalEntity {
    /// Name tokens as written, roles removed.
    pub name: Vec<String>,
    /// The same, normalised (`norm`): kept with `name`, so lookups never
    /// lowercase again.
    pub lower: Vec<String>,
    pub kind: EntityKind,
    pub gender: Gender,
    /// Lowercased role words and countries: {russian, russia, foreign, minister}.
    pub roles: HashSet<String>,
    /// Forms the text used, for aliases: where each first appears.
    /// (Most entities are written one way: no allocation for that one.)
    pub forms: SmallVec<[Span; 1]>,
    /// Generational suffix (jr, sr, ii, iii).
    pub suffix: Option<String>,
    pub mentions: usize,
    /// Times the text named it by one word alone (its surname).
    pub bare: usize,
    /// It spoke, named by one English word only (`Carrier said`): of no
    /// kind, unless the corpus knows someone of that surname.
    pub speaks_as_an_english_word: bool,
    /// A title gave its sex (`Mrs. Obama`): surer than a first name's.
    pub titled: bool,
    /// Roles given only where the text named it by its surname alone
    /// (`President Obama`, in an article naming only Michelle Obama in
    /// full): the article's own guess, not shared with other articles.
    pub surname_roles: HashSet<String>,
    /// The roles other articles give this person, one sorted list an
    /// article (set in stage two): a description must fit one article's
    /// roles, with this one's, not words gathered from several.
    pub learnt_roles: Option<Arc<[Box<[String]>]>>,
}

/// Each person's roles in each article that gives any (keyed by
/// `key_of`), one sorted list of role words a distinct set.
pub type CorpusRoles = HashMap<String, Arc<[Box<[String]>]>>;

impl LocalEntity {
    /// Roles the text gives it, where it names it by its surname alone
    /// (`by_surname`) or more fully.
    fn add_roles_named(&mut self, roles: HashSet<String>, by_surname: bool) {
        if by_surname && self.name.len() >= 2 {
            for r in roles {
                if !self.roles.contains(&r) {
                    self.surname_roles.insert(r.clone());
                    self.roles.insert(r);
                }
            }
        } else {
            if !self.surname_roles.is_empty() {
                self.surname_roles.retain(|r| !roles.contains(r));
            }
            self.roles.extend(roles);
        }
    }

    /// `roles` without those only its surname was given: what other
    /// articles may learn of it.
    fn shared(&self, mut roles: HashSet<String>) -> HashSet<String> {
        if !self.surname_roles.is_empty() {
            roles.retain(|r| !self.surname_roles.contains(r));
        }
        roles
    }

    fn surname(&self) -> Option<&str> {
        self.lower.last().map(String::as_str)
    }
    fn first(&self) -> Option<&str> {
        (self.lower.len() >= 2).then(|| self.lower[0].as_str())
    }
}

/// Last words of organisations' names that stand for the whole name once
/// it is given (`the Commission`, `the Post`). Not `House` (the White
/// House and the House are two), nor `Party` or `Court` (most articles
/// name two).
const SHORT_FORMS: &str = "commission union department ministry council agency bureau institute \
foundation bank fund university college company committee post times journal tribune";

const SUFFIXES: &[&str] = &["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];
const CONNECTORS: &[&str] = &[
    "de", "van", "von", "bin", "al", "da", "del", "la", "di", "le", "du", "der", "den", "ben", "el",
];
/// Adjectives that belong to roles: `Foreign Minister`, `Vice President`.
const ROLE_ADJECTIVES: &str = "foreign defense defence prime vice deputy former top chief senior \
supreme national security state republican democratic democrat gop interior finance justice \
health press white house acting assistant associate executive general special lead managing \
majority minority senate house federal presidential elect president-elect first lady";
/// Descriptions that never name one person.
const GROUP_HEADS: &str = "officials sources people source analysts experts critics officers \
voters members leaders residents authorities supporters protesters aides campaign government \
administration police investigators lawmakers democrats republicans group poll polls report \
reports statement data figures documents study survey researchers others some many all both \
witnesses organizers friends associates allies opponents companies several prosecutors attorneys \
economists historians candidates";

fn is_group_head(lower: &str) -> bool {
    GROUP_HEADS.split_whitespace().any(|g| g == lower)
}

/// `Republican`, `Democrat`: one of a party, named by it.
pub(super) fn is_party_member(lower: &str) -> bool {
    matches!(lower, "republican" | "democrat" | "democratic")
}

/// Where the role words (and demonyms) that run up to `lower[last]`
/// start: `White House` of the `Obama White House`. A place's name
/// before an organisation's word is its own body's (`Vermont House`, `New
/// York Supreme Court`, not the `Wisconsin Republican`). A party's name
/// only before a body of its own (`Democratic National Committee`; the
/// `Republican Senate` is the Senate); never a title (`Ms. White`).
fn role_words_before<S: AsRef<str>>(lower: &[S], last: usize) -> usize {
    let party_body = matches!(
        lower[last].as_ref(),
        "party" | "committee" | "caucus" | "convention"
    );
    let party = |w: &str| is_party_member(w) || matches!(w, "republicans" | "democrats" | "gop");
    let body = lexicon::ORGS.contains(lower[last].as_ref());
    let owner =
        |name: &str| lexicon::PLACES.contains(name) || lexicon::KNOWN_ORG_NAMES.contains(name);
    // (`United Nations`, `South Carolina`, `New York`: two words, joined
    // only before a body, which few runs end with.)
    let two_word_owner = |k: usize| {
        owner(&format!(
            "{} {}",
            lower[k - 2].as_ref(),
            lower[k - 1].as_ref()
        ))
    };
    let mut k = last;
    while k > 0 {
        if body && k >= 2 && two_word_owner(k) {
            k -= 2;
            continue;
        }
        let w = lower[k - 1].as_ref();
        // (`Sen.` is a title; so, here, is `U.S.`: the `U.S. Senate` is
        // the Senate of the news it is written in.)
        let title = w.ends_with('.') || lexicon::honorific_gender(w).is_some();
        if !(is_role_token(w) || body && owner(w)) || title || (party(w) && !party_body) {
            break;
        }
        k -= 1;
    }
    k
}

fn is_role_adjective(lower: &str) -> bool {
    static SET: std::sync::LazyLock<WordSet> =
        std::sync::LazyLock::new(|| ROLE_ADJECTIVES.split_whitespace().collect());
    SET.contains(lower)
}

/// A role word, a demonym or a role adjective: one list made of the three,
/// since each capitalised word asks, some more than once.
pub(super) fn is_role_token(lower: &str) -> bool {
    static SET: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| {
        let roles = lexicon::ROLE_WORDS.keys();
        let demonyms = lexicon::DEMONYMS.keys();
        roles
            .chain(demonyms)
            .chain(ROLE_ADJECTIVES.split_whitespace())
            .collect()
    });
    SET.contains(lower)
}

/// What a capitalised run says about itself: its words, roles
/// (`..start`) then name (`start..end`), then perhaps a suffix. The words
/// are borrowed from the text, and copied only into a new entity (most
/// runs name one already met).
/// (The words are borrowed from buffers the caller reuses run after run:
/// two allocations a run otherwise.)
struct NameParts<'a, 'b> {
    words: &'b [&'a str],
    /// `words` normalised (`norm`).
    lowers: &'b [Cow<'a, str>],
    start: usize,
    end: usize,
    suffix: Option<String>,
    /// Span of the name part.
    span: Span,
}

impl<'a> NameParts<'a, '_> {
    fn roles(&self) -> &[&'a str] {
        &self.words[..self.start]
    }
    fn name(&self) -> &[&'a str] {
        &self.words[self.start..self.end]
    }
    fn roles_lower(&self) -> &[Cow<'a, str>] {
        &self.lowers[..self.start]
    }
    fn lower(&self) -> &[Cow<'a, str>] {
        &self.lowers[self.start..self.end]
    }
    /// The name's words, normalised, joined by spaces, in `out`.
    fn write_full(&self, out: &mut String) {
        out.clear();
        for (k, w) in self.lower().iter().enumerate() {
            if k > 0 {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    /// The name's words as written and normalised, as an entity keeps them.
    fn owned_name(&self) -> (Vec<String>, Vec<String>) {
        let name = self.name().iter().map(|w| (*w).to_owned()).collect();
        let lower = self.lower().iter().map(|w| w.to_string()).collect();
        (name, lower)
    }
}

/// The article's entities, built as its text is read, with indexes so
/// every lookup costs a hash or a binary search, never a scan.
#[derive(Default)]
struct Table {
    entities: Vec<LocalEntity>,
    /// The article's mentions, of entities numbered in this table until
    /// `merge::merge_into` renumbers them for the corpus.
    mentions: Vec<Mention>,
    /// (text position, entity, subject or speaker) of names, in reading order.
    salience: Vec<(usize, usize, bool)>,
    /// The same for speakers resolved later, in their reading order.
    touches: Vec<(usize, usize, bool)>,
    /// Entities by their name's last word, first word, and whole name.
    names: HashMap<String, Filed>,
    /// Entities of two words or more, not people, by their initials
    /// (`initials_of`), for acronyms.
    initials: HashMap<String, SmallVec<[usize; 1]>>,
    /// A name joined, from one `link` to the next (its allocation reused).
    full_buf: String,
    /// Name mentions by start: (end, entity).
    name_at: std::collections::BTreeMap<usize, (usize, usize)>,
    /// Reading speakers (stage two) rather than names (stage one).
    resolving: bool,
    /// Surnames the article puts after `Mr.`, `Mrs.`, `Ms.` or `Miss`,
    /// anywhere, with the sex the title tells.
    titled_surnames: Vec<(String, Gender)>,
    /// The article's bytes in the text (a news dump holds many articles
    /// in one): what is asked of the whole article reads these alone.
    article: std::ops::Range<usize>,
}

/// The entities a word (or joined name) is the last word, the first word
/// or the whole name of. One table for the three: a one-word name is
/// filed once, and a one-word lookup asks once.
#[derive(Default)]
struct Filed {
    last: SmallVec<[usize; 2]>,
    first: SmallVec<[usize; 2]>,
    full: Option<usize>,
}

impl Table {
    fn by_last(&self, word: &str) -> &[usize] {
        self.names.get(word).map_or(&[], |f| &f.last[..])
    }
    fn by_full(&self, name: &str) -> Option<usize> {
        self.names.get(name).and_then(|f| f.full)
    }
    /// Whether some name of the article ends with `word`.
    fn is_surname(&self, word: &str) -> bool {
        !self.by_last(word).is_empty()
    }

    /// Whether the article, anywhere, calls someone of this surname and sex
    /// by a title (`Mrs. Obama`).
    fn titles(&self, surname: &str, sex: Gender) -> bool {
        sex != Gender::Unknown
            && self
                .titled_surnames
                .iter()
                .any(|(s, g)| s == surname && *g == sex)
    }

    /// Whether a word is the surname of a person named in full.
    fn is_persons_surname(&self, word: &str) -> bool {
        self.by_last(word).iter().any(|&i| {
            let e = &self.entities[i];
            e.kind == EntityKind::Person && e.name.len() >= 2
        })
    }
}

/// How far back salience lookups look, in events.
const SALIENCE_WINDOW: usize = 400;
/// How close, in bytes, a mention counts as "in the last few paragraphs".
const NEAR_BYTES: usize = 800;

fn norm(s: &str) -> String {
    // (ASCII, most names, holds no ’ and needs no Unicode tables.)
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    // (No letter lowercases to or from ’: lowercasing first, then replacing
    // only where needed, allocates once.)
    let lower = s.to_lowercase();
    if lower.contains('’') {
        lower.replace('’', "'")
    } else {
        lower
    }
}

/// `w` without the possessives ending it (`russia's` -> `russia`).
fn strip_possessive(mut w: &str) -> &str {
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    w
}

fn is_cap_word(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Not one being: `Republicans`, `Americans`, or a shouted heading
/// (`CONGRESS HAS INVESTIGATED HIM`).
fn is_group_or_heading<N: AsRef<str>, L: AsRef<str>>(name: &[N], lower: &[L]) -> bool {
    let last = lower.last().map(AsRef::as_ref).unwrap_or_default();
    let singular = last.strip_suffix('s').unwrap_or("");
    let group = matches!(
        last,
        "republicans"
            | "democrats"
            | "conservatives"
            | "liberals"
            | "progressives"
            | "independents"
            | "millennials"
            | "latinos"
            | "hispanics"
            | "evangelicals"
            | "african-americans"
    ) || lexicon::DEMONYMS.contains(singular);
    let heading = name.len() >= 3
        && name
            .iter()
            .all(|w| !w.as_ref().chars().any(char::is_lowercase));
    group || heading
}

/// `full`: the name joined (`write_full`).
fn kind_of(parts: &NameParts<'_, '_>, full: &str) -> EntityKind {
    let (name, lower) = (parts.name(), parts.lower());
    let last = lower.last().map(|w| &**w).unwrap_or_default();
    let first = lower.first().map(|w| &**w).unwrap_or_default();
    // (Not the `National Association of Evangelicals`.)
    let last_word = lexicon::LAST_WORDS.get(last).copied();
    let organisation_of = lower
        .iter()
        .position(|w| w == "of")
        .is_some_and(|of| lower[..of].iter().any(|w| lexicon::ORGS.contains(w)));
    if is_group_or_heading(name, lower) && !organisation_of {
        return EntityKind::Other;
    }
    let person_role = parts.roles_lower().iter().any(|r| {
        lexicon::ROLE_WORDS.contains(r) && !matches!(&**r, "campaign" | "press" | "house")
    });
    // An organisation word anywhere in a name that opens with no first name
    // (`United Federation of Teachers`, `Congressional Black Caucus PAC`).
    let org_word = lower.iter().any(|w| lexicon::ORGS.contains(w))
        && (lexicon::first_name_gender(first).is_none() || lexicon::PLACES.contains(first));
    if lexicon::KNOWN_ORG_NAMES.contains(full)
        // (`Indiana GOP`; not `Vicente Fox` or `Kim Jong Un`.)
        || (name.len() >= 2
            && is_acronym(name[name.len() - 1])
            && lexicon::KNOWN_ORG_NAMES.contains(last))
        || organisation_of
        || lexicon::ORGS.contains(last)
        || (last_word == Some(LastWord::Organization) && name.len() >= 2)
        || ends_in_a_papers_word(last)
        || (first == "daily" && name.len() >= 2)
        || (org_word && name.len() >= 2)
        || (name.len() == 1 && is_acronym(name[0]) && lexicon::first_name_gender(first).is_none())
    {
        return EntityKind::Organization;
    }
    if lexicon::PLACES.contains(full) && !person_role {
        return EntityKind::Place;
    }
    // A place's or a building's name by its last word, after at least one
    // other (a surname only after a word that is no first name).
    let place_head = match last_word {
        Some(LastWord::Place) => true,
        Some(LastWord::PlaceOrSurname) => lexicon::first_name_gender(first).is_none(),
        _ => false,
    };
    if name.len() >= 2 && place_head && !person_role {
        return EntityKind::Place;
    }
    // A first name opens a person's name, unless it names a country
    // (`Iran Air`). A lone first name is a person too (`Melanie`).
    let shouted = name.len() == 1 && !name[0].chars().any(char::is_lowercase);
    let first_is_name = !shouted
        && (lexicon::first_name_gender(first)
            .is_some_and(|g| name.len() >= 2 || g != Gender::Unknown)
            || opens_with_a_foreign_given_name(name, lower))
        && !lexicon::is_country(first)
        && (name.len() >= 2 || !lexicon::PLACES.contains(first))
        // (`Peace Corps`, `West Point`, `Delta Air Lines`, `Can` alone;
        // not `Marine Le Pen`.)
        && !(lexicon::is_a_word_seldom_a_name(first)
            && lower[1..].iter().all(|w| lexicon::is_common_word(w)));
    if person_role || first_is_name {
        return EntityKind::Person;
    }
    EntityKind::Other
}

fn is_acronym(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    (2..=6).contains(&letters) && !lexicon::ROLE_WORDS.contains(norm(s).as_str())
}

/// Two or three capitalised words that no list makes a place, an
/// organisation, a role or a group, of no kind yet: a person's name whose
/// first name the list lacks (`Rakeyia Scott`).
fn looks_like_an_unlisted_persons_name(e: &LocalEntity) -> bool {
    e.kind == EntityKind::Other
        && (2..=3).contains(&e.name.len())
        && e.name.iter().all(|w| is_cap_word(w))
        && !is_group_or_heading(&e.name, &e.lower)
        && e.lower.iter().all(|w| is_on_no_list(w))
}

/// A word no list makes a place, an organisation, a role, or never a
/// name.
fn is_on_no_list(lower: &str) -> bool {
    !lexicon::ORGS.contains(lower)
        && !lexicon::PLACES.contains(lower)
        && !lexicon::KNOWN_ORG_NAMES.contains(lower)
        && !lexicon::NOT_NAMES.contains(lower)
        && !is_role_token(lower)
}

/// Whether two people may be one: neither's sex known, or the same.
pub(super) fn sexes_fit(a: Gender, b: Gender) -> bool {
    a == Gender::Unknown || b == Gender::Unknown || a == b
}

/// The sex a title before the name tells (`Mrs.`, `Mr.`).
fn title_gender(parts: &NameParts<'_, '_>) -> Option<Gender> {
    // (Lowercased: `honorific_gender` knows `mrs`, not `Mrs`.)
    parts
        .roles_lower()
        .iter()
        .find_map(|r| lexicon::honorific_gender(r))
}

fn gender_of(parts: &NameParts<'_, '_>) -> Gender {
    if let Some(g) = title_gender(parts) {
        return g;
    }
    if parts.name().len() >= 2 {
        lexicon::first_name_gender(&parts.lower()[0]).unwrap_or(Gender::Unknown)
    } else {
        Gender::Unknown
    }
}

/// Roles with countries added for demonyms: russian -> russia.
fn role_set<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> HashSet<String> {
    let mut set = HashSet::default();
    add_roles(&mut set, words);
    set
}

/// `role_set`, added to a set.
fn add_roles<S: AsRef<str>>(set: &mut HashSet<String>, words: impl IntoIterator<Item = S>) {
    for w in words {
        let n = norm(w.as_ref());
        let t = strip_possessive(&n);
        let w = match t {
            "gov." | "gov" => "governor".to_owned(),
            "sen." | "sen" => "senator".to_owned(),
            "rep." | "rep" => "representative".to_owned(),
            "gen." => "general".to_owned(),
            "pres." => "president".to_owned(),
            "democrat" | "d" => "democratic".to_owned(),
            "gop" | "r" => "republican".to_owned(),
            "spokeswoman" | "spokesperson" => "spokesman".to_owned(),
            "chairwoman" | "chair" => "chairman".to_owned(),
            _ if t.len() == n.len() => n,
            _ => t.to_owned(),
        };
        if let Some(country) = lexicon::DEMONYMS.get(&w) {
            set.insert(country.clone());
        }
        if lexicon::PLACES.contains(&w) {
            set.insert(w.clone());
        }
        set.insert(w);
    }
}

impl Table {
    /// Finds or makes the entity a name refers to.
    fn link(&mut self, parts: NameParts<'_, '_>, pos: usize) -> usize {
        // (Joined in a buffer kept from name to name: most names are of an
        // entity met already, and need no copy.)
        let mut full = std::mem::take(&mut self.full_buf);
        parts.write_full(&mut full);
        let i = self.link_full(parts, &full, pos);
        self.full_buf = full;
        i
    }

    /// `link`, the name joined (`full`).
    fn link_full(&mut self, parts: NameParts<'_, '_>, full: &str, pos: usize) -> usize {
        let lower = parts.lower();
        // The same name, or (people) the same surname with a compatible first name.
        let found = if lower.len() >= 2 {
            let same_last = self.by_last(lower.last().unwrap());
            let mut candidates = self
                .by_full(full)
                .into_iter()
                .chain(same_last.iter().copied());
            candidates.find(|&i| {
                let e = &self.entities[i];
                // Words hold no spaces: equal words, equal joined names.
                let el = &e.lower;
                if el == lower && e.suffix == parts.suffix {
                    return true;
                }
                // `De Blasio` of `Bill de Blasio`; `Bobby Scott` of
                // `Robert C. "Bobby" Scott`.
                let tail = el.len() > lower.len()
                    && lexicon::first_name_gender(&lower[0]).is_none()
                    && el[el.len() - lower.len()..] == lower[..];
                let nickname = el.len() > 2 && el[1..el.len() - 1].iter().any(|w| *w == lower[0]);
                e.kind == EntityKind::Person
                    && el.len() >= 2
                    && el.last().map(String::as_str) == lower.last().map(|w| &**w)
                    && e.suffix == parts.suffix
                    && (el[0] == lower[0]
                        || tail
                        || nickname
                        || (el[0].len() <= 2 || lower[0].len() <= 2)
                            && el[0].chars().next() == lower[0].chars().next())
            })
        } else {
            // (A short form only when the run was the word alone: in `Justice
            // Department` or `Security Council` the role word was split off.)
            let written = parts.roles().is_empty().then(|| parts.name()[0]);
            let found = self.single_word(full, written, gender_of(&parts), pos);
            if let Some(i) = found
                && self.entities[i].name.len() >= 2
                && self.entities[i].surname() == Some(full)
            {
                self.entities[i].bare += 1;
            }
            found
        };
        let roles = role_set(parts.roles());
        // (Kind and gender are worked out only where they can change
        // something: most names are of an entity whose are known.)
        match found {
            Some(i) => {
                let e = &mut self.entities[i];
                let longer = parts.name().len() > e.name.len() && e.kind != EntityKind::Place;
                if e.gender == Gender::Unknown {
                    e.gender = gender_of(&parts);
                }
                if e.kind == EntityKind::Other {
                    e.kind = kind_of(&parts, full);
                }
                if longer {
                    (e.name, e.lower) = parts.owned_name();
                }
                e.add_roles_named(roles, parts.name().len() == 1);
                e.mentions += 1;
                // (Not `Mr. Graham` for Lindsey Graham, a woman's name.)
                e.titled |= title_gender(&parts).is_some_and(|g| sexes_fit(g, e.gender));
                if longer {
                    self.index(i, full);
                }
                i
            }
            None => {
                let (name, lower) = parts.owned_name();
                let titled = title_gender(&parts).is_some();
                self.entities.push(LocalEntity {
                    name,
                    lower,
                    kind: kind_of(&parts, full),
                    gender: gender_of(&parts),
                    roles,
                    forms: SmallVec::new(),
                    suffix: parts.suffix,
                    mentions: 1,
                    bare: 0,
                    speaks_as_an_english_word: false,
                    titled,
                    surname_roles: HashSet::default(),
                    learnt_roles: None,
                });
                let i = self.entities.len() - 1;
                self.index(i, full);
                i
            }
        }
    }

    /// Files an entity under its name's words (`full`: joined).
    fn index(&mut self, i: usize, full: &str) {
        let lower = &self.entities[i].lower;
        let (Some(first), Some(last)) = (lower.first(), lower.last()) else {
            return;
        };
        // (People are most names and no acronym stands for one.)
        if lower.len() >= 2 && self.entities[i].kind != EntityKind::Person {
            let list = self.initials.entry(initials_of(lower)).or_default();
            if !list.contains(&i) {
                list.push(i);
            }
        }
        // (A one-word name is its own last and first word: one key, made
        // once, serves the three.)
        let filed = match self.names.get_mut(full) {
            Some(f) => f,
            None => self.names.entry(full.to_owned()).or_default(),
        };
        filed.full.get_or_insert(i);
        for (key, is_last) in [(last, true), (first, false)] {
            let filed = match self.names.get_mut(key.as_str()) {
                Some(f) => f,
                None => self.names.entry(key.clone()).or_default(),
            };
            let list = if is_last {
                &mut filed.last
            } else {
                &mut filed.first
            };
            if !list.contains(&i) {
                list.push(i);
            }
        }
    }

    /// The entity events before `pos` (and at it, if `inclusive`), most
    /// recent first, at most `limit`.
    /// Lazily: most lookups stop after a few events.
    fn recent(
        &self,
        pos: usize,
        inclusive: bool,
        limit: usize,
    ) -> impl Iterator<Item = (usize, usize, bool)> + '_ {
        let cut = |v: &Vec<(usize, usize, bool)>| {
            v.partition_point(|s| if inclusive { s.0 <= pos } else { s.0 < pos })
        };
        let (mut a, mut b) = (cut(&self.salience), cut(&self.touches));
        std::iter::from_fn(move || {
            if a == 0 && b == 0 {
                return None;
            }
            let take_a = b == 0 || (a > 0 && self.salience[a - 1].0 >= self.touches[b - 1].0);
            if take_a {
                a -= 1;
                Some(self.salience[a])
            } else {
                b -= 1;
                Some(self.touches[b])
            }
        })
        .take(limit)
    }

    /// A one-word name: a known person's surname or first name, or an
    /// entity of that name.
    /// (`word` normalised; `written`, as in the text, when it may be an
    /// organisation's short form.)
    fn single_word(
        &self,
        word: &str,
        written: Option<&str>,
        gender: Gender,
        pos: usize,
    ) -> Option<usize> {
        // `Mrs. Clinton` is not Bill Clinton.
        let compatible = |g: Gender| sexes_fit(g, gender);
        let filed = self.names.get(word);
        let mut candidates: Vec<usize> = filed
            .map_or(&[][..], |f| &f.last[..])
            .iter()
            .copied()
            .filter(|&i| {
                let e = &self.entities[i];
                e.kind == EntityKind::Person && e.name.len() >= 2 && e.surname() == Some(word)
            })
            .collect();
        // With no person of that surname, a name of no kind that looks like
        // a person's, when one does (`Amelize Joseph ...`, then `said
        // Joseph`; not `Electing Hillary`). Not where titles of both sexes
        // share the surname (`Mr. Khan` and `Ms. Khan`): a name whose sex
        // nothing tells cannot be told from the other one.
        if candidates.is_empty()
            && let [one] = filed.map_or(&[][..], |f| &f.last[..])
            && self.entities[*one].surname() == Some(word)
            && looks_like_an_unlisted_persons_name(&self.entities[*one])
            && !lexicon::is_common_word(&self.entities[*one].lower[0])
            && !(self.titles(word, Gender::Male) && self.titles(word, Gender::Female))
        {
            candidates.push(*one);
        }
        // Of Bill and Hillary Clinton, `Mrs. Clinton` is Hillary; with
        // Lindsey Graham alone, `Mr. Graham` is still Lindsey Graham (a
        // first name tells a sex less surely than a title).
        // But Mr. Obama is not Michelle Obama, whom the article calls Mrs.
        // Obama: her sex is a title's too.
        if candidates
            .iter()
            .any(|&i| compatible(self.entities[i].gender))
        {
            candidates.retain(|&i| compatible(self.entities[i].gender));
        } else if gender != Gender::Unknown {
            // (Nor when the title comes later: `Mr. Obama` said, and only
            // then `Mrs. Obama`.)
            candidates.retain(|&i| {
                let e = &self.entities[i];
                !e.titled && !self.titles(word, e.gender)
            });
        }
        // Trump is Donald Trump, not Donald Trump Jr., when both are named;
        // Biden is Joseph R. Biden Jr. when he alone is.
        let plain = |i: &usize| self.entities[*i].suffix.is_none();
        if candidates.iter().any(plain) {
            candidates.retain(plain);
        }
        if let Some(best) = self.most_salient(&candidates, pos) {
            return Some(best);
        }
        let by_first: Vec<usize> = filed
            .map_or(&[][..], |f| &f.first[..])
            .iter()
            .copied()
            .filter(|&i| {
                self.entities[i].kind == EntityKind::Person
                    && self.entities[i].first() == Some(word)
            })
            .collect();
        if by_first.len() == 1 {
            return Some(by_first[0]);
        }
        if let Some(e) = written.and_then(|w| self.short_form(word, w)) {
            return Some(e);
        }
        if let Some(e) = filed.and_then(|f| f.full) {
            return Some(e);
        }
        // A long surname misspelt by one letter (`McLenney` for Tyresha
        // McClenney), when one person fits.
        if word.chars().count() < 6 {
            return None;
        }
        let mut near = self.entities.iter().enumerate().filter(|(_, e)| {
            e.kind == EntityKind::Person
                && e.name.len() >= 2
                && e.surname().is_some_and(|s| one_edit_apart(s, word))
        });
        match (near.next(), near.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// The one organisation or place a short form names, once named in
    /// full: `the Commission` of the European Commission, `the EU` of the
    /// European Union. (Not when two fit: `the Union` after the European
    /// and the Soviet Union.)
    fn short_form(&self, word: &str, written: &str) -> Option<usize> {
        static SHORT: std::sync::LazyLock<WordSet> =
            std::sync::LazyLock::new(|| SHORT_FORMS.split_whitespace().collect());
        let last_word = SHORT.contains(word);
        // (Candidates come from the indexes and are checked against their
        // name as it now is: an article of a thousand acronyms and names
        // costs a thousand lookups, not a million comparisons.)
        let filed: &[usize] = if last_word {
            self.by_last(word)
        } else if is_acronym(written) {
            self.initials.get(word).map_or(&[], |l| &l[..])
        } else {
            return None;
        };
        let mut fits = filed.iter().copied().filter(|&i| {
            let e = &self.entities[i];
            matches!(e.kind, EntityKind::Organization | EntityKind::Place)
                && e.lower.len() >= 2
                && if last_word {
                    e.surname() == Some(word)
                } else {
                    initials_of(&e.lower) == word
                }
        });
        match (fits.next(), fits.next()) {
            (Some(i), None) => Some(i),
            _ => None,
        }
    }

    /// Of several entities, the most mentioned, then the most recent.
    fn most_salient(&self, candidates: &[usize], pos: usize) -> Option<usize> {
        if candidates.len() <= 1 {
            return candidates.first().copied();
        }
        let recency = |i: usize| {
            self.recent(pos, true, SALIENCE_WINDOW)
                .position(|s| s.1 == i)
                .unwrap_or(usize::MAX)
        };
        candidates
            .iter()
            .copied()
            // Whoever the text already calls by this name alone, then the
            // most recent (Cruz is Ted Cruz, not Heidi Cruz, once used so).
            // A clearly more present person wins over a recent passing
            // mention (`Clinton's van` after `daughter Chelsea Clinton`).
            .min_by_key(|&i| {
                let most = candidates
                    .iter()
                    .map(|&j| self.entities[j].mentions)
                    .max()
                    .unwrap_or(0);
                let others = candidates
                    .iter()
                    .filter(|&&j| j != i)
                    .map(|&j| self.entities[j].mentions)
                    .max()
                    .unwrap_or(0);
                let dominant = self.entities[i].mentions == most && most >= others + 2;
                // Then whoever was named in the last few paragraphs, and of
                // those the one the article named first: its protagonist
                // (Hillary Clinton, then "her husband, Bill Clinton").
                let near = self
                    .recent(pos, true, SALIENCE_WINDOW)
                    .find(|s| s.1 == i)
                    .is_some_and(|s| pos.saturating_sub(s.0) <= NEAR_BYTES);
                (
                    std::cmp::Reverse(self.entities[i].bare),
                    !dominant,
                    !near,
                    i,
                    recency(i),
                )
            })
    }

    /// Records that an entity was a subject or speaker at `pos`, keeping
    /// the salience list in text order.
    fn touch(&mut self, pos: usize, entity: usize) {
        // Stage one reads in order, and stage two resolves in order: each
        // list grows at its end (an insert keeps odd cases sorted).
        let list = if self.resolving {
            &mut self.touches
        } else {
            &mut self.salience
        };
        let at = list.partition_point(|s| s.0 <= pos);
        list.insert(at, (pos, entity, true));
    }

    /// Records a mention. `subject`: it leads its sentence or speaks;
    /// `None`: it is inside a quotation, where no later pronoun looks.
    /// `form`: the words naming it, roles included (`Mayor Bill de Blasio`).
    fn mention(
        &mut self,
        text: &str,
        (span, form): (Span, Span),
        kind: MentionKind,
        entity: usize,
        subject: Option<bool>,
    ) {
        self.mentions.push(Mention::new(span, kind, Some(entity)));
        if kind == MentionKind::Name && !self.resolving {
            self.name_at.insert(span.start, (span.end, entity));
        }
        let forms = &mut self.entities[entity].forms;
        let written = &text[form.range()];
        if !forms.iter().any(|f| &text[f.range()] == written) {
            forms.push(form);
        }
        let Some(subject) = subject else { return };
        let list = if self.resolving {
            &mut self.touches
        } else {
            &mut self.salience
        };
        let at = list.partition_point(|s| s.0 <= span.start);
        list.insert(at, (span.start, entity, subject));
    }

    /// He/she: the most recent compatible person who was a subject or a
    /// speaker, else any compatible person mentioned before.
    fn pronoun(&self, gender: Gender, pos: usize) -> Option<usize> {
        // A person known to be of that gender first, then one of unknown
        // gender; subjects and speakers nearby first, then anyone before.
        let fits = |e: usize, g: Gender| {
            let en = &self.entities[e];
            en.kind == EntityKind::Person && en.gender == g
        };
        let before = || self.recent(pos, false, SALIENCE_WINDOW);
        // The person who just spoke, even of unknown gender (`said widow
        // Terry Strada. She continued`), before anyone earlier.
        let just_before = before()
            .filter(|s| s.2 && self.entities[s.1].kind == EntityKind::Person)
            .take(2)
            .find(|s| fits(s.1, gender) || fits(s.1, Gender::Unknown));
        // A name no list knows, just before, whose surname is used as
        // one's (`Rakeyia Scott can be heard yelling ... "Don't shoot
        // him," she says`, her husband Keith Scott named before; `Ms.
        // Nwanguma` after): a person's.
        let surname_used = |e: usize| {
            let en = &self.entities[e];
            en.bare > 0
                || en.lower.last().is_some_and(|last| {
                    self.by_last(last)
                        .iter()
                        .any(|&o| o != e && self.entities[o].kind == EntityKind::Person)
                })
        };
        let unknown_name_just_before = || {
            before().filter(|s| s.2).take(1).find(|s| {
                looks_like_an_unlisted_persons_name(&self.entities[s.1]) && surname_used(s.1)
            })
        };
        just_before
            .or_else(unknown_name_just_before)
            .or_else(|| {
                [gender, Gender::Unknown]
                    .into_iter()
                    .find_map(|g| before().take(12).find(|s| s.2 && fits(s.1, g)))
            })
            .or_else(|| {
                [gender, Gender::Unknown]
                    .into_iter()
                    .find_map(|g| before().find(|s| fits(s.1, g)))
            })
            .map(|s| s.1)
    }

    /// "It said": the organisation that last spoke or led a sentence.
    fn recent_organization(&self, pos: usize) -> Option<usize> {
        self.recent(pos, false, 40)
            .filter(|s| s.2)
            .take(6)
            .find(|s| self.entities[s.1].kind == EntityKind::Organization)
            .map(|s| s.1)
    }

    /// A description at `pos`: the one person whose roles hold its head
    /// noun (and its country, if it names one).
    fn description(&self, words: &[String], pos: usize) -> Option<usize> {
        let head = words.last()?;
        // (An indefinite one brings in someone new, seldom named: `a senior
        // adviser said`, `a Democratic strategist said`.)
        if !person_head(head) || matches!(words[0].as_str(), "a" | "an") {
            return None;
        }
        let head_fits = |has: &dyn Fn(&str) -> bool| match head.as_str() {
            "diplomat" => {
                has("diplomat")
                    || has("ambassador")
                    || has("foreign") && (has("minister") || has("secretary"))
            }
            "lawmaker" | "legislator" => [
                "senator",
                "sen.",
                "rep.",
                "representative",
                "congressman",
                "congresswoman",
                "lawmaker",
            ]
            .iter()
            .any(|r| has(r)),
            // (The same office under two names: `Justice Frank Nervo`
            // is `the judge`, `attorney Ana Ruiz` her client's lawyer.)
            "judge" => has("judge") || has("justice"),
            "lawyer" | "attorney" => has("lawyer") || has("attorney"),
            "doctor" | "physician" => has("doctor") || has("physician"),
            h => has(h),
        };
        let wanted = role_set(&words[..words.len() - 1]);
        let places: Vec<&String> = wanted
            .iter()
            .filter(|w| lexicon::PLACES.contains(w))
            .collect();
        let fits_roles = |has: &dyn Fn(&str) -> bool| {
            head_fits(has)
                && places.iter().all(|p| has(p))
                && wanted
                    .iter()
                    .filter(|w| {
                        matches!(
                            w.as_str(),
                            "foreign"
                                | "defense"
                                | "prime"
                                | "vice"
                                | "republican"
                                | "democratic"
                                | "former"
                                | "first"
                        )
                    })
                    .all(|w| has(w))
        };
        let fits: Vec<usize> = (0..self.entities.len())
            .filter(|&i| {
                let e = &self.entities[i];
                e.kind == EntityKind::Person
                    && (fits_roles(&|r| e.roles.contains(r))
                        // (Not with the roles only its surname was given
                        // here: `President Bush` of one brother, `former`
                        // of the other elsewhere.)
                        || e.learnt_roles.iter().flat_map(|sets| sets.iter()).any(|learnt| {
                            fits_roles(&|r| {
                                e.roles.contains(r) && !e.surname_roles.contains(r)
                                    || learnt.binary_search_by(|x| x.as_str().cmp(r)).is_ok()
                            })
                        }))
            })
            .collect();
        // A description looks back: those named before it, if any, are
        // the candidates (`"...," the senator said`, then a rival named
        // later).
        let named_before = |&i: &usize| self.entities[i].forms.iter().any(|f| f.start < pos);
        let fits: Vec<usize> = if fits.iter().any(named_before) {
            fits.into_iter().filter(named_before).collect()
        } else {
            fits
        };
        // One fits, or one is far more present than the others.
        let mut by_mentions: Vec<usize> = fits;
        by_mentions.sort_by_key(|&i| std::cmp::Reverse(self.entities[i].mentions));
        match by_mentions.as_slice() {
            [one] => Some(*one),
            [a, b, ..] if self.entities[*a].mentions >= 2 * self.entities[*b].mentions.max(1) => {
                Some(*a)
            }
            _ => None,
        }
    }
}

/// Only a word for a person's role heads a description of one: not "a
/// speech", "the agency", "the union", "officials".
fn person_head(head: &str) -> bool {
    let person_head = lexicon::ROLE_WORDS.contains(head)
        || matches!(
            head,
            "diplomat"
                | "lawmaker"
                | "legislator"
                | "businessman"
                | "businesswoman"
                | "mogul"
                | "incumbent"
        );
    person_head && !is_group_head(head)
}

/// Splits a run of capitalised words into roles and name; `lower[k]` is
/// `norm(words[k])`.
fn split_run_lower<'a, 'b>(
    spans: &[Span],
    words: &'b [&'a str],
    lower: &'b [Cow<'a, str>],
) -> Option<NameParts<'a, 'b>> {
    let mut suffix = None;
    let mut end = words.len();
    if end >= 2 && SUFFIXES.contains(&&*lower[end - 1]) {
        suffix = Some(lower[end - 1].trim_end_matches('.').to_owned());
        end -= 1;
    }
    // The name starts after the last role word (`Wells Fargo CEO John
    // Stumpf`), at a known first name from there (`Actress Eva Longoria`,
    // `Does Ted Cruz`), or at the start: not at a first name inside an
    // organisation's or a place's name (`York` of the `New York Times`,
    // `Vegas` of the `Las Vegas Strip`).
    // A role word last in the run is a surname (`Charlie King`, `Howard
    // Dean`) when a first name comes before it.
    let last_is_surname = end >= 2
        && lexicon::first_name_gender(&lower[end - 2]).is_some()
        && !is_role_token(&lower[end - 2]);
    // `House of Representatives`, `Department of Justice`, `Board of
    // Governors`: an organisation's word, `of`, and roles after it that
    // name no one (no first name before the last word) are one name,
    // which starts where the words before `of` would start one
    // (`Massachusetts Institute of Technology`, `U.S. Court of Appeals`).
    let organisation_of = (1..end.saturating_sub(1))
        .find(|&j| &*lower[j] == "of" && lexicon::ORGS.contains(&lower[j - 1]))
        .filter(|&j| (j + 1..end - 1).all(|k| lexicon::first_name_gender(&lower[k]).is_none()));
    let name_from = |start: usize| {
        Some(NameParts {
            words,
            lowers: lower,
            start,
            end,
            suffix,
            span: Span::new(spans[start].start, spans[end - 1].end),
        })
    };
    if let Some(of) = organisation_of {
        let head = split_run_lower(&spans[..of], &words[..of], &lower[..of]);
        return name_from(head.map_or(of - 1, |head| head.start));
    }
    let role_end = (0..if last_is_surname { end - 1 } else { end })
        .rev()
        .find(|&k| is_role_token(&lower[k]) && !(last_is_surname && k == end - 2))
        .map_or(0, |k| k + 1);
    let start = (role_end..end)
        .find(|&k| {
            lexicon::first_name_gender(&lower[k]).is_some()
                && !is_role_token(&lower[k])
                && k + 1 < end
                // (A particle is no first name inside a run: `Tour de
                // France`, `Sharm el Sheikh`.)
                && words[k].starts_with(|c: char| !c.is_lowercase())
        })
        .filter(|&k| !names_a_place_or_organisation(&lower[role_end..end], k - role_end))
        .filter(|&k| !(role_end..k).all(|j| is_unlisted_name_word(words[j], &lower[j])))
        .unwrap_or(role_end);
    // A run of role words alone: a lone role-like noun is a surname
    // ("Mr. King", "Senator King"); but the `White House` and the
    // `Attorney General` end in an adjective of roles, and name something
    // whole.
    let start = if start >= end && end >= 1 && !lexicon::DEMONYMS.contains(&lower[end - 1]) {
        if end >= 2 && matches!(&*lower[end - 2], "former" | "retired") {
            // `Retired General`, `Former Attorney General` alone: a
            // description, no name.
            return None;
        }
        if is_role_adjective(&lower[end - 1]) {
            let from = role_words_before(lower, end - 1);
            // `Islamic State`, `Ohio State`: a name ends in an
            // organisation's word (`Secretary of State` is a title).
            let organisation = lexicon::LAST_WORDS.get(&lower[end - 1])
                == Some(&LastWord::Organization)
                && from > 0
                && &*lower[from - 1] != "of";
            if organisation { 0 } else { from }
        } else if end >= 2
            && (is_role_adjective(&lower[end - 2]) || lexicon::DEMONYMS.contains(&lower[end - 2]))
        {
            // `Russian Foreign Minister`, `Vice President` alone: a
            // description, no name.
            return None;
        } else {
            end - 1
        }
    } else {
        start
    };
    // Roles before an organisation's word are its name: the `State
    // Department`, the `Supreme Court`, the `Free Syrian Army`.
    let start = if start > 0 && end - start == 1 && lexicon::ORGS.contains(&lower[start]) {
        role_words_before(lower, start)
    } else {
        start
    };
    // (`Attorney General of New York`: a name does not open on `of`.)
    let start = (start..end).find(|&k| &*lower[k] != "of").unwrap_or(end);
    // `Secretary of Labor`, `Chief of Staff` alone: a title, not a name
    // (a place stays one: `Governor of Ohio`).
    let title_of = start >= 2
        && end - start == 1
        && &*lower[start - 1] == "of"
        && lexicon::ROLE_WORDS.contains(&lower[start - 2])
        && !lexicon::PLACES.contains(&lower[start]);
    if title_of {
        return None;
    }
    // `the Wisconsin Republican`: a party's member is a description.
    if start >= end || end - start == 1 && is_party_member(&lower[start]) {
        return None;
    }
    name_from(start)
}

/// `Federal Reserve`, `Republican National Convention`, `Homeland
/// Security`, `Operation Iraqi Freedom`: role adjectives and demonyms
/// (and words of no list), with no title among them, before one word that is not the surname of
/// someone the article names, are one name, not roles and a surname
/// (`Republican Trump` stays Trump; `Sen. Warren` stays Warren). (Not
/// asked whether the word is a first name: `Freedom` is one.)
fn adjectives_before_a_common_word(
    parts: &NameParts<'_, '_>,
    is_persons_surname: impl Fn(&str) -> bool,
) -> bool {
    let [name] = parts.lower() else {
        return false;
    };
    // (Not `Democratic Vermont`, the `Republican Senate`, `Senate
    // Benghazi`: a place or a body with an adjective is that place or body.)
    parts.start > 0
        && !is_role_token(name)
        && !lexicon::PLACES.contains(name)
        && !lexicon::ORGS.contains(name)
        && !lexicon::KNOWN_ORG_NAMES.contains(name)
        && parts.roles_lower().iter().all(|w| {
            !lexicon::ROLE_WORDS.contains(w)
                // (`French Open` stays as it was: `German Ortega` is a name.)
                && lexicon::first_name_gender(w).is_none()
                && lexicon::honorific_gender(w).is_none()
                // (Nor a place's or a small word: `Chicago Democrat X`,
                // `Republican of Tennessee`.)
                && (is_role_token(w) || !lexicon::PLACES.contains(w) && !lexicon::STOPS.contains(w))
        })
        && !is_persons_surname(name)
}

/// Whether a name starting at token `start` is its sentence's subject
/// by its place: first (after a word such as `But`), or after an opening
/// phrase closed by a comma and the capitalised words and parenthesis that
/// qualify it (`Earlier, Maricopa County (Ariz.) Sheriff Joe Arpaio
/// vouched ...`), so that a `he` after it is that person.
fn opens_its_sentence(
    text: &str,
    unit: &Unit,
    sent: &std::ops::Range<usize>,
    start: usize,
) -> bool {
    if start <= sent.start + 1 {
        return true;
    }
    let toks = &unit.toks;
    let first = unit.lowers.get(sent.start);
    let intro = toks[sent.start].kind == TokKind::Word
        && (first.ends_with("ly")
            || matches!(
                first,
                "earlier"
                    | "later"
                    | "meanwhile"
                    | "yesterday"
                    | "today"
                    | "on"
                    | "in"
                    | "at"
                    | "after"
                    | "during"
                    | "last"
                    | "this"
                    | "since"
                    | "before"
            ));
    if !intro {
        return false;
    }
    let Some(comma) = (sent.start + 1..start)
        .find(|&k| toks[k].kind == TokKind::Punct && &text[toks[k].span().range()] == ",")
    else {
        return false;
    };
    // (Not a name set off by commas before the subject: `On the topic of
    // another tough guy, Mr. Putin, Mr. Trump was pressed`.)
    let end = (start..sent.end)
        .find(|&k| !(toks[k].kind == TokKind::Word && toks[k].cap))
        .unwrap_or(sent.end);
    let apposition = end + 1 < sent.end
        && &text[toks[end].span().range()] == ","
        && toks[end + 1].kind == TokKind::Word
        && toks[end + 1].cap;
    start - comma <= 8
        && !apposition
        && (comma + 1..start).all(|k| {
            let t = &toks[k];
            if t.kind == TokKind::Word {
                t.cap && !t.in_quote
            } else {
                matches!(&text[t.span().range()], "(" | ")" | ".")
            }
        })
}

/// Whether a name opens with a role's adjective or a demonym that is no
/// first name (`American Legion`, `French Open`, `National Academies`):
/// no person's name does.
fn opens_with_an_adjective<S: AsRef<str>>(lower: &[S]) -> bool {
    lower.first().is_some_and(|first| {
        let first = first.as_ref();
        is_role_token(first)
            && !lexicon::ROLE_WORDS.contains(first)
            && lexicon::first_name_gender(first).is_none()
    })
}

/// Roles written around a name: lowercase modifiers before it
/// (`presidential nominee Donald Trump`, `Connecticut's tax commissioner
/// Kevin Sullivan`) and an apposition after it (`Shoigu, the secretary of
/// Russia's security council,`).
fn context_roles(
    text: &str,
    unit: &Unit,
    sent: &std::ops::Range<usize>,
    run: std::ops::Range<usize>,
) -> Vec<String> {
    let toks = &unit.toks;
    let s = |i: usize| &text[toks[i].span().range()];
    let mut out = Vec::new();
    let mut k = run.start;
    while k > sent.start && run.start - k < 6 {
        let p = k - 1;
        let l = unit.lowers.normalised(p);
        let word = toks[p].kind == TokKind::Word;
        if toks[p].in_quote
            || (!word && l != "'s")
            || lexicon::STOPS.contains(&l)
            || lexicon::is_cue(&l)
            || matches!(&*l, "a" | "an")
            // (A possessive opens another phrase: `the Wisconsin governor
            // threw his support behind Sen. Ted Cruz`.)
            || matches!(&*l, "his" | "her" | "their" | "its" | "our" | "my" | "your")
        {
            break;
        }
        // (A word that describes no one ends the modifiers: `The Texas
        // senator led both Donald Trump` gives Trump no role.)
        if !describes_someone(&l) {
            break;
        }
        out.push(l.into_owned());
        k = p;
    }
    if run.end + 1 < sent.end && s(run.end) == "," {
        let first = unit.lowers.normalised(run.end + 1);
        if matches!(&*first, "the" | "a" | "an" | "who")
            || lexicon::ROLE_WORDS.contains(&first)
            || lexicon::DEMONYMS.contains(&first)
        {
            // An apposition that names someone else is not this one's role
            // (`in Chelsea, Mayor Bill de Blasio said`).
            // (A name after a preposition is where the role is: `a senior
            // adviser to the Clinton campaign`.)
            let mut roles = Vec::new();
            let mut names_another = false;
            let mut after_preposition = false;
            let window = run.end + 1..(run.end + 14).min(sent.end);
            for (k, tok) in window.clone().zip(&toks[window]) {
                if s(k) == "," || tok.in_quote {
                    break;
                }
                let l = unit.lowers.normalised(k);
                after_preposition |= matches!(&*l, "of" | "for" | "to" | "at" | "in");
                names_another |= !after_preposition
                    && lexicon::first_name_gender(&l).is_some()
                    && tok.cap
                    && !is_role_token(&l)
                    && !lexicon::PLACES.contains(&l);
                // A verb means a new clause (`Chelsea, the mayor said it
                // was ...`), not an apposition.
                let clause = lexicon::is_cue(&l)
                    || (lexicon::STOPS.contains(&l)
                        && !matches!(
                            &*l,
                            "of" | "for" | "and" | "at" | "in" | "to" | "the" | "a" | "an"
                        ));
                names_another |= clause;
                roles.push(l);
            }
            if !names_another {
                out.extend(
                    roles
                        .into_iter()
                        .filter(|l| describes_someone(l))
                        .map(|l| l.into_owned()),
                );
            }
        }
    }
    out
}

/// Whether the capitalised run `lower` names an organisation (its last
/// word says so: `Times`, `University`) or runs on from a place's name
/// through its word `at` (`Las Vegas`, `New York`), rather than a person
/// there.
fn names_a_place_or_organisation<S: AsRef<str>>(lower: &[S], at: usize) -> bool {
    let last = lower.last().map_or("", |w| w.as_ref());
    // (`Salt Lake City`, `Cape Breton Island`: a place's or an
    // organisation's last word, or a place's whole name.)
    let whole = || {
        lower
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<&str>>()
            .join(" ")
    };
    lexicon::ORGS.contains(last)
        || matches!(
            lexicon::LAST_WORDS.get(last),
            Some(LastWord::Organization | LastWord::Place)
        )
        || at > 0
            && (lexicon::PLACES.contains(&format!(
                "{} {}",
                lower[at - 1].as_ref(),
                lower[at].as_ref()
            )) || lexicon::PLACES.contains(&whole()))
}

/// A capitalised word no list knows and English does not write in lower
/// case: a foreign given name before a listed one (`Aung` of `Aung San Suu
/// Kyi`), not a word that opens a sentence (`Actor`, `Follow`).
fn is_unlisted_name_word(word: &str, lower: &str) -> bool {
    let mut letters = word.chars();
    letters.next().is_some_and(char::is_uppercase)
        && letters.all(char::is_lowercase)
        && !lexicon::is_common_word(lower)
        && !names_a_places_people(lower)
        && is_on_no_list(lower)
        && !lexicon::DEMONYMS.contains(lower)
        && lexicon::LAST_WORDS.get(lower).is_none()
}

/// `Ohioan`, `Kentuckian`, `Vermonter`, `Floridians`: a place's people,
/// whose word no list holds.
fn names_a_places_people(lower: &str) -> bool {
    let singular = lower.strip_suffix('s').unwrap_or(lower);
    let mut place = String::with_capacity(singular.len() + 2);
    ["ian", "an", "er", "ite"].iter().any(|ending| {
        singular.strip_suffix(ending).is_some_and(|stem| {
            ["", "a", "y", "o", "e", "ia", "as"].iter().any(|tail| {
                place.clear();
                place.push_str(stem);
                place.push_str(tail);
                lexicon::PLACES.contains(&place)
            })
        })
    })
}

/// A name of three words or more whose first word is no list's and no
/// English word, whose second is a first name, and whose last is no English
/// word either: `Aung San Suu Kyi`, `Mahamat Saleh Oumar`, not the `Nobel
/// Peace Prize` or `Thermo Fisher Scientific`.
fn opens_with_a_foreign_given_name(name: &[&str], lower: &[Cow<'_, str>]) -> bool {
    name.len() >= 3
        && lexicon::first_name_gender(&lower[1]).is_some()
        && is_cap_word(name[1])
        && is_unlisted_name_word(name[0], &lower[0])
        && !names_a_place_or_organisation(lower, 1)
        && !lexicon::is_common_word(&lower[lower.len() - 1])
}

/// Words that can describe what someone is: roles, places, parties,
/// organisation words (`Russia's security council secretary`).
fn describes_someone(l: &str) -> bool {
    let l = strip_possessive(l);
    is_role_token(l)
        || lexicon::PLACES.contains(l)
        || lexicon::ORGS.contains(l)
        || matches!(
            l,
            "presidential"
                | "businessman"
                | "businesswoman"
                | "mogul"
                | "incumbent"
                | "nominee"
                | "candidate"
                | "economy"
        )
}

/// Capitalised runs of one sentence: (token index range) of names, into
/// `runs` (a buffer kept from sentence to sentence).
fn name_runs(
    text: &str,
    article: &str,
    unit: &Unit,
    sent: &std::ops::Range<usize>,
    known_surname: impl Fn(&str) -> bool,
    runs: &mut Vec<std::ops::Range<usize>>,
) {
    runs.clear();
    let toks = &unit.toks;
    let s = |i: usize| &text[toks[i].span().range()];
    // (Asked of every token, some twice: the common answer, a lowercase
    // word or punctuation, comes first.)
    let cap = |i: usize| {
        if !toks[i].cap {
            return false;
        }
        let l = unit.lowers.get(i);
        // `Theresa May`, `Brian June`: a month that is a surname after a
        // first name.
        let month_surname = || {
            matches!(l, "may" | "june" | "april" | "august")
                && i > sent.start
                && toks[i - 1].cap
                && lexicon::first_name_gender(unit.lowers.get(i - 1)).is_some()
        };
        let new_place = || {
            l == "new"
                && i + 1 < sent.end
                && toks[i + 1].cap
                && lexicon::new_opens_place(unit.lowers.get(i + 1))
        };
        !(lexicon::NOT_NAMES.contains(l) || lexicon::never_in_a_name(l))
            || lexicon::honorific_gender(l).is_some()
            || month_surname()
            || new_place()
    };
    // (Asked once a sentence, and only of one with a name.)
    let mut in_title_case: Option<bool> = None;
    let mut i = sent.start;
    while i < sent.end {
        // (The flag first, here: most tokens are no capital, and the call
        // costs more than the answer.)
        if !toks[i].cap || !cap(i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            // (An organisation's word continues a name even where it is
            // never one's start: `Watch` opens video headings and ends
            // `Judicial Watch`.)
            if end < sent.end
                && (cap(end) || toks[end].cap && lexicon::ORGS.contains(unit.lowers.get(end)))
            {
                end += 1;
            } else if end + 1 < sent.end
                && toks[end].kind == TokKind::Word
                && (CONNECTORS.contains(&s(end))
                    || (s(end) == "of" && end > start && {
                        let prev = unit.lowers.normalised(end - 1);
                        lexicon::ORGS.contains(&prev) || is_role_token(&prev)
                    }))
                && cap(end + 1)
            {
                end += 2;
            } else if end + 1 < sent.end
                && s(end) == "."
                && cap(end + 1)
                && s(end - 1).chars().count() == 1
            {
                end += 1; // "J . Smith" where the initial lost its period
            } else if end + 3 < sent.end
                && toks[end].kind == TokKind::Punct
                && matches!(s(end), "\"" | "“" | "‘" | "'")
                && cap(end + 1)
                && matches!(s(end + 2), "\"" | "”" | "’" | "'")
                && cap(end + 3)
            {
                end += 4; // a nickname: Robert C. "Bobby" Scott
            } else {
                break;
            }
        }
        let whole = start..end;
        i = end;
        if *in_title_case.get_or_insert_with(|| title_case::is_title_case(toks, sent)) {
            // `Salma Hayek Described Her ...`, `America Ferrera Sent
            // Donald Trump`: the run's common words part its names.
            let lower: SmallVec<[Option<&str>; 8]> = whole
                .clone()
                .map(|k| {
                    let word = toks[k].kind == TokKind::Word && toks[k].cap;
                    (word && !title_case::is_shouted(s(k))).then(|| unit.lowers.get(k))
                })
                .collect();
            let common = title_case::common_words(article, &lower, &known_surname);
            let mut from = whole.start;
            for k in whole.clone() {
                if common[k - whole.start] {
                    push_run(text, unit, sent, &known_surname, from..k, runs);
                    from = k + 1;
                }
            }
            push_run(text, unit, sent, &known_surname, from..whole.end, runs);
        } else {
            push_run(text, unit, sent, &known_surname, whole, runs);
        }
    }
}

/// The name runs of a capitalised stretch `start..end` of a sentence
/// (`name_runs`): trimmed of a function word that opens the sentence,
/// dropped when a lone common word opens it or it is an adjective
/// (`Trump-style`), and split after an organisation's name.
fn push_run(
    text: &str,
    unit: &Unit,
    sent: &std::ops::Range<usize>,
    known_surname: &impl Fn(&str) -> bool,
    run: std::ops::Range<usize>,
    runs: &mut Vec<std::ops::Range<usize>>,
) {
    let toks = &unit.toks;
    let s = |i: usize| &text[toks[i].span().range()];
    // (A run parted by common words may open or close on a small word
    // or a mark: `of`, `.`.)
    let is_cap_word = |k: usize| toks[k].kind == TokKind::Word && toks[k].cap;
    let (mut start, mut end) = (run.start, run.end);
    while start < end && !is_cap_word(start) {
        start += 1;
    }
    while end > start && !is_cap_word(end - 1) {
        end -= 1;
    }
    if start == end {
        return;
    }
    // A function word opening the sentence is no part of a name:
    // `Should Mr. Clarke ...`, `Like President Obama, ...`.
    while start == sent.start
        && end - start > 1
        && toks[start].kind == TokKind::Word
        && (lexicon::STOPS.contains(unit.lowers.get(start))
            || lexicon::BETWEEN.contains(unit.lowers.get(start))
            || matches!(
                unit.lowers.get(start),
                "like"
                    | "both"
                    | "unlike"
                    | "should"
                    // (`Neither Cruz nor ...`, `Perhaps Russia ...`.)
                    | "neither"
                    | "whether"
                    | "perhaps"
                    | "unless"
                    | "whereas"
                    | "until"
                    | "several"
                    | "some"
                    | "certainly"
                    // (`Yesterday Ortega said`; not `USA Today`.)
                    | "yesterday"
                    | "today"
                    | "tonight"
                    | "tomorrow"
            ))
        && lexicon::honorific_gender(unit.lowers.get(start)).is_none()
    {
        start += 1;
    }
    // Drop a sentence-initial common word: "Among ...", "Group of ...";
    // so too one opening a quotation or what follows a colon or a dash
    // (`"Well, ...`, `He added: "Look, ...`), and a lone letter (`(R)`).
    // (Asked only of a lone word opening a clause: the lists cost more
    // than the position.)
    let known = || {
        let first_lower = unit.lowers.normalised(start);
        lexicon::first_name_gender(&first_lower).is_some()
            || lexicon::PLACES.contains(&first_lower)
            || lexicon::KNOWN_ORG_NAMES.contains(&first_lower)
            || is_role_token(&first_lower)
            || known_surname(&first_lower)
    };
    let opens_clause = || {
        start == sent.start
            || toks[start - 1].kind == TokKind::Punct
                && match s(start - 1) {
                    "“" | "\"" | "‘" | "«" | "``" | "''" => toks[start].in_quote,
                    // (A sentence inside a quotation goes on the quoted
                    // one: `"I'm sure. Well, ...`.)
                    ":" | "—" | "–" | "--" | "." | "?" | "!" => true,
                    _ => false,
                }
    };
    if end - start == 1
        && (s(start).len() == 1 || opens_clause() && !is_acronym(s(start)) && !known())
    {
        return;
    }
    // `Only Ronald Reagan`, `Perhaps Mr. Comey`, `Follow Pam Key`: a
    // common word opening a clause before a person's title or first name
    // is no part of the name (but `White House`, `House Speaker Paul
    // Ryan`, `Black Lives Matter` keep theirs).
    // (A first name only before a surname, and not after a word that
    // opens a place's name: `New York City`, `Fort Pierce`, `Tel Aviv`.)
    // (Cheapest tests first: this is asked of every run of two words or
    // more opening a clause, and the list of common words is a search.)
    let common_opening = |first: &str| {
        lexicon::first_name_gender(first).is_none()
            && !lexicon::NOT_NAMES.contains(first)
            && !is_role_token(first)
            && !matches!(
                first,
                "south"
                    | "north"
                    | "east"
                    | "west"
                    | "fort"
                    | "port"
                    | "saint"
                    | "san"
                    | "santa"
                    | "los"
                    | "las"
                    | "tel"
                    | "mount"
                    | "lake"
                    | "cape"
                    | "great"
                    | "little"
            )
            && !describes_someone(first)
            && !lexicon::PLACES.contains(first)
            && !lexicon::KNOWN_ORG_NAMES.contains(first)
            && !known_surname(first)
            && lexicon::is_common_word(first)
    };
    // (A role in a headline's capitals may be no title: `Retired General
    // Reveals ...`.)
    let names_a_person = |next: &str| {
        lexicon::honorific_gender(next).is_some()
            || (lexicon::ROLE_WORDS.contains(next) && !title_case::is_title_case(toks, sent))
            || (end - start >= 3
                && lexicon::first_name_gender(next).is_some()
                && !lexicon::PLACES.contains(unit.lowers.get(end - 1)))
    };
    if end - start >= 2
        && toks[start].kind == TokKind::Word
        && opens_clause()
        && common_opening(&unit.lowers.normalised(start))
        && names_a_person(&unit.lowers.normalised(start + 1))
    {
        start += 1;
    }
    if lexicon::is_name_made_adjective(unit.lowers.get(end - 1)) {
        return;
    }
    // `the Washington Post Trump said`: an organisation's name, then a
    // person's.
    let split = (start + 2..end).find(|&k| {
        toks[k - 1].kind == TokKind::Word
            && lexicon::ORGS.contains(unit.lowers.get(k - 1))
            && !lexicon::ORGS.contains(unit.lowers.get(k))
            && toks[k].kind == TokKind::Word
            // (Not the `American Federation of Teachers`.)
            && unit.lowers.get(k) != "of"
    });
    if let Some(k) = split {
        runs.push(start..k);
        runs.push(k..end);
    } else {
        runs.push(start..end);
    }
}

/// Whether two spellings are the same but for case.
pub(super) fn same_ignoring_case(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && if a.is_ascii() && b.is_ascii() {
            a.eq_ignore_ascii_case(b)
        } else {
            a.chars()
                .flat_map(char::to_lowercase)
                .eq(b.chars().flat_map(char::to_lowercase))
        }
}

/// The initials of a name's words (normalised), its small words aside:
/// `north atlantic treaty organization`, `nato`.
fn initials_of(words: &[String]) -> String {
    words
        .iter()
        .filter(|w| !matches!(w.as_str(), "of" | "the" | "and" | "for" | "on" | "&"))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// Whether a form is a pronoun (`He`), lowercasing only what could be one.
fn is_pronoun(form: &str) -> bool {
    form.chars().count() <= "herself".len() && lexicon::pronoun_gender(&norm(form)).is_some()
}

/// Whether two words differ by one inserted, deleted or changed letter.
/// (Called for every person of an article on a surname it lacks: ASCII
/// words are compared as bytes, without collecting their characters.)
fn one_edit_apart(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        one_edit_apart_in(a.as_bytes(), b.as_bytes())
    } else {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        one_edit_apart_in(&a, &b)
    }
}

fn one_edit_apart_in<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 || a == b {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// Where a wire dateline opening a paragraph ends (`FLINT, Mich., Oct. 4
/// (UPI) — ...`): its place is no one's name. 0 when there is none.
fn dateline_end(text: &str, unit: &Unit) -> usize {
    tokens::dateline_end(text, &unit.toks, 0, unit.toks.len()).unwrap_or(0)
}

/// An article read for names: its entity table, before speakers resolve.
pub struct Names {
    table: Table,
}

impl Names {
    /// Corpus keys and roles of the people it names (those it gives
    /// roles), taken out of the table, to share roles across articles.
    pub fn take_roles(&mut self) -> Vec<(String, HashSet<String>)> {
        self.table
            .entities
            .iter_mut()
            .filter(|e| shares_roles(e))
            .map(|e| {
                let roles = std::mem::take(&mut e.roles);
                (key_of(e), e.shared(roles))
            })
            .collect()
    }

    /// `take_roles`, leaving the table as it was (for a table kept for
    /// stage two, which must be the table a second reading would make).
    pub fn roles(&self) -> Vec<(String, HashSet<String>)> {
        self.table
            .entities
            .iter()
            .filter(|e| shares_roles(e))
            .map(|e| (key_of(e), e.shared(e.roles.clone())))
            .collect()
    }
}

/// A person named in full, with roles: what other articles learn of.
fn shares_roles(e: &LocalEntity) -> bool {
    e.kind == EntityKind::Person && e.name.len() >= 2 && !e.roles.is_empty()
}

/// Where an article's units lie in the text: from its first token to its
/// last.
fn article_bytes(units: &[Unit]) -> std::ops::Range<usize> {
    let first = units.iter().find_map(|u| u.toks.first());
    let last = units.iter().rev().find_map(|u| u.toks.last());
    match (first, last) {
        (Some(first), Some(last)) => first.span().start..last.span().end,
        _ => 0..0,
    }
}

/// The words after `Mr.`, `Mrs.`, `Ms.` or `Miss` in an article, with the
/// sex each title tells: a title read late still tells whose a name is.
fn titled_surnames(text: &str, article: std::ops::Range<usize>) -> Vec<(String, Gender)> {
    let mut found = Vec::new();
    let (from, to) = (article.start, article.end);
    let bytes = &text.as_bytes()[..to];
    // (A byte search for `M`, not a pass over the tokens: this runs on
    // every article, and most hold a few titles at most.)
    for at in memchr::memchr_iter(b'M', &bytes[from..]).map(|at| from + at) {
        if at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let rest = &bytes[at + 1..];
        let (sex, title_len) = if rest.starts_with(b"r.") || rest.starts_with(b"r ") {
            (Gender::Male, 2)
        } else if rest.starts_with(b"rs.") || rest.starts_with(b"rs ") {
            (Gender::Female, 3)
        } else if rest.starts_with(b"s.") || rest.starts_with(b"s ") {
            (Gender::Female, 2)
        } else if rest.starts_with(b"iss ") {
            (Gender::Female, 4)
        } else {
            continue;
        };
        let after = &text[at + 1 + title_len..to];
        let word = after.trim_start_matches(['.', ' ']);
        let end = word
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
            .unwrap_or(word.len());
        let word = &word[..end];
        if !is_cap_word(word) {
            continue;
        }
        let mut surname = norm(word);
        surname.truncate(strip_possessive(&surname).len());
        if !found.contains(&(surname.clone(), sex)) {
            found.push((surname, sex));
        }
    }
    found
}

/// Stage one: every capitalised name of an article, split into roles and
/// name and linked to the article's entities.
pub fn read_names(text: &str, units: &[Unit]) -> Names {
    // Room for a typical article's names from the start: the indexes
    // would otherwise be rehashed five times over.
    let article = article_bytes(units);
    let mut table = Table {
        names: HashMap::with_capacity_and_hasher(64, Default::default()),
        titled_surnames: titled_surnames(text, article.clone()),
        article: article.clone(),
        ..Table::default()
    };
    // The runs of a sentence; spans, words and normalised words of a run
    // (buffers for all sentences and runs).
    let mut runs = Vec::new();
    let mut spans: Vec<Span> = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    let mut lowers: Vec<Cow<str>> = Vec::new();
    // Headlines are in title case: their names are not read (speakers are).
    for unit in units.iter().skip(1) {
        let dateline = dateline_end(text, unit);
        for sent in &unit.sentences {
            name_runs(
                text,
                &text[article.clone()],
                unit,
                sent,
                |w| table.is_surname(w),
                &mut runs,
            );
            for r in runs.iter().filter(|r| r.start >= dateline).cloned() {
                let word_toks = || r.clone().filter(|&k| unit.toks[k].kind == TokKind::Word);
                spans.clear();
                spans.extend(word_toks().map(|k| unit.toks[k].span()));
                words.clear();
                words.extend(word_toks().map(|k| &text[unit.toks[k].span().range()]));
                lowers.clear();
                lowers.extend(word_toks().map(|k| unit.lowers.normalised(k)));
                let Some(mut parts) = split_run_lower(&spans, &words, &lowers) else {
                    continue;
                };
                if adjectives_before_a_common_word(&parts, |w| table.is_persons_surname(w)) {
                    parts.start = 0;
                    parts.span = Span::new(spans[0].start, parts.span.end);
                }
                let pos = spans[0].start;
                let (one_word, no_roles, name_span) = (
                    parts.name().len() == 1,
                    parts.roles().is_empty(),
                    parts.span,
                );
                let e = table.link(parts, pos);
                let context = context_roles(text, unit, sent, r.clone());
                // `Minyon Moore, a senior adviser to the campaign,`: a
                // person's role makes a person of a rare first name.
                let person_role = context.iter().any(|r| {
                    lexicon::ROLE_WORDS.contains(r.as_str())
                        && !matches!(r.as_str(), "campaign" | "press" | "house")
                });
                if !context.is_empty() {
                    table.entities[e].add_roles_named(role_set(context), one_word);
                }
                let en = &mut table.entities[e];
                // (Not `the United Nations, the interests of member states`
                // nor `RT America`: places and organisations have roles too.)
                // (Asked last: the cheap tests rule out most names.)
                let placelike = || {
                    en.lower.iter().any(|w| {
                        lexicon::PLACES.contains(w.as_str())
                            || lexicon::ORGS.contains(w.as_str())
                            || lexicon::is_country(w)
                    }) || (r.start > sent.start && unit.lowers.normalised(r.start - 1) == "the")
                };
                if person_role
                    && en.kind == EntityKind::Other
                    && en.name.len() >= 2
                    && !opens_with_an_adjective(&en.lower)
                    && !placelike()
                    && !is_group_or_heading(&en.name, &en.lower)
                {
                    en.kind = EntityKind::Person;
                }
                // `the Biden administration`, `the Trump campaign`: a person.
                let owner_of = r.end < sent.end
                    && matches!(
                        &*unit.lowers.normalised(r.end),
                        "administration" | "campaign" | "presidency" | "camp" | "aides" | "aide"
                    );
                if owner_of
                    && table.entities[e].kind == EntityKind::Other
                    && !opens_with_an_adjective(&table.entities[e].lower)
                {
                    table.entities[e].kind = EntityKind::Person;
                }
                // A lone first name opening a sentence or after "the" is
                // likelier a word ("Any", "The West") than a person.
                let after_determiner = r.start > sent.start
                    && matches!(
                        &*unit.lowers.normalised(r.start - 1),
                        "the" | "a" | "an" | "in" | "at" | "from" | "near" | "of" | "to"
                    );
                let en = &mut table.entities[e];
                if one_word
                    && no_roles
                    && en.name.len() == 1
                    && en.roles.is_empty()
                    && en.mentions == 1
                    && en.kind == EntityKind::Person
                    && (r.start == sent.start || after_determiner)
                {
                    en.kind = EntityKind::Other;
                }
                let in_quote = unit.toks[r.start].in_quote;
                // A subject: the run opens its sentence.
                let subject = !in_quote && opens_its_sentence(text, unit, sent, r.start);
                let form = Span::new(spans[0].start, spans[spans.len() - 1].end);
                table.mention(
                    text,
                    (name_span, form),
                    MentionKind::Name,
                    e,
                    (!in_quote).then_some(subject),
                );
            }
            subject_description(text, unit, sent, &mut table);
        }
    }
    // A surname used before the full name joins it.
    Names { table }
}

/// A sentence opening with a description of someone already named (`The
/// president's Pacific roots ...`, `The senator went on`): that person is
/// its subject, for the pronouns that follow.
fn subject_description(text: &str, unit: &Unit, sent: &std::ops::Range<usize>, table: &mut Table) {
    let toks = &unit.toks;
    if sent.len() < 3
        || toks[sent.start].in_quote
        || toks[sent.start].kind != TokKind::Word
        || unit.lowers.get(sent.start) != "the"
    {
        return;
    }
    // The description's words: modifiers up to a role word that heads it.
    let mut words = Vec::new();
    let mut k = sent.start + 1;
    while k < sent.end && k < sent.start + 5 && toks[k].kind == TokKind::Word {
        let l = unit.lowers.get(k);
        words.push(l.to_owned());
        if lexicon::ROLE_WORDS.contains(l) {
            break;
        }
        if !describes_someone(l) {
            return;
        }
        k += 1;
    }
    if k >= sent.end
        || !words
            .last()
            .is_some_and(|w| lexicon::ROLE_WORDS.contains(w.as_str()))
    {
        return;
    }
    // `The president said`, `The president's roots`: not `The president of
    // the bank`, nor a name after it (`The president, Ana Ruiz,`).
    let next = toks.get(k + 1).map_or("", |t| &text[t.span().range()]);
    if !(next == "’s" || next == "'s" || next.chars().next().is_some_and(char::is_lowercase))
        || next == "of"
    {
        return;
    }
    let span = Span::new(toks[sent.start].span().start, toks[k].span().end);
    if let Some(e) = table.description(&words, span.start) {
        table.mention(text, (span, span), MentionKind::Description, e, Some(true));
    }
}

/// Stage two: each quote's speaker mention resolved to an entity, in
/// reading order, with roles known from other articles (`corpus_roles`).
pub fn resolve(
    text: &str,
    names: Names,
    found: Vec<Found>,
    corpus_roles: &CorpusRoles,
) -> ArticleFindings {
    let mut table = names.table;
    table.resolving = true;
    // (Articles resolved in stage one have none to read: no key is made.)
    let learnt = !corpus_roles.is_empty();
    for e in &mut table.entities {
        if learnt
            && e.kind == EntityKind::Person
            && e.name.len() >= 2
            && let Some(roles) = corpus_roles.get(&key_of(e))
        {
            e.learnt_roles = Some(roles.clone());
        }
    }
    let mut order: Vec<usize> = (0..found.len())
        .filter(|&i| found[i].inherits.is_none())
        .collect();
    order.sort_by_key(|&i| found[i].mention.map_or(found[i].content.start, |m| m.start));
    let mut speaker_entity: Vec<Option<usize>> = vec![None; found.len()];
    for i in order {
        let pos = found[i].mention.map_or(found[i].content.start, |m| m.start);
        speaker_entity[i] = resolve_speaker(text, &mut table, &found[i], pos);
    }
    // A quote that inherits its speaker takes the same entity.
    for i in 0..found.len() {
        if let Some(src) = found[i].inherits {
            speaker_entity[i] = speaker_entity[src];
        }
    }
    let quotes = found
        .into_iter()
        .zip(speaker_entity)
        .map(|(f, speaker)| Quote::new(f.kind, f.content, f.cue, f.mention, speaker))
        .collect();
    ArticleFindings {
        entities: MergeEntities::of(text, &table.entities),
        mentions: table.mentions,
        quotes,
    }
}

impl MergeEntities {
    fn of(text: &str, entities: &[LocalEntity]) -> MergeEntities {
        let mut strs = StrList::default();
        // Not `into_iter`: collected in place, the list would keep the
        // local entities' much larger allocation.
        let entities = entities
            .iter()
            .map(|e| {
                let full_name = if e.kind == EntityKind::Person && e.name.len() >= 2 {
                    Some(true)
                } else if e.kind == EntityKind::Person && e.name.len() == 1 && e.suffix.is_none() {
                    Some(false)
                } else {
                    None
                };
                let first = strs.len() as u32;
                strs.push_with(|k| write_key(e, k));
                if full_name.is_some() {
                    strs.push(e.surname().unwrap());
                }
                // The name in full, suffix included (`Donald Trump Jr.`).
                strs.push_with(|full| {
                    for (i, w) in e.name.iter().enumerate() {
                        if i > 0 {
                            full.push(' ');
                        }
                        full.push_str(w);
                    }
                    if let Some(s) = &e.suffix {
                        full.push(' ');
                        full.push_str(&capitalise(s));
                    }
                });
                // Aliases are names and descriptions, not pronouns.
                let start = strs.len();
                for f in e.forms.iter().map(|f| &text[f.range()]) {
                    if !is_pronoun(f) {
                        strs.push(f);
                    }
                }
                MergeEntity {
                    kind: e.kind,
                    gender: e.gender,
                    full_name,
                    mentions: u32::try_from(e.mentions).unwrap_or(u32::MAX),
                    speaks_as_an_english_word: e.speaks_as_an_english_word,
                    titled: e.titled,
                    first,
                    forms: (strs.len() - start) as u32,
                }
            })
            .collect();
        strs.shrink_to_fit();
        MergeEntities { strs, entities }
    }
}

fn resolve_speaker(text: &str, table: &mut Table, f: &Found, pos: usize) -> Option<usize> {
    let m = f.mention?;
    let mention_text = &text[m.range()];
    let lower = norm(mention_text);
    if let Some(g) = lexicon::pronoun_gender(&lower) {
        let e = match (g, lower.as_str()) {
            (Gender::Unknown, "it") => table.recent_organization(pos)?,
            (Gender::Unknown, _) => return None, // they, we: groups
            _ => table.pronoun(g, pos)?,
        };
        let en = &mut table.entities[e];
        if g != Gender::Unknown {
            if en.gender == Gender::Unknown {
                en.gender = g;
            }
            // (`pronoun` takes an unlisted name, of no kind yet, for a
            // person's.)
            if en.kind == EntityKind::Other {
                en.kind = EntityKind::Person;
            }
        }
        table.mention(text, (m, m), MentionKind::Pronoun, e, Some(true));
        return Some(e);
    }
    let phrase = f.phrase.unwrap_or(m);
    let surname_here = table.is_surname(&lower);
    // (`Q:` and `A:` of an interview are no one's names.)
    let one_letter = mention_text.chars().filter(|c| c.is_alphabetic()).count() == 1;
    // (Nor is `Trump-style` anyone's, nor `the Queens-born`.)
    if one_letter
        || lexicon::is_name_made_adjective(&lower)
        || lexicon::never_in_a_name(&lower)
        || lexicon::is_state_abbreviation(&lower)
        || !surname_here
            && common_word_opening_a_sentence(text, &text[table.article.clone()], f, m, &lower)
    {
        return None;
    }
    let Some(words) = description_words(text, m, phrase, &lower, surname_here) else {
        if f.title_case && holds_a_common_word(text, table, mention_text) {
            return None;
        }
        return speaker_named(text, table, m, phrase, pos);
    };
    let e = table.description(&words, pos)?;
    table.mention(text, (m, m), MentionKind::Description, e, Some(true));
    Some(e)
}

/// Whether a speaker named in a title-case line holds a common word the
/// style capitalised (`title_case::common_words`): `Trump Supporter`,
/// `Clinton Wades In`, `Leaked Documents` are a headline's clause, no one's
/// name.
fn holds_a_common_word(text: &str, table: &Table, mention: &str) -> bool {
    let words: SmallVec<[Option<String>; 8]> = mention
        .split_whitespace()
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            let w = w.strip_suffix("’s").or(w.strip_suffix("'s")).unwrap_or(w);
            (is_cap_word(w) && !title_case::is_shouted(w)).then(|| w.to_lowercase())
        })
        .collect();
    let lower: SmallVec<[Option<&str>; 8]> = words.iter().map(Option::as_deref).collect();
    let article = &text[table.article.clone()];
    title_case::common_words(article, &lower, |w| table.is_surname(w)).contains(&true)
}

/// The entity a speaker's name refers to: the one already linked at its
/// span, or a new link.
fn speaker_named(
    text: &str,
    table: &mut Table,
    m: Span,
    phrase: Span,
    pos: usize,
) -> Option<usize> {
    let mention_text = &text[m.range()];
    let linked = table
        .name_at
        .range(..m.end)
        .next_back()
        .filter(|(_, (end, _))| *end > m.start)
        .map(|(_, &(_, e))| e);
    let e = if let Some(e) = linked {
        table.touch(pos, e);
        e
    } else {
        let toks: Vec<(Span, String)> = text[phrase.range()]
            .split_whitespace()
            .map(|w| {
                (
                    m,
                    w.trim_matches(|c: char| c == ',' || c == '’' || c == '\'')
                        .to_owned(),
                )
            })
            .filter(|(_, w)| !w.is_empty() && is_cap_word(w))
            .collect();
        let toks = if toks.is_empty() {
            vec![(m, mention_text.to_owned())]
        } else {
            toks
        };
        let spans: Vec<Span> = toks.iter().map(|(s, _)| *s).collect();
        let words: Vec<&str> = toks.iter().map(|(_, w)| w.as_str()).collect();
        let lowers: Vec<Cow<str>> = toks.iter().map(|(_, w)| Cow::Owned(norm(w))).collect();
        let mut parts = split_run_lower(&spans, &words, &lowers)?;
        parts.span = m;
        let e = table.link(parts, pos);
        table.mention(text, (m, m), MentionKind::Name, e, Some(true));
        e
    };
    // Whoever speaks and has no other kind is a person (or, for a
    // lone place name, its government); but a name that opens with a
    // role's adjective or a demonym is a body's (`the American Legion`,
    // `the Palestinian Authority`), or a group's in the plural (`American
    // Muslims`).
    let en = &table.entities[e];
    if en.kind == EntityKind::Other && !is_group_or_heading(&en.name, &en.lower) {
        let kind = if en.name.len() >= 2 {
            let last = en.lower[en.lower.len() - 1].as_str();
            if opens_with_an_adjective(&en.lower) {
                if last.ends_with('s') && !last.ends_with("ss") && !lexicon::ORGS.contains(last) {
                    EntityKind::Other
                } else {
                    EntityKind::Organization
                }
            } else {
                EntityKind::Person
            }
        } else {
            match single_word_speaker_kind(&en.name[0]) {
                // (`Chad Sweet, ...` earlier: `Sweet said` is his.)
                EntityKind::Other if table.is_persons_surname(&en.lower[0]) => EntityKind::Person,
                EntityKind::Person
                    if !table.is_persons_surname(&en.lower[0])
                        && names_a_source_of_data(&text[table.article.clone()], &en.name[0]) =>
                {
                    EntityKind::Organization
                }
                kind => kind,
            }
        };
        let en = &mut table.entities[e];
        en.speaks_as_an_english_word = en.name.len() == 1 && kind == EntityKind::Other;
        en.kind = kind;
    }
    Some(e)
}

/// A lone capitalised word that opens its sentence and is known to no
/// list (the caller checks that the article names no one so) is a common
/// word, not a speaker's name: a group (`Aides said`, `Critics argue`), or
/// a verb or an adverb whose sentence reaches a cue later (`Preys on our
/// fears and calls people "losers"`, `Perhaps ...`). A surname met
/// nowhere else is right before its cue (`Trump said`). (The name reader
/// passes over such words too.) `article`: the article's bytes of `text`.
fn common_word_opening_a_sentence(
    text: &str,
    article: &str,
    f: &Found,
    m: Span,
    lower: &str,
) -> bool {
    let word = &text[m.range()];
    // (After a parenthesis closed on its sentence's end too: `... this
    // fall.) Sources have said`.)
    let before = text[..m.start].trim_end_matches([' ', '\t', '\u{a0}']);
    let before = before
        .strip_suffix(')')
        .filter(|b| b.ends_with(['.', '!', '?']))
        .unwrap_or(before);
    let opens = before
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '•' | '*' | '-' | '—'));
    let unknown = opens
        && !word.contains(' ')
        && !is_acronym(word)
        && lexicon::first_name_gender(lower).is_none()
        && !lexicon::PLACES.contains(lower)
        && !lexicon::KNOWN_ORG_NAMES.contains(lower)
        && !lexicon::ORGS.contains(lower)
        && !is_role_token(lower);
    if !unknown {
        return false;
    }
    let group = is_group_head(lower) || lexicon::is_role_word(lower);
    // (`Trump said`, `Ruiz quietly said`; a verb of speech: `Such
    // sentiments hung` and `Harsh comments are` name no one.)
    let cue_next = f.cue.is_some_and(|cue| {
        cue.start >= m.end
            && text[cue.range()]
                .split_whitespace()
                .next()
                .is_some_and(|verb| lexicon::CUES.contains(&norm(verb)))
            && {
                let mut between = text[m.end..cue.start].split_whitespace();
                match (between.next(), between.next()) {
                    (None, _) => true,
                    (Some(w), None) => w.ends_with("ly"),
                    _ => false,
                }
            }
    });
    // (`Mourners said`, `Sources say`: a word the article also writes
    // in lower case is a common one, verb or not; so is one of the words
    // never taken for names, `Yet`, `Even`.)
    group
        || !cue_next
        || lexicon::NOT_NAMES.contains(lower)
        || title_case::written_in_lower_case(article, lower)
}

/// Whether a speaker mention (not a pronoun) is a description rather
/// than a name, from the text alone: the words of its phrase, normalised,
/// when it is one (made only then: most mentions are names).
/// `surname_here`: the article names someone by that single word (a lone
/// role word is then a surname); `false` is the cautious answer for
/// `needs_corpus_roles`, as it can only make a mention a description.
fn description_words(
    text: &str,
    m: Span,
    phrase: Span,
    lower: &str,
    surname_here: bool,
) -> Option<Vec<String>> {
    let mention_text = &text[m.range()];
    let words = || -> Vec<String> {
        let mut words: Vec<String> = text[phrase.range()]
            .split(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .map(|w| norm(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '-')))
            .filter(|w| !w.is_empty() && w != "'s")
            .collect();
        // `the senator from Vermont` is `the Vermont senator`.
        if let Some(from) = words.iter().position(|w| w == "from")
            && from > 0
            && lexicon::PLACES.contains(&words[from + 1..].join(" "))
        {
            let role = words[from - 1].clone();
            words.remove(from);
            words.remove(from - 1);
            words.push(role);
        }
        words
    };
    let last_word = mention_text.split_whitespace().last().unwrap_or("");
    let first_word = mention_text.split_whitespace().next().map(norm);
    let first_word = first_word.as_deref().unwrap_or_default();
    let determiner = matches!(
        first_word,
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "one" | "another"
    );
    let honorific = lexicon::honorific_gender(first_word).is_some() || first_word == "dr.";
    let single = !mention_text.contains(' ');
    // (`Senator from Texas says`, in a headline's capitals.)
    let role_from = is_role_token(first_word) && mention_text.contains(" from ");
    if !is_cap_word(mention_text) || !is_cap_word(last_word) || determiner || role_from {
        return Some(words());
    }
    // A lone role word (`Lawmaker urges ...` in a headline) is a
    // description, unless someone here bears it as a surname.
    if honorific || (single && (!is_role_token(lower) || surname_here)) || m != phrase {
        return None;
    }
    let words = words();
    let roles_only = words.iter().all(|w| {
        is_role_token(w) || matches!(w.as_str(), "the" | "a" | "an" | "retired" | "former")
    });
    roles_only.then_some(words)
}

/// Whether resolving a quote's speaker may read roles learnt from other
/// articles: only a description headed by a person's role does (from the
/// text alone, so it is known before any speaker is resolved).
pub fn needs_corpus_roles(text: &str, f: &Found) -> bool {
    let Some(m) = f.mention else {
        return false;
    };
    let lower = norm(&text[m.range()]);
    if f.inherits.is_some() || lexicon::pronoun_gender(&lower).is_some() {
        return false;
    }
    description_words(text, m, f.phrase.unwrap_or(m), &lower, false)
        .is_some_and(|words| words.last().is_some_and(|h| person_head(h)))
}

/// A word joining two by a hyphen and ending in an organisation's word, as
/// papers are named (`Sun-Times`, `Star-Ledger`, `Post-Dispatch`).
fn ends_in_a_papers_word(word: &str) -> bool {
    // (A byte scan: every name's last word asks, and most are short.)
    let hyphen = word.bytes().rposition(|b| b == b'-');
    hyphen.map(|at| &word[at + 1..]).is_some_and(|end| {
        lexicon::ORGS.contains(end) || lexicon::LAST_WORDS.get(end) == Some(&LastWord::Organization)
    })
}

/// A single unknown capitalised word that speaks: a person's surname,
/// unless it is a place (a government) or looks like an organisation.
fn single_word_speaker_kind(word: &str) -> EntityKind {
    let l = norm(word);
    if lexicon::PLACES.contains(&l) {
        EntityKind::Place
    } else if is_acronym(word)
        || is_brand(word)
        || lexicon::KNOWN_ORG_NAMES.contains(&l)
        || lexicon::LAST_WORDS.get(&l) == Some(&LastWord::Organization)
        || ends_in_a_papers_word(&l)
    {
        EntityKind::Organization
    } else if lexicon::is_common_word(&l)
        && lexicon::FIRST_NAMES
            .get(&l)
            .is_none_or(|f| f.seldom_given_word)
    {
        // An English word, no first name or one seldom given (`Ford`),
        // that speaks and is named no other way: a company, a paper, a
        // body (`Carrier`, `Variety`, `Treasury`), or a surname the
        // corpus may know in full (`Pence`, which the merge then gives
        // its person).
        EntityKind::Other
    } else {
        EntityKind::Person
    }
}

/// Whether the article writes `word` before a noun for what pollsters,
/// publishers and firms put out (`Gallup poll`, `Forbes magazine`,
/// `Nielsen ratings`, `Wealth-X data`): then a word that speaks alone is
/// that body, not a person of no known name. (Not `report` nor
/// `spokesman`: `the Mueller report`, `Clinton spokesman`.)
fn names_a_source_of_data(article: &str, word: &str) -> bool {
    article.match_indices(word).any(|(at, _)| {
        let rest = &article[at + word.len()..];
        let rest = rest
            .strip_prefix("’s")
            .or_else(|| rest.strip_prefix("'s"))
            .unwrap_or(rest);
        // (A whole word: `Gallup`, not `Gallupville`.)
        let whole = article[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
            && rest.starts_with(' ');
        let next = rest
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        whole
            && matches!(
                next,
                "poll"
                    | "polls"
                    | "polling"
                    | "survey"
                    | "surveys"
                    | "magazine"
                    | "data"
                    | "ratings"
                    | "rankings"
                    | "estimates"
                    | "analysis"
                    | "study"
                    | "index"
                    | "researchers"
                    | "analysts"
                    | "website"
                    | "Inc"
                    | "Corp"
            )
    })
}

/// One word with a capital inside it, as brands and publications are
/// written (`RealClearPolitics`, `BuzzFeed`, `ProPublica`), and not after
/// the prefixes of surnames (`McCain`, `DeSantis`, `LaGuardia`, `DiCaprio`).
/// Asked of speakers only: among names that say nothing, such words are
/// as often people's handles (`JebBush`), which are no organisation.
fn is_brand(word: &str) -> bool {
    if !word.starts_with(char::is_uppercase) {
        return false;
    }
    // The first capital after a lowercase letter.
    let mut after_lowercase = false;
    let inner = word.char_indices().find_map(|(i, c)| {
        let found = after_lowercase && c.is_uppercase();
        after_lowercase = c.is_lowercase();
        found.then_some(i)
    });
    inner.is_some_and(|at| {
        !matches!(
            &word[..at],
            "Mc" | "Mac"
                | "De"
                | "Di"
                | "Da"
                | "Du"
                | "Del"
                | "Della"
                | "La"
                | "Le"
                | "Van"
                | "Von"
                | "Fitz"
                | "St"
                | "Ter"
        )
    })
}

/// Corpus key of a local entity; people by first name, surname and suffix.
fn key_of(e: &LocalEntity) -> String {
    let mut k = String::with_capacity(32);
    write_key(e, &mut k);
    k
}

/// `key_of`, written at the end of `k`.
fn write_key(e: &LocalEntity, k: &mut String) {
    let kind = e.kind.name();
    fn word(w: &str) -> &str {
        w.trim_end_matches('.')
    }
    let lower = &e.lower;
    k.push_str(kind);
    k.push(':');
    if e.kind == EntityKind::Person && lower.len() >= 2 {
        k.push_str(word(&lower[0]));
        k.push(' ');
        k.push_str(word(&lower[lower.len() - 1]));
        if let Some(s) = &e.suffix {
            k.push(' ');
            k.push_str(s);
        }
    } else {
        for (i, w) in lower.iter().enumerate() {
            if i > 0 {
                k.push(' ');
            }
            k.push_str(word(w));
        }
    }
}

fn capitalise(s: &str) -> String {
    match s {
        "jr" => "Jr.".into(),
        "sr" => "Sr.".into(),
        other => other.to_uppercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::one_edit_apart;

    #[test]
    fn one_letter_inserted_deleted_or_changed() {
        for (a, b) in [
            ("mclenney", "mcclenney"),
            ("mcclenney", "mclenney"),
            ("hernandez", "hernandes"),
            ("müller", "muller"),
            ("müller", "miller"),
            ("gonzález", "gonzalez"),
            ("gonzález", "gonzálezz"),
        ] {
            assert!(one_edit_apart(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("mcclenney", "mcclenney"),
            ("mclenny", "mcclenney"),
            ("hernandez", "fernandes"),
            ("müller", "müller"),
            ("mūller", "miler"),
        ] {
            assert!(!one_edit_apart(a, b), "{a} {b}");
        }
    }
}
