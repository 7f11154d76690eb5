//! Nillable elements: absent, nil with attributes, or a value.

use std::borrow::Cow;

use crate::decl::ElementDecl;
use crate::error::ReadResult;
use crate::no_value::NoValue;
use crate::reader::{Reader, Tag};
use crate::value::{ElementValue, NilAttributes, Nillable as NillableType};
use crate::writer::Writer;

/// The value of an element the schema declares `nillable="true"`: either a
/// value, or `xsi:nil="true"` with the attributes of the type (for StUF,
/// typically `StUF:noValue` and, on relations, `StUF:entiteittype`).
///
/// An absent element is `None` around it (`Option<Nillable<T>>`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Nillable<T: NillableType> {
    /// The element has a value.
    Value(T),
    /// `xsi:nil="true"` with the attributes it carried.
    Nil(T::Nil),
}

impl<T: NillableType> Nillable<T> {
    /// A nil element with `StUF:noValue` `reason` and its other attributes
    /// at the values they must have (e.g. the fixed `StUF:entiteittype`):
    /// `Nillable::nil(NoValue::GeenWaarde)`.
    pub fn nil(reason: NoValue) -> Self {
        Nillable::Nil(T::Nil::with_reason(reason))
    }

    /// The value, unless nil.
    pub fn value(&self) -> Option<&T> {
        match self {
            Nillable::Value(v) => Some(v),
            Nillable::Nil(_) => None,
        }
    }

    /// The value to change, unless nil.
    pub fn value_mut(&mut self) -> Option<&mut T> {
        match self {
            Nillable::Value(v) => Some(v),
            Nillable::Nil(_) => None,
        }
    }

    /// The value, unless nil.
    pub fn into_option(self) -> Option<T> {
        match self {
            Nillable::Value(v) => Some(v),
            Nillable::Nil(_) => None,
        }
    }

    /// The value, or the attributes of the nil element.
    pub fn as_ref(&self) -> Result<&T, &T::Nil> {
        match self {
            Nillable::Value(v) => Ok(v),
            Nillable::Nil(attributes) => Err(attributes),
        }
    }

    /// The value, or the attributes of the nil element.
    pub fn into_result(self) -> Result<T, T::Nil> {
        match self {
            Nillable::Value(v) => Ok(v),
            Nillable::Nil(attributes) => Err(attributes),
        }
    }

    /// `f` of the value, or the attributes of the nil element.
    pub fn map<U, F: FnOnce(&T) -> U>(&self, f: F) -> Result<U, &T::Nil> {
        self.as_ref().map(f)
    }

    /// Whether the element is nil.
    pub fn is_nil(&self) -> bool {
        matches!(self, Nillable::Nil(_))
    }

    /// The attributes of the nil element, if nil.
    pub fn nil_attributes(&self) -> Option<&T::Nil> {
        self.as_ref().err()
    }

    /// Why the element is nil: its `StUF:noValue`, if nil and set.
    pub fn nil_reason(&self) -> Option<NoValue> {
        self.nil_attributes().and_then(NilAttributes::reason)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::read_simple_element;
    use crate::SimpleValue;

    /// A nil form shaped like the generated ones: `StUF:noValue` and a
    /// fixed `StUF:entiteittype` that `with_reason` fills in.
    #[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
    struct PrsNil {
        no_value: Option<NoValue>,
        entiteittype: &'static str,
    }

    impl NilAttributes for PrsNil {
        fn read(r: &mut Reader<'_>, tag: &mut Tag) -> ReadResult<Self> {
            r.no_attributes(tag);
            Ok(PrsNil::default())
        }
        fn write(&self, _: &mut Writer) {}
        fn with_reason(reason: NoValue) -> Self {
            PrsNil {
                no_value: Some(reason),
                entiteittype: "PRS",
            }
        }
        fn reason(&self) -> Option<NoValue> {
            self.no_value
        }
    }

    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    struct Prs(String);

    impl ElementValue for Prs {
        fn read(r: &mut Reader<'_>, tag: Tag) -> ReadResult<Self> {
            read_simple_element::<String>(r, tag).map(Prs)
        }
        fn write(&self, _: &mut Writer, _: &ElementDecl) {}
    }

    impl NillableType for Prs {
        type Nil = PrsNil;
    }

    #[test]
    fn nil_fills_its_attributes() {
        let nil = Nillable::<Prs>::nil(NoValue::WaardeOnbekend);
        assert!(nil.is_nil());
        assert_eq!(nil.nil_reason(), Some(NoValue::WaardeOnbekend));
        assert_eq!(nil.nil_attributes().map(|a| a.entiteittype), Some("PRS"));
        assert_eq!(nil.value(), None);
        assert_eq!(
            nil.map(|p| p.0.len()),
            Err(&PrsNil::with_reason(NoValue::WaardeOnbekend))
        );
        assert_eq!(nil.clone().into_option(), None);
        assert!(nil.into_result().is_err());
    }

    #[test]
    fn value_accessors() {
        let mut value = Nillable::from(Prs("Jansen".into()));
        assert!(!value.is_nil());
        assert_eq!(value.nil_reason(), None);
        assert_eq!(value.as_ref(), Ok(&Prs("Jansen".into())));
        assert_eq!(value.map(|p| p.0.len()), Ok(6));
        if let Some(p) = value.value_mut() {
            p.0.push('s');
        }
        assert_eq!(value.value().map(|p| p.0.as_str()), Some("Jansens"));
        assert_eq!(value.into_option(), Some(Prs("Jansens".into())));
    }

    #[test]
    fn forms_without_no_value_drop_the_reason() {
        assert_eq!(NoAttributes::with_reason(NoValue::GeenWaarde), NoAttributes);
        assert_eq!(NoAttributes.reason(), None);
        let nil = Nillable::<String>::nil(NoValue::GeenWaarde);
        assert_eq!((nil.is_nil(), nil.nil_reason()), (true, None));
        assert_eq!(<String as SimpleValue>::SCHEMA_TYPE, "xs:string");
    }
}
