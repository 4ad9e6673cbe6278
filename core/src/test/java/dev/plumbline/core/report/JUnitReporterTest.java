package dev.plumbline.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.LintedFile;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suppression;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

class JUnitReporterTest {

  private static final List<String> ALL_IDS = List.of("PLB901", "PLB902", "PLB903", "PLB904");

  private static String xml(LintResult result) throws IOException {
    StringWriter out = new StringWriter();
    new JUnitReporter().write(new ReportContext(result, "0.1.0", Optional.empty(), false), out);
    return out.toString();
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  /** Validates against the Jenkins JUnit schema; throws with the first problem. */
  private static void validate(String xml) throws SAXException, IOException {
    URL xsd = JUnitReporterTest.class.getResource("junit-10.xsd");
    assertThat(xsd).as("junit-10.xsd test resource").isNotNull();
    Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  private static List<Element> elements(Document document, String tag) {
    NodeList nodes = document.getElementsByTagName(tag);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static Element testCase(Document document, String classname, String name) {
    return elements(document, "testcase").stream()
        .filter(e -> e.getAttribute("classname").equals(classname)
            && e.getAttribute("name").equals(name))
        .findFirst().orElseThrow(() -> new AssertionError("no testcase " + name + " in "
            + classname));
  }

  private static LintResult oneFile(String path, List<String> ruleIds, Finding... findings) {
    return new LintResult(List.of(findings), TestRules.ALL, List.of(),
        List.of(new LintedFile(path, FileKind.GITHUB_WORKFLOW, ruleIds)));
  }

  @Test
  void fixtureReportIsValidAgainstTheJenkinsJUnitSchema() throws Exception {
    validate(xml(ReportFixture.result()));
  }

  @Test
  void everyLintedFileIsASuiteAndEveryApplicableRuleATestCase() throws Exception {
    Document document = parse(xml(ReportFixture.result()));
    List<Element> suites = elements(document, "testsuite");
    assertThat(suites).extracting(e -> e.getAttribute("name")).containsExactly(
        ".github/actions/setup/action.yml", ".github/workflows/ci.yml",
        ".github/workflows/evil.yml", ".github/workflows/release.yml",
        "services/café api/Dockerfile");
    Element clean = suites.get(0);
    assertThat(clean.getAttribute("tests")).isEqualTo("2");
    assertThat(clean.getAttribute("failures")).isEqualTo("0");
    assertThat(elements(document, "testcase").stream()
        .filter(e -> e.getAttribute("classname").equals(ReportFixture.CLEAN))
        .map(e -> e.getAttribute("name")))
        .containsExactly("PLB901 test-unpinned-reference", "PLB903 test-missing-timeout");
    assertThat(testCase(document, ReportFixture.CLEAN, "PLB901 test-unpinned-reference")
        .getChildNodes().getLength()).isZero();
  }

  @Test
  void ruleWithFindingsIsOneFailureListingEachFindingWithItsHint() throws Exception {
    Document document = parse(xml(ReportFixture.result()));
    Element unpinned = testCase(document, ".github/workflows/ci.yml",
        "PLB901 test-unpinned-reference");
    List<Element> failures = elements(document, "failure").stream()
        .filter(f -> f.getParentNode() == unpinned).toList();
    assertThat(failures).hasSize(1);
    Element failure = failures.get(0);
    assertThat(failure.getAttribute("type")).isEqualTo("PLB901");
    assertThat(failure.getAttribute("message"))
        .isEqualTo("actions/checkout@v4 is not pinned to a full commit SHA (and 1 more)");
    assertThat(failure.getTextContent()).isEqualTo("""
        .github/workflows/ci.yml:7:15: warning: actions/checkout@v4 is not pinned to a full \
        commit SHA
          hint: pin it to a commit SHA and keep the tag in a comment: @<sha> # v4
        .github/workflows/ci.yml:8:15: warning: actions/checkout@v4 is not pinned to a full \
        commit SHA
          hint: pin it to a commit SHA and keep the tag in a comment: @<sha> # v4""");
  }

  @Test
  void countsAreTestCasesFailuresAndErrors() throws Exception {
    Document document = parse(xml(ReportFixture.result()));
    Element root = document.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("name")).isEqualTo("plumbline");
    // 2 + 4 + 4 + 4 + 2 test cases; failures: ci.yml 3, evil.yml 1, Dockerfile 1
    assertThat(root.getAttribute("tests")).isEqualTo("16");
    assertThat(root.getAttribute("failures")).isEqualTo("5");
    assertThat(root.getAttribute("errors")).isEqualTo("1");
    assertThat(elements(document, "testcase")).hasSize(16);
    assertThat(elements(document, "failure")).hasSize(5);
    Element ci = elements(document, "testsuite").get(1);
    assertThat(ci.getAttribute("tests")).isEqualTo("4");
    assertThat(ci.getAttribute("failures")).isEqualTo("3");
    assertThat(ci.getAttribute("errors")).isEqualTo("0");
  }

  @Test
  void suppressedFindingsAreLeftOut() throws Exception {
    Document document = parse(xml(ReportFixture.result()));
    Element release = elements(document, "testsuite").get(3);
    assertThat(release.getAttribute("name")).isEqualTo(ReportFixture.RELEASE.path());
    assertThat(release.getAttribute("failures")).isEqualTo("0");
    assertThat(xml(ReportFixture.result())).doesNotContain("acme/");
  }

  @Test
  void internalErrorOfARuleIsAnErrorOfItsTestCase() throws Exception {
    Document document = parse(xml(ReportFixture.result()));
    Element timeout = testCase(document, "services/café api/Dockerfile",
        "PLB903 test-missing-timeout");
    Element error = (Element) timeout.getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("type")).isEqualTo("java.lang.IllegalStateException");
    assertThat(error.getAttribute("message")).contains("stage list is empty");
  }

  @Test
  void internalErrorOnTheWholeFileHasItsOwnTestCaseAndCountsAsAnError() throws Exception {
    SourceFile file = SourceFile.of("a.yml", "k: v\n");
    Finding finding = ReportFixture.finding(file, "PLB901", Severity.WARNING, 3, 4, "m", null);
    LintResult result = new LintResult(List.of(finding), TestRules.ALL, List.of(
        Notification.internalError("a.yml", null, new IllegalArgumentException("bad")),
        Notification.internalError("a.yml", "PLB901", new IllegalStateException("worse")),
        Notification.warning("a.yml", "not an error")),
        List.of(new LintedFile("a.yml", FileKind.GITHUB_WORKFLOW, List.of("PLB901"))));
    String xml = xml(result);
    validate(xml);
    Document document = parse(xml);
    Element whole = testCase(document, "a.yml", JUnitReporter.WHOLE_FILE);
    assertThat(((Element) whole.getElementsByTagName("error").item(0)).getAttribute("type"))
        .isEqualTo("java.lang.IllegalArgumentException");
    // the rule reported a finding and then failed: both are shown, it counts as an error
    Element rule = testCase(document, "a.yml", "PLB901 test-unpinned-reference");
    assertThat(rule.getElementsByTagName("error").getLength()).isEqualTo(1);
    assertThat(rule.getElementsByTagName("failure").getLength()).isEqualTo(1);
    Element suite = document.getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("2");
    assertThat(suite.getAttribute("failures")).isEqualTo("0");
    assertThat(suite.getAttribute("errors")).isEqualTo("2");
    assertThat(xml).doesNotContain("not an error");
  }

  @Test
  void ruleWithAFindingButNotListedForTheFileStillGetsATestCase() throws Exception {
    SourceFile file = SourceFile.of("a.yml", "k: v\n");
    Finding parseError = ReportFixture.finding(file, "PLB000", Severity.ERROR, 3, 4,
        "unexpected end", null);
    Document document = parse(xml(oneFile("a.yml", List.of("PLB902"), parseError)));
    assertThat(elements(document, "testcase")).extracting(e -> e.getAttribute("name"))
        .containsExactly("PLB000", "PLB902 test-plaintext-secret");
    assertThat(testCase(document, "a.yml", "PLB000").getElementsByTagName("failure")
        .getLength()).isEqualTo(1);
  }

  @Test
  void controlCharactersAndMarkupFromScannedFilesGiveValidXmlAndSurviveParsing()
      throws Exception {
    String path = "we<ird>&\"dir\"/a\u0001b.yml";
    String text = "k: \"\u001b[2J\u0000 \u202e \u0085 \uFFFE \ud800 x\r\ny\t]]> & <b>\"\n";
    SourceFile file = SourceFile.of(path, text);
    Finding finding = ReportFixture.finding(file, "PLB904", Severity.ERROR, 3, text.indexOf('\n'),
        "value " + text.strip(), "line one\nline two\r\nend");
    String xml = xml(oneFile(path, List.of("PLB904"), finding));
    validate(xml);
    assertThat(xml.codePoints().filter(cp -> !XmlText.isAllowed(cp))).isEmpty();
    assertThat(xml.codePoints().filter(cp -> cp != '\n' && cp != '\t')
        .filter(TerminalText::isUnsafe)).isEmpty();

    Document document = parse(xml);
    Element failure = (Element) document.getElementsByTagName("failure").item(0);
    String message = failure.getAttribute("message");
    // XML cannot hold these at all: replaced by their visible escapes
    assertThat(message).contains("\\x1b[2J\\x00").contains("\\ufffe").contains("\\ud800");
    // XML can hold these: kept as they are, written as character references
    assertThat(message).contains("\u202e \u0085").contains("x\r\ny\t]]> & <b>");
    assertThat(xml).contains("&#x202E;").contains("&#x85;");
    assertThat(failure.getTextContent()).contains("  hint: line one\nline two\r\nend");
    assertThat(elements(document, "testsuite").get(0).getAttribute("name"))
        .isEqualTo("we<ird>&\"dir\"/a\\x01b.yml");
  }

  @Test
  void emptyRunIsAnEmptyValidReport() throws Exception {
    String xml = xml(new LintResult(List.of(), TestRules.ALL, List.of(), List.of()));
    validate(xml);
    assertThat(xml).isEqualTo("""
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="plumbline" tests="0" failures="0" errors="0">
        </testsuites>
        """);
  }

  @Test
  void fileWithoutRulesIsAnEmptySuite() throws Exception {
    String xml = xml(oneFile("empty.yml", List.of()));
    validate(xml);
    assertThat(xml).contains(
        "  <testsuite name=\"empty.yml\" tests=\"0\" failures=\"0\" errors=\"0\"/>\n");
  }

  @Test
  void cleanRunHasPassingTestCasesForEveryFileAndRule() throws Exception {
    List<LintedFile> files = List.of(
        new LintedFile("b.yml", FileKind.GITHUB_WORKFLOW, ALL_IDS),
        new LintedFile("a.yml", FileKind.GITHUB_ACTION, List.of("PLB903")));
    String xml = xml(new LintResult(List.of(), TestRules.ALL, List.of(), files));
    validate(xml);
    Document document = parse(xml);
    assertThat(elements(document, "testsuite")).extracting(e -> e.getAttribute("name"))
        .containsExactly("a.yml", "b.yml");
    assertThat(document.getDocumentElement().getAttribute("tests")).isEqualTo("5");
    assertThat(document.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertThat(elements(document, "failure")).isEmpty();
  }
}
