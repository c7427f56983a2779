package app.routecard.marketplace.capability;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a capability profile consistent beyond each field's own shape: real country codes, a quantity range
 * that is one, a subdivision of the country shipped from, blackouts that end after they start, each certification
 * once. Plain Java; the first problem found is named by its field.
 */
public final class ProfilePolicy {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private ProfilePolicy() {
    }

    /** The field and what is wrong with it, or empty. */
    public static Optional<String[]> problem(ProfileDtos.ProfileRequest profile, LocalDate today) {
        if (profile.maxQuantity() < profile.minQuantity()) {
            return Optional.of(new String[]{"maxQuantity", "must be at least minQuantity (" + profile.minQuantity()
                    + ")"});
        }
        if (!COUNTRIES.contains(profile.shipFrom().country())) {
            return Optional.of(new String[]{"shipFrom.country", "is no ISO 3166-1 country code"});
        }
        String subdivision = profile.shipFrom().subdivision();
        if (subdivision != null && !subdivision.startsWith(profile.shipFrom().country() + "-")) {
            return Optional.of(new String[]{"shipFrom.subdivision", "is not a subdivision of "
                    + profile.shipFrom().country()});
        }
        for (int i = 0; i < profile.shipsTo().size(); i++) {
            if (!COUNTRIES.contains(profile.shipsTo().get(i))) {
                return Optional.of(new String[]{"shipsTo[" + i + "]", "is no ISO 3166-1 country code"});
            }
        }
        Set<Certification> seen = new HashSet<>();
        List<ProfileDtos.HeldCertification> held = profile.certifications();
        for (int i = 0; i < held.size(); i++) {
            if (!seen.add(held.get(i).certification())) {
                return Optional.of(new String[]{"certifications[" + i + "].certification", "is listed twice"});
            }
        }
        for (int i = 0; i < profile.blackouts().size(); i++) {
            ProfileDtos.Blackout blackout = profile.blackouts().get(i);
            if (blackout.last().isBefore(blackout.first())) {
                return Optional.of(new String[]{"blackouts[" + i + "].last", "is before its first day"});
            }
            if (blackout.last().isBefore(today)) {
                return Optional.of(new String[]{"blackouts[" + i + "].last", "is in the past"});
            }
        }
        return Optional.empty();
    }
}
