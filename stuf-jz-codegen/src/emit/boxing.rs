//! Finds fields that make a type contain itself by value and boxes them
//! (a `Vec` is already indirect; `T` and `Option<T>` are not).

use std::collections::{HashMap, HashSet};

use crate::emit::plan::{NamedField, NamedKind, Plan, RustType};
use crate::emit::shape::Occurs;
use crate::model::Model;

type Node = (String, String);

/// Sets `boxed` on every by-value element field that lies on a cycle.
pub fn box_recursive_fields(plan: &mut Plan, model: &Model) {
    let mut edges: HashMap<Node, Vec<Node>> = HashMap::new();
    let target = |plan: &Plan, module: &str, field: &NamedField| -> Option<Node> {
        if matches!(field.occurs, Occurs::Many { .. }) {
            return None;
        }
        match &field.kind {
            NamedKind::Element(decl) => match plan.types.get(&decl.ty) {
                Some(RustType::Generated(m, n)) if model.complex(decl.ty).is_some() => {
                    Some((m.clone(), n.clone()))
                }
                _ => None,
            },
            NamedKind::Group(name) => Some((module.to_string(), name.clone())),
        }
    };
    for (module, structs) in &plan.structs {
        for s in structs {
            if let crate::emit::plan::ContentPlan::Fields(fields) = &s.content {
                let from = (module.clone(), s.name.clone());
                edges
                    .entry(from)
                    .or_default()
                    .extend(fields.iter().filter_map(|f| target(plan, module, f)));
            }
        }
    }
    for (module, groups) in &plan.groups {
        for g in groups {
            let from = (module.clone(), g.name.clone());
            edges
                .entry(from)
                .or_default()
                .extend(g.parts.iter().filter_map(|f| target(plan, module, f)));
        }
    }
    let reaches = |from: &Node, to: &Node| -> bool {
        let mut seen = HashSet::new();
        let mut stack = vec![from.clone()];
        while let Some(node) = stack.pop() {
            if &node == to {
                return true;
            }
            if seen.insert(node.clone()) {
                stack.extend(edges.get(&node).into_iter().flatten().cloned());
            }
        }
        false
    };
    let mut to_box: HashSet<(Node, String)> = HashSet::new();
    for (from, targets) in &edges {
        for to in targets {
            if reaches(to, from) {
                to_box.insert((from.clone(), to.1.clone()));
            }
        }
    }
    if to_box.is_empty() {
        return;
    }
    let types = plan.types.clone();
    let mark = |module: &str, owner: &str, fields: &mut Vec<NamedField>| {
        for field in fields.iter_mut() {
            if let (NamedKind::Element(decl), false) =
                (&field.kind, matches!(field.occurs, Occurs::Many { .. }))
            {
                if let Some(RustType::Generated(_, name)) = types.get(&decl.ty) {
                    if to_box.contains(&((module.to_string(), owner.to_string()), name.clone())) {
                        field.boxed = true;
                    }
                }
            }
        }
    };
    for (module, structs) in plan.structs.iter_mut() {
        for s in structs.iter_mut() {
            if let crate::emit::plan::ContentPlan::Fields(fields) = &mut s.content {
                mark(module, &s.name, fields);
            }
        }
    }
    for (module, groups) in plan.groups.iter_mut() {
        for g in groups.iter_mut() {
            mark(module, &g.name, &mut g.parts);
        }
    }
}
