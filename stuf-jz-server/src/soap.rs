//! SOAP 1.1, document/literal, as the StUF-JZ WSDLs bind it
//! (`xsd/stuf-jz-1.0.9/jz0100/*/*.wsdl`; protocolbindingen §3-§4): the
//! message is the only child of `soap:Body`; an Fo03 travels as the
//! `detail` of a `soap:Fault` (the `fout` fault of every operation).
//!
//! Attachments: inline base64 (`StUF:BinaireInhoud` in the message) is
//! read like any other content. MTOM (`multipart/related` with XOP) is
//! refused with HTTP 415 and a fault that says so.

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;

/// The SOAP 1.1 envelope namespace.
pub const SOAP11_NS: &str = "http://schemas.xmlsoap.org/soap/envelope/";
/// The SOAP 1.2 envelope namespace (refused: the WSDLs bind SOAP 1.1).
pub const SOAP12_NS: &str = "http://www.w3.org/2003/05/soap-envelope";

/// soapAction prefix of the StUF operations (Bv01, Bv03, Fo01, Fo03).
pub const STUF_ACTION: &str = "http://www.egem.nl/StUF/StUF0301/";
/// soapAction prefix the binding document gives for Di01 operations
/// (namespace + "/" + operation).
pub const JZ_ACTION: &str = "http://www.stufstandaarden.nl/koppelvlak/jz0100/";
/// The same without a scheme, as the WSDLs write it.
pub const JZ_ACTION_WSDL: &str = "www.stufstandaarden.nl/koppelvlak/jz0100/";
/// The prefix older systems used.
pub const ZKN_ACTION: &str = "http://www.egem.nl/StUF/sector/zkn/0310/";

/// What is wrong with a SOAP request or response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SoapError {
    /// HTTP status to answer with (400, 415, 500).
    pub status: u16,
    /// What is wrong.
    pub message: String,
}

impl SoapError {
    fn new(status: u16, message: impl Into<String>) -> Self {
        SoapError {
            status,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for SoapError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SoapError {}

/// The content of a read envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    /// The message in `soap:Body` (namespace declarations of the envelope
    /// that it uses are copied onto it, so it stands alone).
    Message(String),
    /// A `soap:Fault`: its faultcode, faultstring and the element in
    /// `detail` (the Fo03), if any.
    Fault {
        /// `faultcode`.
        code: String,
        /// `faultstring`.
        string: String,
        /// The first element of `detail`.
        detail: Option<String>,
    },
}

/// Wraps a message (with or without XML declaration) in an envelope.
pub fn envelope(message: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<soap:Envelope xmlns:soap=\"{SOAP11_NS}\"><soap:Body>\n{}\n</soap:Body></soap:Envelope>\n",
        strip_declaration(message).trim()
    )
}

/// A `soap:Fault` carrying a Fo03 in `detail`; `faultcode` is
/// `soap:Client` or `soap:Server` after the error's plek.
pub fn fault(fo03: &str, client: bool, faultstring: &str) -> String {
    let code = if client { "soap:Client" } else { "soap:Server" };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<soap:Envelope xmlns:soap=\"{SOAP11_NS}\"><soap:Body><soap:Fault><faultcode>{code}</faultcode><faultstring>{}</faultstring><detail>\n{}\n</detail></soap:Fault></soap:Body></soap:Envelope>\n",
        stuf_jz_types::writer::escape(faultstring),
        strip_declaration(fo03).trim()
    )
}

/// A `soap:Fault` without StUF detail (the request was no SOAP message
/// with stuurgegevens to answer).
pub fn plain_fault(client: bool, faultstring: &str) -> String {
    let code = if client { "soap:Client" } else { "soap:Server" };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<soap:Envelope xmlns:soap=\"{SOAP11_NS}\"><soap:Body><soap:Fault><faultcode>{code}</faultcode><faultstring>{}</faultstring></soap:Fault></soap:Body></soap:Envelope>\n",
        stuf_jz_types::writer::escape(faultstring)
    )
}

