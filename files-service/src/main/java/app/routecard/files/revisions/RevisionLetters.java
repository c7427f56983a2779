package app.routecard.files.revisions;

/** Revision numbers as drawings name them: 1 → A, 26 → Z, 27 → AA, 28 → AB. Plain Java. */
public final class RevisionLetters {

    private RevisionLetters() {
    }

    public static String of(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Revisions count from 1, not " + number);
        }
        StringBuilder letters = new StringBuilder();
        for (int n = number; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
