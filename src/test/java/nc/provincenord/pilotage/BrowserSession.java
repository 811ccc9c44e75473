package nc.provincenord.pilotage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
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
 * Debian's Chromium driven by Debian's ChromeDriver: nothing is downloaded at
 * test time. Without them the browser tests are skipped on a developer machine
 * (with the command that installs them) and fail on CI.
 */
public final class BrowserSession implements AutoCloseable {

  public static final String CHROMIUM = System.getenv().getOrDefault("PILOTAGE_CHROMIUM", "/usr/bin/chromium");
  public static final String CHROMEDRIVER = System.getenv().getOrDefault("PILOTAGE_CHROMEDRIVER", "/usr/bin/chromedriver");

  private final WebDriver driver;
  private final String baseUrl;
  private final WebDriverWait wait;

  private BrowserSession(WebDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100)); // checked every 100 ms, not 500
  }

  public static BrowserSession open(String baseUrl) throws IOException {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      String message = "Chromium ou ChromeDriver absent (" + CHROMIUM + ", " + CHROMEDRIVER + "). "
          + "Installez-les : sudo apt-get install chromium chromium-driver";
      if (System.getenv("CI") != null) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1000", "--lang=fr-FR",
        "--user-data-dir=" + Files.createTempDirectory("pilotage-chromium"));
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
    // Dates in Tasklist follow the browser's zone: the province's, as on its agents' computers.
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
        .withEnvironment(Map.of("TZ", "Pacific/Noumea")).build();
    return new BrowserSession(new ChromeDriver(service, options), baseUrl);
  }

  public void login(String user, String password) {
    driver.get(baseUrl + "/login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/camunda/app/welcome/"));
    awaitCamundaApp();
  }

  /** Opens a page; a Camunda web app (not a redirection to the login page) is awaited until its header is drawn. */
  public void visit(String path) {
    driver.get(baseUrl + path);
    if (driver.getCurrentUrl().contains("/camunda/app/")) {
      awaitCamundaApp();
    }
  }

  /**
   * The Camunda apps load several megabytes of script before drawing anything: on a busy
   * two-core CI machine the first load can stall behind its spinner. A person would reload
   * the page once; so does the test, and only then does it give up.
   */
  private void awaitCamundaApp() {
    By header = By.cssSelector(".brand-name");
    try {
      wait.until(ExpectedConditions.textToBePresentInElementLocated(header, "Pilotage"));
    } catch (org.openqa.selenium.TimeoutException stalled) {
      screenshot("camunda-app-stalled");
      driver.navigate().refresh();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(header, "Pilotage"));
    }
  }

  public WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public WebElement clickable(By locator) {
    return wait.until(ExpectedConditions.elementToBeClickable(locator));
  }

  /** Scrolls the element to the middle of the window first, as a person would, then clicks it. */
  public void click(By locator) {
    WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    } catch (org.openqa.selenium.ElementClickInterceptedException coveredByTheFooter) {
      // Tasklist's fixed footer can cover the last lines of a form in a small window.
      ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }
  }

  /** Picks a radio or checklist option of a form-js field by the start of its French label. */
  public void choose(String optionLabel) {
    WebElement label = visible(By.xpath("//label[starts-with(normalize-space(.), \"" + optionLabel + "\")]"));
    click(By.id(label.getAttribute("for")));
  }

  /** Waits for something the page's action causes elsewhere (e.g. in the engine). */
  public void waitUntil(java.util.function.BooleanSupplier condition) {
    wait.until(anyDriver -> condition.getAsBoolean());
  }

  public void waitForText(By locator, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  /** A form-js field found by its label, as a person finds it. */
  public WebElement field(String label) {
    WebElement labelElement = visible(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]"));
    return driver.findElement(By.id(labelElement.getAttribute("for")));
  }

  public WebDriver driver() {
    return driver;
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public void screenshot(String name) {
    try {
      Path target = Path.of("target", "selenium", name + ".png");
      Files.createDirectories(target.getParent());
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException unavailable) {
      // A screenshot is a diagnosis aid; its failure must not hide the test's own failure.
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
