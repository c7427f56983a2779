#!/usr/bin/env bash
# Routing one RFQ over a generated network of supplier profiles, beside the bare indexed SQL that selects the
# eligible suppliers, on the test stack's real PostgreSQL (started by the build like every marketplace test):
#
#   bench/routing.sh [profiles, default 10000] [rounds, default 1000]
#
# Prints p50 / p99 / max of both and their ratio (RoutingBenchmark in marketplace-service's tests says what one
# round does).
set -euo pipefail
cd "$(dirname "$0")/.."
profiles=${1:-10000}
rounds=${2:-1000}
./mvnw -B -q install -DskipTests -pl marketplace-service -am
./mvnw -B test -pl marketplace-service -Dtest=RoutingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.profiles="$profiles" -Dbench.rounds="$rounds" 2>&1 |
  sed -n '/^Routing one RFQ/,/garbage/p;/Tests run:.*Fail/p;/BUILD/p;/ERROR/p'
