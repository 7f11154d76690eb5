//! Complex types: derivation by extension and restriction, particles and
//! attribute uses.

use crate::loader::{Kind, QName};
use crate::model::*;
use crate::resolve::{context_name, Resolver};
use crate::resolve_simple::apply_facets;
use crate::xml_doc::{Node, XS};

impl<'s> Resolver<'s> {
    /// The complex type of an `xs:complexType` node.
    /// With `full` false only attributes and derivation are resolved (for a
    /// type that is only the base of a restriction).
    pub(crate) fn complex_type(
        &mut self,
        doc: usize,
        node: &Node,
        info: TypeInfo,
        full: bool,
    ) -> ComplexType {
        let context = context_name(&info);
        if node.attr("mixed").map(str::trim) == Some("true") {
            self.error(
                node,
                "mixed content is not supported where a message reaches it",
            );
        }
        let mut out = ComplexType {
            info,
            base: None,
            attributes: Vec::new(),
            content: Content::Empty,
        };
        if let Some(simple) = node.xs_child("simpleContent") {
            self.simple_content(doc, simple, &context, &mut out);
        } else if let Some(complex) = node.xs_child("complexContent") {
            if complex.attr("mixed").map(str::trim) == Some("true") {
                self.error(
                    complex,
                    "mixed content is not supported where a message reaches it",
                );
            }
            self.complex_content(doc, complex, &context, &mut out, full);
        } else {
            if let Some(particle) = full
                .then(|| self.own_particle(doc, node, &context))
                .flatten()
            {
                out.content = Content::Elements(particle);
            }
            self.attribute_uses(doc, node, &context, &mut out.attributes);
        }
        out
    }

