package app.routecard.job.files;

import app.routecard.job.jobs.Job;
import app.routecard.job.jobs.ReleasedFile;
import app.routecard.job.jobs.Timeline;
import app.routecard.platform.inbox.EventHandler;
import app.routecard.platform.inbox.InboxEvent;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps each job's released files (name, revision, file id) from files-service's {@code file.released} and
 * {@code file.superseded}, for the job page, the floor page, the traveler and the share page. Runs in the event's
 * tenant through the inbox: a redelivered event changes nothing.
 */
@ApplicationScoped
public class ReleasedFilesFollower implements EventHandler {

    static final String NAME = "job-service.released-files";
    private static final Logger LOG = Logger.getLogger(ReleasedFilesFollower.class);

    private final Timeline timeline;

    public ReleasedFilesFollower(Timeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> topics() {
        return List.of("routecard.file");
    }

    @Override
    public boolean handles(String type) {
        return "file.released".equals(type) || "file.superseded".equals(type);
    }

    @Override
    public void handle(InboxEvent event) {
        JsonNode data = event.data();
        UUID jobId = UUID.fromString(data.path("jobId").asText());
        Job job = Job.findById(jobId);
        if (job == null) {
            LOG.infof("%s for job %s, which this tenant does not have: nothing to do", event.type(), jobId);
            return;
        }
        UUID fileId = UUID.fromString(data.path("fileId").asText());
        String name = data.path("name").asText();
        String revision = data.path("revision").asText();
        List<ReleasedFile> before = job.releasedFiles;
        List<ReleasedFile> after = "file.released".equals(event.type())
                ? ReleasedFilesPolicy.released(before, fileId, name, revision)
                : ReleasedFilesPolicy.superseded(before, fileId, revision);
        if (after.equals(before)) {
            return;
        }
        job.releasedFiles = new ArrayList<>(after);
        job.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        String actor = data.path("file.released".equals(event.type()) ? "releasedBy" : "supersededBy").asText(
                "files-service");
        timeline.recordBy(job, actor.isEmpty() ? "files-service" : actor, "file.released".equals(event.type())
                ? "released " + name + " rev " + revision : "superseded " + name + " rev " + revision, null);
    }
}
