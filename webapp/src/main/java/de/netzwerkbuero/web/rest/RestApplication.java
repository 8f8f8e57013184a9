package de.netzwerkbuero.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API under {@code /api/v1}. Resources live in this package's sub-packages, one per module. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Netzwerkbüro API", version = "1",
        description = "Members, funding projects and events of a municipal network's office."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
