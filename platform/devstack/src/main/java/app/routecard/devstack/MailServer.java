package app.routecard.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** GreenMail: a real SMTP server that keeps every message it receives, readable through its REST API. */
final class MailServer extends Component {

    MailServer(StackLayout stack) {
        super(stack, "mail");
    }

    @Override
    void prepare() throws Exception {
        Distributions.fetched(stack, "greenmail/greenmail-standalone.jar");
    }

    @Override
    void start() throws Exception {
        Path jar = Distributions.fetched(stack, "greenmail/greenmail-standalone.jar");
        launch(java(List.of("-Xmx128m", "-XX:+UseSerialGC",
                        "-Dgreenmail.smtp.hostname=127.0.0.1",
                        "-Dgreenmail.smtp.port=" + stack.ports().smtp(),
                        "-Dgreenmail.api.hostname=127.0.0.1",
                        "-Dgreenmail.api.port=" + stack.ports().mailApi(),
                        "-Dgreenmail.auth.disabled"),
                List.of("-jar", jar.toString())), Map.of(), javaMarker());
    }

    @Override
    boolean ready() {
        return Probes.smtpGreets(stack.ports().smtp())
                && Probes.httpStatus(mailApi() + "/api/service/readiness") == 200;
    }

    String mailApi() {
        return "http://127.0.0.1:" + stack.ports().mailApi();
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    List<Integer> ports() {
        return List.of(stack.ports().smtp(), stack.ports().mailApi());
    }

    @Override
    String endpoint() {
        return "smtp://127.0.0.1:" + stack.ports().smtp() + "  (inbox API " + mailApi() + "/api/user)";
    }
}
