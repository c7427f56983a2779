package app.routecard.portal.rfqs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which quotes the RFQ page offers to award whole: those that price every line still open. */
class WholeQuotesTest {

    private static RfqViews.QuoteRow row(String quote, String supplier, int quantity, String price, boolean awardable) {
        return new RfqViews.QuoteRow(quote, supplier + "-tenant", supplier,
                List.of(new RfqViews.Price(quantity, new BigDecimal(price))), 10, LocalDate.of(2027, 1, 4), true,
                LocalDate.of(2027, 1, 1), awardable, awardable ? null : "withdrawn", null);
    }

    private static RfqViews.ComparedLine line(String id, String awarded, RfqViews.QuoteRow... rows) {
        return new RfqViews.ComparedLine(id, 1, "P-" + id, List.of(50), awarded, List.of(rows));
    }

    private static RfqViews.Comparison comparison(RfqViews.ComparedLine... lines) {
        return new RfqViews.Comparison("OPEN", "EUR", LocalDate.of(2027, 1, 10), List.of(lines), List.of());
    }

    @Test
    void a_quote_pricing_every_open_line_is_offered_whole_with_its_total_at_the_first_breaks() {
        var compared = comparison(
                line("l1", null, row("qa", "Acme", 50, "12.50", true), row("qb", "Cobalt", 50, "11", true)),
                line("l2", null, row("qa", "Acme", 20, "3.10", true)));

        assertThat(compared.wholeQuotes()).singleElement().satisfies(whole -> {
            assertThat(whole.quoteId()).as("Cobalt quoted line 1 only").isEqualTo("qa");
            assertThat(whole.lineCount()).isEqualTo(2);
            assertThat(whole.totalText()).as("50 × 12.50 + 20 × 3.10").isEqualTo("687.00");
        });
    }

    @Test
    void a_quote_that_cannot_be_awarded_on_a_line_is_not_offered_whole() {
        var compared = comparison(line("l1", null, row("qa", "Acme", 50, "12.50", true)),
                line("l2", null, row("qa", "Acme", 20, "3.10", false)));

        assertThat(compared.wholeQuotes()).isEmpty();
    }

    @Test
    void once_only_one_line_is_open_the_line_forms_are_enough() {
        var compared = comparison(line("l1", "qb", row("qa", "Acme", 50, "12.50", true)),
                line("l2", null, row("qa", "Acme", 20, "3.10", true)));

        assertThat(compared.openLines()).extracting(RfqViews.ComparedLine::lineId).containsExactly("l2");
        assertThat(compared.wholeQuotes()).isEmpty();
    }
}
