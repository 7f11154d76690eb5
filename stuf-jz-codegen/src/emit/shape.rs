//! Content models to Rust shapes: normalizes particles (pointless groups
//! removed, single-particle groups folded when that is exact) and decides
//! which parts become fields, choice enums and group structs.

use crate::loader::QName;
use crate::model::{ElementDecl, Particle, Term};

/// How often a field occurs, as a Rust container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occurs {
    /// Exactly once: `T`.
    One,
    /// At most once: `Option<T>`.
    Optional,
    /// Any other range: `Vec<T>`.
    Many {
        /// `minOccurs`.
        min: u32,
        /// `maxOccurs` (`u32::MAX` for unbounded).
        max: u32,
    },
}

impl Occurs {
    /// The container for a particle's bounds.
    pub fn of(min: u32, max: Option<u32>) -> Occurs {
        match (min, max) {
            (1, Some(1)) => Occurs::One,
            (0, Some(1)) => Occurs::Optional,
            (min, max) => Occurs::Many {
                min,
                max: max.unwrap_or(u32::MAX),
            },
        }
    }
}

/// A field of a struct (or the payload of a choice variant).
#[derive(Debug, Clone)]
pub struct FieldShape {
    /// Occurrence.
    pub occurs: Occurs,
    /// What the field holds.
    pub kind: FieldKind,
}

/// What a field holds.
#[derive(Debug, Clone)]
pub enum FieldKind {
    /// One element declaration.
    Element(ElementDecl),
    /// A choice: becomes an enum.
    Choice(Vec<FieldShape>),
    /// A sequence that occurs other than exactly once: becomes a struct.
    Sequence(Vec<FieldShape>),
}

impl FieldShape {
    /// Whether the field may match no element at all.
    pub fn emptiable(&self) -> bool {
        match self.occurs {
            Occurs::Optional => true,
            Occurs::Many { min: 0, .. } => true,
            _ => self.kind_emptiable(),
        }
    }

    /// Whether one occurrence of the field's content may be empty.
    pub fn kind_emptiable(&self) -> bool {
        match &self.kind {
            FieldKind::Element(_) => false,
            FieldKind::Choice(branches) => branches.iter().any(FieldShape::emptiable),
            FieldKind::Sequence(fields) => fields.iter().all(FieldShape::emptiable),
        }
    }

    /// The element names that can start this field.
    pub fn first(&self, out: &mut Vec<QName>) {
        match &self.kind {
            FieldKind::Element(decl) => {
                if !out.contains(&decl.name) {
                    out.push(decl.name.clone());
                }
            }
            FieldKind::Choice(branches) => branches.iter().for_each(|b| b.first(out)),
            FieldKind::Sequence(fields) => sequence_first(fields, out),
        }
    }
}

/// The element names that can start a sequence of fields.
pub fn sequence_first(fields: &[FieldShape], out: &mut Vec<QName>) {
    for field in fields {
        field.first(out);
        if !field.emptiable() {
            break;
        }
    }
}

/// An `xs:any` was found where a message reaches it.
#[derive(Debug, Clone)]
pub struct WildcardReached;

/// The fields of a complex type's content particle.
pub fn content_fields(particle: &Particle) -> Result<Vec<FieldShape>, WildcardReached> {
    let Some(field) = shape(particle)? else {
        return Ok(Vec::new());
    };
    Ok(match field {
        FieldShape {
            occurs: Occurs::One,
            kind: FieldKind::Sequence(fields),
        } => fields,
        other => vec![other],
    })
}

/// Shapes one particle; `None` for an empty group.
fn shape(particle: &Particle) -> Result<Option<FieldShape>, WildcardReached> {
    let (min, max) = (particle.min, particle.max);
    if max == Some(0) {
        return Ok(None);
    }
    match &particle.term {
        Term::Element(decl) => Ok(Some(FieldShape {
            occurs: Occurs::of(min, max),
            kind: FieldKind::Element(decl.clone()),
        })),
        Term::Any(_) => Err(WildcardReached),
        Term::Sequence(children) | Term::Choice(children) => {
            let is_choice = matches!(particle.term, Term::Choice(_));
            let mut parts = Vec::new();
            for child in children {
                let Some(part) = shape(child)? else { continue };
                // A nested group of the same kind that occurs exactly once is
                // spliced into its parent.
                match part {
                    FieldShape {
                        occurs: Occurs::One,
                        kind: FieldKind::Sequence(inner),
                    } if !is_choice => parts.extend(inner),
                    FieldShape {
                        occurs: Occurs::One,
                        kind: FieldKind::Choice(inner),
                    } if is_choice => parts.extend(inner),
                    other => parts.push(other),
                }
            }
            if parts.is_empty() {
                return Ok(None);
            }
            if parts.len() == 1 {
                if let Some(folded) = fold(min, max, &parts[0]) {
                    return Ok(Some(folded));
                }
            }
            // A choice of one branch is that branch: no one-variant enum.
            let kind = if is_choice && parts.len() > 1 {
                FieldKind::Choice(parts)
            } else {
                FieldKind::Sequence(parts)
            };
            Ok(Some(FieldShape {
                occurs: Occurs::of(min, max),
                kind,
            }))
        }
    }
}

/// Folds a group with one particle into that particle when the combined
/// occurrence range is exact: `(x{c1,c2}){a,b}` is `x{a*c1,b*c2}` only when
/// no count in between is impossible.
fn fold(a: u32, b: Option<u32>, inner: &FieldShape) -> Option<FieldShape> {
    let (c1, c2) = match inner.occurs {
        Occurs::One => (1, Some(1)),
        Occurs::Optional => (0, Some(1)),
        Occurs::Many { min, max } => (min, (max != u32::MAX).then_some(max)),
    };
    if (a, b) == (1, Some(1)) {
        return Some(inner.clone());
    }
    if !contiguous(a, b, c1, c2) {
        return None;
    }
    let min = a.checked_mul(c1)?;
    let max = match (b, c2) {
        (Some(0), _) | (_, Some(0)) => Some(0),
        (Some(b), Some(c2)) => Some(b.checked_mul(c2)?),
        _ => None,
    };
    Some(FieldShape {
        occurs: Occurs::of(min, max),
        kind: inner.kind.clone(),
    })
}

/// Whether the counts `k*c1..=k*c2` for `k` in `a..=b` leave no gap.
fn contiguous(a: u32, b: Option<u32>, c1: u32, c2: Option<u32>) -> bool {
    if b == Some(a) {
        return true;
    }
    let Some(c2) = c2 else {
        return a >= 1 || c1 <= 1;
    };
    if c1 == c2 {
        return c1 <= 1;
    }
    let last = b.unwrap_or(u32::MAX).min(a.saturating_add(64));
    (a..last).all(|k| u64::from(k + 1) * u64::from(c1) <= u64::from(k) * u64::from(c2) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_is_exact_only() {
        assert!(contiguous(0, Some(1), 0, Some(1)));
        assert!(contiguous(0, None, 1, Some(1)));
        assert!(contiguous(1, Some(2), 0, Some(3)));
        assert!(!contiguous(1, Some(2), 2, Some(2)));
        assert!(!contiguous(0, Some(1), 2, Some(3)));
        assert!(contiguous(2, Some(2), 2, Some(3)));
    }
}
