//! Builds the [`Model`] from a loaded [`SchemaSet`], starting at the message
//! roots and following only what they reach, so that broken parts of a
//! bundle that no message uses do not matter. A reference that cannot be
//! resolved is an error only when it is reached, reported with its place.

use std::collections::HashMap;
use std::fmt;

use crate::loader::{ComponentRef, Kind, QName, SchemaSet};
use crate::model::*;
use crate::resolve_simple::apply_facets;
use crate::xml_doc::{Location, Node, XS};

/// A reachable part of the schema that cannot be resolved.
#[derive(Debug, Clone)]
pub struct ResolveError {
    /// Where in the schema.
    pub location: Option<Location>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ResolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Some(at) => write!(f, "{at}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Resolves the model of the given root elements.
pub fn resolve(set: &SchemaSet, roots: &[QName]) -> Result<Model, Vec<ResolveError>> {
    let mut resolver = Resolver {
        set,
        model: Model::default(),
        named: HashMap::new(),
        state: Vec::new(),
        wanted: Vec::new(),
        sources: HashMap::new(),
        trail: Vec::new(),
        parents: HashMap::new(),
        errors: Vec::new(),
    };
    for root in roots {
        match set.find(Kind::Element, root) {
            Some(at) => {
                let node = set.node(at);
                if let Some(decl) = resolver.element_decl(at.doc, node, root.local.clone(), true) {
                    resolver.model.roots.push(decl);
                }
            }
            None => resolver.errors.push(ResolveError {
                location: None,
                message: format!("message root `{root}` is not declared in the bundle"),
            }),
        }
    }
    while let Some(id) = (0..resolver.state.len()).find(|&id| {
        resolver.wanted[id] && matches!(resolver.state[id], State::Pending | State::Header)
    }) {
        resolver.ensure_resolved(id, true);
    }
    if resolver.errors.is_empty() {
        Ok(resolver.model)
    } else {
        Err(resolver.errors)
    }
}

/// The global elements of the entry document's target namespace: the messages.
pub fn default_roots(set: &SchemaSet) -> Vec<QName> {
    let Some(entry) = set.docs.first() else {
        return Vec::new();
    };
    set.global_elements()
        .into_iter()
        .filter(|(name, _)| name.ns == entry.target_ns)
        .map(|(name, _)| name)
        .collect()
}

/// Resolution state of a type: named types are resolved lazily, so that a
/// type may contain elements of types derived from itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Pending,
    InProgress,
    /// Attributes and derivation known, content not resolved.
    Header,
    Done,
}

pub(crate) struct Resolver<'s> {
    pub(crate) set: &'s SchemaSet,
    pub(crate) model: Model,
    named: HashMap<(bool, QName), TypeId>,
    /// How far each type is resolved.
    state: Vec<State>,
    /// Whether each type is reached for its content (a complex type that is
    /// only the base of a restriction needs its attributes, not its content).
    wanted: Vec<bool>,
    /// Where the named types come from (complex or simple).
    sources: HashMap<TypeId, (ComponentRef, bool)>,
    /// The named types being resolved, outermost first (for error messages).
    trail: Vec<TypeId>,
    /// The named type whose resolution first referred to each named type.
    parents: HashMap<TypeId, TypeId>,
    pub(crate) errors: Vec<ResolveError>,
}

impl<'s> Resolver<'s> {
    pub(crate) fn error(&mut self, node: &Node, message: impl Into<String>) {
        let mut message = message.into();
        let mut chain = Vec::new();
        let mut at = self.trail.last().copied();
        while let Some(id) = at {
            if chain.len() > 12 || chain.contains(&id) {
                break;
            }
            chain.push(id);
            at = self.parents.get(&id).copied();
        }
        if !chain.is_empty() {
            let names: Vec<String> = chain
                .iter()
                .rev()
                .map(|&id| self.model.types[id].info().name.display())
                .collect();
            message.push_str(&format!(" (reached through {})", names.join(" > ")));
        }
        self.errors.push(ResolveError {
            location: Some(node.location.clone()),
            message,
        });
    }

    /// Resolves a QName-valued attribute of `node`.
    pub(crate) fn qname(&mut self, node: &Node, attr: &str) -> Option<QName> {
        let value = node.attr(attr)?;
        match node.resolve_qname(value) {
            Ok((ns, local)) => Some(QName::new(ns, local)),
            Err(message) => {
                self.error(node, message);
                None
            }
        }
    }

    fn find(&mut self, kind: Kind, name: &QName, from: &Node) -> Option<ComponentRef> {
        let found = self.set.find(kind, name);
        if found.is_none() {
            let mut message = format!("{} `{name}` is not defined", kind.xsd_name());
            if !self.set.unreadable.is_empty() {
                message.push_str(&format!(
                    " ({} referenced schema document(s) could not be read, first: {})",
                    self.set.unreadable.len(),
                    self.set.unreadable[0]
                ));
            }
            self.error(from, message);
        }
        found
    }

