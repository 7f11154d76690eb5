//! Shared token helpers: type paths, declarations, documentation.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::emit::plan::{NamedField, NamedKind, Plan, RustType};
use crate::emit::shape::Occurs;
use crate::loader::QName;
use crate::model::{AttributeUse, ElementDecl, Model, TypeId};

/// What every emitter needs: the model, the plan, and the current module.
pub struct Ctx<'a> {
    /// The schema model.
    pub model: &'a Model,
    /// The plan.
    pub plan: &'a Plan,
    /// The module being emitted.
    pub module: &'a str,
    /// Attribute declarations used in this module, shared by every type
    /// that uses the same attribute the same way: key, constant, tokens.
    pub attribute_consts: std::cell::RefCell<Vec<(String, Ident, TokenStream)>>,
    /// What the configuration adds to generated items.
    pub options: &'a Options,
    /// The group module being emitted inside the namespace module, if any.
    pub nested: Option<&'a str>,
}

/// Generation options that shape the emitted items (see `Config`).
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Extra attributes per type: a schema type name (`ZKN:ZAK-vto`), a
    /// Rust type name (`ZakVto`) or `.` for every type, and the attribute.
    pub type_attributes: Vec<(String, String)>,
    /// Derive serde's `Serialize` and `Deserialize`.
    pub serde: bool,
    /// The path of the runtime crate in generated code (`stuf_jz_types`
    /// when empty).
    pub runtime_path: String,
    /// Schema types not to generate, with the Rust path to use instead.
    pub extern_paths: Vec<(String, String)>,
}

/// An identifier.
pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

