package dev.plumbline.cli;

import java.nio.file.Path;

/** Entry point of the {@code plumbline} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(args, System.in, System.out, System.err, System.getenv(), Path.of("")));
  }
}
