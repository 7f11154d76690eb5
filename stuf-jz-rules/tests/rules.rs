//! Each rule against a bundled sample that passes it and a variant, made
//! by a mutation in code, that breaks exactly that rule: the variant still
//! passes the schema, only that rule reports, at the element concerned
//! (line and column point at its start tag), and the typed message gives
//! the same rule ids and paths.

use stuf_jz::SchemaVersion;
use stuf_jz_rules::{check_rules, check_xml, ids, RuleSet, RuleViolation, Severity};

#[path = "support/cases.rs"]
mod cases;

use cases::{once, sample, CASES, MOTHER_VOORKEUR};

fn versions() -> Vec<(SchemaVersion, &'static str)> {
    SchemaVersion::ALL
        .iter()
        .map(|v| (*v, v.number()))
        .collect()
}

/// The rule violations of a typed message read from `xml`.
fn typed(version: SchemaVersion, xml: &str) -> Vec<RuleViolation> {
    let set = RuleSet::default();
    match version {
        #[cfg(feature = "v1_0_7")]
        SchemaVersion::V1_0_7 => check_rules(&stuf_jz::v1_0_7::Message::read(xml).0.unwrap(), &set),
        #[cfg(feature = "v1_0_9")]
        SchemaVersion::V1_0_9 => check_rules(&stuf_jz::v1_0_9::Message::read(xml).0.unwrap(), &set),
    }
}

/// The start tag at a position has the local name the path ends with.
fn points_at_element(xml: &str, v: &RuleViolation) {
    let p = v.position.unwrap_or_else(|| panic!("no position: {v}"));
    let line = xml.lines().nth(p.line as usize - 1).unwrap();
    let rest: String = line.chars().skip(p.column as usize - 1).collect();
    let last = v.path.rsplit('/').next().unwrap();
    let local = last.split('[').next().unwrap();
    let tag = rest.split([' ', '>', '/']).next().unwrap();
    assert!(
        tag.starts_with('<') && tag.rsplit(':').next() == Some(local),
        "{v}: points at `{tag}`"
    );
}

#[test]
fn each_rule_breaks_alone_at_its_element() {
    let mut covered = std::collections::BTreeSet::new();
    for (version, dir) in versions() {
        for case in CASES {
            let original = sample(dir, case.sample);
            let clean = check_xml(version, &original, &RuleSet::default())
                .expect("sample passes the schema");
            assert!(clean.is_empty(), "{dir}/{}: {clean:?}", case.sample);
            let mutant = (case.mutate)(&original);
            if case.heavy {
                if version == versions()[0].0 {
                    let found = check_xml(version, &mutant, &RuleSet::default())
                        .expect("passes the schema");
                    assert!(
                        !found.is_empty() && found.iter().all(|v| v.rule == case.rule),
                        "{found:?}"
                    );
                    points_at_element(&mutant, &found[0]);
                    covered.insert(case.rule);
                }
                continue;
            }
            let found = match check_xml(version, &mutant, &RuleSet::default()) {
                Ok(found) => found,
                Err(e) => panic!(
                    "{dir}/{} mutant for {} breaks the schema: {e}",
                    case.sample, case.rule
                ),
            };
            assert!(
                !found.is_empty(),
                "{dir}/{}: {} not reported",
                case.sample,
                case.rule
            );
            for v in &found {
                assert_eq!(
                    v.rule, case.rule,
                    "{dir}/{}: another rule reports: {v}",
                    case.sample
                );
                points_at_element(&mutant, v);
                assert!(v.to_string().contains(&format!(": {}: ", case.rule)), "{v}");
            }
            let from_typed: Vec<(&str, String)> = typed(version, &mutant)
                .into_iter()
                .map(|v| {
                    assert!(v.position.is_none());
                    (v.rule, v.path)
                })
                .collect();
            let from_text: Vec<(&str, String)> =
                found.iter().map(|v| (v.rule, v.path.clone())).collect();
            assert_eq!(from_typed, from_text, "{dir}/{}", case.sample);
            covered.insert(case.rule);
        }
    }
    // Every single-message rule has a case (the two-message ones: tests/cross.rs).
    for rule in stuf_jz_rules::RULES {
        if rule.id != ids::TERUGKOPPELING_BSN && rule.id != ids::NOTIFICATIE_VTO {
            assert!(covered.contains(rule.id), "no case for {}", rule.id);
        }
    }
}

