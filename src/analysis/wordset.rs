//! Word lists looked up once per token or more: a hash table behind a
//! quick reject. Most words of a text are in no list, and bitmaps of the
//! (first byte, length) and (last byte, length) pairs a list holds turn
//! most of them away before any hashing.

use rustc_hash::FxHashMap;

pub struct WordMap<V> {
    map: FxHashMap<Box<str>, V>,
    /// Bit `len.min(63)` of `heads[first byte]` and of `tails[last
    /// byte]`: some word has that shape.
    heads: Box<[u64; 256]>,
    tails: Box<[u64; 256]>,
}

/// A list of words.
pub type WordSet = WordMap<()>;

/// (first byte, last byte, length bit) of a word.
fn shape(w: &str) -> Option<(usize, usize, u64)> {
    let (first, last) = (*w.as_bytes().first()?, *w.as_bytes().last()?);
    Some((first as usize, last as usize, 1 << w.len().min(63)))
}

impl<V> WordMap<V> {
    /// (Inlined: most words stop at the bitmaps, where a call would cost
    /// more than the test; the hash lookup stays out of line.)
    #[inline]
    pub fn get(&self, w: &str) -> Option<&V> {
        match shape(w) {
            Some((first, last, bit)) if self.heads[first] & self.tails[last] & bit == 0 => None,
            _ => self.lookup(w),
        }
    }

    #[inline(never)]
    fn lookup(&self, w: &str) -> Option<&V> {
        self.map.get(w)
    }

    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.get(w).is_some()
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(|k| &**k)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.map.values()
    }
}

impl<K: Into<Box<str>>, V> FromIterator<(K, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = FxHashMap::default();
        let mut heads = Box::new([0u64; 256]);
        let mut tails = Box::new([0u64; 256]);
        for (k, v) in iter {
            let k: Box<str> = k.into();
            if let Some((first, last, bit)) = shape(&k) {
                heads[first] |= bit;
                tails[last] |= bit;
            }
            map.insert(k, v);
        }
        WordMap { map, heads, tails }
    }
}

impl<'a> FromIterator<&'a str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> Self {
        iter.into_iter().map(|k| (k, ())).collect()
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> Self {
        iter.into_iter().map(|k| (k, ())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_it_holds_and_nothing_else() {
        let set: WordSet = [
            "said",
            "told",
            "a",
            "",
            "spokeswoman-in-chief-of-the-whole-wide-world-and-more-words",
        ]
        .into_iter()
        .collect();
        for w in [
            "said",
            "told",
            "a",
            "",
            "spokeswoman-in-chief-of-the-whole-wide-world-and-more-words",
        ] {
            assert!(set.contains(w), "{w}");
        }
        for w in [
            "sai",
            "saidx",
            // Same first byte and length as `said`, or same last byte.
            "sain",
            "toad",
            "b",
            "tol",
            "Said",
            "spokeswoman-in-chief-of-the-whole-wide-world-and-more-wordz",
        ] {
            assert!(!set.contains(w), "{w}");
        }
        let map: WordMap<u8> = [("russian", 1), ("french", 2)].into_iter().collect();
        assert_eq!(map.get("french"), Some(&2));
        assert_eq!(map.get("frenc"), None);
    }
}
