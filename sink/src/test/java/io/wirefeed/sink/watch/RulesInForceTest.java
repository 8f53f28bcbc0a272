package io.wirefeed.sink.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RulesInForceTest {
    private static WatchRule focus(String id, String country) {
        return new WatchRule(id, null, null, null, null, null, List.of(country), null, null);
    }

    @Test
    void addsTheTopicsRulesToTheFilesAndTheTopicsVersionWinsOnASharedId() {
        RulesInForce rules = new RulesInForce(() -> new WatchList(List.of(focus("serbia", "RS"), focus("bosnia", "BA"))));
        WatchList merged = rules.with(List.of(focus("kosovo", "XK"), focus("serbia", "XK")));
        assertThat(merged.rules()).containsExactly(focus("serbia", "XK"), focus("bosnia", "BA"), focus("kosovo", "XK"));
        assertThat(rules.with(List.of()).rules()).containsExactly(focus("serbia", "RS"), focus("bosnia", "BA"));
    }
}
