//! Conversions that make values easy to build: an element of simple
//! content from its value (`"0014".into()`, an enum variant, a date), a
//! type that extends a complex type by parts that may be left out from a
//! value of that type.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::context::{ident, Ctx};
use crate::emit::plan::{ContentPlan, NamedField, RustType, StructPlan};
use crate::emit::shape::Occurs;
use crate::model::{AttributeUse, Derivation, TypeId};

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
    // Without `Default`, `new` takes the value, and nothing else when the
    // attributes all have defaults; else there is no conversion.
    let body = if ctx.plan.has_default(ctx.module, &plan.name) {
        quote!(Self {
            value,
            ..Default::default()
        })
    } else if ctx.plan.attributes_have_default(plan) {
        quote!(Self::new(value))
    } else {
        return quote!();
    };
    let mut from_value = quote! {
        impl From<#value> for #name {
            fn from(value: #value) -> Self {
                #body
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
    if !has_pair || !ctx.plan.has_default(module, item) {
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

/// `From<Base>` for a struct whose type extends a complex type by parts
/// that may be left out: optional attributes (`StUF:noValue`), optional or
/// repeated elements (`StUF:Systeem-corv-e` adds an optional
/// `aanvullendeIdentificerendeGegevens` to `StUF:Systeem-corv`); also into
/// a `Nillable` of it. The base's fields move over, the added parts are at
/// their defaults (`None`, empty). No conversion when an added part is
/// required.
pub fn base_from(ctx: &Ctx<'_>, plan: &StructPlan) -> TokenStream {
    let Some(complex) = ctx.model.complex(plan.id) else {
        return quote!();
    };
    let Some((Derivation::Extension, base_id)) = complex.base else {
        return quote!();
    };
    let Some(RustType::Generated(module, base_name)) = ctx.plan.types.get(&base_id) else {
        return quote!();
    };
    let Some(base) = ctx
        .plan
        .structs
        .get(module)
        .and_then(|s| s.iter().find(|s| &s.name == base_name))
    else {
        return quote!();
    };
    // The base's content comes first, unchanged; what the extension adds
    // may be left out (optional or repeated from zero).
    let same = |a: &NamedField, b: &NamedField| {
        a.name == b.name && ctx.field_type(a).to_string() == ctx.field_type(b).to_string()
    };
    let mut inits = Vec::new();
    match (&plan.content, &base.content) {
        (ContentPlan::Empty, ContentPlan::Empty) => {}
        (ContentPlan::Simple(a), ContentPlan::Simple(b))
            if ctx.type_path(*a).to_string() == ctx.type_path(*b).to_string() =>
        {
            inits.push(quote!(value: base.value,));
        }
        (ContentPlan::Fields(own), ContentPlan::Fields(_) | ContentPlan::Empty) => {
            let inherited = match &base.content {
                ContentPlan::Fields(fields) => fields.as_slice(),
                _ => &[],
            };
            if own.len() < inherited.len() || !own.iter().zip(inherited).all(|(a, b)| same(a, b)) {
                return quote!();
            }
            for (i, field) in own.iter().enumerate() {
                let f = ident(&field.name);
                if i < inherited.len() {
                    inits.push(quote!(#f: base.#f,));
                } else if matches!(field.occurs, Occurs::Optional | Occurs::Many { min: 0, .. }) {
                    inits.push(quote!(#f: Default::default(),));
                } else {
                    return quote!();
                }
            }
        }
        _ => return quote!(),
    }
    for (field, attr) in &plan.attributes {
        let own = ident(field);
        let inherited = base.attributes.iter().find(|(_, a)| {
            a.name == attr.name
                && a.ty == attr.ty
                && a.fixed == attr.fixed
                && a.required == attr.required
        });
        match (inherited, &attr.fixed, attr.required) {
            // A required fixed attribute is no field.
            (_, Some(_), true) => {}
            (Some((base_field, _)), _, _) => {
                let base_field = ident(base_field);
                inits.push(quote!(#own: base.#base_field,));
            }
            // An added required attribute needs a value of its own.
            (None, None, true) => return quote!(),
            (None, _, false) => inits.push(quote!(#own: Default::default(),)),
        }
    }
    let kept = |b: &AttributeUse| plan.attributes.iter().any(|(_, a)| a.name == b.name);
    if !base.attributes.iter().all(|(_, b)| kept(b)) {
        return quote!();
    }
    let name = ident(&plan.name);
    let base_path = ctx.type_path(base_id);
    let doc = format!(
        " A `{}` as a `{}`, the parts it adds left out.",
        ctx.schema_type_name(base_id),
        ctx.schema_type_name(plan.id)
    );
    let mut out = quote! {
        #[doc = #doc]
        impl From<#base_path> for #name {
            fn from(base: #base_path) -> Self {
                Self { #(#inits)* }
            }
        }
    };
    if plan.nillable {
        out.extend(quote! {
            impl From<#base_path> for rt::Nillable<#name> {
                fn from(base: #base_path) -> Self {
                    rt::Nillable::Value(base.into())
                }
            }
        });
    }
    out
}
