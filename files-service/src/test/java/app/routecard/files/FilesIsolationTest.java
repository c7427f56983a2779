package app.routecard.files;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import app.routecard.platform.testing.CrossTenantMatrix;
import app.routecard.platform.testing.CrossTenantMatrix.Probe;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Another tenant's files do not exist for a caller: every endpoint answers 404, every list is empty. */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "files-service"))
class FilesIsolationTest {

    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String bea = Tokens.accessToken("bea@bluefin.example");

    @Test
    void bluefin_finds_nothing_of_acmes_files_by_any_endpoint() {
        UUID job = UUID.randomUUID();
        String file = FileFixture.upload(alex, "acme-secret.pdf", FileFixture.pdf(1000), Map.of("purpose",
                "DRAWING", "subjectType", "JOB", "subjectId", job)).then().statusCode(201).extract()
                .header("Location").replaceAll(".*/", "");
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("jobId", job))
                .post("/api/files/" + file + "/revisions/1/release").then().statusCode(200);
        String release = "{\"jobId\":\"" + job + "\"}";
        String attach = "{\"subjectType\":\"QUOTE\",\"subjectId\":\"" + UUID.randomUUID() + "\"}";
        CrossTenantMatrix.assertHiddenFrom(bea, List.of(
                Probe.get("/api/files/" + file),
                Probe.get("/api/files/" + file + "/downloads"),
                Probe.post("/api/files/" + file + "/revisions/1/download", null),
                Probe.post("/api/files/" + file + "/revisions/1/release", release),
                Probe.post("/api/files/" + file + "/archive", null),
                Probe.post("/api/files/" + file + "/attachments", attach)));
        FileFixture.multipart(bea, "overwrite.pdf", FileFixture.pdf(800)).post("/api/files/" + file + "/revisions")
                .then().statusCode(404);
        CrossTenantMatrix.assertNotFoundInList(bea, "/api/files", Map.of("subjectType", "JOB", "subjectId", job));
        CrossTenantMatrix.assertNotFoundInList(bea, "/api/files", Map.of("q", "acme-secret"));
        given().auth().oauth2(bea).get("/api/jobs/" + job + "/files").then().statusCode(200).body("size()", is(0));
        given().auth().oauth2(alex).get("/api/files/" + file).then().statusCode(200)
                .body("revisionCount", is(1)).body("archived", is(false)).body("subjects.size()", is(1));
        given().auth().oauth2(alex).get("/api/files/" + file + "/downloads").then().body("total", is(0));
    }
}
