package app.routecard.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Who listens on a port. On Linux from {@code /proc/net/tcp*} (the socket's inode) and {@code /proc/<pid>/fd}
 * (which process holds it); elsewhere, or without permission, from {@code lsof} if there is one; otherwise the
 * owner is unknown and only "taken" is certain.
 */
final class PortOwners {

    private static final Path PROC = Path.of("/proc");

    private PortOwners() {
    }

    /** Whether nothing listens on the port on the loopback address (we can bind it ourselves). */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The PID of the process listening on the port, when it can be found. */
    static Optional<Long> listener(int port) {
        Optional<Long> fromProc = fromProc(port);
        return fromProc.isPresent() ? fromProc : fromLsof(port);
    }

    /** "PID 1234 (python3 -m http.server 8082)", or a plain "an unknown process" when it cannot be found. */
    static String describe(int port) {
        return listener(port).map(pid -> "PID " + pid + ProcessHandle.of(pid).flatMap(Processes::commandLine)
                .map(command -> " (" + abbreviate(command) + ")").orElse("")).orElse("a process this user cannot see");
    }

    private static String abbreviate(String command) {
        return command.length() <= 120 ? command : command.substring(0, 117) + "...";
    }

    private static Optional<Long> fromProc(int port) {
        if (!Files.isDirectory(PROC.resolve("net"))) {
            return Optional.empty();
        }
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("tcp", "tcp6")) {
            try {
                for (String line : Files.readAllLines(PROC.resolve("net").resolve(table))) {
                    String[] fields = line.trim().split("\\s+");
                    // sl local_address rem_address st ... inode; st 0A = LISTEN
                    if (fields.length > 9 && fields[1].contains(":") && "0A".equals(fields[3])
                            && Integer.parseInt(fields[1].substring(fields[1].lastIndexOf(':') + 1), 16) == port) {
                        inodes.add(fields[9]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no such table (no IPv6) or unreadable: look at the other
            }
        }
        if (inodes.isEmpty()) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path process : processes) {
                try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(process.resolve("fd"))) {
                    for (Path descriptor : descriptors) {
                        String target = Files.readSymbolicLink(descriptor).toString();
                        if (target.startsWith("socket:[")
                                && inodes.contains(target.substring(8, target.length() - 1))) {
                            return Optional.of(Long.parseLong(process.getFileName().toString()));
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // gone, or another user's: skip
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Long> fromLsof(int port) {
        try {
            Process lsof = new ProcessBuilder("lsof", "-nP", "-t", "-iTCP:" + port, "-sTCP:LISTEN")
                    .redirectErrorStream(true).start();
            String output = new String(lsof.getInputStream().readAllBytes()).trim();
            if (!lsof.waitFor(5, TimeUnit.SECONDS) || output.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(output.lines().findFirst().orElse("").trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static String portList(List<Integer> ports) {
        return String.join(", ", ports.stream().map(port -> String.format(Locale.ROOT, "%d", port)).toList());
    }
}
