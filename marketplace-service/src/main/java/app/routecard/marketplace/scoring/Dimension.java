package app.routecard.marketplace.scoring;

/** What a scorecard measures: delivering on time, delivering good parts, answering promptly. */
public enum Dimension {
    ON_TIME("on-time delivery"),
    QUALITY("quality"),
    RESPONSIVENESS("responsiveness");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
