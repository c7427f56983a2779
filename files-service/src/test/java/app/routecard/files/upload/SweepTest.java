package app.routecard.files.upload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.files.FileFixture;
import app.routecard.files.storage.FilesSettings;
import app.routecard.files.storage.UploadSweeper;
import app.routecard.platform.service.replicas.ExclusiveRuns;
import app.routecard.platform.service.replicas.ReplicaLock;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.ReplicaRace;
import app.routecard.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @Inject
    ExclusiveRuns runs;

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

    @Test
    void while_one_replica_sweeps_another_skips_and_two_sweeping_at_once_remove_each_object_once() {
        String tenant = given().auth().oauth2(alex).get("/api/whoami").then().extract().path("tenant.id");
        String prefix = "tenants/" + tenant + "/files/";
        try (ReplicaLock otherReplica = runs.lock("routecard files upload sweep")) {
            assertThat(otherReplica.hold()).as("the other replica is sweeping").isTrue();
            assertThat(sweeper.sweepAlone(Instant.now().plusSeconds(5))).as("this one skips its run").isEmpty();
        }
        sweeper.sweep(Instant.now().plusSeconds(1)); // whatever an earlier test left
        List<String> orphans = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String orphan = prefix + UUID.randomUUID() + "/rev/1";
            s3.putObject(request -> request.bucket(settings.bucket()).key(orphan), RequestBody.fromString("no row"));
            orphans.add(orphan);
        }

        List<Optional<UploadSweeper.Swept>> sweeps = ReplicaRace.run(2,
                () -> sweeper.sweepAlone(Instant.now().plusSeconds(5)));

        assertThat(sweeps.stream().flatMap(Optional::stream).mapToInt(UploadSweeper.Swept::orphanObjects).sum())
                .as("orphans removed by the two replicas together: " + sweeps).isEqualTo(orphans.size());
        assertThat(orphans).noneMatch(this::exists);
    }
}
