//! An independent reading of the six schema bundles: the parser stage of the
//! `xsd-parser` crate against our loader ([`SchemaSet`]).
//!
//! For every bundle named in the root `build.rs` (`VERSIONS`), every global
//! element, complex type, simple type, attribute, attribute group and group
//! that our loader finds must be found by xsd-parser with the same name and
//! the same derivation, base, facets and members; and every component that
//! xsd-parser finds must be found by our loader too if the message roots
//! reach it. Every difference is printed; a difference fails the test unless
//! it falls under one of the reasons listed in [`Explained`].

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use stuf_jz_codegen::loader::{Kind, QName, SchemaSet};
use stuf_jz_codegen::resolve::default_roots;
use stuf_jz_codegen::xml_doc::Node;
use xsd_parser::models::schema::xs::{self, SchemaContent};
use xsd_parser::models::schema::Schemas;
use xsd_parser::Parser;

/// The XML Schema namespace.
const XS: &str = "http://www.w3.org/2001/XMLSchema";
/// The StUF 03.01 namespace.
const STUF: &str = "http://www.egem.nl/StUF/StUF0301";

/// A QName as the test compares it: a namespace (`None` when a reader left
/// an unprefixed name without namespace) and a local name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Name {
    ns: Option<String>,
    local: String,
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.ns {
            Some(ns) => write!(f, "{}", QName::new(ns.clone(), self.local.clone())),
            None => write!(f, "(no namespace){}", self.local),
        }
    }
}

/// What the test compares of one global component.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Summary {
    /// `type`, `restriction`, `extension`, `list`, `union`,
    /// `simpleContent restriction`, `sequence`, ... or `anonymous ...`.
    derivation: String,
    /// The base type, element or attribute type, list item type or union
    /// members.
    base: Vec<Name>,
    /// The facets (name, value), sorted.
    facets: Vec<(String, String)>,
    /// Members of an attribute group; `nillable`, `abstract`, fixed and
    /// default values.
    extra: Vec<String>,
}

type Key = (Kind, Name);
type Components = BTreeMap<Key, BTreeSet<Summary>>;

/// The reasons for which a difference does not fail the test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Explained {
    /// xsd-parser's parser stage resolves an unprefixed QName value
    /// (`type="string"` under `xmlns="http://www.w3.org/2001/XMLSchema"`)
    /// like an attribute name, without the default namespace, which XML
    /// Schema 1.0 (§3.15.3, QName resolution) applies; the test then
    /// compares the local names only.
    UnprefixedQName,
    /// A component that xsd-parser finds and our loader does not, that no
    /// message root reaches (our loader stops reading where nothing is
    /// needed: not a difference in what is generated).
    NotReached,
}

const FACETS: [&str; 12] = [
    "minExclusive",
    "minInclusive",
    "maxExclusive",
    "maxInclusive",
    "totalDigits",
    "fractionDigits",
    "length",
    "minLength",
    "maxLength",
    "enumeration",
    "whiteSpace",
    "pattern",
];

/// The bundles: the entry schemas of the root `build.rs` `VERSIONS`.
fn bundles() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let build =
        std::fs::read_to_string(root.join("build/schemas.rs")).expect("root build/schemas.rs");
    let versions = build
        .split("const VERSIONS")
        .nth(1)
        .and_then(|rest| rest.split("];").next())
        .expect("VERSIONS in build/schemas.rs");
    let entries: Vec<PathBuf> = versions
        .split('"')
        .filter(|s| s.ends_with(".xsd"))
        .map(|entry| root.join("xsd").join(entry))
        .collect();
    assert_eq!(entries.len(), 6, "six bundles in build.rs: {entries:?}");
    entries
}

// ---- our loader -------------------------------------------------------

fn ours_name(node: &Node, value: &str) -> Name {
    match node.resolve_qname(value) {
        Ok((ns, local)) => Name {
            ns: Some(ns),
            local,
        },
        Err(_) => Name {
            ns: Some("?unresolved".into()),
            local: value.into(),
        },
    }
}

