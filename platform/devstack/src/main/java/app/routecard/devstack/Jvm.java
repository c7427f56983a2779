package app.routecard.devstack;

import java.nio.file.Path;

final class Jvm {

    private Jvm() {
    }

    /** The java of the JVM running the launcher, so the stack runs on the JDK the user already has. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
