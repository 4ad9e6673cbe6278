package dev.plumbline.rules.gitlab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Evaluates a {@code rules:if} expression of GitLab CI in a {@link Scenario}: what is known of
 * the predefined variables in one kind of pipeline. The answer is three-valued: an expression
 * on a variable the scenario does not know (a project variable, the branch's name) is
 * {@link Truth#UNKNOWN}, as is anything this reader does not parse.
 *
 * <p>Grammar, as GitLab reads it: {@code $VAR} or {@code ${VAR}}, {@code "string"},
 * {@code 'string'}, {@code /regex/flags}, {@code null}; {@code ==}, {@code !=}, {@code =~},
 * {@code !~}; {@code &&} binding tighter than {@code ||}; parentheses.
 */
final class RuleCondition {

  /** A three-valued truth. */
  enum Truth {
    TRUE, FALSE, UNKNOWN;

    static Truth of(boolean b) {
      return b ? TRUE : FALSE;
    }

    Truth and(Truth other) {
      if (this == FALSE || other == FALSE) {
        return FALSE;
      }
      return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
    }

    Truth or(Truth other) {
      if (this == TRUE || other == TRUE) {
        return TRUE;
      }
      return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
    }

    Truth not() {
      return this == UNKNOWN ? UNKNOWN : of(this == FALSE);
    }
  }

  /**
   * What one kind of pipeline sets: variables with a known value, variables that are set to
   * some non-empty value, variables that are surely unset; everything else is unknown.
   */
  record Scenario(String name, Map<String, String> known, List<String> set, List<String> unset,
      List<String> unsetPrefixes) {

    Value valueOf(String variable) {
      if (known.containsKey(variable)) {
        return new Value(Kind.KNOWN, known.get(variable));
      }
      if (set.contains(variable)) {
        return new Value(Kind.SET, null);
      }
      if (unset.contains(variable) || unsetPrefixes.stream().anyMatch(variable::startsWith)) {
        return new Value(Kind.UNSET, null);
      }
      return new Value(Kind.UNKNOWN, null);
    }
  }

  /** A push to a branch that has an open merge request: the branch pipeline. */
  static final Scenario BRANCH = new Scenario("branch",
      Map.of("CI_PIPELINE_SOURCE", "push"),
      List.of("CI_COMMIT_BRANCH", "CI_COMMIT_REF_NAME", "CI_COMMIT_REF_SLUG", "CI_COMMIT_SHA",
          "CI_OPEN_MERGE_REQUESTS", "CI_DEFAULT_BRANCH"),
      List.of("CI_COMMIT_TAG", "CI_EXTERNAL_PULL_REQUEST_IID"), List.of("CI_MERGE_REQUEST_"));

  /** The same push seen by the merge request: the merge request pipeline. */
  static final Scenario MERGE_REQUEST = new Scenario("merge request",
      Map.of("CI_PIPELINE_SOURCE", "merge_request_event"),
      List.of("CI_MERGE_REQUEST_IID", "CI_MERGE_REQUEST_ID", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME",
          "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "CI_MERGE_REQUEST_PROJECT_ID",
          "CI_MERGE_REQUEST_PROJECT_PATH", "CI_MERGE_REQUEST_REF_PATH",
          "CI_MERGE_REQUEST_EVENT_TYPE", "CI_MERGE_REQUEST_TITLE", "CI_COMMIT_REF_NAME",
          "CI_COMMIT_REF_SLUG", "CI_COMMIT_SHA", "CI_OPEN_MERGE_REQUESTS", "CI_DEFAULT_BRANCH"),
      List.of("CI_COMMIT_BRANCH", "CI_COMMIT_TAG", "CI_EXTERNAL_PULL_REQUEST_IID"), List.of());

  private enum Kind { KNOWN, SET, UNSET, UNKNOWN }

  private record Value(Kind kind, String text) {
    Truth truthy() {
      return switch (kind) {
        case KNOWN -> Truth.of(!text.isEmpty());
        case SET -> Truth.TRUE;
        case UNSET -> Truth.FALSE;
        default -> Truth.UNKNOWN;
      };
    }
  }

  /** Deeper parentheses than any pipeline writes: the reader stops before the stack does. */
  static final int MAX_NESTING = 100;

  /**
   * Character reads one pattern may make of one value: a real pattern needs a few hundred, one
   * that backtracks without end ({@code /(.*)(.*)(.*)(.*)(.*)(.*)(.*)(.*)(.*)(.*)(.*)x/}) is cut
   * short.
   */
  static final int MAX_PATTERN_READS = 1_000_000;

  private RuleCondition() {}

  /** The truth of {@code expression} in {@code scenario}; UNKNOWN if it does not parse. */
  static Truth evaluate(String expression, Scenario scenario) {
    try {
      Parser parser = new Parser(tokens(expression), scenario);
      Truth result = parser.or();
      return parser.atEnd() ? result : Truth.UNKNOWN;
    } catch (IllegalArgumentException e) {
      return Truth.UNKNOWN;
    }
  }

  private enum T { VAR, STRING, REGEX, NULL, EQ, NE, MATCH, NOMATCH, AND, OR, LPAREN, RPAREN }

  private record Token(T type, String text) {}

  private static List<Token> tokens(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '$') {
        int start = i + 1;
        boolean braced = start < s.length() && s.charAt(start) == '{';
        int j = braced ? start + 1 : start;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
          j++;
        }
        String name = s.substring(braced ? start + 1 : start, j);
        if (name.isEmpty() || braced && (j >= s.length() || s.charAt(j) != '}')) {
          throw new IllegalArgumentException("variable");
        }
        out.add(new Token(T.VAR, name));
        i = braced ? j + 1 : j;
      } else if (c == '"' || c == '\'') {
        int end = s.indexOf(c, i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("string");
        }
        out.add(new Token(T.STRING, s.substring(i + 1, end)));
        i = end + 1;
      } else if (c == '/') {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != '/') {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        if (j >= s.length()) {
          throw new IllegalArgumentException("regex");
        }
        int flagsEnd = j + 1;
        while (flagsEnd < s.length() && Character.isLetter(s.charAt(flagsEnd))) {
          flagsEnd++;
        }
        out.add(new Token(T.REGEX, s.substring(i + 1, j) + "\u0000" + s.substring(j + 1,
            flagsEnd)));
        i = flagsEnd;
      } else if (s.startsWith("null", i)) {
        out.add(new Token(T.NULL, "null"));
        i += 4;
      } else {
        String two = i + 2 <= s.length() ? s.substring(i, i + 2) : "";
        T type = switch (two) {
          case "==" -> T.EQ;
          case "!=" -> T.NE;
          case "=~" -> T.MATCH;
          case "!~" -> T.NOMATCH;
          case "&&" -> T.AND;
          case "||" -> T.OR;
          default -> null;
        };
        if (type != null) {
          out.add(new Token(type, two));
          i += 2;
        } else if (c == '(' || c == ')') {
          out.add(new Token(c == '(' ? T.LPAREN : T.RPAREN, String.valueOf(c)));
          i++;
        } else {
          throw new IllegalArgumentException("unexpected " + c);
        }
      }
    }
    return out;
  }

  /** Recursive descent over the tokens, evaluating as it goes. */
  private static final class Parser {
    private final List<Token> tokens;
    private final Scenario scenario;
    private int pos;
    private int depth;

    Parser(List<Token> tokens, Scenario scenario) {
      this.tokens = tokens;
      this.scenario = scenario;
    }

    boolean atEnd() {
      return pos == tokens.size();
    }

    private Optional<Token> peek() {
      return atEnd() ? Optional.empty() : Optional.of(tokens.get(pos));
    }

    private Token next() {
      if (atEnd()) {
        throw new IllegalArgumentException("unexpected end");
      }
      return tokens.get(pos++);
    }

    Truth or() {
      Truth result = and();
      while (peek().filter(t -> t.type() == T.OR).isPresent()) {
        pos++;
        result = result.or(and());
      }
      return result;
    }

    private Truth and() {
      Truth result = primary();
      while (peek().filter(t -> t.type() == T.AND).isPresent()) {
        pos++;
        result = result.and(primary());
      }
      return result;
    }

    private Truth primary() {
      Token t = next();
      if (t.type() == T.LPAREN) {
        if (++depth > MAX_NESTING) {
          throw new IllegalArgumentException("nested too deeply");
        }
        Truth inner = or();
        depth--;
        if (next().type() != T.RPAREN) {
          throw new IllegalArgumentException("parenthesis");
        }
        return inner;
      }
      Optional<Token> operator = peek().filter(o -> o.type() == T.EQ || o.type() == T.NE
          || o.type() == T.MATCH || o.type() == T.NOMATCH);
      if (operator.isEmpty()) {
        if (t.type() != T.VAR) {
          return Truth.UNKNOWN; // a bare string or regex: GitLab's truthiness is not ours to guess
        }
        return scenario.valueOf(t.text()).truthy();
      }
      pos++;
      Token right = next();
      return switch (operator.get().type()) {
        case EQ -> equal(t, right);
        case NE -> equal(t, right).not();
        case MATCH -> matches(t, right);
        default -> matches(t, right).not();
      };
    }

    private Value operand(Token t) {
      return switch (t.type()) {
        case VAR -> scenario.valueOf(t.text());
        case STRING -> new Value(Kind.KNOWN, t.text());
        case NULL -> new Value(Kind.UNSET, null);
        default -> throw new IllegalArgumentException("operand");
      };
    }

    private Truth equal(Token leftToken, Token rightToken) {
      Value left = operand(leftToken);
      Value right = operand(rightToken);
      if (left.kind() == Kind.UNKNOWN || right.kind() == Kind.UNKNOWN) {
        return Truth.UNKNOWN;
      }
      if (left.kind() == Kind.UNSET || right.kind() == Kind.UNSET) {
        if (left.kind() == Kind.UNSET && right.kind() == Kind.UNSET) {
          return Truth.TRUE;
        }
        Value other = left.kind() == Kind.UNSET ? right : left;
        // whether an unset variable equals "" is GitLab's business; stay unsure
        return other.kind() == Kind.KNOWN && other.text().isEmpty() ? Truth.UNKNOWN : Truth.FALSE;
      }
      if (left.kind() == Kind.KNOWN && right.kind() == Kind.KNOWN) {
        return Truth.of(left.text().equals(right.text()));
      }
      return Truth.UNKNOWN; // a set variable of unknown value
    }

    private Truth matches(Token leftToken, Token regex) {
      if (regex.type() != T.REGEX) {
        return Truth.UNKNOWN; // a pattern in a variable
      }
      Value left = operand(leftToken);
      if (left.kind() == Kind.UNSET) {
        return Truth.FALSE;
      }
      if (left.kind() != Kind.KNOWN) {
        return Truth.UNKNOWN;
      }
      String[] parts = regex.text().split("\u0000", -1);
      int flags = parts[1].contains("i") ? Pattern.CASE_INSENSITIVE : 0;
      try {
        return Truth.of(Pattern.compile(parts[0], flags).matcher(new CountedText(left.text()))
            .find());
      } catch (PatternSyntaxException | CountedText.Exhausted e) {
        return Truth.UNKNOWN;
      } catch (StackOverflowError e) {
        // the JDK's matcher recurses once per character for some patterns; like its compiler,
        // which reports an overflow as a syntax error, read it as a pattern too complex to judge
        return Truth.UNKNOWN;
      }
    }
  }

  /** The value a pattern is matched against, which ends the match after too many reads. */
  private static final class CountedText implements CharSequence {
    private final String text;
    private int reads;

    CountedText(String text) {
      this.text = text;
    }

    @Override
    public char charAt(int index) {
      if (++reads > MAX_PATTERN_READS) {
        throw new Exhausted();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }

    /** The pattern read the value more often than {@link #MAX_PATTERN_READS} allows. */
    static final class Exhausted extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Exhausted() {
        super(null, null, false, false);
      }
    }
  }
}
