package dev.plumbline.core.yaml;

import dev.plumbline.core.source.SourceFile;

/** One document of a YAML stream; an empty document has a null scalar as root. */
public record YamlDocument(SourceFile file, YamlNode root) {}
