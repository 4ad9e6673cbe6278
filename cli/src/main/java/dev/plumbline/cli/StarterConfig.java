package dev.plumbline.cli;

/**
 * What {@code plumbline init} writes: a valid configuration that sets only {@code fail-on} and
 * shows every other setting as commented-out examples. Removing the {@code # } in front of the
 * indented examples gives a valid configuration too (the tests check both).
 */
final class StarterConfig {

  static final String TEXT = """
      # yaml-language-server: $schema=https://plumbline.dev/schema/plumbline.schema.json
      # Plumbline configuration. Every setting is optional; see the README's "Configuration".

      # Exit with status 1 when a finding is at least this severe: error, warning, note or never.
      # Suppressed findings never count. The --fail-on option wins over this setting.
      fail-on: warning

      # Paths not to lint, in .gitignore syntax, relative to this file's directory.
      # Files named on the command line are always linted.
      exclude:
        # - vendor/
        # - "**/testdata/"

      # Rules by ID or name ('plumbline rules' lists them): off, a severity (error, warning or
      # note, which every finding of the rule then gets), or a mapping of severity and options.
      rules:
        # excessive-permissions: error
        # GHA002: warning
        # unpinned-action:
        #   severity: warning
        #   options:
        #     trusted-owners: [actions, github, my-org]

      # Rule settings for some paths (.gitignore syntax, relative to this file's directory);
      # when several overrides match a file, later ones win.
      overrides:
        # - files: [".github/workflows/experimental-*.yml"]
        #   rules:
        #     unpinned-action: note
      """;

  private StarterConfig() {}
}
