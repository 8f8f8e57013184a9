package de.netzwerkbuero.it.support;

import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;

/**
 * The archives the integration tests deploy: always the real EAR the build produced, either alone (tests
 * that act as a client over HTTP) or with the in-container test classes and the role callers added.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The application exactly as built. */
    public static EnterpriseArchive application() {
        File ear = new File(System.getProperty("netzwerk.ear", "target/netzwerkbuero.ear"));
        return ShrinkWrap.create(ZipImporter.class, "netzwerkbuero.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * The application with the given test classes, the callers and their annotations added to its web module
     * (a second WAR would get its own, unusable copy of the web module's security mechanism).
     */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        EnterpriseArchive ear = application();
        ear.getAsType(WebArchive.class, "webapp.war")
                .addPackage(Deployments.class.getPackage())
                .addClasses(testClasses)
                .addAsLibrary(library(RunAsPrincipal.class))
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.eclipse.persistence\n"));
        return ear;
    }

    private static JavaArchive library(Class<?> classInJar) {
        try {
            File jar = new File(classInJar.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.create(ZipImporter.class, jar.getName()).importFrom(jar).as(JavaArchive.class);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For debugging a deployment: writes it next to the build output. */
    public static void export(EnterpriseArchive ear) {
        ear.as(ZipExporter.class).exportTo(new File("target/" + ear.getName()), true);
    }
}
