package io.wirefeed.testkit;

/**
 * The Testcontainers side of {@link KafkaFixture}, kept apart so that Testcontainers (an optional
 * dependency) is only loaded when it is on the class path.
 */
final class Containers {
    static final String KAFKA_IMAGE = "apache/kafka-native:4.0.0";

    private Containers() {}

    static boolean dockerAvailable() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory");
        } catch (ClassNotFoundException e) {
            return false;
        }
        return Docker.available();
    }

    static String startKafka() {
        return Docker.startKafka();
    }

    /** Holds the only references to Testcontainers classes. */
    private static final class Docker {
        static boolean available() {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        }

        static String startKafka() {
            var container = new org.testcontainers.kafka.KafkaContainer(KAFKA_IMAGE);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "wirefeed-testkit-container-stop"));
            return container.getBootstrapServers();
        }
    }
}
