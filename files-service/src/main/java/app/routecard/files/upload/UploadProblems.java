package app.routecard.files.upload;

import app.routecard.files.storage.ObjectStore;
import app.routecard.files.storage.StorageUnavailable;
import app.routecard.platform.service.problem.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How an upload fails, as problem+json naming what to change; never a 500 for anything a client sends. */
public class UploadProblems {

    private static final Logger LOG = Logger.getLogger(UploadProblems.class);

    @ServerExceptionMapper
    public Response tooLarge(ObjectStore.TooLarge tooLarge) {
        return Problem.forField(413, "File too large", "The file is larger than the maximum of "
                + megabytes(tooLarge.maxBytes()) + " (" + tooLarge.maxBytes() + " bytes)", MultipartFile.FILE_FIELD, "is larger than " + tooLarge.maxBytes()
                + " bytes").toResponse();
    }

    /** 104857600 → "100 MB", 2097152 → "2 MB", as a person reads a limit. */
    static String megabytes(long bytes) {
        java.math.BigDecimal mb = java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024),
                1, java.math.RoundingMode.DOWN).stripTrailingZeros();
        return mb.toPlainString() + " MB";
    }

    @ServerExceptionMapper
    public Response unsupported(UploadService.UnsupportedType unsupported) {
        return Problem.forField(415, "Unsupported file type", "The file's content is " + unsupported.contentType()
                        + ", which a " + unsupported.purpose().name().toLowerCase(java.util.Locale.ROOT)
                        + " cannot be: send a " + unsupported.purpose().inWords() + " (accepted: " + String.join(
                                ", ", new java.util.TreeSet<>(unsupported.purpose().contentTypes())) + ")",
                MultipartFile.FILE_FIELD, "is " + unsupported.contentType()).toResponse();
    }

    @ServerExceptionMapper
    public Response interrupted(ObjectStore.UploadInterrupted interrupted) {
        return Problem.forField(400, "Upload incomplete", "The request ended before the file did; nothing was"
                + " stored", MultipartFile.FILE_FIELD, "ended early").toResponse();
    }

    @ServerExceptionMapper
    public Response storageDown(StorageUnavailable unavailable) {
        Throwable cause = unavailable.getCause();
        LOG.warnf("Object store unavailable: %s (%s)", unavailable.getMessage(),
                cause == null ? "no cause" : cause.getClass().getName() + ": " + cause.getMessage());
        return Response.fromResponse(Problem.of(503, "Storage unavailable",
                        "The file store is not answering; nothing was stored. Try again in a minute.").toResponse())
                .header("Retry-After", "30").build();
    }
}
