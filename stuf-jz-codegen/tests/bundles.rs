//! The official bundles load and resolve from their message roots.

use std::path::PathBuf;

use stuf_jz_codegen::loader::SchemaSet;
use stuf_jz_codegen::resolve::{default_roots, resolve};

fn bundle(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../xsd")
        .join(rel)
}

fn roots_of(rel: &str) -> (Vec<String>, usize) {
    let set = SchemaSet::load(&bundle(rel)).unwrap();
    let roots = default_roots(&set);
    let model = match resolve(&set, &roots) {
        Ok(model) => model,
        Err(errors) => panic!(
            "{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    };
    (
        roots.iter().map(|r| r.local.clone()).collect(),
        model.types.len(),
    )
}

#[test]
fn resolves_1_0_7() {
    let (roots, types) = roots_of("stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd");
    eprintln!("1.0.7: {roots:?} {types} types");
    assert_eq!(roots.len(), 7);
}

#[test]
fn resolves_1_0_9_normative() {
    let (roots, types) = roots_of("stuf-jz-1.0.9/jz0100/jz0100_msg_totaal.xsd");
    eprintln!("1.0.9: {roots:?} {types} types");
    assert_eq!(roots.len(), 13);
}

/// Writes a schema to a temporary file and returns its path.
fn temp_schema(name: &str, body: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("stuf-jz-bundles-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(
        &path,
        format!(
            r#"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" targetNamespace="urn:t" elementFormDefault="qualified">
{body}
</xs:schema>"#
        ),
    )
    .unwrap();
    path
}

#[test]
fn undefined_references_matter_only_where_a_message_reaches_them() {
    let unreachable = temp_schema(
        "unreachable.xsd",
        r#"<xs:element name="bericht" type="xs:string"/>
  <xs:complexType name="Kapot"><xs:sequence><xs:element name="x" type="t:BestaatNiet"/></xs:sequence></xs:complexType>"#,
    );
    let set = SchemaSet::load(&unreachable).unwrap();
    assert!(resolve(&set, &default_roots(&set)).is_ok());

    let reachable = temp_schema(
        "reachable.xsd",
        r#"<xs:element name="bericht" type="t:Heel"/>
  <xs:complexType name="Heel"><xs:sequence><xs:element name="kapot" type="t:Kapot"/></xs:sequence></xs:complexType>
  <xs:complexType name="Kapot"><xs:sequence>
    <xs:element name="x" type="t:BestaatNiet"/></xs:sequence></xs:complexType>"#,
    );
    let set = SchemaSet::load(&reachable).unwrap();
    let errors = resolve(&set, &default_roots(&set)).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let error = &errors[0];
    let location = error.location.as_ref().expect("the error has a place");
    assert!(location.file.ends_with("reachable.xsd"));
    assert_eq!((location.line, location.column), (5, 5));
    let text = error.to_string();
    assert!(
        text.contains("BestaatNiet") && text.contains("reached through"),
        "{text}"
    );
}

/// Every pattern in the official bundles translates (the schemas
/// themselves are scanned, so new patterns are covered too). Lives here, not
/// in `xsd_regex`, because it reads `../xsd`, which the published package
/// does not have.
#[test]
fn all_patterns_in_schema_files_translate() {
    use std::path::Path;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../xsd");
    let attr = regex::Regex::new(r#"pattern\s+value\s*=\s*"([^"]*)""#).unwrap();
    let (mut dirs, mut seen) = (vec![root], 0);
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "xsd") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for cap in attr.captures_iter(&text) {
                    let value = cap[1]
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&apos;", "'")
                        .replace("&amp;", "&");
                    stuf_jz_codegen::xsd_regex::translate(&value)
                        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                    seen += 1;
                }
            }
        }
    }
    assert!(
        seen >= 60,
        "expected the official bundles' patterns under ../xsd, found {seen}"
    );
}
