package app.routecard.files.storage;

import app.routecard.platform.service.replicas.ExclusiveRuns;
import app.routecard.platform.tenancy.TenantTransactions;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Removes what an upload that never completed can leave in the object store (the service crashed, the client
 * went away): multipart uploads never completed nor aborted, staging objects, and revision objects without a
 * revision row (a crash between the copy and the commit). Only what is older than
 * {@link FilesSettings#abandonedUploadAge()} goes, so uploads in flight are never touched. One replica sweeps at a
 * time ({@link ExclusiveRuns}), so two never list and delete the same objects.
 */
@ApplicationScoped
public class UploadSweeper {

    private static final Logger LOG = Logger.getLogger(UploadSweeper.class);

    private final S3Client s3;
    private final ObjectStore store;
    private final FilesSettings settings;
    private final EntityManager entities;
    private final ExclusiveRuns runs;

    public UploadSweeper(S3Client s3, ObjectStore store, FilesSettings settings, EntityManager entities,
                         ExclusiveRuns runs) {
        this.s3 = s3;
        this.store = store;
        this.settings = settings;
        this.entities = entities;
        this.runs = runs;
    }

    /** What one sweep removed. */
    public record Swept(int unfinishedUploads, int stagingObjects, int orphanObjects) {
    }

    @Scheduled(every = "${routecard.files.sweep-interval:15m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            sweepAlone(Instant.now().minus(settings.abandonedUploadAge())).ifPresent(swept -> {
                if (swept.unfinishedUploads() + swept.stagingObjects() + swept.orphanObjects() > 0) {
                    LOG.infof("Swept abandoned uploads: %s", swept);
                }
            });
        } catch (StorageUnavailable | SdkException e) {
            LOG.warnf("The sweep could not reach the object store; it runs again later: %s", e.getMessage());
        }
    }

    /** {@link #sweep} unless another replica sweeps now: then nothing (this run is skipped). */
    public Optional<Swept> sweepAlone(Instant cutoff) {
        return runs.callAlone("routecard files upload sweep", () -> sweep(cutoff));
    }

    /** Removes everything abandoned before {@code cutoff}. */
    public Swept sweep(Instant cutoff) {
        int unfinished = 0;
        for (MultipartUpload upload : store.unfinishedUploads()) {
            if (upload.initiated() != null && upload.initiated().isBefore(cutoff)) {
                store.abort(upload.key(), upload.uploadId());
                unfinished++;
            }
        }
        int staging = 0;
        int orphans = 0;
        for (String tenantPrefix : tenantPrefixes()) {
            for (S3Object object : store.list(tenantPrefix + "staging/")) {
                if (object.lastModified().isBefore(cutoff)) {
                    store.delete(object.key());
                    staging++;
                }
            }
            List<String> old = store.list(tenantPrefix + "files/").stream()
                    .filter(object -> object.lastModified().isBefore(cutoff)).map(S3Object::key).toList();
            Set<String> known = knownKeys(old);
            for (String key : old) {
                if (!known.contains(key)) {
                    store.delete(key);
                    orphans++;
                }
            }
        }
        return new Swept(unfinished, staging, orphans);
    }

    private List<String> tenantPrefixes() {
        List<String> prefixes = new ArrayList<>();
        try {
            s3.listObjectsV2Paginator(request -> request.bucket(settings.bucket()).prefix("tenants/").delimiter("/"))
                    .commonPrefixes().stream().map(CommonPrefix::prefix).forEach(prefixes::add);
        } catch (SdkException e) {
            throw new StorageUnavailable("the object store is not answering", e);
        }
        return prefixes;
    }

    @SuppressWarnings("unchecked")
    private Set<String> knownKeys(List<String> keys) {
        Set<String> known = new HashSet<>();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + 500));
            known.addAll(TenantTransactions.allTenants("the sweep looks up which objects belong to a revision",
                    () -> (List<String>) entities.createNativeQuery(
                                    "select object_key from file_revision where object_key in (:keys)")
                            .setParameter("keys", batch).getResultList()));
        }
        return known;
    }
}
