package app.routecard.portal.quality;

import app.routecard.portal.web.FormValues;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/** job-service's inspections and NCRs as the quality page reads them (unknown fields ignored). */
public final class QualityViews {

    private QualityViews() {
    }

    static String when(OffsetDateTime at) {
        return at == null ? "" : at.toLocalDate() + " " + at.toLocalTime().withSecond(0).withNano(0);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Inspection(String id, String stepId, String kind, String characteristic, BigDecimal nominal,
                             BigDecimal toleranceMinus, BigDecimal tolerancePlus, String unit,
                             List<BigDecimal> measured, String result, String inspector, String note,
                             OffsetDateTime recordedAt, String ncrId) {
        public String kindName() {
            return FormValues.words(kind);
        }

        /** "10.000 −0.020/+0.050 mm", or "attribute check" when nothing was measured against a nominal. */
        public String specification() {
            if (nominal == null) {
                return "attribute check";
            }
            return plain(nominal) + " −" + plain(toleranceMinus) + "/+" + plain(tolerancePlus)
                    + (unit == null || unit.isBlank() ? "" : " " + unit);
        }

        public String measuredValues() {
            return measured == null ? "" : measured.stream().map(BigDecimal::toPlainString)
                    .collect(Collectors.joining(", "));
        }

        public boolean failed() {
            return "FAIL".equals(result);
        }

        public String when() {
            return QualityViews.when(recordedAt);
        }

        private static String plain(BigDecimal value) {
            // job-service keeps six decimals: 12.009000 is shown as the 12.009 that was typed
            return value == null ? "0" : value.stripTrailingZeros().toPlainString();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ncr(String id, String number, String origin, String inspectionId, String description, int quantity,
                      String disposition, boolean open, String openedBy, OffsetDateTime openedAt,
                      String dispositionedBy, OffsetDateTime dispositionedAt, String dispositionNote) {
        /** Opened for parts a marketplace buyer sent back, not for an inspection in the shop. */
        public boolean customerReturn() {
            return "CUSTOMER_RETURN".equals(origin);
        }

        public String dispositionName() {
            return FormValues.words(disposition).replace(' ', '-');
        }

        public String opened() {
            return QualityViews.when(openedAt);
        }
    }
}
