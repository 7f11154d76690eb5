//! Translation of XML Schema 1.0 regular expressions (the `pattern` facet
//! dialect of XML Schema Part 2, Appendix F) into patterns for the `regex`
//! crate.
//!
//! Dialect differences handled:
//! - XSD patterns are implicitly anchored: the result is `^(?:...)$`.
//! - `^` and `$` are ordinary characters in XSD (outside the leading `^` of a
//!   class); they, and all other characters that are special only in Rust
//!   (`#`, `&`, `~`, `-`, `[` inside classes, a `:` after `[`), are escaped.
//! - `.` matches anything but `\n` and `\r`: it becomes `[^\n\r]`.
//! - `\s \S \d \D \w \W \i \I \c \C` get their XSD meaning, e.g. `\s` is only
//!   `[\x20\t\n\r]` and `\w` is `[^\p{P}\p{Z}\p{C}]` (unlike Rust's `\s`/`\w`).
//! - Block escapes `\p{IsBasicLatin}` (unsupported by Rust) become explicit
//!   code point ranges from the Unicode 3.1 block table that XSD 1.0 uses.
//! - Class subtraction `[a-z-[aeiou]]` becomes `[[a-z]--[aeiou]]`.
//! - Groups become non-capturing; syntax XSD lacks (`(?`, lazy quantifiers,
//!   `\b`, back-references, `\x41`, ...) is rejected with a [`PatternError`].
//!
//! Remaining approximations:
//! - Unicode categories follow the regex crate's Unicode version, not 3.1.
//! - `\i`/`\c` use the XML 1.0 5th edition `NameStartChar`/`NameChar` ranges
//!   instead of the 2nd edition `Letter` tables referenced by XSD 1.0.
//! - Surrogate blocks (`IsHighSurrogates`, ...) match nothing.
//! - An unescaped `{` that does not start a valid quantifier is rejected
//!   (ambiguous in XSD 1.0; XSD 1.1 and Xerces reject it); a lone `}` is a
//!   literal, as the XSD 1.0 grammar says.

use std::fmt;

/// Why an XML Schema pattern could not be translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    /// The XSD pattern as given.
    pub pattern: String,
    /// What is wrong with it (with a character position where known).
    pub message: String,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid XML Schema pattern {:?}: {}",
            self.pattern, self.message
        )
    }
}

impl std::error::Error for PatternError {}

/// Translates one XSD pattern into a Rust regex that matches the WHOLE value
/// (implicitly anchored): returns e.g. `^(?:[0-9]{9})$`.
///
/// The result is guaranteed to compile with `regex::Regex::new` (default
/// limits); anything invalid in XSD or too large for the regex crate is an
/// error.
pub fn translate(xsd: &str) -> Result<String, PatternError> {
    let err = |message: String| PatternError {
        pattern: xsd.to_string(),
        message,
    };
    let mut p = Parser {
        chars: xsd.chars().collect(),
        pos: 0,
    };
    let body = p.regexp(0).map_err(err)?;
    if p.pos < p.chars.len() {
        return Err(err(format!("unbalanced ')' at position {}", p.pos)));
    }
    let out = format!("^(?:{body})$");
    match regex::Regex::new(&out) {
        Ok(_) => Ok(out),
        Err(e) => Err(err(format!("translation {out:?} rejected by regex: {e}"))),
    }
}

/// Unicode general categories allowed by XSD 1.0 (`\p{..}`).
const CATEGORIES: &str = "L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po \
                          Z Zs Zl Zp S Sm Sc Sk So C Cc Cf Co Cn";

