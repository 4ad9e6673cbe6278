package dev.plumbline.core.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The query API rules use: names, flags, operands, wrappers, operators, nesting. */
class CommandTest {

  private static Command first(String script) {
    return ShellScript.parse(script).commands().get(0);
  }

  @Test
  void nameProgramAndArguments() {
    Command c = first("/usr/bin/apt-get -y install --no-install-recommends curl=7.* git");
    assertThat(c.name()).isEqualTo("/usr/bin/apt-get");
    assertThat(c.program()).isEqualTo("apt-get");
    assertThat(c.is("apt", "apt-get")).isTrue();
    assertThat(c.args()).extracting(Word::value).containsExactly("-y", "install",
        "--no-install-recommends", "curl=7.*", "git");
    assertThat(c.subcommand()).hasValueSatisfying(w -> assertThat(w.value()).isEqualTo("install"));
    assertThat(c.operands()).extracting(Word::value).containsExactly("install", "curl=7.*", "git");
  }

  @Test
  void flagsAloneInClustersAndWithValues() {
    Command c = first("apt-get install -qy --yes=true -o Dpkg::x=1 pkg -- -z");
    assertThat(c.hasFlag("-y")).isTrue();
    assertThat(c.hasFlag("-q")).isTrue();
    assertThat(c.hasFlag("--yes")).isTrue();
    assertThat(c.hasFlag("--no-install-recommends")).isFalse();
    assertThat(c.hasFlag("-z")).as("after --").isFalse();
    assertThat(c.flag("-y")).hasValueSatisfying(w -> assertThat(w.value()).isEqualTo("-qy"));
    assertThat(c.flagValues("-o")).extracting(Word::value).containsExactly("Dpkg::x=1");
    assertThat(c.operands("-o")).extracting(Word::value).containsExactly("install", "pkg", "-z");
  }

  @Test
  void flagValuesInEveryForm() {
    String script = "docker build -t a:1 --tag b:2 --tag=c:3 -td:4 -f Dockerfile .";
    Command c = first(script);
    List<Word> tags = c.flagValues("-t", "--tag");
    assertThat(tags).extracting(Word::value).containsExactly("a:1", "b:2", "c:3", "d:4");
    assertThat(tags).allSatisfy(
        w -> assertThat(script.substring(w.start(), w.end())).isEqualTo(w.value()));
  }

  @Test
  void shortFlagsStopAtAnOptionThatTakesAValue() {
    assertThat(first("curl -sSLk https://x").hasShortFlag('k', "oXuH")).isTrue();
    assertThat(first("curl -ukey:secret https://x").hasShortFlag('k', "oXuH")).isFalse();
    assertThat(first("curl -ok https://x").hasShortFlag('k', "oXuH")).isFalse();
    assertThat(first("curl --insecure https://x").hasShortFlag('k', "oXuH")).isFalse();
  }

  @Test
  void singleDashLongFlags() {
    Command c = first("terraform apply -auto-approve -var-file=prod.tfvars");
    assertThat(c.hasFlag("-auto-approve")).isTrue();
    assertThat(c.hasFlag("-a")).as("not a cluster: it has a dash inside").isFalse();
    assertThat(c.flagValues("-var-file")).extracting(Word::value).containsExactly("prod.tfvars");
  }

  @Test
  void wrappersAreSeenThrough() {
    ShellScript script = ShellScript.parse("sudo -E -u root env FOO=1 nohup curl -k x\n"
        + "timeout 60 make test\ncommand -v curl\nsudo\nexec gosu app npm start");
    List<Command> commands = script.commands();
    Command curl = commands.get(0).effective();
    assertThat(curl.name()).isEqualTo("curl");
    assertThat(curl.args()).extracting(Word::value).containsExactly("-k", "x");
    assertThat(curl.assignments()).extracting(Assignment::name).containsExactly("FOO");
    assertThat(curl.start()).isEqualTo(commands.get(0).start());
    assertThat(commands.get(0).isWrapper()).isTrue();
    assertThat(commands.get(1).effective().name()).isEqualTo("make");
    assertThat(commands.get(2).effective().name()).as("command -v only looks up")
        .isEqualTo("command");
    assertThat(commands.get(3).effective().name()).isEqualTo("sudo");
    assertThat(commands.get(4).effective().name()).isEqualTo("npm");
    assertThat(script.commands("curl", "npm")).extracting(Command::name)
        .containsExactly("curl", "npm");
  }

