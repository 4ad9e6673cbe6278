package dev.plumbline.core.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds lists, pipelines and commands from the lexer's tokens, by recursive descent over the
 * POSIX shell grammar (and bash's {@code [[ ]]}, {@code (( ))}, {@code function}). It never
 * rejects input: a missing {@code fi}, {@code done} or {@code )} ends the construct where the
 * text ends, a stray keyword is read as a command name and a stray operator is skipped. A
 * construct stops at the closing keyword of any construct around it, so one missing
 * {@code fi} does not swallow the {@code done} of the loop around it.
 */
final class ShellParser {

  /** A {@code [[} looks this many tokens ahead for its {@code ]]}. */
  private static final int CONDITIONAL_LOOKAHEAD = 10_000;

  private final ShellLexer lexer;
  private final Source source;
  private final List<Token> ahead = new ArrayList<>();
  private int head;
  private final Map<String, Integer> stopWords = new HashMap<>();
  private int parenStops;
  private int caseStops;
  private int lastEnd;
  private int conditionalScanFailedBefore = -1;
  private int substitutionEnd;

  ShellParser(ShellLexer lexer) {
    this.lexer = lexer;
    this.source = lexer.source();
    this.lastEnd = lexer.pos;
  }

  /** Reads everything up to the end of the lexer's text. */
  CommandList parseAll(CommandList.Kind kind) {
    return parseList(kind);
  }

  /**
   * Reads the inside of {@code $( )} or a process substitution up to its closing {@code )},
   * which it consumes; the lexer then continues just after it.
   */
  CommandList parseSubstitution() {
    parenStops++;
    CommandList body = parseList(CommandList.Kind.SUBSTITUTION);
    parenStops--;
    Token close = peek();
    substitutionEnd = close.start();
    if (close.type() == Token.Type.RPAREN) {
      next();
    }
    if (head < ahead.size()) {
      // looked past the closing parenthesis: the outer word continues from there
      lexer.pos = ahead.get(head).start();
      ahead.clear();
      head = 0;
    }
    return body;
  }

  /** Where the inside of the substitution just read ends: its {@code )} or the end of text. */
  int substitutionEnd() {
    return substitutionEnd;
  }

  private Token peek() {
    return peek(0);
  }

  private Token peek(int k) {
    while (ahead.size() - head <= k) {
      ahead.add(lexer.next());
    }
    return ahead.get(head + k);
  }

  private Token next() {
    Token t = peek();
    head++;
    if (head > 64 && head * 2 > ahead.size()) {
      ahead.subList(0, head).clear();
      head = 0;
    }
    if (t.type() != Token.Type.EOF) {
      lastEnd = t.end();
    }
    return t;
  }

  /** Drops the tokens looked at and lexes again from {@code offset}. */
  private void rewind(int offset) {
    ahead.clear();
    head = 0;
    lexer.pos = offset;
    lastEnd = offset;
  }

  private boolean accept(String keyword) {
    if (peek().isWord(keyword)) {
      next();
      return true;
    }
    return false;
  }

  private void skipNewlines() {
    while (peek().type() == Token.Type.NEWLINE) {
      next();
    }
  }

  private boolean isStop(Token t) {
    return switch (t.type()) {
      case RPAREN -> parenStops > 0;
      case CASE_END -> caseStops > 0;
      case WORD -> !stopWords.isEmpty() && t.word().isLiteral() && !t.word().isQuoted()
          && stopWords.getOrDefault(t.word().value(), 0) > 0;
      default -> false;
    };
  }

  private CommandList listUntil(CommandList.Kind kind, String... words) {
    for (String w : words) {
      stopWords.merge(w, 1, Integer::sum);
    }
    try {
      return parseList(kind);
    } finally {
      for (String w : words) {
        stopWords.merge(w, -1, Integer::sum);
      }
    }
  }

