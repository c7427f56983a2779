package app.routecard.files.release;

import app.routecard.platform.service.rules.Refusal;
import java.util.Optional;

/** When a revision may be released for a job. Plain Java. */
public final class ReleasePolicy {

    private ReleasePolicy() {
    }

    /**
     * A revision is released for a job once; an older revision than the one the job has now is not released over
     * it (that would put an outdated drawing on the floor); an archived file or a revision whose bytes are gone is
     * not released at all.
     */
    public static Optional<Refusal> checkRelease(int revision, Integer currentRevision, boolean archived,
                                                 boolean bytesAvailable) {
        if (archived) {
            return refuse("NoReleaseOfArchivedFiles", "This file is archived");
        }
        if (!bytesAvailable) {
            return refuse("NoReleaseWithoutBytes", "This revision's bytes were removed when the file was archived");
        }
        if (currentRevision != null && currentRevision == revision) {
            return refuse("ReleaseOnce", "This revision is already released for the job");
        }
        if (currentRevision != null && currentRevision > revision) {
            return refuse("NoReleaseOfOlderRevisions", "The job has a newer revision released already");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String rule, String explanation) {
        return Optional.of(new Refusal(rule, explanation));
    }
}
