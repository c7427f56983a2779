package app.routecard.files.upload;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * What is left of a client's file name to show a person: only the last path segment, no control or bidirectional
 * formatting characters (an RTL override makes {@code invoice‮fdp.exe} read as {@code invoiceexe.pdf}), no
 * leading dots, at most {@value #MAX_LENGTH} characters with the extension kept. The name is never part of an
 * object key; in a header it goes only through {@link #contentDisposition(String)}. Plain Java.
 */
public final class FileNames {

    static final int MAX_LENGTH = 120;
    static final String FALLBACK = "file";

    private FileNames() {
    }

    public static String neutralize(String original) {
        if (original == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(point -> {
            if (Character.isWhitespace(point) || Character.isSpaceChar(point)) {
                kept.append(' ');
            } else if (!hidden(point)) {
                kept.appendCodePoint(point);
            }
        });
        name = kept.toString().replaceAll(" {2,}", " ").strip();
        name = name.replaceFirst("^[. ]+", "").replaceFirst("[. ]+$", "");
        if (name.isEmpty()) {
            return FALLBACK;
        }
        return shorten(name);
    }

    /** Control, format (bidi overrides, zero-width) and unassigned or private-use code points. */
    private static boolean hidden(int point) {
        int type = Character.getType(point);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String stem = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_LENGTH - extension.length() - 1;
        return stem.substring(0, stem.offsetByCodePoints(0, keep)) + "…" + extension;
    }

    /**
     * A {@code Content-Disposition: attachment} value for a neutralized name: an ASCII fallback with quotes and
     * backslashes replaced, and the exact name percent-encoded in {@code filename*} (RFC 6266, RFC 8187).
     */
    public static String contentDisposition(String neutralized) {
        String ascii = neutralized.codePoints()
                .mapToObj(point -> point < 0x20 || point > 0x7e || point == '"' || point == '\\' || point == ';'
                        ? "_" : Character.toString(point))
                .reduce("", String::concat);
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncode(neutralized);
    }

    private static String percentEncode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }
}
