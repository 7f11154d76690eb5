//! Decides what is generated: the reachable types, their Rust names and
//! modules, the shape of every struct, and which fields need a `Box`.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::emit::shape::{content_fields, FieldKind, FieldShape, Occurs};
use crate::loader::QName;
use crate::model::*;
use crate::naming::{namespace_module, type_name, UniqueNames};

/// Where a Rust type lives.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RustType {
    /// `String`.
    String,
    /// A type of `stuf_jz_types::xs`.
    Runtime(&'static str),
    /// A generated type: module and name.
    Generated(String, String),
    /// A type that is not generated: its Rust path (`rt::NoValue`).
    Extern(String),
}

/// Schema types the runtime crate provides, as prost's `extern_path`:
/// `StUF:NoValue` and `StUF:IndOnvolledigeDatum` (the date precision).
pub const DEFAULT_EXTERN_PATHS: &[(&str, &str)] = &[
    ("StUF:NoValue", "rt::NoValue"),
    ("StUF:IndOnvolledigeDatum", "rt::date::DatePrecision"),
];

/// A generated type by module and name: a simple type, a struct, or a
/// group (whose name is its `module::Short` key).
pub type TypeKey = (String, String);

/// A generated simple type.
#[derive(Debug, Clone)]
pub struct SimplePlan {
    /// The schema type.
    pub id: TypeId,
    /// Rust name.
    pub name: String,
    /// Enumeration variants (Rust name, literal, doc), if it is an enum.
    pub variants: Option<Vec<(String, String, Option<String>)>>,
}

/// A generated struct for a complex type.
#[derive(Debug, Clone)]
pub struct StructPlan {
    /// The schema type.
    pub id: TypeId,
    /// Rust name.
    pub name: String,
    /// Attribute fields: Rust field name and the use.
    pub attributes: Vec<(String, AttributeUse)>,
    /// Content.
    pub content: ContentPlan,
    /// Whether a nil form (`NameNil`) is needed.
    pub nillable: bool,
    /// The message root element, when this is a message.
    pub root: Option<ElementDecl>,
}

/// The content of a struct.
#[derive(Debug, Clone)]
pub enum ContentPlan {
    /// No content.
    Empty,
    /// Text of this simple type.
    Simple(TypeId),
    /// Fields (Rust name and shape).
    Fields(Vec<NamedField>),
}

/// A field with its Rust name (or variant name, in a choice).
#[derive(Debug, Clone)]
pub struct NamedField {
    /// Rust field or variant name.
    pub name: String,
    /// Occurrence.
    pub occurs: Occurs,
    /// Contents.
    pub kind: NamedKind,
    /// Whether the value is boxed (recursive types).
    pub boxed: bool,
}

/// What a named field holds.
#[derive(Debug, Clone)]
pub enum NamedKind {
    /// An element.
    Element(ElementDecl),
    /// A generated choice enum or group struct (in the same module).
    Group(String),
}

/// A choice enum or a group struct. It lives in a module named after the
/// struct that owns it (`btr_vto_utv::MedewerkerOrNietNatuurlijkPersoon`),
/// as prost nests oneofs, so that its own name stays short.
#[derive(Debug, Clone)]
pub struct GroupPlan {
    /// Key within the namespace module: `module::Short`.
    pub name: String,
    /// The module of the owning struct (`btr_vto_utv`).
    pub module: String,
    /// The Rust type name inside that module.
    pub short: String,
    /// The struct it belongs to (for documentation).
    pub owner: String,
    /// Branches (choice) or fields (sequence).
    pub parts: Vec<NamedField>,
    /// A choice (enum) rather than a sequence (struct).
    pub is_choice: bool,
    /// Names that can start the group.
    pub first: Vec<QName>,
    /// Whether it may be empty.
    pub emptiable: bool,
}

/// Everything to generate, by module.
#[derive(Debug, Default)]
pub struct Plan {
    /// Rust type of every reachable schema type.
    pub types: HashMap<TypeId, RustType>,
    /// Simple types by module.
    pub simples: BTreeMap<String, Vec<SimplePlan>>,
    /// Structs by module.
    pub structs: BTreeMap<String, Vec<StructPlan>>,
    /// Choice enums and group structs by module.
    pub groups: BTreeMap<String, Vec<GroupPlan>>,
    /// The message roots: element and struct.
    pub roots: Vec<(ElementDecl, RustType)>,
    /// The generated types that have no `Default` (module and name; a
    /// group by its `module::Short` key), see [`Plan::has_default`].
    pub without_default: HashSet<TypeKey>,
}