fn ours_facets(restriction: &Node) -> Vec<(String, String)> {
    let mut facets: Vec<(String, String)> = restriction
        .xs_children()
        .filter(|c| FACETS.contains(&c.local.as_str()))
        .map(|c| (c.local.clone(), c.attr("value").unwrap_or("").to_owned()))
        .collect();
    facets.sort();
    facets
}

/// A derivation step (`restriction`/`extension`) of simple or complex
/// content, or a simple type's restriction.
fn ours_step(step: &Node, prefix: &str) -> Summary {
    Summary {
        derivation: format!("{prefix}{}", step.local),
        base: step
            .attr("base")
            .map(|b| ours_name(step, b))
            .into_iter()
            .collect(),
        facets: ours_facets(step),
        extra: Vec::new(),
    }
}

fn ours_summary(kind: Kind, node: &Node) -> Summary {
    let mut s = Summary::default();
    let flag = |name: &str| matches!(node.attr(name), Some("true" | "1"));
    match kind {
        Kind::Element | Kind::Attribute => {
            if let Some(t) = node.attr("type") {
                s.derivation = "type".into();
                s.base.push(ours_name(node, t));
            } else if node.xs_child("complexType").is_some() {
                s.derivation = "anonymous complexType".into();
            } else if node.xs_child("simpleType").is_some() {
                s.derivation = "anonymous simpleType".into();
            }
            if let Some(group) = node.attr("substitutionGroup") {
                s.extra
                    .push(format!("substitutionGroup {}", ours_name(node, group)));
            }
            for (name, on) in [
                ("nillable", flag("nillable")),
                ("abstract", flag("abstract")),
            ] {
                if on {
                    s.extra.push(name.into());
                }
            }
            for name in ["fixed", "default"] {
                if let Some(v) = node.attr(name) {
                    s.extra.push(format!("{name}={v}"));
                }
            }
        }
        Kind::SimpleType => {
            if let Some(r) = node.xs_child("restriction") {
                s = ours_step(r, "");
            } else if let Some(l) = node.xs_child("list") {
                s.derivation = "list".into();
                s.base.extend(l.attr("itemType").map(|t| ours_name(l, t)));
            } else if let Some(u) = node.xs_child("union") {
                s.derivation = "union".into();
                let members = u.attr("memberTypes").unwrap_or("");
                s.base
                    .extend(members.split_whitespace().map(|m| ours_name(u, m)));
            }
        }
        Kind::ComplexType => {
            let content = node
                .xs_child("simpleContent")
                .or_else(|| node.xs_child("complexContent"));
            let step = content.and_then(|c| c.xs_children().find(|n| !n.is_xs("annotation")));
            match (content, step) {
                (Some(c), Some(step)) => s = ours_step(step, &format!("{} ", c.local)),
                _ => s.derivation = "complex".into(),
            }
            if flag("abstract") {
                s.extra.push("abstract".into());
            }
        }
        Kind::AttributeGroup => {
            for member in node.xs_children() {
                let text = match (
                    member.local.as_str(),
                    member.attr("name"),
                    member.attr("ref"),
                ) {
                    ("attribute", Some(name), _) => format!("attribute {name}"),
                    ("attribute", None, Some(r)) => {
                        format!("attribute ref {}", ours_name(member, r))
                    }
                    ("attributeGroup", _, Some(r)) => {
                        format!("attributeGroup {}", ours_name(member, r))
                    }
                    ("anyAttribute", _, _) => "anyAttribute".into(),
                    _ => continue,
                };
                s.extra.push(text);
            }
            s.extra.sort();
        }
        Kind::Group => {
            let model = node.xs_children().find(|n| !n.is_xs("annotation"));
            s.derivation = model.map(|m| m.local.clone()).unwrap_or_default();
        }
    }
    s
}

fn ours(set: &SchemaSet) -> Components {
    let mut out = Components::new();
    for doc in &set.docs {
        for node in doc.root.xs_children() {
            let Some(kind) = kind_of(&node.local) else {
                continue;
            };
            let Some(name) = node.attr("name") else {
                continue;
            };
            let key = (
                kind,
                Name {
                    ns: Some(doc.target_ns.clone()),
                    local: name.into(),
                },
            );
            out.entry(key).or_default().insert(ours_summary(kind, node));
        }
    }
    out
}