fn strip_declaration(xml: &str) -> &str {
    let xml = xml.trim_start_matches('\u{feff}').trim_start();
    if xml.starts_with("<?xml") {
        if let Some(end) = xml.find("?>") {
            return &xml[end + 2..];
        }
    }
    xml
}

/// An element found in the envelope: its byte range and the namespace
/// declarations in scope above it.
struct Found {
    start: usize,
    end: usize,
    inherited: Vec<(String, String)>,
}

/// Reads a SOAP 1.1 envelope.
pub fn read_envelope(xml: &str) -> Result<Payload, SoapError> {
    let mut reader = NsReader::from_str(xml);
    reader.config_mut().check_end_names = true;
    // (namespace, local) of the open elements, and their xmlns attributes.
    let mut open: Vec<(String, String)> = Vec::new();
    let mut scopes: Vec<Vec<(String, String)>> = Vec::new();
    let mut found: Option<Found> = None;
    let mut fault_code = String::new();
    let mut fault_string = String::new();
    let mut in_fault = false;
    let mut text = String::new();
    loop {
        let at = reader.buffer_position() as usize;
        let (ns, event) = reader
            .read_resolved_event()
            .map_err(|e| SoapError::new(400, format!("not well-formed XML at byte {at}: {e}")))?;
        let ns = match ns {
            ResolveResult::Bound(n) => String::from_utf8_lossy(n.as_ref()).into_owned(),
            _ => String::new(),
        };
        match event {
            Event::Start(ref start) | Event::Empty(ref start) => {
                let empty = matches!(event, Event::Empty(_));
                let local = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                let depth = open.len();
                match depth {
                    0 if ns == SOAP12_NS => {
                        return Err(SoapError::new(
                            415,
                            "a SOAP 1.2 envelope: the StUF-JZ WSDLs bind SOAP 1.1",
                        ))
                    }
                    0 if !(ns == SOAP11_NS && local == "Envelope") => {
                        return Err(SoapError::new(
                            400,
                            format!("root element `{local}` is no SOAP 1.1 Envelope"),
                        ))
                    }
                    2 if found.is_none() && is_body(&open) => {
                        if ns == SOAP11_NS && local == "Fault" {
                            in_fault = true;
                        } else {
                            found = Some(Found {
                                start: at,
                                end: if empty {
                                    reader.buffer_position() as usize
                                } else {
                                    0
                                },
                                inherited: scopes.iter().flatten().cloned().collect(),
                            });
                        }
                    }
                    4 if in_fault && found.is_none() && open[3].1 == "detail" => {
                        found = Some(Found {
                            start: at,
                            end: if empty {
                                reader.buffer_position() as usize
                            } else {
                                0
                            },
                            inherited: scopes.iter().flatten().cloned().collect(),
                        });
                    }
                    _ => {}
                }
                if !empty {
                    scopes.push(declarations(start));
                    open.push((ns, local));
                }
                text.clear();
            }
            Event::End(_) => {
                let depth = open.len();
                let closed = open.pop();
                scopes.pop();
                if let (Some(f), Some(_)) = (found.as_mut(), closed.as_ref()) {
                    let wanted = if in_fault { 5 } else { 3 };
                    if f.end == 0 && depth == wanted {
                        f.end = reader.buffer_position() as usize;
                    }
                }
                if in_fault && depth == 4 {
                    match closed.as_ref().map(|(_, l)| l.as_str()) {
                        Some("faultcode") => fault_code = text.trim().to_string(),
                        Some("faultstring") => fault_string = text.trim().to_string(),
                        _ => {}
                    }
                }
                text.clear();
            }
            Event::Text(t) => {
                if let Ok(t) = t.unescape() {
                    text.push_str(&t);
                }
            }
            Event::DocType(_) => return Err(SoapError::new(400, "a DOCTYPE is not allowed")),
            Event::Eof => break,
            _ => {}
        }
    }
    let message = found
        .filter(|f| f.end > f.start)
        .map(|f| standalone(xml, &f));
    if in_fault {
        return Ok(Payload::Fault {
            code: fault_code,
            string: fault_string,
            detail: message,
        });
    }
    message
        .map(Payload::Message)
        .ok_or_else(|| SoapError::new(400, "the soap:Body holds no message"))
}

