package de.netzwerkbuero.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module boundaries of docs/architecture.md, enforced on every build: WildFly itself lets every module of
 * the EAR load every other module's classes, so nothing else would stop a shortcut.
 */
class ArchitectureTest {

    private static final String ROOT = "de.netzwerkbuero";
    /** Every business module and the modules it may use, besides platform. The order is the dependency order. */
    private static final List<String> MODULES = List.of("platform", "membership", "funding", "events");

    private static JavaClasses classes;

    @BeforeAll
    static void importAll() {
        ClassFileImporter importer = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        Set<Location> locations = new HashSet<>(Locations.ofPackage(ROOT));
        Path webapp = Path.of("../webapp/target/classes");
        if (Files.isDirectory(webapp)) {
            locations.add(Location.of(webapp));
        }
        classes = importer.importLocations(locations);
    }

    @Test
    void aModuleIsUsedByOthersOnlyThroughItsApi() {
        for (String module : MODULES) {
            ArchRule rule = noClasses().that().resideOutsideOfPackage(ROOT + "." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            ROOT + "." + module + ".boundary..",
                            ROOT + "." + module + ".domain..",
                            ROOT + "." + module + ".infrastructure..")
                    .because(module + " is used by other modules only through " + ROOT + "." + module + ".api")
                    .allowEmptyShould(true);
            rule.check(classes);
        }
    }

    @Test
    void dependenciesRunOneWay() {
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".membership..", ROOT + ".funding..",
                        ROOT + ".events..", ROOT + ".web..")
                .because("platform is the shared kernel and knows no business module")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage(ROOT + ".membership..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".funding..", ROOT + ".events..", ROOT + ".web..")
                .because("membership knows neither funding nor events")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage(ROOT + ".funding..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".events..", ROOT + ".web..")
                .because("funding may ask membership, never events")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage(ROOT + ".events..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".web..")
                .because("nothing depends on the web module")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void apiPackagesHoldContractsOnly() {
        for (String module : MODULES) {
            noClasses().that().resideInAPackage(ROOT + "." + module + ".api..")
                    .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..domain..", "..infrastructure..",
                            "jakarta.persistence..")
                    .because("an API jar carries interfaces, DTOs, events and exceptions, never entities")
                    .allowEmptyShould(true).check(classes);
        }
    }

    @Test
    void entitiesStayInTheirModulesDomain() {
        classes().that().areAnnotatedWith(Entity.class)
                .should().resideInAPackage("..domain..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage(ROOT + ".web..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .because("the UI and the REST layer see DTOs only")
                .allowEmptyShould(true).check(classes);
    }
}
