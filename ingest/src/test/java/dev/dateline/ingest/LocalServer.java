package dev.dateline.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An HTTP server on 127.0.0.1 and a free port, with routes by exact path; everything else is a 404. */
final class LocalServer implements AutoCloseable {
  @FunctionalInterface
  interface Route {
    void handle(HttpExchange exchange) throws IOException;
  }

  final List<String> requests = new CopyOnWriteArrayList<>();
  final List<String> userAgents = new CopyOnWriteArrayList<>();
  /** Released on close, so that handlers that stall do not outlive the test. */
  final CountDownLatch closing = new CountDownLatch(1);
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();

  LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(query == null ? path : path + "?" + query);
        userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
        Route route = routes.get(path);
        if (route == null) {
          send(exchange, 404, "text/plain", "not found");
        } else {
          route.handle(exchange);
        }
      }
    });
    server.start();
  }

  LocalServer route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  LocalServer page(String path, String contentType, String body) {
    return route(path, e -> send(e, 200, contentType, body));
  }

  LocalServer redirect(String path, String location) {
    return route(path, e -> {
      e.getResponseHeaders().add("Location", location);
      e.sendResponseHeaders(302, -1);
    });
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  long count(String path) {
    return requests.stream().filter(path::equals).count();
  }

  static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
