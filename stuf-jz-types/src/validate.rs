//! Validating values built in code (or read and changed): the same rules the
//! reader checks, reported with element paths.

use crate::decl::{AttributeDecl, ElementDecl};
use crate::error::{Rule, Violation};
use crate::facets::{self, Facets};
use crate::lexical::normalize_whitespace;
use crate::read_values::{attr_suffix, attribute_name};
use crate::value::{ElementValue, Group, SimpleValue};

/// Collects violations while walking a value.
#[derive(Debug, Default)]
pub struct Validator {
    path: Vec<(String, usize)>,
    violations: Vec<Violation>,
}

impl Validator {
    /// A validator at the document root.
    pub fn new() -> Self {
        Self::default()
    }

    /// The violations found.
    pub fn finish(self) -> Vec<Violation> {
        self.violations
    }

    fn path(&self, suffix: Option<&str>) -> String {
        let mut out = String::new();
        for (name, index) in &self.path {
            out.push('/');
            out.push_str(name);
            if *index > 1 {
                out.push_str(&format!("[{index}]"));
            }
        }
        if let Some(suffix) = suffix {
            out.push('/');
            out.push_str(suffix);
        }
        if out.is_empty() {
            out.push('/');
        }
        out
    }

    fn record(
        &mut self,
        rule: Rule,
        suffix: Option<&str>,
        schema_type: Option<&'static str>,
        value: Option<String>,
        message: String,
    ) {
        let path = self.path(suffix);
        self.violations.push(Violation {
            path,
            position: None,
            rule,
            schema_type,
            value,
            message,
        });
    }

    /// Validates the root element.
    pub fn root<T: ElementValue>(&mut self, decl: &ElementDecl, value: &T) {
        self.element(decl, value);
    }

    fn enter(&mut self, decl: &ElementDecl, index: usize) {
        self.path.push((decl.name.to_string(), index));
    }

    /// A required element.
    pub fn element<T: ElementValue>(&mut self, decl: &ElementDecl, value: &T) {
        self.one(decl, value, 1);
    }

    fn one<T: ElementValue>(&mut self, decl: &ElementDecl, value: &T, index: usize) {
        self.enter(decl, index);
        value.validate(self);
        if let (Some(fixed), Some(text)) = (decl.fixed, value.text()) {
            if text.trim() != fixed {
                let message = format!("value `{text}` differs from the fixed value `{fixed}`");
                self.record(
                    Rule::Fixed,
                    None,
                    Some(decl.schema_type),
                    Some(text.into_owned()),
                    message,
                );
            }
        }
        self.path.pop();
    }

    /// An optional element.
    pub fn optional<T: ElementValue>(&mut self, decl: &ElementDecl, value: &Option<T>) {
        if let Some(value) = value {
            self.one(decl, value, 1);
        }
    }

    /// A repeated element: its count must lie within `minOccurs..=maxOccurs`.
    pub fn repeated<T: ElementValue>(&mut self, decl: &ElementDecl, values: &[T]) {
        self.count(decl.name, values.len(), decl.min, decl.max);
        for (i, value) in values.iter().enumerate() {
            self.one(decl, value, i + 1);
        }
    }

    fn count(&mut self, what: &str, count: usize, min: u32, max: u32) {
        if (count as u64) < u64::from(min) {
            let message = format!("`{what}` occurs {count} time(s), at least {min} required");
            self.record(Rule::MinOccurs, None, None, None, message);
        }
        if (count as u64) > u64::from(max) {
            let message = format!("`{what}` occurs {count} time(s), at most {max} allowed");
            self.record(Rule::MaxOccurs, None, None, None, message);
        }
    }

    /// A required group.
    pub fn group<G: Group>(&mut self, group: &G) {
        group.validate(self);
    }

    /// An optional group.
    pub fn optional_group<G: Group>(&mut self, group: &Option<G>) {
        if let Some(group) = group {
            group.validate(self);
        }
    }

    /// Repeated groups.
    pub fn repeated_groups<G: Group>(&mut self, groups: &[G], min: u32, max: u32) {
        self.count("group", groups.len(), min, max);
        for group in groups {
            group.validate(self);
        }
    }

    /// An attribute: presence, fixed value, facets.
    pub fn attribute<V: SimpleValue>(&mut self, decl: &AttributeDecl, value: &Option<V>) {
        let lexical = value.as_ref().map(SimpleValue::lexical);
        self.attribute_lexical(decl, lexical.as_deref(), V::FACETS, V::SCHEMA_TYPE);
    }

    /// The non-generic part of [`Validator::attribute`].
    fn attribute_lexical(
        &mut self,
        decl: &AttributeDecl,
        lexical: Option<&str>,
        facets: &'static Facets,
        schema_type: &'static str,
    ) {
        let Some(lexical) = lexical else {
            if decl.required {
                let message = format!("required attribute `{}` is missing", attribute_name(decl));
                self.record(
                    Rule::RequiredAttribute,
                    Some(&attr_suffix(decl)),
                    Some(decl.schema_type),
                    None,
                    message,
                );
            }
            return;
        };
        self.facets(lexical, Some(decl), facets, schema_type);
        if let Some(fixed) = decl.fixed {
            let ws = facets.whitespace;
            if normalize_whitespace(lexical, ws) != normalize_whitespace(fixed, ws) {
                let message = format!("value `{lexical}` differs from the fixed value `{fixed}`");
                self.record(
                    Rule::Fixed,
                    Some(&attr_suffix(decl)),
                    Some(decl.schema_type),
                    Some(lexical.to_string()),
                    message,
                );
            }
        }
    }

    /// The text of a simple value.
    pub fn simple<V: SimpleValue>(&mut self, value: &V) {
        self.facets(&value.lexical(), None, V::FACETS, V::SCHEMA_TYPE);
    }

    fn facets(
        &mut self,
        lexical: &str,
        attribute: Option<&AttributeDecl>,
        facets: &'static Facets,
        schema_type: &'static str,
    ) {
        for error in facets::check(lexical, facets) {
            let value = Some(lexical.to_string());
            let suffix = attribute.map(attr_suffix);
            self.record(
                Rule::Facet(error.facet),
                suffix.as_deref(),
                Some(schema_type),
                value,
                error.message,
            );
        }
    }

    /// Records that a choice has no branch (a value built in code can only
    /// get here through an emptied group).
    pub fn missing(&mut self, expected: &str) {
        let message = format!("missing required element `{expected}`");
        self.record(Rule::MinOccurs, None, None, None, message);
    }
}
