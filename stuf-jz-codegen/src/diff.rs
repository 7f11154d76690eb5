//! What changed between two bundles, at the level of the schema components
//! a vendor must act on: message roots, named types, and per type its
//! elements, attributes, content kind, facets and enumeration values.
//!
//! Only what is *reachable* from the message roots counts (through element
//! content, attribute types and simple content); a type that only serves as
//! the base of a restriction, or that a bundle declares but no message uses,
//! is not compared. A type that becomes reachable (or stops being reachable)
//! is reported as added (or removed), even if the file declares it in both
//! versions: for a vendor that is what matters.
//!
//! Identity of the components:
//!
//! * message roots and named types: by qualified name (`ZKN:ZAK-vto`);
//! * anonymous types: by their declaration context, qualified with the
//!   namespace of the declaring schema (`(anonymous type of
//!   JZ:vtMeldingDi01)`). They are compared where they are declared; an
//!   anonymous type that exists in only one version is not reported as a
//!   type of its own, since the element or root that holds it already is;
//! * elements of a complex type's content: by qualified element name, with
//!   `#2`, `#3`, ... for the second and later occurrence of the same name in
//!   the same content model (counted in document order). The nesting of
//!   `xs:sequence`/`xs:choice` groups around an element is not part of its
//!   identity but a compared property (`group`, e.g. `sequence/choice{0..1}`),
//!   so that adding an element does not shift the identity of the others,
//!   while moving an element into an optional choice is still reported.
//!   Wildcards are identified as `any(NAMESPACE)`;
//! * attributes: by qualified name;
//! * facets: by facet name; enumeration values: by literal.
//!
//! Type references are compared by type name (built-ins as `xs:string`), so
//! a change inside a referenced type is reported once, at that type.

use std::collections::BTreeSet;
use std::fmt;

use serde_json::{json, Value};

use crate::model::Model;

mod compare;

/// What a [`Record`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A message root (global element that is a message).
    Root,
    /// A type as a whole (added, removed, or simple became complex).
    Type,
    /// The content of a complex type: its kind, simple content type, order.
    Content,
    /// An attribute of a complex type.
    Attribute,
    /// An element (or wildcard) in the content of a complex type.
    Element,
    /// A facet of a simple type (including its built-in base and patterns).
    Facet,
    /// An enumeration value of a simple type.
    Enumeration,
}

impl Kind {
    /// Lower-case name, as used in text and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Root => "root",
            Kind::Type => "type",
            Kind::Content => "content",
            Kind::Attribute => "attribute",
            Kind::Element => "element",
            Kind::Facet => "facet",
            Kind::Enumeration => "enumeration",
        }
    }
}

/// Added, removed or changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Change {
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
    /// In both, with a different property.
    Changed,
}

impl Change {
    /// Lower-case name, as used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Added => "added",
            Change::Removed => "removed",
            Change::Changed => "changed",
        }
    }

    fn sign(self) -> char {
        match self {
            Change::Added => '+',
            Change::Removed => '-',
            Change::Changed => '~',
        }
    }
}

/// One difference.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Record {
    /// What kind of component.
    pub kind: Kind,
    /// The root or type it belongs to (`ZKN:ZAK-vto`, `JZ:vcobDi01`).
    pub component: String,
    /// The element, attribute, facet or enumeration value within the
    /// component (`None` for roots and types as a whole).
    pub item: Option<String>,
    /// For [`Change::Changed`]: which property (`maxOccurs`, `type`,
    /// `required`, ...). Facets use the facet name as `item` and no property.
    pub property: Option<String>,
    /// Added, removed or changed.
    pub change: Change,
    /// The old value (or a description of the removed item).
    pub old: Option<String>,
    /// The new value (or a description of the added item).
    pub new: Option<String>,
}

