package app.routecard.files.revisions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import app.routecard.files.FileFixture;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "files-service"))
class ArchiveTest {

    private final String alex = Tokens.accessToken("alex@acme.example");

    @Test
    void archiving_keeps_the_bytes_a_job_was_released_with_and_removes_the_rest() {
        UUID job = UUID.randomUUID();
        String name = "HSG-" + UUID.randomUUID();
        String file = FileFixture.upload(alex, "housing.pdf", FileFixture.pdf(1500), Map.of("purpose", "DRAWING",
                "name", name)).then().statusCode(201).extract().header("Location").replaceAll(".*/", "");
        FileFixture.multipart(alex, "housing-b.pdf", FileFixture.pdf(1600)).post("/api/files/" + file + "/revisions")
                .then().statusCode(201);
        given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("jobId", job))
                .post("/api/files/" + file + "/revisions/1/release").then().statusCode(200);

        given().auth().oauth2(alex).post("/api/files/" + file + "/archive").then().statusCode(200)
                .body("archived", is(true)).body("revisions[0].available", is(true))
                .body("revisions[1].available", is(false));
        given().auth().oauth2(alex).post("/api/files/" + file + "/revisions/1/download").then().statusCode(200);
        given().auth().oauth2(alex).post("/api/files/" + file + "/revisions/2/download").then().statusCode(404);
        given().auth().oauth2(alex).queryParam("q", name).get("/api/files").then().body("total", is(0));
        given().auth().oauth2(alex).queryParams(Map.of("q", name, "archived", true)).get("/api/files").then()
                .body("total", is(1));
        FileFixture.multipart(alex, "housing-c.pdf", FileFixture.pdf(1700)).post("/api/files/" + file + "/revisions")
                .then().statusCode(409).body("title", is("Refused by rule NoRevisionsOfArchivedFiles"));
        given().auth().oauth2(alex).get("/api/jobs/" + job + "/files").then().body("[0].revision", is("A"));
    }
}
