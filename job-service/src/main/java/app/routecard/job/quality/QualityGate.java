package app.routecard.job.quality;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The quality facts a stage change looks at, read from the caller's tenant's rows. */
public final class QualityGate {

    private QualityGate() {
    }

    /** How many characteristics of the job stand failed at final inspection (see the policy). */
    public static long failedFinalInspections(UUID jobId) {
        List<Inspection> finals = Inspection.list("jobId = ?1 and kind = ?2", jobId, InspectionKind.FINAL);
        if (finals.isEmpty()) {
            return 0;
        }
        Set<UUID> acceptedAsIs = Ncr.<Ncr>list("jobId = ?1 and disposition = ?2", jobId, Disposition.USE_AS_IS)
                .stream().map(ncr -> ncr.inspectionId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return QualityPolicy.failedFinalCharacteristics(finals.stream()
                .map(inspection -> new QualityPolicy.FinalResult(inspection.characteristic, inspection.recordedAt,
                        inspection.passed, acceptedAsIs.contains(inspection.id)))
                .toList());
    }
}