fn kind_of(local: &str) -> Option<Kind> {
    Some(match local {
        "element" => Kind::Element,
        "complexType" => Kind::ComplexType,
        "simpleType" => Kind::SimpleType,
        "attribute" => Kind::Attribute,
        "attributeGroup" => Kind::AttributeGroup,
        "group" => Kind::Group,
        _ => return None,
    })
}

/// The global components the message roots reach in our loader, through
/// every QName-valued attribute below them.
fn reached(set: &SchemaSet) -> BTreeSet<(Kind, QName)> {
    let mut seen = BTreeSet::new();
    let mut queue: Vec<(Kind, QName)> = default_roots(set)
        .into_iter()
        .map(|r| (Kind::Element, r))
        .collect();
    while let Some((kind, name)) = queue.pop() {
        let Some(at) = set.find(kind, &name) else {
            continue;
        };
        if !seen.insert((kind, name.clone())) {
            continue;
        }
        let mut stack = vec![set.node(at)];
        while let Some(node) = stack.pop() {
            stack.extend(node.children.iter());
            let refs: [(&str, &[Kind]); 6] = [
                ("type", &[Kind::ComplexType, Kind::SimpleType]),
                ("base", &[Kind::ComplexType, Kind::SimpleType]),
                ("itemType", &[Kind::SimpleType]),
                ("memberTypes", &[Kind::SimpleType]),
                ("substitutionGroup", &[Kind::Element]),
                ("ref", &[]),
            ];
            for (attr, kinds) in refs {
                let Some(value) = node.attr(attr) else {
                    continue;
                };
                let ref_kind = kind_of(&node.local).into_iter().collect::<Vec<_>>();
                let kinds: &[Kind] = if attr == "ref" { &ref_kind } else { kinds };
                for v in value.split_whitespace() {
                    if let Ok((ns, local)) = node.resolve_qname(v) {
                        for k in kinds {
                            queue.push((*k, QName::new(ns.clone(), local.clone())));
                        }
                    }
                }
            }
        }
    }
    seen
}

// ---- xsd-parser -------------------------------------------------------

fn theirs_name(q: &xsd_parser::models::schema::QName) -> Name {
    Name {
        ns: q.namespace().map(ToString::to_string),
        local: String::from_utf8_lossy(q.local_name()).into_owned(),
    }
}

fn theirs_facets<'a>(facets: impl Iterator<Item = &'a xs::Facet>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = facets
        .filter_map(|f| {
            let (name, value) = match f {
                xs::Facet::MinExclusive(v) => ("minExclusive", v),
                xs::Facet::MinInclusive(v) => ("minInclusive", v),
                xs::Facet::MaxExclusive(v) => ("maxExclusive", v),
                xs::Facet::MaxInclusive(v) => ("maxInclusive", v),
                xs::Facet::TotalDigits(v) => ("totalDigits", v),
                xs::Facet::FractionDigits(v) => ("fractionDigits", v),
                xs::Facet::Length(v) => ("length", v),
                xs::Facet::MinLength(v) => ("minLength", v),
                xs::Facet::MaxLength(v) => ("maxLength", v),
                xs::Facet::Enumeration(v) => ("enumeration", v),
                xs::Facet::WhiteSpace(v) => ("whiteSpace", v),
                xs::Facet::Pattern(v) => ("pattern", v),
                _ => return None,
            };
            Some((name.to_owned(), value.value.clone()))
        })
        .collect();
    out.sort();
    out
}

fn theirs_simple(t: &xs::SimpleBaseType) -> Summary {
    let mut s = Summary::default();
    for c in &t.content {
        match c {
            xs::SimpleBaseTypeContent::Restriction(r) => {
                s.derivation = "restriction".into();
                s.base.extend(r.base.as_ref().map(theirs_name));
                s.facets = theirs_facets(r.content.iter().filter_map(|c| match c {
                    xs::RestrictionContent::Facet(f) => Some(f),
                    _ => None,
                }));
            }
            xs::SimpleBaseTypeContent::List(l) => {
                s.derivation = "list".into();
                s.base.extend(l.item_type.as_ref().map(theirs_name));
            }
            xs::SimpleBaseTypeContent::Union(u) => {
                s.derivation = "union".into();
                s.base.extend(
                    u.member_types
                        .iter()
                        .flat_map(|m| m.0.iter().map(theirs_name)),
                );
            }
            xs::SimpleBaseTypeContent::Annotation(_) => {}
        }
    }
    s
}

