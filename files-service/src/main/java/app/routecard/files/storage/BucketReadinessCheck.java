package app.routecard.files.storage;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/** Ready only while the object store answers for the bucket that holds every tenant's files. */
@Readiness
@ApplicationScoped
public class BucketReadinessCheck implements HealthCheck {

    private final S3Client s3;
    private final String bucket;

    public BucketReadinessCheck(S3Client s3, @ConfigProperty(name = "routecard.files.bucket") String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            s3.headBucket(request -> request.bucket(bucket));
            return HealthCheckResponse.named("object-store").up().withData("bucket", bucket).build();
        } catch (SdkException e) {
            return HealthCheckResponse.named("object-store").down().withData("bucket", bucket)
                    .withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
