package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.docker.ExposedPort;
import dev.plumbline.core.source.Span;
import java.util.Locale;
import java.util.Optional;

/**
 * One EXPOSE entry read the way Docker reads it ({@code port}, {@code from-to}, each with an
 * optional {@code /tcp}, {@code /udp} or {@code /sctp}): either the container port range and
 * protocol, or what is wrong with it. Entries with variables are not judged.
 *
 * @param first    the first port of the range
 * @param last     the last port of the range (the same as {@code first} for one port)
 * @param protocol the protocol in lower case; {@code tcp} when none is given
 * @param problem  what is wrong, if anything
 */
record PortSpec(int first, int last, String protocol, Optional<Problem> problem) {

  static final int MAX_PORT = 65535;

  /** What is wrong with an entry, and where. */
  record Problem(Span span, String message, String hint) {}

  boolean includes(int port) {
    return problem.isEmpty() && first <= port && port <= last;
  }

  /** The entry, or empty when a variable makes it unknowable. */
  static Optional<PortSpec> of(ExposedPort entry) {
    Word word = entry.word();
    if (word.hasVariables()) {
      return Optional.empty();
    }
    String text = word.value();
    if (text.indexOf(':') >= 0) {
      String container = text.substring(text.lastIndexOf(':') + 1);
      return invalid(word.span(), "EXPOSE '" + text + "' maps an address or host port, but "
          + "EXPOSE only declares the port the container listens on",
          "write EXPOSE " + container + " and publish it with docker run -p " + text);
    }
    Word port = entry.port();
    Optional<Word> protocolWord = entry.protocol();
    String protocol = protocolWord.map(p -> p.value().toLowerCase(Locale.ROOT))
        .filter(p -> !p.isEmpty()).orElse("tcp");
    if (!protocol.equals("tcp") && !protocol.equals("udp") && !protocol.equals("sctp")) {
      return invalid(protocolWord.orElseThrow().span(), "unknown protocol '"
          + protocolWord.get().value() + "' in EXPOSE " + text, "use tcp, udp or sctp");
    }
    String range = port.value();
    if (range.isEmpty()) {
      return invalid(word.span(), "EXPOSE '" + text + "' has no port number",
          "write the port before the protocol, such as EXPOSE 53/udp");
    }
    int dash = range.indexOf('-');
    String from = dash < 0 ? range : range.substring(0, dash);
    String to = dash < 0 ? range : range.substring(dash + 1);
    if (!from.matches("[0-9]+") || !to.matches("[0-9]+")) {
      return invalid(port.span(), "'" + range + "' is not a port number or range",
          range.contains(",") ? "separate ports with spaces: EXPOSE " + range.replace(",", " ")
              : "write a number from 0 to 65535, or a range such as 8000-8010");
    }
    int first = parse(from);
    int last = parse(to);
    if (first > MAX_PORT || last > MAX_PORT) {
      return invalid(port.span(), "port " + (first > MAX_PORT ? from : to) + " is out of "
          + "range: ports go from 0 to 65535", "use the port the application listens on");
    }
    if (first > last) {
      return invalid(port.span(), "port range " + range + " ends before it starts",
          "write the lower port first: EXPOSE " + to + "-" + from);
    }
    return Optional.of(new PortSpec(first, last, protocol, Optional.empty()));
  }

  private static Optional<PortSpec> invalid(Span span, String message, String hint) {
    return Optional.of(new PortSpec(-1, -1, "", Optional.of(new Problem(span, message, hint))));
  }

  /** The number, or one past the maximum when it has too many digits for an int. */
  private static int parse(String digits) {
    String trimmed = digits.replaceFirst("^0+(?=.)", "");
    return trimmed.length() > 5 ? MAX_PORT + 1 : Integer.parseInt(trimmed);
  }
}
