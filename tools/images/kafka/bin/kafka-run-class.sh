#!/bin/bash
# Runs a Kafka class with the image's jars: kafka-run-class.sh CLASS [ARGS...]
# (KAFKA_HEAP_OPTS, KAFKA_JVM_PERFORMANCE_OPTS, KAFKA_LOG4J_OPTS and KAFKA_OPTS as in Kafka's own scripts)
tools_log4j=/opt/kafka/config/tools-log4j2.yaml
[[ -f $tools_log4j ]] || tools_log4j=/etc/kafka/docker/tools-log4j2.yaml
# (tools default to a quick start: the serial collector and the client compiler only)
exec java ${KAFKA_HEAP_OPTS:--Xmx256M} ${KAFKA_JVM_PERFORMANCE_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true} \
  ${KAFKA_LOG4J_OPTS:--Dlog4j2.configurationFile=$tools_log4j} ${KAFKA_OPTS-} -cp '/opt/kafka/libs/*' "$@"
