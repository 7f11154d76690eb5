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
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::{Mutex, OnceLock};

use super::samples::manifest_dir;

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

/// The Debian package that ships `xmllint`.
pub const XMLLINT_PACKAGE: &str = "libxml2-utils";

/// The four 1.0.9 resolved message groups.
pub const GROUPS_1_0_9: &[&str] = &["jzberichten", "vtberichten", "vvberichten", "gmberichten"];

/// Panics (naming [`XMLLINT_PACKAGE`]) unless `xmllint` can be run: a
/// missing referee fails the calling test, never passes it silently.
pub fn require_xmllint() {
    static CHECK: OnceLock<Result<(), String>> = OnceLock::new();
    let check = CHECK.get_or_init(|| match Command::new("xmllint").arg("--version").output() {
        Ok(out) if out.status.success() => Ok(()),
        Ok(out) => Err(format!(
            "`xmllint --version` failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        )),
        Err(e) => Err(format!("cannot run `xmllint`: {e}")),
    });
    if let Err(e) = check {
        panic!(
            "{e}\nthis test needs the reference validator xmllint: \
             install the Debian package {XMLLINT_PACKAGE} (`apt-get install {XMLLINT_PACKAGE}`)"
        );
    }
}

/// The 1.0.7 reference schema (all 7 message roots).
pub fn schema_1_0_7() -> PathBuf {
    manifest_dir().join("xsd/stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd")
}

/// The message schema of one resolved 1.0.9 group.
pub fn schema_1_0_9_group(group: &str) -> PathBuf {
    manifest_dir().join(format!(
        "xsd/stuf-jz-1.0.9-resolved/{group}/jz0100_msg_{group}_resolved2025.xsd"
    ))
}

/// The resolved 1.0.9 group whose message schema declares `root` as a
/// global element, found by reading the four schema files; a StUF reply
/// (`Bv03Bericht`, ...) is declared in a StUF schema the message schema
/// imports, so then the first group with any schema file declaring it.
pub fn group_1_0_9_for_root(root: &str) -> &'static str {
    let needle = format!("element name=\"{root}\"");
    let declares = |path: &Path| {
        std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
            .contains(&needle)
    };
    let in_group = |group: &&str| {
        let dir = manifest_dir().join(format!("xsd/stuf-jz-1.0.9-resolved/{group}"));
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "xsd"))
            .collect();
        files.sort();
        files.iter().any(|f| declares(f))
    };
    GROUPS_1_0_9
        .iter()
        .copied()
        .find(|group| declares(&schema_1_0_9_group(group)))
        .or_else(|| GROUPS_1_0_9.iter().copied().find(in_group))
        .unwrap_or_else(|| panic!("no resolved 1.0.9 schema declares `{root}`"))
}

/// The reference schema for a root of a version.
pub fn schema_for(version: &str, root: &str) -> PathBuf {
    match version {
        "1.0.7" => schema_1_0_7(),
        "1.0.9" => schema_1_0_9_group(group_1_0_9_for_root(root)),
        other => panic!("no reference schema for version {other}"),
    }
}

/// xmllint's verdict on one file. Panics when xmllint cannot run or cannot
/// compile the schema (that is not a verdict on the document).
pub fn xmllint_file(schema: &Path, file: &Path) -> Verdict {
    require_xmllint();
    let mut verdicts = xmllint(schema, &[file.to_path_buf()]).unwrap_or_else(|e| {
        panic!(
            "xmllint could not validate {} against {}: {e}",
            file.display(),
            schema.display()
        )
    });
    verdicts.pop().expect("one verdict per file")
}