  private CommandList parseList(CommandList.Kind kind) {
    List<Pipeline> pipelines = new ArrayList<>();
    Pipeline last = null;
    boolean lastJoined = false;
    while (true) {
      Token t = peek();
      if (t.type() == Token.Type.NEWLINE) {
        next();
        if (last != null && !lastJoined) {
          last.setFollowing(t.operator());
          lastJoined = true;
        }
        continue;
      }
      if (t.type() == Token.Type.EOF || isStop(t)) {
        break;
      }
      Pipeline p = parsePipeline();
      if (p == null) {
        // an operator where a command should be: skip it (a stray ;; counts as ;)
        Token junk = next();
        boolean separator = junk.type() == Token.Type.SEMICOLON
            || junk.type() == Token.Type.CASE_END || junk.type() == Token.Type.AMPERSAND;
        if (last != null && !lastJoined && separator) {
          last.setFollowing(junk.operator());
          lastJoined = true;
        }
        continue;
      }
      pipelines.add(p);
      last = p;
      lastJoined = false;
      Token op = peek();
      switch (op.type()) {
        case AND, OR, SEMICOLON, AMPERSAND -> {
          next();
          p.setFollowing(op.operator());
          lastJoined = true;
        }
        default -> {
        }
      }
    }
    int start = pipelines.isEmpty() ? lastEnd : pipelines.get(0).start();
    int end = pipelines.isEmpty() ? start : pipelines.get(pipelines.size() - 1).end();
    return new CommandList(kind, start, end, pipelines);
  }

  private Pipeline parsePipeline() {
    Token first = peek();
    boolean negated = false;
    Token bang = null;
    if (first.isWord("!")) {
      bang = next();
      negated = true;
    }
    Stage stage = parseStage();
    if (stage == null) {
      if (bang == null) {
        return null;
      }
      stage = new Command(source, bang.start(), bang.end(), List.of(), List.of(bang.word()),
          List.of());
      negated = false;
    }
    List<Stage> stages = new ArrayList<>();
    List<Operator> pipes = new ArrayList<>();
    stages.add(stage);
    while (peek().type() == Token.Type.PIPE || peek().type() == Token.Type.PIPE_ALL) {
      Token pipe = next();
      skipNewlines();
      Stage nextStage = parseStage();
      if (nextStage == null) {
        break;
      }
      pipes.add(pipe.operator());
      stages.add(nextStage);
    }
    return new Pipeline(first.start(), stages.get(stages.size() - 1).end(), negated, stages,
        pipes);
  }

  private Stage parseStage() {
    Token t = peek();
    if (t.type() == Token.Type.LPAREN) {
      if (source.tooDeep()) {
        return null;
      }
      if (lexer.charAt(t.end()) == '(') {
        int end = lexer.arithmeticEnd(t.start());
        if (end > 0) {
          rewind(end);
          Word expression = arithmeticWord(t.start(), end);
          return new Compound(Compound.Kind.ARITHMETIC, t.start(), end, List.of(expression),
              List.of(), redirections());
        }
      }
      return subshell();
    }
    if (t.type() == Token.Type.WORD && !source.tooDeep() && t.word().isLiteral()
        && !t.word().isQuoted()) {
      switch (t.word().value()) {
        case "if" -> {
          return ifClause();
        }
        case "while" -> {
          return loop(Compound.Kind.WHILE);
        }
        case "until" -> {
          return loop(Compound.Kind.UNTIL);
        }
        case "for" -> {
          return forClause(Compound.Kind.FOR);
        }
        case "select" -> {
          return forClause(Compound.Kind.SELECT);
        }
        case "case" -> {
          return caseClause();
        }
        case "{" -> {
          return group();
        }
        case "function" -> {
          return function();
        }
        default -> {
        }
      }
    }
    if (t.type() == Token.Type.WORD || t.type() == Token.Type.REDIRECT) {
      return simpleCommand();
    }
    return null;
  }

  private Word arithmeticWord(int start, int end) {
    return new Word(source, start, end, source.text().substring(start, end),
        List.of(new WordPart(WordPart.Kind.ARITHMETIC, start, end, false)), List.of());
  }

  private List<Redirection> redirections() {
    List<Redirection> list = new ArrayList<>();
    while (peek().type() == Token.Type.REDIRECT) {
      list.add(next().redirection());
    }
    return list;
  }

