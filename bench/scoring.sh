#!/usr/bin/env bash
# Live scorecards on the test stack's real Kafka and PostgreSQL (started by the build like every marketplace
# test), in one run:
#
#   bench/scoring.sh [backlog events, default 100000] [steady load events/s, default 200] [load seconds, default 30]
#
# Prints the event -> scorecard latency (p50 / p99 / max) under a steady load, the scoring consumer's sustained
# events/s over a backlog beside Kafka's own ConsumerPerformance on the same topic, and the time to replay the
# topics into a fresh read model (ScoringBenchmark in marketplace-service's tests says what each step does).
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-100000}
rate=${2:-200}
seconds=${3:-30}
kafka_version=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' platform/devstack-servers/pom.xml)
./mvnw -B -q install -DskipTests -pl marketplace-service -am
# ConsumerPerformance is in kafka-tools, which the broker does not need: fetched next to the broker's own jars.
./mvnw -B -q -N dependency:copy -Dartifact="org.apache.kafka:kafka-tools:$kafka_version" \
  -DoutputDirectory="$PWD/target/bench-lib"
./mvnw -B test -pl marketplace-service -Dtest=ScoringBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.events="$events" -Dbench.load-rate="$rate" -Dbench.load-seconds="$seconds" \
  -Dbench.kafka-classpath="$PWD/target/bench-lib/*:$PWD/platform/devstack-servers/target/servers/kafka/libs/*" 2>&1 |
  sed -n '/^Scoring on the real stack/,/^Replay:/p;/Tests run:.*Fail/p;/BUILD/p;/ERROR\]/p'
