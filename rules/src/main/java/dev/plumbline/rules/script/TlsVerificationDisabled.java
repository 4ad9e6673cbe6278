package dev.plumbline.rules.script;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.ScriptRule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Assignment;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.ShellNode;
import dev.plumbline.core.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@Rule(id = "SH008", name = "tls-verification-disabled", platform = Platform.SCRIPT,
    severity = Severity.ERROR, tags = {"security", "supply-chain"}, securitySeverity = 7.0,
    summary = "TLS certificate verification is turned off for a download or a tool")
public final class TlsVerificationDisabled implements ScriptRule {

  private static final Set<String> FALSE = Set.of("false", "0", "no", "off");
  private static final Set<String> NPM_LIKE = Set.of("npm", "yarn", "pnpm");
  private static final Set<String> PIP_LIKE = Set.of("pip", "pip3", "pipenv", "python",
      "python3");

  @Override
  public void visitScript(Script script, RuleContext ctx) {
    for (Command raw : script.commands()) {
      Command c = raw.effective();
      List<Issue> issues = new ArrayList<>();
      tools(c, issues);
      variables(c, issues);
      for (Issue i : issues) {
        ctx.report(script.span(i.at()), i.what() + " turns off TLS certificate verification: "
                + "anyone on the network path can impersonate the server and hand over "
                + "their own " + i.payload(),
            "keep verification on; for an internal certificate authority, add its certificate "
                + "to the trust store (or pass it with the tool's CA option)");
      }
    }
  }

  private record Issue(ShellNode at, String what, String payload) {}

  private static void tools(Command c, List<Issue> issues) {
    if (c.is("curl")) {
      c.shortFlag('k', Args.CURL_VALUE_LETTERS).or(() -> c.flag("--insecure", "--proxy-insecure"))
          .ifPresent(w -> issues.add(new Issue(w, "curl " + w.value(), "file")));
    } else if (c.is("wget")) {
      c.flag("--no-check-certificate")
          .ifPresent(w -> issues.add(new Issue(w, "wget " + w.value(), "file")));
    } else if (c.is("git")) {
      git(c, issues);
    } else if (NPM_LIKE.contains(c.program())) {
      npm(c, issues);
    } else if (PIP_LIKE.contains(c.program()) || c.program().matches("python[0-9.]+|pip[0-9.]+")) {
      c.flag("--trusted-host").ifPresent(w -> issues.add(new Issue(w, c.program() + " "
          + "--trusted-host", "packages")));
      configSet(c, "global.trusted-host", "install.trusted-host")
          .ifPresent(w -> issues.add(new Issue(w, "pip config " + w.value(), "packages")));
    } else if (c.is("uv")) {
      c.flag("--allow-insecure-host").ifPresent(w -> issues.add(new Issue(w,
          "uv --allow-insecure-host", "packages")));
    } else if (c.is("kubectl", "helm", "oc")) {
      c.flag("--insecure-skip-tls-verify").filter(w -> !w.value().endsWith("=false"))
          .ifPresent(w -> issues.add(new Issue(w, c.program() + " --insecure-skip-tls-verify",
              "cluster or chart")));
    }
  }

  /** {@code git -c http.sslVerify=false} and {@code git config http.sslVerify false}. */
  private static void git(Command c, List<Issue> issues) {
    for (Word w : c.flagValues("-c")) {
      String v = w.value().toLowerCase(Locale.ROOT);
      int eq = v.indexOf('=');
      if (eq > 0 && isSslVerifyKey(v.substring(0, eq)) && FALSE.contains(v.substring(eq + 1))) {
        issues.add(new Issue(w, "git -c " + w.value(), "repository"));
      }
    }
    List<Word> operands = c.operands("-c", "-C");
    for (int i = 0; i + 2 < operands.size(); i++) {
      if (operands.get(i).value().equals("config")
          && isSslVerifyKey(operands.get(i + 1).value().toLowerCase(Locale.ROOT))
          && FALSE.contains(operands.get(i + 2).value().toLowerCase(Locale.ROOT))) {
        Word key = operands.get(i + 1);
        issues.add(new Issue(key, "git config " + key.value() + " false", "repository"));
      }
    }
  }

  private static boolean isSslVerifyKey(String key) {
    return key.startsWith("http.") && key.endsWith(".sslverify");
  }

  /** {@code npm config set strict-ssl false}, {@code npm install --strict-ssl=false}. */
  private static void npm(Command c, List<Issue> issues) {
    c.flag("--strict-ssl").filter(w -> FALSE.contains(after(w.value(), '=')))
        .ifPresent(w -> issues.add(new Issue(w, c.program() + " " + w.value(), "packages")));
    c.flag("--no-strict-ssl").ifPresent(w -> issues.add(new Issue(w, c.program() + " "
        + w.value(), "packages")));
    List<Word> operands = c.operands();
    for (int i = 0; i + 1 < operands.size(); i++) {
      String key = operands.get(i).value();
      boolean isSet = i > 0 && operands.get(i - 1).value().equals("set");
      if (!isSet) {
        continue;
      }
      boolean separate = key.equals("strict-ssl") && FALSE.contains(operands.get(i + 1).value())
          || key.equals("enableStrictSsl") && FALSE.contains(operands.get(i + 1).value());
      if (separate) {
        issues.add(new Issue(operands.get(i), c.program() + " config set " + key + " false",
            "packages"));
      }
    }
    for (Word w : operands) {
      if (w.value().equals("strict-ssl=false")) {
        issues.add(new Issue(w, c.program() + " config set strict-ssl=false", "packages"));
      }
    }
  }

  private static Optional<Word> configSet(Command c, String... keys) {
    List<Word> operands = c.operands();
    for (int i = 0; i + 1 < operands.size(); i++) {
      if (operands.get(i).value().equals("set") && Set.of(keys).contains(operands.get(i + 1)
          .value())) {
        return Optional.of(operands.get(i + 1));
      }
    }
    return Optional.empty();
  }

  /** {@code GIT_SSL_NO_VERIFY=1}, {@code export NODE_TLS_REJECT_UNAUTHORIZED=0}... */
  private static void variables(Command c, List<Issue> issues) {
    List<Assignment> assignments = new ArrayList<>(c.assignments());
    if (c.is("export", "declare", "typeset", "readonly", "local")) {
      c.args().forEach(w -> Assignment.parse(w).ifPresent(assignments::add));
    }
    for (Assignment a : assignments) {
      String value = a.value().value().toLowerCase(Locale.ROOT);
      boolean off = switch (a.name()) {
        case "GIT_SSL_NO_VERIFY", "PIP_TRUSTED_HOST" -> !value.isEmpty() && !FALSE.contains(value);
        case "NODE_TLS_REJECT_UNAUTHORIZED", "PYTHONHTTPSVERIFY" -> value.equals("0");
        case "NPM_CONFIG_STRICT_SSL", "npm_config_strict_ssl" -> FALSE.contains(value);
        default -> false;
      };
      if (off) {
        issues.add(new Issue(a, a.name() + "=" + a.value().value(), "content"));
      }
    }
  }

  private static String after(String value, char c) {
    int i = value.indexOf(c);
    return i < 0 ? "" : value.substring(i + 1).toLowerCase(Locale.ROOT);
  }
}
