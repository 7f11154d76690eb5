//! Conversions that make values easy to build: an element of simple
//! content from its value (`"0014".into()`, an enum variant, a date).

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::context::{ident, Ctx};
use crate::emit::plan::{RustType, StructPlan};
use crate::model::TypeId;

/// `From` impls for a struct of simple content: from its value type (also
/// into a `Nillable` of it), and from `&str`/`String` when the value keeps a
/// lexical form.
pub fn simple_content_from(ctx: &Ctx<'_>, plan: &StructPlan, content: TypeId) -> TokenStream {
    let name = ident(&plan.name);
    let value = ctx.type_path(content);
    let lexical = match &ctx.plan.types[&content] {
        RustType::String => Lexical::String,
        RustType::Runtime(_) => Lexical::Newtype,
        RustType::Extern(_) => Lexical::Enum,
        RustType::Generated(module, ty) => {
            let is_enum = ctx
                .plan
                .simples
                .get(module)
                .and_then(|s| s.iter().find(|s| &s.name == ty))
                .is_some_and(|s| s.variants.is_some());
            if is_enum {
                Lexical::Enum
            } else {
                Lexical::Newtype
            }
        }
    };
    let mut from_value = quote! {
        impl From<#value> for #name {
            fn from(value: #value) -> Self {
                Self { value, ..Default::default() }
            }
        }
    };
    // A nillable element of this type (if it is nillable somewhere) from
    // the value in one `.into()`
    // (only for a value type of this crate: the orphan rule).
    if plan.nillable && matches!(&ctx.plan.types[&content], RustType::Generated(..)) {
        from_value.extend(quote! {
            impl From<#value> for rt::Nillable<#name> {
                fn from(value: #value) -> Self {
                    rt::Nillable::Value(value.into())
                }
            }
        });
    }
    let from_str = quote! {
        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                Self::from(#value::from(value))
            }
        }
    };
    match lexical {
        Lexical::Enum => from_value,
        Lexical::String => quote!(#from_value #from_str),
        Lexical::Newtype => quote! {
            #from_value
            #from_str
            impl From<String> for #name {
                fn from(value: String) -> Self {
                    Self::from(#value::from(value))
                }
            }
        },
    }
}

/// How the value of simple content is held.
enum Lexical {
    /// `String`.
    String,
    /// A newtype over its lexical form.
    Newtype,
    /// An enumeration.
    Enum,
}

/// `StUF:ExtraElementen` from `(naam, waarde)` pairs:
/// `[("indicatieSpoed", "N")].into_iter().collect()`.
pub fn extra_elementen(ctx: &Ctx<'_>, plan: &StructPlan) -> TokenStream {
    if ctx.schema_type_name(plan.id) != "StUF:ExtraElementen" {
        return quote!();
    }
    let crate::emit::plan::ContentPlan::Fields(fields) = &plan.content else {
        return quote!();
    };
    let [field] = fields.as_slice() else {
        return quote!();
    };
    let crate::emit::plan::NamedKind::Element(decl) = &field.kind else {
        return quote!();
    };
    let RustType::Generated(module, item) = &ctx.plan.types[&decl.ty] else {
        return quote!();
    };
    let has_pair = ctx
        .plan
        .structs
        .get(module)
        .and_then(|s| s.iter().find(|s| &s.name == item))
        .is_some_and(|s| {
            matches!(s.content, crate::emit::plan::ContentPlan::Simple(_))
                && s.attributes.iter().any(|(f, a)| f == "naam" && a.required)
        });
    if !has_pair {
        return quote!();
    }
    let name = ident(&plan.name);
    let field = ident(&field.name);
    let item = ctx.type_path(decl.ty);
    quote! {
        /// The `StUF:extraElement`s of `(naam, value)` pairs.
        impl<'a> FromIterator<(&'a str, &'a str)> for #name {
            fn from_iter<I: IntoIterator<Item = (&'a str, &'a str)>>(pairs: I) -> Self {
                let #field = pairs
                    .into_iter()
                    .map(|(naam, value)| #item { naam: naam.into(), value: value.into(), ..Default::default() }.into())
                    .collect();
                Self { #field }
            }
        }
    }
}
