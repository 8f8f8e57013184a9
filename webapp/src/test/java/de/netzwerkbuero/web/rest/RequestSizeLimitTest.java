package de.netzwerkbuero.web.rest;

import de.netzwerkbuero.platform.api.error.TooLargeException;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestSizeLimitTest {

    @Test
    void uploadsHaveTheirOwnLimitEverythingElseOneMebibyte() {
        assertEquals(RequestSizeLimit.MAX_JSON_BYTES, RequestSizeLimit.limitFor(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(RequestSizeLimit.MAX_JSON_BYTES, RequestSizeLimit.limitFor(MediaType.TEXT_PLAIN_TYPE));
        assertEquals(RequestSizeLimit.MAX_JSON_BYTES, RequestSizeLimit.limitFor(null));
        assertEquals(RequestSizeLimit.MAX_UPLOAD_BYTES, RequestSizeLimit.limitFor(new MediaType("application", "pdf")));
        assertEquals(RequestSizeLimit.MAX_UPLOAD_BYTES,
                RequestSizeLimit.limitFor(new MediaType("multipart", "form-data", Map.of("boundary", "x"))));
    }

    @Test
    void theBytesReadCountNotWhatTheClientDeclared() throws IOException {
        InputStream exact = new LimitedInputStream(new ByteArrayInputStream(new byte[100]), 100);
        assertEquals(100, exact.readAllBytes().length);
        InputStream over = new LimitedInputStream(new ByteArrayInputStream(new byte[101]), 100);
        assertThrows(TooLargeException.class, over::readAllBytes);
        InputStream byteByByte = new LimitedInputStream(new ByteArrayInputStream(new byte[3]), 2);
        byteByByte.read();
        byteByByte.read();
        assertThrows(TooLargeException.class, byteByByte::read);
    }
}
