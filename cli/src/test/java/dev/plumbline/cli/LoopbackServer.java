package dev.plumbline.cli;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A TCP and a UDP listener on one port of the loopback interface that record whoever reaches
 * them. Tests point a scanned repository's addresses at it to prove Plumbline never contacts them.
 */
final class LoopbackServer implements AutoCloseable {

  private static final String PROBE = "plumbline-test-probe";

  private final ServerSocket tcp;
  private final DatagramSocket udp;
  private final BlockingQueue<String> contacts = new LinkedBlockingQueue<>();

  private LoopbackServer(ServerSocket tcp, DatagramSocket udp) {
    this.tcp = tcp;
    this.udp = udp;
    daemon("loopback-tcp", this::acceptAll);
    daemon("loopback-udp", this::receiveAll);
  }

  /** Listens on a free port that is free for both TCP and UDP. */
  static LoopbackServer start() throws IOException {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    for (int attempt = 0; ; attempt++) {
      ServerSocket tcp = new ServerSocket(0, 50, loopback);
      try {
        return new LoopbackServer(tcp,
            new DatagramSocket(new InetSocketAddress(loopback, tcp.getLocalPort())));
      } catch (SocketException taken) {
        tcp.close();
        if (attempt == 20) {
          throw taken;
        }
      }
    }
  }

  int port() {
    return tcp.getLocalPort();
  }

  /** {@code host:port}, the way the scanned files write the server's address. */
  String address() {
    return tcp.getInetAddress().getHostAddress() + ":" + tcp.getLocalPort();
  }

  /**
   * Every contact made so far, one line each ({@code tcp from 127.0.0.1:51234}). A probe of
   * each kind is sent and waited for first: a TCP listener accepts its connections in the order
   * they were made, and loopback datagrams arrive in the order they were sent, so nothing made
   * before the call is missed. Blocks until the probes arrive. The TCP probe is an ordinary
   * {@code new Socket()}, so it asks the default {@link java.net.ProxySelector} on its way.
   */
  List<String> contacts() throws IOException, InterruptedException {
    String tcpMark;
    try (Socket probe = new Socket()) {
      probe.connect(tcp.getLocalSocketAddress());
      tcpMark = "tcp from " + probe.getLocalAddress().getHostAddress() + ":" + probe.getLocalPort();
    }
    String udpMark;
    try (DatagramSocket probe = new DatagramSocket(0, udp.getLocalAddress())) {
      byte[] data = PROBE.getBytes(StandardCharsets.US_ASCII);
      probe.send(new DatagramPacket(data, data.length, udp.getLocalSocketAddress()));
      udpMark = "udp from " + probe.getLocalAddress().getHostAddress() + ":" + probe.getLocalPort();
    }
    List<String> seen = new ArrayList<>();
    boolean tcpArrived = false;
    boolean udpArrived = false;
    while (!tcpArrived || !udpArrived) {
      String contact = contacts.take();
      if (contact.equals(tcpMark)) {
        tcpArrived = true;
      } else if (contact.equals(udpMark + " " + PROBE)) {
        udpArrived = true;
      } else {
        seen.add(contact);
      }
    }
    return seen;
  }

  private void acceptAll() {
    while (!tcp.isClosed()) {
      try (Socket client = tcp.accept()) {
        contacts.add("tcp from " + client.getInetAddress().getHostAddress() + ":"
            + client.getPort());
      } catch (IOException closed) {
        // the listener was closed: the test is over
      }
    }
  }

  private void receiveAll() {
    byte[] buffer = new byte[2048];
    while (!udp.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        udp.receive(packet);
        contacts.add("udp from " + packet.getAddress().getHostAddress() + ":" + packet.getPort()
            + " " + new String(packet.getData(), 0, packet.getLength(),
                StandardCharsets.ISO_8859_1));
      } catch (IOException closed) {
        // the listener was closed: the test is over
      }
    }
  }

  private static void daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    try (tcp) {
      udp.close();
    }
  }
}
