//! Patterns simple enough to check without the regex engine: a sequence
//! of ASCII character classes or literals, each with a count
//! (`[1-9][0-9]{3}[A-Z]{0,2}`, `[0-9]{8,17}`), matched against an ASCII
//! value by following the set of reachable positions. Anything else (and
//! any non-ASCII value) is left to the regex engine.

/// One class with its count.
#[derive(Debug, Clone)]
struct Atom {
    /// The ASCII bytes of the class, one bit each.
    set: u128,
    min: usize,
    max: usize,
}

impl Atom {
    /// Whether the ASCII byte `b` is in the class.
    fn has(&self, b: u8) -> bool {
        b < 128 && self.set >> b & 1 == 1
    }
}

/// The bits of inclusive ASCII byte ranges.
fn set_of(ranges: &[(u8, u8)]) -> u128 {
    let mut set = 0u128;
    for &(lo, hi) in ranges {
        for b in lo..=hi.min(127) {
            set |= 1 << b;
        }
    }
    set
}

/// A compiled simple pattern.
#[derive(Debug, Clone)]
pub(super) struct SimplePattern {
    atoms: Vec<Atom>,
}

/// Longest value (in bytes) checked here; longer ones go to the regex.
const MAX_LEN: usize = 127;

impl SimplePattern {
    /// Compiles an anchored translated pattern (`^(?:...)$`), when simple.
    pub(super) fn new(pattern: &str) -> Option<SimplePattern> {
        let body = pattern.strip_prefix("^(?:")?.strip_suffix(")$")?;
        let b = body.as_bytes();
        let mut atoms = Vec::new();
        let mut i = 0;
        while i < b.len() {
            let ranges = match b[i] {
                b'[' => {
                    let end = i + 1 + b[i + 1..].iter().position(|&c| c == b']')?;
                    let ranges = class(&b[i + 1..end])?;
                    i = end + 1;
                    ranges
                }
                c if c.is_ascii_alphanumeric() || c == b' ' => {
                    i += 1;
                    vec![(c, c)]
                }
                b'\\'
                    if b.get(i + 1)
                        .is_some_and(|c| b"-.+*?()[]{}|^$\\/".contains(c)) =>
                {
                    i += 2;
                    vec![(b[i - 1], b[i - 1])]
                }
                _ => return None,
            };
            let (min, max, used) = quantifier(&b[i..])?;
            i += used;
            atoms.push(Atom {
                set: set_of(&ranges),
                min,
                max,
            });
        }
        Some(SimplePattern { atoms })
    }

    /// Whether `value` matches; `None` when it is not for this matcher
    /// (not ASCII, or long).
    pub(super) fn matches(&self, value: &str) -> Option<bool> {
        let b = value.as_bytes();
        if b.len() > MAX_LEN || !value.is_ascii() {
            return None;
        }
        let n = b.len();
        let mut reach: u128 = 1;
        for atom in &self.atoms {
            let mut next: u128 = 0;
            // Only the reachable positions, lowest first.
            let mut from = reach;
            while from != 0 {
                let p = from.trailing_zeros() as usize;
                from &= from - 1;
                let mut q = p;
                loop {
                    let count = q - p;
                    if count >= atom.min {
                        next |= 1u128 << q;
                    }
                    if count == atom.max || q == n || !atom.has(b[q]) {
                        break;
                    }
                    q += 1;
                }
            }
            reach = next;
            if reach == 0 {
                return Some(false);
            }
        }
        Some(reach & (1u128 << n) != 0)
    }
}

