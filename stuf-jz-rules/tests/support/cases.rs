//! One breaking variant per rule, made by a mutation in code of a bundled
//! sample that passes every rule: the variant still passes the schema and
//! breaks exactly that rule. Used by `tests/rules.rs` (the library) and by
//! `stuf-jz-cli/tests/cli_rules.rs` (the command line).

use std::path::Path;

use stuf_jz_rules::ids;

/// The text of the bundled sample `path` (`vtoDi01/typical.xml`) of a
/// version (`1.0.7`).
pub fn sample(version: &str, path: &str) -> String {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/messages")
        .join(version)
        .join(path);
    std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

/// Replaces the one occurrence of `old` (a sample that changed must fail here).
pub fn once(xml: &str, old: &str, new: &str) -> String {
    assert_eq!(xml.matches(old).count(), 1, "expected `{old}` exactly once");
    xml.replacen(old, new, 1)
}

/// A rule and how to break it.
pub struct Case {
    /// The rule id.
    pub rule: &'static str,
    /// A variant of many megabytes: checked in one version, without the
    /// typed round trip.
    pub heavy: bool,
    /// The bundled sample (below the version's folder).
    pub sample: &'static str,
    /// The sample's text to the variant's.
    pub mutate: fn(&str) -> String,
}

/// The extra element (the mother's contact preference) in front of which
/// several variants insert an extra element of their own.
pub const MOTHER_VOORKEUR: &str = "<StUF:extraElement naam=\"contactVoorkeur\">";

fn big_base64(bytes: usize) -> String {
    "QUJD".repeat(bytes / 3 + 1)
}

/// One case per rule that a single message can break.
pub const CASES: &[Case] = &[
    Case {
        heavy: false,
        rule: ids::ZENDER_ONTVANGER,
        sample: "vtoDi01/typical.xml",
        mutate: |x| {
            let z = x.find("<StUF:zender>").unwrap();
            let z_end = x.find("</StUF:zender>").unwrap();
            let zender = &x[z + "<StUF:zender>".len()..z_end];
            let o = x.find("<StUF:ontvanger>").unwrap();
            let o_end = x.find("</StUF:ontvanger>").unwrap();
            format!(
                "{}{}{}",
                &x[..o + "<StUF:ontvanger>".len()],
                zender,
                &x[o_end..]
            )
        },
    },
    Case {
        heavy: false,
        rule: ids::TIJDSTIP_BERICHT,
        sample: "vtoDi01/maximal.xml",
        mutate: |x| {
            once(
                x,
                "<StUF:tijdstipBericht>20260416103745250<",
                "<StUF:tijdstipBericht>20260231103745250<",
            )
        },
    },
    Case {
        heavy: false,
        rule: ids::DATUM,
        sample: "vtoDi01/maximal.xml",
        mutate: |x| {
            let x = once(
                x,
                "StUF:indOnvolledigeDatum=\"V\">20150309<",
                "StUF:indOnvolledigeDatum=\"V\">20150229<",
            );
            once(
                &x,
                "StUF:indOnvolledigeDatum=\"D\">20251100<",
                "StUF:indOnvolledigeDatum=\"D\">20251300<",
            )
        },
    },
    Case {
        heavy: false,
        rule: ids::NO_VALUE_NIL,
        sample: "vtoDi01/maximal.xml",
        mutate: |x| {
            once(
                x,
                "<ZKN:identificatie StUF:exact=\"true\">0796-VTO",
                "<ZKN:identificatie StUF:noValue=\"geenWaarde\" StUF:exact=\"true\">0796-VTO",
            )
        },
    },
    Case {
        heavy: false,
        rule: ids::BSN_11_PROEF,
        sample: "vtoDi01/maximal.xml",
        mutate: |x| once(x, ">704550544<", ">704550545<"),
    },
    Case {
        heavy: false,
        rule: ids::BSN_11_PROEF,
        sample: "vtoDi01/maximal.xml",
        mutate: |x| once(x, "<BG:inn.nnpId>786812096<", "<BG:inn.nnpId>786812097<"),
    },
    Case {
        heavy: false,
        rule: ids::IDENTIFICATIE,
        sample: "notificatieDi01/typical.xml",
        mutate: |x| once(x, "<BG:inp.bsn>893510580</BG:inp.bsn>\n", ""),
    },
    Case {
        heavy: false,
        rule: ids::A3_2,
        sample: "vtoDi01/maximal.xml",
        mutate: |x| {
            once(
            x,
            "naam=\"clientvolgnummer\">1</StUF:extraElement>\n        <StUF:extraElement naam=\"toelichting\">",
            "naam=\"clientvolgnummer\">2</StUF:extraElement>\n        <StUF:extraElement naam=\"toelichting\">",
        )
        },
    },
    Case {
        heavy: false,
        rule: ids::A3_4,
        sample: "vtoDi01/maximal.xml",
        mutate: |x| once(x, "<BG:voornamen>Daniël</BG:voornamen>", ""),
    },
    Case {
        heavy: false,
        rule: ids::B2_3,
        sample: "notificatieDi01/typical.xml",
        mutate: |x| once(x, "<BG:voornamen>Elif</BG:voornamen>", ""),
    },
    Case {
        heavy: false,
        rule: ids::A5_5,
        sample: "vtoDi01/maximal.xml",
        mutate: |x| {
            once(
                x,
                "<ZKN:omschrijving>ouder, gezag niet benoemd</ZKN:omschrijving>",
                "<ZKN:omschrijving>ouder met gezag</ZKN:omschrijving>",
            )
        },
    },
    Case {
        heavy: false,
        rule: ids::A5_5,
        sample: "vtoDi01/maximal.xml",
        // The father refers to the unborn child too.
        mutate: |x| {
            once(
            x,
            "<ZKN:omschrijving>ouder zonder gezag</ZKN:omschrijving>\n      <StUF:extraElementen>\n",
            "<ZKN:omschrijving>ouder zonder gezag</ZKN:omschrijving>\n      <StUF:extraElementen>\n        <StUF:extraElement naam=\"clientvolgnummer\">2</StUF:extraElement>\n",
        )
        },
    },
    Case {
        heavy: false,
        rule: ids::A6_2,
        sample: "vtoDi01/maximal.xml",
        mutate: |x| {
            once(
                x,
                "<BG:sub.telefoonnummer>06-18273645</BG:sub.telefoonnummer>",
                "",
            )
        },
    },
    Case {
        heavy: false,
        rule: ids::A5_6,
        sample: "vtoDi01/typical.xml",
        mutate: |x| {
            once(
                x,
                "<BG:inp.bsn>903349863</BG:inp.bsn>",
                "<BG:inp.bsn>958554742</BG:inp.bsn>",
            )
        },
    },
    Case {
        heavy: false,
        rule: ids::A9_1,
        sample: "vtoDi01/maximal.xml",
        mutate: |x| {
            once(
                x,
                "<ZKN:dct.omschrijving>Verzoek tot onderzoek RvdK<",
                "<ZKN:dct.omschrijving>Diagnostisch onderzoek<",
            )
        },
    },
    Case {
        heavy: false,
        rule: ids::A9_3,
        sample: "vtoDi01/maximal.xml",
        mutate: |x| {
            once(
                x,
                "<ZKN:dct.omschrijving>Diagnostisch onderzoek<",
                "<ZKN:dct.omschrijving>Gezinsgeschiedenis<",
            )
        },
    },
    Case {
        heavy: true,
        rule: ids::A9_2,
        sample: "vtoDi01/maximal.xml",
        mutate: |x| {
            let start = x
                .find("StUF:bestandsnaam=\"diagnostiek-zoe.pdf\">")
                .unwrap()
                + "StUF:bestandsnaam=\"diagnostiek-zoe.pdf\">".len();
            let end = start + x[start..].find('<').unwrap();
            format!(
                "{}{}{}",
                &x[..start],
                big_base64(11 * 1024 * 1024),
                &x[end..]
            )
        },
    },
    Case {
        heavy: false,
        rule: ids::C2_2,
        sample: "zorgmeldingDi01/typical.xml",
        mutate: |x| {
            once(x, "<StUF:extraElement naam=\"aardZorg\">", "<StUF:extraElement naam=\"toezichtSoort\">Voorwaardelijke veroordeling</StUF:extraElement>\n      <StUF:extraElement naam=\"aardZorg\">")
        },
    },
    Case {
        heavy: false,
        rule: ids::C2_4,
        sample: "zorgmeldingDi01/typical.xml",
        mutate: |x| {
            once(x, "<StUF:extraElement naam=\"aardZorg\">", "<StUF:extraElement naam=\"toezichtEinddatum\">20261231</StUF:extraElement>\n      <StUF:extraElement naam=\"aardZorg\">")
        },
    },
    Case {
        heavy: false,
        rule: ids::D4_1,
        sample: "zorgmeldingTerugkoppelingDi01/minimal.xml",
        mutate: |x| once(x, ">Geen actie nodig<", ">Vervolgactie nodig<"),
    },
    Case {
        heavy: false,
        rule: ids::ROLCODE,
        sample: "vtoDi01/maximal.xml",
        // 015 "moeder": not to be used from version-1 messages, expired 2016.
        mutate: |x| once(x, "<ZKN:code>113</ZKN:code>", "<ZKN:code>015</ZKN:code>"),
    },
    Case {
        heavy: false,
        rule: ids::ROLCODE,
        sample: "vtoDi01/maximal.xml",
        mutate: |x| once(x, "<ZKN:code>213</ZKN:code>", "<ZKN:code>999</ZKN:code>"),
    },
    Case {
        heavy: false,
        rule: ids::INSTANTIE,
        sample: "vtoDi01/maximal.xml",
        // AR0001 (Rechtbank 's-Hertogenbosch) was dissolved on 31-12-2012.
        mutate: |x| {
            once(x, MOTHER_VOORKEUR, "<StUF:extraElement naam=\"uitvoerendeInstantie\">AR0001</StUF:extraElement>\n        <StUF:extraElement naam=\"contactVoorkeur\">")
        },
    },
    Case {
        heavy: false,
        rule: ids::INSTANTIE,
        sample: "vtoDi01/maximal.xml",
        mutate: |x| {
            once(x, MOTHER_VOORKEUR, "<StUF:extraElement naam=\"beslissendeInstantie\">RC9999</StUF:extraElement>\n        <StUF:extraElement naam=\"contactVoorkeur\">")
        },
    },
    Case {
        heavy: false,
        rule: ids::EXTRA_NAAM,
        sample: "vtoDi01/maximal.xml",
        mutate: |x| {
            once(x, MOTHER_VOORKEUR, "<StUF:extraElement naam=\"uitvoerendeinstantie\">RC0110</StUF:extraElement>\n        <StUF:extraElement naam=\"contactVoorkeur\">")
        },
    },
    Case {
        heavy: true,
        rule: ids::OMVANG,
        sample: "zorgmeldingDi01/typical.xml",
        mutate: |x| {
            let start = x
                .find("StUF:bestandsnaam=\"zorgmelding-PL1300-2026082214.pdf\">")
                .unwrap()
                + "StUF:bestandsnaam=\"zorgmelding-PL1300-2026082214.pdf\">".len();
            let end = start + x[start..].find('<').unwrap();
            format!(
                "{}{}{}",
                &x[..start],
                big_base64(27 * 1024 * 1024),
                &x[end..]
            )
        },
    },
];
