package app.routecard.files.upload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.files.FileFixture;
import app.routecard.files.storage.FilesSettings;
import app.routecard.files.storage.UploadSweeper;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "files-service"))
class SweepTest {

    private final String alex = Tokens.accessToken("alex@acme.example");

    @Inject
    S3Client s3;

    @Inject
    FilesSettings settings;

    @Inject
    UploadSweeper sweeper;

    private boolean exists(String key) {
        return s3.listObjectsV2(request -> request.bucket(settings.bucket()).prefix(key)).contents().stream()
                .anyMatch(object -> object.key().equals(key));
    }

    @Test
    void what_a_crashed_upload_leaves_is_swept_and_stored_revisions_stay() {
        String tenant = given().auth().oauth2(alex).get("/api/whoami").then().extract().path("tenant.id");
        String prefix = "tenants/" + tenant + "/";
        String unfinishedKey = prefix + "staging/" + UUID.randomUUID();
        String unfinished = s3.createMultipartUpload(request -> request.bucket(settings.bucket())
                .key(unfinishedKey)).uploadId();
        String staged = prefix + "staging/" + UUID.randomUUID();
        s3.putObject(request -> request.bucket(settings.bucket()).key(staged), RequestBody.fromString("half"));
        String orphan = prefix + "files/" + UUID.randomUUID() + "/rev/1";
        s3.putObject(request -> request.bucket(settings.bucket()).key(orphan), RequestBody.fromString("no row"));
        String file = FileFixture.upload(alex, "kept.pdf", FileFixture.pdf(900), Map.of("purpose", "DRAWING"))
                .then().statusCode(201).extract().header("Location").replaceAll(".*/", "");
        String kept = prefix + "files/" + file + "/rev/1";
        assertThat(exists(kept)).isTrue();

        sweeper.sweep(Instant.now().minusSeconds(3600));
        assertThat(exists(staged)).as("younger than the cutoff: maybe still in flight").isTrue();

        UploadSweeper.Swept swept = sweeper.sweep(Instant.now().plusSeconds(5));
        assertThat(swept.unfinishedUploads()).isGreaterThanOrEqualTo(1);
        assertThat(swept.stagingObjects()).isGreaterThanOrEqualTo(1);
        assertThat(swept.orphanObjects()).isGreaterThanOrEqualTo(1);
        assertThat(s3.listMultipartUploads(request -> request.bucket(settings.bucket())).uploads())
                .noneMatch(upload -> upload.uploadId().equals(unfinished));
        assertThat(exists(staged)).isFalse();
        assertThat(exists(orphan)).isFalse();
        assertThat(exists(kept)).as("a revision's bytes stay").isTrue();
        given().auth().oauth2(alex).post("/api/files/" + file + "/revisions/1/download").then().statusCode(200);
    }
}
