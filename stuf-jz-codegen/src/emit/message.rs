//! `StufMessage` for message roots: the stuurgegevens view, built from the
//! fields of the root's `stuurgegevens` element by their schema names.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::context::{ident, Ctx};
use crate::emit::plan::{ContentPlan, NamedField, NamedKind, RustType, StructPlan};
use crate::emit::shape::Occurs;

/// The planned struct of a generated type.
fn struct_plan<'p>(ctx: &'p Ctx<'_>, ty: &RustType) -> Option<&'p StructPlan> {
    let RustType::Generated(module, name) = ty else {
        return None;
    };
    ctx.plan
        .structs
        .get(module)?
        .iter()
        .find(|s| &s.name == name)
}

/// The element fields of a struct.
fn fields(plan: &StructPlan) -> &[NamedField] {
    match &plan.content {
        ContentPlan::Fields(fields) => fields,
        _ => &[],
    }
}

/// The element field named `local` in the schema.
fn field<'p>(plan: &'p StructPlan, local: &str) -> Option<&'p NamedField> {
    fields(plan).iter().find(|f| match &f.kind {
        NamedKind::Element(decl) => decl.name.local == local,
        NamedKind::Group(_) => false,
    })
}

/// The `stuurgegevens` struct of a message root.
fn stuurgegevens<'p>(
    ctx: &'p Ctx<'_>,
    root: &'p StructPlan,
) -> Option<(&'p NamedField, &'p StructPlan)> {
    let field = field(root, "stuurgegevens")?;
    let NamedKind::Element(decl) = &field.kind else {
        return None;
    };
    if decl.nillable || field.occurs != Occurs::One {
        return None;
    }
    Some((field, struct_plan(ctx, &ctx.plan.types[&decl.ty])?))
}

/// Whether every root has a `stuurgegevens` element that the view reads.
pub fn all_roots_have_stuurgegevens(ctx: &Ctx<'_>) -> bool {
    ctx.plan
        .roots
        .iter()
        .all(|(_, ty)| struct_plan(ctx, ty).is_some_and(|root| stuurgegevens(ctx, root).is_some()))
}

/// `Option<Cow<str>>` of the text of the element `local` of `plan`, found
/// at `place`.
fn text(plan: &StructPlan, place: &TokenStream, local: &str) -> TokenStream {
    let Some(field) = field(plan, local) else {
        return quote!(None);
    };
    let name = ident(&field.name);
    match field.occurs {
        Occurs::One => quote!(rt::ElementValue::text(&#place.#name)),
        Occurs::Optional => quote!(#place.#name.as_ref().and_then(rt::ElementValue::text)),
        Occurs::Many { .. } => quote!(#place.#name.first().and_then(rt::ElementValue::text)),
    }
}

/// A `rt::Systeem` for the element `local` (zender, ontvanger).
fn systeem(ctx: &Ctx<'_>, plan: &StructPlan, place: &TokenStream, local: &str) -> TokenStream {
    let Some(field) = field(plan, local) else {
        return quote!(rt::Systeem::default());
    };
    let NamedKind::Element(decl) = &field.kind else {
        return quote!(rt::Systeem::default());
    };
    let Some(systeem) = struct_plan(ctx, &ctx.plan.types[&decl.ty]) else {
        return quote!(rt::Systeem::default());
    };
    let name = ident(&field.name);
    let (binding, inner) = match (field.occurs, decl.nillable) {
        (Occurs::One, false) => (quote!(Some(&#place.#name)), quote!(s)),
        (Occurs::Optional, false) => (quote!(#place.#name.as_ref()), quote!(s)),
        (Occurs::One, true) => (quote!(#place.#name.value()), quote!(s)),
        (Occurs::Optional, true) => (
            quote!(#place.#name.as_ref().and_then(|n| n.value())),
            quote!(s),
        ),
        _ => return quote!(rt::Systeem::default()),
    };
    let parts = ["organisatie", "applicatie", "administratie", "gebruiker"].map(|part| {
        let field = ident(part);
        let value = text(systeem, &inner, part);
        quote!(#field: #value,)
    });
    quote! {
        match #binding {
            Some(s) => rt::Systeem { #(#parts)* },
            None => rt::Systeem::default(),
        }
    }
}

/// `impl rt::StufMessage` for a message root.
pub fn stuf_message(ctx: &Ctx<'_>, root: &StructPlan) -> TokenStream {
    let Some((field, plan)) = stuurgegevens(ctx, root) else {
        return quote!();
    };
    let name = ident(&root.name);
    let field = ident(&field.name);
    let place = quote!(s);
    let berichtcode = text(plan, &place, "berichtcode");
    let zender = systeem(ctx, plan, &place, "zender");
    let ontvanger = systeem(ctx, plan, &place, "ontvanger");
    let referentienummer = text(plan, &place, "referentienummer");
    let tijdstip = text(plan, &place, "tijdstipBericht");
    let cross_ref = text(plan, &place, "crossRefnummer");
    let functie = text(plan, &place, "functie");
    quote! {
        impl rt::StufMessage for #name {
            fn stuurgegevens(&self) -> rt::Stuurgegevens<'_> {
                let s = &self.#field;
                rt::Stuurgegevens {
                    berichtcode: rt::Berichtcode::from_lexical(
                        #berichtcode.as_deref().unwrap_or_default(),
                    ),
                    zender: #zender,
                    ontvanger: #ontvanger,
                    referentienummer: #referentienummer,
                    tijdstip_bericht: #tijdstip,
                    cross_ref_nummer: #cross_ref,
                    functie: #functie,
                }
            }
        }
    }
}
