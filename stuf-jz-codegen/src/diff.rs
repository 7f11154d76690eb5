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

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;

use serde_json::{json, Value};

use crate::model::*;

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
    let mut differ = Differ {
        a: Index::new(old),
        b: Index::new(new),
        out: Vec::new(),
        visited: HashSet::new(),
    };
    differ.run();
    let mut records = differ.out;
    records.sort_by(|x, y| x.sort_key().cmp(&y.sort_key()));
    Diff { records }
}

/// The reachable named types of a model.
struct Index<'m> {
    model: &'m Model,
    /// Reachable named types by qualified name.
    named: BTreeMap<String, TypeId>,
}

impl<'m> Index<'m> {
    fn new(model: &'m Model) -> Self {
        let mut named = BTreeMap::new();
        for id in reachable(model) {
            if let TypeName::Named(q) = &model.ty(id).info().name {
                named.entry(q.to_string()).or_insert(id);
            }
        }
        Index { model, named }
    }

    /// How a reference to the type is shown: `ZKN:Foo`, `xs:string`, or
    /// `(anonymous)` (an anonymous type is compared where it is used).
    fn label(&self, id: TypeId) -> String {
        match &self.model.ty(id).info().name {
            TypeName::Named(q) => q.to_string(),
            TypeName::Builtin(b) => format!("xs:{b}"),
            TypeName::Anonymous { .. } => ANONYMOUS.to_string(),
        }
    }

    fn is_anonymous(&self, id: TypeId) -> bool {
        matches!(self.model.ty(id).info().name, TypeName::Anonymous { .. })
    }
}

const ANONYMOUS: &str = "(anonymous)";

/// Types reached from the roots through content, attributes and simple
/// content, in depth-first order.
fn reachable(model: &Model) -> Vec<TypeId> {
    fn element_types(p: &Particle, out: &mut Vec<TypeId>) {
        match &p.term {
            Term::Element(decl) => out.push(decl.ty),
            Term::Sequence(c) | Term::Choice(c) => c.iter().for_each(|c| element_types(c, out)),
            Term::Any(_) => {}
        }
    }
    let mut seen = HashSet::new();
    let mut order = Vec::new();
    let mut stack: Vec<TypeId> = model.roots.iter().rev().map(|r| r.ty).collect();
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        order.push(id);
        let mut next = Vec::new();
        if let TypeDef::Complex(c) = model.ty(id) {
            next.extend(c.attributes.iter().map(|a| a.ty));
            match &c.content {
                Content::Empty => {}
                Content::Simple(s) => next.push(*s),
                Content::Elements(p) => element_types(p, &mut next),
            }
        }
        stack.extend(next.into_iter().rev());
    }
    order
}

/// Named properties of a root, element or attribute, in a fixed order.
type Props = Vec<(&'static str, Option<String>)>;

/// An element, wildcard or attribute of a complex type.
struct Item {
    /// Compared properties.
    props: Props,
    /// Its type, when that is anonymous (compared in place).
    anonymous: Option<TypeId>,
}

struct Differ<'m> {
    a: Index<'m>,
    b: Index<'m>,
    out: Vec<Record>,
    /// Pairs of anonymous types already compared (a global element with an
    /// anonymous type can be used at several places).
    visited: HashSet<(TypeId, TypeId)>,
}

