#!/usr/bin/env bash
# The fault suite's full plan: 3 marketplace, 2 job and 2 notifications replicas, at least 10,000 events, and every
# fault of docs/reliability.md one at a time (replicas and relay holders SIGKILLed, Kafka SIGKILLed, PostgreSQL
# restarted, Keycloak, S3 and SMTP stopped for 30 s each) while buyers and shops run orders through the services;
# then the books. Runs on a stack of its own (ports 28000+ and 28800+, e2e-tests/target/fault-stack).
#
#   bench/faults.sh
#
# Prints the table of faults (when, how long the part was away, relay takeover, first write and backlog published
# after it came back), the answers by status and what the books found. The build runs the reduced plan
# (FaultSuiteIT in e2e-tests).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
./mvnw -B verify -pl e2e-tests -Dit.test=FaultSuiteIT -Dfaults.full=true -Dsurefire.skip=true 2>&1 |
  sed -n '/^Fault run/,/^Problems in the books/p;/  at [0-9]* events/p;/took the relay over/p;/Tests run:.*Fail/p;/BUILD/p;/ERROR/p'
