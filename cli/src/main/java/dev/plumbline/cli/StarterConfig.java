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

      # What a hostile or very large repository may cost; the defaults are shown. A file or run
      # that reaches a limit is reported with the limit's name, and the rest goes on.
      limits:
        # max-file-size: 5MB            # larger files are skipped (bytes, KB, MB or GB)
        # max-files: 100000             # Plumbline stops looking for files after this many
        # max-findings-per-file: 1000   # further findings of a file are dropped
        # max-yaml-aliases: 2000        # aliases to mappings and sequences per YAML document
        # max-yaml-alias-nodes: 100000  # nodes those aliases may add when read
        # max-yaml-depth: 500           # nesting of YAML mappings and sequences
      """;

  private StarterConfig() {}
}