/// Unicode 3.1 blocks (XSD 1.0 `\p{IsX}`), `Name:lo-hi` in hex, plus the
/// newer names `GreekandCoptic` and `CombiningDiacriticalMarksforSymbols`.
const BLOCKS: &str = "BasicLatin:0-7F Latin-1Supplement:80-FF LatinExtended-A:100-17F \
    LatinExtended-B:180-24F IPAExtensions:250-2AF SpacingModifierLetters:2B0-2FF \
    CombiningDiacriticalMarks:300-36F Greek:370-3FF GreekandCoptic:370-3FF Cyrillic:400-4FF \
    Armenian:530-58F Hebrew:590-5FF Arabic:600-6FF Syriac:700-74F Thaana:780-7BF \
    Devanagari:900-97F Bengali:980-9FF Gurmukhi:A00-A7F Gujarati:A80-AFF Oriya:B00-B7F \
    Tamil:B80-BFF Telugu:C00-C7F Kannada:C80-CFF Malayalam:D00-D7F Sinhala:D80-DFF \
    Thai:E00-E7F Lao:E80-EFF Tibetan:F00-FFF Myanmar:1000-109F Georgian:10A0-10FF \
    HangulJamo:1100-11FF Ethiopic:1200-137F Cherokee:13A0-13FF \
    UnifiedCanadianAboriginalSyllabics:1400-167F Ogham:1680-169F Runic:16A0-16FF \
    Khmer:1780-17FF Mongolian:1800-18AF LatinExtendedAdditional:1E00-1EFF \
    GreekExtended:1F00-1FFF GeneralPunctuation:2000-206F SuperscriptsandSubscripts:2070-209F \
    CurrencySymbols:20A0-20CF CombiningMarksforSymbols:20D0-20FF \
    CombiningDiacriticalMarksforSymbols:20D0-20FF LetterlikeSymbols:2100-214F \
    NumberForms:2150-218F Arrows:2190-21FF MathematicalOperators:2200-22FF \
    MiscellaneousTechnical:2300-23FF ControlPictures:2400-243F \
    OpticalCharacterRecognition:2440-245F EnclosedAlphanumerics:2460-24FF \
    BoxDrawing:2500-257F BlockElements:2580-259F GeometricShapes:25A0-25FF \
    MiscellaneousSymbols:2600-26FF Dingbats:2700-27BF BraillePatterns:2800-28FF \
    CJKRadicalsSupplement:2E80-2EFF KangxiRadicals:2F00-2FDF \
    IdeographicDescriptionCharacters:2FF0-2FFF CJKSymbolsandPunctuation:3000-303F \
    Hiragana:3040-309F Katakana:30A0-30FF Bopomofo:3100-312F \
    HangulCompatibilityJamo:3130-318F Kanbun:3190-319F BopomofoExtended:31A0-31BF \
    EnclosedCJKLettersandMonths:3200-32FF CJKCompatibility:3300-33FF \
    CJKUnifiedIdeographsExtensionA:3400-4DB5 CJKUnifiedIdeographs:4E00-9FFF \
    YiSyllables:A000-A48F YiRadicals:A490-A4CF HangulSyllables:AC00-D7A3 \
    HighSurrogates:D800-DB7F HighPrivateUseSurrogates:DB80-DBFF LowSurrogates:DC00-DFFF \
    PrivateUse:E000-F8FF PrivateUse:F0000-FFFFD PrivateUse:100000-10FFFD \
    CJKCompatibilityIdeographs:F900-FAFF AlphabeticPresentationForms:FB00-FB4F \
    ArabicPresentationForms-A:FB50-FDFF CombiningHalfMarks:FE20-FE2F \
    CJKCompatibilityForms:FE30-FE4F SmallFormVariants:FE50-FE6F \
    ArabicPresentationForms-B:FE70-FEFE Specials:FEFF-FEFF HalfwidthandFullwidthForms:FF00-FFEF \
    Specials:FFF0-FFFD OldItalic:10300-1032F Gothic:10330-1034F Deseret:10400-1044F \
    ByzantineMusicalSymbols:1D000-1D0FF MusicalSymbols:1D100-1D1FF \
    MathematicalAlphanumericSymbols:1D400-1D7FF CJKUnifiedIdeographsExtensionB:20000-2A6D6 \
    CJKCompatibilityIdeographsSupplement:2F800-2FA1F Tags:E0000-E007F";

