package app.routecard.job.blockers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

public final class BlockerDtos {

    private BlockerDtos() {
    }

    public record NewBlocker(@NotNull BlockerCategory category, @NotBlank @Size(max = 2000) String note, UUID stepId) {
    }

    public record Resolution(@NotBlank @Size(max = 2000) String note) {
    }

    public record BlockerView(UUID id, UUID jobId, UUID stepId, BlockerCategory category, String note,
                              String raisedBy, OffsetDateTime raisedAt, long ageMinutes, boolean open,
                              String resolvedBy, OffsetDateTime resolvedAt, String resolutionNote) {
        public static BlockerView of(Blocker blocker, OffsetDateTime now) {
            OffsetDateTime end = blocker.resolvedAt == null ? now : blocker.resolvedAt;
            return new BlockerView(blocker.id, blocker.jobId, blocker.stepId, blocker.category, blocker.note,
                    blocker.raisedBy, blocker.raisedAt, Duration.between(blocker.raisedAt, end).toMinutes(),
                    blocker.resolvedAt == null, blocker.resolvedBy, blocker.resolvedAt, blocker.resolutionNote);
        }
    }

    public record BlockerEvent(UUID jobId, String jobNumber, UUID blockerId, UUID stepId, BlockerCategory category,
                               String note, String owner) {
    }
}
