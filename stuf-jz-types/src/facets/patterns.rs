//! The `pattern` facet: simple patterns checked without the regex engine
//! ([`SimplePattern`]), the others with regexes compiled once per thread
//! (no lock shared between threads, looked up by the address of the
//! static pattern), and the check of every restriction step.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use regex::Regex;

use super::simple_pattern::SimplePattern;
use super::{quoted_list, FacetDetail, FacetError, Facets};

/// A pattern, compiled.
enum Compiled {
    Simple(SimplePattern, Box<Result<Regex, String>>),
    Regex(Result<Regex, String>),
}

/// A hasher for the (address, length) keys of static patterns.
#[derive(Default)]
struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0.rotate_left(5) ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type Cache = HashMap<(usize, usize), Compiled, BuildHasherDefault<AddressHasher>>;

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

fn compile(pattern: &str) -> Compiled {
    let regex = Regex::new(pattern).map_err(|e| e.to_string());
    match SimplePattern::new(pattern) {
        // A simple pattern is still checked to compile, so that a broken
        // one is reported the same way.
        Some(simple) if regex.is_ok() => Compiled::Simple(simple, Box::new(regex)),
        _ => Compiled::Regex(regex),
    }
}

/// Whether `value` matches the pattern; `Err` if it does not compile.
fn regex_matches(pattern: &'static str, value: &str) -> Result<bool, String> {
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        let compiled = cache
            .entry((pattern.as_ptr() as usize, pattern.len()))
            .or_insert_with(|| compile(pattern));
        let regex = match compiled {
            Compiled::Simple(simple, regex) => match simple.matches(value) {
                Some(matched) => return Ok(matched),
                None => &**regex,
            },
            Compiled::Regex(regex) => regex,
        };
        regex
            .as_ref()
            .map(|re| re.is_match(value))
            .map_err(Clone::clone)
    })
}

/// Checks the `pattern` steps (called when the type has any).
pub(super) fn check_patterns(value: &str, facets: &Facets, errors: &mut Vec<FacetError>) {
    for (step, patterns) in facets.patterns.iter().enumerate() {
        if patterns.is_empty() {
            continue;
        }
        let sources = facets.pattern_sources.get(step).copied().unwrap_or(&[]);
        let source = |i: usize| sources.get(i).or(patterns.get(i)).copied().unwrap_or("");
        let mut matched = false;
        let mut broken = false;
        for (i, pattern) in patterns.iter().enumerate() {
            match regex_matches(pattern, value) {
                Ok(true) => matched = true,
                Ok(false) => {}
                Err(e) => {
                    broken = true;
                    errors.push(FacetError::new(
                        FacetDetail::PatternInvalid {
                            pattern: source(i),
                            reason: e.clone(),
                        },
                        format!(
                            "pattern `{}` could not be compiled (as `{pattern}`): {e}",
                            source(i)
                        ),
                    ));
                }
            }
            if matched {
                break;
            }
        }
        if !matched && !broken {
            let message = if patterns.len() == 1 {
                format!("value `{value}` does not match pattern `{}`", source(0))
            } else {
                let all: Vec<&str> = (0..patterns.len()).map(source).collect();
                format!(
                    "value `{value}` does not match any of the patterns {}",
                    quoted_list(&all)
                )
            };
            let patterns = if sources.is_empty() {
                *patterns
            } else {
                sources
            };
            errors.push(FacetError::new(FacetDetail::Pattern { patterns }, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::facets::tests::facets_of;
    use crate::facets::{check, Facet, FacetDetail, FacetError, Facets};
    use crate::lexical::Builtin;

    #[test]
    fn patterns() {
        static F: Facets = Facets {
            patterns: &[&["^(?:[0-9]{4})$"]],
            pattern_sources: &[&["[0-9]{4}"]],
            ..Facets::of(Builtin::String)
        };
        assert!(check("1234", &F).is_empty());
        let errors = check("ABC", &F);
        assert_eq!(
            errors,
            vec![FacetError {
                facet: Facet::Pattern,
                message: "value `ABC` does not match pattern `[0-9]{4}`".to_owned(),
                detail: FacetDetail::Pattern {
                    patterns: &["[0-9]{4}"]
                },
            }]
        );
        static STEPS: Facets = Facets {
            patterns: &[&["^(?:[A-Z]+)$", "^(?:[0-9]+)$"], &["^(?:.{2})$"]],
            pattern_sources: &[&["[A-Z]+", "[0-9]+"], &[".{2}"]],
            ..Facets::of(Builtin::String)
        };
        assert!(check("AB", &STEPS).is_empty());
        assert!(check("12", &STEPS).is_empty());
        assert_eq!(facets_of(&check("ABC", &STEPS)), vec![Facet::Pattern]);
        let errors = check("a", &STEPS);
        assert_eq!(errors.len(), 2);
        assert!(errors[0]
            .message
            .contains("any of the patterns `[A-Z]+`, `[0-9]+`"));
        // Cached second use gives the same answer.
        assert_eq!(check("ABC", &F).len(), 1);
    }

    #[test]
    fn broken_pattern_is_an_error_not_a_panic() {
        static F: Facets = Facets {
            patterns: &[&["^(?:[0-9$"]],
            pattern_sources: &[&["[0-9"]],
            ..Facets::of(Builtin::String)
        };
        for _ in 0..2 {
            let errors = check("1", &F);
            assert_eq!(facets_of(&errors), vec![Facet::Pattern]);
            assert!(errors[0].message.contains("could not be compiled"));
        }
    }

    #[test]
    fn mismatched_pattern_sources_do_not_panic() {
        static F: Facets = Facets {
            patterns: &[&["^(?:a)$", "^(?:b)$"], &["^(?:.)$"]],
            pattern_sources: &[&["a"]],
            ..Facets::of(Builtin::String)
        };
        assert_eq!(check("c", &F).len(), 1);
        assert_eq!(check("cc", &F).len(), 2);
    }
}
