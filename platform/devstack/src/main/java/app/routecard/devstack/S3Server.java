package app.routecard.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** An S3-compatible server (s3proxy on the local file system) holding the Routecard bucket. */
final class S3Server extends Component {

    S3Server(StackLayout stack) {
        super(stack, "s3");
    }

    private Path home() {
        return stack.dataDir("s3");
    }

    private Path config() {
        return home().resolve("s3proxy.properties");
    }

    @Override
    void prepare() throws Exception {
        Distributions.fetched(stack, "s3proxy/s3proxy.jar");
        // With the filesystem provider a bucket is a directory under the base directory.
        Files.createDirectories(home().resolve("data").resolve(DevCredentials.S3_BUCKET));
        Files.writeString(config(), String.join("\n",
                // browsers fetch presigned downloads: on every interface only when published for phones
                "s3proxy.endpoint=" + (stack.reachableFromTheNetwork() ? "http://0.0.0.0:" + stack.ports().s3()
                        : stack.s3Endpoint()),
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + DevCredentials.S3_ACCESS_KEY,
                "s3proxy.credential=" + DevCredentials.S3_SECRET_KEY,
                "jclouds.provider=filesystem-nio2",
                "jclouds.filesystem.basedir=" + home().resolve("data"),
                ""));
    }

    @Override
    void start() throws Exception {
        Path jar = Distributions.fetched(stack, "s3proxy/s3proxy.jar");
        launch(java(List.of("-Xmx256m", "-XX:+UseSerialGC"),
                List.of("-jar", jar.toString(), "--properties", config().toString())), Map.of(), config().toString());
    }

    @Override
    boolean ready() {
        return Probes.httpStatus(stack.s3Endpoint() + "/") > 0;
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    List<Integer> ports() {
        return List.of(stack.ports().s3());
    }

    @Override
    String endpoint() {
        return stack.s3Endpoint() + "  (bucket " + DevCredentials.S3_BUCKET + ")";
    }
}
