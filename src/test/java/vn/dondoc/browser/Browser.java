package vn.dondoc.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium. On a machine without Chromium the
 * browser tests are skipped with a message; CI installs it, so CI always runs them.
 */
final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final WebDriver driver;

	private final WebDriverWait wait;

	private final String base;

	private final Path profile;

	private Browser(String base) throws Exception {
		this.profile = Files.createTempDirectory("dondoc-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--lang=vi", "--user-data-dir=" + this.profile.toAbsolutePath());
		// No password manager bubble over the page: it would catch the clicks meant for
		// the form.
		options.setExperimentalOption("prefs",
				java.util.Map.of("credentials_enable_service", false, "profile.password_manager_enabled", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
		this.base = base;
	}

	static Browser open(int port) throws Exception {
		boolean installed = CHROMIUM.toFile().canExecute() && CHROMEDRIVER.toFile().canExecute();
		if (System.getenv("CI") != null && !installed) {
			// CI installs Chromium (.ci/run): a skipped browser test there would hide a
			// broken set-up.
			throw new IllegalStateException("Chromium is missing on CI");
		}
		Assumptions.assumeTrue(installed,
				"Chromium is not installed (apt-get install -y chromium chromium-driver): browser tests skipped");
		return new Browser("http://localhost:" + port);
	}

	/** The window's size in CSS pixels, e.g. a phone's 390 × 844. */
	void size(int width, int height) {
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
	}

	/** How far right an element reaches in the viewport, in CSS pixels. */
	double rightEdge(WebElement element) {
		return ((Number) ((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("return arguments[0].getBoundingClientRect().right;", element)).doubleValue();
	}

	/** The width of the page's viewport, in CSS pixels. */
	double viewportWidth() {
		return ((Number) ((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.clientWidth;")).doubleValue();
	}

	void go(String path) {
		this.driver.get(this.base + path);
		checkAccessibility();
	}

	/** Pages reached and their WCAG 2.1 A/AA violations (axe-core), by path pattern. */
	private final java.util.Map<String, java.util.List<String>> violations = new java.util.LinkedHashMap<>();

	/**
	 * Checks the page now shown with axe-core, once per path pattern; the violations fail
	 * the journey when the browser is closed.
	 */
	void checkAccessibility() {
		String url = this.driver.getCurrentUrl();
		if (!url.startsWith(this.base)) {
			return;
		}
		String pattern = Accessibility.pattern(url.substring(this.base.length()));
		if (this.violations.containsKey(pattern)) {
			return;
		}
		try {
			java.util.List<String> found = Accessibility
				.violations((org.openqa.selenium.JavascriptExecutor) this.driver);
			this.violations.put(pattern, found);
			Accessibility.CHECKED.put(pattern, found);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	WebElement find(String css) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	java.util.List<WebElement> findAll(String css) {
		find(css);
		return this.driver.findElements(By.cssSelector(css));
	}

	void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	void click(String css) {
		WebElement element = this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
		((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	void select(String css, String visibleText) {
		new org.openqa.selenium.support.ui.Select(find(css)).selectByVisibleText(visibleText);
	}

	void selectValue(String css, Object value) {
		new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(String.valueOf(value));
	}

	/** Clicks a button that asks for confirmation first, and declines. */
	void clickAndDecline(String css) {
		click(css);
		this.wait.until(ExpectedConditions.alertIsPresent()).dismiss();
	}

	/**
	 * Waits until the element with this id has the focus (a page loaded and placed it).
	 */
	void waitForFocus(String id) {
		this.wait.ignoring(org.openqa.selenium.WebDriverException.class).until((driver) -> id.equals(focusedId()));
	}

	/** Runs a script in the page and returns what it returns. */
	Object script(String script, Object... arguments) {
		return ((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/**
	 * Presses Tab until the element with this id has the focus, as a person moves through
	 * a form by keyboard.
	 */
	void tabTo(String id) {
		for (int i = 0; i < 120 && !id.equals(focusedId()); i++) {
			keys(org.openqa.selenium.Keys.TAB);
		}
		if (!id.equals(focusedId())) {
			throw new IllegalStateException("Tab never reached #" + id + " (at #" + focusedId() + ")");
		}
	}

	/**
	 * Chooses the option with this value in the focused list by the arrow keys, as a
	 * person does without a mouse.
	 */
	void chooseByKeys(Object value) {
		long target = ((Number) script(
				"var s = document.activeElement; for (var i = 0; i < s.options.length; i++) {"
						+ " if (s.options[i].value === arguments[0]) { return i; } } return -1;",
				String.valueOf(value)))
			.longValue();
		long current = ((Number) script("return document.activeElement.selectedIndex;")).longValue();
		if (target < 0) {
			throw new IllegalStateException("No option " + value + " in #" + focusedId());
		}
		for (long i = current; i < target; i++) {
			keys(org.openqa.selenium.Keys.ARROW_DOWN);
		}
		for (long i = current; i > target; i--) {
			keys(org.openqa.selenium.Keys.ARROW_UP);
		}
	}

	/** Clicks a button whose form asks for confirmation first, and agrees. */
	void clickAndConfirm(String css) {
		click(css);
		this.wait.until(ExpectedConditions.alertIsPresent()).accept();
	}

	/**
	 * Waits until the page shows the text (a form was sent and the next page has loaded)
	 * and returns the whole page text.
	 */
	String waitForText(String expected) {
		// While the next page replaces the body, reading it can fail in several ways
		// (stale
		// element, "node does not belong to the document"): try again until the timeout.
		this.wait.ignoring(org.openqa.selenium.WebDriverException.class)
			.until((driver) -> driver.findElement(By.tagName("body")).getText().contains(expected));
		return text();
	}

	/** Types into whatever has the focus, as a person at the keyboard does. */
	void keys(CharSequence... keys) {
		new org.openqa.selenium.interactions.Actions(this.driver).sendKeys(keys).perform();
	}

	String focusedId() {
		return this.driver.switchTo().activeElement().getAttribute("id");
	}

	boolean has(String css) {
		return !this.driver.findElements(By.cssSelector(css)).isEmpty();
	}

	/**
	 * Waits until the address path matches the regular expression, e.g.
	 * {@code /tasks/\\d+}.
	 */
	void waitForPathMatching(String regex) {
		this.wait
			.until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(this.base) + regex + "(\\?.*)?$"));
		checkAccessibility();
	}

	void waitForPath(String path) {
		this.wait
			.until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(this.base + path) + "(\\?.*)?$"));
		checkAccessibility();
	}

	/**
	 * The elements that reach past the right edge of the viewport (a horizontal scroll):
	 * tag, id and classes, for an assertion's message; empty when none does.
	 */
	String wider() {
		return String.valueOf(
				script("""
						var w = document.documentElement.clientWidth, out = [];
						document.querySelectorAll('body *').forEach(function (e) {
						  var r = e.getBoundingClientRect();
						  if (r.width > 0 && r.right > w + 0.5 && out.length < 8) {
						    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(r.right));
						  }
						});
						return out.join('; ');"""));
	}

	/** Whether the element is there and shown (without waiting for it). */
	boolean shown(String css) {
		return this.driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
	}

	/** The browser's Back button. */
	void back() {
		this.driver.navigate().back();
	}

	/** Waits until the condition holds (an animation ends, say). */
	void waitUntil(java.util.function.BooleanSupplier condition) {
		this.wait.until((driver) -> condition.getAsBoolean());
	}

	String path() {
		return this.driver.getCurrentUrl().substring(this.base.length());
	}

	String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	void logIn(String username, String password) {
		go("/login");
		type("#username", username);
		type("#password", password);
		click("button[type=submit]");
	}

	void logOut() {
		click("#user-menu");
		click("#logout");
		waitForPath("/login");
	}

	void screenshot(String name) {
		try {
			File shot = ((org.openqa.selenium.TakesScreenshot) this.driver)
				.getScreenshotAs(org.openqa.selenium.OutputType.FILE);
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (Exception ex) {
			// A missing screenshot must not fail a journey; it only helps a person look
			// at the page.
		}
	}

	@Override
	public void close() {
		this.driver.quit();
		// The profile is Chromium's scratch space: nothing of it is kept.
		org.springframework.util.FileSystemUtils.deleteRecursively(this.profile.toFile());
		java.util.List<String> failures = new java.util.ArrayList<>();
		this.violations.forEach((page, found) -> found.forEach((v) -> failures.add(page + ": " + v)));
		System.out.println("axe-core " + Accessibility.VERSION + ": " + this.violations.size() + " pages checked "
				+ this.violations.keySet() + ", " + failures.size() + " violations");
		if (!failures.isEmpty()) {
			throw new AssertionError("WCAG 2.1 A/AA violations (axe-core):\n" + String.join("\n", failures));
		}
	}

}