  @Test
  void operatorsAroundCommands() {
    ShellScript script = ShellScript.parse("npm test || true\na | b && c; d");
    List<Command> c = script.commands();
    assertThat(c.get(0).precedingOperator()).isEmpty();
    assertThat(c.get(0).followingOperator()).hasValueSatisfying(
        op -> assertThat(op.kind()).isEqualTo(Operator.Kind.OR));
    assertThat(c.get(1).precedingOperator().map(Operator::kind)).contains(Operator.Kind.OR);
    assertThat(c.get(1).followingOperator().map(Operator::kind)).contains(Operator.Kind.NEWLINE);
    assertThat(c.get(2).followingOperator().map(Operator::kind)).contains(Operator.Kind.PIPE);
    assertThat(c.get(3).precedingOperator().map(Operator::kind)).contains(Operator.Kind.PIPE);
    assertThat(c.get(3).followingOperator().map(Operator::kind)).contains(Operator.Kind.AND);
    assertThat(c.get(5).followingOperator()).isEmpty();
    assertThat(c.get(2).nextInPipeline()).containsSame(c.get(3));
    assertThat(c.get(3).previousInPipeline()).containsSame(c.get(2));
    assertThat(c.get(2).previousInPipeline()).isEmpty();
    Operator or = c.get(0).followingOperator().orElseThrow();
    assertThat("npm test || true".substring(or.start(), or.end())).isEqualTo("||");
    Pipeline ab = c.get(2).pipeline();
    assertThat(ab.commands()).containsExactly(c.get(2), c.get(3));
    assertThat(ab.hasPipe()).isTrue();
    assertThat(ab.next().orElseThrow().commands()).containsExactly(c.get(4));
    assertThat(ab.previous().orElseThrow().commands()).containsExactly(c.get(1));
    assertThat(script.body().operators()).extracting(Operator::kind).containsExactly(
        Operator.Kind.OR, Operator.Kind.NEWLINE, Operator.Kind.AND, Operator.Kind.SEMICOLON);
  }

  @Test
  void commandsAtEveryDepthInOrder() {
    ShellScript script = ShellScript.parse("if a; then (b $(c) && { d; }); fi\n"
        + "for x in $(e); do f() { g; }; done\ncase y in z) h <(i);; esac");
    assertThat(script.commands()).extracting(Command::name)
        .containsExactly("a", "b", "c", "d", "e", "g", "h", "i");
    Command d = script.commands().get(3);
    assertThat(d.list().kind()).isEqualTo(CommandList.Kind.GROUP);
    assertThat(d.isInSubshell()).isTrue();
    Command a = script.commands().get(0);
    assertThat(a.list().kind()).isEqualTo(CommandList.Kind.CONDITION);
    assertThat(a.isInSubshell()).isFalse();
    assertThat(a.enclosingStage()).hasValueSatisfying(
        s -> assertThat(((Compound) s).kind()).isEqualTo(Compound.Kind.IF));
    assertThat(script.compounds()).extracting(Compound::kind).containsExactly(Compound.Kind.IF,
        Compound.Kind.SUBSHELL, Compound.Kind.GROUP, Compound.Kind.FOR, Compound.Kind.FUNCTION,
        Compound.Kind.GROUP, Compound.Kind.CASE);
    assertThat(script.pipelines()).hasSize(15);
  }

  @Test
  void theCommandAfterThenIsACommand() {
    ShellScript script = ShellScript.parse("if true; then apt-get install x; fi");
    assertThat(script.commands("apt-get")).hasSize(1);
  }

  @Test
  void redirectionsKnowWhereOutputGoes() {
    Command c = first("env > env.txt 2>&1 >&2");
    assertThat(c.redirections()).extracting(Redirection::redirectsStdoutToFile)
        .containsExactly(true, false, false);
    assertThat(c.redirections()).extracting(Redirection::isOutput)
        .containsExactly(true, true, true);
    assertThat(c.redirections().get(1).fd()).hasValue(2);
  }

  @Test
  void commandTextSpansTheWholeCommand() {
    String script = "  FOO=1 make  all > log ;";
    Command c = first(script);
    assertThat(c.text()).isEqualTo("FOO=1 make  all > log");
    assertThat(c.start()).isEqualTo(2);
  }
}
