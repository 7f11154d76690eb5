//! Nillable elements: absent, nil with attributes, or a value.

use std::borrow::Cow;

use crate::decl::ElementDecl;
use crate::error::ReadResult;
use crate::reader::{Reader, Tag};
use crate::value::{ElementValue, NilAttributes, Nillable as NillableType};
use crate::writer::Writer;

/// The value of an element the schema declares `nillable="true"`: either a
/// value, or `xsi:nil="true"` with the attributes of the type (for StUF,
/// typically `StUF:noValue` and, on relations, `StUF:entiteittype`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Nillable<T: NillableType> {
    /// The element has a value.
    Value(T),
    /// `xsi:nil="true"` with the attributes it carried.
    Nil(T::Nil),
}

impl<T: NillableType> Nillable<T> {
    /// The value, unless nil.
    pub fn value(&self) -> Option<&T> {
        match self {
            Nillable::Value(v) => Some(v),
            Nillable::Nil(_) => None,
        }
    }

    /// Whether the element is nil.
    pub fn is_nil(&self) -> bool {
        matches!(self, Nillable::Nil(_))
    }
}

/// A nillable element defaults to the default value of its type.
impl<T: NillableType + Default> Default for Nillable<T> {
    fn default() -> Self {
        Nillable::Value(T::default())
    }
}

impl<'a, T: NillableType + From<&'a str>> From<&'a str> for Nillable<T> {
    fn from(value: &'a str) -> Self {
        Nillable::Value(T::from(value))
    }
}

impl<T: NillableType> From<T> for Nillable<T> {
    fn from(value: T) -> Self {
        Nillable::Value(value)
    }
}

impl<T: NillableType> ElementValue for Nillable<T> {
    fn read(r: &mut Reader<'_>, tag: Tag) -> ReadResult<Self> {
        T::read(r, tag).map(Nillable::Value)
    }

    fn read_nil(r: &mut Reader<'_>, mut tag: Tag) -> ReadResult<Self> {
        let attributes = T::Nil::read(r, &mut tag);
        r.nil_content(tag)?;
        attributes.map(Nillable::Nil)
    }

    fn write(&self, w: &mut Writer, decl: &ElementDecl) {
        match self {
            Nillable::Value(v) => v.write(w, decl),
            Nillable::Nil(attributes) => {
                w.start(decl);
                w.nil();
                attributes.write(w);
                w.end();
            }
        }
    }

    fn text(&self) -> Option<Cow<'_, str>> {
        self.value().and_then(ElementValue::text)
    }
}

/// The attributes of a nil element whose type declares none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct NoAttributes;

impl NilAttributes for NoAttributes {
    fn read(r: &mut Reader<'_>, tag: &mut Tag) -> ReadResult<Self> {
        r.no_attributes(tag);
        Ok(NoAttributes)
    }

    fn write(&self, _: &mut Writer) {}
}
