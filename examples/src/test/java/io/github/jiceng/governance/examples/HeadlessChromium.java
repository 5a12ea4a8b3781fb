package io.github.jiceng.governance.examples;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium, driven over the DevTools protocol with the JDK's own WebSocket
 * client: opens a page, waits for it to load, evaluates an expression in it, prints it to PDF, and
 * collects every error the page logs. Every wait is bounded.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Pattern WEB_SOCKET =
      Pattern.compile("\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+),");

  private final Process process;
  private final Path profile;
  private final int port;

  private HeadlessChromium(Process process, Path profile, int port) {
    this.process = process;
    this.profile = profile;
    this.port = port;
  }

  /** The Chromium binary: {@code $CHROMIUM}, else the first of the usual names on the path. */
  static Optional<Path> binary() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured));
    }
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Starts Chromium headless, as root too, with no network of its own and a fresh profile. */
  static HeadlessChromium start(Path binary) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("governance-chromium");
    Process process =
        new ProcessBuilder(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(profile.resolve("chromium.log").toFile())
            .start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!Files.exists(portFile) || Files.readString(portFile).isBlank()) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "Chromium did not open its DevTools port: "
                + Files.readString(profile.resolve("chromium.log")));
      }
      Thread.sleep(50);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
    return new HeadlessChromium(process, profile, port);
  }

  /** What a page showed: the value of the expression, the PDF, and every error logged. */
  record Rendered(String value, byte[] pdf, List<String> errors) {}

  /**
   * Opens {@code page}, waits for its load event, evaluates {@code expression} (a string-valued
   * JavaScript expression), prints the page to PDF, and closes it.
   */
  Rendered open(Path page, String expression) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
    String target =
        http.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/json/new?about:blank"))
                    .PUT(HttpRequest.BodyPublishers.noBody())
                    .timeout(WAIT)
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher socket = WEB_SOCKET.matcher(target);
    if (!socket.find()) {
      throw new IllegalStateException("no page target: " + target);
    }
    try (Session session = new Session(http, URI.create(socket.group(1)))) {
      session.call("Log.enable", "{}");
      session.call("Runtime.enable", "{}");
      session.call("Page.enable", "{}");
      CompletableFuture<String> loaded = session.next("Page.loadEventFired");
      session.call("Page.navigate", "{\"url\":\"" + page.toUri() + "\"}");
      loaded.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      String evaluated =
          session.call(
              "Runtime.evaluate",
              "{\"expression\":"
                  + quote("btoa(unescape(encodeURIComponent(String(" + expression + "))))")
                  + ",\"returnByValue\":true}");
      String value =
          new String(Base64.getDecoder().decode(field(evaluated, "value")), StandardCharsets.UTF_8);
      String printed =
          session.call("Page.printToPDF", "{\"paperWidth\":8.27,\"paperHeight\":11.69}");
      byte[] pdf = Base64.getDecoder().decode(field(printed, "data"));
      return new Rendered(value, pdf, session.errors());
    }
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([A-Za-z0-9+/=]*)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException(
          "no " + name + " in " + json.substring(0, Math.min(500, json.length())));
    }
    return m.group(1);
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /**
   * Stops Chromium and its helper processes, then removes the profile. The helpers may still be
   * writing into it for a moment, so a file that vanishes while the profile is removed is skipped,
   * and whatever is left after three tries stays in the temporary folder.
   */
  @Override
  public void close() throws IOException, InterruptedException {
    List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy();
    helpers.forEach(ProcessHandle::destroy);
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    for (ProcessHandle helper : helpers) {
      helper.onExit().completeOnTimeout(helper, 10, TimeUnit.SECONDS).join();
    }
    for (int attempt = 0; attempt < 3 && Files.exists(profile); attempt++) {
      removeTree(profile);
    }
  }

  private static void removeTree(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new java.nio.file.SimpleFileVisitor<Path>() {
          @Override
          public java.nio.file.FileVisitResult visitFile(
              Path file, java.nio.file.attribute.BasicFileAttributes attributes)
              throws IOException {
            Files.deleteIfExists(file);
            return java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
            return java.nio.file.FileVisitResult.CONTINUE; // gone while walking: nothing to delete
          }

          @Override
          public java.nio.file.FileVisitResult postVisitDirectory(
              Path dir, @org.jspecify.annotations.Nullable IOException e) throws IOException {
            try {
              Files.deleteIfExists(dir);
            } catch (java.nio.file.DirectoryNotEmptyException written) {
              // a helper wrote into it meanwhile: the next attempt takes it
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }
        });
  }

  /** One page's DevTools connection: calls by id, and the errors among its events. */
  private static final class Session implements WebSocket.Listener, AutoCloseable {
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<String>> awaited = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;

    Session(HttpClient http, URI uri) throws Exception {
      this.socket =
          http.newWebSocketBuilder()
              .connectTimeout(WAIT)
              .buildAsync(uri, this)
              .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    String call(String method, String params) throws Exception {
      int id = ids.incrementAndGet();
      CompletableFuture<String> answer = new CompletableFuture<>();
      pending.put(id, answer);
      socket
          .sendText(
              "{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      String response = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      if (response.contains("\"error\":{")) {
        throw new IllegalStateException(method + " failed: " + response);
      }
      return response;
    }

    /** The next event named {@code method}, once it comes. */
    CompletableFuture<String> next(String method) {
      return awaited.computeIfAbsent(method, m -> new CompletableFuture<>());
    }

    List<String> errors() {
      return new ArrayList<>(errors);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String message = partial.toString();
        partial.setLength(0);
        Matcher id = ID.matcher(message);
        if (id.find()) {
          CompletableFuture<String> answer = pending.remove(Integer.parseInt(id.group(1)));
          if (answer != null) {
            answer.complete(message);
          }
        } else if (awaitedEvent(message)) {
          // handed to whoever waits for it
        } else if (message.contains("\"Runtime.exceptionThrown\"")
            || (message.contains("\"Log.entryAdded\"") && message.contains("\"level\":\"error\""))
            || (message.contains("\"Runtime.consoleAPICalled\"")
                && message.contains("\"type\":\"error\""))) {
          errors.add(message);
        }
      }
      webSocket.request(1);
      return null;
    }

    private boolean awaitedEvent(String message) {
      for (Map.Entry<String, CompletableFuture<String>> event : awaited.entrySet()) {
        if (message.contains("\"method\":\"" + event.getKey() + "\"")) {
          return event.getValue().complete(message);
        }
      }
      return false;
    }

    @Override
    public void close() {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
  }
}
