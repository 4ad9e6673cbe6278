package dev.plumbline.core.engine.discovery;

import dev.plumbline.core.engine.Notification;
import java.util.List;

/**
 * What discovery found.
 *
 * @param files         sorted by {@link DiscoveredFile#displayPath()}, each file once
 * @param notifications what was skipped and why, in {@link Notification#ORDER}, each once
 */
public record DiscoveryResult(List<DiscoveredFile> files, List<Notification> notifications) {

  public DiscoveryResult {
    files = List.copyOf(files);
    notifications = List.copyOf(notifications);
  }
}
