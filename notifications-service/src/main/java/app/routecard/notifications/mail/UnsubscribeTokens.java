package app.routecard.notifications.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token behind an e-mail's unsubscribe link: who (user and tenant) stops which category of e-mail, signed with
 * the service's key so nobody can make one for another person. It needs no sign-in, as a mail client's unsubscribe
 * does not sign in. Plain Java.
 */
public final class UnsubscribeTokens {

    /** What a token asks for. */
    public record Request(String userId, String tenantId, String category) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private UnsubscribeTokens() {
    }

    public static String token(String key, Request request) {
        String payload = ENCODER.encodeToString((request.userId() + "\n" + request.tenantId() + "\n"
                + request.category()).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(key, payload));
    }

    /** The request a genuine token carries; empty for anything else (altered, made up, malformed). */
    public static Optional<Request> read(String key, String token) {
        if (token == null || token.length() > 400) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(mac(key, payload), DECODER.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\n", -1);
            return parts.length == 3 ? Optional.of(new Request(parts[0], parts[1], parts[2])) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static byte[] mac(String key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
