package dev.plumbline.core.model.gitlab;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlMapping;

/**
 * One file of a pipeline: the {@code .gitlab-ci.yml} or a file it includes with
 * {@code include: local:}.
 *
 * @param root the file's pipeline mapping, as the YAML reader gives it
 */
public record PipelineFile(SourceFile file, YamlMapping root) {}
