package app.routecard.tenant.members;

import app.routecard.platform.tenancy.CurrentTenant;
import app.routecard.tenant.audit.AuditTrail;
import app.routecard.tenant.onboarding.IdentityDirectory;
import app.routecard.tenant.registry.RegisteredTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The caller's own organization's members, kept in Keycloak. Another tenant's member is "not found". */
@RequestScoped
public class MembersService {

    /** A request the tenant's rules forbid; names the field. */
    public static final class Refused extends RuntimeException {
        private final String field;

        Refused(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final IdentityDirectory directory;
    private final CurrentTenant tenant;
    private final AuditTrail audit;

    public MembersService(IdentityDirectory directory, CurrentTenant tenant, AuditTrail audit) {
        this.directory = directory;
        this.tenant = tenant;
        this.audit = audit;
    }

    public List<MemberView> list() {
        registeredTenant();
        return directory.members(tenant.id()).stream().map(MemberView::of)
                .sorted(Comparator.comparing(MemberView::email)).toList();
    }

    public MemberView invite(MemberRequests.Invitation invitation) {
        RegisteredTenant own = registeredTenant();
        requireRoleAllowed(own, invitation.role());
        String email = invitation.email().trim().toLowerCase(Locale.ROOT);
        IdentityDirectory.Provisioned user = directory.ensureUser(email, invitation.firstName(),
                invitation.lastName());
        List<String> organizations = directory.organizationsOf(user.id());
        if (organizations.stream().anyMatch(id -> !id.equals(tenant.id()))) {
            throw new Refused("email", "This person already belongs to another organization");
        }
        directory.replaceRoutecardRole(user.id(), invitation.role());
        directory.addMember(tenant.id(), user.id());
        if (user.created()) {
            directory.sendSetPasswordEmail(user.id());
        }
        audit.record("member.invited", email, invitation.role());
        return member(user.id());
    }

    public MemberView changeRole(String userId, String role) {
        RegisteredTenant own = registeredTenant();
        member(userId);
        requireRoleAllowed(own, role);
        MemberView before = member(userId);
        directory.replaceRoutecardRole(userId, role);
        audit.record("member.role_changed", before.email(), before.role() + " -> " + role);
        return member(userId);
    }

    public void remove(String userId) {
        registeredTenant();
        MemberView removed = member(userId);
        directory.removeMember(tenant.id(), userId);
        audit.record("member.removed", removed.email(), removed.role());
    }

    private MemberView member(String userId) {
        return directory.findMember(tenant.id(), userId).map(MemberView::of)
                .orElseThrow(() -> new NotFoundException("No member " + userId + " in your organization"));
    }

    private static void requireRoleAllowed(RegisteredTenant own, String role) {
        if (!MemberRoles.allowed(own.kind, role)) {
            throw new Refused("role", "A " + own.kind + " organization's members can be "
                    + String.join(" or ", MemberRoles.allowedFor(own.kind)));
        }
    }

    @Transactional
    RegisteredTenant registeredTenant() {
        RegisteredTenant own = RegisteredTenant.findById(tenant.id());
        if (own == null) {
            throw new NotFoundException("Your organization is not registered with Routecard yet");
        }
        return own;
    }
}