    pub(crate) fn push_type(&mut self, def: TypeDef) -> TypeId {
        self.model.types.push(def);
        self.state.push(State::InProgress);
        self.wanted.push(true);
        self.model.types.len() - 1
    }

    pub(crate) fn finish_type(&mut self, id: TypeId, def: TypeDef) {
        self.model.types[id] = def;
        self.state[id] = State::Done;
    }

    /// The type named by a `type`/`base` reference, simple or complex.
    pub(crate) fn type_ref(&mut self, name: &QName, from: &Node) -> Option<TypeId> {
        self.type_ref_with(name, from, true)
    }

    /// Like [`Self::type_ref`]; `want` says whether the content is reached.
    pub(crate) fn type_ref_with(
        &mut self,
        name: &QName,
        from: &Node,
        want: bool,
    ) -> Option<TypeId> {
        let id = self.lookup_type(name, from)?;
        if want {
            self.wanted[id] = true;
        }
        Some(id)
    }

    fn lookup_type(&mut self, name: &QName, from: &Node) -> Option<TypeId> {
        if name.ns == XS {
            return Some(self.builtin(&name.local, from));
        }
        if let Some(&id) = self
            .named
            .get(&(true, name.clone()))
            .or_else(|| self.named.get(&(false, name.clone())))
        {
            return Some(id);
        }
        if let Some(at) = self.set.find(Kind::ComplexType, name) {
            return Some(self.named_complex(name.clone(), at));
        }
        let at = self.find(Kind::SimpleType, name, from)?;
        Some(self.named_simple(name.clone(), at))
    }

    /// A built-in type, such as `string` or `decimal`.
    pub(crate) fn builtin(&mut self, local: &str, from: &Node) -> TypeId {
        let key = (false, QName::new(XS, local));
        if let Some(&id) = self.named.get(&key) {
            return id;
        }
        if local == "anyType" {
            self.error(from, "xs:anyType content is not supported");
        }
        let id = self.push_type(TypeDef::Simple(SimpleType {
            info: TypeInfo {
                name: TypeName::Builtin(local.to_string()),
                doc: None,
                location: None,
            },
            builtin: local.to_string(),
            ..SimpleType::default()
        }));
        self.state[id] = State::Done;
        self.named.insert(key, id);
        id
    }

    fn named_simple(&mut self, name: QName, at: ComponentRef) -> TypeId {
        self.named_pending(name, at, false)
    }

    fn named_complex(&mut self, name: QName, at: ComponentRef) -> TypeId {
        self.named_pending(name, at, true)
    }

    fn named_pending(&mut self, name: QName, at: ComponentRef, complex: bool) -> TypeId {
        let id = self.push_type(TypeDef::Simple(SimpleType::default()));
        self.state[id] = State::Pending;
        self.wanted[id] = false;
        self.named.insert((complex, name), id);
        self.sources.insert(id, (at, complex));
        if let Some(&parent) = self.trail.last() {
            self.parents.insert(id, parent);
        }
        id
    }

    /// Resolves a pending named type now.
    fn ensure_resolved(&mut self, id: TypeId, full: bool) {
        match self.state[id] {
            State::Pending => {}
            State::Header if full => {}
            _ => return,
        }
        let Some(&(at, complex)) = self.sources.get(&id) else {
            return;
        };
        self.state[id] = State::InProgress;
        let node = self.set.node(at);
        let name = QName::new(
            self.set.docs[at.doc].target_ns.clone(),
            node.attr("name").unwrap_or_default(),
        );
        self.model.types[id] = TypeDef::Simple(SimpleType {
            info: TypeInfo {
                name: TypeName::Named(name.clone()),
                doc: None,
                location: None,
            },
            ..SimpleType::default()
        });
        self.trail.push(id);
        let info = TypeInfo {
            name: TypeName::Named(name),
            doc: node.documentation(),
            location: Some(node.location.clone()),
        };
        let def = if complex {
            TypeDef::Complex(self.complex_type(at.doc, node, info, full))
        } else {
            TypeDef::Simple(self.simple_type(at.doc, node, info))
        };
        self.trail.pop();
        self.finish_type(id, def);
        if complex && !full {
            self.state[id] = State::Header;
        }
    }

    /// An anonymous simple type declared inline.
    pub(crate) fn anonymous_simple(&mut self, doc: usize, node: &Node, context: &str) -> TypeId {
        let id = self.push_type(TypeDef::Simple(SimpleType::default()));
        let info = self.anonymous_info(doc, node, context);
        let def = self.simple_type(doc, node, info);
        self.finish_type(id, TypeDef::Simple(def));
        id
    }

