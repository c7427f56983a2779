package app.routecard.portal.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuoteFormTest {

    private static Map<String, List<String>> columns(String[]... rows) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (int field = 0; field < QuoteForm.LINE_FIELDS.size(); field++) {
            int index = field;
            columns.put(QuoteForm.LINE_FIELDS.get(field), Arrays.stream(rows).map(row -> row[index]).toList());
        }
        return columns;
    }

    private static Map<String, String> header(String customer) {
        Map<String, String> header = new HashMap<>();
        header.put("customerName", customer);
        header.put("currency", "EUR");
        return header;
    }

    @Test
    void rows_left_blank_are_not_lines_and_the_body_carries_the_rest_as_typed() {
        QuoteForm form = QuoteForm.posted(header(" Kestrel "), columns(
                new String[]{"BRKT-1", "A", "", "10", "6061", "12.50", "14"},
                new String[]{"", " ", "", "", "", "", ""},
                new String[]{"PIN-2", "B", "dowel", "ten", "", "", "7"}));
        assertThat(form.lines()).hasSize(2);
        Map<String, Object> body = form.body();
        assertThat(body).containsEntry("customerName", "Kestrel").containsEntry("currency", "EUR")
                .containsEntry("validUntil", null).containsEntry("note", null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) body.get("lines");
        assertThat(lines.get(0)).containsEntry("partNumber", "BRKT-1").containsEntry("unitPrice", "12.50")
                .containsEntry("description", null);
        assertThat(lines.get(1)).as("job-service names a quantity that is no number")
                .containsEntry("quantity", "ten").containsEntry("unitPrice", null);
    }

    @Test
    void a_service_message_lands_next_to_the_field_of_the_line_it_names() {
        QuoteForm form = QuoteForm.posted(header("Kestrel"), columns(
                new String[]{"BRKT-1", "A", "", "10", "", "12.50", "14"},
                new String[]{"PIN-2", "B", "", "ten", "", "", "7"}));
        Map<String, String> messages = Map.of("lines[1].quantity", "has the wrong type or format",
                "lines[1].unitPrice", "must not be null", "customerEmail", "must be a well-formed email address",
                "lines[7].revision", "about a line that is not there");
        QuoteForm marked = form.withLineErrors(messages);
        assertThat(marked.lines().get(0).errors()).isEmpty();
        assertThat(marked.lines().get(1).error("quantity")).isEqualTo("a whole number");
        assertThat(marked.lines().get(1).invalid("unitPrice")).isTrue();
        assertThat(marked.lines().get(1).value("quantity")).as("what was typed stays").isEqualTo("ten");
        assertThat(QuoteForm.headerErrors(messages)).containsOnlyKeys("customerEmail");
        assertThat(form.withLineErrors(Map.of("lines[0].unitPrice", "has the wrong type or format")).lines().get(0)
                .error("unitPrice")).startsWith("a number such as 18.75");
    }

    @Test
    void the_form_always_offers_blank_rows_to_type_more_lines_into() {
        assertThat(QuoteForm.empty().lines()).hasSize(3).allSatisfy(line -> assertThat(line.blank()).isTrue());
        QuoteForm typed = QuoteForm.posted(header("Kestrel"), columns(
                new String[]{"BRKT-1", "A", "", "10", "", "12.50", "14"}));
        assertThat(typed.withBlankRows().lines()).hasSize(3);
        assertThat(typed.withBlankRows().lines().get(0).value("partNumber")).isEqualTo("BRKT-1");
    }

    @Test
    void a_post_without_line_fields_has_no_lines() {
        Map<String, List<String>> none = new HashMap<>();
        QuoteForm.LINE_FIELDS.forEach(field -> none.put(field, null));
        assertThat(QuoteForm.posted(header("Kestrel"), none).lines()).isEmpty();
    }
}
