//! Complex types: a struct per type (attributes first, then content), its
//! nil form when an element declares it nillable, and the enums and structs
//! of nested choices and groups. The impls only list declarations and call
//! the shared machinery of `stuf_jz_types`.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::emit::context::{decl_const, doc, ident, name_test, qname_doc, schema_text, Ctx};
use crate::emit::plan::{ContentPlan, GroupPlan, NamedField, NamedKind, StructPlan};
use crate::emit::shape::Occurs;
use crate::model::AttributeUse;

/// The tokens of one struct, its declarations and impls.
pub fn structure(ctx: &Ctx<'_>, plan: &StructPlan) -> TokenStream {
    let complex = ctx.model.complex(plan.id).expect("planned complex type");
    let name = ident(&plan.name);
    let schema_type = ctx.schema_type_name(plan.id);
    let mut docs = match &plan.root {
        Some(root) => format!(
            "Message `{}` (root element, type `{schema_type}`).",
            root.name
        ),
        None => format!("Complex type `{schema_type}`."),
    };
    if let Some(text) = &complex.info.doc {
        docs.push_str("\n\n");
        docs.push_str(&schema_text(text));
    }
    let docs = doc(&docs);
    let attrs = attributes(ctx, &plan.attributes);
    let (content_fields, content_consts, read_content, write_content, text_fn) = match &plan.content
    {
        ContentPlan::Empty => (
            quote!(),
            quote!(),
            (quote!(), quote!(), quote!()),
            quote!(),
            quote!(),
        ),
        ContentPlan::Simple(id) => {
            let ty = ctx.type_path(*id);
            let value_doc = doc(&format!(
                "The text content (type `{}`).",
                ctx.schema_type_name(*id)
            ));
            (
                quote!(#value_doc pub value: #ty,),
                quote!(),
                (
                    quote!(let value = r.simple_text();),
                    quote!(),
                    quote!(value: value?,),
                ),
                quote!(w.text(&rt::SimpleValue::lexical(&self.value));),
                quote! {
                    fn text(&self) -> Option<std::borrow::Cow<'_, str>> {
                        Some(rt::SimpleValue::lexical(&self.value))
                    }
                },
            )
        }
        ContentPlan::Fields(fields) => {
            let parts = FieldParts::new(ctx, &plan.name, fields);
            let FieldParts {
                decls,
                lets,
                finish,
                inits,
                writes,
                ..
            } = &parts;
            let defs = parts.definitions();
            (
                quote!(#defs),
                quote!(#(#decls)*),
                (quote!(#(#lets)*), finish.clone(), quote!(#(#inits)*)),
                quote!(#(#writes)*),
                quote!(),
            )
        }
    };
    let has_default = ctx.plan.has_default(ctx.module, &plan.name);
    let mut derives = ctx.derives(&schema_type, &plan.name, has_default);
    if !matches!(plan.content, ContentPlan::Simple(_)) {
        derives.extend(ctx.serde_derive(quote!()));
    }
    let tag_binding = if plan.attributes.is_empty() {
        quote!(tag)
    } else {
        quote!(mut tag)
    };
    let AttributeParts {
        fields: attr_fields,
        plain_fields,
        reads: attr_reads,
        inits: attr_inits,
        writes: attr_writes,
        accessors,
        ..
    } = &attrs;
    let (content_lets, content_finish, content_inits) = read_content;
    let attr_fields = if matches!(plan.content, ContentPlan::Simple(_)) {
        plain_fields
    } else {
        attr_fields
    };
    let accessors = inherent(&name, accessors);
    let mut out = quote! {
        #docs
        #derives
        pub struct #name {
            #(#attr_fields)*
            #content_fields
        }
        #content_consts
        #accessors
        impl rt::ElementValue for #name {
            fn read(r: &mut rt::Reader<'_>, #tag_binding: rt::Tag) -> rt::ReadResult<Self> {
                #(#attr_reads)*
                #content_lets
                r.end(tag)?;
                #content_finish
                Ok(Self {
                    #(#attr_inits)*
                    #content_inits
                })
            }
            fn write(&self, w: &mut rt::Writer, decl: &rt::ElementDecl) {
                w.start(decl);
                #(#attr_writes)*
                #write_content
                w.end();
            }
            #text_fn
        }
    };
    out.extend(crate::emit::constructor::structure(ctx, plan));
    out.extend(crate::emit::convert::base_from(ctx, plan));
    if let ContentPlan::Simple(content) = &plan.content {
        out.extend(date_accessor(ctx, plan, *content));
        out.extend(crate::emit::convert::simple_content_from(
            ctx, plan, *content,
        ));
        out.extend(crate::emit::serde::simple_content(
            ctx,
            plan,
            ctx.type_path(*content),
        ));
    }
    if plan.nillable {
        out.extend(nil_form(ctx, plan, &attrs));
    }
    out.extend(crate::emit::convert::extra_elementen(ctx, plan));
    if let Some(root) = &plan.root {
        out.extend(document(ctx, &plan.name, root));
        out.extend(crate::emit::message::stuf_message(ctx, plan));
    }
    out
}

/// The declarations and statements of a list of attributes.
struct AttributeParts {
    fields: Vec<TokenStream>,
    /// The same fields without serde attributes (for a type whose serde
    /// impls are written out).
    plain_fields: Vec<TokenStream>,
    reads: Vec<TokenStream>,
    inits: Vec<TokenStream>,
    nil_reads: Vec<TokenStream>,
    writes: Vec<TokenStream>,
    accessors: Vec<TokenStream>,
}

/// Fields, reads and writes of a type's attributes. A required attribute is
/// a plain field, an optional one an `Option`; an attribute with a fixed
/// value is no field at all: it is written from its declaration, checked
/// when read, and returned by an accessor.
fn attributes(ctx: &Ctx<'_>, attributes: &[(String, AttributeUse)]) -> AttributeParts {
    let mut parts = AttributeParts {
        fields: Vec::new(),
        plain_fields: Vec::new(),
        reads: Vec::new(),
        inits: Vec::new(),
        nil_reads: Vec::new(),
        writes: Vec::new(),
        accessors: Vec::new(),
    };
    for (field, attr) in attributes {
        let field_ident = ident(field);
        let konst = ctx.attribute_const(attr);
        let ty = ctx.type_path(attr.ty);
        let plain_docs = doc(&attribute_doc(ctx, attr));
        let serde = ctx.serde_attribute(attr);
        let docs = quote!(#plain_docs #serde);
        if let Some(fixed) = &attr.fixed {
            let facets =
                quote!(<#ty as rt::SimpleValue>::FACETS, <#ty as rt::SimpleValue>::SCHEMA_TYPE);
            let accessor_doc = doc(&attribute_doc(ctx, attr));
            parts.accessors.push(quote! {
                #accessor_doc
                pub fn #field_ident(&self) -> &'static str { #fixed }
            });
            if attr.required {
                let check = quote!(r.fixed_attribute(tag, &#konst, #facets));
                parts.reads.push(quote!({ let tag = &mut tag; #check; }));
                parts.nil_reads.push(quote!(#check;));
                parts.writes.push(quote!(w.fixed_attribute(&#konst);));
            } else {
                let presence_doc = doc(&presence_doc(attr, fixed));
                let read = quote!(r.optional_fixed_attribute(tag, &#konst, #facets));
                parts
                    .fields
                    .push(quote!(#presence_doc #serde pub #field_ident: rt::Presence,));
                parts
                    .plain_fields
                    .push(quote!(#presence_doc pub #field_ident: rt::Presence,));
                parts
                    .reads
                    .push(quote!(let #field_ident = { let tag = &mut tag; #read };));
                parts.inits.push(quote!(#field_ident,));
                parts.nil_reads.push(quote!(let #field_ident = #read;));
                parts
                    .writes
                    .push(quote!(w.optional_fixed_attribute(&#konst, self.#field_ident);));
            }
            continue;
        }
        if attr.required {
            parts.fields.push(quote!(#docs pub #field_ident: #ty,));
            parts
                .plain_fields
                .push(quote!(#plain_docs pub #field_ident: #ty,));
            parts
                .reads
                .push(quote!(let #field_ident = r.required_attribute(&mut tag, &#konst);));
            parts.inits.push(quote!(#field_ident: #field_ident?,));
            parts
                .nil_reads
                .push(quote!(let #field_ident = r.required_attribute(tag, &#konst)?;));
            parts
                .writes
                .push(quote!(w.required_attribute(&#konst, &self.#field_ident);));
        } else {
            parts
                .fields
                .push(quote!(#docs pub #field_ident: Option<#ty>,));
            parts
                .plain_fields
                .push(quote!(#plain_docs pub #field_ident: Option<#ty>,));
            parts
                .reads
                .push(quote!(let #field_ident = r.attribute(&mut tag, &#konst)?;));
            parts.inits.push(quote!(#field_ident,));
            parts
                .nil_reads
                .push(quote!(let #field_ident = r.attribute(tag, &#konst)?;));
            parts
                .writes
                .push(quote!(w.attribute(&#konst, &self.#field_ident);));
        }
    }
    parts
}

/// Documentation of an optional attribute with a fixed value: only its
/// presence is a field, `Present` by default.
fn presence_doc(attr: &AttributeUse, fixed: &str) -> String {
    let mut text = format!(
        "Whether the optional attribute {} (fixed `{fixed}`) is written; a value\n\
         built in code writes it (`Presence::Present` is the default), a value\n\
         read keeps what the document had.",
        qname_doc(&attr.name)
    );
    if attr.name.local == "entiteittype" {
        text.push_str(
            "\n\nStUF 03.01 requires `StUF:entiteittype` on every element of an entity\n\
             type of the sector model (section 3.2.1, table 3.1); the schemas leave it\n\
             optional only because history elements must not carry it.",
        );
    }
    text
}

/// Documentation of an attribute: name, type, use, fixed or default value.
fn attribute_doc(ctx: &Ctx<'_>, attr: &AttributeUse) -> String {
    let mut text = format!(
        "Attribute {} (type `{}`",
        qname_doc(&attr.name),
        ctx.schema_type_name(attr.ty)
    );
    if attr.required {
        text.push_str(", required");
    }
    if let Some(fixed) = &attr.fixed {
        text.push_str(&format!(", fixed `{fixed}`: written by itself"));
    }
    if let Some(default) = &attr.default {
        text.push_str(&format!(", default `{default}`"));
    }
    text.push_str(").");
    if let Some(d) = &attr.doc {
        text.push_str("\n\n");
        text.push_str(&schema_text(d));
    }
    text
}

/// The date accessors and constructors of an element of a StUF date type
/// (`rt::date_type!`), honouring its `StUF:indOnvolledigeDatum` attribute
/// when the type has one.
fn date_accessor(ctx: &Ctx<'_>, plan: &StructPlan, content: crate::model::TypeId) -> TokenStream {
    use crate::emit::simple::{stuf_date_kind, StufDateKind};
    let name = ident(&plan.name);
    let indicator = plan
        .attributes
        .iter()
        .find(|(_, a)| {
            a.name.local == "indOnvolledigeDatum"
                && a.fixed.is_none()
                && !a.required
                && matches!(ctx.plan.types.get(&a.ty), Some(crate::emit::plan::RustType::Extern(p)) if p == "rt::date::DatePrecision")
        })
        .map(|(field, _)| ident(field));
    let args = match indicator {
        Some(field) => quote!(#name, value, #field),
        None => quote!(#name, value),
    };
    match stuf_date_kind(ctx.model, content) {
        Some(StufDateKind::Datum) => quote!(rt::date_type!(#args);),
        Some(StufDateKind::Tijdstip) => quote!(rt::timestamp_type!(#args);),
        None => quote!(),
    }
}

/// `impl name { methods }`, or nothing when there are no methods.
fn inherent(name: &Ident, methods: &[TokenStream]) -> TokenStream {
    if methods.is_empty() {
        quote!()
    } else {
        quote!(impl #name { #(#methods)* })
    }
}

/// The nil form of a struct: its attributes only.
fn nil_form(ctx: &Ctx<'_>, plan: &StructPlan, attrs: &AttributeParts) -> TokenStream {
    let name = ident(&plan.name);
    if plan.attributes.is_empty() {
        return quote! {
            impl rt::value::Nillable for #name {
                type Nil = rt::NoAttributes;
            }
        };
    }
    let nil = format_ident!("{}Nil", plan.name);
    let text = format!(
        "The attributes of a nil [`{}`] (`xsi:nil=\"true\"`).",
        plan.name
    );
    let docs = doc(&text);
    let mut derives = ctx.derives(&ctx.schema_type_name(plan.id), &nil.to_string(), true);
    derives.extend(ctx.serde_derive(quote!()));
    let AttributeParts {
        fields,
        nil_reads: reads,
        writes,
        accessors,
        ..
    } = attrs;
    let no_value = plan.attributes.iter().find(|(_, a)| {
        a.name.local == "noValue"
            && a.fixed.is_none()
            && !a.required
            && matches!(ctx.plan.types.get(&a.ty), Some(crate::emit::plan::RustType::Extern(p)) if p == "rt::NoValue")
    });
    let reason = match no_value {
        Some((field, _)) => {
            let field = ident(field);
            quote! {
                fn with_reason(reason: rt::NoValue) -> Self {
                    Self { #field: Some(reason), ..Default::default() }
                }
                fn reason(&self) -> Option<rt::NoValue> {
                    self.#field
                }
            }
        }
        None => quote!(),
    };
    let accessors = inherent(&nil, accessors);
    let inits = plan
        .attributes
        .iter()
        .filter(|(_, a)| a.fixed.is_none() || !a.required)
        .map(|(field, _)| ident(field));
    quote! {
        #docs
        #derives
        pub struct #nil {
            #(#fields)*
        }
        #accessors
        impl rt::NilAttributes for #nil {
            fn read(r: &mut rt::Reader<'_>, tag: &mut rt::Tag) -> rt::ReadResult<Self> {
                #(#reads)*
                Ok(Self { #(#inits),* })
            }
            fn write(&self, w: &mut rt::Writer) {
                #(#writes)*
            }
            #reason
        }
        impl rt::value::Nillable for #name {
            type Nil = #nil;
        }
    }
}

/// `Document` and the inherent `from_xml`/`to_xml`/`validate` of a message.
fn document(ctx: &Ctx<'_>, name: &str, root: &crate::model::ElementDecl) -> TokenStream {
    let ty = ident(name);
    let konst = format_ident!("{}_ROOT", crate::naming::constant_name(name));
    let decl = ctx.element_decl(root, Occurs::One);
    quote! {
        const #konst: rt::ElementDecl = #decl;
        impl rt::Document for #ty {
            const ROOT: &'static rt::ElementDecl = &#konst;
        }
        impl #ty {
            /// Reads and validates a message; fails with every violation found.
            pub fn from_xml(xml: &str) -> Result<Self, rt::ReadError> {
                <Self as rt::Document>::from_xml(xml)
            }
            /// Writes the message; refuses a value that breaks the schema.
            pub fn to_xml(&self) -> Result<String, rt::WriteError> {
                <Self as rt::Document>::to_xml(self)
            }
            /// Every violation of the schema in this value.
            pub fn validate(&self) -> Vec<rt::Violation> {
                <Self as rt::Document>::validate_message(self)
            }
        }
    }
}

/// The pieces generated for a list of element fields.
///
/// Reading reads every field (a field that fails does not stop its
/// siblings from being read and checked) and keeps the first failure; the
/// failure is returned once, after the last field (`finish`), so that a
/// type has one path that unwinds a half-read value, not one per field.
struct FieldParts {
    fields: Vec<TokenStream>,
    decls: Vec<TokenStream>,
    lets: Vec<TokenStream>,
    /// After the last field: the required fields unwrapped, the first
    /// failure returned.
    finish: TokenStream,
    inits: Vec<TokenStream>,
    writes: Vec<TokenStream>,
}

impl FieldParts {
    fn new(ctx: &Ctx<'_>, owner: &str, fields: &[NamedField]) -> Self {
        let mut parts = FieldParts {
            fields: Vec::new(),
            decls: Vec::new(),
            lets: Vec::new(),
            finish: quote!(),
            inits: Vec::new(),
            writes: Vec::new(),
        };
        let failed = ident(if fields.iter().any(|f| f.name == "failed") {
            "failed_"
        } else {
            "failed"
        });
        let mut required = Vec::new();
        for field in fields {
            let name = ident(&field.name);
            let ty = ctx.field_type(field);
            let docs = doc(&field_doc(ctx, field));
            let serde = ctx.serde_field(&json_key(field), field.occurs);
            parts.fields.push(quote!(#docs #serde pub #name: #ty,));
            let (read, write) =
                field_calls(ctx, owner, field, &mut parts.decls, quote!(self.#name));
            if matches!(field.occurs, Occurs::One) {
                parts
                    .lets
                    .push(quote!(let #name = rt::kept(#read, &mut #failed);));
                required.push(name.clone());
            } else {
                parts
                    .lets
                    .push(quote!(let #name = rt::kept_or_default(#read, &mut #failed);));
            }
            parts.inits.push(quote!(#name,));
            parts.writes.push(quote!(#write;));
        }
        if fields.is_empty() {
            return parts;
        }
        parts.lets.insert(0, quote!(let mut #failed = None;));
        let unwrap = match required.as_slice() {
            [] => quote!(),
            [one] => quote! {
                let Some(#one) = #one else {
                    return Err(#failed.unwrap_or(rt::Stop::Skip));
                };
            },
            many => quote! {
                let (#(Some(#many)),*) = (#(#many),*) else {
                    return Err(#failed.unwrap_or(rt::Stop::Skip));
                };
            },
        };
        parts.finish = quote! {
            #unwrap
            if let Some(stop) = #failed {
                return Err(stop);
            }
        };
        parts
    }

    fn definitions(&self) -> TokenStream {
        let fields = &self.fields;
        quote!(#(#fields)*)
    }
}

/// The JSON key of a field: the element's schema name, or the group's name.
fn json_key(field: &NamedField) -> String {
    match &field.kind {
        NamedKind::Element(decl) => decl.name.local.clone(),
        NamedKind::Group(_) => crate::emit::serde::group_key(&field.name),
    }
}

/// Documentation of a field: element name, type, occurrence, schema text.
fn field_doc(ctx: &Ctx<'_>, field: &NamedField) -> String {
    let occurs = match field.occurs {
        Occurs::One => "required".to_string(),
        Occurs::Optional => "optional".to_string(),
        Occurs::Many { min, max } if max == u32::MAX => format!("{min} or more"),
        Occurs::Many { min, max } => format!("{min} to {max}"),
    };
    match &field.kind {
        NamedKind::Element(decl) => {
            let mut text = format!(
                "Element {} (type `{}`, {occurs}{}).",
                qname_doc(&decl.name),
                ctx.schema_type_name(decl.ty),
                if decl.nillable { ", nillable" } else { "" }
            );
            if let Some(d) = &decl.doc {
                text.push_str("\n\n");
                text.push_str(&schema_text(d));
            }
            text
        }
        NamedKind::Group(key) => {
            let path = ctx.group_doc_path(key);
            let short = key.rsplit("::").next().unwrap_or(key);
            if path == short {
                format!("Group [`{short}`] ({occurs}).")
            } else {
                format!("Group [`{short}`]({path}) ({occurs}).")
            }
        }
    }
}

/// The read expression and write statement of a field whose value is at
/// `place`; declarations are added to `decls`.
fn field_calls(
    ctx: &Ctx<'_>,
    owner: &str,
    field: &NamedField,
    decls: &mut Vec<TokenStream>,
    place: TokenStream,
) -> (TokenStream, TokenStream) {
    match &field.kind {
        NamedKind::Element(decl) => {
            let konst = decl_const(owner, &field.name);
            let decl_tokens = ctx.element_decl(decl, field.occurs);
            decls.push(quote!(const #konst: rt::ElementDecl = #decl_tokens;));
            match field.occurs {
                Occurs::One => (
                    quote!(r.required(&#konst)),
                    quote!(w.element(&#konst, &#place)),
                ),
                Occurs::Optional => (
                    quote!(r.optional(&#konst)),
                    quote!(w.optional(&#konst, &#place)),
                ),
                Occurs::Many { .. } => (
                    quote!(r.repeated(&#konst)),
                    quote!(w.repeated(&#konst, &#place)),
                ),
            }
        }
        NamedKind::Group(_) => match field.occurs {
            Occurs::One => (quote!(r.group()), quote!(w.group(&#place))),
            Occurs::Optional => (
                quote!(r.optional_group()),
                quote!(w.optional_group(&#place)),
            ),
            Occurs::Many { min, max } => {
                let (min, max) = (occurs_literal(min), occurs_literal(max));
                (
                    quote!(r.repeated_groups(#min, #max)),
                    quote!(w.repeated_groups(&#place)),
                )
            }
        },
    }
}

/// The tokens of a choice enum or a group struct.
pub fn group(ctx: &Ctx<'_>, plan: &GroupPlan) -> TokenStream {
    let name = ident(&plan.short);
    let test = name_test(&plan.first);
    let emptiable = plan.emptiable;
    let kind = if plan.is_choice {
        "A choice"
    } else {
        "A group of elements"
    };
    let owner = match plan.owner.split_once("::") {
        Some((_, short)) => format!("[`{short}`]"),
        None => format!("[`{0}`](super::{0})", plan.owner),
    };
    let docs = doc(&format!("{kind} in {owner}."));
    let starts = quote! {
        const EMPTIABLE: bool = #emptiable;
        fn starts_with(ns: &str, local: &str) -> bool {
            #test
        }
    };
    if !plan.is_choice {
        let parts = FieldParts::new(ctx, &plan.short, &plan.parts);
        let FieldParts {
            decls,
            lets,
            finish,
            inits,
            writes,
            ..
        } = &parts;
        let defs = parts.definitions();
        let has_default = ctx.plan.has_default(ctx.module, &plan.name);
        let mut derives = ctx.derives(&plan.name, &plan.short, has_default);
        derives.extend(ctx.serde_derive(quote!()));
        let constructor = crate::emit::constructor::group(ctx, plan);
        return quote! {
            #docs
            #derives
            pub struct #name { #defs }
            #constructor
            #(#decls)*
            impl rt::Group for #name {
                #starts
                fn read(r: &mut rt::Reader<'_>) -> rt::ReadResult<Self> {
                    #(#lets)*
                    #finish
                    Ok(Self { #(#inits)* })
                }
                fn write(&self, w: &mut rt::Writer) {
                    #(#writes)*
                }
            }
        };
    }
    let mut decls = Vec::new();
    let mut variants = Vec::new();
    let mut tries = Vec::new();
    let mut writes = Vec::new();
    let mut fallback = None;
    let mut expected = Vec::new();
    for branch in &plan.parts {
        let variant = ident(&branch.name);
        let ty = ctx.field_type(branch);
        let docs = doc(&field_doc(ctx, branch));
        let serde = ctx.serde_rename(&json_key(branch));
        variants.push(quote!(#docs #serde #variant(#ty),));
        let (read, write) = field_calls(ctx, &plan.short, branch, &mut decls, quote!(*value));
        let test = match &branch.kind {
            NamedKind::Element(decl) => {
                expected.push(decl.name.local.clone());
                let konst = decl_const(&plan.short, &branch.name);
                quote!(r.next_is(&#konst)?)
            }
            NamedKind::Group(group) => {
                expected.push(group.rsplit("::").next().unwrap_or(group).to_string());
                let group = ctx.group_path(group);
                quote!(r.next_matches(<#group as rt::Group>::starts_with)?)
            }
        };
        tries.push(quote!(if #test { return Ok(Self::#variant(#read?)); }));
        if fallback.is_none() && branch_emptiable(ctx, branch) {
            fallback = Some(quote!(Ok(Self::#variant(#read?))));
        }
        writes.push(quote!(Self::#variant(value) => #write,));
    }
    let froms = branch_conversions(ctx, &name, &plan.parts);
    let expected = expected.join(", ");
    let fallback = fallback.unwrap_or_else(|| quote!(Err(r.no_branch(#expected))));
    let mut derives = ctx.derives(&plan.name, &plan.short, false);
    derives.extend(ctx.serde_derive(quote!()));
    let first = ident(&plan.parts[0].name);
    let default = if ctx.plan.has_default(ctx.module, &plan.name) {
        quote! {
            /// The first branch, with its default value.
            impl Default for #name {
                fn default() -> Self {
                    Self::#first(Default::default())
                }
            }
        }
    } else {
        quote!()
    };
    quote! {
        #docs
        #derives
        pub enum #name { #(#variants)* }
        #default
        #froms
        #(#decls)*
        impl rt::Group for #name {
            #starts
            fn read(r: &mut rt::Reader<'_>) -> rt::ReadResult<Self> {
                #(#tries)*
                #fallback
            }
            fn write(&self, w: &mut rt::Writer) {
                match self { #(#writes)* }
            }
        }
    }
}

/// `From` the value of each branch whose item type no other branch has: an
/// optional branch wraps it in `Some`, a repeated one in a one-item `Vec`.
fn branch_conversions(ctx: &Ctx<'_>, name: &Ident, branches: &[NamedField]) -> TokenStream {
    let items: Vec<TokenStream> = branches.iter().map(|b| ctx.item_type(b)).collect();
    let keys: Vec<String> = items.iter().map(ToString::to_string).collect();
    let mut out = TokenStream::new();
    for (i, branch) in branches.iter().enumerate() {
        if keys.iter().filter(|k| **k == keys[i]).count() > 1 {
            continue;
        }
        let variant = ident(&branch.name);
        let item = &items[i];
        let wrapped = match branch.occurs {
            Occurs::One => quote!(value),
            Occurs::Optional => quote!(Some(value)),
            Occurs::Many { .. } => quote!(vec![value]),
        };
        out.extend(quote! {
            impl From<#item> for #name {
                fn from(value: #item) -> Self {
                    Self::#variant(#wrapped)
                }
            }
        });
    }
    out
}

fn branch_emptiable(ctx: &Ctx<'_>, branch: &NamedField) -> bool {
    match branch.occurs {
        Occurs::Optional | Occurs::Many { min: 0, .. } => true,
        _ => match &branch.kind {
            NamedKind::Element(_) => false,
            NamedKind::Group(name) => ctx
                .plan
                .groups
                .get(ctx.module)
                .and_then(|groups| groups.iter().find(|g| &g.name == name))
                .is_some_and(|g| g.emptiable),
        },
    }
}

/// `3` or `rt::UNBOUNDED`.
fn occurs_literal(n: u32) -> TokenStream {
    if n == u32::MAX {
        quote!(rt::UNBOUNDED)
    } else {
        let n = proc_macro2::Literal::u32_unsuffixed(n);
        quote!(#n)
    }
}
