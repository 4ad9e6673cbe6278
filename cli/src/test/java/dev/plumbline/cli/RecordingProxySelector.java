package dev.plumbline.cli;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A default proxy selector that records every address the JVM asks it about: URL connections
 * (http, https, ftp) and plain sockets ({@code socket://host:port}) ask before they connect, to
 * any host. It always answers "no proxy"; installed with {@link #install()}, removed with
 * {@link #close()}.
 */
final class RecordingProxySelector extends ProxySelector implements AutoCloseable {

  private final ProxySelector previous;
  private final List<URI> asked = new CopyOnWriteArrayList<>();

  private RecordingProxySelector(ProxySelector previous) {
    this.previous = previous;
  }

  static RecordingProxySelector install() {
    RecordingProxySelector selector = new RecordingProxySelector(ProxySelector.getDefault());
    ProxySelector.setDefault(selector);
    return selector;
  }

  /** The addresses asked about so far, in order. */
  List<URI> asked() {
    return List.copyOf(asked);
  }

  @Override
  public List<Proxy> select(URI uri) {
    asked.add(uri);
    return List.of(Proxy.NO_PROXY);
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException failure) {
    // nothing to learn: every answer is a direct connection
  }

  @Override
  public void close() {
    ProxySelector.setDefault(previous);
  }
}