fn is_body(open: &[(String, String)]) -> bool {
    open.get(1)
        .is_some_and(|(ns, local)| ns == SOAP11_NS && local == "Body")
}

fn declarations(start: &BytesStart<'_>) -> Vec<(String, String)> {
    start
        .attributes()
        .flatten()
        .filter_map(|a| {
            let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
            (key == "xmlns" || key.starts_with("xmlns:"))
                .then(|| (key, String::from_utf8_lossy(&a.value).into_owned()))
        })
        .collect()
}

/// The element's text with the inherited declarations it does not
/// redeclare added to its start tag.
fn standalone(xml: &str, found: &Found) -> String {
    let element = &xml[found.start..found.end];
    let name_end = element[1..]
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .map_or(element.len(), |i| i + 1);
    let tag_end = element.find('>').unwrap_or(element.len());
    let start_tag = &element[..tag_end];
    let mut extra = String::new();
    let mut seen: Vec<&str> = Vec::new();
    for (key, value) in found.inherited.iter().rev() {
        if seen.contains(&key.as_str()) || start_tag.contains(&format!("{key}=")) {
            continue;
        }
        seen.push(key);
        extra.push_str(&format!(
            " {key}=\"{}\"",
            stuf_jz_types::writer::escape(value)
        ));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}{}{}",
        &element[..name_end],
        extra,
        &element[name_end..]
    )
}

/// The soapAction of the operation that carries message root `root`.
pub fn action_for_root(root: &str) -> String {
    match root.strip_suffix("Bericht") {
        Some(code) if code.len() == 4 => format!("{STUF_ACTION}{code}"),
        _ => format!("{JZ_ACTION}{root}"),
    }
}

/// The operation a soapAction names, in any of the forms in use: the
/// StUF form for Bv/Fo, and for Di01 `http://www.stufstandaarden.nl/...`,
/// the WSDLs' form without a scheme, and the older zkn0310 form. Quotes
/// around the value (as SOAP 1.1 clients send it) are removed. `None` for
/// an empty action.
pub fn operation_of_action(action: &str) -> Result<Option<String>, SoapError> {
    let action = action.trim().trim_matches('"').trim();
    if action.is_empty() {
        return Ok(None);
    }
    for prefix in [STUF_ACTION, JZ_ACTION, JZ_ACTION_WSDL, ZKN_ACTION] {
        if let Some(operation) = action.strip_prefix(prefix) {
            if !operation.is_empty() && !operation.contains('/') {
                return Ok(Some(operation.to_string()));
            }
        }
    }
    Err(SoapError::new(
        400,
        format!("soapAction `{action}` names no StUF-JZ operation"),
    ))
}

/// Whether an operation carries a message with root `root`.
pub fn operation_matches(operation: &str, root: &str) -> bool {
    operation == root || format!("{operation}Bericht") == root
}

