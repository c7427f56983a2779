package app.routecard.files;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever a client sends to files-service's JSON endpoints and parameters: a 4xx problem, never a 500. */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class,
        initArgs = @ResourceArg(name = "service", value = "files-service"))
class FilesBadInputTest {

    private final String alex = Tokens.accessToken("alex@acme.example");

    private static final List<String> BODIES = List.of("{not json", "null", "[]", "{}", "{\"jobId\":\"nope\"}",
            "{\"jobId\":42}", "{\"subjectType\":\"PLANET\",\"subjectId\":\"x\"}",
            "{\"granteeTenantId\":null,\"expiresAt\":\"tomorrow\"}", "{\"" + "k".repeat(5000) + "\":1}",
            "{\"jobId\":\"00000000-0000-0000-0000-000000000000\",\"unknown\":true}");

    private void assertProblem(Response response, String what, List<String> failures) {
        int status = response.statusCode();
        String body = response.asString();
        if (status < 400 || status >= 500 || !String.valueOf(response.contentType()).startsWith(
                "application/problem+json") || body.contains("Exception") || body.contains("\tat ")) {
            failures.add(what + " -> " + status + " " + response.contentType() + " "
                    + body.substring(0, Math.min(300, body.length())));
        }
    }

    @Test
    void broken_bodies_and_parameters_are_4xx_problems_never_500() {
        String file = FileFixture.upload(alex, "sweep.pdf", FileFixture.pdf(700), Map.of("purpose", "DRAWING"))
                .then().statusCode(201).extract().header("Location").replaceAll(".*/", "");
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/api/files/" + file + "/revisions/1/release", "/api/files/" + file
                + "/attachments", "/api/grants")) {
            for (String body : BODIES) {
                assertProblem(given().auth().oauth2(alex).contentType(ContentType.JSON).body(body).post(path),
                        "POST " + path + " " + body.substring(0, Math.min(60, body.length())), failures);
            }
        }
        for (String query : List.of("purpose=NOPE", "subjectType=PLANET&subjectId=x", "page=ten", "size=0",
                "size=100000", "order=sideways", "archived=maybe", "q=" + "x".repeat(200))) {
            assertProblem(given().auth().oauth2(alex).get("/api/files?" + query), "GET /api/files?" + query,
                    failures);
        }
        for (String path : List.of("/api/files/not-a-uuid", "/api/files/" + file + "/revisions/abc/download",
                "/api/files/" + file + "/revisions/0/download", "/api/files/" + file + "/revisions/2/download",
                "/api/granted-files/not-a-uuid", "/api/grants/not-a-uuid/revoke")) {
            Response response = path.endsWith("uuid") && !path.contains("grants")
                    ? given().auth().oauth2(alex).get(path) : given().auth().oauth2(alex).post(path);
            assertProblem(response, path, failures);
        }
        assertProblem(given().auth().oauth2(alex).get("/api/jobs/not-a-uuid/files"), "job files", failures);
        assertProblem(given().auth().oauth2(alex).get("/api/jobs/" + java.util.UUID.randomUUID()
                + "/files?current=maybe"), "job files current=maybe", failures);
        assertThat(failures).isEmpty();
    }
}
