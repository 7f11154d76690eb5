//! Simple types: enumerations become Rust enums that keep the schema
//! literal; every other restricted type becomes a newtype that keeps the
//! lexical value, with its facets in a static.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::context::{doc, ident, schema_text, Ctx};
use crate::emit::plan::{PlanError, SimplePlan};
use crate::model::SimpleType;
use crate::xsd_regex;

/// The tokens of one simple type.
pub fn simple_type(ctx: &Ctx<'_>, plan: &SimplePlan) -> Result<TokenStream, PlanError> {
    let simple = ctx.model.simple(plan.id).expect("planned simple type");
    let name = ident(&plan.name);
    let schema_type = ctx.schema_type_name(plan.id);
    let facets = facets(simple)?;
    let mut docs = format!(
        "Simple type `{schema_type}` (built on `xs:{}`).",
        simple.builtin
    );
    if let Some(text) = &simple.info.doc {
        docs.push_str("\n\n");
        docs.push_str(&schema_text(text));
    }
    let facet_doc = facet_summary(simple);
    if !facet_doc.is_empty() {
        docs.push_str("\n\nFacets: ");
        docs.push_str(&facet_doc);
    }
    let docs = doc(&docs);
    let Some(variants) = &plan.variants else {
        let accessors = match stuf_date_kind(ctx.model, plan.id) {
            Some(StufDateKind::Datum) => quote!(rt::date_type!(#name);),
            Some(StufDateKind::Tijdstip) => quote!(rt::timestamp_type!(#name);),
            None => quote!(),
        };
        let mut derives = ctx.derives(&schema_type, &plan.name, true);
        derives.extend(ctx.serde_derive(quote!(transparent)));
        let facets_const =
            quote::format_ident!("{}_FACETS", crate::naming::constant_name(&plan.name));
        let facets_doc = format!(" The facets of `{schema_type}`.");
        return Ok(quote! {
            #docs
            #derives
            pub struct #name(pub String);
            #[doc = #facets_doc]
            const #facets_const: rt::Facets = #facets;
            rt::lexical_type!(#name, #schema_type, #facets_const);
            #accessors
        });
    };
    let count = proc_macro2::Literal::usize_unsuffixed(variants.len());
    let idents: Vec<_> = variants.iter().map(|(v, _, _)| ident(v)).collect();
    let literals: Vec<&String> = variants.iter().map(|(_, l, _)| l).collect();
    let variant_docs = variants.iter().map(|(_, literal, text)| {
        let mut d = format!("`{literal}`");
        if let Some(text) = text {
            d.push_str(": ");
            d.push_str(&schema_text(text));
        }
        doc(&d)
    });
    // Only a one-value enumeration has a default: with several values the
    // first would be a schema-valid guess (see `defaults`).
    let default = match idents.as_slice() {
        [only] => {
            let default_doc = format!(" `{}`, the only value in the schema.", literals[0]);
            quote! {
                impl Default for #name {
                    #[doc = #default_doc]
                    fn default() -> Self {
                        Self::#only
                    }
                }
            }
        }
        _ => quote!(),
    };
    let mut derives = ctx.derives(&schema_type, &plan.name, false);
    derives.extend(ctx.serde_derive(quote!()));
    let renames = literals.iter().map(|l| ctx.serde_rename(l));
    Ok(quote! {
        #docs
        #derives
        #[derive(Copy)]
        pub enum #name {
            #( #variant_docs #renames #idents, )*
        }
        impl #name {
            /// Every value, in schema order.
            pub const ALL: [Self; #count] = [#( Self::#idents ),*];
            /// The schema literals, in schema order.
            pub const LITERALS: [&'static str; #count] = [#( #literals ),*];
            /// The schema literal.
            pub const fn as_str(self) -> &'static str {
                match self { #( Self::#idents => #literals, )* }
            }
        }
        #default
        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl std::str::FromStr for #name {
            type Err = rt::EnumParseError;
            fn from_str(literal: &str) -> Result<Self, Self::Err> {
                <Self as rt::SimpleValue>::from_lexical(literal.into()).map_err(|literal| {
                    rt::EnumParseError { literal, schema_type: #schema_type, allowed: &Self::LITERALS }
                })
            }
        }
        impl TryFrom<&str> for #name {
            type Error = rt::EnumParseError;
            fn try_from(literal: &str) -> Result<Self, Self::Error> {
                literal.parse()
            }
        }
        impl rt::SimpleValue for #name {
            const SCHEMA_TYPE: &'static str = #schema_type;
            const FACETS: &'static rt::Facets = &#facets;
            fn from_lexical(lexical: std::borrow::Cow<'_, str>) -> Result<Self, String> {
                rt::facets::enumeration_index(&lexical, Self::FACETS).map(|i| Self::ALL[i]).ok_or_else(|| lexical.into_owned())
            }
            fn lexical(&self) -> std::borrow::Cow<'_, str> {
                std::borrow::Cow::Borrowed(self.as_str())
            }
        }
        rt::simple_element!(#name);
    })
}

/// The `rt::Facets` literal of a simple type.
pub fn facets(simple: &SimpleType) -> Result<TokenStream, PlanError> {
    let builtin = stuf_jz_types::Builtin::from_xsd_name(&simple.builtin).ok_or_else(|| {
        PlanError(format!(
            "{}: unknown built-in type xs:{}",
            location(simple),
            simple.builtin
        ))
    })?;
    let builtin_ident = ident(&format!("{builtin:?}"));
    let whitespace = match simple.whitespace.as_deref() {
        Some("preserve") => quote!(rt::WhiteSpace::Preserve),
        Some("replace") => quote!(rt::WhiteSpace::Replace),
        Some("collapse") => quote!(rt::WhiteSpace::Collapse),
        _ => quote!(rt::Builtin::#builtin_ident.whitespace()),
    };
    let mut translated = Vec::new();
    for step in &simple.patterns {
        let mut alternatives = Vec::new();
        for pattern in step {
            let rust = xsd_regex::translate(pattern)
                .map_err(|e| PlanError(format!("{}: {e}", location(simple))))?;
            alternatives.push(rust);
        }
        translated.push(alternatives);
    }
    let patterns = translated.iter().map(|step| quote!(&[#(#step),*]));
    let sources = simple.patterns.iter().map(|step| quote!(&[#(#step),*]));
    let enumeration = simple.enumeration.iter().map(|e| &e.value);
    let num = |v: Option<u32>| match v.map(proc_macro2::Literal::u32_unsuffixed) {
        Some(v) => quote!(Some(#v)),
        None => quote!(None),
    };
    let text = |v: &Option<String>| match v {
        Some(v) => quote!(Some(#v)),
        None => quote!(None),
    };
    let (length, min_length, max_length) = (
        num(simple.length),
        num(simple.min_length),
        num(simple.max_length),
    );
    let (total_digits, fraction_digits) = (num(simple.total_digits), num(simple.fraction_digits));
    let (min_inclusive, max_inclusive) = (text(&simple.min_inclusive), text(&simple.max_inclusive));
    let (min_exclusive, max_exclusive) = (text(&simple.min_exclusive), text(&simple.max_exclusive));
    Ok(quote! {
        rt::Facets {
            builtin: rt::Builtin::#builtin_ident,
            whitespace: #whitespace,
            patterns: &[#(#patterns),*],
            pattern_sources: &[#(#sources),*],
            enumeration: &[#(#enumeration),*],
            length: #length,
            min_length: #min_length,
            max_length: #max_length,
            total_digits: #total_digits,
            fraction_digits: #fraction_digits,
            min_inclusive: #min_inclusive,
            max_inclusive: #max_inclusive,
            min_exclusive: #min_exclusive,
            max_exclusive: #max_exclusive,
        }
    })
}

fn location(simple: &SimpleType) -> String {
    simple
        .info
        .location
        .as_ref()
        .map(|l| l.to_string())
        .unwrap_or_else(|| simple.info.name.display())
}

/// A one-line summary of the facets, for documentation.
fn facet_summary(simple: &SimpleType) -> String {
    let mut parts = Vec::new();
    for step in &simple.patterns {
        parts.push(format!(
            "pattern {}",
            step.iter()
                .map(|p| format!("`{p}`"))
                .collect::<Vec<_>>()
                .join(" or ")
        ));
    }
    let mut push = |name: &str, value: Option<String>| {
        if let Some(v) = value {
            parts.push(format!("{name} {v}"));
        }
    };
    push("length", simple.length.map(|v| v.to_string()));
    push("minLength", simple.min_length.map(|v| v.to_string()));
    push("maxLength", simple.max_length.map(|v| v.to_string()));
    push("totalDigits", simple.total_digits.map(|v| v.to_string()));
    push(
        "fractionDigits",
        simple.fraction_digits.map(|v| v.to_string()),
    );
    push("minInclusive", simple.min_inclusive.clone());
    push("maxInclusive", simple.max_inclusive.clone());
    push("minExclusive", simple.min_exclusive.clone());
    push("maxExclusive", simple.max_exclusive.clone());
    parts.join(", ")
}

/// The StUF date types that get typed accessors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StufDateKind {
    /// `StUF:Datum` (yyyymmdd) or a restriction of it.
    Datum,
    /// `StUF:Tijdstip` (yyyymmddhhmmss[mmm]) or a restriction of it.
    Tijdstip,
}

/// Whether a simple type is (or restricts) `StUF:Datum` or `StUF:Tijdstip`.
pub fn stuf_date_kind(
    model: &crate::model::Model,
    id: crate::model::TypeId,
) -> Option<StufDateKind> {
    let mut at = Some(id);
    let mut steps = 0;
    while let Some(current) = at {
        let simple = model.simple(current)?;
        if let crate::model::TypeName::Named(q) = &simple.info.name {
            if q.ns == "http://www.egem.nl/StUF/StUF0301" {
                match q.local.as_str() {
                    "Datum" => return Some(StufDateKind::Datum),
                    "Tijdstip" => return Some(StufDateKind::Tijdstip),
                    _ => {}
                }
            }
        }
        steps += 1;
        at = simple.base.filter(|_| steps < 32);
    }
    None
}