/// XML 1.0 (5th ed.) NameStartChar, as Rust class items (`\i`).
const NAME_START: &str = concat!(
    r"A-Z_a-z\x3A\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{2FF}\x{370}-\x{37D}\x{37F}-\x{1FFF}",
    r"\x{200C}-\x{200D}\x{2070}-\x{218F}\x{2C00}-\x{2FEF}\x{3001}-\x{D7FF}\x{F900}-\x{FDCF}",
    r"\x{FDF0}-\x{FFFD}\x{10000}-\x{EFFFF}"
);
/// NameChar minus NameStartChar (added for `\c`).
const NAME_EXTRA: &str = r"\-\.0-9\x{B7}\x{300}-\x{36F}\x{203F}-\x{2040}";
/// Matches nothing (an empty set) / everything, as a Rust class.
const NOTHING: &str = r"[^\x{0}-\x{10FFFF}]";
/// Limit on group/class nesting, so deep input cannot exhaust the stack.
const MAX_DEPTH: usize = 100;

/// Code point ranges of an XSD 1.0 block name (empty if unknown).
fn block_ranges(name: &str) -> Vec<(u32, u32)> {
    BLOCKS
        .split_whitespace()
        .filter_map(|e| e.split_once(':'))
        .filter(|(n, _)| *n == name)
        .filter_map(|(_, r)| r.split_once('-'))
        .filter_map(|(lo, hi)| {
            Some((
                u32::from_str_radix(lo, 16).ok()?,
                u32::from_str_radix(hi, 16).ok()?,
            ))
        })
        .collect()
}

/// A character as a Rust regex literal (valid inside and outside classes).
fn literal(c: char) -> String {
    match c {
        '\n' => r"\n".into(),
        '\r' => r"\r".into(),
        '\t' => r"\t".into(),
        c if c.is_control() || c.is_whitespace() => format!("\\x{{{:X}}}", c as u32),
        c => regex::escape(c.encode_utf8(&mut [0; 4])),
    }
}

/// A character as a literal inside a Rust class: there `[:` could start an
/// ASCII class such as `[:alpha:]`, so `:` is written as `\x3A`.
fn class_literal(c: char) -> String {
    match c {
        ':' => r"\x3A".into(),
        c => literal(c),
    }
}

/// The result of an escape: one character, or a set as a Rust class-like
/// atom (`\p{..}` or `[...]`), usable inside and outside classes.
enum Esc {
    Char(char),
    Set(String),
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek2(&self) -> Option<char> {
        self.chars.get(self.pos + 1).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let hit = self.peek() == Some(c);
        self.pos += usize::from(hit);
        hit
    }

    fn fail<T>(&self, what: &str) -> Result<T, String> {
        Err(format!("{what} at position {}", self.pos))
    }

    /// `regExp ::= branch ( '|' branch )*`, `branch ::= piece*`.
    fn regexp(&mut self, depth: usize) -> Result<String, String> {
        if depth > MAX_DEPTH {
            return self.fail("groups nested too deeply");
        }
        let mut out = String::new();
        loop {
            while let Some(c) = self.peek().filter(|c| *c != '|' && *c != ')') {
                self.pos += 1;
                let atom = self.atom(c, depth)?;
                out.push_str(&atom);
                self.quantifier(&mut out)?;
            }
            if !self.eat('|') {
                return Ok(out);
            }
            out.push('|');
        }
    }

