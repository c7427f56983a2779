package app.routecard.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Facts about a process that work with and without {@code /proc}: the JDK's own view first, then {@code ps}
 * (macOS and other systems where the JDK may not see another process's command line).
 */
final class Processes {

    private Processes() {
    }

    static Optional<String> commandLine(ProcessHandle process) {
        Optional<String> jdk = process.info().commandLine();
        return jdk.isPresent() ? jdk : ps(process.pid(), "command=").filter(line -> !line.isBlank());
    }

    /** Resident memory in KiB from {@code ps}, when {@code /proc} cannot tell. */
    static Optional<Long> residentKib(long pid) {
        return ps(pid, "rss=").flatMap(value -> {
            try {
                return Optional.of(Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<String> ps(long pid, String format) {
        try {
            Process ps = new ProcessBuilder("ps", "-o", format, "-p", Long.toString(pid)).start();
            String output = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return ps.waitFor(5, TimeUnit.SECONDS) && ps.exitValue() == 0 && !output.isEmpty()
                    ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