/// Decodes a request body after its Content-Type: SOAP 1.1 is `text/xml`
/// (charset UTF-8 by default, `charset=utf-8` or `charset="UTF-8"` as .NET
/// and Java send it; ISO-8859-1 is accepted too). A missing Content-Type
/// is read as UTF-8.
pub fn decode_body(content_type: Option<&str>, body: &[u8]) -> Result<String, SoapError> {
    let mut charset = "utf-8".to_string();
    if let Some(ct) = content_type {
        let mut parts = ct.split(';');
        let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        match media.as_str() {
            "text/xml" | "application/xml" | "" => {}
            "application/soap+xml" => {
                return Err(SoapError::new(
                    415,
                    "Content-Type application/soap+xml is SOAP 1.2: the StUF-JZ WSDLs bind SOAP 1.1 (text/xml)",
                ))
            }
            "multipart/related" => {
                return Err(SoapError::new(
                    415,
                    "MTOM/XOP (multipart/related) is not supported: send attachments inline as base64",
                ))
            }
            other => {
                return Err(SoapError::new(
                    415,
                    format!("Content-Type `{other}` is not SOAP 1.1 (text/xml)"),
                ))
            }
        }
        for param in parts {
            if let Some((key, value)) = param.split_once('=') {
                if key.trim().eq_ignore_ascii_case("charset") {
                    charset = value.trim().trim_matches('"').to_ascii_lowercase();
                }
            }
        }
    }
    match charset.as_str() {
        "utf-8" | "utf8" => String::from_utf8(body.to_vec())
            .map(|s| s.trim_start_matches('\u{feff}').to_string())
            .map_err(|e| SoapError::new(400, format!("the body is not UTF-8: {e}"))),
        "iso-8859-1" | "latin1" | "iso8859-1" => Ok(body.iter().map(|&b| char::from(b)).collect()),
        other => Err(SoapError::new(
            415,
            format!("charset `{other}` is not supported (UTF-8 or ISO-8859-1)"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_keeps_the_declarations_of_the_envelope() {
        let xml = r#"<?xml version="1.0"?><S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/" xmlns:StUF="http://www.egem.nl/StUF/StUF0301"><S:Header><x/></S:Header><S:Body><StUF:Bv03Bericht><StUF:stuurgegevens/></StUF:Bv03Bericht></S:Body></S:Envelope>"#;
        let Payload::Message(m) = read_envelope(xml).unwrap() else {
            panic!("no message")
        };
        let start_tag = &m[m.find("<StUF:Bv03Bericht").unwrap()..];
        let start_tag = &start_tag[..start_tag.find('>').unwrap()];
        assert!(
            start_tag.contains(r#"xmlns:StUF="http://www.egem.nl/StUF/StUF0301""#),
            "{m}"
        );
        let header = crate::header::Header::read(&m).unwrap();
        assert_eq!(header.root, "Bv03Bericht");
        assert!(m.ends_with("</StUF:Bv03Bericht>"), "{m}");
    }

    #[test]
    fn a_fault_gives_its_detail() {
        let out = fault("<?xml version=\"1.0\"?>\n<StUF:Fo03Bericht xmlns:StUF=\"http://www.egem.nl/StUF/StUF0301\"/>", true, "StUF016 & more");
        match read_envelope(&out).unwrap() {
            Payload::Fault {
                code,
                string,
                detail,
            } => {
                assert_eq!(code, "soap:Client");
                assert_eq!(string, "StUF016 & more");
                assert!(detail.unwrap().contains("Fo03Bericht"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_three_action_forms_are_accepted() {
        for action in [
            "\"http://www.stufstandaarden.nl/koppelvlak/jz0100/vtoDi01\"",
            "www.stufstandaarden.nl/koppelvlak/jz0100/vtoDi01",
            "http://www.egem.nl/StUF/sector/zkn/0310/vtoDi01",
        ] {
            assert_eq!(
                operation_of_action(action).unwrap().as_deref(),
                Some("vtoDi01")
            );
        }
        assert_eq!(
            operation_of_action("http://www.egem.nl/StUF/StUF0301/Bv01")
                .unwrap()
                .as_deref(),
            Some("Bv01")
        );
        assert!(operation_matches("Bv01", "Bv01Bericht"));
        assert!(operation_of_action("urn:other").is_err());
        assert_eq!(operation_of_action("\"\"").unwrap(), None);
    }

    #[test]
    fn content_types_of_dotnet_and_java_clients() {
        for ct in [
            "text/xml; charset=utf-8",
            "text/xml;charset=\"UTF-8\"",
            "text/xml",
        ] {
            assert_eq!(decode_body(Some(ct), "<a/>".as_bytes()).unwrap(), "<a/>");
        }
        assert_eq!(
            decode_body(Some("text/xml; charset=ISO-8859-1"), b"\xe9").unwrap(),
            "é"
        );
        assert_eq!(
            decode_body(Some("multipart/related; type=\"application/xop+xml\""), b"")
                .unwrap_err()
                .status,
            415
        );
        assert_eq!(
            decode_body(Some("application/soap+xml"), b"")
                .unwrap_err()
                .status,
            415
        );
    }
}
