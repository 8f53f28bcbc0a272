package io.wirefeed.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KafkaFixtureTest {

    @Test
    void anAddressIsUsedAsItIs() {
        KafkaFixture f = KafkaFixture.start("broker.example:9093");
        assertThat(f.bootstrapServers()).isEqualTo("broker.example:9093");
        assertThat(f.kind()).isEqualTo("external");
    }

    @Test
    void anUnknownChoiceIsRefusedWithTheAllowedValues() {
        assertThatThrownBy(() -> KafkaFixture.start("kubernetes"))
                .hasMessageContaining("embedded, testcontainers or HOST:PORT");
    }
}
