package dev.plumbline.core.model.github;

import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlNode;
import java.util.Optional;

/**
 * An event that starts a workflow.
 *
 * @param event  the event name as written, e.g. {@code pull_request_target}
 * @param span   where the name is written
 * @param config the event's settings ({@code branches:}, {@code types:}...), if any
 */
public record Trigger(String event, Span span, Optional<YamlNode> config) {}
