//! The resolved, StUF-aware schema model: what the message roots reach, with
//! derivation already applied (extension appended, restriction replaced,
//! attribute groups expanded, references followed).

use crate::loader::QName;
use crate::xml_doc::Location;

/// Index of a type in [`Model::types`].
pub type TypeId = usize;

/// Everything the message roots of a bundle reach.
#[derive(Debug, Default)]
pub struct Model {
    /// The global elements that are messages, in schema order.
    pub roots: Vec<ElementDecl>,
    /// Every reachable type; anonymous types included.
    pub types: Vec<TypeDef>,
}

impl Model {
    /// The type with this id.
    pub fn ty(&self, id: TypeId) -> &TypeDef {
        &self.types[id]
    }

    /// The complex type with this id, if it is one.
    pub fn complex(&self, id: TypeId) -> Option<&ComplexType> {
        match &self.types[id] {
            TypeDef::Complex(c) => Some(c),
            TypeDef::Simple(_) => None,
        }
    }

    /// The types reachable from the roots through content, attributes and
    /// simple content (not through restriction bases), depth first.
    pub fn reachable(&self) -> Vec<TypeId> {
        fn element_types(p: &Particle, out: &mut Vec<TypeId>) {
            match &p.term {
                Term::Element(decl) => out.push(decl.ty),
                Term::Sequence(c) | Term::Choice(c) => c.iter().for_each(|c| element_types(c, out)),
                Term::Any(_) => {}
            }
        }
        let mut seen = std::collections::HashSet::new();
        let mut order = Vec::new();
        let mut stack: Vec<TypeId> = self.roots.iter().rev().map(|r| r.ty).collect();
        while let Some(id) = stack.pop() {
            if !seen.insert(id) {
                continue;
            }
            order.push(id);
            let mut next = Vec::new();
            if let TypeDef::Complex(c) = self.ty(id) {
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

    /// The simple type with this id, if it is one.
    pub fn simple(&self, id: TypeId) -> Option<&SimpleType> {
        match &self.types[id] {
            TypeDef::Simple(s) => Some(s),
            TypeDef::Complex(_) => None,
        }
    }
}

/// How a type is named in the schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeName {
    /// A global, named type.
    Named(QName),
    /// An anonymous type; `context` names where it is declared
    /// (`vtMeldingDi01`, `ExtraElementen/extraElement`).
    Anonymous {
        /// Namespace of the declaring schema.
        ns: String,
        /// Where it is declared.
        context: String,
    },
    /// An XML Schema built-in type used directly (`xs:string`).
    Builtin(String),
}

impl TypeName {
    /// The name as shown in documentation and messages (`ZKN:ZAK-vto`).
    pub fn display(&self) -> String {
        match self {
            TypeName::Named(q) => q.to_string(),
            TypeName::Anonymous { context, .. } => format!("(anonymous type of {context})"),
            TypeName::Builtin(name) => format!("xs:{name}"),
        }
    }

    /// The namespace the type belongs to.
    pub fn namespace(&self) -> &str {
        match self {
            TypeName::Named(q) => &q.ns,
            TypeName::Anonymous { ns, .. } => ns,
            TypeName::Builtin(_) => crate::xml_doc::XS,
        }
    }
}

/// Name, documentation and source of a type.
#[derive(Debug, Clone)]
pub struct TypeInfo {
    /// Schema name.
    pub name: TypeName,
    /// `xs:documentation`.
    pub doc: Option<String>,
    /// Where it is declared (`None` for built-ins).
    pub location: Option<Location>,
}

/// A simple or a complex type.
#[derive(Debug, Clone)]
pub enum TypeDef {
    /// Values in text.
    Simple(SimpleType),
    /// Elements and attributes.
    Complex(ComplexType),
}

impl TypeDef {
    /// Name, documentation and source.
    pub fn info(&self) -> &TypeInfo {
        match self {
            TypeDef::Simple(s) => &s.info,
            TypeDef::Complex(c) => &c.info,
        }
    }
}

/// A simple type with all facets of its restriction chain.
#[derive(Debug, Clone, Default)]
pub struct SimpleType {
    /// Name, documentation and source.
    pub info: TypeInfo,
    /// The built-in type at the root of the chain (`string`, `decimal`, ...).
    pub builtin: String,
    /// The named type this one restricts, if any.
    pub base: Option<TypeId>,
    /// The effective `whiteSpace` facet, if one was given.
    pub whitespace: Option<String>,
    /// Patterns, one list per restriction step (alternatives within a step).
    pub patterns: Vec<Vec<String>>,
    /// Enumeration literals of the most derived step that has them.
    pub enumeration: Vec<EnumValue>,
    /// `length`.
    pub length: Option<u32>,
    /// `minLength`.
    pub min_length: Option<u32>,
    /// `maxLength`.
    pub max_length: Option<u32>,
    /// `totalDigits`.
    pub total_digits: Option<u32>,
    /// `fractionDigits`.
    pub fraction_digits: Option<u32>,
    /// `minInclusive`.
    pub min_inclusive: Option<String>,
    /// `maxInclusive`.
    pub max_inclusive: Option<String>,
    /// `minExclusive`.
    pub min_exclusive: Option<String>,
    /// `maxExclusive`.
    pub max_exclusive: Option<String>,
}

impl Default for TypeInfo {
    fn default() -> Self {
        TypeInfo {
            name: TypeName::Builtin("anySimpleType".into()),
            doc: None,
            location: None,
        }
    }
}

/// One enumeration literal and its documentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumValue {
    /// The literal as written in the schema.
    pub value: String,
    /// Its `xs:documentation`.
    pub doc: Option<String>,
}

/// A complex type after derivation.
#[derive(Debug, Clone)]
pub struct ComplexType {
    /// Name, documentation and source.
    pub info: TypeInfo,
    /// The type it derives from, and how.
    pub base: Option<(Derivation, TypeId)>,
    /// Attribute uses, inherited ones included.
    pub attributes: Vec<AttributeUse>,
    /// Its content.
    pub content: Content,
}

/// Extension or restriction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Derivation {
    /// `xs:extension`
    Extension,
    /// `xs:restriction`
    Restriction,
}

