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
import org.openqa.selenium.Cookie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator creates an account with a role in the browser; its owner logs in and sees the menu
 * that role allows. The login page and the account list pass axe-core without serious findings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountAdministrationBrowserIT {

    private static final String SESSION_COOKIE = "NETZWERKSESSION";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anAdministratorCreatesAnAccountWhoseOwnerSeesTheirMenu() {
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            browser.waitFor(By.id("login:username"));
            assertEquals(java.util.List.of(), browser.seriousAccessibilityProblems(), "login page");
            Cookie before = browser.driver().manage().getCookieNamed(SESSION_COOKIE);

            browser.logIn("admin", TestAccounts.passwordOf("admin"));
            Cookie after = browser.driver().manage().getCookieNamed(SESSION_COOKIE);
            assertTrue(after.isHttpOnly(), "session cookie is HttpOnly");
            assertEquals("Lax", after.getSameSite(), "session cookie is SameSite=Lax");
            if (before != null) {
                assertNotEquals(before.getValue(), after.getValue(), "the session id is renewed at login");
            }

            browser.open("/app/admin/accounts.xhtml");
            browser.waitFor(By.id("list:accounts"));
            assertEquals(java.util.List.of(), browser.seriousAccessibilityProblems(), "account list");

            browser.click("list:new");
            browser.type("newForm:username", "pruefer1");
            browser.type("newForm:displayName", "Paula Prüfer");
            browser.type("newForm:email", "paula.pruefer@example.org");
            browser.driver().findElement(By.cssSelector("label[for='newForm:roles:2']")).click();
            browser.type("newForm:password", "kurz");
            browser.click("newForm:save");
            browser.waitForText(By.id("newForm"), "mindestens 12 Zeichen");
            assertTrue(browser.driver().findElement(By.cssSelector("#newForm .ui-message-error")).isDisplayed(),
                    "a too short password is refused next to the field");
            browser.type("newForm:password", "ein-sicheres-pruefpasswort");
            browser.click("newForm:save");
            browser.waitForText(By.id("growl_container"), "pruefer1");

            browser.click("nav:logout");
            browser.waitFor(By.id("login:username"));

            browser.logIn("pruefer1", "ein-sicheres-pruefpasswort");
            String menu = browser.driver().findElement(By.cssSelector(".ui-menubar")).getText();
            assertTrue(menu.contains("Audit-Trail"), menu);
            assertFalse(menu.contains("Benutzerkonten"), menu);
            browser.open("/app/audit.xhtml");
            browser.waitFor(By.id("audit:entries"));
            assertTrue(browser.driver().getPageSource().contains("ACCOUNT_CREATED"));
        }
    }
}
