package app.routecard.platform.testing;

import app.routecard.devstack.MailInbox.Message;
import java.util.List;

/** A person's mailbox on the shared test stack's SMTP server ({@link app.routecard.devstack.MailInbox}). */
public final class MailInbox {

    private MailInbox() {
    }

    public static List<Message> of(String address) {
        return app.routecard.devstack.MailInbox.of(TestStack.ensureUp(), address);
    }

    /** The messages whose subject is exactly this. */
    public static List<Message> withSubject(String address, String subject) {
        return app.routecard.devstack.MailInbox.withSubject(TestStack.ensureUp(), address, subject);
    }
}
