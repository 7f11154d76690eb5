//! The property both targets check, for one schema version.
//!
//! For any input:
//! - reading never panics, hangs or allocates without bound (non-UTF-8
//!   input is skipped: `Message::read` takes `&str`);
//! - when a message is built, `validate` and `to_xml_unchecked` never panic,
//!   and the unchecked output can be read again without a panic;
//! - a message read without any violation validates clean (what `from_xml`
//!   accepts, `to_xml` must not refuse);
//! - `to_xml` succeeds exactly when `validate` finds nothing, and then writes
//!   what `to_xml_unchecked` writes;
//! - a valid message, written with `to_xml`, reads back without violations
//!   and equal to itself, and writes back to the same text.

/// Defines `check(data)` for the module `$version` whose `Message` has the
/// variants listed.
macro_rules! round_trip_property {
    ($version:ident: $($variant:ident),+ $(,)?) => {
        use stuf_jz::$version::Message;
        use stuf_jz::Document as _;

        fn to_xml_unchecked(message: &Message) -> String {
            match message {
                $(Message::$variant(m) => m.to_xml_unchecked(),)+
            }
        }

        fn check(data: &[u8]) {
            let Ok(xml) = std::str::from_utf8(data) else {
                return;
            };
            let (message, read_violations) = Message::read(xml);
            let Some(message) = message else {
                return;
            };
            let violations = message.validate();
            if read_violations.is_empty() {
                assert!(
                    violations.is_empty(),
                    "read without violations, but validate finds: {violations:#?}"
                );
            }
            let unchecked = to_xml_unchecked(&message);
            let _ = Message::read(&unchecked);
            match message.to_xml() {
                Err(e) => assert!(
                    !violations.is_empty() && e.violations == violations,
                    "to_xml refused with {:#?}, validate found {violations:#?}",
                    e.violations
                ),
                Ok(written) => {
                    assert!(
                        violations.is_empty(),
                        "to_xml wrote a message that validate refuses: {violations:#?}"
                    );
                    assert_eq!(written, unchecked, "to_xml and to_xml_unchecked differ");
                    let (again, again_violations) = Message::read(&written);
                    assert!(
                        again_violations.is_empty(),
                        "written message reads back with violations: {again_violations:#?}\n{written}"
                    );
                    let again = again.expect("written message reads back without a value");
                    assert_eq!(again, message, "written message reads back different:\n{written}");
                    assert_eq!(
                        again.to_xml().as_deref(),
                        Ok(written.as_str()),
                        "written message writes back different"
                    );
                }
            }
        }
    };
}
