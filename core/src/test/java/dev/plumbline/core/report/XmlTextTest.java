package dev.plumbline.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

  @Test
  void markupCharactersBecomeReferences() {
    assertThat(XmlText.content("a < b && c > \"d\"")).isEqualTo("a &lt; b &amp;&amp; c &gt; \"d\"");
    assertThat(XmlText.attribute("a < b && \"d\"")).isEqualTo("a &lt; b &amp;&amp; &quot;d&quot;");
  }

  @Test
  void whitespaceIsKeptInContentAndEncodedInAttributes() {
    assertThat(XmlText.content("a\tb\nc\r\nd")).isEqualTo("a\tb\nc&#13;\nd");
    assertThat(XmlText.attribute("a\tb\nc\r\nd")).isEqualTo("a&#9;b&#10;c&#13;&#10;d");
  }

  @Test
  void charactersXmlForbidsAreReplacedByVisibleEscapes() {
    assertThat(XmlText.content("\u0000\u0008\u000b\u001b\uFFFE\uFFFF")).isEqualTo(
        "\\x00\\x08\\x0b\\x1b\\ufffe\\uffff");
    assertThat(XmlText.content("lone \ud800 high, lone \udc00 low"))
        .isEqualTo("lone \\ud800 high, lone \\udc00 low");
  }

  @Test
  void terminalUnsafeCharactersXmlAllowsBecomeCharacterReferences() {
    assertThat(XmlText.content("\u007f\u0085\u202e\u2066\u200f"))
        .isEqualTo("&#x7F;&#x85;&#x202E;&#x2066;&#x200F;");
  }

  @Test
  void everythingElseIsKept() {
    String text = "café 😀 中文 \uE000 \uFFFD";
    assertThat(XmlText.content(text)).isEqualTo(text);
    assertThat(XmlText.attribute(text)).isEqualTo(text);
  }

  @Test
  void allowedCharactersAreThoseOfXml10() {
    assertThat(XmlText.isAllowed('\t')).isTrue();
    assertThat(XmlText.isAllowed(0x1F)).isFalse();
    assertThat(XmlText.isAllowed(0xD7FF)).isTrue();
    assertThat(XmlText.isAllowed(0xD800)).isFalse();
    assertThat(XmlText.isAllowed(0xFFFD)).isTrue();
    assertThat(XmlText.isAllowed(0xFFFE)).isFalse();
    assertThat(XmlText.isAllowed(0x10FFFF)).isTrue();
  }
}
