package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirefeed.localbroker.EmbeddedKafkaBroker;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live page end to end: the packaged {@code wirefeed up} runs as a child JVM (as in {@link UpCommandIT}),
 * headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, driven by Selenium) opens the page,
 * a new story is dropped into the inbox, and the story, its tags with their words and the watch-list alert it
 * raises must appear on the page. Saves a screenshot to {@code target/screenshots/live-page.png} (the
 * README's {@code docs/live-page.png} is a copy of one; a test run does not touch the source tree).
 */
class LivePageIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String RULE = "e2e-vucic-kurti";
    static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d+)");
    static final String HEADLINE = "EU envoy presses Vučić and Kurti to resume talks in Brussels";
    /** Written for this test: short wire copy naming both leaders, one of them in an inflected form. */
    static final String STORY = HEADLINE + "\n\n"
            + "BRUSSELS, Nov 29 (Beta) - The European Union's envoy for the Belgrade-Pristina dialogue urged Serbian "
            + "President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti on Saturday to return to the negotiating "
            + "table before the end of the year.\n\n"
            + "Speaking after separate meetings in Brussels, the envoy said both sides had agreed to send their chief "
            + "negotiators to a technical round next week. Kurti said his government would attend but repeated that "
            + "Belgrade must first implement what it had already signed.\n\n"
            + "An adviser to Vučić said Serbia remained committed to the talks.\n";

    @TempDir
    Path dir;

    @Test
    void aNewStoryAndItsAlertAppearOnTheLivePage() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            // what the test needs, it installs: Debian's packages, as tools/ensure-chromium does for CI
            Process install = new ProcessBuilder(Path.of("..", "tools", "ensure-chromium").toAbsolutePath().toString())
                    .inheritIO().start();
            assertThat(install.waitFor(10, TimeUnit.MINUTES) && install.exitValue() == 0)
                    .as("tools/ensure-chromium could not install chromium and chromium-driver (see its message above)").isTrue();
        }
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("headless Chromium and its driver are needed at %s and %s: run `sudo apt-get install -y chromium chromium-driver`",
                        CHROMIUM, CHROMEDRIVER)
                .isTrue();
        Path jar = Path.of("target", "wirefeed.jar").toAbsolutePath();
        assertThat(jar).as("the packaged jar (the package phase runs before integration tests)").exists();

        Path inbox = dir.resolve("inbox");
        Path watchlist = dir.resolve("watchlist.yaml");
        Files.writeString(watchlist, "rules:\n"
                + "  - id: " + RULE + "\n"
                + "    description: Vučić and Kurti in one story (end-to-end test)\n"
                + "    actors_all: [Aleksandar Vučić, Albin Kurti]\n", StandardCharsets.UTF_8);
        int monitorPort = EmbeddedKafkaBroker.freePort();
        String page = "http://127.0.0.1:" + monitorPort + "/";
        Process up = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "up",
                "--kafka-port", Integer.toString(EmbeddedKafkaBroker.freePort()),
                "--http-port", Integer.toString(EmbeddedKafkaBroker.freePort()),
                "--monitor-port", Integer.toString(monitorPort),
                "--data-dir", dir.resolve("data").toString(), "--inbox", inbox.toString(),
                "--watchlist", watchlist.toString())
                .redirectErrorStream(false).start();
        List<String> stdout = drain(up.getInputStream(), "stdout");
        List<String> stderr = drain(up.getErrorStream(), "stderr");
        Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
        Files.createDirectories(screenshots);
        WebDriver driver = null;
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            await("the live page answers on " + page).atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(() -> http.send(HttpRequest.newBuilder(URI.create(page + "health")).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200, ok -> ok);

            driver = chromium(dir.resolve("chromium-profile"));
            driver.get(page);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
            wait.ignoring(StaleElementReferenceException.class);

            // the seeded sample stories arrive through Kafka and the server-sent events
            WebDriver d = driver;
            wait.withMessage("the " + UpCommand.SAMPLES.size() + " seeded sample stories listed")
                    .until(x -> d.findElements(By.cssSelector("#stories .story[data-id]")).size() >= UpCommand.SAMPLES.size());
            assertThat(driver.findElement(By.id("conn")).getAttribute("data-state")).isEqualTo("live");

            // a new story, written under a temporary name and renamed so the watcher never reads half a file
            Path tmp = inbox.resolve("e2e-brussels-dialogue.txt.tmp");
            Files.writeString(tmp, STORY, StandardCharsets.UTF_8);
            Files.move(tmp, inbox.resolve("e2e-brussels-dialogue.txt"), StandardCopyOption.ATOMIC_MOVE);

            WebElement story = wait.withMessage("the new story listed: " + HEADLINE).until(x -> storyWithHeadline(d));
            String id = story.getAttribute("data-id");
            assertThat(id).isNotBlank();
            assertThat(d.findElements(By.cssSelector("#stories .story")).get(0).getAttribute("data-id"))
                    .as("newest on top").isEqualTo(id);
            WebElement kurti = story.findElement(By.cssSelector(".tag-group[data-group=person] .tag[data-ref='person:albin-kurti']"));
            assertThat(kurti.findElement(By.className("tag-name")).getText()).isEqualTo("Albin Kurti");
            assertThat(kurti.findElement(By.className("words")).getText()).startsWith("←").contains("Kurti");
            WebElement vucic = story.findElement(By.cssSelector(".tag-group[data-group=person] .tag[data-ref='person:aleksandar-vucic']"));
            assertThat(vucic.findElement(By.className("tag-name")).getText()).isEqualTo("Aleksandar Vučić");
            assertThat(vucic.findElement(By.className("words")).getText()).contains("Vučić");
            assertThat(story.findElements(By.cssSelector(".tag-group[data-group=country] .tag")))
                    .extracting(e -> e.getAttribute("data-ref")).contains("RS", "XK");
            assertThat(story.findElement(By.className("provider")).getText()).isEqualToIgnoringCase("beta");

            // the watch-list alert for this story, pushed to the alerts panel
            By alertOfStory = By.cssSelector("#alerts .alert[data-rule='" + RULE + "'][data-story='" + css(id) + "']");
            WebElement alert = wait.withMessage("the alert " + RULE + " for " + id).until(x -> {
                List<WebElement> found = d.findElements(alertOfStory);
                return found.isEmpty() ? null : found.get(0);
            });
            assertThat(alert.findElement(By.className("description")).getText()).contains("end-to-end test");
            assertThat(alert.findElement(By.className("alert-story")).getText()).isEqualTo(HEADLINE);
            assertThat(alert.findElements(By.cssSelector(".matched .match"))).extracting(WebElement::getText)
                    .contains("Aleksandar Vučić", "Albin Kurti");

            // the chart counts every story listed, and the new story's actors are among the top actors
            int listed = d.findElements(By.cssSelector("#stories .story")).size();
            wait.withMessage("the coverage chart counting the " + listed + " stories listed (it refreshes every 15 s)")
                    .until(x -> !d.findElements(By.cssSelector("#chart svg .bar")).isEmpty()
                            && leadingNumber(d.findElement(By.id("chart-total")).getText()) >= listed);
            wait.withMessage("Albin Kurti among the top actors of the last hour").until(x -> !d.findElements(
                    By.cssSelector("#actors .actor[data-subject='person:albin-kurti']")).isEmpty());

            Path shot = screenshots.resolve("live-page.png");
            Files.write(shot, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
            assertThat(Files.size(shot)).isGreaterThan(10_000);
        } catch (Throwable t) {
            if (driver != null) {
                try {
                    Files.write(screenshots.resolve("live-page-failure.png"), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
                } catch (Exception ignored) {
                    // the browser is gone too
                }
            }
            System.err.println("---- wirefeed up stdout ----\n" + String.join("\n", stdout));
            System.err.println("---- wirefeed up stderr ----\n" + String.join("\n", stderr));
            throw t;
        } finally {
            if (driver != null) {
                driver.quit();
            }
            up.destroy(); // SIGTERM: the shutdown hook stops the stages and the broker
            if (!up.waitFor(60, TimeUnit.SECONDS)) {
                up.destroyForcibly();
            }
        }
    }

    private static WebElement storyWithHeadline(WebDriver d) {
        for (WebElement e : d.findElements(By.cssSelector("#stories .story[data-id]"))) {
            if (HEADLINE.equals(e.findElement(By.className("headline")).getText())) {
                return e;
            }
        }
        return null;
    }

    /** "5 stories in range" is 5; no number is -1. */
    private static int leadingNumber(String text) {
        Matcher m = LEADING_NUMBER.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Escapes a value for a quoted CSS attribute selector. */
    private static String css(String value) {
        return value.replace("\\", "\\\\").replace("'", "\\'");
    }

    /** Debian's Chromium, headless, with its driver given explicitly: Selenium Manager never downloads anything. */
    static ChromeDriver chromium(Path profile) throws Exception {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the network here is closed: without the background-networking flags Chromium waits on refused connections
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static List<String> drain(InputStream in, String name) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                r.lines().forEach(lines::add);
            } catch (Exception ignored) {
                // the process ended
            }
        }, "up-" + name);
        t.setDaemon(true);
        t.start();
        return lines;
    }
}
