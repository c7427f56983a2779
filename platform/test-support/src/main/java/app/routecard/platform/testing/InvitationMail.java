package app.routecard.platform.testing;

/**
 * Does what an invited person does on the shared test stack: opens the set-password e-mail Keycloak sent, follows
 * its link and chooses a password ({@link app.routecard.devstack.InvitationMail} on the test stack).
 */
public final class InvitationMail {

    private InvitationMail() {
    }

    public static void setPassword(String email, String newPassword) {
        app.routecard.devstack.InvitationMail.setPassword(TestStack.ensureUp(), email, newPassword);
    }
}