fn theirs_complex(t: &xs::ComplexBaseType) -> Summary {
    let mut s = Summary {
        derivation: "complex".into(),
        ..Summary::default()
    };
    let step = |prefix: &str, derivation: &str, base: &xsd_parser::models::schema::QName| Summary {
        derivation: format!("{prefix} {derivation}"),
        base: vec![theirs_name(base)],
        ..Summary::default()
    };
    for c in &t.content {
        match c {
            xs::ComplexBaseTypeContent::SimpleContent(sc) => {
                for d in &sc.content {
                    match d {
                        xs::SimpleContentContent::Restriction(r) => {
                            s = step("simpleContent", "restriction", &r.base);
                            s.facets = theirs_facets(r.content.iter().filter_map(|c| match c {
                                xs::RestrictionTypeContent::Facet(f) => Some(f),
                                _ => None,
                            }));
                        }
                        xs::SimpleContentContent::Extension(e) => {
                            s = step("simpleContent", "extension", &e.base)
                        }
                        xs::SimpleContentContent::Annotation(_) => {}
                    }
                }
            }
            xs::ComplexBaseTypeContent::ComplexContent(cc) => {
                for d in &cc.content {
                    match d {
                        xs::ComplexContentContent::Restriction(r) => {
                            s = step("complexContent", "restriction", &r.base);
                            s.facets = theirs_facets(r.content.iter().filter_map(|c| match c {
                                xs::RestrictionTypeContent::Facet(f) => Some(f),
                                _ => None,
                            }));
                        }
                        xs::ComplexContentContent::Extension(e) => {
                            s = step("complexContent", "extension", &e.base)
                        }
                        xs::ComplexContentContent::Annotation(_) => {}
                    }
                }
            }
            _ => {}
        }
    }
    if t.abstract_ {
        s.extra.push("abstract".into());
    }
    s
}

fn theirs_element(e: &xs::ElementType) -> Summary {
    let mut s = Summary::default();
    if let Some(t) = &e.type_ {
        s.derivation = "type".into();
        s.base.push(theirs_name(t));
    } else {
        for c in &e.content {
            match c {
                xs::ElementTypeContent::ComplexType(_) => {
                    s.derivation = "anonymous complexType".into()
                }
                xs::ElementTypeContent::SimpleType(_) => {
                    s.derivation = "anonymous simpleType".into()
                }
                _ => {}
            }
        }
    }
    for group in e.substitution_group.iter().flat_map(|g| g.0.iter()) {
        s.extra
            .push(format!("substitutionGroup {}", theirs_name(group)));
    }
    if e.nillable == Some(true) {
        s.extra.push("nillable".into());
    }
    if e.abstract_ {
        s.extra.push("abstract".into());
    }
    s.extra.extend(e.fixed.iter().map(|v| format!("fixed={v}")));
    s.extra
        .extend(e.default.iter().map(|v| format!("default={v}")));
    s
}

fn theirs_attribute(a: &xs::AttributeInnerType) -> Summary {
    let mut s = Summary::default();
    if let Some(t) = &a.type_ {
        s.derivation = "type".into();
        s.base.push(theirs_name(t));
    } else if a.simple_type.is_some() {
        s.derivation = "anonymous simpleType".into();
    }
    s.extra.extend(a.fixed.iter().map(|v| format!("fixed={v}")));
    s.extra
        .extend(a.default.iter().map(|v| format!("default={v}")));
    s
}

