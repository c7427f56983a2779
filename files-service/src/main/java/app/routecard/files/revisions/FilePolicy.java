package app.routecard.files.revisions;

import app.routecard.platform.service.rules.Refusal;
import java.util.Optional;

/** What may happen to a file. Plain Java. */
public final class FilePolicy {

    private FilePolicy() {
    }

    /** An archived file is kept for the jobs it was released to; it takes no new revision. */
    public static Optional<Refusal> checkNewRevision(boolean archived) {
        return archived ? Optional.of(new Refusal("NoRevisionsOfArchivedFiles",
                "This file is archived; upload the drawing as a new file")) : Optional.empty();
    }
}
