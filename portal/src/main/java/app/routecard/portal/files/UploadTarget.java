package app.routecard.portal.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where an upload from the browser goes in files-service, read from the portal's upload address: a file's next
 * revision ({@code ?fileId=}) or a new file ({@code ?purpose=&subjectType=&subjectId=}). Only these parameters
 * pass, each encoded; files-service judges their values and names the one it refuses. Plain Java.
 */
public record UploadTarget(String path) {

    private static final Pattern WORD = Pattern.compile("[A-Z_]{1,20}");

    /** The files-service path and query for these portal query parameters, or why there is none. */
    public static Optional<UploadTarget> of(Map<String, String> query) {
        String fileId = query.get("fileId");
        if (fileId != null) {
            return uuid(fileId).map(id -> new UploadTarget("/api/files/" + id + "/revisions"));
        }
        String purpose = query.get("purpose");
        if (purpose == null || !WORD.matcher(purpose).matches()) {
            return Optional.empty();
        }
        StringBuilder path = new StringBuilder("/api/files?purpose=").append(purpose);
        String subjectType = query.get("subjectType");
        String subjectId = query.get("subjectId");
        if (subjectType != null || subjectId != null) {
            if (subjectType == null || !WORD.matcher(subjectType).matches() || subjectId == null
                    || uuid(subjectId).isEmpty()) {
                return Optional.empty();
            }
            path.append("&subjectType=").append(subjectType).append("&subjectId=").append(subjectId);
        }
        String name = query.get("name");
        if (name != null && !name.isBlank()) {
            path.append("&name=").append(URLEncoder.encode(name.strip(), StandardCharsets.UTF_8));
        }
        return Optional.of(new UploadTarget(path.toString()));
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