    fn anonymous_info(&self, doc: usize, node: &Node, context: &str) -> TypeInfo {
        TypeInfo {
            name: TypeName::Anonymous {
                ns: self.set.docs[doc].target_ns.clone(),
                context: context.to_string(),
            },
            doc: node.documentation(),
            location: Some(node.location.clone()),
        }
    }

    /// The simple type of an `xs:simpleType` node.
    fn simple_type(&mut self, doc: usize, node: &Node, info: TypeInfo) -> SimpleType {
        let context = context_name(&info);
        if let Some(restriction) = node.xs_child("restriction") {
            let base = match self.qname(restriction, "base") {
                Some(base) => self.type_ref(&base, restriction),
                None => restriction
                    .xs_child("simpleType")
                    .map(|inline| self.anonymous_simple(doc, inline, &format!("{context}/base"))),
            };
            if let Some(b) = base {
                self.ensure_resolved(b, true);
            }
            let mut out = match base.and_then(|b| self.model.simple(b).cloned().map(|s| (b, s))) {
                Some((base_id, base)) => SimpleType {
                    base: (!matches!(base.info.name, TypeName::Builtin(_))).then_some(base_id),
                    ..base
                },
                None => {
                    self.error(
                        restriction,
                        "the base of a simple type restriction must be a simple type",
                    );
                    SimpleType::default()
                }
            };
            out.info = info;
            apply_facets(self, restriction, &mut out);
            return out;
        }
        let what = if node.xs_child("list").is_some() {
            "xs:list"
        } else if node.xs_child("union").is_some() {
            "xs:union"
        } else {
            "this simple type"
        };
        self.error(
            node,
            format!("{what} is not supported where a message reaches it"),
        );
        SimpleType {
            info,
            builtin: "string".into(),
            ..SimpleType::default()
        }
    }

    /// Resolves an element declaration (global or local) at the place it is
    /// used; `context` names the place for anonymous types.
    pub(crate) fn element_decl(
        &mut self,
        doc: usize,
        node: &Node,
        context: String,
        is_global: bool,
    ) -> Option<ElementDecl> {
        if let Some(reference) = self.qname(node, "ref") {
            let at = self.find(Kind::Element, &reference, node)?;
            let global = self.set.node(at);
            let mut decl = self.element_decl(at.doc, global, reference.local.clone(), true)?;
            if decl.doc.is_none() {
                decl.doc = node.documentation();
            }
            return Some(decl);
        }
        let Some(local) = node.attr("name") else {
            self.error(node, "element without name or ref");
            return None;
        };
        let schema = &self.set.docs[doc];
        let qualified = is_global
            || match node.attr("form") {
                Some(form) => form == "qualified",
                None => schema.elements_qualified,
            };
        let ns = if qualified {
            schema.target_ns.clone()
        } else {
            String::new()
        };
        let ty = if let Some(type_name) = self.qname(node, "type") {
            self.type_ref(&type_name, node)?
        } else if let Some(inline) = node.xs_child("complexType") {
            let id = self.push_type(TypeDef::Simple(SimpleType::default()));
            let info = self.anonymous_info(doc, inline, &context);
            let def = self.complex_type(doc, inline, info, true);
            self.finish_type(id, TypeDef::Complex(def));
            id
        } else if let Some(inline) = node.xs_child("simpleType") {
            self.anonymous_simple(doc, inline, &context)
        } else {
            self.builtin("anyType", node)
        };
        Some(ElementDecl {
            name: QName::new(ns, local),
            ty,
            nillable: node.attr("nillable").map(str::trim) == Some("true"),
            fixed: node.attr("fixed").map(str::to_string),
            default: node.attr("default").map(str::to_string),
            doc: node.documentation(),
            location: node.location.clone(),
        })
    }

    /// Follows an `xs:group ref` or `xs:attributeGroup ref`.
    pub(crate) fn group_node(&mut self, kind: Kind, node: &Node) -> Option<(usize, &'s Node)> {
        let name = self.qname(node, "ref")?;
        let at = self.find(kind, &name, node)?;
        Some((at.doc, self.set.node(at)))
    }

    /// A complex type that must be completely resolved (a derivation base).
    /// A derivation base, resolved with its content when `full`.
    pub(crate) fn resolved_base(&mut self, id: TypeId, from: &Node, full: bool) -> Option<TypeDef> {
        self.ensure_resolved(id, full);
        let ready = match self.state[id] {
            State::Done => true,
            State::Header => !full,
            _ => false,
        };
        if !ready {
            self.error(from, "circular type derivation");
            return None;
        }
        Some(self.model.types[id].clone())
    }
}

/// A readable context for anonymous types declared inside `info`'s type.
pub(crate) fn context_name(info: &TypeInfo) -> String {
    match &info.name {
        TypeName::Named(q) => q.local.clone(),
        TypeName::Anonymous { context, .. } => context.clone(),
        TypeName::Builtin(b) => b.clone(),
    }
}
