package dev.plumbline.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContextPathTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "github                                  | github",
      "github.event.issue.title                | github event issue title",
      "github.event['issue'].title             | github event issue title",
      "github.event.commits[0].message         | github event commits * message",
      "github.event.commits.*.message          | github event commits * message",
      "github.event.commits[*].message         | github event commits * message",
      "secrets[inputs.name]                    | secrets *",
      "secrets[format('{0}', x)]               | secrets *",
      "GITHUB.Event.Pull_Request.HEAD.Ref      | github event pull_request head ref",
      "steps.my-step.outputs['Some-Key']       | steps my-step outputs some-key",
      "(github.event).issue                    | github event issue",
      "matrix['os']                            | matrix os",
  })
  void pathOfAccessChains(String text, String expected) throws ExprSyntaxException {
    List<String> path = Arrays.asList(expected.split(" "));
    assertThat(ExpressionParser.parse(text, 0).contextPath()).contains(path);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "'github'",
      "toJSON(github)",
      "fromJSON(secrets.x).y",
      "github.a == github.b",
      "!github.event",
      "null",
      "(a || b).c",
  })
  void noPathForAnythingElse(String text) throws ExprSyntaxException {
    assertThat(ExpressionParser.parse(text, 0).contextPath()).isEmpty();
  }
}
