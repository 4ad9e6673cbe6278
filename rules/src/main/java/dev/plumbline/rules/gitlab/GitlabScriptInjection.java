package dev.plumbline.rules.gitlab;

import dev.plumbline.core.model.gitlab.Job;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.GitLabContext;
import dev.plumbline.core.rule.GitLabRule;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Assignment;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Redirection;
import dev.plumbline.core.shell.ShellScript;
import dev.plumbline.core.shell.TextRange;
import dev.plumbline.core.shell.Word;
import dev.plumbline.core.shell.WordPart;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text an attacker chooses — a commit message, a branch name, a merge request title — run as
 * code by a job's script: a predefined variable such as {@code $CI_COMMIT_MESSAGE} in a command
 * position, or expanded by the job's shell into code another interpreter parses ({@code eval},
 * {@code sh -c}, {@code ssh host CMD}, {@code python -c}); and {@code $[[ inputs.x ]]}, which
 * GitLab pastes into the script text before the shell parses it.
 *
 * <p>A variable the job's shell expands in an argument ({@code echo "$CI_COMMIT_MESSAGE"}, or
 * unquoted: word splitting and globbing) is data, not code, and is not reported. Inside a
 * single-quoted {@code sh -c '...'} script, the inner shell expands it, and the same reading
 * applies to that script.
 */
@Rule(id = "GLC009", name = "gitlab-script-injection", platform = Platform.GITLAB_CI,
    severity = Severity.ERROR, tags = {"security", "injection"}, securitySeverity = 9.0,
    summary = "Attacker-chosen text is run as code in a job script")
public final class GitlabScriptInjection implements GitLabRule {

  /** Inside a single-quoted {@code sh -c '...'}, scripts within scripts are read this deep. */
  private static final int MAX_DEPTH = 4;
  private static final Pattern INPUT = Pattern.compile("^\\$\\[\\[\\s*inputs\\.");
  private static final Pattern EXPAND_VARS = Pattern.compile("\\|\\s*expand_vars\\b");

  @Override
  public void visitJob(Job job, GitLabContext ctx) {
    if (job.hidden()) {
      return; // a template's scripts are checked where a job runs them
    }
    for (Script script : job.scripts()) {
      Findings findings = new Findings(job, script, ctx);
      checkShell(script.text(), script.commands(), 0, 0, findings);
      checkInputs(script, findings);
    }
  }

  /**
   * @param text     the text the commands' offsets refer to
   * @param base     offset of {@code text} in the job's script
   */
  private static void checkShell(String text, List<Command> commands, int base, int depth,
      Findings findings) {
    for (Command command : commands) {
      for (Command c : command.isWrapper() ? List.of(command, command.effective())
          : List.of(command)) {
        c.nameWord().ifPresent(name -> {
          for (WordPart part : name.parts()) {
            UntrustedVariables.expandedBy(part, text).ifPresent(variable -> findings.report(
                base + part.start(), base + part.end(), "'$" + variable + "' ("
                    + UntrustedVariables.describe(variable) + ", chosen by whoever pushes or "
                    + "opens the merge request) is run as a command",
                "do not run a variable; compare it with the values you expect, as in 'case \"$"
                    + variable + "\" in main) ...'"));
          }
        });
      }
      for (CodeArguments.Code code : CodeArguments.of(command.effective())) {
        checkCode(text, code, base, depth, findings);
      }
    }
  }

  /** A word run as code: what the job's shell expands in it becomes code. */
  private static void checkCode(String text, CodeArguments.Code code, int base, int depth,
      Findings findings) {
    Word word = code.word();
    for (WordPart part : word.parts()) {
      UntrustedVariables.expandedBy(part, text).ifPresent(variable -> findings.report(
          base + part.start(), base + part.end(), "'$" + variable + "' ("
              + UntrustedVariables.describe(variable) + ", chosen by whoever pushes or opens the "
              + "merge request) is expanded into the code that " + code.runner() + " runs: a "
              + "crafted value runs commands",
          code.shell()
              ? "single-quote the code and pass the value as an argument, as in "
                  + "sh -c 'echo \"$1\"' _ \"$" + variable + "\", or read it quoted inside: "
                  + "'echo \"$" + variable + "\"'"
              : "read the value from the environment inside the program (os.environ, "
                  + "process.env, $ENV) instead of pasting it into the code"));
    }
    if (code.shell() && depth < MAX_DEPTH) {
      for (int[] quoted : singleQuoted(word.text())) {
        int start = word.start() + quoted[0];
        String inner = text.substring(start, word.start() + quoted[1]);
        checkShell(inner, ShellScript.parse(inner).commands(), base + start, depth + 1, findings);
      }
    }
  }

