//! serde for the runtime types (feature `serde`). The JSON mapping:
//!
//! - an element is a key with the schema's name (`heeftBetrekkingOp`), an
//!   attribute a key with `@` before it (`@noValue`); repeated elements are
//!   arrays; absent optional elements and attributes are left out;
//! - simple values are strings, exactly their lexical form (`"20170614"`,
//!   `"1.50"`): no number or date conversion, nothing lost;
//! - an element of simple content with attributes is `{"$value": ..., "@a": ...}`,
//!   without attributes just its value;
//! - a nil element is `{"@xsi:nil": true, "@noValue": "geenWaarde"}`;
//! - a choice is an object with the chosen element's key;
//! - an optional attribute with a fixed value is left out when present
//!   (its value is known) and `false` when absent.

use serde::de::{Deserialize, Deserializer};
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::nillable::{Nillable, NoAttributes};
use crate::read_attrs::Presence;
use crate::value::Nillable as NillableType;

/// The key that marks a nil element.
const NIL: &str = "@xsi:nil";

/// A nil element: the marker and the nil form's attributes.
#[derive(serde::Serialize)]
struct NilOut<'a, N> {
    #[serde(rename = "@xsi:nil")]
    nil: bool,
    #[serde(flatten)]
    attributes: &'a N,
}

#[derive(serde::Deserialize)]
struct NilIn<N> {
    #[serde(rename = "@xsi:nil")]
    nil: bool,
    #[serde(flatten)]
    attributes: N,
}

impl<T> Serialize for Nillable<T>
where
    T: NillableType + Serialize,
    T::Nil: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nillable::Value(value) => value.serialize(serializer),
            Nillable::Nil(attributes) => NilOut {
                nil: true,
                attributes,
            }
            .serialize(serializer),
        }
    }
}

/// What a nillable element's JSON can be: a nil form or a value.
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum NillableIn<T, N> {
    Nil(NilIn<N>),
    Value(T),
}

impl<'de, T> Deserialize<'de> for Nillable<T>
where
    T: NillableType + Deserialize<'de>,
    T::Nil: Deserialize<'de>,
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match NillableIn::<T, T::Nil>::deserialize(deserializer)? {
            NillableIn::Nil(NilIn {
                nil: true,
                attributes,
            }) => Ok(Nillable::Nil(attributes)),
            NillableIn::Nil(_) => Err(serde::de::Error::custom(format!(
                "`{NIL}` must be true where it is given"
            ))),
            NillableIn::Value(value) => Ok(Nillable::Value(value)),
        }
    }
}

impl Serialize for NoAttributes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_map(Some(0))?.end()
    }
}

impl<'de> Deserialize<'de> for NoAttributes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(deserializer).map(|_| NoAttributes)
    }
}

impl Serialize for Presence {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bool(self.is_present())
    }
}

impl<'de> Deserialize<'de> for Presence {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(if bool::deserialize(deserializer)? {
            Presence::Present
        } else {
            Presence::Absent
        })
    }
}

/// serde as the schema literal, for the runtime's enumerations.
macro_rules! literal_serde {
    ($($name:ty),*) => {$(
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let literal = String::deserialize(deserializer)?;
                literal.parse().map_err(serde::de::Error::custom)
            }
        }
    )*};
}

literal_serde!(crate::NoValue, crate::date::DatePrecision);
