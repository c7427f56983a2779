package app.routecard.job.erp;

import app.routecard.job.jobs.JobDtos;
import app.routecard.job.jobs.Priority;
import app.routecard.job.route.RouteDtos.PlannedStep;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

public final class ErpDtos {

    private ErpDtos() {
    }

    /**
     * A production order as the ERP sends it. The due date is the ERP's: an order that is already overdue is
     * imported (and shows as late), not refused. {@code release}: release the job at once.
     */
    public record ProductionOrder(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{Graph}]+", message = "must have no spaces")
            String erpOrderId,
            @NotBlank @Size(max = 200) String customerName,
            @NotBlank @Size(max = 100) String partNumber,
            @NotBlank @Size(max = 20) String revision,
            @NotNull @Positive @Max(10_000_000) Integer quantity,
            @NotNull LocalDate dueDate,
            Priority priority,
            @Size(max = 4000) String specialInstructions,
            @Size(max = 200) List<@Valid @NotNull PlannedStep> route,
            Boolean release) {
    }

    /** The job the order is, and whether this call created it (false: a retry that created nothing). */
    public record Imported(boolean created, JobDtos.JobView job) {
    }
}
