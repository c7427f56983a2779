package app.routecard.job.files;

import app.routecard.job.jobs.ReleasedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A job's released files as files-service reports them: one entry per file, its current revision. A release
 * replaces the file's entry; a supersession removes it only if it still names the superseded revision (the newer
 * release may have arrived first). Applying either twice changes nothing. Plain Java.
 */
public final class ReleasedFilesPolicy {

    private ReleasedFilesPolicy() {
    }

    public static List<ReleasedFile> released(List<ReleasedFile> current, UUID fileId, String name, String revision) {
        List<ReleasedFile> next = new ArrayList<>();
        boolean replaced = false;
        for (ReleasedFile file : current) {
            if (file.fileId().equals(fileId)) {
                if (!replaced) {
                    next.add(new ReleasedFile(fileId, name, revision));
                    replaced = true;
                }
            } else {
                next.add(file);
            }
        }
        if (!replaced) {
            next.add(new ReleasedFile(fileId, name, revision));
        }
        return List.copyOf(next);
    }

    public static List<ReleasedFile> superseded(List<ReleasedFile> current, UUID fileId, String revision) {
        return current.stream().filter(file -> !(file.fileId().equals(fileId) && revision.equals(file.revision())))
                .toList();
    }
}
