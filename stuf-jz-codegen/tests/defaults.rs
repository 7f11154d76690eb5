//! Over the official bundles (1.0.7, 1.0.9, each with the StUF replies):
//! no enumeration of two or more values implements `Default`, and every
//! struct without `Default` has a `new` taking exactly its parts without a
//! default. The generator's own plan says which types have a default; the
//! generated source, parsed with syn, must say the same.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use stuf_jz_codegen::emit::plan::{plan, ContentPlan, Plan};
use stuf_jz_codegen::emit::{generate, Options};
use stuf_jz_codegen::Config;

/// A generated type: namespace module and name (a group: `module::Short`).
type Key = (String, String);

/// What the generated source declares.
#[derive(Default)]
struct Emitted {
    types: HashSet<Key>,
    defaults: HashSet<Key>,
    /// `new` and its number of parameters.
    constructors: HashMap<Key, usize>,
    /// `impl From<X> for Y`: Y and X as written.
    froms: HashSet<(Key, String)>,
}

fn key(path: &[String], name: &str) -> Key {
    match path {
        [module] => (module.clone(), name.to_string()),
        [module, group] => (module.clone(), format!("{group}::{name}")),
        _ => (String::new(), name.to_string()),
    }
}

fn derives_default(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("derive")
            && a.meta.require_list().is_ok_and(|list| {
                list.tokens
                    .to_string()
                    .split(',')
                    .any(|d| d.trim() == "Default")
            })
    })
}

fn self_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

