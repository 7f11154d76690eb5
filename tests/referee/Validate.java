/*
 * Referee validator for the differential test suite (tests/differential.rs).
 *
 * Loads ONE XML Schema 1.0 with Apache Xerces-J (not the JDK-internal copy)
 * and validates every instance file given on the command line against it.
 *
 * Usage (JDK single-file source launcher, no separate compile step):
 *
 *   java -cp /usr/share/java/xercesImpl.jar:/usr/share/java/xml-apis.jar \
 *        tests/referee/Validate.java SCHEMA FILE...
 *
 * Output, one line per FILE on stdout, in argument order:
 *
 *   VALID <path>
 *   INVALID <path>: <line>:<column>: <first error>
 *
 * Exit status: 0 when the schema loaded (whatever the instance verdicts
 * are), 2 on usage errors or when the schema itself cannot be loaded.
 *
 * With the single argument --stdin it serves requests instead, so that one
 * JVM judges the documents of a whole test run: each line on standard input
 * is "SCHEMA<TAB>FILE", each answer one line as above (flushed at once), or
 * "ERROR <schema>: <why>" when that schema does not load. Loaded schemas are
 * kept for the next request. It ends at the end of its input.
 *
 * (xml-apis.jar is optional: Debian 12 does not ship that name, and the
 * JAXP API comes with the JDK's java.xml module.)
 *
 * Debian packages: libxerces2-java (xercesImpl.jar) and default-jre-headless
 * (see tests/support/referee.rs for the details).
 */

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

public final class Validate {
    /** Collects nothing: the first error aborts validation of that file. */
    private static final class FirstError implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not affect validity.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    private Validate() {}

    /** Renders an error on one line: "line:column: message". */
    private static String describe(Exception e) {
        String msg = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim();
        if (e instanceof SAXParseException) {
            SAXParseException p = (SAXParseException) e;
            return p.getLineNumber() + ":" + p.getColumnNumber() + ": " + msg;
        }
        return e.getClass().getSimpleName() + ": " + msg;
    }

    /** Xerces' own factory, XML Schema 1.0 (the 1.1 factory is a separate
     * class that is not even in the Debian jar). */
    private static Schema load(String path) throws SAXException {
        SchemaFactory factory = new org.apache.xerces.jaxp.validation.XMLSchemaFactory();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setErrorHandler(new FirstError());
        return factory.newSchema(new StreamSource(new File(path)));
    }

    /** The verdict line of one instance file. */
    private static String judge(Schema schema, String path) throws SAXException {
        // A Validator parses namespace-aware by definition (JAXP spec).
        Validator validator = schema.newValidator();
        validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        validator.setErrorHandler(new FirstError());
        try {
            validator.validate(new StreamSource(new File(path)));
            return "VALID " + path;
        } catch (Exception e) {
            return "INVALID " + path + ": " + describe(e);
        }
    }

    /** The --stdin mode: requests "SCHEMA<TAB>FILE", one per line. */
    private static void serve(PrintStream out) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Map<String, Schema> schemas = new HashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                out.println("ERROR " + line + ": expected SCHEMA<TAB>FILE");
                out.flush();
                continue;
            }
            String schemaPath = line.substring(0, tab);
            Schema schema = schemas.get(schemaPath);
            if (schema == null) {
                try {
                    schema = load(schemaPath);
                } catch (SAXException e) {
                    out.println("ERROR " + schemaPath + ": " + describe(e));
                    out.flush();
                    continue;
                }
                schemas.put(schemaPath, schema);
            }
            out.println(judge(schema, line.substring(tab + 1)));
            out.flush();
        }
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (args.length == 1 && args[0].equals("--stdin")) {
            serve(out);
            return;
        }
        if (args.length < 1) {
            System.err.println("usage: Validate SCHEMA FILE... | Validate --stdin");
            System.exit(2);
        }
        Schema schema;
        try {
            schema = load(args[0]);
        } catch (SAXException e) {
            System.err.println("cannot load schema " + args[0] + ": " + describe(e));
            System.exit(2);
            return;
        }
        for (int i = 1; i < args.length; i++) {
            out.println(judge(schema, args[i]));
        }
        out.flush();
    }
}
