package app.routecard.job.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.platform.service.rules.Refusal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotePolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Optional<String> rule(Optional<Refusal> refusal) {
        return refusal.map(Refusal::rule);
    }

    @Test
    void only_a_draft_changes_and_is_sent_while_valid() {
        assertThat(QuotePolicy.checkEdit(QuoteStatus.DRAFT)).isEmpty();
        assertThat(rule(QuotePolicy.checkEdit(QuoteStatus.SENT))).contains("OnlyDraftsChange");
        assertThat(QuotePolicy.checkSend(QuoteStatus.DRAFT, TODAY, TODAY)).isEmpty();
        assertThat(rule(QuotePolicy.checkSend(QuoteStatus.SENT, TODAY, TODAY))).contains("SendOnlyDrafts");
        assertThat(rule(QuotePolicy.checkSend(QuoteStatus.DRAFT, TODAY.minusDays(1), TODAY)))
                .contains("NoSendingExpiredQuotes");
    }

    @Test
    void a_sent_quote_is_accepted_while_valid_and_declined_with_a_reason() {
        assertThat(QuotePolicy.checkAccept(QuoteStatus.SENT, TODAY, TODAY)).isEmpty();
        assertThat(rule(QuotePolicy.checkAccept(QuoteStatus.DRAFT, TODAY, TODAY))).contains("AcceptOnlySentQuotes");
        assertThat(rule(QuotePolicy.checkAccept(QuoteStatus.ACCEPTED, TODAY, TODAY))).contains("AcceptOnlySentQuotes");
        assertThat(rule(QuotePolicy.checkAccept(QuoteStatus.SENT, TODAY.minusDays(1), TODAY)))
                .contains("NoAcceptingExpiredQuotes");
        assertThat(rule(QuotePolicy.checkDecline(QuoteStatus.SENT, " "))).contains("DeclineNeedsAReason");
        assertThat(rule(QuotePolicy.checkDecline(QuoteStatus.ACCEPTED, "late"))).contains("DeclineOnlyOpenQuotes");
        assertThat(QuotePolicy.checkDecline(QuoteStatus.SENT, "price")).isEmpty();
    }

    @Test
    void a_lines_promised_date_is_its_lead_time_from_acceptance() {
        assertThat(QuotePolicy.promisedDate(TODAY, 15)).isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