/// The content of a complex type.
#[derive(Debug, Clone)]
pub enum Content {
    /// No content.
    Empty,
    /// Text of a simple type.
    Simple(TypeId),
    /// Child elements.
    Elements(Particle),
}

/// A particle: a term with occurrence bounds.
#[derive(Debug, Clone)]
pub struct Particle {
    /// `minOccurs`.
    pub min: u32,
    /// `maxOccurs` (`None` is unbounded).
    pub max: Option<u32>,
    /// What occurs.
    pub term: Term,
}

/// Element, model group or wildcard.
#[derive(Debug, Clone)]
pub enum Term {
    /// One element.
    Element(ElementDecl),
    /// `xs:sequence`
    Sequence(Vec<Particle>),
    /// `xs:choice`
    Choice(Vec<Particle>),
    /// `xs:any`
    Any(Wildcard),
}

/// An `xs:any` wildcard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wildcard {
    /// The `namespace` constraint as written (`##any`, `##other`, ...).
    pub namespace: String,
    /// The namespace of the schema that declares it (for `##targetNamespace`).
    pub target_ns: String,
    /// `processContents`.
    pub process_contents: String,
}

/// An element declaration as used at one place.
#[derive(Debug, Clone)]
pub struct ElementDecl {
    /// Qualified element name.
    pub name: QName,
    /// Its type.
    pub ty: TypeId,
    /// `nillable="true"`.
    pub nillable: bool,
    /// `fixed` value.
    pub fixed: Option<String>,
    /// `default` value.
    pub default: Option<String>,
    /// `xs:documentation` of the declaration.
    pub doc: Option<String>,
    /// Where it is declared.
    pub location: Location,
}

/// An attribute use of a complex type.
#[derive(Debug, Clone)]
pub struct AttributeUse {
    /// Qualified attribute name.
    pub name: QName,
    /// Its simple type.
    pub ty: TypeId,
    /// `use="required"`.
    pub required: bool,
    /// `fixed` value (from the use, or else from the global declaration).
    pub fixed: Option<String>,
    /// `default` value.
    pub default: Option<String>,
    /// `xs:documentation`.
    pub doc: Option<String>,
}
