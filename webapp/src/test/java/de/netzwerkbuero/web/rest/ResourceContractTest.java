package de.netzwerkbuero.web.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every resource method that reads a body says which media types it reads. */
class ResourceContractTest {

    @Test
    void everyMethodThatTakesABodyDeclaresConsumes() throws Exception {
        List<Class<?>> resources = resources();
        assertTrue(resources.size() > 15, "found the resources: " + resources);
        List<String> missing = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                boolean changes = method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                        || method.isAnnotationPresent(PATCH.class) || method.isAnnotationPresent(DELETE.class);
                if (changes && ResourceMethods.takesBody(method) && !method.isAnnotationPresent(Consumes.class)
                        && !resource.isAnnotationPresent(Consumes.class)) {
                    missing.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void knowsWhatComesFromTheBody() throws Exception {
        assertTrue(ResourceMethods.takesBody(Fixture.class.getDeclaredMethod("json", long.class, String.class)));
        assertTrue(ResourceMethods.takesBody(Fixture.class.getDeclaredMethod("form", String.class)));
        assertFalse(ResourceMethods.takesBody(Fixture.class.getDeclaredMethod("action", long.class,
                jakarta.ws.rs.core.UriInfo.class)));
    }

    static class Fixture {
        void json(@jakarta.ws.rs.PathParam("id") long id, String body) {
        }

        void form(@jakarta.ws.rs.FormParam("file") String file) {
        }

        void action(@jakarta.ws.rs.PathParam("id") long id, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        }
    }

    private static List<Class<?>> resources() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path root = Paths.get(RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("de/netzwerkbuero/web/rest"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ResourceContractTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
