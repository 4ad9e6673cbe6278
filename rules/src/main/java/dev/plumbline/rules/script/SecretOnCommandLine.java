package dev.plumbline.rules.script;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.ScriptRule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Assignment;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Rule(id = "SH005", name = "secret-on-command-line", platform = Platform.SCRIPT,
    severity = Severity.ERROR, tags = {"security", "secrets"}, securitySeverity = 9.0,
    summary = "A password or token is written literally in a command")
public final class SecretOnCommandLine implements ScriptRule {

  /** Long options whose value is a credential, for any tool. */
  private static final Set<String> SECRET_OPTIONS = Set.of("--password", "--passwd", "--pass",
      "--token", "--auth-token", "--access-token", "--api-key", "--apikey", "--api-token",
      "--client-secret", "--secret-key", "--secret-access-key", "--http-password",
      "--http-passwd", "--ftp-password", "--proxy-password", "--registry-password");
  /** Tools whose {@code -p} option is a password. */
  private static final Set<String> LOGIN_TOOLS = Set.of("docker", "podman", "nerdctl", "buildah",
      "oras", "crane", "skopeo", "helm", "regctl");
  private static final Set<String> MYSQL_TOOLS = Set.of("mysql", "mysqldump", "mysqladmin",
      "mysqlimport", "mysqlshow", "mysqlcheck", "mariadb", "mariadb-dump", "mariadb-admin");
  /** {@code scheme://user:password@host}. */
  private static final Pattern URL_CREDENTIALS = Pattern.compile(
      "(?i)\\b([a-z][a-z0-9+.-]*)://([^/\\s:@'\"]+):([^/\\s@'\"]+)@([^/\\s:?#'\"]+)");
  /** Values that stand for a secret rather than being one. */
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?i)(|<[^>]*>|\\[[^]]*]|\\*+|x+|\\.+|changeme|change[-_]me|example|dummy|placeholder"
          + "|redacted|your[-_]?\\w*|my[-_]?password|\\$\\w*|%\\w*%)");

  @Override
  public void visitScript(Script script, RuleContext ctx) {
    for (Command raw : script.commands()) {
      Command c = raw.effective();
      List<Finding> found = new ArrayList<>();
      options(c, found);
      shortPasswords(c, found);
      userPassword(c, found);
      urls(c, found);
      for (Finding f : found) {
        ctx.report(script.span(f.word()), f.what() + " is written in the script: anyone who "
                + "can read this file, and any log or process list that shows the command, "
                + "has it",
            "pass it from a secret store through an environment variable, or on standard input "
                + "(docker login --password-stdin)");
      }
    }
  }

  private record Finding(Word word, String what) {}

  /** {@code --password x}, {@code --token=x}. */
  private static void options(Command c, List<Finding> found) {
    if (MYSQL_TOOLS.contains(c.program()) && onLoopback(c)) {
      return;
    }
    for (String option : secretOptionsGiven(c)) {
      for (Word value : c.flagValues(option)) {
        if (isSecretLiteral(value)) {
          found.add(new Finding(value, "the " + option + " of " + c.program()));
        }
      }
    }
  }

  /** The secret options among the arguments, each once, in the order they are given. */
  private static Set<String> secretOptionsGiven(Command c) {
    Set<String> given = new LinkedHashSet<>();
    for (Word w : c.args()) {
      String v = w.value();
      if (v.equals("--")) {
        break;
      }
      if (v.startsWith("--")) {
        int equals = v.indexOf('=');
        String option = equals < 0 ? v : v.substring(0, equals);
        if (SECRET_OPTIONS.contains(option)) {
          given.add(option);
        }
      }
    }
    return given;
  }

  /** {@code docker login -p x}, {@code sshpass -p x}, {@code mysql -px}. */
  private static void shortPasswords(Command c, List<Finding> found) {
    if (c.is("sshpass") || LOGIN_TOOLS.contains(c.program()) && c.args().stream()
        .anyMatch(w -> w.value().equals("login"))) {
      for (Word value : c.flagValues("-p")) {
        if (isSecretLiteral(value)) {
          found.add(new Finding(value, "the password of " + c.program()
              + (c.is("sshpass") ? "" : " login")));
        }
      }
    }
    if (MYSQL_TOOLS.contains(c.program()) && !onLoopback(c)) {
      for (Word w : c.args()) {
        // -p alone prompts, and "-p name" names a database: only -pSECRET holds a password
        if (w.value().startsWith("-p") && w.value().length() > 2
            && isSecretLiteral(w.afterPrefix(2))) {
          found.add(new Finding(w, "the password of " + c.program()));
        }
      }
    }
  }

  /** {@code curl -u user:password}, {@code skopeo --creds user:password}. */
  private static void userPassword(Command c, List<Finding> found) {
    List<Word> values = new ArrayList<>();
    if (c.is("curl")) {
      Args.optionValue(c, 'u', Args.CURL_VALUE_LETTERS.replace("u", ""), "--user",
          "--proxy-user").ifPresent(values::add);
    } else if (c.is("skopeo")) {
      values.addAll(c.flagValues("--creds", "--src-creds", "--dest-creds"));
    }
    for (Word value : values) {
      String v = value.value();
      int colon = v.indexOf(':');
      if (colon > 0 && value.isLiteral() && !isPlaceholder(v.substring(colon + 1))) {
        found.add(new Finding(value, "the password in the credentials of " + c.program()));
      }
    }
  }

  /** {@code https://user:password@host} in any argument or assignment. */
  private static void urls(Command c, List<Finding> found) {
    boolean declares = c.name().isEmpty()
        || c.is("export", "declare", "typeset", "readonly", "local");
    List<Word> words = new ArrayList<>();
    for (Word arg : c.args()) {
      Optional<Assignment> assignment = declares ? Assignment.parse(arg) : Optional.empty();
      words.add(assignment.map(Assignment::value).orElse(arg));
    }
    c.assignments().stream().map(Assignment::value).forEach(words::add);
    for (Word w : words) {
      if (found.stream().anyMatch(f -> f.word() == w)) {
        continue;
      }
      Matcher m = URL_CREDENTIALS.matcher(w.value());
      while (m.find()) {
        String password = m.group(3);
        if (!password.contains("$") && !isPlaceholder(password)
            && !Args.isLoopback(m.group(4))) {
          found.add(new Finding(w, "the password in a " + m.group(1).toLowerCase(Locale.ROOT)
              + ":// address"));
          break;
        }
      }
    }
  }

  /** A value written out in the script that does not look like a placeholder. */
  private static boolean isSecretLiteral(Word value) {
    return value.isLiteral() && !isPlaceholder(value.value());
  }

  static boolean isPlaceholder(String value) {
    return PLACEHOLDER.matcher(value.trim()).matches();
  }

  /** A database client talking to the same machine, such as a CI service container. */
  private static boolean onLoopback(Command c) {
    Optional<Word> host = Args.optionValue(c, 'h', "uPpSDe", "--host");
    return host.isEmpty() || Args.isLoopback(host.get().value());
  }
}
