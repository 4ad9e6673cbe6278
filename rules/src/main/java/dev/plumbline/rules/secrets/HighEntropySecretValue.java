package dev.plumbline.rules.secrets;

import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleOption;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TextContext;
import dev.plumbline.core.rule.TextRule;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.rules.common.SecretNames;
import dev.plumbline.rules.secrets.Assignments.Assignment;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A random-looking value assigned to a name that says it holds a credential, in any file: the
 * generic check behind the format-specific SEC001, for passwords and keys that have no format of
 * their own. Random-looking means long (at least {@code min-length} characters), without spaces,
 * with at least two kinds of characters, and with a Shannon entropy of at least
 * {@value #MIN_BITS_PER_CHARACTER} bits per character. It stays silent on a line where another
 * secret rule (SEC001, or a platform's hard-coded credential rule) already reported.
 */
@Rule(id = "SEC002", name = "high-entropy-secret-value", platform = Platform.SECRETS,
    severity = Severity.WARNING, tags = {"security", "secrets"}, securitySeverity = 7.0,
    enabledByDefault = false,
    summary = "A random-looking value is assigned to a secret-named key")
public final class HighEntropySecretValue implements TextRule {

  /** Below this, a value reads more like words or a name than like generated key material. */
  static final double MIN_BITS_PER_CHARACTER = 3.5;

  /**
   * References to a value kept elsewhere ({@code ${NAME}}, {@code $NAME}, {@code {{ x }}}, an HCL
   * reference or function call), values encrypted with SOPS ({@code ENC[…]}) or Ansible Vault,
   * and values that are locations rather than secrets.
   */
  private static final Pattern NOT_A_VALUE = Pattern.compile(
      "\\$\\{|\\$\\(|\\{\\{|%\\{|#\\{|^\\$[A-Za-z_]|://|^\\.{0,2}/|^~/|^ENC\\[|^vault:"
          + "|^(?:var|local|data|module|each|count|self|path)\\.|^[A-Za-z_][\\w.]*\\(.*\\)$");
  /** What every name {@link SecretNames} judges secret contains, in any case. */
  private static final List<String> SECRET_WORDS =
      List.of("pass", "secret", "token", "key", "credential");
  /** The key a SealedSecret's values, encrypted for the cluster, are under. */
  private static final Pattern ENCRYPTED_PARENT =
      Pattern.compile("\\s*(?:-\\s+)?encryptedData:\\s*(?:#.*)?");
  private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

  @RuleOption(name = "min-length", description = "The shortest value, in characters, that is "
      + "judged; shorter values are not reported.")
  int minLength = 20;

  @Override
  public void visitText(SourceFile file, TextContext ctx) {
    String text = file.text();
    Optional<FileKind> kind = ctx.kind();
    boolean terraform = kind.filter(k -> k == FileKind.TERRAFORM
        || k == FileKind.TERRAFORM_VARIABLES).isPresent();
    boolean yaml = kind.filter(k -> k != FileKind.DOCKERFILE).isPresent() && !terraform;
    for (Assignment a : Assignments.of(file, SECRET_WORDS)) {
      String value = text.substring(a.valueStart(), a.valueEnd());
      if (!secretName(a.key()) || !randomLooking(value) || !a.quoted() && terraform) {
        continue; // in HCL, a literal is quoted: anything else is an expression
      }
      if (ctx.reported(a.line(), "secrets")) {
        continue; // a precise rule has spoken
      }
      OptionalInt parent = yaml ? YamlLines.parent(file.lines(), a.line()) : OptionalInt.empty();
      if (parent.isPresent() && (ctx.reported(parent.getAsInt(), "secrets")
          || ENCRYPTED_PARENT.matcher(file.lineText(parent.getAsInt())).matches())) {
        continue; // the mapping that holds it was reported (K8S016), or it is encrypted
      }
      ctx.report(file.span(a.valueStart(), a.valueEnd()), "'" + a.key() + "' is set to a "
              + "random-looking value " + Credential.redacted(text, a.valueStart(), a.valueEnd())
              + " written in the file, where everyone who can read the repository can use it",
          SecretStores.hint(kind));
    }
  }

  /** Whether a key names a credential; {@code clientSecret} is read as {@code client_secret}. */
  static boolean secretName(String key) {
    return SecretNames.looksSecret(CAMEL_HUMP.matcher(key).replaceAll("_"));
  }

  /** Whether a value looks generated: long, no spaces, mixed, unpredictable, not a stand-in. */
  boolean randomLooking(String value) {
    if (value.codePointCount(0, value.length()) < minLength
        || value.chars().anyMatch(Character::isWhitespace)
        || NOT_A_VALUE.matcher(value).find() || Placeholders.isPlaceholder(value)
        || characterKinds(value) < 2) {
      return false;
    }
    return Entropy.bitsPerCharacter(value) >= MIN_BITS_PER_CHARACTER;
  }

  /** How many of lower case, upper case, digits and other characters a value has. */
  private static int characterKinds(String value) {
    boolean lower = !value.equals(value.toUpperCase(Locale.ROOT));
    boolean upper = !value.equals(value.toLowerCase(Locale.ROOT));
    boolean digit = value.chars().anyMatch(Character::isDigit);
    boolean other = value.chars().anyMatch(c -> !Character.isLetterOrDigit(c)
        && "-_.".indexOf(c) < 0);
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }
}