/// xmllint's verdict on a document held in memory (written to `dir/name`
/// first).
pub fn xmllint_str(schema: &Path, xml: &str, dir: &Path, name: &str) -> Verdict {
    let file = dir.join(name);
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", parent.display()));
    }
    std::fs::write(&file, xml).unwrap_or_else(|e| panic!("cannot write {}: {e}", file.display()));
    xmllint_file(schema, &file)
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
pub fn parse_xmllint(stderr: &str, files: &[PathBuf]) -> Result<Vec<Verdict>, String> {
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
        // One line per file, in argument order.
        let mut lines = stdout.lines();
        for f in chunk {
            let file = path_str(f)?;
            let v = lines
                .next()
                .and_then(|line| verdict_line(line, file))
                .ok_or_else(|| {
                    format!("Xerces referee printed no verdict for {file}:\n{stdout}")
                })?;
            verdicts.push(v);
        }
    }
    Ok(verdicts)
}

/// One Xerces-J process in `Validate.java --stdin` mode: documents are
/// judged one at a time without starting a JVM (and compiling
/// `Validate.java`) for each. The process ends when this value is dropped
/// or the test binary exits (its standard input closes).
pub struct XercesServer {
    child: Child,
    requests: ChildStdin,
    answers: BufReader<ChildStdout>,
}

impl XercesServer {
    /// Starts the process.
    pub fn start(tools: &Tools) -> Result<Self, String> {
        let mut child = Command::new("java")
            .arg("-cp")
            .arg(&tools.classpath)
            .arg(&tools.validate_java)
            .arg("--stdin")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot run java: {e}"))?;
        let requests = child.stdin.take().ok_or("no stdin for java")?;
        let answers = BufReader::new(child.stdout.take().ok_or("no stdout for java")?);
        Ok(Self {
            child,
            requests,
            answers,
        })
    }

    /// Xerces' verdict on `file` against `schema` (the schema is loaded on
    /// first use and kept).
    pub fn judge(&mut self, schema: &Path, file: &Path) -> Result<Verdict, String> {
        let (schema, file) = (path_str(schema)?, path_str(file)?);
        writeln!(self.requests, "{schema}\t{file}")
            .and_then(|()| self.requests.flush())
            .map_err(|e| format!("Xerces referee stopped: {e}"))?;
        let mut line = String::new();
        let read = self
            .answers
            .read_line(&mut line)
            .map_err(|e| format!("Xerces referee stopped: {e}"))?;
        let line = line.trim_end_matches(['\r', '\n']);
        if read == 0 {
            let status = self.child.try_wait().ok().flatten();
            return Err(format!(
                "Xerces referee ended ({status:?}) before judging {file}"
            ));
        }
        verdict_line(line, file)
            .ok_or_else(|| format!("Xerces referee on {file} against {schema}: {line}"))
    }

    /// The process shared by the whole test binary, started on first use.
    pub fn shared(tools: &Tools) -> Result<&'static Mutex<XercesServer>, String> {
        static SHARED: OnceLock<Result<Mutex<XercesServer>, String>> = OnceLock::new();
        SHARED
            .get_or_init(|| XercesServer::start(tools).map(Mutex::new))
            .as_ref()
            .map_err(Clone::clone)
    }
}

/// The verdict in one output line of `Validate.java` about `file`
/// (`VALID <file>` or `INVALID <file>: <line>:<column>: <error>`).
fn verdict_line(line: &str, file: &str) -> Option<Verdict> {
    if line.strip_prefix("VALID ") == Some(file) {
        return Some(Verdict {
            valid: true,
            message: String::new(),
        });
    }
    let message = line
        .strip_prefix("INVALID ")?
        .strip_prefix(file)?
        .strip_prefix(": ")?;
    Some(Verdict {
        valid: false,
        message: message.to_string(),
    })
}

fn path_str(path: &Path) -> Result<&str, String> {
    path.to_str()
        .filter(|p| !p.contains(['\t', '\n', '\r']))
        .ok_or_else(|| {
            format!(
                "{}: not a path the Xerces referee can be sent",
                path.display()
            )
        })
}

/// Xerces' verdict on one file, from the binary's shared [`XercesServer`].
pub fn xerces_one(tools: &Tools, schema: &Path, file: &Path) -> Result<Verdict, String> {
    let server = XercesServer::shared(tools)?;
    // A test that panicked while holding the lock leaves the process usable:
    // every request is answered before the lock is released.
    let mut server = server
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    server.judge(schema, file)
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
