package app.routecard.files.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** files-service's settings: where the bytes go, how large a file may be, how long a download link lives. */
@ConfigMapping(prefix = "routecard.files")
public interface FilesSettings {

    /** The bucket that holds every tenant's files, each under {@code tenants/{tenantId}/}. */
    String bucket();

    /** The largest file accepted, in bytes (a larger upload is refused with 413). */
    @WithDefault("104857600")
    long maxUploadBytes();

    /** How long a presigned download URL works; at most five minutes. */
    @WithDefault("PT5M")
    Duration downloadUrlValidity();

    /**
     * The object store's address as browsers reach it, for presigned URLs (defaults to the endpoint the service
     * itself uses; on AWS the regional endpoint).
     */
    Optional<URI> publicEndpoint();

    /** Staging objects and unfinished multipart uploads older than this are removed by the sweep. */
    @WithDefault("PT1H")
    Duration abandonedUploadAge();

    /** How often the sweep runs, as Quarkus' scheduler reads it ({@code 15m}; {@code off} turns it off). */
    @WithDefault("15m")
    String sweepInterval();
}
