//! Sending a message: wrap it in a SOAP envelope, post it with the
//! soapAction of its operation, and read the answer's verdict.

use std::fmt;
use std::time::Duration;

use crate::header::Header;
use crate::soap::{self, Payload};

/// What the counterpart answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// A Bv03 or Bv04 (`code`), with the answer's crossRefnummer.
    Accepted {
        /// `Bv03`, `Bv04`.
        code: String,
        /// The answer's referentienummer.
        referentienummer: String,
        /// The answer's crossRefnummer.
        cross_ref_nummer: String,
    },
    /// A Fo03 (in a soap:Fault) or another Fo-bericht.
    Refused {
        /// `Fo03`.
        berichtcode: String,
        /// `StUF:code`.
        code: String,
        /// `StUF:plek`.
        plek: String,
        /// `StUF:omschrijving`.
        omschrijving: String,
        /// `StUF:details`.
        details: String,
    },
    /// An answer that is neither (a fault without Fo03, another message).
    Unexpected(String),
    /// No answer: connection refused, time-out, not HTTP.
    Transport(String),
}

impl Verdict {
    /// Exit code of `send`: 0 accepted, 1 refused or unexpected, 2 transport.
    pub fn exit_code(&self) -> u8 {
        match self {
            Verdict::Accepted { .. } => 0,
            Verdict::Refused { .. } | Verdict::Unexpected(_) => 1,
            Verdict::Transport(_) => 2,
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Verdict::Accepted {
                code,
                referentienummer,
                cross_ref_nummer,
            } => write!(
                f,
                "{code} (referentienummer {referentienummer}, crossRefnummer {cross_ref_nummer})"
            ),
            Verdict::Refused {
                berichtcode,
                code,
                plek,
                omschrijving,
                details,
            } => {
                write!(f, "{berichtcode} {code} ({plek}): {omschrijving}")?;
                if !details.is_empty() {
                    write!(f, " -- {details}")?;
                }
                Ok(())
            }
            Verdict::Unexpected(what) => write!(f, "unexpected answer: {what}"),
            Verdict::Transport(e) => write!(f, "transport error: {e}"),
        }
    }
}

/// Posts `message` (a bare message, or a whole SOAP envelope sent as is)
/// to `url`. The soapAction is `soap_action`, or that of the message's
/// root. `Err` only when the message itself cannot be read.
pub fn post(
    url: &str,
    message: &str,
    soap_action: Option<&str>,
    timeout: Duration,
) -> Result<Verdict, String> {
    let (body, root) = match soap::read_envelope(message) {
        Ok(Payload::Message(inner)) => {
            let root = Header::read(&inner).map_err(|e| e.to_string())?.root;
            (message.to_string(), root)
        }
        _ => {
            let root = Header::read(message).map_err(|e| e.to_string())?.root;
            (soap::envelope(message), root)
        }
    };
    let action = soap_action.map_or_else(|| soap::action_for_root(&root), str::to_string);
    let agent = ureq::AgentBuilder::new().timeout(timeout).build();
    let response = agent
        .post(url)
        .set("Content-Type", "text/xml; charset=utf-8")
        .set("SOAPAction", &format!("\"{action}\""))
        .send_string(&body);
    let response = match response {
        Ok(r) => r,
        Err(ureq::Error::Status(_, r)) => r,
        Err(ureq::Error::Transport(t)) => return Ok(Verdict::Transport(t.to_string())),
    };
    let status = response.status();
    let text = match response.into_string() {
        Ok(t) => t,
        Err(e) => return Ok(Verdict::Transport(format!("reading the answer: {e}"))),
    };
    Ok(verdict(status, &text))
}

/// The verdict of an answer envelope.
pub fn verdict(status: u16, text: &str) -> Verdict {
    let payload = match soap::read_envelope(text) {
        Ok(p) => p,
        Err(e) => return Verdict::Unexpected(format!("HTTP {status}, no SOAP envelope: {e}")),
    };
    let (message, fault) = match payload {
        Payload::Message(m) => (m, None),
        Payload::Fault {
            detail: Some(m),
            string,
            ..
        } => (m, Some(string)),
        Payload::Fault {
            code,
            string,
            detail: None,
        } => return Verdict::Unexpected(format!("HTTP {status}, soap:Fault {code}: {string}")),
    };
    let Ok(header) = Header::read(&message) else {
        return Verdict::Unexpected(format!("HTTP {status}, unreadable message"));
    };
    let own = |v: Option<String>| v.unwrap_or_default();
    match header.berichtcode.as_str() {
        "Bv01" | "Bv02" | "Bv03" | "Bv04" if fault.is_none() => Verdict::Accepted {
            code: header.berichtcode.clone(),
            referentienummer: own(header.referentienummer),
            cross_ref_nummer: own(header.cross_ref_nummer),
        },
        code if code.starts_with("Fo") => {
            let body = fo_body(&message);
            Verdict::Refused {
                berichtcode: code.to_string(),
                code: body.0,
                plek: body.1,
                omschrijving: body.2,
                details: body.3,
            }
        }
        other => Verdict::Unexpected(format!(
            "HTTP {status}, a {} with berichtcode `{other}`",
            header.root
        )),
    }
}

/// code, plek, omschrijving, details of a Fo-bericht's body.
fn fo_body(xml: &str) -> (String, String, String, String) {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = (String::new(), String::new(), String::new(), String::new());
    let mut current = String::new();
    while let Ok(event) = reader.read_event() {
        match event {
            quick_xml::events::Event::Start(s) => {
                current = String::from_utf8_lossy(s.local_name().as_ref()).into_owned();
            }
            quick_xml::events::Event::Text(t) => {
                let t = t
                    .unescape()
                    .map(|t| t.trim().to_string())
                    .unwrap_or_default();
                match current.as_str() {
                    "code" => out.0 = t,
                    "plek" => out.1 = t,
                    "omschrijving" => out.2 = t,
                    "details" => out.3 = t,
                    _ => {}
                }
            }
            quick_xml::events::Event::End(_) => current.clear(),
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    out
}