/// The ranges of a class body (`a-zA-Z0-9`, `\-`); no negation, no
/// escapes of classes, ASCII only.
fn class(body: &[u8]) -> Option<Vec<(u8, u8)>> {
    if body.is_empty() || body[0] == b'^' || body.windows(2).any(|w| w == b"--") {
        return None;
    }
    let mut items = Vec::new();
    let mut i = 0;
    while i < body.len() {
        let c = match body[i] {
            b'\\' if body.get(i + 1).is_some_and(|c| b"-.[]\\^".contains(c)) => {
                i += 1;
                body[i]
            }
            b'\\' | b'[' | b'&' | b'~' => return None,
            c if c.is_ascii_graphic() || c == b' ' => c,
            _ => return None,
        };
        i += 1;
        if body.get(i) == Some(&b'-') && i + 1 < body.len() {
            let hi = match body[i + 1] {
                b'\\' => return None,
                b'[' | b']' => return None,
                hi if hi.is_ascii_graphic() && hi >= c => hi,
                _ => return None,
            };
            items.push((c, hi));
            i += 2;
        } else {
            items.push((c, c));
        }
    }
    Some(items)
}

/// A quantifier at the start of `rest`: (min, max, bytes used).
fn quantifier(rest: &[u8]) -> Option<(usize, usize, usize)> {
    const MANY: usize = usize::MAX;
    match rest.first() {
        Some(b'?') => Some((0, 1, 1)),
        Some(b'*') => Some((0, MANY, 1)),
        Some(b'+') => Some((1, MANY, 1)),
        Some(b'{') => {
            let end = rest.iter().position(|&c| c == b'}')?;
            let inner = std::str::from_utf8(&rest[1..end]).ok()?;
            let number = |s: &str| -> Option<usize> {
                (!s.is_empty() && s.bytes().all(|c| c.is_ascii_digit()))
                    .then(|| s.parse().ok())
                    .flatten()
            };
            let (min, max) = match inner.split_once(',') {
                None => {
                    let n = number(inner)?;
                    (n, n)
                }
                Some((lo, "")) => (number(lo)?, MANY),
                Some((lo, hi)) => (number(lo)?, number(hi)?),
            };
            if rest.get(end + 1).is_some_and(|&c| c == b'?' || c == b'+') || min > max {
                return None;
            }
            Some((min, max, end + 1))
        }
        _ => Some((1, 1, 0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn agrees_with_the_regex_engine() {
        let patterns = [
            "^(?:[a-zA-Z])$",
            "^(?:[a-zA-Z0-9]{0,4})$",
            "^(?:[1-9][0-9]{3}[A-Z]{0,2})$",
            "^(?:[0-9]{9})$",
            "^(?:[0-9]{8,17})$",
            "^(?:[0-9]{1,4})$",
            "^(?:[0-9]{2,}X?)$",
            "^(?:a[b\\-]*c+)$",
            "^(?:[A-Z]{2}[0-9]*[A-Z]{1,3})$",
        ];
        let values = [
            "",
            "a",
            "Z",
            "1",
            "12",
            "1234",
            "12345",
            "1234AB",
            "1234ABC",
            "0234A",
            "123456789",
            "12345678",
            "12345678901234567",
            "123456789012345678",
            "12X",
            "1X",
            "abc",
            "a-bc",
            "ac",
            "a-b",
            "AB12CD",
            "AB1C",
            "ABC",
            "é",
            "1234é",
        ];
        for p in patterns {
            let simple = SimplePattern::new(p).unwrap_or_else(|| panic!("{p} is simple"));
            let re = Regex::new(p).expect("compiles");
            for v in values {
                if let Some(m) = simple.matches(v) {
                    assert_eq!(m, re.is_match(v), "{p} on {v:?}");
                } else {
                    assert!(!v.is_ascii(), "{p} on {v:?} left to the regex");
                }
            }
        }
    }

    #[test]
    fn complex_patterns_go_to_the_regex_engine() {
        for p in [
            "^(?:\\d{4})$",
            "^(?:[^a])$",
            "^(?:(ab)+)$",
            "^(?:a|b)$",
            "^(?:.{2})$",
            "^(?:[\\p{L}])$",
            "[0-9]",
            "^(?:a{2,1})$",
            "^(?:[a--b])$",
        ] {
            assert!(SimplePattern::new(p).is_none(), "{p}");
        }
    }
}
