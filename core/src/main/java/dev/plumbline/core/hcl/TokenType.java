package dev.plumbline.core.hcl;

/** The kinds of token of the HCL native syntax, and the lexer's error tokens. */
enum TokenType {
  IDENT("an identifier"),
  NUMBER("a number"),
  NEWLINE("a line break"),
  EOF("the end of the file"),

  LBRACE("'{'"),
  RBRACE("'}'"),
  LBRACK("'['"),
  RBRACK("']'"),
  LPAREN("'('"),
  RPAREN("')'"),
  DOT("'.'"),
  COMMA("','"),
  STAR("'*'"),
  SLASH("'/'"),
  PERCENT("'%'"),
  PLUS("'+'"),
  MINUS("'-'"),
  EQUAL("'='"),
  LT("'<'"),
  GT("'>'"),
  BANG("'!'"),
  QUESTION("'?'"),
  COLON("':'"),
  EQ_EQ("'=='"),
  NOT_EQ("'!='"),
  GT_EQ("'>='"),
  LT_EQ("'<='"),
  AND_AND("'&&'"),
  OR_OR("'||'"),
  DOUBLE_COLON("'::'"),
  ELLIPSIS("'...'"),
  FAT_ARROW("'=>'"),

  /** The opening {@code "} of a quoted template. */
  OQUOTE("'\"'"),
  /** The closing {@code "} of a quoted template. */
  CQUOTE("'\"'"),
  /** {@code <<EOT} or {@code <<-EOT}, without the line break that follows. */
  OHEREDOC("a heredoc"),
  /** The closing marker of a heredoc, without the spaces around it. */
  CHEREDOC("the end of a heredoc"),
  /** Literal text of a quoted template, escapes not yet decoded. */
  QUOTED_LIT("a string"),
  /** Literal text of a heredoc or of a template in a JSON string. */
  STRING_LIT("a string"),
  /** {@code ${} or {@code ${~}. */
  TEMPLATE_INTERP("'${'"),
  /** {@code %{} or {@code %{~}. */
  TEMPLATE_CONTROL("'%{'"),
  /** The {@code }} or {@code ~}} that closes an interpolation or directive. */
  TEMPLATE_SEQ_END("'}'"),

  /** A character HCL does not use; the token carries the message. */
  INVALID("an invalid character"),
  /** A quoted string cut off by a line break or the end of the file. */
  UNTERMINATED_STRING("an unterminated string"),
  /** A heredoc without its closing marker. */
  UNTERMINATED_HEREDOC("an unterminated heredoc"),
  /** A {@code /*} comment without its end. */
  UNTERMINATED_COMMENT("an unterminated comment");

  private final String description;

  TokenType(String description) {
    this.description = description;
  }

  /** How a message names the token: {@code "'{'"}, {@code "an identifier"}. */
  String description() {
    return description;
  }

  boolean isError() {
    return this == INVALID || this == UNTERMINATED_STRING || this == UNTERMINATED_HEREDOC
        || this == UNTERMINATED_COMMENT;
  }
}
