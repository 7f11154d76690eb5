//! What the sampler knows about each simple type: its built-in, whitespace
//! rule, compiled patterns and StUF meaning, and the check that every
//! generated value passes before it is written.

use stuf_jz_types::lexical::{compare_decimal, digit_counts, length_of, normalize_whitespace};
use stuf_jz_types::{Builtin, WhiteSpace};

use super::pattern::Pattern;
use crate::model::{SimpleType, TypeId, TypeName};

/// What a simple type means beyond its facets, found by the names in its
/// restriction chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Meaning {
    /// Nothing known.
    Plain,
    /// `BG:BSN`: a burgerservicenummer (passes the 11-proef).
    Bsn,
    /// `StUF:Datum`: `yyyymmdd`.
    Datum,
    /// `StUF:Tijdstip`: `yyyymmddhhmmss[mmm]`.
    Tijdstip,
}

/// A simple type prepared for sampling.
#[derive(Debug, Clone)]
pub(crate) struct Facts {
    /// The built-in at the root of the chain.
    pub(crate) builtin: Builtin,
    /// The effective whitespace rule.
    pub(crate) whitespace: WhiteSpace,
    /// Compiled patterns, one list of alternatives per restriction step.
    pub(crate) patterns: Vec<Vec<Pattern>>,
    /// StUF meaning.
    pub(crate) meaning: Meaning,
}

const STUF: &str = "http://www.egem.nl/StUF/StUF0301";
const BG: &str = "http://www.egem.nl/StUF/sector/bg/0310";

/// The meaning a type name gives: `BG:BSN`, `StUF:Datum`, `StUF:Tijdstip`,
/// or the complex types of their values (`BG:BSN-e`, `StUF:Datum-e`, ...).
pub(crate) fn meaning_of_name(name: &TypeName) -> Meaning {
    let TypeName::Named(q) = name else {
        return Meaning::Plain;
    };
    let local = q.local.strip_suffix("-e").unwrap_or(&q.local);
    match (q.ns.as_str(), local) {
        (BG, "BSN") => Meaning::Bsn,
        (STUF, "Datum") => Meaning::Datum,
        (STUF, "Tijdstip") => Meaning::Tijdstip,
        _ => Meaning::Plain,
    }
}

impl Facts {
    /// Prepares `id` of `types`; an untranslatable pattern is an error.
    pub(crate) fn new<'m>(
        id: TypeId,
        simple: &'m SimpleType,
        simple_of: impl Fn(TypeId) -> Option<&'m SimpleType>,
    ) -> Result<Facts, String> {
        let builtin = Builtin::from_xsd_name(&simple.builtin).unwrap_or(Builtin::String);
        let whitespace = match simple.whitespace.as_deref() {
            Some("preserve") => WhiteSpace::Preserve,
            Some("replace") => WhiteSpace::Replace,
            Some("collapse") => WhiteSpace::Collapse,
            _ => builtin.whitespace(),
        };
        let patterns = simple
            .patterns
            .iter()
            .map(|step| step.iter().map(|p| Pattern::new(p)).collect())
            .collect::<Result<Vec<Vec<Pattern>>, String>>()?;
        let mut meaning = Meaning::Plain;
        let mut at = Some((id, simple));
        let mut steps = 0;
        while let Some((_, ty)) = at {
            meaning = meaning_of_name(&ty.info.name);
            if meaning != Meaning::Plain {
                break;
            }
            steps += 1;
            at = ty
                .base
                .filter(|_| steps < 64)
                .and_then(|b| simple_of(b).map(|s| (b, s)));
        }
        Ok(Facts {
            builtin,
            whitespace,
            patterns,
            meaning,
        })
    }

    /// Why `value` is not a valid value of the type, if it is not (checked
    /// after whitespace normalization, as a validator does).
    pub(crate) fn check(&self, raw: &str, ty: &SimpleType) -> Result<(), String> {
        let value = normalize_whitespace(raw, self.whitespace);
        let value: &str = &value;
        self.builtin.check_lexical(value)?;
        for step in &self.patterns {
            if !step.iter().any(|p| p.matches(value)) {
                let sources: Vec<&str> = step.iter().map(|p| p.source.as_str()).collect();
                return Err(format!("does not match pattern {}", sources.join(" | ")));
            }
        }
        if !ty.enumeration.is_empty() && !ty.enumeration.iter().any(|e| e.value == value) {
            return Err("not an enumeration value".into());
        }
        if self.builtin.is_string_like() || self.builtin.is_binary() {
            let len = u32::try_from(length_of(self.builtin, value)).unwrap_or(u32::MAX);
            if ty.length.is_some_and(|l| len != l)
                || ty.min_length.is_some_and(|l| len < l)
                || ty.max_length.is_some_and(|l| len > l)
            {
                return Err(format!("length {len} outside the length facets"));
            }
        }
        if self.builtin.is_decimal_like() {
            let (total, fraction) = digit_counts(value).ok_or("not a decimal")?;
            if ty.total_digits.is_some_and(|t| total > t)
                || ty.fraction_digits.is_some_and(|f| fraction > f)
            {
                return Err("too many digits".into());
            }
            let cmp =
                |bound: &Option<String>| bound.as_deref().and_then(|b| compare_decimal(value, b));
            use std::cmp::Ordering::*;
            if matches!(cmp(&ty.min_inclusive), Some(Less))
                || matches!(cmp(&ty.max_inclusive), Some(Greater))
                || matches!(cmp(&ty.min_exclusive), Some(Less | Equal))
                || matches!(cmp(&ty.max_exclusive), Some(Greater | Equal))
            {
                return Err("outside the bounds".into());
            }
        }
        Ok(())
    }
}