fn theirs_attribute_group(g: &xs::AttributeGroupType) -> Summary {
    let mut s = Summary::default();
    for m in &g.content {
        let text = match m {
            xs::AttributeGroupTypeContent::Attribute(a) => match (&a.name, &a.ref_) {
                (Some(name), _) => format!("attribute {name}"),
                (None, Some(r)) => format!("attribute ref {}", theirs_name(r)),
                _ => continue,
            },
            xs::AttributeGroupTypeContent::AttributeGroup(r) => match &r.ref_ {
                Some(r) => format!("attributeGroup {}", theirs_name(r)),
                None => continue,
            },
            xs::AttributeGroupTypeContent::AnyAttribute(_) => "anyAttribute".into(),
            xs::AttributeGroupTypeContent::Annotation(_) => continue,
        };
        s.extra.push(text);
    }
    s.extra.sort();
    s
}

fn theirs_group(g: &xs::GroupType) -> Summary {
    let derivation = g.content.iter().find_map(|c| match c {
        xs::GroupTypeContent::Sequence(_) => Some("sequence"),
        xs::GroupTypeContent::Choice(_) => Some("choice"),
        xs::GroupTypeContent::All(_) => Some("all"),
        _ => None,
    });
    Summary {
        derivation: derivation.unwrap_or("").into(),
        ..Summary::default()
    }
}

fn theirs(schemas: &Schemas) -> Components {
    let mut out = Components::new();
    for (_, info) in schemas.schemas() {
        let ns = schemas
            .get_namespace_info(&info.namespace_id())
            .and_then(|n| n.namespace.as_ref())
            .map(ToString::to_string)
            .or_else(|| info.schema.target_namespace.clone())
            .unwrap_or_default();
        for c in &info.schema.content {
            let (kind, name, summary) = match c {
                SchemaContent::SimpleType(t) => (Kind::SimpleType, &t.name, theirs_simple(t)),
                SchemaContent::ComplexType(t) => (Kind::ComplexType, &t.name, theirs_complex(t)),
                SchemaContent::Element(e) => (Kind::Element, &e.name, theirs_element(e)),
                SchemaContent::Attribute(a) => (Kind::Attribute, &a.name, theirs_attribute(a)),
                SchemaContent::AttributeGroup(g) => {
                    (Kind::AttributeGroup, &g.name, theirs_attribute_group(g))
                }
                SchemaContent::Group(g) => (Kind::Group, &g.name, theirs_group(g)),
                _ => continue,
            };
            let Some(name) = name else { continue };
            let key = (
                kind,
                Name {
                    ns: Some(ns.clone()),
                    local: name.clone(),
                },
            );
            out.entry(key).or_default().insert(summary);
        }
    }
    out
}

// ---- comparison -------------------------------------------------------