impl Differ<'_> {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        kind: Kind,
        component: &str,
        item: Option<&str>,
        property: Option<&str>,
        change: Change,
        old: Option<String>,
        new: Option<String>,
    ) {
        self.out.push(Record {
            kind,
            component: component.to_string(),
            item: item.map(str::to_string),
            property: property.map(str::to_string),
            change,
            old,
            new,
        });
    }

    fn run(&mut self) {
        let root_items = |idx: &Index| -> BTreeMap<String, Item> {
            idx.model
                .roots
                .iter()
                .map(|r| {
                    let props = vec![
                        ("type", Some(idx.label(r.ty))),
                        ("nillable", Some(r.nillable.to_string())),
                        ("fixed", r.fixed.clone()),
                        ("default", r.default.clone()),
                    ];
                    let anonymous = idx.is_anonymous(r.ty).then_some(r.ty);
                    (r.name.to_string(), Item { props, anonymous })
                })
                .collect()
        };
        let (ra, rb) = (root_items(&self.a), root_items(&self.b));
        for (name, ia) in &ra {
            match rb.get(name) {
                None => self.push(Kind::Root, name, None, None, Change::Removed, None, None),
                Some(ib) => {
                    for ((prop, va), (_, vb)) in ia.props.iter().zip(&ib.props) {
                        if va != vb {
                            let (va, vb) = (va.clone(), vb.clone());
                            self.push(Kind::Root, name, None, Some(prop), Change::Changed, va, vb);
                        }
                    }
                    if let (Some(ta), Some(tb)) = (ia.anonymous, ib.anonymous) {
                        self.compare_anonymous(name, ta, tb);
                    }
                }
            }
        }
        for name in rb.keys().filter(|n| !ra.contains_key(*n)) {
            self.push(Kind::Root, name, None, None, Change::Added, None, None);
        }

        let named_a: Vec<(String, TypeId)> =
            self.a.named.iter().map(|(k, v)| (k.clone(), *v)).collect();
        for (name, ida) in named_a {
            match self.b.named.get(&name) {
                Some(&idb) => self.compare_types(&name, &name, ida, idb),
                None => self.push(Kind::Type, &name, None, None, Change::Removed, None, None),
            }
        }
        let added: Vec<String> = (self.b.named.keys())
            .filter(|n| !self.a.named.contains_key(*n))
            .cloned()
            .collect();
        for name in added {
            self.push(Kind::Type, &name, None, None, Change::Added, None, None);
        }
    }

    /// Compares two anonymous types used at `path` (a root name, or
    /// `TYPE/ELEMENT`, `TYPE/@ATTRIBUTE`, `TYPE/text()`).
    fn compare_anonymous(&mut self, path: &str, ta: TypeId, tb: TypeId) {
        if self.visited.insert((ta, tb)) {
            let component = format!("(anonymous type of {path})");
            self.compare_types(&component, path, ta, tb);
        }
    }

    fn compare_types(&mut self, component: &str, path: &str, ida: TypeId, idb: TypeId) {
        let (a, b) = (self.a.model, self.b.model);
        match (a.ty(ida), b.ty(idb)) {
            (TypeDef::Simple(sa), TypeDef::Simple(sb)) => self.compare_simple(component, sa, sb),
            (TypeDef::Complex(ca), TypeDef::Complex(cb)) => {
                self.compare_complex(component, path, ca, cb)
            }
            (ta, tb) => {
                let kind = |t: &TypeDef| match t {
                    TypeDef::Simple(_) => "simple".to_string(),
                    TypeDef::Complex(_) => "complex".to_string(),
                };
                let (ka, kb) = (Some(kind(ta)), Some(kind(tb)));
                self.push(
                    Kind::Type,
                    component,
                    None,
                    Some("kind"),
                    Change::Changed,
                    ka,
                    kb,
                );
            }
        }
    }

    fn compare_simple(&mut self, component: &str, a: &SimpleType, b: &SimpleType) {
        for ((facet, va), (_, vb)) in facets(a).into_iter().zip(facets(b)) {
            if va != vb {
                self.push(
                    Kind::Facet,
                    component,
                    Some(facet),
                    None,
                    Change::Changed,
                    va,
                    vb,
                );
            }
        }
        let values = |s: &SimpleType| -> BTreeSet<String> {
            s.enumeration.iter().map(|e| e.value.clone()).collect()
        };
        let (ea, eb) = (values(a), values(b));
        for v in ea.difference(&eb) {
            let old = Some(v.clone());
            self.push(
                Kind::Enumeration,
                component,
                Some(v),
                None,
                Change::Removed,
                old,
                None,
            );
        }
        for v in eb.difference(&ea) {
            let new = Some(v.clone());
            self.push(
                Kind::Enumeration,
                component,
                Some(v),
                None,
                Change::Added,
                None,
                new,
            );
        }
    }

    fn compare_complex(&mut self, component: &str, path: &str, ca: &ComplexType, cb: &ComplexType) {
        let attrs = |idx: &Index, c: &ComplexType| -> BTreeMap<String, Item> {
            c.attributes
                .iter()
                .map(|u| {
                    let props = vec![
                        ("required", Some(u.required.to_string())),
                        ("type", Some(idx.label(u.ty))),
                        ("fixed", u.fixed.clone()),
                        ("default", u.default.clone()),
                    ];
                    let anonymous = idx.is_anonymous(u.ty).then_some(u.ty);
                    (u.name.to_string(), Item { props, anonymous })
                })
                .collect()
        };
        let (aa, ab) = (attrs(&self.a, ca), attrs(&self.b, cb));
        self.compare_items(Kind::Attribute, component, path, aa, ab);

        match (&ca.content, &cb.content) {
            (Content::Simple(sa), Content::Simple(sb)) => {
                let (la, lb) = (self.a.label(*sa), self.b.label(*sb));
                if la != lb {
                    let prop = Some("simple content type");
                    self.push(
                        Kind::Content,
                        component,
                        None,
                        prop,
                        Change::Changed,
                        Some(la),
                        Some(lb),
                    );
                } else if la == ANONYMOUS {
                    self.compare_anonymous(&format!("{path}/text()"), *sa, *sb);
                }
            }
            (Content::Elements(pa), Content::Elements(pb)) => {
                let (ea, eb) = (elements(&self.a, pa), elements(&self.b, pb));
                let order = |list: &[(String, Item)], other: &[(String, Item)]| -> Vec<String> {
                    list.iter()
                        .filter(|(k, _)| other.iter().any(|(o, _)| o == k))
                        .map(|(k, _)| k.clone())
                        .collect()
                };
                let (oa, ob) = (order(&ea, &eb), order(&eb, &ea));
                if oa != ob {
                    let (oa, ob) = (Some(oa.join(", ")), Some(ob.join(", ")));
                    let prop = Some("element order");
                    self.push(
                        Kind::Content,
                        component,
                        None,
                        prop,
                        Change::Changed,
                        oa,
                        ob,
                    );
                }
                let (ea, eb) = (ea.into_iter().collect(), eb.into_iter().collect());
                self.compare_items(Kind::Element, component, path, ea, eb);
            }
            (x, y) if content_kind(x) != content_kind(y) => {
                let (ka, kb) = (content_kind(x).to_string(), content_kind(y).to_string());
                let prop = Some("content");
                self.push(
                    Kind::Content,
                    component,
                    None,
                    prop,
                    Change::Changed,
                    Some(ka),
                    Some(kb),
                );
            }
            _ => {}
        }
    }

    /// Reports added, removed and changed items (elements or attributes),
    /// and compares anonymous types of items in both in place.
    fn compare_items(
        &mut self,
        kind: Kind,
        component: &str,
        path: &str,
        a: BTreeMap<String, Item>,
        b: BTreeMap<String, Item>,
    ) {
        for (key, ia) in &a {
            let Some(ib) = b.get(key) else {
                let old = Some(describe(&ia.props));
                self.push(kind, component, Some(key), None, Change::Removed, old, None);
                continue;
            };
            for ((prop, va), (_, vb)) in ia.props.iter().zip(&ib.props) {
                if va != vb {
                    let (va, vb) = (va.clone(), vb.clone());
                    self.push(
                        kind,
                        component,
                        Some(key),
                        Some(prop),
                        Change::Changed,
                        va,
                        vb,
                    );
                }
            }
            if let (Some(ta), Some(tb)) = (ia.anonymous, ib.anonymous) {
                let at = if kind == Kind::Attribute { "@" } else { "" };
                self.compare_anonymous(&format!("{path}/{at}{key}"), ta, tb);
            }
        }
        for (key, ib) in &b {
            if !a.contains_key(key) {
                let new = Some(describe(&ib.props));
                self.push(kind, component, Some(key), None, Change::Added, None, new);
            }
        }
    }
}

