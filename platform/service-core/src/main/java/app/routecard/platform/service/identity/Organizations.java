package app.routecard.platform.service.identity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads Keycloak's {@code organization} claim: a list of aliases, or an object keyed by alias. */
public final class Organizations {

    private Organizations() {
    }

    public static List<String> of(JsonWebToken token) {
        Object claim = token.getClaim("organization");
        List<String> aliases = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString string) {
                    aliases.add(string.getString());
                }
            }
        } else if (claim instanceof JsonObject object) {
            aliases.addAll(object.keySet());
        } else if (claim instanceof Iterable<?> iterable) {
            iterable.forEach(value -> aliases.add(String.valueOf(value)));
        }
        return aliases;
    }
}
