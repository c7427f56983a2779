package app.routecard.platform.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.routecard.devstack.Service;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every Routecard service must do on the real stack: authenticate real Keycloak tokens, serve from its own
 * database as a non-superuser, report readiness of its real dependencies, and publish OpenAPI and metrics.
 * A service's test class extends this with {@code @QuarkusTest} and the {@link RealStackResource}.
 */
public abstract class ServiceFoundationContract {

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    protected abstract Service service();

    /** Readiness checks the service must report beyond its database and the identity provider. */
    protected List<String> additionalReadinessChecks() {
        List<String> checks = new ArrayList<>();
        if (service().uses(Service.Dependency.KAFKA)) {
            checks.add("Kafka connection health check");
        }
        if (service().uses(Service.Dependency.S3)) {
            checks.add("object-store");
        }
        if (service().uses(Service.Dependency.SMTP)) {
            checks.add("smtp");
        }
        return checks;
    }

    @Test
    void a_real_keycloak_token_is_accepted_and_served_from_the_services_own_database() {
        given().auth().oauth2(Tokens.accessToken("alex@acme.example"))
                .when().get("/api/whoami")
                .then().statusCode(200)
                .body("service", is(service().module()))
                .body("username", is("alex@acme.example"))
                .body("tenant.slug", is("acme"))
                .body("tenant.id", matchesPattern("[0-9a-f-]{36}"))
                .body("organizations", hasItem("acme"))
                .body("roles", hasItem("shop_admin"))
                .body("database.database", is(service().database()))
                .body("database.role", is(service().database()))
                .body("database.superuser", is(false))
                .body("database.schemaVersion", matchesPattern("\\d+"))
                .body("database.owner", is(service().module()));
    }

    @Test
    void roles_and_organization_come_from_the_token_of_each_user() {
        given().auth().oauth2(Tokens.accessToken("nina@northwind.example"))
                .when().get("/api/whoami")
                .then().statusCode(200)
                .body("organizations", hasItem("northwind"))
                .body("roles", hasItem("buyer"));
    }

