package de.netzwerkbuero.it.browser;

import de.netzwerkbuero.it.support.Browser;
import de.netzwerkbuero.it.support.Deployments;
import de.netzwerkbuero.it.support.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An administrator takes a checkpoint of the audit chain on the audit page and sees the verification confirm
 * that the chain reaches it; the page passes axe-core without serious findings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditPageBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aCheckpointTakenOnTheAuditPageIsConfirmedByTheVerification() {
        try (Browser browser = new Browser()) {
            browser.logIn("admin", TestAccounts.passwordOf("admin"));
            browser.open("/app/audit.xhtml");
            browser.waitFor(By.id("audit:entries"));

            browser.click("audit:checkpoint");
            browser.waitForText(By.id("growl_container"), "Prüfpunkt gesetzt");
            browser.waitForText(By.id("checkpointStatus"), "Sie reicht bis zum letzten Prüfpunkt außerhalb der Datenbank");
            browser.waitForText(By.id("audit:verification"), "Die Hash-Kette ist unversehrt.");
            assertEquals(List.of(), browser.seriousAccessibilityProblems(), "audit page with verification");

            browser.click("audit:verify");
            browser.waitForText(By.id("checkpointStatus"), "Sie reicht bis zum letzten Prüfpunkt");
        }
    }
}
