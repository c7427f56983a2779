package app.routecard.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;

/**
 * Asserts that another tenant's objects do not exist for a caller: every listed request, made with the foreign
 * tenant's token against tenant A's object, answers 404 (never 200, and never 403, which would confirm it exists).
 */
public final class CrossTenantMatrix {

    public record Probe(String method, String path, String jsonBody) {
        public static Probe get(String path) {
            return new Probe("GET", path, null);
        }

        public static Probe put(String path, String jsonBody) {
            return new Probe("PUT", path, jsonBody);
        }

        public static Probe patch(String path, String jsonBody) {
            return new Probe("PATCH", path, jsonBody);
        }

        public static Probe post(String path, String jsonBody) {
            return new Probe("POST", path, jsonBody);
        }

        public static Probe delete(String path) {
            return new Probe("DELETE", path, null);
        }
    }

    private CrossTenantMatrix() {
    }

    /**
     * A list searched for exactly the other tenant's object (its number, in {@code query}) finds nothing. Looking
     * it up directly, rather than scanning one page of the caller's own list, means no page size or order can hide
     * a leak.
     */
    public static void assertNotFoundInList(String foreignToken, String listPath, java.util.Map<String, ?> query) {
        Response response = given().auth().oauth2(foreignToken).queryParams(query).get(listPath);
        assertThat(response.statusCode()).as("GET " + listPath + " " + query).isEqualTo(200);
        assertThat(response.jsonPath().getLong("total")).as("another tenant's object found by GET " + listPath
                + " " + query).isZero();
        assertThat(response.jsonPath().getList("items")).isEmpty();
    }

    public static void assertHiddenFrom(String foreignToken, List<Probe> probes) {
        List<String> leaks = new ArrayList<>();
        for (Probe probe : probes) {
            RequestSpecification request = given().auth().oauth2(foreignToken);
            if (probe.jsonBody() != null) {
                request = request.contentType(ContentType.JSON).body(probe.jsonBody());
            }
            Response response = request.request(probe.method(), probe.path());
            if (response.statusCode() != 404) {
                leaks.add(probe.method() + " " + probe.path() + " -> " + response.statusCode());
            }
        }
        assertThat(leaks).as("requests that did not answer 404 to another tenant").isEmpty();
    }
}
