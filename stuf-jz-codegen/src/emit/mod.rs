//! Emits formatted Rust for a resolved model: one module per namespace
//! (`stuf`, `bg`, `zkn`, `jz`), and a `Message` enum over the roots.

mod boxing;
mod complex;
mod context;
pub mod plan;
mod shape;
mod simple;

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::Model;
use context::{ident, Ctx};
pub use plan::PlanError;

/// Generates the Rust source of a model.
pub fn generate(model: &Model) -> Result<String, PlanError> {
    let plan = plan::plan(model)?;
    let mut modules: Vec<String> = plan
        .simples
        .keys()
        .chain(plan.structs.keys())
        .chain(plan.groups.keys())
        .cloned()
        .collect();
    modules.sort();
    modules.dedup();
    let mut items = TokenStream::new();
    for module in &modules {
        let ctx = Ctx {
            model,
            plan: &plan,
            module,
            attribute_consts: Default::default(),
        };
        let mut body = TokenStream::new();
        for s in plan.structs.get(module).into_iter().flatten() {
            body.extend(complex::structure(&ctx, s));
        }
        for g in plan.groups.get(module).into_iter().flatten() {
            body.extend(complex::group(&ctx, g));
        }
        for s in plan.simples.get(module).into_iter().flatten() {
            body.extend(simple::simple_type(&ctx, s)?);
        }
        body.extend(ctx.attribute_const_items());
        let name = ident(module);
        let ns = crate::naming::NAMESPACES
            .iter()
            .find(|(prefix, _)| prefix.eq_ignore_ascii_case(module))
            .map_or(String::new(), |(_, uri)| format!(" (`{uri}`)"));
        let doc = format!(" Types of the `{module}` namespace{ns}.");
        items.extend(quote! {
            #[doc = #doc]
            pub mod #name {
                #[allow(unused_imports)]
                use stuf_jz_types as rt;
                #body
            }
        });
    }
    items.extend(message_enum(model, &plan));
    let file: syn::File =
        syn::parse2(items).map_err(|e| PlanError(format!("generated code does not parse: {e}")))?;
    Ok(prettyplease::unparse(&file))
}

/// `Message`: any message of the bundle, read by its root element.
fn message_enum(model: &Model, plan: &plan::Plan) -> TokenStream {
    let ctx = Ctx {
        model,
        plan,
        module: "",
        attribute_consts: Default::default(),
    };
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let mut writes = Vec::new();
    let mut validates = Vec::new();
    let mut names = Vec::new();
    let mut name_arms = Vec::new();
    for (root, ty) in &plan.roots {
        let variant = ident(&crate::naming::type_name(&root.name.local));
        let path = ctx.rust_path(ty);
        let path = quote!(#path).to_string().replace("super :: ", "");
        let path: TokenStream = path.parse().expect("type path");
        let local = &root.name.local;
        let ns = &root.name.ns;
        let doc = format!(" `{local}`");
        variants.push(quote!(#[doc = #doc] #variant(#path),));
        arms.push(quote! {
            Some((#ns, #local)) => {
                let (value, violations) = reader.read_document::<#path>(<#path as rt::Document>::ROOT);
                (value.map(Self::#variant), violations)
            }
        });
        writes.push(quote!(Self::#variant(m) => rt::Document::to_xml(m),));
        validates.push(quote!(Self::#variant(m) => rt::Document::validate_message(m),));
        names.push(local.clone());
        name_arms.push(quote!(Self::#variant(_) => #local,));
    }
    quote! {
        use stuf_jz_types as rt;
        /// Any message of this schema version, read by its root element.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Message { #(#variants)* }
        impl Message {
            /// The root element names of the messages.
            pub const ROOTS: &'static [&'static str] = &[#(#names),*];
            /// Reads any message, returning the value (when one could be
            /// built) and every violation found.
            pub fn read(xml: &str) -> (Option<Self>, Vec<rt::Violation>) {
                let mut reader = rt::Reader::new(xml);
                let root = reader.root_name();
                match root.as_ref().map(|(ns, local)| (ns.as_str(), local.as_str())) {
                    #(#arms)*
                    Some(_) => (None, reader.wrong_root(Self::ROOTS)),
                    None => (None, reader.finish()),
                }
            }
            /// Reads and validates any message; fails with every violation.
            pub fn from_xml(xml: &str) -> Result<Self, rt::ReadError> {
                match Self::read(xml) {
                    (Some(message), violations) if violations.is_empty() => Ok(message),
                    (_, violations) => Err(rt::ReadError { violations }),
                }
            }
            /// Writes the message; refuses a value that breaks the schema.
            pub fn to_xml(&self) -> Result<String, rt::WriteError> {
                match self { #(#writes)* }
            }
            /// Every violation of the schema in this value.
            pub fn validate(&self) -> Vec<rt::Violation> {
                match self { #(#validates)* }
            }
            /// The root element name.
            pub fn root_name(&self) -> &'static str {
                match self { #(#name_arms)* }
            }
        }
    }
}
