package app.routecard.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's mailbox on a stack's SMTP server (GreenMail, read through its API): every message
 * delivered to the address, with its subject, headers and decoded text, as a mail client would show it.
 */
public final class MailInbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ENCODED_PART = Pattern.compile(
            "Content-Transfer-Encoding: (quoted-printable|base64)\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n(.*?)(?=\\r?\\n--)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    /** One delivered message: its subject, its raw source and its decoded body parts joined. */
    public record Message(String subject, String raw, String text) {
        /** A header's value, unfolded; empty when absent. */
        public String header(String name) {
            Matcher matcher = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*(?:\\r?\\n[ \\t].*)*)")
                    .matcher(raw.substring(0, Math.max(0, raw.indexOf("\r\n\r\n") > 0 ? raw.indexOf("\r\n\r\n")
                            : raw.length())));
            return matcher.find() ? matcher.group(1).replaceAll("\\r?\\n[ \\t]+", " ").strip() : "";
        }
    }

    private MailInbox() {
    }

    /** Every message delivered to the address on the stack's SMTP server, oldest first. */
    public static List<Message> of(StackLayout stack, String address) {
        String url = "http://127.0.0.1:" + stack.ports().mailApi() + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/";
        try {
            JsonNode messages = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            List<Message> found = new ArrayList<>();
            for (JsonNode message : messages) {
                String raw = message.path("mimeMessage").asText("");
                found.add(new Message(message.path("subject").asText(""), raw, decoded(raw)));
            }
            return found;
        } catch (IOException e) {
            throw new AssertionError("GreenMail's API did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The messages whose subject is exactly this. */
    public static List<Message> withSubject(StackLayout stack, String address, String subject) {
        return of(stack, address).stream().filter(message -> message.subject().equals(subject)).toList();
    }

    static String decoded(String raw) {
        StringBuilder text = new StringBuilder();
        Matcher part = ENCODED_PART.matcher(raw);
        while (part.find()) {
            String body = part.group(2);
            text.append(part.group(1).equalsIgnoreCase("base64")
                    ? new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8)
                    : quotedPrintable(body)).append('\n');
        }
        return text.length() == 0 ? raw : text.toString();
    }

    static String quotedPrintable(String encoded) {
        String joined = encoded.replaceAll("=\\r?\\n", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length()
                    && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] plain = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(plain, 0, plain.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