#[test]
fn messages_say_what_is_wrong() {
    let (version, dir) = versions()[0];
    let vto = sample(dir, "vtoDi01/maximal.xml");
    let expired = once(&vto, "<ZKN:code>113</ZKN:code>", "<ZKN:code>015</ZKN:code>");
    let v = &check_xml(version, &expired, &RuleSet::default()).unwrap()[0];
    assert_eq!(v.path, "/vtoDi01/object/heeftAlsBelanghebbende[2]/code");
    assert!(
        v.message.contains("expired")
            && v.message.contains("01-07-2014")
            && v.message.contains("24-05-2016"),
        "{v}"
    );
    assert!(
        v.message
            .contains("Niet te gebruiken vanaf versie-1-berichten"),
        "{v}"
    );
    let bsn = once(&vto, ">704550544<", ">704550545<");
    let v = &check_xml(version, &bsn, &RuleSet::default()).unwrap()[0];
    assert_eq!(
        v.to_string(),
        "49:11: /vtoDi01/object/heeftBetrekkingOp/gerelateerde/natuurlijkPersoon/inp.bsn: bsn-11-proef: `704550545` fails the 11-proef"
    );
}

#[test]
fn rule_sets_select_by_group_id_and_severity() {
    let (version, dir) = versions()[0];
    let vto = sample(dir, "vtoDi01/maximal.xml");
    let both = once(&vto, ">704550544<", ">704550545<");
    let both = once(
        &both,
        "<StUF:tijdstipBericht>20260416103745250<",
        "<StUF:tijdstipBericht>20260416253745250<",
    );
    let both = once(&both, MOTHER_VOORKEUR, "<StUF:extraElement naam=\"Clientvolgnummer\">3</StUF:extraElement>\n        <StUF:extraElement naam=\"contactVoorkeur\">");
    let rules_of = |set: RuleSet| -> Vec<&'static str> {
        check_xml(version, &both, &set)
            .unwrap()
            .iter()
            .map(|v| v.rule)
            .collect()
    };
    assert_eq!(
        rules_of(RuleSet::default()),
        vec![ids::TIJDSTIP_BERICHT, ids::BSN_11_PROEF, ids::EXTRA_NAAM]
    );
    assert_eq!(
        rules_of(RuleSet::by_name("stuf").unwrap()),
        vec![ids::TIJDSTIP_BERICHT]
    );
    assert_eq!(
        rules_of(RuleSet::by_name("corv").unwrap()),
        vec![ids::BSN_11_PROEF, ids::EXTRA_NAAM]
    );
    assert!(rules_of(RuleSet::by_name("schema").unwrap()).is_empty());
    assert_eq!(
        rules_of(RuleSet::only(["bsn-11-proef"]).unwrap()),
        vec![ids::BSN_11_PROEF]
    );
    assert_eq!(
        rules_of(RuleSet::default().min_severity(Severity::Error)),
        vec![ids::TIJDSTIP_BERICHT, ids::BSN_11_PROEF]
    );
    assert_eq!(
        rules_of(RuleSet::default().without(["bsn-11-proef"])),
        vec![ids::TIJDSTIP_BERICHT, ids::EXTRA_NAAM]
    );
    assert!(RuleSet::only(["no-such-rule"]).is_err());
    assert!(RuleSet::by_name("everything").is_none());
}

#[test]
fn the_catalogue_is_complete() {
    let mut seen = std::collections::BTreeSet::new();
    for r in stuf_jz_rules::RULES {
        assert!(seen.insert(r.id), "duplicate {}", r.id);
        assert!(!r.description.is_empty() && !r.source.is_empty() && !r.severity_reason.is_empty());
        assert_eq!(stuf_jz_rules::rule(r.id), Some(r));
    }
    assert!(stuf_jz_rules::bsn_11_proef("111222333"));
    assert!(!stuf_jz_rules::bsn_11_proef("123456789"));
    assert!(!stuf_jz_rules::bsn_11_proef("000000000"));
}
