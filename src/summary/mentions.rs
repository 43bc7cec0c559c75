//! The shorter names a name holds as a whole mention: "l'expert luka malle"
//! and "luka malle, analyste" hold "luka malle" (what follows a space, what
//! precedes ", " or " ("). Each name's every such part is hashed in O(1)
//! from the name's prefix hashes and looked up among the names: linear in the
//! length of the names, one table lookup per word. A hash only proposes; the
//! fold confirms a mention by comparing the text before using it.

use std::ops::Range;

use rustc_hash::FxHashMap;

/// A name that `key` may hold at `at` (a proposal: see [`Mention::holds`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub name: usize,
    pub at: Range<usize>,
}

impl Mention {
    /// True when `key` really holds `name` there (the hashes did not collide).
    pub fn holds(&self, key: &str, name: &str) -> bool {
        key.get(self.at.clone()) == Some(name)
    }
}

/// For each of `keys` (lower case, one space between words), the keys of two
/// words or more it holds as a mention, by increasing index. Only those count,
/// so that "le maire de paris" never holds "paris".
pub fn longer(keys: &[&str]) -> Vec<Vec<Mention>> {
    let mut powers = Powers::default();
    let mut h = Vec::new();
    // Keys by hash and length; keys whose hashes collide chained by `next`.
    let mut head: FxHashMap<(u64, usize), usize> = FxHashMap::default();
    let mut next = vec![usize::MAX; keys.len()];
    for (i, key) in keys.iter().enumerate().rev() {
        prefix_hashes(key.as_bytes(), &mut h);
        if let Some(j) = head.insert((h[key.len()], key.len()), i) {
            next[i] = j;
        }
    }
    keys.iter()
        .map(|key| {
            let bytes = key.as_bytes();
            let Some(first_space) = key.find(' ') else {
                return Vec::new(); // one word holds no name of two
            };
            let last_space = key.rfind(' ').unwrap_or(first_space);
            prefix_hashes(bytes, &mut h);
            let mut found = Vec::new();
            let mut look = |at: Range<usize>| {
                let hash = powers.hash(&h, at.clone());
                let mut name = head.get(&(hash, at.len())).copied().unwrap_or(usize::MAX);
                while name != usize::MAX {
                    found.push(Mention {
                        name,
                        at: at.clone(),
                    });
                    name = next[name];
                }
            };
            for p in (first_space + 1)..bytes.len() {
                // What precedes ", " or " (" (a name of two words or more).
                if bytes[p] == b',' || (bytes[p] == b' ' && bytes.get(p + 1) == Some(&b'(')) {
                    look(0..p);
                }
            }
            for (p, &b) in bytes.iter().enumerate().take(last_space) {
                // What follows a space, when another space follows.
                if b == b' ' {
                    look(p + 1..bytes.len());
                }
            }
            found.sort_by_key(|m| m.name);
            found
        })
        .collect()
}

/// Polynomial hashes modulo the Mersenne prime 2^61 - 1.
const MODULUS: u64 = (1 << 61) - 1;
const BASE: u64 = 0x1f3a_5c9e_3779_b97f % MODULUS;

fn mul(a: u64, b: u64) -> u64 {
    let p = u128::from(a) * u128::from(b);
    let folded = (p & u128::from(MODULUS)) + (p >> 61);
    let r = u64::try_from(folded).unwrap_or(0); // below 2^62: never fails
    if r >= MODULUS {
        r - MODULUS
    } else {
        r
    }
}

/// Fills `h` so that `h[i]` is the hash of the first `i` bytes of `key`.
fn prefix_hashes(key: &[u8], h: &mut Vec<u64>) {
    h.clear();
    h.push(0);
    let mut acc = 0;
    for &b in key {
        acc = (mul(acc, BASE) + u64::from(b) + 1) % MODULUS;
        h.push(acc);
    }
}

/// BASE^n, computed once for every n needed.
#[derive(Default)]
struct Powers(Vec<u64>);

impl Powers {
    /// The hash of the bytes `at` of the key whose prefix hashes are `h`.
    fn hash(&mut self, h: &[u64], at: Range<usize>) -> u64 {
        while self.0.len() <= at.len() {
            let next = self.0.last().map_or(1, |&p| mul(p, BASE));
            self.0.push(next);
        }
        let shifted = mul(h[at.start], self.0[at.len()]);
        (h[at.end] + MODULUS - shifted) % MODULUS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(keys: &[&str]) -> Vec<Vec<usize>> {
        longer(keys)
            .iter()
            .zip(keys)
            .map(|(ms, key)| {
                ms.iter()
                    .filter(|m| m.holds(key, keys[m.name]))
                    .map(|m| m.name)
                    .collect()
            })
            .collect()
    }

    #[test]
    fn titles_appositions_and_parentheses_hold_the_name() {
        let keys = [
            "luka malle",
            "l'expert luka malle",
            "luka malle, analyste",
            "luka malle (afp)",
            "le maire de paris",
            "paris",
            "de paris",
            "malle",
        ];
        let want: [&[usize]; 8] = [&[], &[0], &[0], &[0], &[6], &[], &[], &[]];
        assert_eq!(named(&keys), want, "one-word names are never held");
    }

    #[test]
    fn a_substring_hash_is_the_hash_of_the_substring() {
        let key = "é l'expert luka malle, analyste (afp)".as_bytes();
        let (mut h, mut alone) = (Vec::new(), Vec::new());
        prefix_hashes(key, &mut h);
        let mut powers = Powers::default();
        for a in 0..key.len() {
            for b in a..=key.len() {
                prefix_hashes(&key[a..b], &mut alone);
                assert_eq!(powers.hash(&h, a..b), alone[b - a], "{a}..{b}");
            }
        }
    }
}
