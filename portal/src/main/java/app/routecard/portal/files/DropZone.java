package app.routecard.portal.files;

import java.util.UUID;

/**
 * A place on a page to drop files on (tag {@code dropzone}): where the portal sends them, where the page goes once
 * they are stored, and what it says. Uploads go through {@link UploadRoute}.
 */
public record DropZone(String id, String label, String upload, String after, String accepted, boolean multiple) {

    private static final String DRAWING_TYPES = "PDF, STEP, IGES, DXF, DWG or an image";
    private static final String PROOF_TYPES = "PDF or a photo";

    /** Drawings for a job: each dropped file becomes a new file on the job, revision A. */
    public static DropZone drawingsFor(UUID jobId) {
        return new DropZone("drawings", "Add drawings to this job", "/uploads?purpose=DRAWING&subjectType=JOB"
                + "&subjectId=" + jobId, "/jobs/" + jobId + "?done=uploaded#files", DRAWING_TYPES, true);
    }

    /** An RFQ's drawings, which the suppliers it is routed to will read. */
    public static DropZone drawingsForRfq(UUID rfqId) {
        return new DropZone("rfq-drawings", "Add drawings to this RFQ", "/uploads?purpose=DRAWING&subjectType=RFQ"
                + "&subjectId=" + rfqId, "/rfqs/" + rfqId + "?done=uploaded#drawings", DRAWING_TYPES, true);
    }

    /** Proof of a shipment (a signed delivery note, photos of the packed parts). */
    public static DropZone proofFor(UUID jobId, UUID shipmentId, int sequence) {
        return new DropZone("proof-" + sequence, "Add proof to shipment #" + sequence, "/uploads?purpose=PROOF"
                + "&subjectType=SHIPMENT&subjectId=" + shipmentId, "/jobs/" + jobId + "?done=proof#shipping",
                PROOF_TYPES, true);
    }

    /** The next revision of a file. */
    public static DropZone nextRevisionOf(FileViews.File file) {
        return new DropZone("revision", "Upload the next revision", "/uploads?fileId=" + file.id(), "/files/"
                + file.id() + "?done=uploaded", "PROOF".equals(file.purpose()) ? PROOF_TYPES : DRAWING_TYPES, false);
    }
}
