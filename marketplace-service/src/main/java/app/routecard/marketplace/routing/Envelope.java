package app.routecard.marketplace.routing;

import java.util.Arrays;

/** A part's bounding box, or the largest a supplier can make, in millimetres. Plain Java. */
public record Envelope(double lengthMm, double widthMm, double heightMm) {

    public Envelope {
        if (!(lengthMm > 0 && widthMm > 0 && heightMm > 0)) {
            throw new IllegalArgumentException("An envelope's sides are positive millimetres");
        }
    }

    /** Whether a part of {@code part}'s size fits in this envelope, turned whichever way fits best. */
    public boolean holds(Envelope part) {
        double[] mine = sorted(this);
        double[] theirs = sorted(part);
        for (int i = 0; i < 3; i++) {
            if (theirs[i] > mine[i]) {
                return false;
            }
        }
        return true;
    }

    private static double[] sorted(Envelope envelope) {
        double[] sides = {envelope.lengthMm, envelope.widthMm, envelope.heightMm};
        Arrays.sort(sides);
        return sides;
    }

    @Override
    public String toString() {
        return format(lengthMm) + " × " + format(widthMm) + " × " + format(heightMm) + " mm";
    }

    private static String format(double mm) {
        return mm == Math.rint(mm) ? String.valueOf((long) mm) : String.valueOf(mm);
    }
}
