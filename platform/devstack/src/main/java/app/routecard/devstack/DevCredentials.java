package app.routecard.devstack;

/**
 * DEV DEFAULTS ONLY. Credentials of the local stack that ./routecard and the tests start on loopback. Nothing in
 * production reads these: every service takes its real credentials from the environment (see README).
 */
public final class DevCredentials {

    public static final String POSTGRES_SUPERUSER = "postgres";
    public static final String POSTGRES_SUPERUSER_PASSWORD = "routecard-dev-superuser";
    public static final String KEYCLOAK_DATABASE = "keycloak";
    public static final String KEYCLOAK_ADMIN = "admin";
    public static final String KEYCLOAK_ADMIN_PASSWORD = "admin";
    public static final String S3_ACCESS_KEY = "routecard-dev";
    public static final String S3_SECRET_KEY = "routecard-dev-secret";
    public static final String S3_BUCKET = "routecard";
    public static final String PORTAL_CLIENT_SECRET = "portal-dev-secret";
    public static final String DEMO_PASSWORD = "routecard";
    /** Public client with the password grant enabled, for the CLI, scripts and tests. */
    public static final String DEV_CLIENT = "routecard-dev";

    private DevCredentials() {
    }

    /** Each service's database role is named after its database and is never a superuser. */
    public static String databasePassword(String database) {
        return database + "-dev-password";
    }
}
