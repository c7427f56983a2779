package app.routecard.notifications.people;

import app.routecard.notifications.rules.Notice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The people a notice to a role in a tenant reaches by e-mail: the tenant's organization members who hold the role,
 * are enabled and have an address, read from Keycloak (where tenant-service keeps them) with this service's own
 * service account. Keycloak being away, or slower than the timeout, throws, and the caller tries again later:
 * nothing is lost, and a hung call cannot hold up the e-mails behind it.
 */
@ApplicationScoped
public class MemberDirectory {

    /** One lookup (a few admin calls); Keycloak answers them in milliseconds when it is well. */
    static final long LOOKUP_TIMEOUT_MS = 5000;

    private static final int PAGE = 100;

    /** A person who may get e-mail. */
    public record Member(String userId, String email, String firstName) {
    }

    private final Keycloak keycloak;
    private final String realm;

    public MemberDirectory(Keycloak keycloak,
                           @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /**
     * The tenant's enabled members holding the role, with an e-mail address; none for an unknown tenant. A role
     * {@code person:<user name>} is that one member (a job's owner), found by user name or e-mail.
     */
    @Timeout(LOOKUP_TIMEOUT_MS)
    public List<Member> holding(String tenantId, String role) {
        RealmResource routecard = keycloak.realm(realm);
        if (role.startsWith(Notice.PERSON)) {
            String name = role.substring(Notice.PERSON.length());
            return members(routecard, tenantId, member -> name.equalsIgnoreCase(member.getUsername())
                    || name.equalsIgnoreCase(member.getEmail()));
        }
        Set<String> withRole = new HashSet<>();
        try {
            for (int first = 0; ; first += PAGE) {
                List<UserRepresentation> page = routecard.roles().get(role).getUserMembers(first, PAGE);
                page.forEach(user -> withRole.add(user.getId()));
                if (page.size() < PAGE) {
                    break;
                }
            }
        } catch (WebApplicationException e) {
            return ifNotFound(e);
        }
        return members(routecard, tenantId, member -> withRole.contains(member.getId()));
    }

    /**
     * Nobody, when Keycloak answered that there is no such organization or role (404, or 400 for an id that cannot
     * be one); anything else is thrown again, for the caller to try later.
     */
    private static List<Member> ifNotFound(WebApplicationException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
        if (status == 404 || status == 400) {
            return List.of();
        }
        throw e;
    }

    private static List<Member> members(RealmResource routecard, String tenantId,
                                        java.util.function.Predicate<MemberRepresentation> wanted) {
        List<Member> members = new ArrayList<>();
        try {
            for (int first = 0; ; first += PAGE) {
                List<MemberRepresentation> page = routecard.organizations().get(tenantId).members().list(first, PAGE);
                for (MemberRepresentation member : page) {
                    if (wanted.test(member) && Boolean.TRUE.equals(member.isEnabled())
                            && member.getEmail() != null && !member.getEmail().isBlank()) {
                        members.add(new Member(member.getId(), member.getEmail(), member.getFirstName()));
                    }
                }
                if (page.size() < PAGE) {
                    return members;
                }
            }
        } catch (WebApplicationException e) {
            // A tenant Keycloak does not know (an event naming one that was never onboarded) has nobody to mail.
            return ifNotFound(e);
        }
    }
}
