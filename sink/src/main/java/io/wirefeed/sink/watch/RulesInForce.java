package io.wirefeed.sink.watch;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watch-list rules in force: the rules file's, with the rules of the topic {@code wire.watchlists} over them.
 * On an id both have, the topic's version wins (so a running cluster can change a rule without touching the
 * file); deleting it from the topic brings the file's version back. One instance is shared by the stream
 * threads of a sink, so that each override is logged once rather than once per task.
 */
public final class RulesInForce {
    private static final Logger log = LoggerFactory.getLogger(RulesInForce.class);

    private final Supplier<WatchList> file;
    private final Set<String> overridesLogged = ConcurrentHashMap.newKeySet();

    public RulesInForce(Supplier<WatchList> file) {
        this.file = file;
    }

    /** The file's rules, in file order with the topic's versions in place, then the topic's other rules. */
    public WatchList with(Collection<WatchRule> topicRules) {
        WatchList fileRules = file.get();
        if (topicRules.isEmpty()) {
            overridesLogged.clear();
            return fileRules;
        }
        Map<String, WatchRule> byId = new LinkedHashMap<>();
        fileRules.rules().forEach(r -> byId.put(r.id(), r));
        Set<String> overridden = new HashSet<>();
        for (WatchRule r : topicRules) {
            if (byId.put(r.id(), r) != null) {
                overridden.add(r.id());
            }
        }
        for (String id : overridden) {
            if (overridesLogged.add(id)) {
                log.info("watch-list rule {}: the version on the topic overrides the rules file's", id);
            }
        }
        // an override that ended (deleted from the topic or the file) is logged again if it comes back
        overridesLogged.retainAll(overridden);
        return new WatchList(List.copyOf(byId.values()));
    }
}
