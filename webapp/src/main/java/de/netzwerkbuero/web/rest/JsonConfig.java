package de.netzwerkbuero.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON as the API promises it: fields with no value are written as {@code null}, not left out; whole numbers are
 * read exactly ({@link ExactNumbers}).
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true)
            .withDeserializers(new ExactNumbers.Ints(), new ExactNumbers.Longs()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
