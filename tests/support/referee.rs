//! Reference validators: libxml2's `xmllint` and Apache Xerces-J.
//!
//! Required Debian packages (Debian 12 "bookworm"):
//!
//! ```text
//! apt-get install libxml2-utils libxerces2-java default-jre-headless
//! ```
//!
//! - `libxml2-utils`: `/usr/bin/xmllint`.
//! - `libxerces2-java`: `/usr/share/java/xercesImpl.jar`. Its manifest
//!   `Class-Path` pulls in `jaxp-1.4.jar` (-> `xml-apis-1.4.01.jar`, package
//!   `libxml-commons-external-java`, a dependency). Debian 12 has no
//!   `/usr/share/java/xml-apis.jar`; it is put on the class path only if
//!   present (the JAXP API is in the JDK's `java.xml` module anyway).
//! - `default-jre-headless` (-> `openjdk-17-jre-headless`): `java`. The
//!   single-file source launcher (`java Validate.java`) compiles in memory
//!   and needs the `jdk.compiler` module. On Debian that module is part of the
//!   runtime image `lib/modules` shipped by `openjdk-17-jre-headless` itself
//!   (`dpkg -S .../lib/modules`, `java --list-modules | grep jdk.compiler`),
//!   so no JDK package is needed. Distributions whose JRE image lacks
//!   `jdk.compiler` need `default-jdk-headless` instead; [`check_tools`]
//!   tests for the module and says so.
//!
//! Verdict rule: when both referees agree that is the verdict; when they
//! disagree, Xerces decides (libxml2 2.9 e.g. ignores `fixed` on attribute
//! references such as `StUF:entiteittype`, see xsd/README.md).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where Debian puts the Xerces jars.
const XERCES_JAR: &str = "/usr/share/java/xercesImpl.jar";
/// JAXP/DOM API jar that goes with Xerces (optional, see module docs).
const XML_APIS_JAR: &str = "/usr/share/java/xml-apis.jar";
/// Files per xmllint process.
const XMLLINT_CHUNK: usize = 500;
/// Files per Java process (each start costs a compile of Validate.java).
const XERCES_CHUNK: usize = 2000;

/// One referee's opinion about one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// True when the file is schema-valid.
    pub valid: bool,
    /// First error message (empty when valid).
    pub message: String,
}

/// Both referees' opinions about one file.
#[derive(Clone, Debug)]
pub struct Judgement {
    /// What `xmllint` said.
    pub xmllint: Verdict,
    /// What Xerces-J said.
    pub xerces: Verdict,
}

impl Judgement {
    /// The verdict: Xerces decides (it equals xmllint whenever they agree).
    pub fn valid(&self) -> bool {
        self.xerces.valid
    }

    /// True when xmllint and Xerces disagree.
    pub fn disagree(&self) -> bool {
        self.xmllint.valid != self.xerces.valid
    }

    /// The error message of the deciding referee (or of xmllint if only it
    /// complained).
    pub fn message(&self) -> &str {
        if !self.xerces.valid {
            &self.xerces.message
        } else {
            &self.xmllint.message
        }
    }
}

/// Located external tools.
#[derive(Clone, Debug)]
pub struct Tools {
    /// `-cp` argument for Java.
    pub classpath: String,
    /// Path of `tests/referee/Validate.java`.
    pub validate_java: PathBuf,
}

/// Runs a program and returns its combined output, or `None` if it cannot run.
fn probe(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    Some(text)
}

