//! Conversions that make values easy to build: an element of simple
//! content from its value (`"0014".into()`, an enum variant, a date).

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::context::{ident, Ctx};
use crate::emit::plan::{RustType, StructPlan};
use crate::model::TypeId;

/// `From` impls for a struct of simple content: from its value type, and
/// from `&str`/`String` when the value keeps a lexical form.
pub fn simple_content_from(ctx: &Ctx<'_>, plan: &StructPlan, content: TypeId) -> TokenStream {
    let name = ident(&plan.name);
    let value = ctx.type_path(content);
    let lexical = match &ctx.plan.types[&content] {
        RustType::String => Lexical::String,
        RustType::Runtime(_) => Lexical::Newtype,
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
    let from_value = quote! {
        impl From<#value> for #name {
            fn from(value: #value) -> Self {
                Self { value, ..Default::default() }
            }
        }
    };
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
