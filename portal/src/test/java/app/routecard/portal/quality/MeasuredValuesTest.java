package app.routecard.portal.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MeasuredValuesTest {

    @Test
    void values_are_separated_by_spaces_commas_or_semicolons() {
        MeasuredValues.Parsed parsed = MeasuredValues.parse(" 12.004 12.011,12.009; -0.5\n7 ");
        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.values()).containsExactly(new BigDecimal("12.004"), new BigDecimal("12.011"),
                new BigDecimal("12.009"), new BigDecimal("-0.5"), new BigDecimal("7"));
    }

    @Test
    void nothing_typed_is_no_values_for_an_attribute_check() {
        assertThat(MeasuredValues.parse("  ").values()).isEmpty();
        assertThat(MeasuredValues.parse(null).valid()).isTrue();
    }

    @Test
    void a_typo_is_named_by_its_value() {
        MeasuredValues.Parsed parsed = MeasuredValues.parse("12.004 12.0l1");
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.problem()).startsWith("\"12.0l1\" is not a number");
        assertThat(parsed.values()).isEmpty();
    }

    @Test
    void absurd_values_and_too_many_values_are_refused() {
        assertThat(MeasuredValues.parse("1e12").problem()).isEqualTo("\"1e12\" is out of range");
        assertThat(MeasuredValues.parse("1 ".repeat(501)).problem()).isEqualTo("at most 500 values per inspection");
        assertThat(MeasuredValues.parse("1 ".repeat(500)).values()).hasSize(500);
        assertThat(MeasuredValues.parse("<script>alert(1)</script>xxxxxxxxxxxxxxxx").problem())
                .startsWith("\"<script>alert(1)</sc…\"");
    }
}