/// Checks that xmllint, java (with `jdk.compiler`) and the Xerces jars are
/// present; the error names the Debian package to install.
pub fn check_tools(manifest_dir: &Path) -> Result<Tools, String> {
    let mut missing = Vec::new();
    if probe("xmllint", &["--version"]).is_none() {
        missing
            .push("`xmllint` not found or not runnable: apt-get install libxml2-utils".to_string());
    }
    if !Path::new(XERCES_JAR).is_file() {
        missing.push(format!(
            "{XERCES_JAR} not found: apt-get install libxerces2-java"
        ));
    }
    match probe("java", &["--list-modules"]) {
        None => missing.push(
            "`java` not found or not runnable: apt-get install default-jre-headless".to_string(),
        ),
        Some(modules) if !modules.contains("jdk.compiler") => missing.push(
            "`java` lacks module jdk.compiler needed by the single-file source launcher: \
             apt-get install default-jdk-headless"
                .to_string(),
        ),
        Some(_) => {}
    }
    let validate_java = manifest_dir.join("tests/referee/Validate.java");
    if !validate_java.is_file() {
        missing.push(format!("{} is missing", validate_java.display()));
    }
    if missing.is_empty() {
        Ok(Tools {
            classpath: if Path::new(XML_APIS_JAR).is_file() {
                format!("{XERCES_JAR}:{XML_APIS_JAR}")
            } else {
                XERCES_JAR.to_string()
            },
            validate_java,
        })
    } else {
        Err(format!(
            "reference validators unavailable:\n  {}",
            missing.join("\n  ")
        ))
    }
}

/// Validates `files` with `xmllint --noout --schema SCHEMA FILE...`.
/// Verdicts are returned in the order of `files`.
pub fn xmllint(schema: &Path, files: &[PathBuf]) -> Result<Vec<Verdict>, String> {
    let mut verdicts = Vec::with_capacity(files.len());
    for chunk in files.chunks(XMLLINT_CHUNK) {
        let out = Command::new("xmllint")
            .arg("--noout")
            .arg("--schema")
            .arg(schema)
            .args(chunk)
            .output()
            .map_err(|e| format!("cannot run xmllint: {e}"))?;
        let stderr = String::from_utf8_lossy(&out.stderr);
        verdicts.extend(parse_xmllint(&stderr, chunk)?);
    }
    Ok(verdicts)
}

/// Parses xmllint's stderr: per file its error lines (`FILE:LINE: ...`) and
/// then `FILE validates` or `FILE fails to validate`. A file that does not
/// parse gets no status line at all; it counts as invalid.
pub(super) fn parse_xmllint(stderr: &str, files: &[PathBuf]) -> Result<Vec<Verdict>, String> {
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    let mut status: HashMap<String, (usize, bool)> = HashMap::new();
    for (i, n) in names.iter().enumerate() {
        status.insert(format!("{n} validates"), (i, true));
        status.insert(format!("{n} fails to validate"), (i, false));
        status.insert(
            format!("{n} validation generated an internal error"),
            (i, false),
        );
    }
    if stderr.contains("WXS schema") && stderr.contains("failed to compile") {
        return Err(format!("xmllint cannot compile the schema:\n{stderr}"));
    }
    let mut valid: Vec<Option<bool>> = vec![None; files.len()];
    let mut message: Vec<String> = vec![String::new(); files.len()];
    let mut current = 0;
    for line in stderr.lines() {
        if let Some(&(i, ok)) = status.get(line) {
            valid[i] = Some(ok);
            current = i + 1;
            continue;
        }
        let owner = (current..names.len()).find(|&j| line.starts_with(&format!("{}:", names[j])));
        if let Some(j) = owner {
            if message[j].is_empty() {
                message[j] = line[names[j].len() + 1..].trim().to_string();
            }
        }
    }
    Ok(valid
        .into_iter()
        .zip(message)
        .map(|(v, m)| match v {
            Some(valid) => Verdict {
                valid,
                message: if valid { String::new() } else { m },
            },
            None => Verdict {
                valid: false,
                message: format!("no verdict from xmllint (not well-formed?): {m}"),
            },
        })
        .collect())
}