/// Whether two summaries are equal when unprefixed names that xsd-parser
/// left without namespace are compared by local name.
fn equal_but_unprefixed(ours: &Summary, theirs: &Summary) -> bool {
    let names_match = |a: &[Name], b: &[Name]| {
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .all(|(x, y)| x == y || (y.ns.is_none() && x.local == y.local))
    };
    // Names in `extra` reduced to their local parts.
    let strip = |extra: &[String]| -> Vec<String> {
        extra
            .iter()
            .map(|e| {
                e.split(' ')
                    .map(|token| token.rsplit([':', '}', ')']).next().unwrap_or(""))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    };
    ours.derivation == theirs.derivation
        && ours.facets == theirs.facets
        && names_match(&ours.base, &theirs.base)
        && strip(&ours.extra) == strip(&theirs.extra)
}

/// Compares one bundle; returns (explained, unexplained) differences.
fn compare(bundle: &Path) -> (BTreeMap<Explained, Vec<String>>, Vec<String>) {
    let set = SchemaSet::load(bundle).unwrap_or_else(|e| panic!("{}: {e}", bundle.display()));
    let parsed = Parser::new()
        .with_default_resolver()
        .resolve_includes(true)
        .add_schema_from_file(bundle)
        .unwrap_or_else(|e| panic!("xsd-parser cannot read {}: {e}", bundle.display()))
        .finish();
    let ours = ours(&set);
    let theirs = theirs(&parsed);
    let reached = reached(&set);
    let mut explained: BTreeMap<Explained, Vec<String>> = BTreeMap::new();
    let mut unexplained = Vec::new();
    for (key, our) in &ours {
        let what = format!("{} {}", key.0.xsd_name(), key.1);
        match theirs.get(key) {
            None => unexplained.push(format!("{what}: found by our loader only")),
            Some(their) if their == our => {}
            Some(their) => {
                let close = our.len() == their.len()
                    && our
                        .iter()
                        .zip(their)
                        .all(|(a, b)| equal_but_unprefixed(a, b));
                let text = format!("{what}: ours {our:?}, xsd-parser {their:?}");
                if close {
                    explained
                        .entry(Explained::UnprefixedQName)
                        .or_default()
                        .push(text);
                } else {
                    unexplained.push(text);
                }
            }
        }
    }
    for key in theirs.keys().filter(|k| !ours.contains_key(*k)) {
        let what = format!("{} {}: found by xsd-parser only", key.0.xsd_name(), key.1);
        let ns = key.1.ns.clone().unwrap_or_default();
        if reached.contains(&(key.0, QName::new(ns, key.1.local.clone()))) {
            unexplained.push(what);
        } else {
            explained
                .entry(Explained::NotReached)
                .or_default()
                .push(what);
        }
    }
    let facets: usize = ours.values().flatten().map(|s| s.facets.len()).sum();
    println!(
        "{}: our loader {} components ({} documents, {facets} facets), xsd-parser {} components \
         ({} documents), {} reached from {} message roots; {} explained and {} unexplained \
         differences",
        bundle.display(),
        ours.len(),
        set.docs.len(),
        theirs.len(),
        parsed.schemas().count(),
        reached.len(),
        default_roots(&set).len(),
        explained.values().map(Vec::len).sum::<usize>(),
        unexplained.len(),
    );
    // The readings are of the real bundle: a spot check on both.
    let datum = Summary {
        derivation: "restriction".into(),
        base: vec![Name {
            ns: Some(XS.into()),
            local: "decimal".into(),
        }],
        facets: vec![
            ("fractionDigits".into(), "0".into()),
            ("totalDigits".into(), "8".into()),
        ],
        extra: Vec::new(),
    };
    let key = (
        Kind::SimpleType,
        Name {
            ns: Some(STUF.into()),
            local: "Datum".into(),
        },
    );
    for (reader, components) in [("our loader", &ours), ("xsd-parser", &theirs)] {
        assert_eq!(
            components.get(&key),
            Some(&BTreeSet::from([datum.clone()])),
            "{reader}"
        );
    }
    (explained, unexplained)
}

#[test]
fn xsd_parser_reads_what_our_loader_reads() {
    let mut failures = Vec::new();
    for bundle in bundles() {
        let (explained, unexplained) = compare(&bundle);
        for (reason, items) in &explained {
            println!("  explained ({reason:?}): {}", items.len());
            for item in items.iter().take(5) {
                println!("    {item}");
            }
        }
        for item in &unexplained {
            println!("  DIFFERENCE {item}");
        }
        failures.extend(
            unexplained
                .into_iter()
                .map(|u| format!("{}: {u}", bundle.display())),
        );
    }
    assert!(
        failures.is_empty(),
        "{} unexplained differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_runtime_enumerations_are_the_schema_enumerations() {
    use stuf_jz_types::{date::DatePrecision, NoValue};
    for bundle in bundles() {
        let set = SchemaSet::load(&bundle).expect("bundle loads");
        for (local, runtime) in [
            ("NoValue", NoValue::FACETS.enumeration),
            ("IndOnvolledigeDatum", DatePrecision::FACETS.enumeration),
        ] {
            let at = set
                .find(Kind::SimpleType, &QName::new(STUF, local))
                .unwrap_or_else(|| panic!("{}: StUF:{local}", bundle.display()));
            let restriction = set.node(at).xs_child("restriction").expect("a restriction");
            let base = restriction.attr("base").expect("a base");
            assert_eq!(
                restriction.resolve_qname(base),
                Ok((XS.to_owned(), "string".to_owned()))
            );
            let literals: Vec<&str> = restriction
                .xs_children()
                .filter(|c| c.is_xs("enumeration"))
                .filter_map(|c| c.attr("value"))
                .collect();
            assert_eq!(literals, runtime, "{}: StUF:{local}", bundle.display());
        }
    }
}
