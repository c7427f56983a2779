package app.routecard.files.upload;

import java.util.Set;

/**
 * What a file is for, and so which content types it may have (detected from its bytes, never taken from the
 * client): drawings are PDFs, CAD exchange formats and images; proof of shipment is a PDF or a photo.
 */
public enum Purpose {
    DRAWING(Set.of("application/pdf", "model/step", "application/step", "model/iges", "model/vnd.dwg",
            "image/vnd.dwg", "application/acad", "image/vnd.dxf", "application/dxf", "image/png", "image/jpeg",
            "image/tiff", "image/webp", "image/gif")),
    PROOF(Set.of("application/pdf", "image/png", "image/jpeg", "image/heic", "image/heif", "image/webp"));

    private final Set<String> contentTypes;

    Purpose(Set<String> contentTypes) {
        this.contentTypes = contentTypes;
    }

    public boolean allows(String contentType) {
        return contentTypes.contains(contentType);
    }

    public Set<String> contentTypes() {
        return contentTypes;
    }
}
