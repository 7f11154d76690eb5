//! Strings that match an XML Schema pattern: the pattern is translated to
//! Rust regex syntax ([`crate::xsd_regex`]), parsed by `regex-syntax` into a
//! HIR, and a matching string is built by a seeded random walk over the
//! HIR; the compiled regex then confirms the result.

use regex::Regex;
use regex_syntax::hir::{Class, Hir, HirKind};

use super::rng::Rng;

/// Extra repetitions an unbounded quantifier (`*`, `+`, `{n,}`) gets at
/// most.
const UNBOUNDED_EXTRA: u32 = 12;

/// How long the walk makes repetitions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stretch {
    /// The fewest repetitions; characters from the plainest range.
    Short,
    /// The most repetitions the length limit allows.
    Long,
    /// Anything in between, characters from wider ranges too.
    Random,
}

/// One translated, compiled and parsed pattern.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    /// The XML Schema pattern as written.
    pub(crate) source: String,
    regex: Regex,
    hir: Hir,
}

impl Pattern {
    /// Translates and compiles an XML Schema pattern.
    pub(crate) fn new(xsd: &str) -> Result<Pattern, String> {
        let rust = crate::xsd_regex::translate(xsd).map_err(|e| e.to_string())?;
        let regex = Regex::new(&rust).map_err(|e| format!("pattern {xsd:?}: {e}"))?;
        let hir = regex_syntax::ParserBuilder::new()
            .build()
            .parse(&rust)
            .map_err(|e| format!("pattern {xsd:?}: {e}"))?;
        Ok(Pattern {
            source: xsd.to_string(),
            regex,
            hir,
        })
    }

    /// Whether `value` (already whitespace-normalized) matches.
    pub(crate) fn matches(&self, value: &str) -> bool {
        self.regex.is_match(value)
    }

    /// The fewest characters a match has.
    pub(crate) fn min_len(&self) -> usize {
        min_len(&self.hir)
    }

    /// A string the HIR walk builds, at most `limit` characters where the
    /// pattern allows that (callers check the result with
    /// [`Pattern::matches`]).
    pub(crate) fn generate(&self, rng: &mut Rng, stretch: Stretch, limit: usize) -> String {
        let mut out = String::new();
        walk(&self.hir, rng, stretch, limit.max(self.min_len()), &mut out);
        out
    }
}

/// The fewest characters a match of `hir` has.
fn min_len(hir: &Hir) -> usize {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => 0,
        HirKind::Literal(lit) => String::from_utf8_lossy(&lit.0).chars().count(),
        HirKind::Class(_) => 1,
        HirKind::Repetition(rep) => (rep.min as usize).saturating_mul(min_len(&rep.sub)),
        HirKind::Capture(cap) => min_len(&cap.sub),
        HirKind::Concat(parts) => parts.iter().map(min_len).sum(),
        HirKind::Alternation(alts) => alts.iter().map(min_len).min().unwrap_or(0),
    }
}

/// Appends a match of `hir` of at most `limit` characters (when possible).
fn walk(hir: &Hir, rng: &mut Rng, stretch: Stretch, limit: usize, out: &mut String) {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(lit) => out.push_str(&String::from_utf8_lossy(&lit.0)),
        HirKind::Class(class) => out.push(pick_char(class, rng, stretch)),
        HirKind::Capture(cap) => walk(&cap.sub, rng, stretch, limit, out),
        HirKind::Concat(parts) => {
            let mins: Vec<usize> = parts.iter().map(min_len).collect();
            let mut rest: usize = mins.iter().sum();
            let mut used = 0;
            for (part, min) in parts.iter().zip(mins) {
                rest -= min;
                let budget = limit.saturating_sub(used + rest).max(min);
                let before = out.chars().count();
                walk(part, rng, stretch, budget, out);
                used += out.chars().count() - before;
            }
        }
        HirKind::Alternation(alts) => {
            let fitting: Vec<&Hir> = alts.iter().filter(|a| min_len(a) <= limit).collect();
            let choice = if fitting.is_empty() {
                alts.iter().min_by_key(|a| min_len(a))
            } else {
                Some(*rng.pick(&fitting))
            };
            if let Some(alt) = choice {
                walk(alt, rng, stretch, limit, out);
            }
        }
        HirKind::Repetition(rep) => {
            let sub_min = min_len(&rep.sub);
            let mut max = rep.max.unwrap_or(rep.min.saturating_add(UNBOUNDED_EXTRA));
            if let Some(fit) = limit.checked_div(sub_min) {
                max = max.min(u32::try_from(fit).unwrap_or(u32::MAX)).max(rep.min);
            }
            let count = match stretch {
                Stretch::Short => rep.min,
                Stretch::Long => max,
                Stretch::Random => rng.between(u64::from(rep.min), u64::from(max)) as u32,
            };
            let mut used = 0;
            for i in 0..count {
                let required_after = (rep.min.saturating_sub(i + 1) as usize) * sub_min;
                let budget = limit.saturating_sub(used + required_after);
                if i >= rep.min && budget < sub_min.max(1) {
                    break;
                }
                let before = out.chars().count();
                walk(&rep.sub, rng, stretch, budget.max(sub_min), out);
                used += out.chars().count() - before;
            }
        }
    }
}

