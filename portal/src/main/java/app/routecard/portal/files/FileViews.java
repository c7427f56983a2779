package app.routecard.portal.files;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What files-service answers about files, read for the pages, with what the pages show of it. */
public final class FileViews {

    private FileViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record File(UUID id, String name, String purpose, String latestRevision, int revisionCount,
                       List<Revision> revisions, List<Release> releases, List<Subject> subjects, String createdBy,
                       OffsetDateTime createdAt, boolean archived) {

        public Revision latest() {
            return revisions.stream().reduce((a, b) -> b.number() > a.number() ? b : a).orElse(null);
        }

        /** The revision released for this job now, if any. */
        public Optional<Release> currentFor(UUID jobId) {
            return releases.stream().filter(r -> r.current() && r.jobId().equals(jobId)).findFirst();
        }

        /** The current release's letter for the job, or null when nothing is released for it. */
        public String releasedFor(UUID jobId) {
            return currentFor(jobId).map(Release::revision).orElse(null);
        }

        /** Whether the newest revision could be released for the job (it is not the one released now). */
        public boolean latestReleasableFor(UUID jobId) {
            Revision latest = latest();
            return !archived && latest != null && latest.available()
                    && !latest.revision().equals(releasedFor(jobId));
        }

        /** What happened to a revision for the job: "released", "superseded" or "" (never released for it). */
        public String stateFor(UUID jobId, Revision revision) {
            return releases.stream().filter(r -> r.jobId().equals(jobId) && r.revisionId().equals(revision.id()))
                    .map(r -> r.current() ? "released" : "superseded")
                    .reduce((a, b) -> "released".equals(a) || "released".equals(b) ? "released" : a).orElse("");
        }

        public String purposeName() {
            return "PROOF".equals(purpose) ? "proof" : "drawing";
        }

        public List<Revision> newestFirst() {
            return revisions.stream().sorted((a, b) -> Integer.compare(b.number(), a.number())).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Revision(UUID id, int number, String revision, String originalName, String contentType,
                           long sizeBytes, String sha256, String uploadedBy, OffsetDateTime uploadedAt,
                           boolean available) {

        public String size() {
            return FileSizes.of(sizeBytes);
        }

        public String uploadedOn() {
            return Moments.of(uploadedAt);
        }

        public String shortSha() {
            return sha256 == null ? "" : sha256.substring(0, Math.min(12, sha256.length()));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Release(UUID id, UUID jobId, UUID revisionId, String revision, String releasedBy,
                          OffsetDateTime releasedAt, boolean current, OffsetDateTime supersededAt) {

        public String releasedOn() {
            return Moments.of(releasedAt);
        }

        public String supersededOn() {
            return Moments.of(supersededAt);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Subject(String type, UUID id) {

        /** The portal page of the subject, where there is one. */
        public String link() {
            return "JOB".equals(type) ? "/jobs/" + id : "QUOTE".equals(type) ? "/quotes/" + id : null;
        }
    }

    /** A grant the owner made: who may read the file until when, or since when it is revoked. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Grant(UUID id, String granteeTenantId, String granteeName, OffsetDateTime expiresAt,
                        boolean active, OffsetDateTime revokedAt, String createdBy) {

        public String until() {
            return Moments.of(expiresAt);
        }

        public String revokedOn() {
            return Moments.of(revokedAt);
        }
    }

    /** A file another organization shares with this one, read-only, until {@code grantedUntil}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shared(String ownerTenantId, String ownerName, OffsetDateTime grantedUntil, File file) {

        public String until() {
            return Moments.of(grantedUntil);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Download(String downloadedBy, String byTenant, String revision, OffsetDateTime at) {

        public String when() {
            return Moments.of(at);
        }
    }

    /** "2026-11-23 19:12 UTC", as the pages show a moment. */
    static final class Moments {
        private Moments() {
        }

        static String of(OffsetDateTime at) {
            return at == null ? "" : at.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime()
                    .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString().replace('T', ' ') + " UTC";
        }
    }
}
