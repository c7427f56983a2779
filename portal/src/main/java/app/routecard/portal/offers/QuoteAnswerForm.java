package app.routecard.portal.offers;

import app.routecard.portal.web.FormValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quote form of an offer page: a unit price per line and quantity break ({@code price-<lineId>-<quantity>}),
 * a lead time per line ({@code lead-<lineId>}), validity and notes, read into marketplace-service's quote body.
 * A line left entirely blank is not quoted; what the person typed comes back with the service's answer.
 */
public final class QuoteAnswerForm {

    private QuoteAnswerForm() {
    }

    public static Map<String, Object> body(String offerId, List<OfferViews.Line> lines, Map<String, String> form) {
        List<Map<String, Object>> quoted = new ArrayList<>();
        for (OfferViews.Line line : lines) {
            List<Map<String, Object>> prices = new ArrayList<>();
            boolean any = false;
            for (int quantity : line.quantities()) {
                String price = FormValues.trimmedOrNull(form.get("price-" + line.id() + "-" + quantity));
                any |= price != null;
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("quantity", quantity);
                entry.put("unitPrice", price == null ? null : price.replace(',', '.'));
                prices.add(entry);
            }
            String lead = FormValues.trimmedOrNull(form.get("lead-" + line.id()));
            if (!any && lead == null) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("lineId", line.id());
            entry.put("prices", prices);
            entry.put("leadDays", lead);
            quoted.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("offerId", offerId);
        body.put("lines", quoted);
        body.put("validUntil", FormValues.trimmedOrNull(form.get("validUntil")));
        body.put("notes", FormValues.trimmedOrNull(form.get("notes")));
        return body;
    }

    /** The form's fields as typed, to show them again beside a refusal. */
    public static Map<String, String> entered(Map<String, String> form) {
        Map<String, String> entered = new LinkedHashMap<>();
        form.forEach((field, value) -> {
            if (!field.equals("_csrf")) {
                entered.put(field, FormValues.text(value));
            }
        });
        return entered;
    }
}