    @Test
    void a_valid_token_that_names_no_tenant_is_401_with_a_problem_document() {
        given().auth().oauth2(Tokens.accessToken("drifter@routecard.example"))
                .when().get("/api/whoami")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("no tenant"));
    }

    @Test
    void a_suspended_tenants_users_are_refused_with_the_reason_until_it_is_reinstated() {
        String token = Tokens.accessToken("bea@bluefin.example");
        String tenantId = Tokens.claims(token).path("tenant").path("bluefin").path("id").asText();
        try {
            TenantEventsFixture.publish("tenant.suspended", tenantId, "bluefin", "SUSPENDED", "Contract check");
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    given().auth().oauth2(token).when().get("/api/whoami")
                            .then().statusCode(403).contentType("application/problem+json")
                            .body("detail", containsString("Contract check")));
        } finally {
            TenantEventsFixture.publish("tenant.reinstated", tenantId, "bluefin", "ACTIVE", null);
        }
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/api/whoami").then().statusCode(200));
    }

    @Test
    void a_request_without_a_token_is_401() {
        given().when().get("/api/whoami").then().statusCode(401);
    }

    @Test
    void a_token_with_a_forged_signature_is_401() {
        String token = Tokens.accessToken("alex@acme.example");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(forged).when().get("/api/whoami").then().statusCode(401);
    }

    @Test
    void an_unsigned_token_alg_none_is_401() {
        String token = Tokens.accessToken("alex@acme.example");
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String unsigned = header + "." + token.split("\\.")[1] + ".";
        given().auth().oauth2(unsigned).when().get("/api/whoami").then().statusCode(401);
    }

    @Test
    void a_real_token_from_another_realm_is_401() {
        // Keycloak's master realm: a genuine, correctly signed token from the same server, but another issuer.
        String foreign = Tokens.masterRealmAdminToken();
        given().auth().oauth2(foreign).when().get("/api/whoami").then().statusCode(401);
    }

    @Test
    void readiness_checks_the_real_dependencies() {
        List<String> expected = new ArrayList<>(List.of("Database connections health check", "identity-provider",
                "tenant-status-view"));
        expected.addAll(additionalReadinessChecks());
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems(expected.toArray(String[]::new)));
    }

    @Test
    void every_table_of_the_service_is_tenant_isolated_by_its_catalog_and_by_its_data() throws Exception {
        // From the catalog: a table added without enable_tenant_rls(...), or with a policy of its own, fails here.
        List<String> tables = RowLevelSecurityAudit.assertEveryTableIsTenantIsolated(dataSource);
        // By data: rows of two tenants in every table, written and read as the service's own role.
        List<String> checked = RowLevelSecurityAudit.assertUnfilteredQueriesSeeOnlyTheirTenant(dataSource);
        assertThat(checked).containsExactlyElementsOf(tables);
    }

    @Test
    void the_isolation_audit_catches_a_permissive_policy_and_an_unforced_table() throws Exception {
        String schema = "rls_probe_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
            try {
                statement.execute("create table " + schema + ".probe (id uuid primary key, tenant_id text not null,"
                        + " status text not null check (status in ('OPEN', 'DONE')), quantity int not null"
                        + " check (quantity > 0))");
                statement.execute("select enable_tenant_rls('" + schema + ".probe')");
                // As enable_tenant_rls leaves it, the table passes both checks...
                assertThat(RowLevelSecurityAudit.assertRowsOfOtherTenantsAreInvisibleAndUnwritable(dataSource,
                        schema)).containsExactly("probe");

                // ...a second permissive policy is OR-ed with isolation: both checks must fail.
                statement.execute("create policy everyone on " + schema + ".probe using (true)");
                assertThatThrownBy(() -> RowLevelSecurityAudit.assertEveryTableIsTenantIsolated(dataSource, schema))
                        .isInstanceOf(AssertionError.class).hasMessageContaining("permissive policy 'everyone'");
                assertThat(leaksOf(connection, schema)).anySatisfy(leak -> assertThat(leak).contains("read a row of"))
                        .anySatisfy(leak -> assertThat(leak).contains("inserted a row for tenant B"));

                // ...and so must a table whose owner bypasses row-level security.
                statement.execute("drop policy everyone on " + schema + ".probe");
                statement.execute("alter table " + schema + ".probe no force row level security");
                assertThatThrownBy(() -> RowLevelSecurityAudit.assertEveryTableIsTenantIsolated(dataSource, schema))
                        .isInstanceOf(AssertionError.class).hasMessageContaining("not forced");
                assertThat(leaksOf(connection, schema)).anySatisfy(leak -> assertThat(leak).contains("read a row of"));

                // ...and a tenant table cannot excuse itself by being declared global.
                statement.execute("comment on table " + schema + ".probe is 'global: the probe says so'");
                assertThatThrownBy(() -> RowLevelSecurityAudit.assertEveryTableIsTenantIsolated(dataSource, schema))
                        .isInstanceOf(AssertionError.class).hasMessageContaining("declared global but has a tenant_id");
            } finally {
                statement.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static List<String> leaksOf(Connection connection, String schema) throws Exception {
        connection.setAutoCommit(false);
        try {
            return RowLevelSecurityAudit.checkTable(connection, schema, "probe");
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    @Test
    void liveness_is_published() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void a_request_the_api_cannot_serve_answers_a_problem_document_not_a_stack_trace() {
        given().auth().oauth2(Tokens.accessToken("alex@acme.example"))
                .when().delete("/api/whoami")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", is(405))
                .body("title", is("Method Not Allowed"))
                .body(not(containsString("Exception")));
    }

    @Test
    void request_metrics_carry_the_tenant() {
        given().auth().oauth2(Tokens.accessToken("alex@acme.example")).get("/api/whoami").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("tenant=\"acme\""));
    }

    @Test
    void openapi_and_prometheus_metrics_are_published() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body(containsString("/api/whoami"));
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }
}
