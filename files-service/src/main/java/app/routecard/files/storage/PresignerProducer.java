package app.routecard.files.storage;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Signs download URLs for the address browsers use ({@code routecard.files.public-endpoint}), which may differ from
 * the one the service talks to (a dev stack published to a phone, a private endpoint in a cluster).
 */
@ApplicationScoped
public class PresignerProducer {

    private final S3Presigner presigner;

    public PresignerProducer(FilesSettings settings,
                             @ConfigProperty(name = "quarkus.s3.endpoint-override") Optional<URI> endpoint,
                             @ConfigProperty(name = "quarkus.s3.aws.region") String region,
                             @ConfigProperty(name = "quarkus.s3.path-style-access", defaultValue = "false")
                             boolean pathStyle,
                             @ConfigProperty(name = "quarkus.s3.aws.credentials.static-provider.access-key-id")
                             Optional<String> accessKey,
                             @ConfigProperty(name = "quarkus.s3.aws.credentials.static-provider.secret-access-key")
                             Optional<String> secretKey) {
        AwsCredentialsProvider credentials = accessKey.isPresent() && secretKey.isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey.get(), secretKey.get()))
                : DefaultCredentialsProvider.builder().build();
        S3Presigner.Builder builder = S3Presigner.builder().region(Region.of(region)).credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle).build());
        settings.publicEndpoint().or(() -> endpoint).ifPresent(builder::endpointOverride);
        this.presigner = builder.build();
    }

    S3Presigner presigner() {
        return presigner;
    }

    @PreDestroy
    void close() {
        presigner.close();
    }
}
