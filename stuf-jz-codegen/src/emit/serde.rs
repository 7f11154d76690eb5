//! serde attributes of generated types (`Config::serde`), following the
//! JSON mapping documented in `stuf_jz_types` (feature `serde`): schema
//! names as keys, `@` before attributes, lexical values as strings, absent
//! optional parts left out, simple content as its value or
//! `{"$value": ..., "@attribute": ...}`.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::context::{ident, Ctx};
use crate::emit::plan::StructPlan;
use crate::emit::shape::Occurs;
use crate::model::AttributeUse;

impl Ctx<'_> {
    /// `#[derive(Serialize, Deserialize)]` with the container attributes,
    /// when serde is configured.
    pub fn serde_derive(&self, container: TokenStream) -> TokenStream {
        if !self.options.serde {
            return quote!();
        }
        let container = if container.is_empty() {
            quote!()
        } else {
            quote!(, #container)
        };
        quote! {
            #[derive(rt::serde::Serialize, rt::serde::Deserialize)]
            #[serde(crate = "rt::serde" #container)]
        }
    }

    /// `#[serde(rename = ...)]` for an enum variant or a field that is
    /// always present.
    pub fn serde_rename(&self, json: &str) -> TokenStream {
        if !self.options.serde {
            return quote!();
        }
        quote!(#[serde(rename = #json)])
    }

    /// The attributes of an element or group field with this occurrence.
    pub fn serde_field(&self, json: &str, occurs: Occurs) -> TokenStream {
        if !self.options.serde {
            return quote!();
        }
        match occurs {
            Occurs::One => quote!(#[serde(rename = #json)]),
            Occurs::Optional => {
                quote!(#[serde(rename = #json, default, skip_serializing_if = "Option::is_none")])
            }
            Occurs::Many { .. } => {
                quote!(#[serde(rename = #json, default, skip_serializing_if = "Vec::is_empty")])
            }
        }
    }

    /// The attributes of an attribute field.
    pub fn serde_attribute(&self, attr: &AttributeUse) -> TokenStream {
        if !self.options.serde {
            return quote!();
        }
        let json = format!("@{}", attr.name.local);
        match (&attr.fixed, attr.required) {
            (Some(_), _) => quote! {
                #[serde(rename = #json, default, skip_serializing_if = "rt::Presence::is_present")]
            },
            (None, true) => quote!(#[serde(rename = #json)]),
            (None, false) => {
                quote!(#[serde(rename = #json, default, skip_serializing_if = "Option::is_none")])
            }
        }
    }
}

/// The JSON key of a group field: the field's name in lower camel case.
pub fn group_key(field: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in field.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// serde for a struct of simple content: its value alone when no attribute
/// is set, else `{"$value": ..., "@attribute": ...}`; both forms are read.
pub fn simple_content(ctx: &Ctx<'_>, plan: &StructPlan, value_type: TokenStream) -> TokenStream {
    if !ctx.options.serde {
        return quote!();
    }
    let name = ident(&plan.name);
    let mut fields = Vec::new();
    let mut owned = Vec::new();
    let mut refs = Vec::new();
    let mut moves = Vec::new();
    let mut unset = Vec::new();
    for (field, attr) in &plan.attributes {
        if attr.fixed.is_some() && attr.required {
            continue;
        }
        let field = ident(field);
        let ty = ctx.type_path(attr.ty);
        let ty = match (&attr.fixed, attr.required) {
            (Some(_), _) => quote!(rt::Presence),
            (None, true) => ty,
            (None, false) => quote!(Option<#ty>),
        };
        let serde = ctx.serde_attribute(attr);
        fields.push(quote!(#serde #field: &'a #ty,));
        owned.push(quote!(#serde #field: #ty,));
        refs.push(quote!(#field: &self.#field,));
        moves.push(quote!(#field: full.#field,));
        unset.push(match (&attr.fixed, attr.required) {
            (Some(_), _) => quote!(self.#field.is_present()),
            (None, true) => quote!(false),
            (None, false) => quote!(self.#field.is_none()),
        });
    }
    // The value alone is read only when the attributes can default (the
    // value's `From`, see `convert`).
    let from_value = if ctx.plan.attributes_have_default(plan) {
        quote!(Self::from(value))
    } else {
        let message = format!(
            "`{}` needs its required attributes: write {{\"$value\": ..., \"@...\": ...}}",
            ctx.schema_type_name(plan.id)
        );
        quote! {{
            let _ = value;
            return Err(<D::Error as rt::serde::de::Error>::custom(#message));
        }}
    };
    quote! {
        impl rt::serde::Serialize for #name {
            fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                #[derive(rt::serde::Serialize)]
                #[serde(crate = "rt::serde")]
                struct Full<'a> {
                    #[serde(rename = "$value")]
                    value: &'a #value_type,
                    #(#fields)*
                }
                if true #(&& #unset)* {
                    return rt::serde::Serialize::serialize(&self.value, serializer);
                }
                rt::serde::Serialize::serialize(&Full { value: &self.value, #(#refs)* }, serializer)
            }
        }
        impl<'de> rt::serde::Deserialize<'de> for #name {
            fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                #[derive(rt::serde::Deserialize)]
                #[serde(crate = "rt::serde")]
                struct Full {
                    #[serde(rename = "$value")]
                    value: #value_type,
                    #(#owned)*
                }
                #[derive(rt::serde::Deserialize)]
                #[serde(crate = "rt::serde", untagged)]
                enum Form {
                    Full(Full),
                    Value(#value_type),
                }
                Ok(match <Form as rt::serde::Deserialize>::deserialize(deserializer)? {
                    Form::Full(full) => Self { value: full.value, #(#moves)* },
                    Form::Value(value) => #from_value,
                })
            }
        }
    }
}
