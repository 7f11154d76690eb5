//! `new(...)` for a struct or group without `Default` (see `defaults`): it
//! takes exactly the fields that have no default, content first and then
//! attributes, in schema order, each as `impl Into<FieldType>` (so an
//! enumeration value goes straight into its element type), and sets every
//! other field to its default. A struct literal ending in
//! `..Type::new(...)` then reads like one ending in `..Default::default()`.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::emit::context::{doc, ident, qname_doc, Ctx};
use crate::emit::plan::{ContentPlan, GroupPlan, NamedField, NamedKind, StructPlan};
use crate::model::AttributeUse;

/// One field of the value `new` builds.
struct Slot {
    field: Ident,
    ty: TokenStream,
    /// Whether `new` takes it (the field has no default).
    taken: bool,
    /// How the documentation names it (`element `ZKN:omschrijving``).
    label: String,
}

/// `impl Name { pub fn new(...) }` for a struct without `Default`, or
/// nothing when it has one.
pub fn structure(ctx: &Ctx<'_>, plan: &StructPlan) -> TokenStream {
    if ctx.plan.has_default(ctx.module, &plan.name) {
        return quote!();
    }
    let mut slots = Vec::new();
    match &plan.content {
        ContentPlan::Empty => {}
        ContentPlan::Simple(id) => slots.push(Slot {
            field: ident("value"),
            ty: ctx.type_path(*id),
            taken: !ctx.plan.type_has_default(&ctx.plan.types[id]),
            label: format!("the text content (`{}`)", ctx.schema_type_name(*id)),
        }),
        ContentPlan::Fields(fields) => slots.extend(fields.iter().map(|f| field_slot(ctx, f))),
    }
    slots.extend(
        plan.attributes
            .iter()
            .filter_map(|(field, attr)| attribute_slot(ctx, field, attr)),
    );
    let what = format!("`{}`", ctx.schema_type_name(plan.id));
    constructor(&ident(&plan.name), &what, &slots)
}

/// `new` for a group struct (a sequence) without `Default`.
pub fn group(ctx: &Ctx<'_>, plan: &GroupPlan) -> TokenStream {
    if plan.is_choice || ctx.plan.has_default(ctx.module, &plan.name) {
        return quote!();
    }
    let slots: Vec<Slot> = plan.parts.iter().map(|f| field_slot(ctx, f)).collect();
    constructor(&ident(&plan.short), "group", &slots)
}

fn field_slot(ctx: &Ctx<'_>, field: &NamedField) -> Slot {
    let label = match &field.kind {
        NamedKind::Element(decl) => format!("element {}", qname_doc(&decl.name)),
        NamedKind::Group(key) => {
            let short = key.rsplit("::").next().unwrap_or(key);
            format!("group [`{short}`]({})", ctx.group_doc_path(key))
        }
    };
    Slot {
        field: ident(&field.name),
        ty: ctx.field_type(field),
        taken: !ctx.plan.field_has_default(ctx.module, field),
        label,
    }
}

/// The slot of an attribute that is a field (a required fixed one is not).
fn attribute_slot(ctx: &Ctx<'_>, field: &str, attr: &AttributeUse) -> Option<Slot> {
    let ty = ctx.type_path(attr.ty);
    let ty = match (&attr.fixed, attr.required) {
        (Some(_), true) => return None,
        (Some(_), false) => quote!(rt::Presence),
        (None, true) => ty,
        (None, false) => quote!(Option<#ty>),
    };
    Some(Slot {
        field: ident(field),
        ty,
        taken: !ctx.plan.attribute_has_default(attr),
        label: format!("attribute {}", qname_doc(&attr.name)),
    })
}

fn constructor(name: &Ident, what: &str, slots: &[Slot]) -> TokenStream {
    let taken: Vec<&Slot> = slots.iter().filter(|s| s.taken).collect();
    let labels: Vec<&str> = taken.iter().map(|s| s.label.as_str()).collect();
    let docs = doc(&format!(
        "A {what} from the parts that have no default: {}.\n\
         Every other field is at its default (`None`, empty, the value of a\n\
         one-value enumeration). The type has no `Default`, so that an\n\
         enumeration of several values is never chosen silently; complete it\n\
         with a struct literal: `{name} {{ field: ..., ..{name}::new(...) }}`.",
        labels.join(", ")
    ));
    let params = taken.iter().map(|s| {
        let (field, ty) = (&s.field, &s.ty);
        quote!(#field: impl Into<#ty>)
    });
    let inits = slots.iter().map(|s| {
        let field = &s.field;
        if s.taken {
            quote!(#field: #field.into(),)
        } else {
            quote!(#field: Default::default(),)
        }
    });
    quote! {
        impl #name {
            #docs
            pub fn new(#(#params),*) -> Self {
                Self { #(#inits)* }
            }
        }
    }
}
