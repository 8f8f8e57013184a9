package de.netzwerkbuero.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Debian's headless Chromium driven through its chromedriver (nothing is downloaded), plus the axe-core
 * accessibility check.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final List<String> violations = new ArrayList<>();

    public Browser() {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,1000", "--lang=de",
                    "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
            // Headless Chromium ignores --lang for Accept-Language; the office works in German.
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
            // The console, to see content security policy violations (see close()).
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(Api.BASE + path);
    }

    /** Waits up to 20 s; an element replaced by an ajax update meanwhile is simply looked up again. */
    public WebDriverWait patiently() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public WebElement waitFor(By by) {
        try {
            return patiently().until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException e) {
            throw keepEvidence(e);
        }
    }

    public void waitForText(By by, String text) {
        try {
            patiently().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        } catch (TimeoutException e) {
            throw keepEvidence(e);
        }
    }

    /** Saves the page and a screenshot under target/browser-failures, so a failed run can be read afterwards. */
    private TimeoutException keepEvidence(TimeoutException e) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
            String name = "failure-" + System.currentTimeMillis();
            Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException ignored) {
            // the evidence is a help, not the result
        }
        return e;
    }

    /**
     * Sets an input's value as a paste would, and tells its widget (a date picker reformats what is typed key by
     * key, which makes typing into it unreliable).
     */
    public void setValue(String id, String value) {
        WebElement input = waitFor(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
        patiently().until(ExpectedConditions.attributeToBe(By.id(id), "value", value));
    }

    /**
     * Chooses a value of a p:selectOneMenu through the select element it submits (clicking its overlay races
     * the overlay's opening animation).
     */
    public void choose(String selectOneMenuId, String value) {
        WebElement select = driver.findElement(By.id(selectOneMenuId + "_input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", select, value);
        patiently().until(d -> value.equals(d.findElement(By.id(selectOneMenuId + "_input")).getAttribute("value")));
    }

    public void type(String id, String text) {
        WebElement input = waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    public void click(String id) {
        patiently().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    public void logIn(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
        waitFor(By.id("nav:logout"));
    }

    /** The serious and critical axe-core findings on the current page, as readable lines. */
    @SuppressWarnings("unchecked")
    public List<String> seriousAccessibilityProblems() {
        try {
            String axe = Files.readString(Path.of(System.getProperty("axe.script", "target/npm/node_modules/axe-core/axe.min.js")));
            ((JavascriptExecutor) driver).executeScript(axe);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: run the build's pre-integration-test phase", e);
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.map(n => n.target.join(' ')).join(', ')}))));");
        return violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes"))
                .toList();
    }

    /**
     * The console messages so far that report a blocked script, style or frame: every page must work under the
     * content security policy. (Reading the console empties it; messages read earlier are kept here.)
     */
    public List<String> contentSecurityPolicyViolations() {
        driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).forEach(violations::add);
        return List.copyOf(violations);
    }

    /** Ends the browser; a test whose pages broke the content security policy fails here. */
    @Override
    public void close() {
        List<String> found;
        try {
            found = contentSecurityPolicyViolations();
        } finally {
            driver.quit();
        }
        if (!found.isEmpty()) {
            throw new AssertionError("content security policy violations: " + found);
        }
    }
}
