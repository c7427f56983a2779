package app.routecard.devstack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Unpacks the server distributions fetched from Maven Central into {@code .routecard/dist}, once per checkout, and
 * shares them between every stack of the checkout. A file lock keeps two launchers from unpacking at once.
 */
public final class Distributions {

    static final String KEYCLOAK_VERSION = "26.7.3";
    /** Build-time options of the Keycloak distribution; changing them rebuilds it once. */
    static final List<String> KEYCLOAK_BUILD_OPTIONS =
            List.of("--db=postgres", "--health-enabled=true", "--metrics-enabled=true");

    private Distributions() {
    }

    static Path postgres(StackLayout stack) throws IOException, InterruptedException {
        Path target = stack.distDir().resolve("postgres");
        return prepared(stack, target, () -> {
            Path jar = fetched(stack, "postgres/postgres-binaries.jar");
            Path staging = staging(target);
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    if (entry.getName().endsWith(".txz")) {
                        untarXz(zip, staging);
                    }
                }
            }
            if (!Files.isRegularFile(staging.resolve("bin/postgres"))) {
                throw new IOException(jar + " holds no PostgreSQL binaries for this platform");
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        });
    }

    static Path keycloak(StackLayout stack) throws IOException, InterruptedException {
        Path target = stack.distDir().resolve("keycloak-" + KEYCLOAK_VERSION);
        prepared(stack, target, () -> {
            Path zip = fetched(stack, "keycloak/keycloak-" + KEYCLOAK_VERSION + ".zip");
            Path staging = staging(target);
            unzip(zip, staging);
            // The zip has one top-level directory: keycloak-<version>/
            Path inner = staging.resolve("keycloak-" + KEYCLOAK_VERSION);
            Files.move(inner, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(staging);
        });
        Path marker = target.resolve(".routecard-build");
        String options = String.join(" ", KEYCLOAK_BUILD_OPTIONS);
        withLock(stack, () -> {
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(options)) {
                return;
            }
            List<String> command = new java.util.ArrayList<>(List.of("sh", target.resolve("bin/kc.sh").toString(), "build"));
            command.addAll(KEYCLOAK_BUILD_OPTIONS);
            Commands.run(command, Map.of("JAVA_HOME", System.getProperty("java.home")),
                    stack.distDir().resolve("keycloak-build.log"), Duration.ofMinutes(5));
            Files.writeString(marker, options);
        });
        return target;
    }

    static Path fetched(StackLayout stack, String relative) throws IOException {
        Path file = stack.fetchedServers().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IOException("Missing " + file + ": fetch the servers with "
                    + "./mvnw -B -q -pl platform/devstack-servers generate-resources");
        }
        return file;
    }

    interface Step {
        void run() throws IOException, InterruptedException;
    }

    private static Path prepared(StackLayout stack, Path target, Step unpack) throws IOException, InterruptedException {
        if (Files.isDirectory(target)) {
            return target;
        }
        withLock(stack, () -> {
            if (!Files.isDirectory(target)) {
                unpack.run();
            }
        });
        return target;
    }

    private static void withLock(StackLayout stack, Step step) throws IOException, InterruptedException {
        Files.createDirectories(stack.distDir());
        try (FileChannel channel = FileChannel.open(stack.distDir().resolve(".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            step.run();
        }
    }

    private static Path staging(Path target) throws IOException {
        Path staging = target.resolveSibling(target.getFileName() + ".partial");
        deleteTree(staging);
        Files.createDirectories(staging);
        return staging;
    }

    private static void untarXz(InputStream in, Path destination) throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new BufferedInputStream(in)));
        for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
            Path path = safeResolve(destination, entry.getName());
            if (entry.isDirectory()) {
                Files.createDirectories(path);
            } else if (entry.isSymbolicLink()) {
                Files.createDirectories(path.getParent());
                Files.deleteIfExists(path);
                Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            } else {
                Files.createDirectories(path.getParent());
                Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(path, permissions(entry.getMode()));
            }
        }
    }

    private static void unzip(Path zipFile, Path destination) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zipFile)))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path path = safeResolve(destination, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(zip, path, StandardCopyOption.REPLACE_EXISTING);
                    if (entry.getName().endsWith(".sh")) {
                        path.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

    private static Path safeResolve(Path destination, String name) throws IOException {
        Path path = destination.resolve(name).normalize();
        if (!path.startsWith(destination)) {
            throw new IOException("Archive entry escapes its directory: " + name);
        }
        return path;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                set.add(order[bit]);
            }
        }
        set.add(PosixFilePermission.OWNER_READ);
        return set;
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