    /// `atom ::= Char | charClass | '(' regExp ')'`; `c` is already consumed.
    fn atom(&mut self, c: char, depth: usize) -> Result<String, String> {
        Ok(match c {
            '(' if self.peek() == Some('?') => {
                return self.fail("'(?' (non-capturing/lookaround group) does not exist in XSD");
            }
            '(' => {
                let inner = self.regexp(depth + 1)?;
                if !self.eat(')') {
                    return self.fail("missing ')'");
                }
                format!("(?:{inner})")
            }
            '[' => self.class(depth + 1)?,
            '.' => r"[^\n\r]".into(),
            '\\' => match self.escape()? {
                Esc::Char(c) => literal(c),
                Esc::Set(s) => s,
            },
            '?' | '*' | '+' => return self.fail("quantifier without preceding atom"),
            '{' => return self.fail("'{' must be escaped when not starting a quantifier"),
            ']' => return self.fail("unescaped ']'"),
            c => literal(c),
        })
    }

    /// `quantifier ::= [?*+] | '{' n (',' m?)? '}'`; at most one per atom.
    fn quantifier(&mut self, out: &mut String) -> Result<(), String> {
        match self.peek() {
            Some(c @ ('?' | '*' | '+')) => {
                self.pos += 1;
                out.push(c);
            }
            Some('{') => {
                self.pos += 1;
                let min = self.number()?;
                let max = match self.eat(',') {
                    false => Some(min),
                    true if self.peek() == Some('}') => None,
                    true => Some(self.number()?),
                };
                if !self.eat('}') {
                    return self.fail("expected '}' closing the quantifier");
                }
                match max {
                    Some(max) if max < min => return self.fail("quantifier {n,m} with m < n"),
                    Some(max) if max == min => out.push_str(&format!("{{{min}}}")),
                    Some(max) => out.push_str(&format!("{{{min},{max}}}")),
                    None => out.push_str(&format!("{{{min},}}")),
                }
            }
            _ => return Ok(()),
        }
        if matches!(self.peek(), Some('?' | '*' | '+' | '{')) {
            return self.fail("quantifier after a quantifier (XSD has no lazy/possessive forms)");
        }
        Ok(())
    }