/// A construct the generator cannot express, with its place.
#[derive(Debug, Clone)]
pub struct PlanError(pub String);

/// Plans the generated code of a model.
pub fn plan(model: &Model, options: &super::Options) -> Result<Plan, PlanError> {
    let extern_path = |name: &TypeName| -> Option<String> {
        let shown = name.display();
        options
            .extern_paths
            .iter()
            .map(|(schema, path)| (schema.as_str(), path.as_str()))
            .chain(DEFAULT_EXTERN_PATHS.iter().copied())
            .find(|(schema, _)| *schema == shown)
            .map(|(_, path)| path.to_string())
    };
    let reachable = model.reachable();
    let nillable: HashSet<TypeId> = nillable_types(model, &reachable);
    let mut plan = Plan::default();
    let mut names: HashMap<String, UniqueNames> = HashMap::new();
    let mut group_modules: HashMap<String, UniqueNames> = HashMap::new();
    // Name the types first (roots get the name of their element).
    let root_types: HashMap<TypeId, &ElementDecl> = model.roots.iter().map(|r| (r.ty, r)).collect();
    // Anonymous simple types of identical content (the `StUF:scope` of
    // every entity, say) share one Rust type.
    let mut shared: HashMap<String, RustType> = HashMap::new();
    let mut duplicates: HashSet<TypeId> = HashSet::new();
    for &id in &reachable {
        let def = model.ty(id);
        let key = anonymous_simple_key(def);
        if let Some(existing) = key.as_ref().and_then(|k| shared.get(k)) {
            plan.types.insert(id, existing.clone());
            duplicates.insert(id);
            continue;
        }
        let rust = match &def.info().name {
            TypeName::Builtin(b) => builtin_type(b),
            name if extern_path(name).is_some() => {
                RustType::Extern(extern_path(name).unwrap_or_default())
            }
            _ if is_skipped_wildcard(def) => RustType::Runtime("AnyContent"),
            name => {
                let module = namespace_module(name.namespace());
                let base = match (name, root_types.get(&id)) {
                    (TypeName::Anonymous { .. }, Some(root)) => type_name(&root.name.local),
                    (TypeName::Named(q), _) => type_name(&q.local),
                    (TypeName::Anonymous { context, .. }, None) => anonymous_name(context),
                    (TypeName::Builtin(_), _) => unreachable!(),
                };
                let name = names.entry(module.clone()).or_default().claim(base);
                RustType::Generated(module, name)
            }
        };
        if let Some(key) = key {
            shared.insert(key, rust.clone());
        }
        plan.types.insert(id, rust);
    }
    for &id in &reachable {
        if duplicates.contains(&id) {
            continue;
        }
        let RustType::Generated(module, name) = plan.types[&id].clone() else {
            continue;
        };
        match model.ty(id) {
            TypeDef::Simple(simple) => {
                let variants = enum_variants(simple);
                plan.simples
                    .entry(module)
                    .or_default()
                    .push(SimplePlan { id, name, variants });
            }
            TypeDef::Complex(complex) => {
                let mut groups = Vec::new();
                let content = match &complex.content {
                    Content::Empty => ContentPlan::Empty,
                    Content::Simple(s) => ContentPlan::Simple(*s),
                    Content::Elements(particle) => {
                        let shapes = content_fields(particle).map_err(|_| {
                            PlanError(format!(
                                "{}: xs:any is not supported where a message reaches it (type {})",
                                complex
                                    .info
                                    .location
                                    .as_ref()
                                    .map(|l| l.to_string())
                                    .unwrap_or_default(),
                                complex.info.name.display()
                            ))
                        })?;
                        let mut scope = reserved_scope();
                        let group_module = group_modules
                            .entry(module.clone())
                            .or_default()
                            .claim(crate::naming::snake_case(&name));
                        let mut group_names = UniqueNames::default();
                        let fields = name_fields(
                            &shapes,
                            &name,
                            &mut scope,
                            &mut GroupScope {
                                module: &group_module,
                                names: &mut group_names,
                            },
                            &mut groups,
                            false,
                        );
                        ContentPlan::Fields(fields)
                    }
                };
                let mut scope = reserved_scope();
                if let ContentPlan::Fields(fields) = &content {
                    for f in fields {
                        scope.claim(f.name.clone());
                    }
                }
                if matches!(content, ContentPlan::Simple(_)) {
                    scope.claim("value".into());
                }
                let attributes = complex
                    .attributes
                    .iter()
                    .map(|a| {
                        (
                            scope.claim(crate::naming::snake_case(&a.name.local)),
                            a.clone(),
                        )
                    })
                    .collect();
                plan.groups
                    .entry(module.clone())
                    .or_default()
                    .extend(groups);
                plan.structs.entry(module).or_default().push(StructPlan {
                    id,
                    name,
                    attributes,
                    content,
                    nillable: nillable.contains(&id),
                    root: root_types.get(&id).map(|r| (*r).clone()),
                });
            }
        }
    }
    for root in &model.roots {
        plan.roots
            .push((root.clone(), plan.types[&root.ty].clone()));
    }
    crate::emit::boxing::box_recursive_fields(&mut plan, model);
    plan.settle_defaults();
    // `Nillable::nil` builds a nil form from its defaults.
    for structs in plan.structs.values() {
        for s in structs {
            if s.nillable && !plan.attributes_have_default(s) {
                return Err(PlanError(format!(
                    "{}: an element of this type is nillable, but a required attribute has no \
                     default value for its nil form (an enumeration of several values)",
                    model.ty(s.id).info().name.display()
                )));
            }
        }
    }
    Ok(plan)
}

