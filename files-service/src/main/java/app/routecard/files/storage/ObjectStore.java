package app.routecard.files.storage;

import app.routecard.files.upload.ContentDetector;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The bytes of every tenant's files in one bucket, under {@code tenants/{tenantId}/…}. An upload is streamed
 * into a staging object in parts of {@value #PART_SIZE} bytes (S3 multipart upload: the service holds one part at a
 * time, whatever the file's size), measured and hashed on the way, then promoted to its revision's key once the
 * metadata is written. Any failure of the object store is {@link StorageUnavailable}.
 */
@ApplicationScoped
public class ObjectStore {

    /** S3's smallest part but the last is 5 MiB; 8 MiB keeps the part count of a large file low. */
    public static final int PART_SIZE = 8 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(ObjectStore.class);

    private final S3Client s3;
    private final S3Presigner presigner;
    private final FilesSettings settings;

    public ObjectStore(S3Client s3, PresignerProducer presigners, FilesSettings settings) {
        this.s3 = s3;
        this.presigner = presigners.presigner();
        this.settings = settings;
    }

    /** What was stored: its staging key, exact size, SHA-256 (hex) and the content type its first bytes show. */
    public record Staged(String key, long size, String sha256, String contentType) {
    }

    /**
     * Streams {@code bytes} into {@code key}. {@code accept} sees the detected content type after the first
     * {@link ContentDetector#HEAD_BYTES} and may refuse by throwing, before anything is stored; more than
     * {@code maxBytes} throws {@link TooLarge}. Whatever goes wrong, no object and no part is left behind.
     */
    public Staged stage(String key, InputStream bytes, long maxBytes, Consumer<String> accept) {
        MessageDigest sha256 = sha256();
        byte[] part = new byte[PART_SIZE];
        int filled;
        try {
            filled = bytes.readNBytes(part, 0, ContentDetector.HEAD_BYTES);
        } catch (IOException e) {
            throw new UploadInterrupted(e);
        }
        String contentType = ContentDetector.detect(part, filled);
        accept.accept(contentType);
        String uploadId = call(() -> s3.createMultipartUpload(request -> request.bucket(settings.bucket()).key(key)
                .contentType(contentType)).uploadId());
        List<CompletedPart> parts = new ArrayList<>();
        long size = 0;
        try {
            boolean end = false;
            while (!end) {
                int read = bytes.readNBytes(part, filled, PART_SIZE - filled);
                filled += read;
                end = filled < PART_SIZE;
                if (filled == 0 && !parts.isEmpty()) {
                    break;
                }
                size += filled;
                if (size > maxBytes) {
                    throw new TooLarge(maxBytes);
                }
                sha256.update(part, 0, filled);
                int number = parts.size() + 1;
                int length = filled;
                String etag = call(() -> s3.uploadPart(request -> request.bucket(settings.bucket()).key(key)
                        .uploadId(uploadId).partNumber(number).contentLength((long) length),
                        RequestBody.fromInputStream(new java.io.ByteArrayInputStream(part, 0, length), length))
                        .eTag());
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                filled = 0;
            }
            call(() -> s3.completeMultipartUpload(request -> request.bucket(settings.bucket()).key(key)
                    .uploadId(uploadId).multipartUpload(upload -> upload.parts(parts))));
        } catch (IOException e) {
            abort(key, uploadId);
            throw new UploadInterrupted(e);
        } catch (RuntimeException e) {
            abort(key, uploadId);
            throw e;
        }
        long stored = call(() -> s3.headObject(request -> request.bucket(settings.bucket()).key(key))
                .contentLength());
        if (stored != size) {
            delete(key);
            throw new StorageUnavailable("the object store kept " + stored + " of " + size + " bytes", null);
        }
        return new Staged(key, size, HexFormat.of().formatHex(sha256.digest()), contentType);
    }

    /** Moves a staged object to its final key (a copy inside the object store, then the staging object goes). */
    public void promote(String stagingKey, String finalKey) {
        call(() -> s3.copyObject(request -> request.sourceBucket(settings.bucket()).sourceKey(stagingKey)
                .destinationBucket(settings.bucket()).destinationKey(finalKey)));
    }

    public void delete(String key) {
        try {
            s3.deleteObject(request -> request.bucket(settings.bucket()).key(key));
        } catch (SdkException e) {
            LOG.warnf("Could not delete %s now (%s); the sweep removes it later", key, e.getClass().getSimpleName());
        }
    }

    /**
     * A URL that downloads the object for {@code validity} (at most five minutes) with the given file name and
     * content type, signed for the address browsers reach the object store by.
     */
    public URI presignDownload(String key, String contentDisposition, String contentType, Duration validity) {
        return call(() -> URI.create(presigner.presignGetObject(presign -> presign.signatureDuration(validity)
                .getObjectRequest(get -> get.bucket(settings.bucket()).key(key)
                        .responseContentDisposition(contentDisposition).responseContentType(contentType)))
                .url().toString()));
    }

    /** Objects under a prefix (for the sweep), with their age. */
    public List<S3Object> list(String prefix) {
        return call(() -> s3.listObjectsV2Paginator(request -> request.bucket(settings.bucket()).prefix(prefix))
                .contents().stream().toList());
    }

    /** Multipart uploads never completed nor aborted (a crashed upload), for the sweep. */
    public List<software.amazon.awssdk.services.s3.model.MultipartUpload> unfinishedUploads() {
        return call(() -> s3.listMultipartUploads(request -> request.bucket(settings.bucket())).uploads());
    }

    public void abort(String key, String uploadId) {
        try {
            s3.abortMultipartUpload(request -> request.bucket(settings.bucket()).key(key).uploadId(uploadId));
        } catch (SdkException e) {
            LOG.warnf("Could not abort the upload of %s now (%s); the sweep aborts it later", key,
                    e.getClass().getSimpleName());
        }
    }

    private static <T> T call(java.util.function.Supplier<T> operation) {
        try {
            return operation.get();
        } catch (SdkException | java.io.UncheckedIOException e) {
            // The SDK's URL-connection client reports a connection the object store drops mid-request (it stopped
            // while a part was being sent) as an UncheckedIOException, not an SdkException: the same outage.
            throw new StorageUnavailable("the object store is not answering", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** More bytes than the configured maximum: 413. */
    public static class TooLarge extends RuntimeException {
        private final long maxBytes;

        public TooLarge(long maxBytes) {
            super("larger than " + maxBytes + " bytes", null, false, false);
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }

    /** The client stopped sending before the file ended. */
    public static class UploadInterrupted extends RuntimeException {
        public UploadInterrupted(IOException cause) {
            super("the upload ended before the file did", cause);
        }
    }
}
