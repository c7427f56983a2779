package app.routecard.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps infra/keycloak/routecard-realm.json, the demo logins printed by ./routecard and the services in step. */
class RealmDefinitionTest {

    private final JsonNode realm = readRealm();

    private static JsonNode readRealm() {
        Path root = StackLayout.findRoot(Path.of(System.getProperty("routecard.root", ".")));
        try {
            return new ObjectMapper().readTree(root.resolve(KeycloakServer.REALM_FILE).toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_realm_has_the_four_routecard_roles_and_organizations_enabled() {
        assertThat(realm.path("organizationsEnabled").asBoolean()).isTrue();
        assertThat(texts(realm.path("roles").path("realm"), "name"))
                .containsExactlyInAnyOrder("buyer", "shop_admin", "shop_floor", "operator");
    }

    @Test
    void every_demo_login_exists_with_its_role_and_organization() {
        for (DemoUsers.DemoUser demo : DemoUsers.ALL) {
            JsonNode user = find(realm.path("users"), "username", demo.username());
            assertThat(user).as(demo.username()).isNotNull();
            assertThat(texts(user.path("realmRoles"), null)).contains(demo.role());
            // Keycloak refuses the password grant to users without e-mail or names ("account not fully set up").
            assertThat(user.path("email").asText()).isEqualTo(demo.username());
            assertThat(user.path("firstName").asText()).isNotBlank();
            assertThat(user.path("lastName").asText()).isNotBlank();
            JsonNode organization = find(realm.path("organizations"), "alias", demo.organization());
            assertThat(texts(organization.path("members"), "username")).contains(demo.username());
        }
    }

    @Test
    void there_are_at_least_two_buyers_three_shops_and_one_operator() {
        List<String> kinds = new ArrayList<>();
        realm.path("organizations").forEach(org -> kinds.add(org.path("attributes").path("kind").get(0).asText()));
        assertThat(kinds.stream().filter("BUYER"::equals).count()).isGreaterThanOrEqualTo(2);
        assertThat(kinds.stream().filter("SHOP"::equals).count()).isGreaterThanOrEqualTo(3);
        assertThat(kinds.stream().filter("OPERATOR"::equals).count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void every_service_and_the_portal_has_a_client_whose_tokens_carry_the_routecard_audience() {
        for (Service service : Service.values()) {
            JsonNode client = find(realm.path("clients"), "clientId", service.module());
            assertThat(client).as(service.module()).isNotNull();
            assertThat(client.path("protocolMappers").toString()).contains("\"included.custom.audience\":\"routecard\"");
        }
        assertThat(find(realm.path("clients"), "clientId", DevCredentials.DEV_CLIENT)
                .path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(find(realm.path("clients"), "clientId", "portal").path("redirectUris").toString())
                .contains("{{PORTAL_URL}}");
    }

    @Test
    void every_demo_tenant_is_a_realm_organization_whose_admin_is_a_member_with_the_kinds_role() {
        for (DemoTenants.DemoTenant tenant : DemoTenants.ALL) {
            JsonNode organization = find(realm.path("organizations"), "alias", tenant.slug());
            assertThat(organization).as(tenant.slug()).isNotNull();
            assertThat(organization.path("name").asText()).isEqualTo(tenant.name());
            assertThat(organization.path("attributes").path("kind").get(0).asText()).isEqualTo(tenant.kind());
            assertThat(texts(organization.path("members"), "username")).contains(tenant.adminEmail());
            String role = switch (tenant.kind()) {
                case "SHOP" -> "shop_admin";
                case "BUYER" -> "buyer";
                default -> "operator";
            };
            assertThat(texts(find(realm.path("users"), "username", tenant.adminEmail()).path("realmRoles"), null))
                    .contains(role);
        }
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(field == null ? node.asText() : node.path(field).asText()));
        return values;
    }
}
