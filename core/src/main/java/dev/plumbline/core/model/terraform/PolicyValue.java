package dev.plumbline.core.model.terraform;

import dev.plumbline.core.source.Span;
import java.util.Optional;

/**
 * One string of a policy document — an action, a resource, an effect, a principal — and where
 * it is written: the string itself inside {@code jsonencode(...)} or JSON text, or the
 * expression it comes from when it is computed.
 *
 * @param value the string; empty when it is not known
 * @param path  the display path of the file it is written in
 * @param span  where
 */
public record PolicyValue(Optional<String> value, String path, Span span) implements TerraformNode {

  /** Whether the string is known. */
  public boolean isKnown() {
    return value.isPresent();
  }

  /** Whether the string is certainly {@code text}. */
  public boolean is(String text) {
    return value.filter(text::equals).isPresent();
  }

  /** Whether the string is certainly {@code text}, ignoring case (as IAM compares actions). */
  public boolean isIgnoringCase(String text) {
    return value.filter(text::equalsIgnoreCase).isPresent();
  }

  @Override
  public String toString() {
    return value.map(Json::quote).orElse("(unknown)") + " at " + path + ":" + span.start();
  }
}
