package de.netzwerkbuero.web.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Set;

/** What a resource method reads from a request. */
public final class ResourceMethods {

    private static final Set<Class<? extends Annotation>> NOT_FROM_THE_BODY = Set.of(PathParam.class,
            QueryParam.class, HeaderParam.class, CookieParam.class, MatrixParam.class, BeanParam.class, Context.class);

    private ResourceMethods() {
    }

    /** The method reads the request body: an entity parameter (one without a JAX-RS source) or a form field. */
    public static boolean takesBody(Method method) {
        return Arrays.stream(method.getParameters()).anyMatch(ResourceMethods::fromTheBody);
    }

    private static boolean fromTheBody(Parameter parameter) {
        if (parameter.isAnnotationPresent(FormParam.class)) {
            return true;
        }
        return Arrays.stream(parameter.getAnnotations()).map(Annotation::annotationType)
                .noneMatch(NOT_FROM_THE_BODY::contains);
    }
}
