package app.routecard.files.upload;

import static app.routecard.files.FileFixture.multipart;
import static app.routecard.files.FileFixture.upload;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import app.routecard.files.FileFixture;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "files-service"))
class UploadTest {

    private final String alex = Tokens.accessToken("alex@acme.example");
    private final String sam = Tokens.accessToken("sam@acme.example");

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static byte[] fetch(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("GET " + url).isEqualTo(200);
        return response.body();
    }

    private Response release(String file, int number, UUID job) {
        return given().auth().oauth2(alex).contentType(ContentType.JSON).body(Map.of("jobId", job))
                .post("/api/files/" + file + "/revisions/" + number + "/release");
    }

    @Test
    void a_drawing_is_stored_measured_and_hashed_and_downloads_byte_identical_through_a_short_lived_link()
            throws Exception {
        byte[] pdf = FileFixture.pdf(300_000);
        UUID job = UUID.randomUUID();
        Response created = upload(alex, "BRKT-1001.pdf", pdf, Map.of("purpose", "DRAWING", "name",
                "BRKT-1001 drawing", "subjectType", "JOB", "subjectId", job, "sha256", sha256(pdf)));
        created.then().statusCode(201).body("revision", is("A")).body("number", is(1))
                .body("contentType", is("application/pdf")).body("sizeBytes", is(pdf.length))
                .body("sha256", is(sha256(pdf))).body("originalName", is("BRKT-1001.pdf"));
        String file = created.header("Location").replaceAll(".*/", "");
        given().auth().oauth2(sam).queryParams(Map.of("subjectType", "JOB", "subjectId", job)).get("/api/files")
                .then().statusCode(200).body("total", is(1)).body("items[0].name", is("BRKT-1001 drawing"))
                .body("items[0].latestRevision", is("A"));

        Response link = given().auth().oauth2(sam).post("/api/files/" + file + "/revisions/1/download");
        link.then().statusCode(200).body("fileName", is("BRKT-1001.pdf")).body("sha256", is(sha256(pdf)));
        java.time.OffsetDateTime expires = java.time.OffsetDateTime.parse(link.path("expiresAt"));
        assertThat(expires).isBefore(java.time.OffsetDateTime.now().plusMinutes(5).plusSeconds(5));
        byte[] downloaded = fetch(link.path("url"));
        assertThat(sha256(downloaded)).as("byte-identical").isEqualTo(sha256(pdf));

        given().auth().oauth2(alex).get("/api/files/" + file + "/downloads").then().statusCode(200)
                .body("total", is(1)).body("items[0].downloadedBy", is("sam@acme.example"))
                .body("items[0].revision", is("A"));
        given().auth().oauth2(sam).get("/api/files/" + file + "/downloads").then().statusCode(403);
    }

    @Test
    void revisions_count_on_and_releasing_b_for_a_job_supersedes_a() {
        UUID job = UUID.randomUUID();
        String file = upload(alex, "bracket.step", FileFixture.step(), Map.of("purpose", "DRAWING"))
                .then().statusCode(201).body("contentType", is("model/step")).extract().header("Location")
                .replaceAll(".*/", "");
        multipart(alex, "bracket-rev-b.pdf", FileFixture.pdf(2000)).post("/api/files/" + file + "/revisions")
                .then().statusCode(201).body("revision", is("B")).body("number", is(2));
        release(file, 1, job).then().log().ifValidationFails().statusCode(200).body("revision", is("A")).body("current", is(true));
        release(file, 1, job).then().statusCode(409).body("title", is("Refused by rule ReleaseOnce"));
        release(file, 2, job).then().statusCode(200).body("revision", is("B"));
        release(file, 1, job).then().statusCode(409).body("title", is("Refused by rule NoReleaseOfOlderRevisions"));
        given().auth().oauth2(sam).get("/api/jobs/" + job + "/files").then().statusCode(200)
                .body("size()", is(1)).body("[0].revision", is("B")).body("[0].name", is("bracket.step"));
        given().auth().oauth2(alex).queryParam("current", false).get("/api/jobs/" + job + "/files").then()
                .body("size()", is(2)).body("[1].revision", is("A")).body("[1].current", is(false));
        given().auth().oauth2(alex).get("/api/files/" + file).then().body("releases.revision", hasItem("A"))
                .body("subjects[0].type", is("JOB"));
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(Map.of("jobId", job))
                .post("/api/files/" + file + "/revisions/2/release").then().statusCode(403);
    }

    @Test
    void client_names_are_neutralized_and_never_trusted() {
        record Case(String sent, String kept) {
        }
        for (Case name : new Case[]{new Case("../../etc/passwd.pdf", "passwd.pdf"),
                new Case("C:\\\\drawings\\\\shaft.pdf", "shaft.pdf"),
                new Case("bell\u0007and\nnewline.pdf", "belland newline.pdf"),
                new Case("...", "file"),
                new Case("x".repeat(400) + ".pdf", "x".repeat(115) + "….pdf")}) {
            upload(alex, name.sent(), FileFixture.pdf(500), Map.of("purpose", "DRAWING")).then().statusCode(201)
                    .body("originalName", is(name.kept()));
        }
    }

    @Test
    void bad_uploads_are_refused_with_problem_json_naming_the_part() {
        upload(alex, "drawing.pdf", FileFixture.exe(), Map.of("purpose", "DRAWING")).then().statusCode(415)
                .contentType("application/problem+json").body("errors[0].field", is("file"))
                .body("detail", startsWith("The file's content is application/x-msdownload"));
        upload(alex, "part.step", "just some text\n".getBytes(), Map.of("purpose", "DRAWING")).then()
                .statusCode(415).body("errors[0].message", is("is text/plain"));
        upload(alex, "photo.png", FileFixture.step(), Map.of("purpose", "PROOF")).then().statusCode(415);
        upload(alex, "big.pdf", FileFixture.pdf(3 * 1024 * 1024), Map.of("purpose", "DRAWING")).then()
                .statusCode(413).contentType("application/problem+json").body("errors[0].field", is("file"));
        given().auth().oauth2(alex).multiPart("note", "no file here").queryParam("purpose", "DRAWING")
                .post("/api/files").then().statusCode(400).body("errors[0].field", is("file"));
        upload(alex, "a.pdf", FileFixture.pdf(500), Map.of()).then().statusCode(400)
                .body("errors[0].field", is("purpose"));
        upload(alex, "a.pdf", FileFixture.pdf(500), Map.of("purpose", "DRAWING", "sha256", "0".repeat(64)))
                .then().statusCode(400).body("errors[0].field", is("sha256"));
        given().auth().oauth2(alex).contentType(ContentType.JSON).body("{}").queryParam("purpose", "DRAWING")
                .post("/api/files").then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(alex).queryParams(Map.of("purpose", "DRAWING", "subjectType", "JOB"))
                .multiPart("file", "a.pdf", FileFixture.pdf(500)).post("/api/files").then().statusCode(400)
                .body("errors[0].field", is("subjectId"));
    }
}