impl Record {
    /// Text form: one line, `+`/`-`/`~` first.
    pub fn to_line(&self) -> String {
        let value = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".to_string());
        match self.kind {
            Kind::Root | Kind::Type if self.change != Change::Changed => {
                format!(
                    "{} {} {}",
                    self.change.sign(),
                    self.kind.as_str(),
                    self.component
                )
            }
            Kind::Root | Kind::Type => format!(
                "~ {} {}: {} {} -> {}",
                self.kind.as_str(),
                self.component,
                self.property.as_deref().unwrap_or(""),
                value(&self.old),
                value(&self.new)
            ),
            _ => {
                let item = self.item.as_deref().unwrap_or("");
                let detail = match (self.kind, self.change) {
                    (Kind::Enumeration, change) => {
                        format!("{} enumeration {item:?}", change.sign())
                    }
                    (Kind::Facet, _) => {
                        format!("{item} {} -> {}", value(&self.old), value(&self.new))
                    }
                    (Kind::Content, _) => format!(
                        "{} {} -> {}",
                        self.property.as_deref().unwrap_or("content"),
                        value(&self.old),
                        value(&self.new)
                    ),
                    (kind, Change::Added) => {
                        format!("+ {} {item} ({})", kind.as_str(), value(&self.new))
                    }
                    (kind, Change::Removed) => {
                        format!("- {} {item} ({})", kind.as_str(), value(&self.old))
                    }
                    (kind, Change::Changed) => format!(
                        "{} {item} {} {} -> {}",
                        kind.as_str(),
                        self.property.as_deref().unwrap_or(""),
                        value(&self.old),
                        value(&self.new)
                    ),
                };
                format!("~ type {}: {detail}", self.component)
            }
        }
    }

    /// JSON form: `kind`, `component`, `item`, `property`, `change`, `old`,
    /// `new` (absent values are `null`).
    pub fn to_json(&self) -> Value {
        json!({
            "kind": self.kind.as_str(),
            "component": self.component,
            "item": self.item,
            "property": self.property,
            "change": self.change.as_str(),
            "old": self.old,
            "new": self.new,
        })
    }

    /// Text section: 0 roots, 1 types added, 2 types removed, 3 types changed.
    fn section(&self) -> u8 {
        match (self.kind, self.change) {
            (Kind::Root, _) => 0,
            (Kind::Type, Change::Added) => 1,
            (Kind::Type, Change::Removed) => 2,
            _ => 3,
        }
    }

    fn sort_key(&self) -> impl Ord + '_ {
        (
            self.section(),
            &self.component,
            self.kind,
            &self.item,
            &self.property,
            self.change,
        )
    }
}

/// The differences between two models, sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diff {
    /// Every difference, sorted by section, component, kind, item, property.
    pub records: Vec<Record>,
}

/// Counts of a [`Diff`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Message roots added.
    pub roots_added: usize,
    /// Message roots removed.
    pub roots_removed: usize,
    /// Message roots whose type or nillable changed.
    pub roots_changed: usize,
    /// Reachable named types added.
    pub types_added: usize,
    /// Reachable named types removed.
    pub types_removed: usize,
    /// Types (named or anonymous) in both versions with at least one change.
    pub types_changed: usize,
    /// Elements added to types in both versions.
    pub elements_added: usize,
    /// Elements removed from types in both versions.
    pub elements_removed: usize,
    /// Element property changes (one per property).
    pub elements_changed: usize,
    /// Attributes added.
    pub attributes_added: usize,
    /// Attributes removed.
    pub attributes_removed: usize,
    /// Attribute property changes.
    pub attributes_changed: usize,
    /// Content kind, simple content type, element order and simple/complex changes.
    pub content_changed: usize,
    /// Facet changes (built-in base, whiteSpace, lengths, digits, bounds, patterns).
    pub facets_changed: usize,
    /// Enumeration values added.
    pub enumeration_added: usize,
    /// Enumeration values removed.
    pub enumeration_removed: usize,
}

impl Summary {
    /// Total number of records.
    pub fn total(&self) -> usize {
        self.roots_added
            + self.roots_removed
            + self.roots_changed
            + self.types_added
            + self.types_removed
            + self.elements_added
            + self.elements_removed
            + self.elements_changed
            + self.attributes_added
            + self.attributes_removed
            + self.attributes_changed
            + self.content_changed
            + self.facets_changed
            + self.enumeration_added
            + self.enumeration_removed
    }