/// The compared facets of a simple type, in a fixed order.
fn facets(s: &SimpleType) -> Vec<(&'static str, Option<String>)> {
    let num = |v: Option<u32>| v.map(|v| v.to_string());
    let patterns = if s.patterns.is_empty() {
        None
    } else {
        Some(
            s.patterns
                .iter()
                .map(|step| step.join(" | "))
                .collect::<Vec<_>>()
                .join(" & "),
        )
    };
    vec![
        ("builtin", Some(format!("xs:{}", s.builtin))),
        ("whiteSpace", s.whitespace.clone()),
        ("length", num(s.length)),
        ("minLength", num(s.min_length)),
        ("maxLength", num(s.max_length)),
        ("totalDigits", num(s.total_digits)),
        ("fractionDigits", num(s.fraction_digits)),
        ("minInclusive", s.min_inclusive.clone()),
        ("maxInclusive", s.max_inclusive.clone()),
        ("minExclusive", s.min_exclusive.clone()),
        ("maxExclusive", s.max_exclusive.clone()),
        ("pattern", patterns),
    ]
}

fn content_kind(c: &Content) -> &'static str {
    match c {
        Content::Empty => "empty",
        Content::Simple(_) => "simple",
        Content::Elements(_) => "elements",
    }
}

/// `minOccurs=0 maxOccurs=1 type=ZKN:Foo nillable=true`: the properties
/// that are set, for an added or removed item.
fn describe(props: &Props) -> String {
    props
        .iter()
        .filter_map(|(name, v)| v.as_ref().map(|v| format!("{name}={v}")))
        .collect::<Vec<_>>()
        .join(" ")
}

