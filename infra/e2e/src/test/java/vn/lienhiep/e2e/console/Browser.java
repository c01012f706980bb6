package vn.lienhiep.e2e.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; the Playwright download does not
 * work here) with a fresh profile, driven through WebDriver. One per user, so sessions never mix. Screenshots go to
 * {@code target/screenshots/} to be looked at.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** Whether this machine can run the browser tests at all (.ci/run installs the packages when missing). */
    static boolean available() {
        return Files.isExecutable(binary()) && Files.isExecutable(Path.of(driverPath()));
    }

    static Browser open(String gatewayUrl) {
        try {
            Path profile = Files.createTempDirectory("lienhiep-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(binary().toString());
            // As root in a sandbox-less container; and this machine's network is closed, so Chromium must not try to
            // reach Google's services at start.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-extensions",
                    "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=vi-VN");
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", profile.resolve("downloads").toString(),
                    "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(driverPath()).toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            return new Browser(driver, gatewayUrl, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path binary() {
        return Path.of(System.getenv().getOrDefault("LIENHIEP_CHROMIUM", "/usr/bin/chromium"));
    }

    private static String driverPath() {
        return System.getenv().getOrDefault("LIENHIEP_CHROMEDRIVER", "/usr/bin/chromedriver");
    }

    /** Opens a console page, e.g. "#/organizations?q=lao cai", and waits for it to have rendered. */
    Browser go(String hash) {
        markStale();
        String target = base + "/" + hash;
        if (target.equals(driver.getCurrentUrl())) {
            driver.navigate().refresh(); // the same address: the browser would not load it again
        } else {
            driver.get(target);
        }
        waitForPage();
        return this;
    }

    /** The page shown now is about to be replaced: its heading is marked, so a wait sees only the next one. */
    void markStale() {
        if (driver.getCurrentUrl().startsWith(base)) {
            script("document.querySelectorAll('main h1').forEach(h => h.setAttribute('data-stale', ''))");
        }
    }

    /** The console renders into main; a page is there when its (new) heading is, and the loading line has gone. */
    void waitForPage() {
        new WebDriverWait(driver, WAIT).until(d -> {
            List<WebElement> headings = d.findElements(By.cssSelector("main h1:not([data-stale])"));
            return !headings.isEmpty() && d.findElements(By.cssSelector("main .loading")).isEmpty();
        });
    }

    /** Signs in through the console's button and the provider's login form, back on the console. */
    Browser signIn(String username, String password) {
        go("#/");
        click(By.cssSelector("#user a.btn-primary"));
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit], input[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(base));
        waitForPage();
        wait.until(d -> !d.findElements(By.cssSelector("#user .who")).isEmpty());
        return this;
    }

    /** Follows a link or button to another page of the console and waits for that page. */
    Browser follow(By by) {
        markStale();
        click(by);
        waitForPage();
        return this;
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    Browser click(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    /** Types into the form field with this name (clearing it first). */
    Browser type(String name, String text) {
        WebElement field = find(By.cssSelector("[name='" + name + "']"));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    Browser select(String name, String value) {
        WebElement field = find(By.cssSelector("select[name='" + name + "']"));
        new org.openqa.selenium.support.ui.Select(field).selectByValue(value);
        return this;
    }

    /** Waits until the page's text contains this. */
    Browser waitForText(String text) {
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        return this;
    }

    Browser waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT).until(condition::apply);
        return this;
    }

    String text(By by) {
        return find(by).getText();
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Form fields on the page that no label names (by for=, by wrapping, or aria-label/-labelledby): none allowed. */
    @SuppressWarnings("unchecked")
    List<String> unlabelledFields() {
        return (List<String>) script("""
                return [...document.querySelectorAll('main input, main select, main textarea, dialog input, dialog select, dialog textarea')]
                  .filter(f => f.type !== 'hidden')
                  .filter(f => !(f.id && document.querySelector(`label[for="${f.id}"]`)) && !f.closest('label')
                            && !f.getAttribute('aria-label') && !f.getAttribute('aria-labelledby'))
                  .map(f => f.outerHTML.slice(0, 120));""");
    }

    WebDriver driver() {
        return driver;
    }

    Path downloads() {
        return profile.resolve("downloads");
    }

    Browser resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /** Saves what the user sees now as target/screenshots/NAME.png (the whole page, not only the window). */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Long height = (Long) script("return Math.ceil(document.documentElement.scrollHeight)");
            Dimension before = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(Math.max(height + 140, before.getHeight()), 6000)));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            driver.manage().window().setSize(before);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves only what fits in the window now (the top of a long page), as target/screenshots/NAME.png. */
    Path viewport(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
