//! The comparison itself: walks the reachable named types of both models
//! and compares roots, types and their items, anonymous types in place.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::{Change, Kind, Record};
use crate::model::*;

/// Every difference between what the roots of `old` and `new` reach, unsorted.
pub(super) fn records(old: &Model, new: &Model) -> Vec<Record> {
    let mut differ = Differ {
        a: Index::new(old),
        b: Index::new(new),
        out: Vec::new(),
        visited: HashSet::new(),
    };
    differ.run();
    differ.out
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
        for id in model.reachable() {
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