  private Stage subshell() {
    Token open = next();
    source.enter();
    try {
      parenStops++;
      CommandList body = parseList(CommandList.Kind.SUBSHELL);
      parenStops--;
      if (peek().type() == Token.Type.RPAREN) {
        next();
      }
      int end = lastEnd;
      List<Redirection> redirections = redirections();
      return new Compound(Compound.Kind.SUBSHELL, open.start(), Math.max(end, lastEnd),
          List.of(), List.of(body), redirections);
    } finally {
      source.exit();
    }
  }

  private Stage group() {
    Token open = next();
    source.enter();
    try {
      CommandList body = listUntil(CommandList.Kind.GROUP, "}");
      accept("}");
      return compound(Compound.Kind.GROUP, open, List.of(), List.of(body));
    } finally {
      source.exit();
    }
  }

  private Stage ifClause() {
    Token keyword = next();
    source.enter();
    try {
      List<CommandList> bodies = new ArrayList<>();
      bodies.add(listUntil(CommandList.Kind.CONDITION, "then"));
      if (accept("then")) {
        bodies.add(listUntil(CommandList.Kind.BRANCH, "elif", "else", "fi"));
        while (accept("elif")) {
          bodies.add(listUntil(CommandList.Kind.CONDITION, "then"));
          if (!accept("then")) {
            break;
          }
          bodies.add(listUntil(CommandList.Kind.BRANCH, "elif", "else", "fi"));
        }
        if (accept("else")) {
          bodies.add(listUntil(CommandList.Kind.BRANCH, "fi"));
        }
        accept("fi");
      }
      return compound(Compound.Kind.IF, keyword, List.of(), bodies);
    } finally {
      source.exit();
    }
  }

  private Stage loop(Compound.Kind kind) {
    Token keyword = next();
    source.enter();
    try {
      List<CommandList> bodies = new ArrayList<>();
      bodies.add(listUntil(CommandList.Kind.CONDITION, "do"));
      if (accept("do")) {
        bodies.add(listUntil(CommandList.Kind.LOOP_BODY, "done"));
        accept("done");
      }
      return compound(kind, keyword, List.of(), bodies);
    } finally {
      source.exit();
    }
  }

  private Stage forClause(Compound.Kind kind) {
    Token keyword = next();
    source.enter();
    try {
      List<Word> words = new ArrayList<>();
      Token t = peek();
      int arithmetic = t.type() == Token.Type.LPAREN && lexer.charAt(t.end()) == '('
          ? lexer.arithmeticEnd(t.start()) : -1;
      if (arithmetic > 0) {
        rewind(arithmetic);
        words.add(arithmeticWord(t.start(), arithmetic));
      } else if (t.type() == Token.Type.WORD) {
        words.add(next().word());
      }
      skipNewlines();
      if (accept("in")) {
        while (peek().type() == Token.Type.WORD) {
          words.add(next().word());
        }
      }
      if (peek().type() == Token.Type.SEMICOLON || peek().type() == Token.Type.NEWLINE) {
        next();
      }
      skipNewlines();
      List<CommandList> bodies = new ArrayList<>();
      if (accept("do")) {
        bodies.add(listUntil(CommandList.Kind.LOOP_BODY, "done"));
        accept("done");
      }
      return compound(kind, keyword, words, bodies);
    } finally {
      source.exit();
    }
  }

  private Stage caseClause() {
    Token keyword = next();
    source.enter();
    try {
      List<Word> words = new ArrayList<>();
      List<CommandList> bodies = new ArrayList<>();
      if (peek().type() == Token.Type.WORD) {
        words.add(next().word());
      }
      skipNewlines();
      if (accept("in")) {
        while (true) {
          skipNewlines();
          Token t = peek();
          if (t.isWord("esac")) {
            next();
            break;
          }
          if (t.type() == Token.Type.EOF || t.type() != Token.Type.RPAREN && isStop(t)) {
            break;
          }
          if (t.type() == Token.Type.LPAREN) {
            next();
          }
          while (peek().type() == Token.Type.WORD) {
            words.add(next().word());
            if (peek().type() != Token.Type.PIPE) {
              break;
            }
            next();
          }
          if (peek().type() != Token.Type.RPAREN) {
            break;
          }
          next();
          caseStops++;
          bodies.add(listUntil(CommandList.Kind.BRANCH, "esac"));
          caseStops--;
          if (peek().type() == Token.Type.CASE_END) {
            next();
          }
        }
      }
      return compound(Compound.Kind.CASE, keyword, words, bodies);
    } finally {
      source.exit();
    }
  }

