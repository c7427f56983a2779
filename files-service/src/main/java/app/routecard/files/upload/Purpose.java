package app.routecard.files.upload;

import java.util.Set;

/**
 * What a file is for, and so which content types it may have (detected from its bytes, never taken from the
 * client): drawings are PDFs, CAD exchange formats and images; proof of shipment is a PDF or a photo.
 */
public enum Purpose {
    DRAWING(Set.of("application/pdf", "model/step", "application/step", "model/iges", "model/vnd.dwg",
            "image/vnd.dwg", "application/acad", "image/vnd.dxf", "application/dxf", "image/png", "image/jpeg",
            "image/tiff", "image/webp", "image/gif"), "PDF, STEP, IGES, DWG, DXF or an image"),
    PROOF(Set.of("application/pdf", "image/png", "image/jpeg", "image/heic", "image/heif", "image/webp"),
            "PDF or a photo (JPEG, PNG, HEIC, WebP)");

    private final Set<String> contentTypes;
    private final String inWords;

    Purpose(Set<String> contentTypes, String inWords) {
        this.contentTypes = contentTypes;
        this.inWords = inWords;
    }

    /** The allowed types as a person names them. */
    public String inWords() {
        return inWords;
    }

    public boolean allows(String contentType) {
        return contentTypes.contains(contentType);
    }

    public Set<String> contentTypes() {
        return contentTypes;
    }
}
