package app.routecard.portal.rfqs;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.portal.web.FormRows;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RfqFormTest {

    private static RfqForm typed(Map<String, List<String>> columns) {
        return RfqForm.posted(Map.of("title", " Brackets ", "quoteDeadline", "2026-12-01T17:00", "currency", "eur",
                "shipToCountry", "de", "targetShipDate", "2027-01-15"), List.of("ISO_9001"), columns);
    }

    @Test
    void the_form_reads_as_the_rfq_marketplace_service_takes() {
        RfqForm form = typed(Map.of("partNumber", List.of("BRKT-1", "", "SHAFT-9"),
                "quantities", List.of("50, 250", "", "12"), "process", List.of("CNC_MILLING_3_AXIS", "", "CNC_TURNING"),
                "material", List.of("Aluminium 6061", "", "Steel C45"), "lengthMm", List.of("120", "", ""),
                "widthMm", List.of("80", "", ""), "heightMm", List.of("30", "", "")));
        assertThat(form.lines()).as("the blank middle row is no line").hasSize(2);
        RfqForm.Read read = form.read();
        assertThat(read.problems()).isEmpty();
        Map<String, Object> request = read.request();
        assertThat(request.get("title")).isEqualTo("Brackets");
        assertThat(request.get("quoteDeadline")).isEqualTo("2026-12-01T17:00:00Z");
        assertThat(request.get("currency")).isEqualTo("EUR");
        assertThat(request.get("certifications")).isEqualTo(List.of("ISO_9001"));
        List<?> lines = (List<?>) request.get("lines");
        Map<?, ?> first = (Map<?, ?>) lines.get(0);
        assertThat(first.get("quantities")).isEqualTo(List.of(50, 250));
        assertThat(((Map<?, ?>) first.get("envelope")).get("lengthMm")).isEqualTo(new BigDecimal("120"));
        assertThat(((Map<?, ?>) lines.get(1)).containsKey("envelope")).as("no size typed, none sent").isFalse();
    }

    @Test
    void quantities_that_are_no_whole_numbers_are_named_and_service_messages_land_next_to_their_fields() {
        RfqForm form = typed(Map.of("partNumber", List.of("BRKT-1"), "quantities", List.of("fifty"),
                "process", List.of("CNC_TURNING"), "material", List.of("Steel")));
        assertThat(form.read().problems()).containsOnlyKeys("lines[0].quantities");
        RfqForm marked = form.withErrors(Map.of("lines[0].envelope.lengthMm", "must be greater than 0",
                "lines[0].process", "has the wrong type or format", "shipTo.country", "must match"));
        FormRows.Row row = marked.lines().get(0);
        assertThat(row.error("envelope")).isEqualTo("sides in mm above 0");
        assertThat(row.error("process")).isEqualTo("has the wrong type or format");
        assertThat(marked.lines()).as("two blank rows to type more").hasSize(3);
        assertThat(RfqForm.headerErrors(Map.of("shipTo.country", "must match", "lines[0].process", "x")))
                .containsOnlyKeys("shipToCountry");
    }

    @Test
    void quantity_breaks_are_typed_any_common_way() {
        assertThat(RfqForm.quantities("50, 250;1000")).containsExactly(50, 250, 1000);
        assertThat(RfqForm.quantities("1_000")).containsExactly(1000);
        assertThat(RfqForm.quantities("")).isNull();
        assertThat(RfqForm.quantities("12.5")).isNull();
    }
}
