package app.routecard.tenant;

import static io.restassured.RestAssured.given;

import app.routecard.platform.testing.Tokens;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;

/** Onboards tenants through the real API for tests. */
public final class TestTenants {

    private TestTenants() {
    }

    public static String operatorToken() {
        return Tokens.accessToken("olivia@routecard.example");
    }

    /** Registers the demo tenants (idempotent), as ./routecard up does. */
    public static void registerDemoTenants() {
        for (app.routecard.devstack.DemoTenants.DemoTenant tenant : app.routecard.devstack.DemoTenants.ALL) {
            given().auth().oauth2(operatorToken()).contentType(ContentType.JSON)
                    .body(Map.of("name", tenant.name(), "kind", tenant.kind(), "slug", tenant.slug(),
                            "adminEmail", tenant.adminEmail(), "adminFirstName", tenant.adminFirstName(),
                            "adminLastName", tenant.adminLastName()))
                    .post("/api/tenants").then().statusCode(org.hamcrest.Matchers.anyOf(
                            org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        }
    }

    /** Onboards a new tenant with a unique slug; returns its id. */
    public static String onboard(String kind, String name) {
        String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
        return given().auth().oauth2(operatorToken()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", kind, "slug", slug, "adminEmail", "owner@" + slug + ".example",
                        "adminFirstName", "Ada", "adminLastName", "Admin"))
                .post("/api/tenants").then().statusCode(201).extract().path("id");
    }
}
