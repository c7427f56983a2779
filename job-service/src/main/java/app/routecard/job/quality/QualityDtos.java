package app.routecard.job.quality;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class QualityDtos {

    private QualityDtos() {
    }

    /** {@code result} is required for an attribute check (no nominal); with a nominal the measurements decide. */
    public record NewInspection(
            @NotNull InspectionKind kind,
            UUID stepId,
            @NotBlank @Size(max = 200) String characteristic,
            @DecimalMin("-1000000000") @DecimalMax("1000000000") BigDecimal nominal,
            @DecimalMin("0") @DecimalMax("1000000") BigDecimal toleranceMinus,
            @DecimalMin("0") @DecimalMax("1000000") BigDecimal tolerancePlus,
            @Size(max = 20) String unit,
            @Size(max = 500) List<@NotNull @DecimalMin("-1000000000") @DecimalMax("1000000000") BigDecimal> measured,
            Verdict result,
            @Size(max = 2000) String note) {
    }

    public record InspectionView(UUID id, UUID jobId, UUID stepId, InspectionKind kind, String characteristic,
                                 BigDecimal nominal, BigDecimal toleranceMinus, BigDecimal tolerancePlus, String unit,
                                 List<BigDecimal> measured, Verdict result, String inspector, String note,
                                 OffsetDateTime recordedAt, UUID ncrId) {
        static InspectionView of(Inspection inspection, UUID ncrId) {
            return new InspectionView(inspection.id, inspection.jobId, inspection.stepId, inspection.kind,
                    inspection.characteristic, inspection.nominal, inspection.toleranceMinus,
                    inspection.tolerancePlus, inspection.unit, inspection.measured,
                    inspection.passed ? Verdict.PASS : Verdict.FAIL, inspection.inspector, inspection.note,
                    inspection.recordedAt, ncrId);
        }
    }

    public record NewNcr(@NotNull UUID inspectionId, @NotBlank @Size(max = 4000) String description,
                         @NotNull @Positive @Max(10_000_000) Integer quantity, Disposition disposition,
                         @Size(max = 2000) String dispositionNote) {
    }

    public record DispositionDecision(@NotNull Disposition disposition, @Size(max = 2000) String note) {
    }

    public record NcrView(UUID id, String number, UUID jobId, NcrOrigin origin, UUID inspectionId,
                          UUID customerReturnId, String description, int quantity, Disposition disposition,
                          boolean open, String openedBy, OffsetDateTime openedAt, String dispositionedBy,
                          OffsetDateTime dispositionedAt, String dispositionNote) {
        static NcrView of(Ncr ncr) {
            return new NcrView(ncr.id, ncr.number, ncr.jobId, ncr.origin, ncr.inspectionId, ncr.customerReturnId,
                    ncr.description, ncr.quantity, ncr.disposition, ncr.disposition == null, ncr.openedBy,
                    ncr.openedAt, ncr.dispositionedBy, ncr.dispositionedAt, ncr.dispositionNote);
        }
    }

    public record InspectionEvent(UUID jobId, String jobNumber, UUID inspectionId, UUID stepId, String kind,
                                  String characteristic, String result, int measuredCount, String inspector) {
    }

    public record NcrEvent(UUID jobId, String jobNumber, UUID ncrId, String number, String origin,
                           UUID inspectionId, String description, int quantity, String disposition) {
    }
}