impl Ctx<'_> {
    /// The path of the runtime crate (`stuf_jz_types`, or the configured one).
    pub fn runtime_path(&self) -> TokenStream {
        let path = match self.options.runtime_path.as_str() {
            "" => "stuf_jz_types",
            path => path,
        };
        path.parse()
            .unwrap_or_else(|_| quote!(compile_error!("runtime_path does not parse")))
    }

    /// The derives and attributes of a generated type: `Debug`, `Clone`,
    /// `PartialEq`, `Eq`, `Hash`, `Default` when `default` (enums with data
    /// get a hand-written one), and the configured extra attributes whose
    /// matcher names `schema_name` or `rust_name` (serde's are added by
    /// the `serde` module).
    pub fn derives(&self, schema_name: &str, rust_name: &str, default: bool) -> TokenStream {
        let default = if default { quote!(, Default) } else { quote!() };
        let mut out = quote!(#[derive(Debug, Clone, PartialEq, Eq, Hash #default)]);
        for (matcher, attribute) in &self.options.type_attributes {
            if matcher == "." || matcher == schema_name || matcher == rust_name {
                let attribute: TokenStream = attribute
                    .parse()
                    .unwrap_or_else(|_| quote!(compile_error!("type_attribute does not parse")));
                out.extend(attribute);
            }
        }
        out
    }

    /// The Rust path of a schema type, as seen from the current module.
    pub fn type_path(&self, id: TypeId) -> TokenStream {
        self.rust_path(&self.plan.types[&id])
    }

    /// The Rust path of a planned type.
    pub fn rust_path(&self, ty: &RustType) -> TokenStream {
        match ty {
            RustType::String => quote!(String),
            RustType::Extern(path) => path
                .parse()
                .unwrap_or_else(|_| quote!(compile_error!("extern_path does not parse"))),
            RustType::Runtime(name) => {
                let name = ident(name);
                quote!(rt::xs::#name)
            }
            RustType::Generated(module, name) => {
                let name = ident(name);
                let up = if self.nested.is_some() {
                    quote!(super::)
                } else {
                    quote!()
                };
                if module == self.module {
                    quote!(#up #name)
                } else {
                    let module = ident(module);
                    quote!(#up super::#module::#name)
                }
            }
        }
    }

    /// The Rust type of one occurrence of a field (without `Option`/`Vec`).
    pub fn item_type(&self, field: &NamedField) -> TokenStream {
        match &field.kind {
            NamedKind::Element(decl) => {
                let ty = self.type_path(decl.ty);
                let ty = if decl.nillable {
                    quote!(rt::Nillable<#ty>)
                } else {
                    ty
                };
                if field.boxed {
                    quote!(Box<#ty>)
                } else {
                    ty
                }
            }
            NamedKind::Group(key) => self.group_path(key),
        }
    }

    /// The path of a group (`module::Short` key) from where code is emitted.
    pub fn group_path(&self, key: &str) -> TokenStream {
        let (module, short) = key.split_once("::").unwrap_or(("", key));
        let short = ident(short);
        if self.nested == Some(module) || module.is_empty() {
            quote!(#short)
        } else {
            let module = ident(module);
            quote!(#module::#short)
        }
    }

    /// The same path as text, for documentation links.
    pub fn group_doc_path(&self, key: &str) -> String {
        self.group_path(key).to_string().replace(' ', "")
    }

    /// The Rust type of a field.
    pub fn field_type(&self, field: &NamedField) -> TokenStream {
        let item = self.item_type(field);
        match field.occurs {
            Occurs::One => item,
            Occurs::Optional => quote!(Option<#item>),
            Occurs::Many { .. } => quote!(Vec<#item>),
        }
    }

    /// The schema name of a type, for messages (`ZKN:ZAK-vto`).
    pub fn schema_type_name(&self, id: TypeId) -> String {
        self.model.ty(id).info().name.display()
    }

    /// A static element declaration for one field.
    pub fn element_decl(&self, decl: &ElementDecl, occurs: Occurs) -> TokenStream {
        let (min, max) = match occurs {
            Occurs::One => (1, 1),
            Occurs::Optional => (0, 1),
            Occurs::Many { min, max } => (min, max),
        };
        let ns = &decl.name.ns;
        let name = &decl.name.local;
        let nillable = decl.nillable;
        let min = proc_macro2::Literal::u32_unsuffixed(min);
        let max = if max == u32::MAX {
            quote!(rt::UNBOUNDED)
        } else {
            let max = proc_macro2::Literal::u32_unsuffixed(max);
            quote!(#max)
        };
        let fixed = option_str(decl.fixed.as_deref());
        let schema_type = self.schema_type_name(decl.ty);
        quote! {
            rt::ElementDecl { ns: #ns, name: #name, min: #min, max: #max, nillable: #nillable, fixed: #fixed, schema_type: #schema_type }
        }
    }

    /// The constant of an attribute declaration, shared within the module.
    pub fn attribute_const(&self, attr: &AttributeUse) -> Ident {
        let tokens = self.attribute_decl(attr);
        let key = tokens.to_string();
        let mut consts = self.attribute_consts.borrow_mut();
        if let Some((_, name, _)) = consts.iter().find(|(k, _, _)| *k == key) {
            return name.clone();
        }
        let mut base = format!("ATTR_{}", crate::naming::constant_name(&attr.name.local));
        if let Some(fixed) = &attr.fixed {
            base.push('_');
            base.push_str(&crate::naming::constant_name(fixed));
        }
        if attr.required {
            base.push_str("_REQUIRED");
        }
        let mut name = base.clone();
        let mut n = 2;
        while consts.iter().any(|(_, existing, _)| *existing == name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        let name = Ident::new(&name, Span::call_site());
        consts.push((key, name.clone(), tokens));
        name
    }

    /// The shared attribute declarations of the module.
    pub fn attribute_const_items(&self) -> TokenStream {
        let consts = self.attribute_consts.borrow();
        let items = consts
            .iter()
            .map(|(_, name, tokens)| quote!(const #name: rt::AttributeDecl = #tokens;));
        quote!(#(#items)*)
    }

    /// A static attribute declaration.
    pub fn attribute_decl(&self, attr: &AttributeUse) -> TokenStream {
        let ns = &attr.name.ns;
        let name = &attr.name.local;
        let required = attr.required;
        let fixed = option_str(attr.fixed.as_deref());
        let default = option_str(attr.default.as_deref());
        let schema_type = self.schema_type_name(attr.ty);
        quote! {
            rt::AttributeDecl { ns: #ns, name: #name, required: #required, fixed: #fixed, default: #default, schema_type: #schema_type }
        }
    }
}

/// `Some("x")` or `None`.
pub fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(v) => quote!(Some(#v)),
        None => quote!(None),
    }
}

/// The name of the constant holding a field's declaration.
pub fn decl_const(owner: &str, field: &str) -> Ident {
    format_ident!(
        "{}_{}",
        crate::naming::constant_name(owner),
        crate::naming::constant_name(field)
    )
}

/// Doc attributes for text, one per line.
pub fn doc(text: &str) -> TokenStream {
    let mut out = TokenStream::new();
    for line in text.lines() {
        let line = format!(" {line}");
        out.extend(quote!(#[doc = #line]));
    }
    out
}

/// Schema documentation made safe for rustdoc (no links, HTML or bare URLs).
pub fn schema_text(text: &str) -> String {
    text.lines().map(escape_doc).collect::<Vec<_>>().join("\n")
}

/// Escapes Markdown and HTML that rustdoc would interpret in schema text.
fn escape_doc(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.trim().chars() {
        match c {
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    // Bare URLs become links, so rustdoc does not warn about them.
    out.split(' ')
        .map(|word| {
            if word.starts_with("http://") || word.starts_with("https://") {
                format!("<{word}>")
            } else {
                word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `` `prefix:local` `` for documentation.
pub fn qname_doc(name: &QName) -> String {
    format!("`{name}`")
}

/// A `matches!` test of a namespace and local name against element names.
pub fn name_test(names: &[QName]) -> TokenStream {
    if names.is_empty() {
        return quote!(false);
    }
    // The local name first: it tells most names apart, where the
    // namespace URIs are long and often the same.
    let arms = names.iter().map(|q| {
        let (ns, local) = (&q.ns, &q.local);
        quote!((#local, #ns))
    });
    quote!(matches!((local, ns), #(#arms)|*))
}
