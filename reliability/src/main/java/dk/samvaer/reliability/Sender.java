package dk.samvaer.reliability;

import dk.samvaer.reliability.HostileRequests.Request;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** Sends a generated request: through java.net.http, or over a plain socket for what an HTTP client would not send. */
final class Sender {

    /** What came back; status -1 when nothing did (connection closed, timed out). */
    record Answer(int status, String contentType, String body, String failure) {}

    private final Service service;
    private final Map<HostileRequests.Key, String> keys;

    Sender(Service service, Map<HostileRequests.Key, String> keys) {
        this.service = service;
        this.keys = keys;
    }

    Answer send(Request request) {
        try {
            return request.raw() || !uriAcceptable(request) ? raw(request) : client(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "", "", "interrupted");
        } catch (IOException e) {
            return new Answer(-1, "", "", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static boolean uriAcceptable(Request request) {
        try {
            URI.create("http://127.0.0.1:1" + request.target());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Answer client(Request request) throws IOException, InterruptedException {
        try {
            return clientOrRefused(request);
        } catch (IllegalArgumentException e) {
            // a method, header or value the client refuses to send: send it raw instead
            return raw(request);
        }
    }

    private Answer clientOrRefused(Request request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + service.port() + request.target()))
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .timeout(Service.REQUEST_TIMEOUT)
                .method(
                        request.method(),
                        request.body().length == 0 && !request.method().equals("POST")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (String[] header : request.headers()) {
            builder.header(header[0], header[1]);
        }
        authentication(request).forEach(builder::header);
        Service.Response response = service.send(builder.build());
        return new Answer(response.status(), response.contentType(), response.body(), null);
    }

    private Map<String, String> authentication(Request request) {
        return switch (request.key()) {
            case NONE -> Map.of();
            case BEARER_GARBAGE -> Map.of("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
            default -> Map.of("X-API-Key", keys.get(request.key()));
        };
    }

    private Answer raw(Request request) throws IOException {
        String target = request.target().replace("{port}", String.valueOf(service.port()));
        StringBuilder head = new StringBuilder(
                request.rawRequestLine() != null
                        ? request.rawRequestLine()
                        : request.method() + " " + target + " HTTP/1.1");
        head.append("\r\nHost: 127.0.0.1:").append(service.port()).append("\r\n");
        for (String[] header : request.headers()) {
            head.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        authentication(request)
                .forEach((name, value) ->
                        head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(request.body().length).append("\r\n");
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", service.port()), 5000);
            socket.setSoTimeout((int) Service.REQUEST_TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(request.body());
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0 && received.size() < 1_000_000; ) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                if (received.size() == 0) {
                    return new Answer(-1, "", "", "no answer in " + Service.REQUEST_TIMEOUT);
                }
            } catch (IOException e) {
                if (received.size() == 0) {
                    return new Answer(-1, "", "", e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
            return parse(received.toString(StandardCharsets.ISO_8859_1));
        }
    }

    private static Answer parse(String response) {
        if (!response.startsWith("HTTP/")) {
            return new Answer(-1, "", "", "no HTTP answer (" + response.length() + " bytes)");
        }
        int end = response.indexOf("\r\n\r\n");
        String head = end < 0 ? response : response.substring(0, end);
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status = Integer.parseInt(statusLine[1]);
        String contentType = "";
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0
                    && lines[i].substring(0, colon)
                            .trim()
                            .toLowerCase(Locale.ROOT)
                            .equals("content-type")) {
                contentType = lines[i].substring(colon + 1).trim();
            }
        }
        String body = end < 0 ? "" : response.substring(end + 4);
        return new Answer(status, contentType, body.length() > 2000 ? body.substring(0, 2000) : body, null);
    }
}
