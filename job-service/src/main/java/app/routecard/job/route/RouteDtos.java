package app.routecard.job.route;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class RouteDtos {

    private RouteDtos() {
    }

    public record PlannedStep(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String workCenter,
            @DecimalMin("0") @DecimalMax("10000") BigDecimal plannedHours,
            @Size(max = 4000) String instructions) {
    }

    public record NewRoute(@NotNull @Size(min = 1, max = 200) List<@Valid @NotNull PlannedStep> steps) {
    }

    public record Completion(@NotNull @Min(0) @Max(10_000_000) Integer goodQuantity,
                             @NotNull @Min(0) @Max(10_000_000) Integer scrapQuantity) {
    }

    /** Optional on a scan: quantities for finishing the running step. */
    public record ScanInput(@Min(0) @Max(10_000_000) Integer goodQuantity,
                            @Min(0) @Max(10_000_000) Integer scrapQuantity) {
    }

    /** What the scan did ({@code started} or {@code finished}), to which step, and where the job stands now. */
    public record ScanResult(String action, StepView step, app.routecard.job.stage.JobStage jobStage,
                             RouteView route) {
    }

    public record Skip(@NotBlank @Size(max = 1000) String reason) {
    }

    public record StepView(UUID id, int position, String name, String workCenter, BigDecimal plannedHours,
                           String instructions, StepStatus status, OffsetDateTime startedAt,
                           OffsetDateTime finishedAt, String operator, Integer goodQuantity, Integer scrapQuantity,
                           String skipReason) {
        public static StepView of(RouteStep step) {
            return new StepView(step.id, step.position, step.name, step.workCenter, step.plannedHours,
                    step.instructions, step.status, step.startedAt, step.finishedAt, step.operator,
                    step.goodQuantity, step.scrapQuantity, step.skipReason);
        }
    }

    public record RouteView(UUID jobId, int progressPercent, List<StepView> steps) {
    }
}
