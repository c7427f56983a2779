package app.routecard.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Apache Kafka 4.1.1 in KRaft mode (one combined broker and controller) in its own JVM. */
final class KafkaServer extends Component {

    private long logOffsetAtStart;

    KafkaServer(StackLayout stack) {
        super(stack, "kafka");
    }

    private Path home() {
        return stack.dataDir("kafka");
    }

    private Path config() {
        return home().resolve("server.properties");
    }

    private String classpath() {
        return stack.fetchedServers().resolve("kafka/libs").toString() + "/*";
    }

    @Override
    void prepare() throws Exception {
        Distributions.fetched(stack, "kafka/libs/kafka_2.13-4.1.1.jar");
        Files.createDirectories(home());
        Files.writeString(config(), serverProperties());
        Files.writeString(home().resolve("log4j2.properties"), """
                status = warn
                appender.console.type = Console
                appender.console.name = STDOUT
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = [%d] %p %m (%c)%n
                rootLogger.level = warn
                rootLogger.appenderRef.stdout.ref = STDOUT
                logger.raftserver.name = kafka.server.KafkaRaftServer
                logger.raftserver.level = info
                """);
        if (!Files.isRegularFile(home().resolve("data/meta.properties"))) {
            List<String> format = List.of(Jvm.javaExecutable(), "-cp", classpath(), "kafka.tools.StorageTool",
                    "format", "-t", clusterId(), "-c", config().toString());
            Commands.run(format, stack.logsDir().resolve("kafka-format.log"), Duration.ofMinutes(2));
        }
    }

    private String serverProperties() {
        int broker = stack.ports().kafka();
        int controller = stack.ports().kafkaController();
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + broker + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + broker,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + home().resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                // A single broker: every internal topic must have one replica or consumer groups hang.
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "") ;
    }

    private static String clusterId() {
        SecureRandom random = new SecureRandom();
        while (true) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    @Override
    void start() {
        logOffsetAtStart = Logs.size(process.logFile());
        launch(java(List.of("-Xms256m", "-Xmx768m", "-XX:+UseG1GC",
                        "-Dlog4j2.configurationFile=" + home().resolve("log4j2.properties")),
                List.of("-cp", classpath(), "kafka.Kafka", config().toString())), Map.of(), config().toString());
    }

    @Override
    boolean ready() {
        return Probes.portOpen(stack.ports().kafka())
                && Logs.containsSince(process.logFile(), logOffsetAtStart, "Kafka Server started");
    }

    @Override
    List<Integer> ports() {
        return List.of(stack.ports().kafka(), stack.ports().kafkaController());
    }

    @Override
    String endpoint() {
        return stack.kafkaBootstrap();
    }
}
