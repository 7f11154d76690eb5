//! Converts a StUF-JZ message to JSON and back (feature `serde`): prints
//! the JSON of a message, or with `--to-xml` the XML of a JSON document.
//! The schema version is the first of this build in which the message is
//! valid.
//!
//! ```sh
//! cargo run --features serde --example to_json [FILE]
//! cargo run --features serde --example to_json -- --to-xml FILE.json
//! ```
//!
//! Without a file it converts `examples/messages/1.0.7/vtoDi01/minimal.xml`.

use stuf_jz::SchemaVersion;

/// The JSON of `xml`, in the first schema version of this build (oldest
/// first) in which the message is valid; else the violations of the first
/// version that has its root element.
pub fn to_json(xml: &str) -> Result<(SchemaVersion, String), String> {
    let mut first_error = None;
    for version in SchemaVersion::ALL {
        match version.xml_to_json(xml) {
            Ok(json) => return Ok((*version, json)),
            // A version without this root says only that; prefer another's.
            Err(violations) if violations.iter().any(|v| v.rule != stuf_jz::Rule::Root) => {
                first_error.get_or_insert_with(|| {
                    violations
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("\n")
                });
            }
            Err(_) => {}
        }
    }
    Err(first_error
        .unwrap_or_else(|| "no schema version of this build has this root element".into()))
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let to_xml = args.first().is_some_and(|a| a == "--to-xml");
    if to_xml {
        args.remove(0);
    }
    let path = args.pop().unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/messages/1.0.7/vtoDi01/minimal.xml"
        )
        .into()
    });
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let result = if to_xml {
        // JSON carries no namespace to choose a version by: the first
        // version that reads it (or the first one's error).
        let mut tries = SchemaVersion::ALL.iter().map(|v| v.json_to_xml(&text));
        let first = tries.next().map(|r| r.map_err(|e| e.to_string()));
        match first {
            Some(Err(e)) => tries.find_map(Result::ok).ok_or(e),
            Some(ok) => ok,
            None => Err("this build has no schema version".into()),
        }
    } else {
        to_json(&text).map(|(_, json)| json)
    };
    match result {
        Ok(out) => println!("{out}"),
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
}