/// Where the groups of one struct are named: its group module.
struct GroupScope<'a> {
    module: &'a str,
    names: &'a mut UniqueNames,
}

/// The longest type name generated for a group.
const MAX_GROUP_NAME: usize = 40;

/// The type name of a group: a choice is named by its branches
/// (`MedewerkerOrNietNatuurlijkPersoon`) or, when that is long, by its first
/// branch (`TelefoonnummerChoice`); a sequence by its first element
/// (`InpBsnGroup`).
fn group_type_name(shape: &FieldShape) -> String {
    let (parts, is_choice) = match &shape.kind {
        FieldKind::Choice(parts) => (parts, true),
        FieldKind::Sequence(parts) => (parts, false),
        FieldKind::Element(decl) => return type_name(&decl.name.local),
    };
    let first = parts
        .first()
        .map(group_type_name)
        .unwrap_or_else(|| "Group".into());
    let name = if is_choice {
        let joined: Vec<String> = parts.iter().map(group_type_name).collect();
        let joined = joined.join("Or");
        if joined.len() <= MAX_GROUP_NAME {
            joined
        } else {
            format!("{first}Choice")
        }
    } else {
        format!("{first}Group")
    };
    if name.len() <= MAX_GROUP_NAME {
        return name;
    }
    let suffix = if is_choice { "Choice" } else { "Group" };
    let mut cut = MAX_GROUP_NAME - suffix.len();
    while !first.is_char_boundary(cut.min(first.len())) {
        cut -= 1;
    }
    format!("{}{suffix}", &first[..cut.min(first.len())])
}

/// Names fields (or choice variants) and creates the enums and structs of
/// nested groups.
fn name_fields(
    shapes: &[FieldShape],
    owner: &str,
    scope: &mut UniqueNames,
    group_scope: &mut GroupScope<'_>,
    groups: &mut Vec<GroupPlan>,
    variants: bool,
) -> Vec<NamedField> {
    shapes
        .iter()
        .map(|shape| {
            let label = label(shape);
            let name = if variants {
                scope.claim(type_name(&label))
            } else {
                scope.claim(crate::naming::snake_case(&label))
            };
            let kind = match &shape.kind {
                FieldKind::Element(decl) => NamedKind::Element(decl.clone()),
                FieldKind::Choice(parts) | FieldKind::Sequence(parts) => {
                    let is_choice = matches!(shape.kind, FieldKind::Choice(_));
                    let short = group_scope.names.claim(group_type_name(shape));
                    let group_name = format!("{}::{short}", group_scope.module);
                    let mut inner_scope = reserved_scope();
                    let named = name_fields(
                        parts,
                        &group_name,
                        &mut inner_scope,
                        group_scope,
                        groups,
                        is_choice,
                    );
                    let mut first = Vec::new();
                    FieldShape {
                        occurs: Occurs::One,
                        kind: shape.kind.clone(),
                    }
                    .first(&mut first);
                    groups.push(GroupPlan {
                        name: group_name.clone(),
                        module: group_scope.module.to_string(),
                        short,
                        owner: owner.to_string(),
                        parts: named,
                        is_choice,
                        first,
                        emptiable: shape.kind_emptiable(),
                    });
                    NamedKind::Group(group_name)
                }
            };
            NamedField {
                name,
                occurs: shape.occurs,
                kind,
                boxed: false,
            }
        })
        .collect()
}

