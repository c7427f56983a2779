package app.routecard.tenant.members;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import app.routecard.platform.testing.CrossTenantMatrix;
import app.routecard.platform.testing.CrossTenantMatrix.Probe;
import app.routecard.platform.testing.InvitationMail;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import app.routecard.tenant.TestTenants;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "tenant-service"))
class MembersTest {

    private String alex;

    @BeforeEach
    void demoTenantsAreRegistered() {
        TestTenants.registerDemoTenants();
        alex = Tokens.accessToken("alex@acme.example");
    }

    private String invite(String token, String email, String role) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("email", email, "firstName", "Pat", "lastName", "Parker", "role", role))
                .post("/api/members").then().log().ifValidationFails().statusCode(201)
                .body("email", is(email)).body("role", is(role))
                .extract().path("id");
    }

    @Test
    void an_admin_invites_lists_changes_the_role_of_and_removes_a_member() {
        String email = "pat-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.example";
        String id = invite(alex, email, "shop_floor");
        given().auth().oauth2(alex).get("/api/members").then().statusCode(200)
                .body("email", hasItem(email)).body("email", hasItem("alex@acme.example"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("role", "shop_admin"))
                .put("/api/members/" + id + "/role").then().statusCode(200).body("role", is("shop_admin"));
        given().auth().oauth2(alex).delete("/api/members/" + id).then().statusCode(204);
        given().auth().oauth2(alex).get("/api/members").then().statusCode(200).body("email", not(hasItem(email)));

        // The audit trail (a @TenantId entity: no tenant filter in the query) shows it to acme, not to bluefin.
        given().auth().oauth2(alex).get("/api/audit").then().statusCode(200)
                .body("findAll { it.target == '" + email + "' }.action",
                        org.hamcrest.Matchers.hasItems("member.invited", "member.role_changed", "member.removed"))
                .body("actor", hasItem("alex@acme.example"));
        given().auth().oauth2(Tokens.accessToken("bea@bluefin.example")).get("/api/audit").then().statusCode(200)
                .body("target", not(hasItem(email)));
    }

    @Test
    void an_invited_member_sets_a_password_from_the_mail_and_logs_in_with_the_tenant_and_role() {
        String email = "newbie-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.example";
        invite(alex, email, "shop_floor");
        InvitationMail.setPassword(email, "Welcome-2-the-floor!");
        String token = Tokens.accessToken(app.routecard.platform.testing.TestStack.ensureUp(), "routecard-dev",
                email, "Welcome-2-the-floor!");
        var claims = Tokens.claims(token);
        Assertions.assertThat(claims.path("tenant").has("acme")).isTrue();
        Assertions.assertThat(claims.path("realm_access").path("roles").toString()).contains("shop_floor");
        given().auth().oauth2(token).get("/api/tenants/me").then().statusCode(200).body("slug", is("acme"));
    }

    @Test
    void another_tenants_members_do_not_exist_for_you() {
        String email = "hidden-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.example";
        String id = invite(alex, email, "shop_floor");
        String bea = Tokens.accessToken("bea@bluefin.example");
        CrossTenantMatrix.assertHiddenFrom(bea, List.of(
                Probe.put("/api/members/" + id + "/role", "{\"role\":\"shop_admin\"}"),
                Probe.delete("/api/members/" + id)));
        given().auth().oauth2(bea).get("/api/members").then().statusCode(200).body("email", not(hasItem(email)));
        // and the member is untouched
        given().auth().oauth2(alex).get("/api/members").then().body("email", hasItem(email));
    }

    @Test
    void shop_floor_users_cannot_manage_members() {
        String sam = Tokens.accessToken("sam@acme.example");
        given().auth().oauth2(sam).get("/api/members").then().statusCode(403);
        given().auth().oauth2(sam).contentType(ContentType.JSON)
                .body(Map.of("email", "x@acme.example", "firstName", "X", "lastName", "Y", "role", "shop_floor"))
                .post("/api/members").then().statusCode(403);
    }

    @Test
    void bad_invitations_are_400_naming_the_field() {
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("email", "x@acme.example", "firstName", "X", "lastName", "Y", "role", "buyer"))
                .post("/api/members").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("role"));
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("email", "x@acme.example", "firstName", "X", "lastName", "Y", "role", "king"))
                .post("/api/members").then().statusCode(400).body("errors.field", hasItem("role"));
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("email", "nope", "firstName", "X".repeat(10_000), "lastName", "Y", "role", "shop_floor"))
                .post("/api/members").then().statusCode(400)
                .body("errors.field", hasItem("email")).body("errors.field", hasItem("firstName"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("role", "queen"))
                .put("/api/members/" + UUID.randomUUID() + "/role").then().statusCode(400);
        given().auth().oauth2(alex).delete("/api/members/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(alex).queryParam("size", 0).get("/api/audit").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("size"));
        given().auth().oauth2(Tokens.accessToken("sam@acme.example")).get("/api/audit").then().statusCode(403);
    }

    @Test
    void a_person_of_another_organization_cannot_be_invited() {
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("email", "bea@bluefin.example", "firstName", "Bea", "lastName", "Brandt",
                        "role", "shop_floor"))
                .post("/api/members").then().statusCode(409).body("errors.field", hasItem("email"));
    }
}
