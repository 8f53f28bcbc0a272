package io.wirefeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a deployment ships: the packaged {@code app/target/wirefeed.jar}, the libraries its manifest names and
 * the {@code lib/} folder beside it (the Docker image copies both) hold no test code.
 */
class PackagedJarIT {
    private static final Path TARGET = Path.of("target");
    /** Artifacts that belong to tests only; none of them may reach a deployment. */
    private static final List<String> TEST_ONLY = List.of("junit", "opentest4j", "apiguardian", "assertj",
            "awaitility", "testcontainers", "wirefeed-testkit", "selenium", "kafka-streams-test-utils");

    @Test
    void theAppJarHoldsNoJUnitClasses() throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("wirefeed.jar").toFile())) {
            List<String> entries = Collections.list(jar.entries()).stream().map(e -> e.getName()).toList();
            assertThat(entries).as("the jar's own classes").contains("io/wirefeed/app/Main.class");
            assertThat(entries).noneMatch(name -> name.startsWith("org/junit"));
        }
    }

    @Test
    void theManifestClassPathNamesNoTestLibrary() throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("wirefeed.jar").toFile())) {
            List<String> classPath = Arrays.asList(jar.getManifest().getMainAttributes().getValue("Class-Path").split(" "));
            assertThat(classPath).as("the manifest's Class-Path").anyMatch(p -> p.startsWith("lib/wirefeed-local-broker-"));
            assertThat(classPath).noneMatch(PackagedJarIT::isTestOnly);
        }
    }

    @Test
    void theLibFolderHoldsNoTestLibraryNorJUnitClass() throws IOException {
        List<Path> libs;
        try (Stream<Path> files = Files.list(TARGET.resolve("lib"))) {
            libs = files.sorted().toList();
        }
        assertThat(libs).as("the libraries copied beside the jar").isNotEmpty()
                .noneMatch(p -> isTestOnly(p.getFileName().toString()));
        for (Path lib : libs) {
            try (JarFile jar = new JarFile(lib.toFile())) {
                assertThat(Collections.list(jar.entries())).as("entries of " + lib.getFileName())
                        .noneMatch(e -> e.getName().startsWith("org/junit/"));
            }
        }
    }

    private static boolean isTestOnly(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        return TEST_ONLY.stream().anyMatch(name::startsWith);
    }
}
