package io.wirefeed.testkit;

/**
 * The Testcontainers side of {@link KafkaFixture}, kept apart so that Testcontainers (an optional
 * dependency) is only loaded when it is on the class path.
 *
 * <p>The image is {@value #IMAGE_PROPERTY} (or the variable {@code WIREFEED_KAFKA_IMAGE}), by default
 * {@value #DEFAULT_IMAGE}. Any other image is declared a compatible substitute for {@code apache/kafka} and run by
 * Testcontainers' own {@code KafkaContainer}, so it must follow that image's conventions (KAFKA_* variables,
 * /etc/kafka/docker/run): the broker image that tools/build-images makes here does.
 */
final class Containers {
    static final String IMAGE_PROPERTY = "wirefeed.kafka.image";
    static final String DEFAULT_IMAGE = "apache/kafka-native:4.0.0";
    private static String unavailable;
    private static boolean checked;

    private Containers() {}

    static String image() {
        String image = System.getProperty(IMAGE_PROPERTY, System.getenv("WIREFEED_KAFKA_IMAGE"));
        return image == null || image.isBlank() ? DEFAULT_IMAGE : image.trim();
    }

    /**
     * Null when {@code auto} may take Testcontainers: a Docker engine answers and already holds the image (and
     * Ryuk's, unless TESTCONTAINERS_RYUK_DISABLED): auto pulls nothing, so it never waits on a registry that does
     * not answer. Else why not. Checked once per JVM. {@code -Dwirefeed.kafka=testcontainers} pulls as usual.
     */
    static synchronized String notForAuto() {
        if (!checked) {
            checked = true;
            unavailable = autoCheck();
            if (unavailable != null) {
                System.out.println("wirefeed testkit: not Testcontainers (" + unavailable + "): the embedded broker");
            }
        }
        return unavailable;
    }

    private static String autoCheck() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory");
        } catch (ClassNotFoundException e) {
            return "Testcontainers is not on the test class path";
        }
        DockerEngine engine = DockerEngine.fromEnvironment();
        if (engine == null) {
            return "DOCKER_HOST is not a plain unix:// or tcp:// engine";
        }
        if (!engine.answers()) {
            return "no Docker engine answers";
        }
        if (!engine.hasImage(image())) {
            return "the image " + image() + " is not here (docker pull it, or -D" + IMAGE_PROPERTY
                    + " names one tools/build-images made)";
        }
        String ryuk = Docker.ryukImage();
        if (!"true".equalsIgnoreCase(System.getenv("TESTCONTAINERS_RYUK_DISABLED")) && !engine.hasImage(ryuk)) {
            return "Ryuk's image " + ryuk + " is not here (docker pull it, or set TESTCONTAINERS_RYUK_DISABLED=true)";
        }
        return null;
    }

    /** Null when a Docker engine answers Testcontainers; else why not. */
    static String unavailableBecause() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory");
        } catch (ClassNotFoundException e) {
            return "Testcontainers is not on the test class path";
        }
        return Docker.available() ? null : "no Docker engine answers";
    }

    static String startKafka() {
        return Docker.startKafka(image());
    }

    static RestartableBroker startRestartableKafka() {
        return Docker.startRestartable(image());
    }

    /** Holds the only references to Testcontainers classes. */
    private static final class Docker {
        private static final int KAFKA_PORT = 9092;
        /** What the apache/kafka image (and KafkaContainer's wait) logs when the broker serves clients. */
        private static final String RUNNING = ".*Transitioning from RECOVERY to RUNNING.*";

        static boolean available() {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        }

        static String ryukImage() {
            return org.testcontainers.utility.TestcontainersConfiguration.getInstance().getRyukImage();
        }

        static org.testcontainers.kafka.KafkaContainer container(String image) {
            var name = org.testcontainers.utility.DockerImageName.parse(image);
            if (!name.getUnversionedPart().startsWith("apache/kafka")) {
                name = name.asCompatibleSubstituteFor("apache/kafka");
            }
            // a broker JVM starting in a container takes well over Testcontainers' default minute on a busy 2-core machine
            var container = new org.testcontainers.kafka.KafkaContainer(name);
            container.withStartupTimeout(java.time.Duration.ofMinutes(3));
            return container;
        }

        static String startKafka(String image) {
            var container = container(image);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "wirefeed-testkit-container-stop"));
            return container.getBootstrapServers();
        }

        /**
         * The broker's port is bound to a fixed host port, so that the address it advertises (written into the
         * container when it first starts) stays true when the same container is stopped and started again; its
         * data stays in the container's file system.
         */
        static RestartableBroker startRestartable(String image) {
            int port = io.wirefeed.localbroker.EmbeddedKafkaBroker.freePort();
            var container = container(image);
            container.withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withPortBindings(
                    new com.github.dockerjava.api.model.PortBinding(
                            com.github.dockerjava.api.model.Ports.Binding.bindPort(port),
                            com.github.dockerjava.api.model.ExposedPort.tcp(KAFKA_PORT))));
            container.start();
            var client = org.testcontainers.DockerClientFactory.instance().client();
            String id = container.getContainerId();
            return new RestartableBroker() {
                private int starts = 1;

                @Override
                public String bootstrapServers() {
                    return container.getBootstrapServers();
                }

                @Override
                public synchronized void stop() {
                    client.stopContainerCmd(id).withTimeout(10).exec();
                }

                @Override
                public synchronized void start() {
                    client.startContainerCmd(id).exec();
                    starts++;
                    // the container's log keeps every run's lines: wait for this run's
                    org.testcontainers.containers.wait.strategy.Wait.forLogMessage(RUNNING, starts)
                            .withStartupTimeout(java.time.Duration.ofMinutes(2)).waitUntilReady(container);
                }

                @Override
                public void close() {
                    container.stop();
                }
            };
        }
    }
}
