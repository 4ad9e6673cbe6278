package dev.plumbline.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The JSON writing shared by the JSON and SARIF reporters: two-space indentation, {@code \n}
 * line breaks, map keys sorted, nulls left out, a final line break, and the writer left open.
 * Besides what JSON requires, DEL, the C1 controls, the bidirectional controls and U+2028/U+2029
 * are written as {@code \\uXXXX} escapes so that printing a report on a terminal is harmless;
 * the parsed strings are unchanged.
 *
 * <p>The {@code java-sarif} classes leave out every property whose value equals the SARIF
 * default ({@code @JsonInclude(NON_DEFAULT)}); {@code level} is written even when it is the
 * default {@code warning}, so that readers need not know the default.
 */
public final class JsonOutput {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
      .addMixIn(com.contrastsecurity.sarif.Result.class, ExplicitLevel.class)
      .addMixIn(com.contrastsecurity.sarif.ReportingConfiguration.class, ExplicitLevel.class)
      .addMixIn(com.contrastsecurity.sarif.Notification.class, ExplicitLevel.class);

  private static final ObjectWriter WRITER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    WRITER = MAPPER.writer(printer).with(new TerminalSafeEscapes());
  }

  private JsonOutput() {}

  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Writes {@code value} (a tree or a model object) and a line break; the writer stays open. */
  public static void write(Object value, Writer out) throws IOException {
    WRITER.writeValue(out, value);
    out.write('\n');
  }

  /** Writes {@code level} whenever it is set. */
  private abstract static class ExplicitLevel {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract Object getLevel();
  }

  private static final class TerminalSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    TerminalSafeEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (TerminalText.isUnsafe(ch) || ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch));
      }
      return null;
    }
  }
}