    fn number(&mut self) -> Result<u32, String> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        if start == self.pos {
            return self.fail("expected a number in quantifier");
        }
        let digits: String = self.chars[start..self.pos].iter().collect();
        digits
            .parse()
            .map_err(|_| format!("quantifier {digits} too large"))
    }

    /// After a `\`: single-character, multi-character and category escapes.
    fn escape(&mut self) -> Result<Esc, String> {
        let Some(c) = self.peek() else {
            return self.fail("pattern ends with a lone '\\'");
        };
        self.pos += 1;
        let set = |s: &str| Ok(Esc::Set(s.into()));
        match c {
            'n' => Ok(Esc::Char('\n')),
            'r' => Ok(Esc::Char('\r')),
            't' => Ok(Esc::Char('\t')),
            '\\' | '|' | '.' | '-' | '^' | '?' | '*' | '+' | '{' | '}' | '(' | ')' | '[' | ']' => {
                Ok(Esc::Char(c))
            }
            's' => set(r"[\x20\t\n\r]"),
            'S' => set(r"[^\x20\t\n\r]"),
            'd' => set(r"\p{Nd}"),
            'D' => set(r"\P{Nd}"),
            'w' => set(r"[^\p{P}\p{Z}\p{C}]"),
            'W' => set(r"[\p{P}\p{Z}\p{C}]"),
            'i' => set(&format!("[{NAME_START}]")),
            'I' => set(&format!("[^{NAME_START}]")),
            'c' => set(&format!("[{NAME_START}{NAME_EXTRA}]")),
            'C' => set(&format!("[^{NAME_START}{NAME_EXTRA}]")),
            'p' | 'P' => self.category(c == 'P'),
            _ => {
                self.pos -= 1;
                self.fail(&format!("unknown escape '\\{c}'"))
            }
        }
    }

    /// After `\p` / `\P`: `{Category}` or `{IsBlock}`.
    fn category(&mut self, negated: bool) -> Result<Esc, String> {
        if !self.eat('{') {
            return self.fail("expected '{' after \\p or \\P");
        }
        let start = self.pos;
        while self.peek().is_some_and(|c| c != '}') {
            self.pos += 1;
        }
        let name: String = self.chars[start..self.pos].iter().collect();
        if !self.eat('}') {
            return self.fail("unterminated \\p{...}");
        }
        if CATEGORIES.split_whitespace().any(|c| c == name) {
            let p = if negated { 'P' } else { 'p' };
            return Ok(Esc::Set(format!("\\{p}{{{name}}}")));
        }
        let Some(ranges) = name.strip_prefix("Is").map(block_ranges) else {
            return self.fail(&format!("unknown Unicode category {name:?}"));
        };
        if ranges.is_empty() {
            return self.fail(&format!("unknown Unicode block {name:?}"));
        }
        let items: String = ranges
            .iter()
            .filter(|(lo, _)| !(0xD800..=0xDFFF).contains(lo))
            .map(|(lo, hi)| format!("\\x{{{lo:X}}}-\\x{{{hi:X}}}"))
            .collect();
        Ok(Esc::Set(match (items.is_empty(), negated) {
            (true, false) => NOTHING.into(),
            (true, true) => r"[\x{0}-\x{10FFFF}]".into(),
            (false, false) => format!("[{items}]"),
            (false, true) => format!("[^{items}]"),
        }))
    }

    /// A character class; the `[` is already consumed. Handles negation,
    /// ranges, escapes and (nested) subtraction `[base-[sub]]`.
    fn class(&mut self, depth: usize) -> Result<String, String> {
        if depth > MAX_DEPTH {
            return self.fail("character classes nested too deeply");
        }
        let neg = if self.eat('^') { "^" } else { "" };
        let mut items = String::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return self.fail("unterminated character class");
            };
            match (c, self.peek2()) {
                (']', _) if first => return self.fail("empty character class"),
                (']', _) => {
                    self.pos += 1;
                    return Ok(format!("[{neg}{items}]"));
                }
                ('[', _) => return self.fail("'[' must be escaped inside a character class"),
                ('-', Some('[')) if !first => {
                    self.pos += 2;
                    let sub = self.class(depth + 1)?;
                    if !self.eat(']') {
                        return self.fail("a subtraction must end its character class");
                    }
                    return Ok(format!("[[{neg}{items}]--{sub}]"));
                }
                ('-', Some(']')) => {
                    self.pos += 1;
                    first = false;
                    items.push_str(&class_literal('-'));
                    continue;
                }
                ('-', None) => return self.fail("unterminated character class"),
                ('-', _) if !first => {
                    return self.fail("'-' must be escaped unless first or last in a class");
                }
                _ => {}
            }
            self.pos += 1;
            first = false;
            let start = match c {
                '\\' => match self.escape()? {
                    Esc::Char(s) => s,
                    Esc::Set(s) => {
                        items.push_str(&s);
                        continue;
                    }
                },
                c => c,
            };
            let is_range = c != '-' && self.peek() == Some('-');
            if !is_range || matches!(self.peek2(), None | Some('[' | ']')) {
                items.push_str(&class_literal(start));
                continue;
            }
            self.pos += 1;
            let end = match self.peek() {
                Some('\\') => {
                    self.pos += 1;
                    match self.escape()? {
                        Esc::Char(e) => e,
                        Esc::Set(_) => {
                            return self.fail("a multi-character escape cannot end a range");
                        }
                    }
                }
                Some('-') | None => return self.fail("invalid end of character range"),
                Some(e) => {
                    self.pos += 1;
                    e
                }
            };
            if end < start {
                return self.fail(&format!(
                    "character range {start:?}-{end:?} is out of order"
                ));
            }
            items.push_str(&format!("{}-{}", class_literal(start), class_literal(end)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts that `xsd` translates, and matches exactly the `yes` values.
    fn check(xsd: &str, yes: &[&str], no: &[&str]) {
        let out = translate(xsd).unwrap_or_else(|e| panic!("{e}"));
        let re = regex::Regex::new(&out).unwrap();
        for v in yes {
            assert!(re.is_match(v), "{xsd:?} ({out}) should match {v:?}");
        }
        for v in no {
            assert!(!re.is_match(v), "{xsd:?} ({out}) should not match {v:?}");
        }
    }

    fn fails(xsd: &str) {
        assert!(translate(xsd).is_err(), "{xsd:?} should be rejected");
    }

    #[test]
    fn anchoring_and_literal_anchors() {
        assert_eq!(translate("[0-9]{9}").unwrap(), "^(?:[0-9]{9})$");
        check(
            "[0-9]{9}",
            &["123456789"],
            &["12345678", "1234567890", "x123456789", "123456789\n"],
        );
        check("^a$", &["^a$"], &["a", "^a", "a$"]);
        check("a|b", &["a", "b"], &["ab", ""]);
        check("", &[""], &["a"]);
    }

    #[test]
    fn branches_groups_quantifiers() {
        check("(ab|cd)+|x", &["ab", "abcd", "x"], &["", "abx", "a"]);
        check("a|", &["a", ""], &["aa"]);
        check("()a", &["a"], &[""]);
        check(
            "a{2,3}b{2,}c{0}d{1}",
            &["aabbd", "aaabbbbd"],
            &["abbd", "aabd", "aabbcd"],
        );
        check("a?b*c+", &["c", "abbcc"], &["", "aac"]);
        check("a{002}", &["aa"], &["a"]);
    }

    #[test]
    fn dot_and_single_char_escapes() {
        check(".", &["a", "é", "\t", " "], &["\n", "\r", "", "ab"]);
        let all = r"\n\r\t\\\|\.\-\^\?\*\+\{\}\(\)\[\]";
        check(all, &["\n\r\t\\|.-^?*+{}()[]"], &["nrt"]);
        check(r"[\n\t\\\]\[\-\^]+", &["\n\t\\][-^"], &["n", "a"]);
    }

    #[test]
    fn rust_special_characters_are_literal() {
        check(
            "#a b&&c~~d--e<f>}",
            &["#a b&&c~~d--e<f>}"],
            &["#ab&&c~~d--e<f>}"],
        );
        check("[#&~ ]+", &["#&~ "], &["a"]);
        check("[a&&b]", &["a", "&", "b"], &["c"]);
        check("[:alpha:]", &[":", "a", "l"], &["b"]);
        check("[:a-[a]]", &[":"], &["a"]);
        check("[.|*+?(){}^$]+", &[".|*+?(){}^$"], &["a", "\\"]);
        check("[x^]", &["^", "x"], &["a"]);
        check("[^^]", &["a"], &["^"]);
    }

    #[test]
    fn multi_char_escapes() {
        check(
            r"\s",
            &[" ", "\t", "\n", "\r"],
            &["\u{a0}", "\u{2003}", "a"],
        );
        check(r"\S", &["a", "\u{a0}"], &[" ", "\n"]);
        check(r"\d", &["7", "\u{663}"], &["a", "\u{b2}"]);
        check(r"\D", &["a"], &["7"]);
        check(
            r"\w",
            &["a", "é", "1", "$", "+"],
            &["_", "-", " ", "\u{0}", "."],
        );
        check(r"\W", &["_", "-", " ", "\u{0}"], &["a", "$"]);
        check(r"\i\c*", &["_a", ":x-1.\u{b7}", "é"], &["1a", "-a", "a b"]);
        check(r"\I\C", &["1 ", "-\u{0}"], &["a1", "1a"]);
        check(r"[\d\s]+", &["1 2"], &["a"]);
        check(r"[^\s\w]", &["_", "-"], &[" ", "a"]);
        check(r"[a\W]", &["a", "_"], &["b"]);
    }

    #[test]
    fn categories_and_blocks() {
        check(r"\p{Lu}\P{Lu}", &["Aa", "Ä1"], &["aA", "AA"]);
        check(r"\p{L}+\p{N}\p{Pd}\p{Sc}", &["Straße9-€"], &["Straße9_€"]);
        check(r"\p{IsBasicLatin}+", &["abc~\u{7f}"], &["é", "aé"]);
        check(r"\P{IsBasicLatin}", &["é"], &["e"]);
        check(
            r"\p{IsLatin-1Supplement}\p{IsLatinExtended-A}\p{IsLatinExtended-B}",
            &["éőƀ"],
            &["eőƀ"],
        );
        check(
            r"\p{IsIPAExtensions}\p{IsGreek}\p{IsGreekandCoptic}\p{IsCyrillic}",
            &["ɐαωж"],
            &["aαωж"],
        );
        check(
            r"\p{IsGeneralPunctuation}",
            &["\u{2014}", "\u{2026}"],
            &["-"],
        );
        check(
            r"\p{IsPrivateUse}",
            &["\u{e000}", "\u{f0000}", "\u{10fffd}"],
            &["a"],
        );
        check(r"\p{IsHighSurrogates}?", &[""], &["a"]);
        check(r"\P{IsLowSurrogates}", &["a"], &[""]);
        check(r"[\p{IsBasicLatin}-[a-z]]", &["A", "1"], &["a", "é"]);
        check(r"[\P{IsBasicLatin}x]", &["é", "x"], &["a"]);
        let names = BLOCKS.split_whitespace().filter_map(|e| e.split_once(':'));
        for (name, _) in names {
            assert!(!block_ranges(name).is_empty(), "{name}");
            translate(&format!(r"\p{{Is{name}}}[\P{{Is{name}}}]")).unwrap();
        }
        for cat in CATEGORIES.split_whitespace() {
            translate(&format!(r"\p{{{cat}}}[\P{{{cat}}}]")).unwrap();
        }
    }

    #[test]
    fn character_classes() {
        check("[a-cx]", &["a", "b", "x"], &["d", "A"]);
        check("[^a-c]", &["d", "\n"], &["a", ""]);
        check("[-a]", &["-", "a"], &["b"]);
        check("[a-]", &["-", "a"], &["b"]);
        check("[^-]", &["a"], &["-"]);
        check("[a-c-]", &["-", "b"], &["d"]);
        check(r"[!-\-]", &["!", ",", "-"], &["."]);
        check(r"[\--/]", &["-", ".", "/"], &["0"]);
        check("[a-z-[aeiou]]", &["b", "z"], &["a", "e", "A"]);
        check("[a-z-[b-y-[c]]]", &["a", "c", "z"], &["b", "d", "y"]);
        check("[^a-z-[0-9]]", &["A", "-"], &["a", "5"]);
        check("[a-z-[^aeiou]]", &["a", "e"], &["b"]);
        check(r"[\w-[\d]]", &["a"], &["1", "_"]);
    }

    #[test]
    fn invalid_patterns_are_errors_not_panics() {
        let invalid = r"[ ( ) \ [a- x** a{2,1} (?:a) (?=a) a*? a+? a?? a{2}{3} a{ a{x} a{1,x}
            {1} *a + ? |* [] [^] ] \b \x41 \1 \$ [a-\d] [z-a] [a-b-c] [a--b] [--a]
            [[a]] [a-z-[b]c] [a-[b] \p{Foo} \p{IsKlingon} \p{isBasicLatin} \p{Lu
            \pL \p{Cs} a{99999999999} a{1000000} [a-z-]] (() ())";
        for p in invalid.split_whitespace() {
            fails(p);
        }
        fails(&"(".repeat(10_000));
        fails(&"[a-[".repeat(10_000));
        let err = translate("a{2,1}").unwrap_err();
        assert_eq!(err.pattern, "a{2,1}");
        assert!(err.to_string().contains("a{2,1}"), "{err}");
        // Exhaustive short inputs over the syntax characters: never panics,
        // and every accepted pattern compiles (translate checks that).
        let alphabet: Vec<char> = r"a-[]^\(){}1*?|.:".chars().collect();
        let mut buf = String::new();
        for a in &alphabet {
            for b in &alphabet {
                for c in &alphabet {
                    buf.clear();
                    buf.extend([*a, *b, *c]);
                    let _ = translate(&buf[..1]);
                    let _ = translate(&buf[..2]);
                    let _ = translate(&buf);
                }
            }
        }
    }

    /// Every pattern of the StUF-JZ schemas (from
    /// `grep -rhoE 'pattern value="[^"]*"' xsd/ | sort -u`).
    #[test]
    fn real_schema_patterns() {
        const DOTS: &str = "NL.ABCDE.0123456789012345";
        const NL: &str = "NL\nABCDE.0123456789012345";
        let cases: &[(&str, &[&str], &[&str])] = &[
            ("[0-9]{1,3}", &["0", "999"], &["", "1000", "a"]),
            ("[0-9]{1,4}", &["1", "2024"], &["12345"]),
            ("[0-9]{1,5}-[0-9]{1,5}", &["1-99999"], &["1-", "-1", "1_2"]),
            ("[0-9]{10}", &["0123456789"], &["123456789"]),
            ("[0-9]{12}", &["012345678901"], &["01234567890"]),
            ("[0-9]{15}", &["012345678901234"], &["01234567890123"]),
            ("[0-9]{17}", &["01234567890123456"], &["0123456789012345"]),
            ("[0-9]{20}", &["01234567890123456789"], &["0123456789"]),
            ("[0-9]{2}", &["07"], &["7", "\u{660}\u{667}"]),
            ("[0-9]{3}", &["123"], &["12"]),
            ("[0-9]{4}", &["1234"], &["123"]),
            (
                "[0-9]{8,17}",
                &["12345678", "12345678901234567"],
                &["1234567"],
            ),
            ("[0-9]{9}", &["123456782"], &["12345678a"]),
            (
                "[1-2][0-9]{3}0101",
                &["20240101"],
                &["30240101", "20240102"],
            ),
            (
                "[1-9][0-9]{3}[A-Z]{0,2}",
                &["1234", "1234AB"],
                &["0123", "1234ab"],
            ),
            ("[1-9][0-9]{9}", &["1234567890"], &["0234567890"]),
            ("[A-Z]{2,4}", &["AB", "ABCD"], &["A", "ABCDE", "ab"]),
            ("[A-Z]{2,6}", &["AB", "ABCDEF"], &["ABCDEFG"]),
            ("[A-Z]{2}", &["NL"], &["nl", "NLD"]),
            (
                "[A-Z]{2}.[A-Z]{5}.[0-9]{16}",
                &[DOTS, "NLxABCDE-0123456789012345"],
                &[NL],
            ),
            ("[A-Z]{2}[A-Z0]{0,1}", &["NL", "NL0", "NLD"], &["NL1", "N"]),
            ("[TRL]{1,3}", &["T", "TRL"], &["", "TRLT", "X"]),
            ("[a-zA-Z0-9]{0,4}", &["", "aZ09"], &["abcde", "a-b"]),
            ("[a-zA-Z]", &["a", "Z"], &["", "1", "\u{e9}"]),
            (r"\S.*", &["a", "a b c"], &["", " a", "a\nb"]),
            (
                r"other:\w{2,}",
                &["other:ab", "other:\u{e9}1"],
                &["other:a", "other:a b"],
            ),
        ];
        for (xsd, yes, no) in cases {
            check(xsd, yes, no);
        }
    }
}
