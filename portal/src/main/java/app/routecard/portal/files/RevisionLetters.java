package app.routecard.portal.files;

import java.util.OptionalInt;

/** A revision as drawings name it back to its number: A → 1, Z → 26, AA → 27; digits stay numbers. Plain Java. */
public final class RevisionLetters {

    private RevisionLetters() {
    }

    public static OptionalInt number(String revision) {
        if (revision == null || revision.isEmpty() || revision.length() > 6) {
            return OptionalInt.empty();
        }
        if (revision.chars().allMatch(Character::isDigit)) {
            int number = Integer.parseInt(revision);
            return number >= 1 ? OptionalInt.of(number) : OptionalInt.empty();
        }
        int number = 0;
        for (char c : revision.toCharArray()) {
            if (c < 'A' || c > 'Z') {
                return OptionalInt.empty();
            }
            number = number * 26 + (c - 'A' + 1);
        }
        return OptionalInt.of(number);
    }
}
