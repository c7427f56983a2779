package app.routecard.job.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityPolicyTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 2, 8, 0, 0, 0, ZoneOffset.UTC);

    private static List<BigDecimal> values(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void measurements_within_nominal_and_tolerance_pass_one_outside_fails() {
        BigDecimal nominal = new BigDecimal("25.000");
        BigDecimal tol = new BigDecimal("0.020");
        assertThat(QualityPolicy.judge(nominal, tol, tol, values("24.980", "25.020", "25.001"), null).verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(QualityPolicy.judge(nominal, tol, tol, values("25.000", "25.021"), null).verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(QualityPolicy.judge(nominal, BigDecimal.ZERO, tol, values("24.999"), null).verdict())
                .as("asymmetric: nothing below nominal").isEqualTo(Verdict.FAIL);
    }

    @Test
    void a_declared_verdict_that_contradicts_the_measurements_is_refused_naming_result() {
        var judgement = QualityPolicy.judge(new BigDecimal("10"), new BigDecimal("0.1"), new BigDecimal("0.1"),
                values("10.5"), Verdict.PASS);
        assertThat(judgement.valid()).isFalse();
        assertThat(judgement.invalidField()).isEqualTo("result");
        assertThat(judgement.problem()).contains("FAIL").contains("9.9 .. 10.1");
    }

    @Test
    void an_attribute_check_needs_a_declared_verdict_and_a_nominal_needs_tolerance_and_values() {
        assertThat(QualityPolicy.judge(null, null, null, List.of(), null).invalidField()).isEqualTo("result");
        assertThat(QualityPolicy.judge(null, null, null, List.of(), Verdict.FAIL).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(QualityPolicy.judge(null, BigDecimal.ONE, null, List.of(), Verdict.PASS).invalidField())
                .isEqualTo("nominal");
        assertThat(QualityPolicy.judge(BigDecimal.TEN, null, null, values("10"), null).invalidField())
                .isEqualTo("tolerancePlus");
        assertThat(QualityPolicy.judge(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE, List.of(), null).invalidField())
                .isEqualTo("measured");
    }

    @Test
    void the_latest_final_result_per_characteristic_counts_and_use_as_is_accepts_a_failure() {
        var failedBore = new QualityPolicy.FinalResult("Bore", T0, false, false);
        var passedBoreLater = new QualityPolicy.FinalResult("bore ", T0.plusHours(2), true, false);
        var failedFlatness = new QualityPolicy.FinalResult("Flatness", T0, false, false);
        var acceptedFlatness = new QualityPolicy.FinalResult("Flatness", T0, false, true);
        assertThat(QualityPolicy.failedFinalCharacteristics(List.of())).isZero();
        assertThat(QualityPolicy.failedFinalCharacteristics(List.of(failedBore, failedFlatness))).isEqualTo(2);
        assertThat(QualityPolicy.failedFinalCharacteristics(List.of(passedBoreLater, failedBore, failedFlatness)))
                .isEqualTo(1);
        assertThat(QualityPolicy.failedFinalCharacteristics(List.of(passedBoreLater, failedBore, acceptedFlatness)))
                .isZero();
        var passedThenFailed = new QualityPolicy.FinalResult("Bore", T0.plusHours(3), false, false);
        assertThat(QualityPolicy.failedFinalCharacteristics(List.of(failedBore, passedBoreLater, passedThenFailed)))
                .isEqualTo(1);
    }

    @Test
    void an_ncr_records_a_failed_inspection_once_and_its_disposition_is_final() {
        assertThat(QualityPolicy.checkOpenNcr(true, false).map(r -> r.rule())).contains("NcrOnlyForAFailedInspection");
        assertThat(QualityPolicy.checkOpenNcr(false, true).map(r -> r.rule())).contains("OneNcrPerInspection");
        assertThat(QualityPolicy.checkOpenNcr(false, false)).isEmpty();
        assertThat(QualityPolicy.checkDisposition(null)).isEmpty();
        assertThat(QualityPolicy.checkDisposition(Disposition.REWORK).map(r -> r.rule())).contains("DispositionIsFinal");
    }
}
