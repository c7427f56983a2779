package app.routecard.job;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every write endpoint of job-service, fed what a careless or hostile client sends: a 4xx problem+json, never a
 * 500 (only an endpoint whose body is optional may accept a JSON null).
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "job-service"))
class BadInputSweepTest {

    private static final List<String> BODIES = List.of("{\"unterminated\": ", "[]", "42", "\"text\"", "null",
            "{\"quantity\": \"many\", \"dueDate\": \"someday\", \"lines\": {}, \"steps\": \"all\", \"files\": 7}",
            "{\"" + "k".repeat(2000) + "\": 1}");

    @Test
    void malformed_and_mistyped_bodies_on_every_write_endpoint_are_client_errors_with_a_problem_body() {
        String alex = Tokens.accessToken("alex@acme.example");
        JobFixture jobs = new JobFixture(alex);
        String job = jobs.create(5, LocalDate.now().plusDays(5));
        String any = UUID.randomUUID().toString();
        String base = "/api/jobs/" + job;
        List<String[]> endpoints = List.of(
                new String[] {"POST", "/api/jobs"}, new String[] {"PATCH", base}, new String[] {"POST", base + "/stage"},
                new String[] {"PUT", base + "/files"}, new String[] {"PUT", base + "/route"},
                new String[] {"POST", base + "/route/" + any + "/finish"}, new String[] {"POST", base + "/route/scan"},
                new String[] {"POST", base + "/route/" + any + "/skip"}, new String[] {"POST", base + "/blockers"},
                new String[] {"POST", base + "/blockers/" + any + "/resolve"},
                new String[] {"POST", base + "/inspections"}, new String[] {"POST", base + "/ncrs"},
                new String[] {"POST", base + "/ncrs/" + any + "/disposition"},
                new String[] {"POST", base + "/shipments"}, new String[] {"POST", base + "/shipments/" + any + "/delivered"},
                new String[] {"POST", base + "/share-links"}, new String[] {"PUT", base + "/customer-update"},
                new String[] {"POST", "/api/quotes"}, new String[] {"PUT", "/api/quotes/" + any},
                new String[] {"POST", "/api/quotes/" + any + "/accept"}, new String[] {"POST", "/api/quotes/" + any + "/decline"},
                new String[] {"POST", "/api/erp/production-orders"});
        List<String> failures = new ArrayList<>();
        for (String[] endpoint : endpoints) {
            for (String body : BODIES) {
                Response response = given().auth().oauth2(alex).contentType("application/json").body(body)
                        .request(endpoint[0], endpoint[1]);
                int status = response.statusCode();
                boolean problem = String.valueOf(response.contentType()).startsWith("application/problem+json");
                String text = response.asString();
                boolean optionalBodyLeftOut = "null".equals(body) && status < 300;
                if (status >= 500 || (status < 400 && !optionalBodyLeftOut) || (status >= 400 && !problem)
                        || text.contains("Exception") || text.contains("SQL")) {
                    failures.add(endpoint[0] + " " + endpoint[1] + " " + body.substring(0, Math.min(30, body.length()))
                            + " -> " + status + " " + response.contentType());
                }
            }
        }
        assertThat(failures).isEmpty();
        given().auth().oauth2(alex).contentType("application/json").body("{\"expiresInHour\": 5}")
                .post(base + "/share-links").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("expiresInHour"));
    }
}