    /// JSON form, one number per field.
    pub fn to_json(&self) -> Value {
        json!({
            "total": self.total(),
            "roots_added": self.roots_added,
            "roots_removed": self.roots_removed,
            "roots_changed": self.roots_changed,
            "types_added": self.types_added,
            "types_removed": self.types_removed,
            "types_changed": self.types_changed,
            "elements_added": self.elements_added,
            "elements_removed": self.elements_removed,
            "elements_changed": self.elements_changed,
            "attributes_added": self.attributes_added,
            "attributes_removed": self.attributes_removed,
            "attributes_changed": self.attributes_changed,
            "content_changed": self.content_changed,
            "facets_changed": self.facets_changed,
            "enumeration_added": self.enumeration_added,
            "enumeration_removed": self.enumeration_removed,
        })
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} differences: roots +{} -{} ~{}; types +{} -{} ~{}; elements +{} -{} ~{}; \
             attributes +{} -{} ~{}; content ~{}; facets ~{}; enumeration values +{} -{}",
            self.total(),
            self.roots_added,
            self.roots_removed,
            self.roots_changed,
            self.types_added,
            self.types_removed,
            self.types_changed,
            self.elements_added,
            self.elements_removed,
            self.elements_changed,
            self.attributes_added,
            self.attributes_removed,
            self.attributes_changed,
            self.content_changed,
            self.facets_changed,
            self.enumeration_added,
            self.enumeration_removed
        )
    }
}

impl Diff {
    /// Whether the two models have no reported differences.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Counts per kind and change.
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        let mut changed_types = BTreeSet::new();
        for r in &self.records {
            if r.kind != Kind::Root && !(r.kind == Kind::Type && r.change != Change::Changed) {
                changed_types.insert(r.component.as_str());
            }
            let counter = match (r.kind, r.change) {
                (Kind::Root, Change::Added) => &mut s.roots_added,
                (Kind::Root, Change::Removed) => &mut s.roots_removed,
                (Kind::Root, Change::Changed) => &mut s.roots_changed,
                (Kind::Type, Change::Added) => &mut s.types_added,
                (Kind::Type, Change::Removed) => &mut s.types_removed,
                (Kind::Type | Kind::Content, _) => &mut s.content_changed,
                (Kind::Element, Change::Added) => &mut s.elements_added,
                (Kind::Element, Change::Removed) => &mut s.elements_removed,
                (Kind::Element, Change::Changed) => &mut s.elements_changed,
                (Kind::Attribute, Change::Added) => &mut s.attributes_added,
                (Kind::Attribute, Change::Removed) => &mut s.attributes_removed,
                (Kind::Attribute, Change::Changed) => &mut s.attributes_changed,
                (Kind::Facet, _) => &mut s.facets_changed,
                (Kind::Enumeration, Change::Removed) => &mut s.enumeration_removed,
                (Kind::Enumeration, _) => &mut s.enumeration_added,
            };
            *counter += 1;
        }
        s.types_changed = changed_types.len();
        s
    }

    /// A report for people: sections for roots, types added, types removed
    /// and types changed, one line per record, then the summary line.
    pub fn to_text(&self) -> String {
        const TITLES: [&str; 4] = [
            "Message roots",
            "Types added",
            "Types removed",
            "Types changed",
        ];
        let mut out = String::new();
        let mut section = None;
        for r in &self.records {
            if section != Some(r.section()) {
                section = Some(r.section());
                if !out.is_empty() {
                    out.push('\n');
                }
                out.push_str(TITLES[r.section() as usize]);
                out.push('\n');
            }
            out.push_str(&r.to_line());
            out.push('\n');
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&self.summary().to_string());
        out.push('\n');
        out
    }

    /// `{"summary": {...}, "changes": [record, ...]}`.
    pub fn to_json(&self) -> Value {
        json!({
            "summary": self.summary().to_json(),
            "changes": self.records.iter().map(Record::to_json).collect::<Vec<_>>(),
        })
    }
}

/// Compares what the message roots of `old` and `new` reach.
pub fn diff(old: &Model, new: &Model) -> Diff {
    let mut records = compare::records(old, new);
    records.sort_by(|x, y| x.sort_key().cmp(&y.sort_key()));
    Diff { records }
}

/// Loads the bundles whose entry schemas are `old` and `new` and compares
/// them (what `stuf-jz-codegen diff` and `stuf-jz diff` print); the error
/// names the entry that could not be loaded.
pub fn diff_entries(
    config: &crate::Config,
    old: &std::path::Path,
    new: &std::path::Path,
) -> Result<Diff, String> {
    let load = |path: &std::path::Path| {
        config
            .model(path)
            .map(|(_, model)| model)
            .map_err(|e| format!("{}: {e}", path.display()))
    };
    Ok(diff(&load(old)?, &load(new)?))
}