fn walk(items: &[syn::Item], path: &mut Vec<String>, out: &mut Emitted) {
    for item in items {
        match item {
            syn::Item::Mod(m) => {
                if let Some((_, inner)) = &m.content {
                    path.push(m.ident.to_string());
                    walk(inner, path, out);
                    path.pop();
                }
            }
            syn::Item::Struct(s) => {
                let k = key(path, &s.ident.to_string());
                if derives_default(&s.attrs) {
                    out.defaults.insert(k.clone());
                }
                out.types.insert(k);
            }
            syn::Item::Enum(e) => {
                let k = key(path, &e.ident.to_string());
                if derives_default(&e.attrs) {
                    out.defaults.insert(k.clone());
                }
                out.types.insert(k);
            }
            syn::Item::Impl(i) => {
                let Some(name) = self_name(&i.self_ty) else {
                    continue;
                };
                let k = key(path, &name);
                match &i.trait_ {
                    Some((_, trait_path, _)) => {
                        let last = trait_path.segments.last().unwrap();
                        if last.ident == "Default" {
                            out.defaults.insert(k);
                        } else if last.ident == "From" {
                            let arg = quote::ToTokens::to_token_stream(&last.arguments);
                            out.froms.insert((k, arg.to_string().replace(' ', "")));
                        }
                    }
                    None => {
                        for inner in &i.items {
                            if let syn::ImplItem::Fn(f) = inner {
                                if f.sig.ident == "new" {
                                    out.constructors.insert(k.clone(), f.sig.inputs.len());
                                }
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

/// The plan and the parsed generated source of a bundle.
fn generated(rel: &str) -> (Plan, Emitted) {
    let entry = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../xsd")
        .join(rel);
    let (_, model) = Config::new().stuf_replies().model(&entry).unwrap();
    let options = Options::default();
    let plan = plan(&model, &options).unwrap();
    let code = generate(&model, &options).unwrap();
    let file = syn::parse_file(&code).unwrap();
    let mut emitted = Emitted::default();
    walk(&file.items, &mut Vec::new(), &mut emitted);
    (plan, emitted)
}

/// How many parts of a struct have no default (what `new` takes).
fn without_default_parts(
    plan: &Plan,
    module: &str,
    s: &stuf_jz_codegen::emit::plan::StructPlan,
) -> usize {
    let content = match &s.content {
        ContentPlan::Empty => 0,
        ContentPlan::Simple(id) => usize::from(!plan.type_has_default(&plan.types[id])),
        ContentPlan::Fields(fields) => fields
            .iter()
            .filter(|f| !plan.field_has_default(module, f))
            .count(),
    };
    let attributes = s
        .attributes
        .iter()
        .filter(|(_, a)| !plan.attribute_has_default(a))
        .count();
    content + attributes
}

/// Checks one bundle; returns (struct types, of them without `Default`,
/// enumerations of several values, choices without `Default`).
fn check(plan: &Plan, emitted: &Emitted) -> (usize, usize, usize, usize) {
    let mut enums = 0;
    for (module, simples) in &plan.simples {
        for simple in simples {
            let Some(variants) = &simple.variants else {
                continue;
            };
            let k = (module.clone(), simple.name.clone());
            assert!(emitted.types.contains(&k), "{k:?} is not generated");
            if variants.len() >= 2 {
                enums += 1;
                assert!(
                    !plan.has_default(module, &simple.name),
                    "{k:?} planned with Default"
                );
                assert!(
                    !emitted.defaults.contains(&k),
                    "{k:?}: {} values, but Default",
                    variants.len()
                );
            } else {
                assert!(
                    emitted.defaults.contains(&k),
                    "one-value {k:?} without Default"
                );
            }
        }
    }
    // A type's key, and whether it has Default: as planned, and so emitted.
    let planned = |module: &String, name: &String| {
        let k = (module.clone(), name.clone());
        let has = plan.has_default(module, name);
        assert_eq!(
            emitted.defaults.contains(&k),
            has,
            "{k:?}: Default as planned"
        );
        (k, has)
    };
    let (mut structs, mut without) = (0, 0);
    for (module, list) in &plan.structs {
        for s in list {
            structs += 1;
            let (k, has) = planned(module, &s.name);
            if has {
                continue;
            }
            without += 1;
            let taken = without_default_parts(plan, module, s);
            assert!(taken > 0, "{k:?} has no Default but every part has one");
            assert_eq!(
                emitted.constructors.get(&k),
                Some(&taken),
                "{k:?}: new takes its {taken} parts without a default"
            );
        }
    }
    let mut choices = 0;
    for (module, groups) in &plan.groups {
        for g in groups {
            let (k, has) = planned(module, &g.name);
            if has {
                continue;
            }
            if g.is_choice {
                choices += 1;
                let first = &g.parts[0];
                assert!(
                    !plan.field_has_default(module, first),
                    "{k:?}: its first branch has a default"
                );
            } else {
                structs += 1;
                without += 1;
                let taken = g
                    .parts
                    .iter()
                    .filter(|f| !plan.field_has_default(module, f))
                    .count();
                assert_eq!(
                    emitted.constructors.get(&k),
                    Some(&taken),
                    "{k:?}: new takes its {taken} parts"
                );
            }
        }
    }
    (structs, without, enums, choices)
}

fn k(module: &str, name: &str) -> Key {
    (module.to_string(), name.to_string())
}

#[test]
fn v1_0_7_enumerations_of_several_values_have_no_default() {
    let rel = "stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd";
    let (plan, emitted) = generated(rel);
    let (structs, without, enums, choices) = check(&plan, &emitted);
    eprintln!("1.0.7: {without} of {structs} structs without Default (new), {enums} enumerations of several values, {choices} choices without Default");
    // `omschrijving` of a ZAKOBJ-vto: `Client (kind)` or `Client (ongeboren kind)`.
    assert_eq!(
        plan.simples["zkn"]
            .iter()
            .find(|s| s.name == "OmschrijvingClientEValue")
            .and_then(|s| s.variants.as_ref())
            .map(Vec::len),
        Some(2)
    );
    assert!(!emitted
        .defaults
        .contains(&k("zkn", "OmschrijvingClientEValue")));
    assert_eq!(emitted.constructors.get(&k("zkn", "ZakobjVto")), Some(&1));
    // The message root contains it only in a vector: it keeps its default.
    assert!(emitted.defaults.contains(&k("jz", "VtoDi01")));
}

#[test]
fn v1_0_9_enumerations_of_several_values_have_no_default() {
    let rel = "stuf-jz-1.0.9/jz0100/jz0100_msg_totaal.xsd";
    let (plan, emitted) = generated(rel);
    let (structs, without, enums, choices) = check(&plan, &emitted);
    eprintln!("1.0.9: {without} of {structs} structs without Default (new), {enums} enumerations of several values, {choices} choices without Default");
    assert!(without > 0 && enums > 0);
    // `StUF:Systeem-corv-e` adds only `StUF:noValue` to `StUF:Systeem-corv`.
    assert!(emitted
        .froms
        .contains(&(k("stuf", "SysteemCorvE"), "<SysteemCorv>".to_string())));
    assert!(emitted.defaults.contains(&k("stuf", "SysteemCorvE")));
}