  private Stage function() {
    Token keyword = next();
    source.enter();
    try {
      List<Word> words = new ArrayList<>();
      if (peek().type() == Token.Type.WORD) {
        words.add(next().word());
      }
      if (peek().type() == Token.Type.LPAREN && peek(1).type() == Token.Type.RPAREN) {
        next();
        next();
      }
      return functionBody(keyword.start(), words);
    } finally {
      source.exit();
    }
  }

  private Stage functionBody(int start, List<Word> words) {
    skipNewlines();
    Stage body = parseStage();
    List<CommandList> bodies = new ArrayList<>();
    if (body != null) {
      Pipeline pipeline = new Pipeline(body.start(), body.end(), false, List.of(body), List.of());
      bodies.add(new CommandList(CommandList.Kind.FUNCTION_BODY, body.start(), body.end(),
          List.of(pipeline)));
    }
    return new Compound(Compound.Kind.FUNCTION, start, lastEnd, words, bodies, List.of());
  }

  private Compound compound(Compound.Kind kind, Token keyword, List<Word> words,
      List<CommandList> bodies) {
    int end = lastEnd;
    List<Redirection> redirections = redirections();
    return new Compound(kind, keyword.start(), Math.max(end, lastEnd), words, bodies,
        redirections);
  }

  private Stage simpleCommand() {
    int start = peek().start();
    List<Assignment> assignments = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    List<Redirection> redirections = new ArrayList<>();
    while (true) {
      Token t = peek();
      if (t.type() == Token.Type.REDIRECT) {
        redirections.add(next().redirection());
        continue;
      }
      if (t.type() != Token.Type.WORD) {
        break;
      }
      if (words.isEmpty()) {
        Optional<Assignment> assignment = Assignment.parse(t.word());
        if (assignment.isPresent()) {
          next();
          assignments.add(assignment.get());
          continue;
        }
        if (assignments.isEmpty() && t.isWord("[[") && conditional(words)) {
          continue;
        }
      }
      words.add(next().word());
      if (words.size() == 1 && assignments.isEmpty() && redirections.isEmpty()
          && peek().type() == Token.Type.LPAREN && peek(1).type() == Token.Type.RPAREN
          && !source.tooDeep()) {
        next();
        next();
        source.enter();
        try {
          return functionBody(start, words);
        } finally {
          source.exit();
        }
      }
    }
    return new Command(source, start, Math.max(start, lastEnd), assignments, words,
        redirections);
  }

  /**
   * {@code [[ ... ]]}: its operators ({@code &&}, {@code <}, {@code (}) are arguments of the
   * test, not shell syntax. Reads it into {@code words} if its {@code ]]} is on the same line.
   */
  private boolean conditional(List<Word> words) {
    Token open = peek();
    if (open.start() < conditionalScanFailedBefore) {
      return false;
    }
    int close = 1;
    while (true) {
      Token t = peek(close);
      if (t.isWord("]]")) {
        break;
      }
      if (t.type() == Token.Type.NEWLINE || t.type() == Token.Type.EOF
          || close > CONDITIONAL_LOOKAHEAD) {
        conditionalScanFailedBefore = t.start();
        return false;
      }
      close++;
    }
    for (int i = 0; i <= close; i++) {
      Token t = next();
      switch (t.type()) {
        case WORD -> words.add(t.word());
        case REDIRECT -> {
          Redirection r = t.redirection();
          words.add(Word.literal(source, r.start(), r.operatorEnd()));
          r.target().ifPresent(words::add);
        }
        default -> words.add(Word.literal(source, t.start(), t.end()));
      }
    }
    return true;
  }
}
