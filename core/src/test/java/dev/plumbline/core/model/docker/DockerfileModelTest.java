package dev.plumbline.core.model.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.script.ShellKind;
import dev.plumbline.core.model.script.ShellOption;
import dev.plumbline.core.source.SourceFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DockerfileModelTest {

  private static Dockerfile parse(String text) {
    return Dockerfile.parse(SourceFile.of("Dockerfile", text));
  }

  private static final String MULTI_STAGE = """
      ARG GO_VERSION=1.22
      ARG BASE
      FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS Build
      WORKDIR /src
      COPY --from=tools /bin/x /bin/x
      RUN go build -o /out/app .
      FROM build AS test
      RUN go test ./...
      FROM gcr.io/distroless/static:nonroot@sha256:abc123
      COPY --from=BUILD --chown=app:app /out/app /app
      COPY --from=0 /etc/passwd /etc/passwd
      USER nonroot:nonroot
      ENTRYPOINT ["/app"]
      """;

  @Test
  void splitsStagesWithIndexesAliasesAndGlobalArgs() {
    Dockerfile df = parse(MULTI_STAGE);
    assertThat(df.globalArgs()).hasSize(2);
    assertThat(df.globalArgs().get(0).declarations()).singleElement().satisfies(kv -> {
      assertThat(kv.name()).isEqualTo("GO_VERSION");
      assertThat(kv.valueText()).contains("1.22");
      assertThat(kv.value().orElseThrow().span().toString()).isEqualTo("1:16-1:20");
    });
    assertThat(df.globalArgs().get(0).isGlobal()).isTrue();
    assertThat(df.stages()).extracting(Stage::index).containsExactly(0, 1, 2);
    assertThat(df.stages()).extracting(Stage::name)
        .containsExactly(Optional.of("build"), Optional.of("test"), Optional.empty());
    Stage build = df.stages().get(0);
    assertThat(build.alias().orElseThrow().text()).isEqualTo("Build");
    assertThat(build.platform().orElseThrow().valueText()).contains("$BUILDPLATFORM");
    assertThat(build.instructions()).extracting(Instruction::keyword)
        .containsExactly("FROM", "WORKDIR", "COPY", "RUN");
    assertThat(build.instructions(Run.class)).hasSize(1);
    assertThat(build.instructions().get(1).stage()).contains(build);
    assertThat(df.globalArgs().get(0).stage()).isEmpty();
    assertThat(df.stages().get(1).baseStage()).contains(build);
    assertThat(df.stages().get(2).baseStage()).isEmpty();
    assertThat(df.finalStage()).contains(df.stages().get(2));
    assertThat(df.stages().get(2).isFinal()).isTrue();
    assertThat(build.label()).isEqualTo("stage 'build'");
    assertThat(df.stages().get(2).label()).isEqualTo("stage 3");
    assertThat(df.stage("TEST")).contains(df.stages().get(1));
    assertThat(df.stage("0")).contains(build);
  }

  @Test
  void parsesImageReferences() {
    Dockerfile df = parse(MULTI_STAGE + "FROM localhost:5000/team/app:1.0\nFROM scratch\n"
        + "FROM ${BASE}\nFROM python\n");
    ImageRef go = df.stages().get(0).image().orElseThrow();
    assertThat(go.registry()).isEmpty();
    assertThat(go.repository().text()).isEqualTo("golang");
    assertThat(go.tag().orElseThrow().text()).isEqualTo("${GO_VERSION}-alpine");
    assertThat(go.tag().orElseThrow().span().toString()).isEqualTo("3:39-3:59");
    assertThat(go.hasVariables()).isTrue();
    assertThat(go.isVariable()).isFalse();

    ImageRef distroless = df.stages().get(2).image().orElseThrow();
    assertThat(distroless.registry().orElseThrow().text()).isEqualTo("gcr.io");
    assertThat(distroless.repository().text()).isEqualTo("distroless/static");
    assertThat(distroless.tag().orElseThrow().text()).isEqualTo("nonroot");
    assertThat(distroless.digest().orElseThrow().text()).isEqualTo("sha256:abc123");
    assertThat(distroless.digest().orElseThrow().span().toString()).isEqualTo("9:39-9:52");

    ImageRef local = df.stages().get(3).image().orElseThrow();
    assertThat(local.registry().orElseThrow().text()).isEqualTo("localhost:5000");
    assertThat(local.repository().text()).isEqualTo("team/app");
    assertThat(local.tag().orElseThrow().text()).isEqualTo("1.0");
    assertThat(df.stages().get(4).image().orElseThrow().isScratch()).isTrue();
    assertThat(df.stages().get(5).image().orElseThrow().isVariable()).isTrue();
    ImageRef python = df.stages().get(6).image().orElseThrow();
    assertThat(python.tag()).isEmpty();
    assertThat(python.digest()).isEmpty();
    assertThat(python.isScratch()).isFalse();
  }

  @Test
  void resolvesCopyFromStagesByNameInAnyCaseOrIndex() {
    Dockerfile df = parse(MULTI_STAGE);
    List<Copy> copies = df.instructions(Copy.class);
    assertThat(copies.get(0).from().orElseThrow().valueText()).contains("tools");
    assertThat(copies.get(0).fromStage()).isEmpty();
    assertThat(copies.get(1).fromStage()).contains(df.stages().get(0));
    assertThat(copies.get(1).chown().orElseThrow().valueText()).contains("app:app");
    assertThat(copies.get(1).sources()).extracting(Word::text).containsExactly("/out/app");
    assertThat(copies.get(1).destination().orElseThrow().text()).isEqualTo("/app");
    assertThat(copies.get(2).fromStage()).contains(df.stages().get(0));
  }

  @Test
  void readsUserEntrypointAndCommands() {
    Dockerfile df = parse(MULTI_STAGE + "CMD serve --port 80\n");
    User user = df.instructions(User.class).get(0);
    assertThat(user.name().orElseThrow().text()).isEqualTo("nonroot");
    assertThat(user.group().orElseThrow().text()).isEqualTo("nonroot");
    assertThat(user.isRoot()).isFalse();
    CommandLine entrypoint = df.instructions(Entrypoint.class).get(0).command();
    assertThat(entrypoint.isExecForm()).isTrue();
    assertThat(entrypoint.program()).contains("/app");
    CommandLine cmd = df.instructions(Cmd.class).get(0).command();
    assertThat(cmd.isExecForm()).isFalse();
    assertThat(cmd.text()).isEqualTo("serve --port 80");
    assertThat(cmd.program()).contains("serve");
    assertThat(cmd.span().toString()).isEqualTo("14:5-14:20");
    assertThat(df.finalStage().orElseThrow().last(User.class)).contains(user);
  }

  @Test
  void readsEnvPairsInBothForms() {
    Dockerfile df = parse("FROM a\nENV A=1 B=\"two words\"\nENV LEGACY the rest of it\n"
        + "LABEL org.opencontainers.image.authors=\"me\"\n");
    List<Env> envs = df.instructions(Env.class);
    assertThat(envs.get(0).isLegacyForm()).isFalse();
    assertThat(envs.get(0).pairs()).extracting(KeyValue::name).containsExactly("A", "B");
    assertThat(envs.get(0).pair("B").orElseThrow().valueText()).contains("two words");
    assertThat(envs.get(0).pair("B").orElseThrow().key().span().toString()).isEqualTo("2:9-2:10");
    assertThat(envs.get(1).isLegacyForm()).isTrue();
    assertThat(envs.get(1).pairs()).singleElement().satisfies(kv -> {
      assertThat(kv.name()).isEqualTo("LEGACY");
      assertThat(kv.valueText()).contains("the rest of it");
      assertThat(kv.span().toString()).isEqualTo("3:5-3:26");
    });
    assertThat(df.instructions(Label.class).get(0).pairs().get(0).name())
        .isEqualTo("org.opencontainers.image.authors");
  }

  @Test
  void readsExposeWorkdirHealthcheckMountsAndUnknownInstructions() {
    Dockerfile df = parse("""
        FROM a
        EXPOSE 80 53/udp ${PORT}
        WORKDIR app
        HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1
        HEALTHCHECK NONE
        RUN --mount=type=cache,target=/var/cache/apt --mount=type=secret,id=npm true
        RUNN nothing
        ONBUILD RUN make
        """);
    Expose expose = df.instructions(Expose.class).get(0);
    assertThat(expose.ports()).extracting(p -> p.port().text())
        .containsExactly("80", "53", "${PORT}");
    assertThat(expose.ports().get(1).protocol().orElseThrow().span().toString())
        .isEqualTo("2:14-2:17");
    assertThat(df.instructions(Workdir.class).get(0).path().orElseThrow().text()).isEqualTo("app");
    List<Healthcheck> checks = df.instructions(Healthcheck.class);
    assertThat(checks.get(0).isNone()).isFalse();
    assertThat(checks.get(0).command().orElseThrow().text())
        .isEqualTo("curl -f http://localhost/ || exit 1");
    assertThat(checks.get(0).flag("interval").orElseThrow().valueText()).contains("30s");
    assertThat(checks.get(1).isNone()).isTrue();
    assertThat(checks.get(1).command()).isEmpty();
    List<Mount> mounts = df.instructions(Run.class).get(0).mounts();
    assertThat(mounts).extracting(Mount::type).containsExactly("cache", "secret");
    assertThat(mounts.get(0).target()).contains("/var/cache/apt");
    assertThat(mounts.get(1).option("id")).contains("npm");
    assertThat(df.instructions(UnknownInstruction.class)).singleElement()
        .satisfies(u -> assertThat(u.keyword()).isEqualTo("RUNN"));
    Onbuild onbuild = df.instructions(Onbuild.class).get(0);
    Instruction trigger = onbuild.trigger().orElseThrow();
    assertThat(trigger).isInstanceOf(Run.class);
    assertThat(trigger.isTrigger()).isTrue();
    assertThat(trigger.onbuild()).contains(onbuild);
    assertThat(trigger.stage()).isEqualTo(onbuild.stage());
  }

  @Test
  void theShellInEffectFollowsShellInstructionsAndBaseStages() {
    Dockerfile df = parse("""
        FROM debian AS base
        RUN one
        SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
        RUN two
        FROM base AS child
        RUN three
        FROM debian
        RUN four
        SHELL ["pwsh", "-Command"]
        RUN five
        """);
    List<Run> runs = df.instructions(Run.class);
    assertThat(runs.get(0).shell()).isEqualTo(ShellSpec.DEFAULT);
    assertThat(runs.get(0).shell().kind()).contains(ShellKind.POSIX);
    assertThat(runs.get(1).shell().kind()).contains(ShellKind.BASH);
    assertThat(runs.get(1).shell().options())
        .containsExactlyInAnyOrder(ShellOption.ERREXIT, ShellOption.PIPEFAIL);
    assertThat(runs.get(1).shell().source()).isPresent();
    assertThat(runs.get(2).shell().kind()).contains(ShellKind.BASH);
    assertThat(runs.get(3).shell()).isEqualTo(ShellSpec.DEFAULT);
    assertThat(runs.get(4).shell().kind()).isEmpty();
  }

  @Test
  void shellSpecsReadOptionsAndEnv() {
    assertThat(ShellSpec.ofShebang("#!/usr/bin/env bash").kind()).contains(ShellKind.BASH);
    assertThat(ShellSpec.ofShebang("#!/usr/bin/env -S bash -e").options())
        .containsExactly(ShellOption.ERREXIT);
    assertThat(ShellSpec.ofShebang("#!/usr/bin/env python3").kind()).isEmpty();
    ShellSpec spec = new ShellSpec(List.of("/bin/sh", "-euxo", "pipefail", "+e", "-c"),
        Optional.empty());
    assertThat(spec.kind()).contains(ShellKind.POSIX);
    assertThat(spec.options()).containsExactly(ShellOption.PIPEFAIL);
  }
}