  /** The {@code [start, end)} of each single-quoted text of a word, inside the quotes. */
  static List<int[]> singleQuoted(String raw) {
    List<int[]> found = new java.util.ArrayList<>();
    boolean doubleQuoted = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && !doubleQuoted) {
        i++;
      } else if (c == '\\') {
        i++;
      } else if (c == '"') {
        doubleQuoted = !doubleQuoted;
      } else if (c == '\'' && !doubleQuoted) {
        int close = raw.indexOf('\'', i + 1);
        if (close < 0) {
          break;
        }
        found.add(new int[] {i + 1, close});
        i = close;
      }
    }
    return found;
  }

  /**
   * {@code $[[ inputs.x ]]} outside single quotes: GitLab pastes the input's value into the
   * script before the shell reads it. With {@code expand_vars} the value's variables (a branch
   * name) are pasted too, and no quoting helps.
   */
  private static void checkInputs(Script script, Findings findings) {
    String text = script.text();
    for (TextRange range : script.opaqueRanges()) {
      String block = text.substring(range.start(), range.end());
      if (!INPUT.matcher(block).find()) {
        continue;
      }
      if (EXPAND_VARS.matcher(block).find()) {
        findings.report(range.start(), range.end(), "'" + block + "' pastes the input's value "
                + "into the script with its CI/CD variables expanded (such as a branch name or "
                + "commit message): a crafted value runs commands, whatever the quoting",
            "drop expand_vars and pass the value through a job variable: 'variables: "
                + "VALUE: $[[ inputs.x ]]', then use \"$VALUE\" in the script");
        continue;
      }
      Optional<Boolean> singleQuoted = singleQuotedAt(script, range.start());
      if (singleQuoted.isPresent() && !singleQuoted.get()) {
        findings.report(Severity.WARNING, range.start(), range.end(), "'" + block + "' is pasted "
                + "into the script before the shell reads it, outside single quotes: an input "
                + "value with quotes, ';' or '$(...)' runs commands",
            "pass it through a job variable: 'variables: VALUE: " + block
                + "', then use \"$VALUE\" in the script; or single-quote it if the value never "
                + "holds a quote");
      }
    }
  }

  /**
   * Whether the block at {@code offset} is inside single quotes of the word holding it; empty
   * where no word holds it (a here-document, a comment).
   */
  private static Optional<Boolean> singleQuotedAt(Script script, int offset) {
    for (Command c : script.commands()) {
      for (Word w : words(c)) {
        for (WordPart part : w.parts()) {
          if (part.kind() == WordPart.Kind.TEMPLATE && part.start() == offset) {
            int at = offset - w.start();
            return Optional.of(part.quoted() && singleQuoted(w.text()).stream()
                .anyMatch(q -> q[0] <= at && at < q[1]));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static List<Word> words(Command c) {
    List<Word> words = new java.util.ArrayList<>(c.words());
    c.assignments().stream().map(Assignment::value).forEach(words::add);
    c.redirections().stream().map(Redirection::target).flatMap(Optional::stream)
        .forEach(words::add);
    return words;
  }

  /** Reports into the script's file, once per place. */
  private static final class Findings {
    private final Job job;
    private final Script script;
    private final GitLabContext ctx;
    private final Set<Integer> reported = new HashSet<>();

    Findings(Job job, Script script, GitLabContext ctx) {
      this.job = job;
      this.script = script;
      this.ctx = ctx;
    }

    void report(int start, int end, String message, String hint) {
      report(null, start, end, message, hint);
    }

    void report(Severity severity, int start, int end, String message, String hint) {
      if (!reported.add(start)) {
        return;
      }
      if (severity == null) {
        ctx.report(job.nodeOf(script), script.span(start, end), message, hint);
      } else {
        ctx.report(severity, job.nodeOf(script), script.span(start, end), message, hint);
      }
    }
  }
}