/// Validates `files` with Xerces-J via `tests/referee/Validate.java`.
/// Verdicts are returned in the order of `files`.
pub fn xerces(tools: &Tools, schema: &Path, files: &[PathBuf]) -> Result<Vec<Verdict>, String> {
    let mut verdicts = Vec::with_capacity(files.len());
    for chunk in files.chunks(XERCES_CHUNK) {
        let out = Command::new("java")
            .arg("-cp")
            .arg(&tools.classpath)
            .arg(&tools.validate_java)
            .arg(schema)
            .args(chunk)
            .output()
            .map_err(|e| format!("cannot run java: {e}"))?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        if !out.status.success() {
            return Err(format!(
                "Xerces referee failed ({}) for schema {}:\n{}\n{stdout}",
                out.status,
                schema.display(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        let mut by_file: HashMap<&str, Verdict> = HashMap::new();
        for line in stdout.lines() {
            if let Some(path) = line.strip_prefix("VALID ") {
                by_file.insert(
                    path,
                    Verdict {
                        valid: true,
                        message: String::new(),
                    },
                );
            } else if let Some(rest) = line.strip_prefix("INVALID ") {
                let (path, message) = chunk
                    .iter()
                    .map(|f| f.to_str().unwrap_or(""))
                    .find(|p| rest.starts_with(&format!("{p}: ")))
                    .map(|p| (p, rest[p.len() + 2..].to_string()))
                    .unwrap_or((rest, String::new()));
                by_file.insert(
                    path,
                    Verdict {
                        valid: false,
                        message,
                    },
                );
            }
        }
        for f in chunk {
            let key = f.to_str().unwrap_or("");
            let v = by_file
                .remove(key)
                .ok_or_else(|| format!("Xerces referee printed no verdict for {key}:\n{stdout}"))?;
            verdicts.push(v);
        }
    }
    Ok(verdicts)
}

/// Runs both referees (in parallel) and combines their verdicts per file.
pub fn judge(tools: &Tools, schema: &Path, files: &[PathBuf]) -> Result<Vec<Judgement>, String> {
    let (lint, xer) = std::thread::scope(|s| {
        let lint = s.spawn(|| xmllint(schema, files));
        let xer = s.spawn(|| xerces(tools, schema, files));
        (
            lint.join()
                .unwrap_or_else(|_| Err("xmllint thread panicked".into())),
            xer.join()
                .unwrap_or_else(|_| Err("Xerces thread panicked".into())),
        )
    });
    let (lint, xer) = (lint?, xer?);
    Ok(lint
        .into_iter()
        .zip(xer)
        .map(|(xmllint, xerces)| Judgement { xmllint, xerces })
        .collect())
}

/// Whether a Xerces message is a length facet violation of a value with a
/// character beyond U+FFFF whose length in characters is within the facet
/// while its length in UTF-16 code units is not: Xerces-J 2.12 counts code
/// units (`cvc-maxLength-valid: Value '...' with length = '41' ... maxLength
/// '40'`), XML Schema 1.0 (4.3.1) counts characters.
// Used by tests/sample_valid.rs and stuf-jz-cli/tests/cli_sample.rs, not
// by every test that includes this module.
#[allow(dead_code)]
pub fn counts_utf16_units(message: &str) -> bool {
    let facet = [
        "cvc-length-valid",
        "cvc-minLength-valid",
        "cvc-maxLength-valid",
    ]
    .into_iter()
    .find(|f| message.contains(f));
    let (Some(facet), Some(start)) = (facet, message.find("Value '")) else {
        return false;
    };
    let rest = &message[start + "Value '".len()..];
    let Some(end) = rest.find("' with length = '") else {
        return false;
    };
    let value = &rest[..end];
    let number_after = |key: &str| -> Option<usize> {
        let at = message.rfind(key)? + key.len();
        message[at..].split('\'').next()?.parse().ok()
    };
    let (Some(units), Some(limit)) = (
        number_after("with length = '"),
        number_after(&format!(
            "{} '",
            match facet {
                "cvc-length-valid" => "length",
                "cvc-minLength-valid" => "minLength",
                _ => "maxLength",
            }
        )),
    ) else {
        return false;
    };
    let chars = value.chars().count();
    units == value.encode_utf16().count()
        && units != chars
        && match facet {
            "cvc-length-valid" => chars == limit,
            "cvc-minLength-valid" => chars >= limit,
            _ => chars <= limit,
        }
}
