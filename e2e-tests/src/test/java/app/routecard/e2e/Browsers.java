package app.routecard.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Chromium the browser tests drive. Playwright cannot download its own browser here, so the tests use the
 * system's: Debian's {@code chromium} package. When it is missing the tests install it themselves if they can
 * (root with apt-get, as on the CI machine); otherwise they fail saying exactly what to install. A missing
 * browser never skips the tests.
 */
final class Browsers {

    static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final String HOW_TO_INSTALL = "The browser tests need Chromium. Install Debian's package: "
            + "sudo apt-get update && sudo apt-get install -y chromium (it provides /usr/bin/chromium), then run"
            + " ./mvnw verify again.";

    private Browsers() {
    }

    static synchronized Path chromium() {
        for (String candidate : CANDIDATES) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        if (!canInstall()) {
            throw new IllegalStateException(HOW_TO_INSTALL);
        }
        System.out.println("Chromium is missing: installing Debian's chromium package (apt-get, a few minutes)...");
        run(List.of("apt-get", "update", "-qq"));
        run(List.of("apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"));
        for (String candidate : CANDIDATES) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("apt-get ran but no Chromium appeared. " + HOW_TO_INSTALL);
    }

    private static boolean canInstall() {
        return "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/apt-get"));
    }

    private static void run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT);
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed. " + HOW_TO_INSTALL);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command.get(0) + ". " + HOW_TO_INSTALL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while installing Chromium", e);
        }
    }
}