/// Tiers of characters, plainest first: ASCII letters and digits, printable
/// ASCII, Latin-1 and Latin Extended letters, other old BMP blocks, and
/// finally anything printable.
const TIERS: &[&[(u32, u32)]] = &[
    &[(0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A)],
    &[(0x20, 0x7E)],
    &[(0xC0, 0x24F)],
    &[(0xA0, 0xBF), (0x250, 0x2FFF)],
    &[
        (0x20, 0x7E),
        (0xA0, 0xD7FF),
        (0xE000, 0xFFFD),
        (0x10000, 0x10FFFF),
    ],
];

/// A character of `class`: from the plainest tier it has (Short, Long), or
/// from a tier drawn at random (Random).
fn pick_char(class: &Class, rng: &mut Rng, stretch: Stretch) -> char {
    let ranges: Vec<(u32, u32)> = match class {
        Class::Unicode(u) => u
            .ranges()
            .iter()
            .map(|r| (u32::from(r.start()), u32::from(r.end())))
            .collect(),
        Class::Bytes(b) => b
            .ranges()
            .iter()
            .map(|r| (u32::from(r.start()), u32::from(r.end()).min(0x7F)))
            .filter(|(s, e)| s <= e)
            .collect(),
    };
    let first = match stretch {
        Stretch::Random => {
            let roll = rng.below(100);
            match roll {
                0..=74 => 0,
                75..=89 => 1,
                90..=95 => 2,
                96..=98 => 3,
                _ => 4,
            }
        }
        _ => 0,
    };
    for tier in TIERS[first..].iter().chain(TIERS[..first].iter().rev()) {
        let pieces: Vec<(u32, u32)> = ranges
            .iter()
            .flat_map(|&(s, e)| {
                tier.iter()
                    .map(move |&(ts, te)| (s.max(ts), e.min(te)))
                    .filter(|(lo, hi)| lo <= hi)
            })
            .collect();
        let total: u64 = pieces.iter().map(|(s, e)| u64::from(e - s + 1)).sum();
        if total == 0 {
            continue;
        }
        let mut n = rng.below(total);
        for (s, e) in pieces {
            let size = u64::from(e - s + 1);
            if n < size {
                if let Some(c) = char::from_u32(s + n as u32) {
                    return c;
                }
                break;
            }
            n -= size;
        }
    }
    // Only control characters (tab, newline) are left: take the first.
    ranges
        .first()
        .and_then(|&(s, _)| char::from_u32(s))
        .unwrap_or(' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Patterns of the StUF-JZ bundles and XSD constructs the translation
    /// handles (class subtraction, `\i`/`\c`, blocks, categories).
    const PATTERNS: &[&str] = &[
        "[0-9]{9}",
        "[0-9]{8,17}",
        "\\S.*",
        "[A-Z]{2}.[A-Z]{5}.[0-9]{16}",
        "[1-9][0-9]{3}[A-Z]{0,2}",
        "other:\\w{2,}",
        "[0-9]{1,5}-[0-9]{1,5}",
        "[1-2][0-9]{3}0101",
        "[a-z-[aeiou]]{3,6}",
        "\\i\\c*",
        "\\p{IsBasicLatin}+",
        "\\p{Lu}\\p{Ll}*|[0-9]+",
        "(ab|cd)*e?",
        "[^<>]{1,20}",
    ];

    #[test]
    fn generated_strings_match_their_pattern() {
        let mut rng = Rng::new(3, "patterns");
        for source in PATTERNS {
            let p = Pattern::new(source).expect("translatable");
            for stretch in [Stretch::Short, Stretch::Long, Stretch::Random] {
                for _ in 0..200 {
                    let v = p.generate(&mut rng, stretch, 40);
                    assert!(p.matches(&v), "{source} {stretch:?}: `{v}`");
                }
            }
        }
    }

    #[test]
    fn the_length_limit_bounds_repetitions() {
        let mut rng = Rng::new(4, "limits");
        for (source, limit) in [(".*", 10), ("\\S.*", 5), ("[a-z]{0,100}", 7), ("(ab)+", 6)] {
            let p = Pattern::new(source).expect("translatable");
            for stretch in [Stretch::Long, Stretch::Random] {
                for _ in 0..100 {
                    let v = p.generate(&mut rng, stretch, limit);
                    assert!(
                        p.matches(&v) && v.chars().count() <= limit,
                        "{source}: `{v}`"
                    );
                }
            }
        }
        // Long fills the limit, Short takes the minimum.
        let p = Pattern::new("[0-9]{2,30}").expect("translatable");
        assert_eq!(p.generate(&mut rng, Stretch::Long, 12).len(), 12);
        assert_eq!(p.generate(&mut rng, Stretch::Short, 12).len(), 2);
    }

    #[test]
    fn an_untranslatable_pattern_is_an_error() {
        let e = Pattern::new("a{2,1}(").expect_err("invalid");
        assert!(e.contains("a{2,1}("), "{e}");
    }
}
