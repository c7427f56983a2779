package app.routecard.portal.offers;

import app.routecard.portal.web.FormFeedback;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the quote form: its price fields per quantity break and its lead-time field, each with the value to
 * show — what the person just typed if the service refused it, else the standing quote's, else empty.
 */
public record QuoteRow(OfferViews.Line line, List<Cell> prices, String leadField, String leadValue) {

    public record Cell(int quantity, String field, String value) {
    }

    public static List<QuoteRow> of(OfferViews.Offer offer, FormFeedback feedback) {
        boolean retyped = feedback.on("quote");
        OfferViews.Quote standing = offer.answer() == null || offer.answer().counterOffer() ? null : offer.answer();
        List<QuoteRow> rows = new ArrayList<>();
        for (OfferViews.Line line : offer.lines()) {
            OfferViews.QuotedLine quoted = standing == null ? null : standing.lineFor(line.id());
            List<Cell> cells = new ArrayList<>();
            for (int quantity : line.quantities()) {
                String field = "price-" + line.id() + "-" + quantity;
                cells.add(new Cell(quantity, field, retyped ? feedback.value(field)
                        : quoted == null ? "" : quoted.priceFor(quantity)));
            }
            String leadField = "lead-" + line.id();
            rows.add(new QuoteRow(line, cells, leadField, retyped ? feedback.value(leadField)
                    : quoted == null ? "" : String.valueOf(quoted.leadDays())));
        }
        return rows;
    }
}
