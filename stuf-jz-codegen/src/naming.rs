//! Naming rules: schema names to Rust names, and the usual namespace prefixes.
//!
//! `ZAK-vto` becomes the type `ZakVto`, `inp.bsn` the field `inp_bsn`,
//! `geenWaarde` the variant `GeenWaarde`; Rust keywords get a raw-free
//! alternative (`type` becomes `type_`), names that would start with a digit
//! get a prefix.

/// The StUF namespaces and their customary prefixes, in the order in which
/// written messages declare them.
pub const NAMESPACES: &[(&str, &str)] = &[
    ("StUF", "http://www.egem.nl/StUF/StUF0301"),
    ("BG", "http://www.egem.nl/StUF/sector/bg/0310"),
    ("ZKN", "http://www.egem.nl/StUF/sector/zkn/0310"),
    ("JZ", "http://www.stufstandaarden.nl/koppelvlak/jz0100"),
    ("xsi", "http://www.w3.org/2001/XMLSchema-instance"),
    ("xmime", "http://www.w3.org/2005/05/xmlmime"),
    ("gml", "http://www.opengis.net/gml"),
    ("xlink", "http://www.w3.org/1999/xlink"),
    ("xml", "http://www.w3.org/XML/1998/namespace"),
];

/// The customary prefix of a namespace.
pub fn namespace_prefix(ns: &str) -> Option<&'static str> {
    NAMESPACES
        .iter()
        .find(|(_, uri)| *uri == ns)
        .map(|(p, _)| *p)
}

/// The Rust module that holds the types of a namespace (`stuf`, `bg`, ...).
pub fn namespace_module(ns: &str) -> String {
    match namespace_prefix(ns) {
        Some(prefix) => prefix.to_ascii_lowercase(),
        None if ns.is_empty() => "unqualified".to_string(),
        None => snake_case(ns.rsplit('/').next().unwrap_or("other")),
    }
}

/// Splits a schema name into words: at `-`, `.`, `_`, spaces and other
/// punctuation, and at lower-to-upper case changes (`heeftBetrekkingOp`).
fn words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        let boundary = i > 0 && c.is_uppercase() && {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            prev.is_lowercase() || prev.is_ascii_digit() || (prev.is_uppercase() && next_lower)
        };
        if boundary && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        current.push(c);
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// Replaces characters that are not valid in Rust identifiers.
fn ascii_fold(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            c if c.is_ascii_alphanumeric() => c,
            _ => '_',
        })
        .collect()
}

/// `UpperCamelCase` for types and variants.
pub fn type_name(name: &str) -> String {
    let mut out: String = words(name)
        .iter()
        .map(|w| {
            let lower = ascii_fold(&w.to_lowercase());
            let mut chars = lower.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect();
    if out.is_empty() {
        out.push_str("Empty");
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    if matches!(
        out.as_str(),
        "Self" | "Option" | "Vec" | "String" | "Box" | "Result"
    ) {
        out.push('_');
    }
    out
}

/// `snake_case` for fields and modules.
pub fn snake_case(name: &str) -> String {
    let mut out = words(name)
        .iter()
        .map(|w| ascii_fold(&w.to_lowercase()))
        .collect::<Vec<_>>()
        .join("_");
    if out.is_empty() {
        out.push_str("value");
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    if is_keyword(&out) {
        out.push('_');
    }
    out
}

/// `SCREAMING_SNAKE_CASE` for constants.
pub fn constant_name(name: &str) -> String {
    let snake = snake_case(name);
    snake.trim_end_matches('_').to_ascii_uppercase()
}

fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "as" | "break"
            | "const"
            | "continue"
            | "crate"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "async"
            | "await"
            | "dyn"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "macro"
            | "override"
            | "priv"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
            | "try"
            | "gen"
    )
}

/// Makes names unique within one scope by appending `2`, `3`, ...
#[derive(Debug, Default)]
pub struct UniqueNames {
    taken: std::collections::HashSet<String>,
}

impl UniqueNames {
    /// Reserves `name`, or the first free `name2`, `name3`, ...
    pub fn claim(&mut self, name: String) -> String {
        if self.taken.insert(name.clone()) {
            return name;
        }
        let separator = if name.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        (2..)
            .map(|n| format!("{name}{separator}{n}"))
            .find(|candidate| self.taken.insert(candidate.clone()))
            .expect("an unused name exists")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names_read_well() {
        assert_eq!(type_name("ZAK-vto"), "ZakVto");
        assert_eq!(type_name("BTR-r-e-vt-melding"), "BtrREVtMelding");
        assert_eq!(type_name("Stuurgegevens-vtoDi01"), "StuurgegevensVtoDi01");
        assert_eq!(type_name("geenWaarde"), "GeenWaarde");
        assert_eq!(type_name("NPS-vto-gezaghebbende"), "NpsVtoGezaghebbende");
        assert_eq!(type_name("1"), "V1");
        assert_eq!(type_name(""), "Empty");
        assert_eq!(type_name("Geslachtsnaam-e"), "GeslachtsnaamE");
        assert_eq!(type_name("OINNummer-e"), "OinNummerE");
        assert_eq!(type_name("Ja"), "Ja");
        assert_eq!(type_name("String"), "String_");
    }

    #[test]
    fn field_names_read_well() {
        assert_eq!(snake_case("inp.bsn"), "inp_bsn");
        assert_eq!(snake_case("heeftBetrekkingOp"), "heeft_betrekking_op");
        assert_eq!(snake_case("type"), "type_");
        assert_eq!(snake_case("eMail"), "e_mail");
        assert_eq!(snake_case("SASHniveau"), "sas_hniveau");
        assert_eq!(snake_case("geïnformeerd"), "geinformeerd");
        assert_eq!(snake_case("2e"), "_2e");
        assert_eq!(constant_name("heeftBetrekkingOp"), "HEEFT_BETREKKING_OP");
        assert_eq!(constant_name("type"), "TYPE");
    }

    #[test]
    fn unique_names_get_numbers() {
        let mut names = UniqueNames::default();
        assert_eq!(names.claim("naam".into()), "naam");
        assert_eq!(names.claim("naam".into()), "naam2");
        assert_eq!(names.claim("naam".into()), "naam3");
        assert_eq!(names.claim("v1".into()), "v1");
        assert_eq!(names.claim("v1".into()), "v1_2");
    }

    #[test]
    fn namespaces_have_modules() {
        assert_eq!(namespace_module("http://www.egem.nl/StUF/StUF0301"), "stuf");
        assert_eq!(
            namespace_module("http://www.stufstandaarden.nl/koppelvlak/jz0100"),
            "jz"
        );
    }
}
