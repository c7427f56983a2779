package app.routecard.job.jobs;

import app.routecard.job.stage.JobStage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class JobDtos {

    private JobDtos() {
    }

    /** {@code dueDate} must not be in the past of the shop's own calendar (checked by the service). */
    public record NewJob(
            @NotBlank @Size(max = 200) String customerName,
            @NotBlank @Size(max = 100) String partNumber,
            @NotBlank @Size(max = 20) String revision,
            @NotNull @Positive @Max(10_000_000) Integer quantity,
            @NotNull LocalDate dueDate,
            Priority priority,
            @Size(max = 254) String owner,
            @Size(max = 4000) String specialInstructions) {
    }

    /** A partial update: absent fields stay as they are; an empty owner clears it. */
    public record JobChanges(
            @Size(max = 200) String customerName,
            LocalDate dueDate,
            Priority priority,
            @Size(max = 254) String owner,
            @Size(max = 4000) String specialInstructions,
            @Size(max = 1000) String reason) {
    }

    public record ReleasedFiles(@NotNull @Size(max = 100) List<@jakarta.validation.Valid @NotNull ReleasedFile> files) {
    }

    /** {@code override}: an admin closes a job despite open blockers (needs a reason). */
    public record StageChange(@NotNull JobStage to, @Size(max = 1000) String reason, Boolean override) {
        public boolean overriding() {
            return Boolean.TRUE.equals(override);
        }
    }

    public record JobView(UUID id, String number, String customerName, String partNumber, String revision,
                          int quantity, LocalDate dueDate, Priority priority, String owner, JobStage stage,
                          JobStage heldFrom, long openBlockers, int progressPercent,
                          java.math.BigDecimal remainingHours, boolean late, boolean atRisk, String riskReason,
                          LocalDate nextUpdateOn, String nextUpdateMessage, String specialInstructions,
                          List<ReleasedFile> releasedFiles, String erpOrderId, UUID quoteId,
                          UUID marketplaceAwardId, UUID marketplaceRfqId, OffsetDateTime createdAt,
                          OffsetDateTime updatedAt) {
        static JobView of(Job job, JobFacts facts) {
            return new JobView(job.id, job.number, job.customerName, job.partNumber, job.revision, job.quantity,
                    job.dueDate, job.priority, job.owner, job.stage, job.heldFrom, facts.openBlockers(),
                    facts.progressPercent(), facts.remainingHours(), facts.outlook().late(),
                    facts.outlook().atRisk(), facts.outlook().reason(), job.nextUpdateOn, job.nextUpdateMessage,
                    job.specialInstructions, job.releasedFiles, job.erpOrderId, job.quoteId, job.marketplaceAwardId,
                    job.marketplaceRfqId, job.createdAt,
                    job.updatedAt);
        }
    }

    /** The job list's filters; every one optional. */
    public record JobQuery(List<JobStage> stages, String owner, LocalDate dueFrom, LocalDate dueTo, Boolean late,
                           Boolean atRisk, Boolean blocked, String text, int page, int size, String sort) {
    }

    public record JobPage(List<JobView> items, int page, int size, long total) {
    }

    public record TimelineView(OffsetDateTime occurredAt, String actor, String what, String why) {
    }
}