fn occurs(min: u32, max: Option<u32>) -> (String, String) {
    (
        min.to_string(),
        max.map_or_else(|| "unbounded".to_string(), |m| m.to_string()),
    )
}

/// The elements and wildcards of a content model, keyed, in document order.
fn elements(idx: &Index, top: &Particle) -> Vec<(String, Item)> {
    fn walk(
        idx: &Index,
        p: &Particle,
        groups: &mut Vec<String>,
        seen: &mut HashMap<String, usize>,
        out: &mut Vec<(String, Item)>,
    ) {
        let (min, max) = occurs(p.min, p.max);
        let (base, mut props, anonymous): (String, Props, Option<TypeId>) = match &p.term {
            Term::Sequence(children) | Term::Choice(children) => {
                let name = if matches!(p.term, Term::Choice(_)) {
                    "choice"
                } else {
                    "sequence"
                };
                groups.push(if (p.min, p.max) == (1, Some(1)) {
                    name.to_string()
                } else {
                    format!("{name}{{{min}..{max}}}")
                });
                children
                    .iter()
                    .for_each(|c| walk(idx, c, groups, seen, out));
                groups.pop();
                return;
            }
            Term::Element(decl) => (
                decl.name.to_string(),
                vec![
                    ("minOccurs", Some(min)),
                    ("maxOccurs", Some(max)),
                    ("type", Some(idx.label(decl.ty))),
                    ("nillable", Some(decl.nillable.to_string())),
                    ("fixed", decl.fixed.clone()),
                    ("default", decl.default.clone()),
                ],
                idx.is_anonymous(decl.ty).then_some(decl.ty),
            ),
            Term::Any(w) => (
                format!("any({})", w.namespace),
                vec![
                    ("minOccurs", Some(min)),
                    ("maxOccurs", Some(max)),
                    ("processContents", Some(w.process_contents.clone())),
                ],
                None,
            ),
        };
        props.push(("group", Some(groups.join("/"))));
        let n = seen.entry(base.clone()).or_default();
        *n += 1;
        let key = if *n == 1 { base } else { format!("{base}#{n}") };
        out.push((key, Item { props, anonymous }));
    }
    let mut out = Vec::new();
    walk(idx, top, &mut Vec::new(), &mut HashMap::new(), &mut out);
    out
}
