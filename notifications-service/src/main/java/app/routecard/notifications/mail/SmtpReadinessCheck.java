package app.routecard.notifications.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the SMTP server greets us: mail we accept must be deliverable. */
@Readiness
@ApplicationScoped
public class SmtpReadinessCheck implements HealthCheck {

    private final String host;
    private final int port;

    public SmtpReadinessCheck(@ConfigProperty(name = "quarkus.mailer.host") String host,
                              @ConfigProperty(name = "quarkus.mailer.port") int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    public HealthCheckResponse call() {
        String banner;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            socket.setSoTimeout(3000);
            InputStream in = socket.getInputStream();
            banner = new String(in.readNBytes(3), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            banner = e.getClass().getSimpleName();
        }
        return HealthCheckResponse.named("smtp")
                .status("220".equals(banner))
                .withData("server", host + ":" + port)
                .build();
    }
}
