//! The `pattern` facet: a process-wide cache of compiled regexes and the
//! check of every restriction step.

use std::collections::HashMap;
use std::sync::{OnceLock, RwLock};

use regex::Regex;

use super::{quoted_list, FacetDetail, FacetError, Facets};

/// The process-wide cache of compiled patterns (or their compile errors).
type RegexCache = RwLock<HashMap<&'static str, Result<Regex, String>>>;

/// The cache behind [`regex_matches`].
fn cache() -> &'static RegexCache {
    static CACHE: OnceLock<RegexCache> = OnceLock::new();
    CACHE.get_or_init(|| RwLock::new(HashMap::new()))
}

/// Whether `value` matches the cached regex `pattern`; `Err` if the
/// pattern does not compile.
fn regex_matches(pattern: &'static str, value: &str) -> Result<bool, String> {
    {
        let map = cache()
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(compiled) = map.get(pattern) {
            return compiled
                .as_ref()
                .map(|re| re.is_match(value))
                .map_err(Clone::clone);
        }
    }
    let compiled = Regex::new(pattern).map_err(|e| e.to_string());
    let result = compiled
        .as_ref()
        .map(|re| re.is_match(value))
        .map_err(Clone::clone);
    cache()
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .insert(pattern, compiled);
    result
}

/// Checks the `pattern` steps.
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