/// A readable label for a field: the element name, or the names of a
/// group's first elements joined with `Or` (choices) / the first name.
fn label(shape: &FieldShape) -> String {
    match &shape.kind {
        FieldKind::Element(decl) => decl.name.local.clone(),
        FieldKind::Choice(branches) => {
            let names: Vec<String> = branches.iter().map(label).collect();
            if names.len() <= 3 {
                names.join("-or-")
            } else {
                format!("{}-choice", names[0])
            }
        }
        FieldKind::Sequence(fields) => fields.first().map(label).unwrap_or_else(|| "group".into()),
    }
}

/// Field names the generated code uses for its own locals.
fn reserved_scope() -> UniqueNames {
    let mut scope = UniqueNames::default();
    for name in ["r", "w", "v", "tag", "value", "decl"] {
        scope.claim(name.to_string());
    }
    scope
}

/// What makes two anonymous simple types the same Rust type: where they are
/// declared (the attribute or element name), their namespace and every
/// facet; `None` for other types.
fn anonymous_simple_key(def: &TypeDef) -> Option<String> {
    let TypeDef::Simple(simple) = def else {
        return None;
    };
    let TypeName::Anonymous { ns, context } = &simple.info.name else {
        return None;
    };
    let tail = context.rsplit('/').next().unwrap_or(context);
    let enumeration: Vec<(&str, Option<&str>)> = simple
        .enumeration
        .iter()
        .map(|e| (e.value.as_str(), e.doc.as_deref()))
        .collect();
    Some(format!(
        "{ns} {tail} {} {:?} {:?} {:?} {enumeration:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
        simple.builtin,
        simple.base,
        simple.whitespace,
        simple.patterns,
        simple.length,
        simple.min_length,
        simple.max_length,
        simple.total_digits,
        simple.fraction_digits,
        simple.min_inclusive,
        simple.max_inclusive,
        simple.min_exclusive,
        simple.max_exclusive,
        simple.info.doc,
    ))
}

fn anonymous_name(context: &str) -> String {
    let parts: Vec<&str> = context.split('/').filter(|p| !p.is_empty()).collect();
    let tail = &parts[parts.len().saturating_sub(2)..];
    type_name(&tail.join("-").replace('@', ""))
}

/// A complex type without attributes whose whole content is one
/// `xs:any namespace="##any" processContents="skip"` (`StUF:FoutdetailsXML`):
/// its elements are kept unchecked, as `rt::xs::AnyContent`.
fn is_skipped_wildcard(def: &TypeDef) -> bool {
    let TypeDef::Complex(complex) = def else {
        return false;
    };
    if !complex.attributes.is_empty() {
        return false;
    }
    let Content::Elements(particle) = &complex.content else {
        return false;
    };
    let mut particle = particle;
    while let Term::Sequence(items) = &particle.term {
        match items.as_slice() {
            [only] if particle.min == 1 && particle.max == Some(1) => particle = only,
            _ => return false,
        }
    }
    matches!(&particle.term, Term::Any(w)
        if w.namespace == "##any" && w.process_contents == "skip"
            && particle.min == 0 && particle.max.is_none())
}

fn builtin_type(name: &str) -> RustType {
    match stuf_jz_types::Builtin::from_xsd_name(name).and_then(stuf_jz_types::xs::rust_name) {
        Some(rust) => RustType::Runtime(rust),
        None if name == "string" => RustType::String,
        None => RustType::Runtime("AnySimpleType"),
    }
}

fn enum_variants(simple: &SimpleType) -> Option<Vec<(String, String, Option<String>)>> {
    if simple.enumeration.is_empty() {
        return None;
    }
    let mut scope = UniqueNames::default();
    Some(
        simple
            .enumeration
            .iter()
            .map(|e| {
                (
                    scope.claim(type_name(&e.value)),
                    e.value.clone(),
                    e.doc.clone(),
                )
            })
            .collect(),
    )
}

/// Complex types used by at least one nillable element.
fn nillable_types(model: &Model, reachable: &[TypeId]) -> HashSet<TypeId> {
    fn walk(p: &Particle, out: &mut HashSet<TypeId>) {
        match &p.term {
            Term::Element(decl) if decl.nillable => {
                out.insert(decl.ty);
            }
            Term::Sequence(c) | Term::Choice(c) => c.iter().for_each(|c| walk(c, out)),
            _ => {}
        }
    }
    let mut out: HashSet<TypeId> = model
        .roots
        .iter()
        .filter(|r| r.nillable)
        .map(|r| r.ty)
        .collect();
    for &id in reachable {
        if let Some(ComplexType {
            content: Content::Elements(p),
            ..
        }) = model.complex(id)
        {
            walk(p, &mut out);
        }
    }
    out
}
