//! The reference lists: the built-in ones equal a run-time read of the
//! official workbook, codes are valid by the message's own date, and a
//! newer workbook (here: a copy written in the test with one JZR end date
//! moved before the message date) is used without rebuilding.

use std::path::{Path, PathBuf};

use stuf_jz::SchemaVersion;
use stuf_jz_rules::reference::{ReferenceLists, Validity};
use stuf_jz_rules::{check_xml, check_xml_with, ids, RuleSet};

#[path = "support/workbook.rs"]
mod workbook;

fn official() -> PathBuf {
    workbook::official(Path::new(env!("CARGO_MANIFEST_DIR")))
}

fn vto() -> String {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/messages/1.0.7/vtoDi01/maximal.xml");
    std::fs::read_to_string(file).unwrap()
}

fn version() -> SchemaVersion {
    SchemaVersion::ALL[0]
}

#[test]
fn builtin_lists_are_the_official_workbook() {
    let loaded = ReferenceLists::from_xlsx(official()).unwrap();
    let builtin = ReferenceLists::builtin();
    assert_eq!(builtin.roles(), loaded.roles());
    assert_eq!(builtin.instantie_lists(), loaded.instantie_lists());
    assert_eq!(builtin.roles().len(), 58);
    let sheets: Vec<&str> = builtin
        .instantie_lists()
        .iter()
        .map(|l| l.sheet.as_str())
        .collect();
    assert_eq!(sheets, ["INS Juli 2026", "INS Augustus 2026"]);
    let mother = builtin.role("111").unwrap();
    assert_eq!(mother.description, "ouder, gezag niet benoemd");
    assert_eq!(mother.valid_from, Some(20140701));
    assert_eq!(builtin.role_validity("111", 20260416), Validity::Valid);
    assert_eq!(
        builtin.role_validity("015", 20260416),
        Validity::Expired {
            from: Some(20140701),
            until: 20160524
        }
    );
    assert_eq!(
        builtin.role_validity("121", 20150101),
        Validity::NotYetValid { from: 20151124 }
    );
    assert_eq!(builtin.role_validity("999", 20260416), Validity::Unknown);
    assert_eq!(
        builtin.instantie_validity("RC0109", 20260801),
        Validity::Valid
    );
    assert_eq!(
        builtin.instantie_validity("AR0001", 20260801),
        Validity::Expired {
            from: Some(18000101),
            until: 20121231
        }
    );
    // Before the oldest sheet, the oldest sheet applies.
    assert_eq!(
        builtin.instantie_list_on(20200101).unwrap().sheet,
        "INS Juli 2026"
    );
    assert_eq!(
        builtin.instantie_list_on(20260815).unwrap().sheet,
        "INS Augustus 2026"
    );
}

#[test]
fn a_newer_workbook_with_an_expired_code_is_used_at_run_time() {
    let xml = vto();
    // The message of 16-04-2026 uses role 113 (ouder zonder gezag).
    assert!(xml.contains("<ZKN:code>113</ZKN:code>"));
    assert!(check_xml(version(), &xml, &RuleSet::default())
        .unwrap()
        .is_empty());

    let file = std::env::temp_dir().join(format!("stuf-jz-rules-jzr-{}.xlsx", std::process::id()));
    // 46023 = 01-01-2026, before the message date.
    workbook::copy_with_end_date(&official(), "113", 46023.0, &file);
    let newer = ReferenceLists::from_xlsx(&file).unwrap();
    std::fs::remove_file(&file).ok();
    assert_eq!(newer.role("113").unwrap().valid_until, Some(20260101));
    assert_eq!(newer.roles().len(), ReferenceLists::builtin().roles().len());

    let found = check_xml_with(version(), &xml, &RuleSet::default(), &newer).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    let v = &found[0];
    assert_eq!(v.rule, ids::ROLCODE);
    assert_eq!(v.path, "/vtoDi01/object/heeftAlsBelanghebbende[2]/code");
    assert_eq!(v.value.as_deref(), Some("113"));
    assert!(
        v.message.contains("expired") && v.message.contains("until 01-01-2026"),
        "{v}"
    );
    assert!(v.message.contains("message date 16-04-2026"), "{v}");
    let p = v.position.unwrap();
    assert!(xml
        .lines()
        .nth(p.line as usize - 1)
        .unwrap()
        .contains("<ZKN:code>113"));
}

#[test]
fn a_broken_workbook_is_a_clear_error() {
    let file =
        std::env::temp_dir().join(format!("stuf-jz-rules-broken-{}.xlsx", std::process::id()));
    std::fs::write(&file, b"not a workbook").unwrap();
    let e = ReferenceLists::from_xlsx(&file).unwrap_err();
    std::fs::remove_file(&file).ok();
    assert!(e.to_string().contains("stuf-jz-rules-broken"), "{e}");
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet().set_name("JZR").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let e = ReferenceLists::from_xlsx_bytes(&bytes, "empty.xlsx").unwrap_err();
    assert!(e.to_string().contains("Rolcode"), "{e}");
}
