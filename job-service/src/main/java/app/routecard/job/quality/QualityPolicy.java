package app.routecard.job.quality;

import app.routecard.platform.service.rules.Refusal;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How an inspection is judged, when a failed one counts against the job, and the rules of NCRs. Plain Java. */
public final class QualityPolicy {

    /** The outcome of judging an inspection: a verdict, or the field that makes it impossible to judge. */
    public record Judgement(Verdict verdict, String invalidField, String problem) {
        static Judgement of(Verdict verdict) {
            return new Judgement(verdict, null, null);
        }

        static Judgement invalid(String field, String problem) {
            return new Judgement(null, field, problem);
        }

        public boolean valid() {
            return verdict != null;
        }
    }

    /** One final inspection of a job, as the gate sees it. */
    public record FinalResult(String characteristic, OffsetDateTime recordedAt, boolean passed,
                              boolean acceptedAsIs) {
    }

    private QualityPolicy() {
    }

    /**
     * A measured characteristic (a nominal) passes when every measured value lies within nominal − minus and
     * nominal + plus; the measurements decide, and a declared verdict that contradicts them is refused. An
     * attribute check (no nominal: "no burrs", "thread gauge goes") needs the inspector's declared verdict.
     */
    public static Judgement judge(BigDecimal nominal, BigDecimal toleranceMinus, BigDecimal tolerancePlus,
                                  List<BigDecimal> measured, Verdict declared) {
        if (nominal == null) {
            if (toleranceMinus != null || tolerancePlus != null) {
                return Judgement.invalid("nominal", "a tolerance needs a nominal");
            }
            return declared == null
                    ? Judgement.invalid("result", "an attribute check (no nominal) needs a result, PASS or FAIL")
                    : Judgement.of(declared);
        }
        if (toleranceMinus == null && tolerancePlus == null) {
            return Judgement.invalid("tolerancePlus", "a nominal needs a tolerance (tolerancePlus, toleranceMinus)");
        }
        if (measured == null || measured.isEmpty()) {
            return Judgement.invalid("measured", "a nominal needs at least one measured value");
        }
        BigDecimal lower = nominal.subtract(toleranceMinus == null ? BigDecimal.ZERO : toleranceMinus);
        BigDecimal upper = nominal.add(tolerancePlus == null ? BigDecimal.ZERO : tolerancePlus);
        boolean allWithin = measured.stream().allMatch(value -> value.compareTo(lower) >= 0
                && value.compareTo(upper) <= 0);
        Verdict verdict = allWithin ? Verdict.PASS : Verdict.FAIL;
        if (declared != null && declared != verdict) {
            return Judgement.invalid("result", "the measured values say " + verdict + " (limits "
                    + lower.toPlainString() + " .. " + upper.toPlainString() + ")");
        }
        return Judgement.of(verdict);
    }

    /**
     * Characteristics whose latest final inspection failed and whose NCR was not dispositioned use-as-is: a
     * re-inspection that passes clears a failure, an accepted deviation does too.
     */
    public static long failedFinalCharacteristics(List<FinalResult> finals) {
        Map<String, FinalResult> latest = new LinkedHashMap<>();
        finals.stream().sorted(Comparator.comparing(FinalResult::recordedAt))
                .forEach(result -> latest.put(result.characteristic().trim().toLowerCase(java.util.Locale.ROOT),
                        result));
        return latest.values().stream().filter(result -> !result.passed() && !result.acceptedAsIs()).count();
    }

    /** An NCR records a failed inspection, once. */
    public static Optional<Refusal> checkOpenNcr(boolean inspectionPassed, boolean alreadyHasNcr) {
        if (inspectionPassed) {
            return Optional.of(new Refusal("NcrOnlyForAFailedInspection",
                    "This inspection passed: there is nothing non-conforming to record"));
        }
        if (alreadyHasNcr) {
            return Optional.of(new Refusal("OneNcrPerInspection", "This inspection has its NCR already"));
        }
        return Optional.empty();
    }

    /** The disposition is the material review's decision; changing it means a new inspection and NCR. */
    public static Optional<Refusal> checkDisposition(Disposition current) {
        return current == null ? Optional.empty() : Optional.of(new Refusal("DispositionIsFinal",
                "This NCR was dispositioned " + current + " already"));
    }
}
