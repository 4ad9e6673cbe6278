package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.HclParser;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/** Builds modules from text for tests. */
final class Modules {

  private Modules() {}

  /** A module of files given as path, text, path, text... */
  static TerraformModule of(String... pathsAndTexts) {
    List<TerraformFile> files = new ArrayList<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      files.add(file(pathsAndTexts[i], pathsAndTexts[i + 1]));
    }
    return TerraformModule.of(files.toArray(TerraformFile[]::new));
  }

  static TerraformFile file(String path, String text) {
    return TerraformFile.of(HclParser.parse(SourceFile.of(path, text)));
  }

  /** {@code line:column-line:column}. */
  static String at(Span span) {
    return span.toString();
  }
}
