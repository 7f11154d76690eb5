//! Which generated types implement `Default`, decided over the whole type
//! graph: an enumeration with two or more values has no default (its first
//! value would be a silent, schema-valid guess), and neither has any type
//! whose required content needs such a value. Every other type keeps its
//! default (optional fields `None`, vectors empty, a one-value enumeration
//! its only value, a choice its first branch); a type without one gets a
//! constructor `new` taking exactly the fields that have none.

use std::collections::HashSet;

use crate::emit::plan::{ContentPlan, NamedField, NamedKind, Plan, RustType, StructPlan, TypeKey};
use crate::emit::shape::Occurs;
use crate::model::AttributeUse;

/// Runtime types used in place of schema types that have no `Default`.
const EXTERN_WITHOUT_DEFAULT: &[&str] = &["rt::NoValue"];

impl Plan {
    /// Computes [`Plan::without_default`] as a fixed point: starting from the
    /// enumerations with two or more values, a struct or group loses its
    /// default when one of its fields has none, until nothing changes.
    /// Recursive types are settled by the same iteration (a type that only
    /// reaches itself keeps its default).
    pub(crate) fn settle_defaults(&mut self) {
        let mut without: HashSet<TypeKey> = HashSet::new();
        for (module, simples) in &self.simples {
            for simple in simples {
                if simple.variants.as_ref().is_some_and(|v| v.len() >= 2) {
                    without.insert((module.clone(), simple.name.clone()));
                }
            }
        }
        loop {
            let mut lost = Vec::new();
            for (module, structs) in &self.structs {
                for s in structs {
                    let key = (module.clone(), s.name.clone());
                    if !without.contains(&key) && !self.struct_defaults(module, s, &without) {
                        lost.push(key);
                    }
                }
            }
            for (module, groups) in &self.groups {
                for g in groups {
                    let key = (module.clone(), g.name.clone());
                    let defaults = if g.is_choice {
                        g.parts
                            .first()
                            .is_some_and(|first| self.field_defaults(module, first, &without))
                    } else {
                        g.parts
                            .iter()
                            .all(|f| self.field_defaults(module, f, &without))
                    };
                    if !without.contains(&key) && !defaults {
                        lost.push(key);
                    }
                }
            }
            if lost.is_empty() {
                break;
            }
            without.extend(lost);
        }
        self.without_default = without;
    }

    /// Whether a generated type of this module and name implements `Default`.
    pub fn has_default(&self, module: &str, name: &str) -> bool {
        !self
            .without_default
            .contains(&(module.to_string(), name.to_string()))
    }

    /// Whether values of a planned type have a default.
    pub fn type_has_default(&self, ty: &RustType) -> bool {
        type_defaults(ty, &self.without_default)
    }

    /// Whether a field of a struct or group in `module` has a default.
    pub fn field_has_default(&self, module: &str, field: &NamedField) -> bool {
        self.field_defaults(module, field, &self.without_default)
    }

    /// Whether an attribute field has a default.
    pub fn attribute_has_default(&self, attr: &AttributeUse) -> bool {
        self.attribute_defaults(attr, &self.without_default)
    }

    /// Whether every attribute of a struct has a default (its nil form).
    pub fn attributes_have_default(&self, plan: &StructPlan) -> bool {
        plan.attributes
            .iter()
            .all(|(_, a)| self.attribute_has_default(a))
    }

    fn struct_defaults(&self, module: &str, s: &StructPlan, without: &HashSet<TypeKey>) -> bool {
        let attributes = s
            .attributes
            .iter()
            .all(|(_, a)| self.attribute_defaults(a, without));
        attributes
            && match &s.content {
                ContentPlan::Empty => true,
                ContentPlan::Simple(id) => type_defaults(&self.types[id], without),
                ContentPlan::Fields(fields) => fields
                    .iter()
                    .all(|f| self.field_defaults(module, f, without)),
            }
    }

    /// A fixed attribute is no field (required) or a `Presence` (optional),
    /// an optional one an `Option`; a required one defaults with its type.
    fn attribute_defaults(&self, attr: &AttributeUse, without: &HashSet<TypeKey>) -> bool {
        attr.fixed.is_some() || !attr.required || type_defaults(&self.types[&attr.ty], without)
    }

    /// `Option` and `Vec` fields default to `None` and empty; a field that
    /// occurs once defaults with its type (a `Nillable<T>` or `Box<T>` with
    /// `T`).
    fn field_defaults(&self, module: &str, field: &NamedField, without: &HashSet<TypeKey>) -> bool {
        if field.occurs != Occurs::One {
            return true;
        }
        match &field.kind {
            NamedKind::Element(decl) => type_defaults(&self.types[&decl.ty], without),
            NamedKind::Group(key) => !without.contains(&(module.to_string(), key.clone())),
        }
    }
}

fn type_defaults(ty: &RustType, without: &HashSet<TypeKey>) -> bool {
    match ty {
        RustType::String | RustType::Runtime(_) => true,
        RustType::Extern(path) => !EXTERN_WITHOUT_DEFAULT.contains(&path.as_str()),
        RustType::Generated(module, name) => !without.contains(&(module.clone(), name.clone())),
    }
}
