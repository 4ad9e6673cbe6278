package dev.plumbline.core.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each construct of the shell language, read into lists, pipelines and commands. */
class ShellStructureTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
      echo hello world                         => [echo hello world]
      a && b || c; d & e                       => [a] && [b] || [c] ; [d] & [e]
      a |& b | c                               => [a] |& [b] | [c]
      ! a | b                                  => ! [a] | [b]
      FOO=bar BAZ= cmd arg                     => [FOO=bar BAZ= cmd arg]
      FOO=bar                                  => [FOO=bar ]
      echo a=b                                 => [echo a=b]
      a;;b                                     => [a] ; [b]
      ;; ; & a                                 => [a]
      a |                                      => [a]
      echo 'single $x' "double $x" \\$y        => [echo single $x double $x $y]
      echo "a\\"b" 'c\\d' e\\ f                => [echo a"b c\\d e f]
      echo $'tab\\there'                       => `[echo tab	here]`
      echo ${x:-"a b"} ${#y} $@ $1 $?          => [echo ${x:-"a b"} ${#y} $@ $1 $?]
      echo a#b # a comment                     => [echo a#b]
      arr=(one "two three" $(id)) cmd          => [arr=(one two three $(id))<[id]> cmd]
      echo @(a|b) x                            => [echo @(a|b) x]
      echo $((1 + (2 * 3))) $[4]               => [echo $((1 + (2 * 3))) $[4]]
      """)
  void simpleCommandsAndOperators(String script, String expected) {
    assertThat(Dump.of(script)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
      echo $(date) `id` "$(pwd)"               => [echo $(date)<[date]> `id`<[id]> $(pwd)<[pwd]>]
      sh -c "$(curl -fsSL x | tr a b)"         => [sh -c $(curl -fsSL x | tr a b)<[curl -fsSL x] | [tr a b]>]
      bash <(curl x) >(tee y)                  => [bash <(curl x)<[curl x]> >(tee y)<[tee y]>]
      echo $(echo $(echo deep))                => [echo $(echo $(echo deep))<[echo $(echo deep)<[echo deep]>]>]
      echo "$(echo ")")" after                 => [echo $(echo ")")<[echo )]> after]
      x=$(case a in a) echo hi;; esac) y       => [x=$(case a in a) echo hi;; esac)<CASE(a a {[echo hi]})> y]
      echo $( (cd a && b) )                    => [echo $( (cd a && b) )<SUBSHELL({[cd a] && [b]})>]
      echo $((cd a) && b)                      => [echo $((cd a) && b)<SUBSHELL({[cd a]}) && [b]>]
      """)
  void substitutionsAreLexedInside(String script, String expected) {
    assertThat(Dump.of(script)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
      if a; then b; elif c; then d; else e; fi => IF({[a] ;} {[b] ;} {[c] ;} {[d] ;} {[e] ;})
      while read x; do echo $x; done < f       => WHILE({[read x] ;} {[echo $x] ;}) <f
      until a; do b; done                      => UNTIL({[a] ;} {[b] ;})
      for f in a b $(ls); do rm $f; done       => FOR(f a b $(ls)<[ls]> {[rm $f] ;})
      for ((i=0; i<3; i++)); do x; done        => FOR(((i=0; i<3; i++)) {[x] ;})
      for f; do x; done                        => FOR(f {[x] ;})
      case $x in a|b) one;; (c) two;& *) three;; esac => CASE($x a b c * {[one]} {[two]} {[three]})
      (cd dir && make) > log 2>&1              => SUBSHELL({[cd dir] && [make]}) >log 2>&1
      { a; b; } || c                           => GROUP({[a] ; [b] ;}) || [c]
      f() { echo in; }                         => FUNCTION(f {GROUP({[echo in] ;})})
      function g { x; }                        => FUNCTION(g {GROUP({[x] ;})})
      (( i++ )) && echo                        => ARITHMETIC((( i++ ))) && [echo]
      [[ -f a && $b < c ]] || d                => [[[ -f a && $b < c ]]] || [d]
      if [[ a ]]; then [[ b || c ]]; fi        => IF({[[[ a ]]] ;} {[[[ b || c ]]] ;})
      echo { } then fi                         => [echo { } then fi]
      """)
  void compoundCommands(String script, String expected) {
    assertThat(Dump.of(script)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
      cat > out < in >> app 2> err &> all      => [cat >out <in >>app 2>err &>all]
      cmd 2>&1 >&2 <&0 3<> rw >| clob          => [cmd 2>&1 >&2 <&0 3<>rw >|clob]
      grep x <<< "$y"                          => [grep x <<<$y]
      """)
  void redirections(String script, String expected) {
    assertThat(Dump.of(script)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
      `if a; then b`                           => IF({[a] ;} {[b]})
      `echo "unterminated $(x`                 => [echo unterminated $(x<[x]>]
      `echo 'open`                             => [echo open]
      `( a; b`                                 => SUBSHELL({[a] ; [b]})
      `a ) b`                                  => [a] [b]
      `echo ${x`                               => [echo ${x]
      `fi done esac } )`                       => [fi done esac }]
      `while a; do if b; then c; done`         => WHILE({[a] ;} {IF({[b] ;} {[c] ;})})
      `case x in a) b`                         => CASE(x a {[b]})
      `[[ a`                                   => [[[ a]
      `f(`                                     => [f] SUBSHELL({})
      `echo $(( 1`                             => [echo $(( 1<SUBSHELL({[1]})>]
      """)
  void brokenScriptsDegradeToWords(String script, String expected) {
    assertThat(Dump.of(script)).isEqualTo(expected);
  }

  @Test
  void anUnterminatedBackquoteRunsToTheEnd() {
    assertThat(Dump.of("echo `id; a && b")).isEqualTo("[echo `id; a && b<[id] ; [a] && [b]>]");
    assertThat(Dump.of("echo \\`")).isEqualTo("[echo `]");
  }
}