    fn derivation<'n>(&mut self, node: &'n Node) -> Option<(Derivation, &'n Node)> {
        if let Some(ext) = node.xs_child("extension") {
            Some((Derivation::Extension, ext))
        } else if let Some(res) = node.xs_child("restriction") {
            Some((Derivation::Restriction, res))
        } else {
            self.error(node, "expected xs:extension or xs:restriction");
            None
        }
    }

    fn base_of(&mut self, derivation: &Node) -> Option<(QName, TypeId)> {
        let name = self.qname(derivation, "base")?;
        let id = self.type_ref(&name, derivation)?;
        Some((name, id))
    }

    fn simple_content(&mut self, doc: usize, node: &Node, context: &str, out: &mut ComplexType) {
        let Some((how, derivation)) = self.derivation(node) else {
            return;
        };
        let Some((_, base_id)) = self.base_of(derivation) else {
            return;
        };
        out.base = Some((how, base_id));
        let Some(base) = self.resolved_base(base_id, derivation, true) else {
            return;
        };
        let base_content = match &base {
            TypeDef::Simple(_) => base_id,
            TypeDef::Complex(ComplexType {
                content: Content::Simple(s),
                attributes,
                ..
            }) => {
                out.attributes = attributes.clone();
                *s
            }
            TypeDef::Complex(_) => {
                self.error(
                    derivation,
                    "simpleContent must derive from a type with simple content",
                );
                return;
            }
        };
        out.content = Content::Simple(base_content);
        if how == Derivation::Restriction {
            let has_facets = derivation.xs_children().any(|c| {
                !matches!(
                    c.local.as_str(),
                    "attribute" | "attributeGroup" | "anyAttribute" | "annotation"
                )
            });
            if has_facets {
                let mut restricted = match derivation.xs_child("simpleType") {
                    Some(inline) => {
                        let id = self.anonymous_simple(doc, inline, &format!("{context}/value"));
                        self.model.simple(id).cloned().unwrap_or_default()
                    }
                    None => self.model.simple(base_content).cloned().unwrap_or_default(),
                };
                restricted.base = Some(base_content);
                restricted.info = TypeInfo {
                    name: TypeName::Anonymous {
                        ns: self.set.docs[doc].target_ns.clone(),
                        context: format!("{context}/value"),
                    },
                    doc: None,
                    location: Some(derivation.location.clone()),
                };
                apply_facets(self, derivation, &mut restricted);
                let id = self.push_type(TypeDef::Simple(restricted.clone()));
                self.finish_type(id, TypeDef::Simple(restricted));
                out.content = Content::Simple(id);
            }
        }
        self.attribute_uses(doc, derivation, context, &mut out.attributes);
    }

    fn complex_content(
        &mut self,
        doc: usize,
        node: &Node,
        context: &str,
        out: &mut ComplexType,
        full: bool,
    ) {
        let Some((how, derivation)) = self.derivation(node) else {
            return;
        };
        let Some(base_name) = self.qname(derivation, "base") else {
            return;
        };
        let own = full
            .then(|| self.own_particle(doc, derivation, context))
            .flatten();
        if base_name == QName::new(XS, "anyType") {
            out.content = own.map_or(Content::Empty, Content::Elements);
            self.attribute_uses(doc, derivation, context, &mut out.attributes);
            return;
        }
        let base_full = full && how == Derivation::Extension;
        let Some(base_id) = self.type_ref_with(&base_name, derivation, base_full) else {
            return;
        };
        out.base = Some((how, base_id));
        let Some(TypeDef::Complex(base)) = self.resolved_base(base_id, derivation, base_full)
        else {
            self.error(
                derivation,
                format!("complexContent base `{base_name}` is not a complex type"),
            );
            return;
        };
        out.attributes = base.attributes.clone();
        out.content = match (how, base.content, own) {
            (Derivation::Restriction, _, own) => own.map_or(Content::Empty, Content::Elements),
            (Derivation::Extension, Content::Empty, own) => {
                own.map_or(Content::Empty, Content::Elements)
            }
            (Derivation::Extension, Content::Elements(base), None) => Content::Elements(base),
            (Derivation::Extension, Content::Elements(base), Some(own)) => {
                Content::Elements(Particle {
                    min: 1,
                    max: Some(1),
                    term: Term::Sequence(vec![base, own]),
                })
            }
            (Derivation::Extension, Content::Simple(_), _) => {
                self.error(
                    derivation,
                    "complexContent cannot extend a type with simple content",
                );
                Content::Empty
            }
        };
        self.attribute_uses(doc, derivation, context, &mut out.attributes);
    }

    /// The model group child (`xs:sequence`, `xs:choice`, `xs:group`) of a node.
    fn own_particle(&mut self, doc: usize, node: &Node, context: &str) -> Option<Particle> {
        let group = node
            .xs_children()
            .find(|c| matches!(c.local.as_str(), "sequence" | "choice" | "all" | "group"))?;
        self.particle(doc, group, context)
    }

    fn particle(&mut self, doc: usize, node: &Node, context: &str) -> Option<Particle> {
        let min = match node.attr("minOccurs").map(str::trim) {
            None => 1,
            Some(v) => v.parse().unwrap_or_else(|_| {
                self.error(node, format!("bad minOccurs `{v}`"));
                1
            }),
        };
        let max = match node.attr("maxOccurs").map(str::trim) {
            None => Some(1),
            Some("unbounded") => None,
            Some(v) => Some(v.parse().unwrap_or_else(|_| {
                self.error(node, format!("bad maxOccurs `{v}`"));
                1
            })),
        };
        let term = match node.local.as_str() {
            "element" => {
                let name = node.attr("name").or(node.attr("ref")).unwrap_or("element");
                let local = name.rsplit(':').next().unwrap_or(name);
                Term::Element(self.element_decl(doc, node, format!("{context}/{local}"), false)?)
            }
            "sequence" | "choice" => {
                let children = node
                    .xs_children()
                    .filter(|c| {
                        matches!(
                            c.local.as_str(),
                            "element" | "sequence" | "choice" | "group" | "any" | "all"
                        )
                    })
                    .filter_map(|c| self.particle(doc, c, context))
                    .collect();
                if node.local == "sequence" {
                    Term::Sequence(children)
                } else {
                    Term::Choice(children)
                }
            }
            "group" => {
                let (group_doc, group) = self.group_node(Kind::Group, node)?;
                let inner = group
                    .xs_children()
                    .find(|c| matches!(c.local.as_str(), "sequence" | "choice" | "all"))?;
                let inner = self.particle(group_doc, inner, context)?;
                return Some(Particle { min, max, ..inner });
            }
            "any" => Term::Any(Wildcard {
                namespace: node.attr("namespace").unwrap_or("##any").to_string(),
                target_ns: self.set.docs[doc].target_ns.clone(),
                process_contents: node.attr("processContents").unwrap_or("strict").to_string(),
            }),
            other => {
                self.error(
                    node,
                    format!("xs:{other} is not supported where a message reaches it"),
                );
                return None;
            }
        };
        Some(Particle { min, max, term })
    }

    /// Adds the attribute uses declared directly in `node` (and its attribute
    /// groups) to `list`: a use with the same name replaces the inherited
    /// one, `use="prohibited"` removes it.
    fn attribute_uses(
        &mut self,
        doc: usize,
        node: &Node,
        context: &str,
        list: &mut Vec<AttributeUse>,
    ) {
        for child in node.xs_children() {
            match child.local.as_str() {
                "attribute" => {
                    let prohibited = child.attr("use").map(str::trim) == Some("prohibited");
                    let Some(attr) = self.attribute_use(doc, child, context) else {
                        continue;
                    };
                    list.retain(|a| a.name != attr.name);
                    if !prohibited {
                        list.push(attr);
                    }
                }
                "attributeGroup" => {
                    if let Some((group_doc, group)) = self.group_node(Kind::AttributeGroup, child) {
                        self.attribute_uses(group_doc, group, context, list);
                    }
                }
                "anyAttribute" => self.error(
                    child,
                    "xs:anyAttribute is not supported where a message reaches it",
                ),
                _ => {}
            }
        }
    }

    fn attribute_use(&mut self, doc: usize, node: &Node, context: &str) -> Option<AttributeUse> {
        let required = node.attr("use").map(str::trim) == Some("required");
        if let Some(reference) = self.qname(node, "ref") {
            let Some(at) = self.set.find(Kind::Attribute, &reference) else {
                self.error(node, format!("attribute `{reference}` is not defined"));
                return None;
            };
            let global = self.set.node(at);
            let ty = self.attribute_type(at.doc, global, &reference.local)?;
            return Some(AttributeUse {
                name: reference,
                ty,
                required,
                fixed: node
                    .attr("fixed")
                    .or(global.attr("fixed"))
                    .map(str::to_string),
                default: node
                    .attr("default")
                    .or(global.attr("default"))
                    .map(str::to_string),
                doc: node.documentation().or_else(|| global.documentation()),
            });
        }
        let local = node.attr("name")?;
        let schema = &self.set.docs[doc];
        let qualified = match node.attr("form") {
            Some(form) => form == "qualified",
            None => schema.attributes_qualified,
        };
        let ns = if qualified {
            schema.target_ns.clone()
        } else {
            String::new()
        };
        let ty = self.attribute_type(doc, node, &format!("{context}/@{local}"))?;
        Some(AttributeUse {
            name: QName::new(ns, local),
            ty,
            required,
            fixed: node.attr("fixed").map(str::to_string),
            default: node.attr("default").map(str::to_string),
            doc: node.documentation(),
        })
    }

    fn attribute_type(&mut self, doc: usize, node: &Node, context: &str) -> Option<TypeId> {
        let id = if let Some(name) = self.qname(node, "type") {
            self.type_ref(&name, node)?
        } else if let Some(inline) = node.xs_child("simpleType") {
            self.anonymous_simple(doc, inline, context)
        } else {
            self.builtin("anySimpleType", node)
        };
        if self.model.complex(id).is_some() {
            self.error(node, "an attribute must have a simple type");
            return None;
        }
        Some(id)
    }
}
