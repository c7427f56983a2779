package app.routecard.tenant.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import app.routecard.tenant.TestTenants;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "tenant-service"))
class TenantOperationsTest {

    private final String operator = TestTenants.operatorToken();

    @Test
    void operators_search_filter_and_page_tenants() {
        String marker = "Searchable " + UUID.randomUUID().toString().substring(0, 6);
        TestTenants.onboard("SHOP", marker + " One");
        TestTenants.onboard("SHOP", marker + " Two");
        TestTenants.onboard("BUYER", marker + " Three");
        given().auth().oauth2(operator).queryParam("q", marker.toLowerCase()).queryParam("kind", "SHOP")
                .queryParam("size", 1).queryParam("sort", "-name")
                .when().get("/api/tenants")
                .then().statusCode(200)
                .body("total", is(2)).body("items", hasSize(1)).body("items[0].name", is(marker + " Two"));
        given().auth().oauth2(operator).queryParam("q", marker.toLowerCase()).queryParam("page", 1)
                .queryParam("size", 2)
                .when().get("/api/tenants")
                .then().statusCode(200).body("total", is(3)).body("items", hasSize(1));
        given().auth().oauth2(operator).queryParam("size", 100).when().get("/api/tenants")
                .then().statusCode(200).body("items.size()", lessThanOrEqualTo(100))
                .body("total", greaterThanOrEqualTo(3));
    }

    @Test
    void suspend_and_reinstate_follow_the_rules() {
        String id = TestTenants.onboard("SHOP", "Suspendable Shop");
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(Map.of("reason", "Unpaid invoices"))
                .post("/api/tenants/" + id + "/suspend")
                .then().statusCode(200).body("status", is("SUSPENDED")).body("suspensionReason", is("Unpaid invoices"));
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/tenants/" + id + "/suspend")
                .then().statusCode(409).contentType("application/problem+json")
                .body("title", is("Refused by rule SuspendOnlyActiveTenants"))
                .body("detail", containsString("this one is suspended"));
        given().auth().oauth2(operator).queryParam("status", "SUSPENDED").get("/api/tenants")
                .then().statusCode(200).body("items.id", hasItem(id)).body("items.status", everyItem(is("SUSPENDED")));
        given().auth().oauth2(operator).post("/api/tenants/" + id + "/reinstate")
                .then().statusCode(200).body("status", is("ACTIVE"));
        given().auth().oauth2(operator).post("/api/tenants/" + id + "/reinstate")
                .then().statusCode(409).body("title", is("Refused by rule ReinstateOnlySuspendedTenants"));
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(Map.of())
                .post("/api/tenants/" + id + "/suspend")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
    }

    @Test
    void an_unknown_tenant_is_404_and_bad_paging_is_400_naming_the_parameter() {
        given().auth().oauth2(operator).get("/api/tenants/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(operator).queryParam("size", 0).get("/api/tenants")
                .then().statusCode(400).body("errors.field", hasItem("size"));
        given().auth().oauth2(operator).queryParam("sort", "password").get("/api/tenants")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        given().auth().oauth2(operator).queryParam("kind", "FACTORY").get("/api/tenants")
                .then().statusCode(org.hamcrest.Matchers.anyOf(is(400), is(404)));
    }

    @Test
    void a_tenant_admin_updates_its_own_profile_and_only_its_own() {
        String id = TestTenants.onboard("SHOP", "Profiled Shop");
        TestTenants.registerDemoTenants();
        String alex = Tokens.accessToken("alex@acme.example");
        given().auth().oauth2(alex).contentType(ContentType.JSON)
                .body(Map.of("timeZone", "Europe/Zurich", "locale", "de-CH", "contactPhone", "+41 44 123 45 67"))
                .patch("/api/tenants/me")
                .then().statusCode(200).body("slug", is("acme")).body("timeZone", is("Europe/Zurich"))
                .body("locale", is("de-CH"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("timeZone", "Mars/Olympus"))
                .patch("/api/tenants/me").then().statusCode(400).body("errors.field", hasItem("timeZone"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("brandColour", "#B45309"))
                .patch("/api/tenants/me").then().statusCode(200).body("brandColour", is("#b45309"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("brandColour", "orange"))
                .patch("/api/tenants/me").then().statusCode(400).body("errors.field", hasItem("brandColour"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("name", "x".repeat(10_000)))
                .patch("/api/tenants/me").then().statusCode(400).body("errors.field", hasItem("name"));
        given().auth().oauth2(Tokens.accessToken("sam@acme.example")).contentType(ContentType.JSON)
                .body(Map.of("locale", "fr")).patch("/api/tenants/me").then().statusCode(403);
        given().auth().oauth2(operator).get("/api/tenants/" + id).then().statusCode(200)
                .body("timeZone", is("UTC"));
    }

    @Test
    void other_roles_cannot_list_read_or_suspend_tenants() {
        String id = TestTenants.onboard("BUYER", "Protected Buyer");
        String shopAdmin = Tokens.accessToken("alex@acme.example");
        given().auth().oauth2(shopAdmin).get("/api/tenants").then().statusCode(403);
        // another tenant's record does not exist for them; their own does
        app.routecard.platform.testing.CrossTenantMatrix.assertHiddenFrom(shopAdmin,
                java.util.List.of(app.routecard.platform.testing.CrossTenantMatrix.Probe.get("/api/tenants/" + id)));
        given().auth().oauth2(shopAdmin).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/tenants/" + id + "/suspend").then().statusCode(403);
    }
}
