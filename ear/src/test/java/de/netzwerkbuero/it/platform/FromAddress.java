package de.netzwerkbuero.it.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A Basic-authenticated GET sent from another loopback address (127.0.0.x), so that tests of the per-address
 * login throttle neither depend on nor disturb the other tests, which all come from 127.0.0.1.
 */
final class FromAddress {

    record Answer(int status, String head, String body, long millis) {
    }

    private final String source;

    FromAddress(String source) {
        this.source = source;
    }

    Answer get(String path, String username, String password) {
        URI base = URI.create(de.netzwerkbuero.it.support.Api.BASE);
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept: application/json\r\nAuthorization: Basic " + credentials
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            long millis = (System.nanoTime() - start) / 1_000_000;
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            return new Answer(Integer.parseInt(head.split(" ")[1]), head, split < 0 ? "" : text.substring(split + 4), millis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
